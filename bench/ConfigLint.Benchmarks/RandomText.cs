using System;

namespace ConfigLint.Benchmarks
{
    /// <summary>Random tokens for the generated files (secrets, names), drawn from a seeded <see cref="Random"/>.</summary>
    internal static class RandomText
    {
        public const string Alphanumeric = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

        public const string HexDigits = "0123456789abcdef";

        public static string Of(Random random, string alphabet, int length)
        {
            var chars = new char[length];
            for (var i = 0; i < length; i++)
                chars[i] = alphabet[random.Next(alphabet.Length)];
            return new string(chars);
        }
    }
}
