using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ConfigLint.Parsers;
using ConfigLint.Parsers.VmArgs;
using ConfigLint.Tests.ErlangTerms;
using Xunit;

namespace ConfigLint.Tests.Parsers
{
    /// <summary>
    /// vm.args files that start with a byte-order mark, read by the installed erl's own <c>-args_file</c> (one VM
    /// for all) and by <see cref="VmArgsParser"/>: erl must see the flags we see, and the words it reads before
    /// the file's first flag must be our errors. Only <c>-</c> flags: <c>+</c> ones go to the emulator, not to init.
    /// </summary>
    public sealed class VmArgsErlexecTests
    {
        private static readonly Dictionary<string, string> Files = new Dictionary<string, string>
        {
            ["no mark"] = "-setcookie abc\n",
            ["mark before a flag"] = "\uFEFF-setcookie abc\n-configlint_flag x y\n",
            ["mark before a quoted flag"] = "\uFEFF\"-setcookie\" abc\n",
            ["mark before a placeholder"] = "\uFEFF{{node_name}}\n-setcookie abc\n",
            ["mark before a comment"] = "\uFEFF#comment\n-setcookie abc\n",
            ["mark before a space"] = "\uFEFF -setcookie abc\n",
            ["mark before a line end"] = "\uFEFF\r\n-setcookie abc\r\n",
            ["mark alone"] = "\uFEFF",
        };

        /// <summary>Prints each argument init was given as its flag and its values as code point lists.</summary>
        private const string Script = "lists:foreach(fun({Flag, Values}) -> io:format(\"~s ~w~n\", [Flag, Values]) end, init:get_arguments()), halt().";

        private const string FileMarker = "configlint_file_";

        [SkippableFact]
        public void Reads_a_byte_order_mark_as_erl_args_file_does()
        {
            Skip.If(ErlangConsult.UnavailableReason != null, ErlangConsult.UnavailableReason);
            var folder = Directory.CreateTempSubdirectory("configlint-args-file-").FullName;
            try
            {
                var names = Files.Keys.ToList();
                var arguments = new List<string> { "-noshell" };
                for (var i = 0; i < names.Count; i++)
                {
                    var path = Path.Combine(folder, i + ".vm.args");
                    File.WriteAllBytes(path, Encoding.UTF8.GetBytes(Files[names[i]]));
                    // erl appends words that come before the file's first flag to the flag before them: this marker.
                    arguments.AddRange(new[] { "-" + FileMarker + i, "-args_file", path });
                }
                arguments.AddRange(new[] { "-" + FileMarker + "end", "-eval", Script });
                var run = ExternalProgram.Run(ExternalProgram.Find("erl")!, arguments, folder, new Dictionary<string, string>(), TimeSpan.FromMinutes(2));
                Assert.True(run.ExitCode == 0, run.Output);
                var erlang = ArgumentsPerFile(run.Output);

                for (var i = 0; i < names.Count; i++)
                {
                    var ours = VmArgsParser.Parse(SourceFile.DecodeUtf8(names[i], Encoding.UTF8.GetBytes(Files[names[i]])));
                    var (leadingWords, flags) = erlang[i];
                    Assert.True(leadingWords == ours.Errors.Length, $"{names[i]}: erl read {leadingWords} words before the first flag; we report {ours.Errors.Length}");
                    Assert.Equal(flags, ours.Flags.Select(f => f.Name.Text.Substring(1) + " " + CodePointLists(f.Values.Select(v => v.Text))).ToList());
                }
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        /// <summary>For each file, how many values its marker got and the arguments after it, as "flag [[code points],...]".</summary>
        private static List<(int LeadingWords, List<string> Flags)> ArgumentsPerFile(string output)
        {
            var files = new List<(int, List<string>)>();
            foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = line.Split(' ', 2);
                var (flag, values) = (parts[0], parts.Length > 1 ? parts[1] : "");
                if (flag == FileMarker + "end")
                    break;
                if (flag.StartsWith(FileMarker, StringComparison.Ordinal))
                    files.Add((values == "[]" ? 0 : values.Split("],[").Length, new List<string>()));
                else if (files.Count > 0)
                    files[files.Count - 1].Item2.Add(line);
            }
            return files;
        }

        /// <summary>Words as Erlang's <c>~w</c> prints a list of strings: <c>[[97,98],[99]]</c>.</summary>
        private static string CodePointLists(IEnumerable<string> words) =>
            "[" + string.Join(",", words.Select(w => "[" + string.Join(",", CodePoints(w)) + "]")) + "]";

        private static IEnumerable<int> CodePoints(string text)
        {
            for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
                yield return char.ConvertToUtf32(text, i);
        }
    }
}
