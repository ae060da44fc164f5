using System;

namespace ConfigLint.Cli
{
    /// <summary>The command line asks for something impossible; the message is shown as is and the exit code is 2.</summary>
    internal sealed class UsageException : Exception
    {
        public UsageException(string message) : base(message)
        {
        }
    }
}
