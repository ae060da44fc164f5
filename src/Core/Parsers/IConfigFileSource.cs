using System.Collections.Generic;

namespace ConfigLint.Parsers
{
    /// <summary>
    /// The one way configuration content reaches the analysis: every read of a scanned file, an include, an
    /// <c>-args_file</c>, an optfile or a certificate, and every folder listing for neighbours and peers. The host
    /// (the command line today) decides what may be read: regular files only, inside the scanned tree, up to a size
    /// limit. A refusal is a result, never an exception, so one bad path cannot end a scan. Folder listings are how
    /// the analysis discovers files nobody named (cluster peers, the node a fragment belongs to), so the host leaves
    /// out of them what the user excluded from the scan (the command line: .gitignore and <c>--exclude</c>).
    /// </summary>
    public interface IConfigFileSource
    {
        /// <summary>
        /// The file at <paramref name="fullPath"/>, or why it cannot be had. A host should answer a path asked again
        /// while an earlier result is still held with that same result object, so its text is decoded once; the scan
        /// keeps what it needs of a file (its model, its suppression comments), not the file, so a host may let a
        /// result go once nothing holds it.
        /// </summary>
        FileReadResult Read(string fullPath);

        /// <summary>Full paths of the files directly in a folder, sorted ordinally, without those the user excluded; empty when the folder cannot be listed or lies outside the scanned tree.</summary>
        IReadOnlyList<string> Files(string folderFullPath);

        /// <summary>Full paths of the folders directly in a folder, sorted ordinally, without links to folders and those the user excluded; empty when it cannot be listed or lies outside the scanned tree.</summary>
        IReadOnlyList<string> Folders(string folderFullPath);
    }
}
