namespace ConfigLint.Cli
{
    internal static class Program
    {
        private static int Main(string[] args) => 2;
    }
}
