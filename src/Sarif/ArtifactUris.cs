using System;
using System.IO;
using System.Linq;
using ConfigLint.Sarif.Model;

namespace ConfigLint.Sarif
{
    /// <summary>Turns display paths and folders into the URIs SARIF wants.</summary>
    internal static class ArtifactUris
    {
        /// <summary>The base id GitHub and the SARIF viewers resolve against the checkout folder.</summary>
        public const string SourceRootBaseId = "%SRCROOT%";

        /// <summary>
        /// A display path (forward slashes, relative to the scan folder) as a relative reference against
        /// <see cref="SourceRootBaseId"/>. A rooted path (Windows puts files on another drive there) cannot be made
        /// relative, so it becomes an absolute <c>file:</c> URI instead.
        /// </summary>
        public static ArtifactLocation ForDisplayPath(string displayPath)
        {
            var path = displayPath.Replace('\\', '/');
            return Path.IsPathRooted(path)
                ? new ArtifactLocation { Uri = AbsoluteFileUri(path) }
                : new ArtifactLocation { Uri = EncodePath(path), UriBaseId = SourceRootBaseId };
        }

        /// <summary>The <c>file:</c> URI of a folder, ending in <c>/</c> so relative references resolve inside it.</summary>
        public static string FolderUri(string folder)
        {
            var uri = AbsoluteFileUri(Path.GetFullPath(folder).Replace('\\', '/'));
            return uri.EndsWith('/') ? uri : uri + "/";
        }

        private static string AbsoluteFileUri(string absolutePath)
        {
            if (absolutePath.StartsWith("//", StringComparison.Ordinal))
                return "file:" + EncodePath(absolutePath); // UNC: //server/share/… names the host
            // A drive letter keeps its colon (file:///C:/…); everything after it is encoded like any path.
            var hasDrive = absolutePath.Length >= 2 && char.IsAsciiLetter(absolutePath[0]) && absolutePath[1] == ':';
            return hasDrive
                ? "file:///" + absolutePath.Substring(0, 2) + EncodePath(absolutePath.Substring(2))
                : "file://" + EncodePath(absolutePath);
        }

        // Each segment is percent-encoded as UTF-8, leaving only RFC 3986 unreserved characters: a space, '#', '%',
        // '?' or non-ASCII letter in a file name must not change what the URI means, and a ':' in the first segment
        // must not read as a scheme.
        private static string EncodePath(string path) =>
            string.Join("/", path.Split('/').Select(Uri.EscapeDataString));
    }
}
