using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace ConfigLint.Tests.ErlangTerms
{
    /// <summary>What <c>file:consult/1</c> made of one file: the terms in canonical form, or an error and its line.</summary>
    internal sealed record ConsultResult(string? Terms, int? ErrorLine, string? ErrorKind)
    {
        public bool Accepted => Terms != null;

        /// <summary>erl_parse:parse_term/1 reports "bad term" where the term starts, not where the offending part is.</summary>
        public bool IsBadTerm => ErrorKind == "bad_term";

        public override string ToString() => Accepted ? "ok " + Terms : $"error line {ErrorLine?.ToString() ?? "?"} ({ErrorKind})";
    }

    /// <summary>
    /// Runs the real <c>file:consult/1</c> of the installed Erlang on many files in one <c>erl -noshell</c>
    /// (starting the VM per file would be slow), printing each file's terms with <see cref="CanonicalTerms"/>'s rules.
    /// </summary>
    internal static class ErlangConsult
    {
        /// <summary>Why the comparison cannot run here, or null when <c>erl</c> is on the PATH.</summary>
        public static string? UnavailableReason => ErlPath == null ? "erl is not on the PATH (install erlang-base to run the conformance tests)" : null;

        private static readonly string? ErlPath = ExternalProgram.Find("erl");

        private const string Script = @"
Split = fun Split([H | T], Acc) -> Split(T, [H | Acc]); Split(Tail, Acc) -> {lists:reverse(Acc), Tail} end,
AtomChar = fun($') -> ""\\'""; ($\\) -> ""\\\\""; (C) when C >= 32, C =< 126 -> [C]; (C) -> io_lib:format(""\\x{~.16B}"", [C]) end,
Atom = fun(A) -> [$', lists:map(AtomChar, atom_to_list(A)), $'] end,
Canon = fun Canon(T) when is_integer(T) -> integer_to_list(T);
            Canon(T) when is_float(T) -> io_lib:format(""~w"", [T]);
            Canon(T) when is_atom(T) -> Atom(T);
            Canon(T) when is_binary(T) -> [""<<"", lists:join("","", [integer_to_list(B) || <<B>> <= T]), "">>""];
            Canon(T) when is_bitstring(T) -> ""bitstring"";
            Canon(T) when is_tuple(T) -> [""{"", lists:join("","", [Canon(E) || E <- tuple_to_list(T)]), ""}""];
            Canon(T) when is_map(T) ->
                Entries = lists:sort([{lists:flatten(Canon(K)), lists:flatten(Canon(V))} || {K, V} <- maps:to_list(T)]),
                [""#{"", lists:join("","", [[K, ""=>"", V] || {K, V} <- Entries]), ""}""];
            Canon(T) when is_function(T) ->
                {module, M} = erlang:fun_info(T, module), {name, N} = erlang:fun_info(T, name), {arity, A} = erlang:fun_info(T, arity),
                [""fun "", Atom(M), "":"", Atom(N), ""/"", integer_to_list(A)];
            Canon(T) when is_list(T) ->
                {Elements, Tail} = Split(T, []),
                [""["", lists:join("","", [Canon(E) || E <- Elements]), case Tail of [] -> """"; _ -> [""|"", Canon(Tail)] end, ""]""]
        end,
[ListFile] = init:get_plain_arguments(),
{ok, Listing} = file:read_file(ListFile),
lists:foreach(fun(File) ->
        Line = case file:consult(File) of
            {ok, Terms} -> [""ok "", Canon(Terms)];
            {error, {Where, _, ""bad term""}} -> io_lib:format(""error ~w bad_term"", [Where]);
            {error, {Where, Module, _}} -> io_lib:format(""error ~w ~w"", [Where, Module]);
            {error, Other} -> io_lib:format(""error none ~w"", [Other])
        end,
        io:put_chars([Line, $\n])
    end, string:lexemes(unicode:characters_to_list(Listing), ""\n"")),
halt().";

        /// <summary>Consults every file, in order, in one Erlang VM.</summary>
        public static IReadOnlyList<ConsultResult> Run(IReadOnlyList<string> files)
        {
            var listing = Path.GetTempFileName();
            try
            {
                File.WriteAllText(listing, string.Join("\n", files));
                var start = new ProcessStartInfo(ErlPath!)
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                };
                foreach (var argument in new[] { "-noshell", "-eval", Script, "-extra", listing })
                    start.ArgumentList.Add(argument);
                using var process = Process.Start(start)!;
                var errorOutput = process.StandardError.ReadToEndAsync();
                var lines = process.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
                process.WaitForExit();
                if (lines.Length != files.Count)
                    throw new InvalidOperationException($"erl printed {lines.Length} results for {files.Count} files: {errorOutput.Result}");
                return lines.Select(Parse).ToList();
            }
            finally
            {
                File.Delete(listing);
            }
        }

        private static ConsultResult Parse(string line)
        {
            if (line.StartsWith("ok ", StringComparison.Ordinal))
                return new ConsultResult(line.Substring(3), null, null);
            var parts = line.Split(' ', 3);
            return new ConsultResult(null, int.TryParse(parts[1], out var errorLine) ? errorLine : null, parts[2]);
        }
    }
}
