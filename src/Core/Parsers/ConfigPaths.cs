using System;
using System.IO;

namespace ConfigLint.Parsers
{
    /// <summary>Turns a path written in a configuration into the full path to ask the file source for, without throwing.</summary>
    public static class ConfigPaths
    {
        /// <summary>
        /// <paramref name="written"/> taken from <paramref name="folder"/> (unchanged when rooted), normalised. A
        /// path the platform cannot represent (a NUL character, say) comes back as written joined to the folder, so
        /// the file source refuses it as an invalid path rather than the scan failing on an exception.
        /// </summary>
        public static string Combine(string folder, string written)
        {
            try
            {
                return Normalize(Path.Combine(folder, written));
            }
            catch (ArgumentException)
            {
                return folder + Path.DirectorySeparatorChar + written;
            }
        }

        /// <summary>The full form of a path, or the path as given when it is not a valid path.</summary>
        public static string Normalize(string path)
        {
            if (path.IndexOf('\0') >= 0)
                return path;
            try
            {
                return Path.GetFullPath(path);
            }
            catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is PathTooLongException)
            {
                return path;
            }
        }

        /// <summary>Whether a path can name a file at all on this platform.</summary>
        public static bool IsValid(string path) =>
            path.Length > 0 && path.IndexOf('\0') < 0 && path.IndexOfAny(Path.GetInvalidPathChars()) < 0;
    }
}
