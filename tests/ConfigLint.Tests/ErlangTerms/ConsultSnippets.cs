using System.Collections.Generic;

namespace ConfigLint.Tests.ErlangTerms
{
    /// <summary>Term files, valid and not, covering what <c>file:consult/1</c> on OTP 25 reads and refuses.</summary>
    internal static class ConsultSnippets
    {
        public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
        {
            // Atoms
            ["atoms"] = "a. 'quoted atom'. a@b_C9. maybe. else. 'begin'. ''. caf\u00e9. \u00df\u00ff.",
            ["atom escapes"] = @"'it\'s'. '\n\t\x41\x{1F600}\101\^a\\'. 'a\zb'.",
            ["atom 255 characters"] = new string('a', 255) + ".",
            ["atom 256 characters"] = new string('a', 256) + ".",
            ["quoted atom 256 characters"] = "'" + new string('b', 256) + "'.",
            ["unicode unquoted atom"] = "\u0101.",
            ["adjacent quoted atoms"] = "'a' 'b'.",
            ["reserved word"] = "begin.",
            ["unterminated quoted atom"] = "a.\n'abc.\n",
            ["quoted atom spanning lines"] = "a.\n'\n\nb'.",

            // Strings
            ["string escapes"] = @"""\b\d\e\f\n\r\s\t\v\\\""\'\z"".",
            ["octal escapes"] = @"""\1\12\123\1234\8\777"".",
            ["hex escapes"] = @"""\x41\x{0}\x{10FFFF}\xff\x{0041}"".",
            ["control escapes"] = @"""\^a\^Z\^?\^@\^1"".",
            ["backslash newline"] = "\"a\\\nb\".",
            ["adjacent strings"] = "\"abc\" \"def\"\n% between\n \"g\".",
            ["unicode string"] = "\"h\u00e9llo \u2603 \U0001F600\".",
            ["empty string"] = "\"\".",
            ["string spanning lines"] = "\"a\n b\".",
            ["empty hex escape"] = @"""\x{}"".",
            ["short hex escape"] = @"""\x4g"".",
            ["surrogate escape"] = @"""\x{D800}"".",
            ["noncharacter escape"] = @"""\x{FFFF}"".",
            ["bad escape on later line"] = "a.\n\"\n\\x{zz}\".",
            ["unterminated string"] = "a.\n\n\"unterminated.\n",
            ["string then char"] = "\"a\" $b.",

            // Characters
            ["characters"] = @"$c. $\n. $ . $\x{1F600}. $\^a. $'. $\\. $%. $\s. $"".",
            ["character beyond unicode"] = @"$\x{110000}.",
            ["backslash at end"] = "$\\",

            // Integers and floats
            ["integers"] = "42. 16#FF. 16#ff. 2#1010. 36#zZ. 1_000. 16#ff_ff. 1_6#ff. 007. 123456789012345678901234567890.",
            ["signed numbers"] = "-1. - 1. +1. -$a. +$a. -(1). -0.5. -16#F. -\n2.",
            ["floats"] = "1.5. 2.0e3. 1.5E+3. 1.5e-3. 0.1. 1.0e21. 100.0. 1000.0. 1.0e-400. 1_0.5e1_0. 00.5. 1.5_5.",
            ["float forms"] = "1.7976931348623157e308. 5.0e-324. 123456.0. 0.3. 1.0e15. 1.0e16. 12345.678. -0.0. 0.0001. 0.001. 1.0e-5. 0.0015. 3.141592653589793.",
            ["base 37"] = "37#1.",
            ["base without digits"] = "16#.",
            ["digit beyond base"] = "16#G.",
            ["digit beyond base later"] = "2#102.",
            ["float out of range"] = "1.0e400.",
            ["float without exponent digits"] = "0.5e.",
            ["exponent without fraction"] = "1e3.",
            ["dot without fraction"] = "1.e3.",
            ["trailing underscore"] = "1_.",
            ["double underscore"] = "1__0.",
            ["based float"] = "2#1.0.",

            // Binaries
            ["binaries"] = "<<\"abc\">>. <<1,2,3>>. <<\"a\", 1>>. <<>>. << >>. << \"a\" \"b\" >>. <<$a,$b>>.",
            ["binary segments"] = "<<300>>. <<-1>>. <<256:16, 1:8>>. <<\"ab\":4>>. <<1:4,2:4>>. <<1:0>>. <<($a)>>. <<-(1)>>. <<(-1)>>. <<1:(8)>>. <<1:(+8)>>. <<1:16#8>>. <<\"\\x{101}\">>. <<\"a\",-1:8,$b:16>>.",
            ["binary of an expression"] = "<<(1+1)>>.",
            ["binary of a variable"] = "<<X>>.",
            ["binary of a float"] = "<<1.5>>.",
            ["binary of an atom"] = "<<a>>.",
            ["binary of a negated string"] = "<<-\"a\">>.",
            ["binary negative size"] = "<<1:-8>>.",
            ["binary closed twice"] = "<<1>>>.",
            ["binary type specifier"] = "<<\"a\"/utf8>>.",
            ["bitstring"] = "<<1:3>>.",

            // Tuples, lists, maps
            ["tuples"] = "{}. {a}. {a,{b,{c}}}. {1, \"two\", <<3>>, [4], #{5 => 6}}.",
            ["lists"] = "[]. [a,b]. [a|b]. [a|[b,c]]. [1|[2|[3]]]. [$a|\"bc\"]. [\"a\"|\"b\"]. [a|\"\"]. [a|[]].",
            ["maps"] = "#{}. #{k => v}. #{a=>1,a=>2}. # {b=>[1], a=>{}}. #{1.0=>a,1=>b}. #{\"k\"=><<\"v\">>, {x}=>#{}}.",
            ["map exact association"] = "#{k := v}.",
            ["map update"] = "#{a=>1}#{b=>2}.",
            ["record"] = "#r{}.",
            ["tuple without comma"] = "{a b}.",
            ["list trailing comma"] = "[a,].",
            ["tuple trailing comma"] = "{a,}.",
            ["list tail chains"] = "[a|[b|c]]. [a|[b|[]]]. [a|[b|\"\"]]. [a|[b|\"cd\"]]. [a|[b,c|[d|e]]]. [a|([b])]. [[a|[b]]|[c|[d]]].",
            ["list tail chain missing ']'"] = "[a|[b|[c]].\nok.",
            ["term after a tail list"] = "[a|[b] c].",
            ["list two tails"] = "[a|b|c].",
            ["list tail only"] = "[|a].",
            ["list empty tail"] = "[a|].",
            ["map trailing comma"] = "#{a=>1,}.",
            ["map key only"] = "#{a}.",
            ["map without value"] = "#{a=>}.",
            ["parentheses"] = "(1). {(a),[(2)]}. ((x)). ([a|(b)]).",

            // Funs
            ["funs"] = "fun m:f/1. fun 'M':'f g'/0. fun m : f / 255. fun m:f/1_0.",
            ["local fun"] = "fun f/1.",
            ["fun with variable"] = "fun M:f/1.",
            ["fun arity 256"] = "fun m:f/256.",
            ["fun negative arity"] = "fun m:f/-1.",
            ["fun character arity"] = "fun m:f/$a.",

            // Expressions and variables
            ["variable"] = "X.",
            ["underscore"] = "_.",
            ["addition"] = "1+2.",
            ["double negation"] = "- -1.",
            ["negated atom"] = "-a.",
            ["negated string"] = "-\"a\".",
            ["list append"] = "[]++[].",
            ["match"] = "a = 1.",
            ["remote"] = "a:b.",
            ["not"] = "not true.",
            ["variable inside term"] = "a.\n{1,\n X}.\nb.",
            ["expression across lines"] = "\n\nX\n+\n1.",
            ["variable before syntax error"] = "[a,\nX,\n b c].",

            // Term ends, comments, white space
            ["comments and dots"] = "a.%c\nb.% c\n%only\n c . d.\te.",
            ["white space"] = "a.\u00a0b.\u0001c.\u0085d.",
            ["crlf"] = "a.\r\nb.\r\n",
            ["empty file"] = "",
            ["only comments"] = "% nothing\n%% here\n",
            ["no final dot"] = "a",
            ["no final dot after comment"] = "a.\nb\n%c\n",
            ["no final dot in tuple"] = "{a,\n\n",
            ["no final dot after multi-line string"] = "\"a\nb\"",
            ["dot without space"] = "a.b.",
            ["double dot"] = "1..",
            ["empty term"] = "a. . b.",
            ["unknown symbol"] = "a.\n`.",
            ["latin-1 symbol"] = "a\u00bf.",
            ["ssl_dist shape"] = "%% ssl_dist.conf\n[{server,\n  [{certfile, \"/etc/cert.pem\"},\n   {verify, verify_peer},\n   {depth, 2}]},\n {client,\n  [{secure_renegotiate, true}]}].\n",

            // Byte-order marks and noncharacters: file:consult keeps a leading BOM as U+FEFF, which erl_scan
            // refuses outside strings and comments; U+FFFE and U+FFFF it refuses everywhere, comments included.
            ["byte-order mark"] = "\uFEFF[{server, []}].\n",
            ["byte-order mark before comment"] = "\uFEFF% ssl_dist.conf\n[].\n",
            ["byte-order mark before line end"] = "\uFEFF\r\na.\r\n",
            ["byte-order mark only"] = "\uFEFF",
            ["byte-order mark and later noncharacter"] = "\uFEFFa.\n\uFFFE\n",
            ["U+FEFF later"] = "a.\n\uFEFFb.\n",
            ["U+FEFF after white space"] = "a.\n \uFEFF b.\n",
            ["U+FEFF in string and comment"] = "a.\n\"\uFEFF\". % \uFEFF\nb.\n",
            ["U+FFFE"] = "a.\nb.\n\uFFFE.\n",
            ["U+FFFE in comment"] = "a.\n% x \uFFFE y\nb.\n",
            ["U+FFFF in comment"] = "a.\n% x \uFFFF y\nb.\n",
            ["U+FFFE in comment on later line"] = "a.\n% a\n% b \uFFFE\n",
            ["U+FFFE after last term"] = "a.\nb.\n% ok\n\n\uFFFE",
            ["U+FFFE in tuple"] = "{a,\n\uFFFE}.\n",
            ["U+FFFF in string"] = "a.\n\"x\uFFFFy\".\n",
            ["U+FFFF in string on later line"] = "a.\n\"x\n\ny\uFFFFz\n\".\n",
            ["U+FFFF in quoted atom"] = "a.\n'x\n\ny\uFFFFz\n'.\n",
            ["U+FFFF character"] = "a.\n$\uFFFF.\n",
            ["U+FDD0 and U+1FFFE"] = "\"\uFDD0\". % \uFDD0\n\"\U0001FFFE\". % \U0001FFFE\n",
            ["bare U+FDD0"] = "a.\n\uFDD0.\n",
        };
    }
}
