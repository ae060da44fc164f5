namespace ConfigLint.Parsers
{
    /// <summary>
    /// Reads files for includes, so one scan reads each file once and tests can serve files from memory.
    /// </summary>
    public interface IConfigFileSource
    {
        /// <summary>The decoded file at <paramref name="fullPath"/>, or null when it does not exist or cannot be read.</summary>
        SourceFile? TryRead(string fullPath);
    }
}
