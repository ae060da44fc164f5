using System;

namespace ConfigLint.Parsers
{
    /// <summary>
    /// What reading one node's configuration may expand to: includes, <c>-args_file</c>s and substitutions can copy
    /// content many times over (a file included twice by each of 25 files is read 2^25 times), so every copy is
    /// charged here. Resolved size is at most min(64 × the bytes of the files read, 64 MiB); files read, include and
    /// substitution expansions are counted too. The first charge that crosses a limit is reported once, at the
    /// include, <c>-args_file</c> or substitution that made it; everything after is refused quietly.
    /// </summary>
    internal sealed class ExpansionBudget
    {
        public const int SizeFactor = 64;
        public const long MaxResolvedSize = 64L * 1024 * 1024;
        public const int MaxFilesRead = 256;
        public const int MaxExpansions = 10_000;

        private long _sourceSize;
        private long _resolvedSize;
        private int _filesRead;
        private int _expansions;
        private bool _reported;

        /// <summary>Whether a limit has been crossed: the configuration as read is incomplete.</summary>
        public bool IsExhausted { get; private set; }

        private long SizeLimit => Math.Min(SizeFactor * _sourceSize, MaxResolvedSize);

        /// <summary>Charges a file read for the first time: its size raises the size limit; at most <see cref="MaxFilesRead"/> files.</summary>
        public bool TryReadFile(long size, out string? crossed)
        {
            _filesRead++;
            _sourceSize += size;
            _resolvedSize += size;
            return Check(_filesRead > MaxFilesRead ? $"at most {MaxFilesRead} files" : null, out crossed);
        }

        /// <summary>Charges one expansion (an include read again, a substitution) that copies <paramref name="size"/> characters.</summary>
        public bool TryExpand(long size, out string? crossed)
        {
            _expansions++;
            _resolvedSize += size;
            var limit = _expansions > MaxExpansions ? $"at most {MaxExpansions} expansions"
                : _resolvedSize > SizeLimit ? $"a resolved size of at most {SizeLimit} characters"
                : null;
            return Check(limit, out crossed);
        }

        /// <summary>
        /// True while within the budget. On the charge that crosses it, <paramref name="crossed"/> names the limit
        /// (to report once); on later charges it is null.
        /// </summary>
        private bool Check(string? limit, out string? crossed)
        {
            crossed = null;
            if (!IsExhausted && limit == null)
                return true;
            IsExhausted = true;
            if (!_reported)
            {
                _reported = true;
                crossed = limit ?? "the expansion budget";
            }
            return false;
        }
    }
}
