using System;
using System.IO;
using ConfigLint.Fuzz;
using ConfigLint.Tests.Cli;
using Xunit;

namespace ConfigLint.Tests.Fuzzing
{
    /// <summary>A short fixed-seed pass of the fuzz driver (README "Fuzzing") over every parser and the whole scan.</summary>
    public sealed class FuzzPassTests
    {
        [Fact]
        public void Short_fixed_seed_pass_finds_no_failure()
        {
            using var output = new TempFolder();
            var targets = FuzzTarget.All(SeedCorpus.FromRepository(TestPaths.RepositoryRoot));
            var log = new StringWriter();
            var options = new FuzzOptions
            {
                Seed = 42,
                End = 300,
                OutputFolder = output.Path,
                // Generous: CI shares its two cores; a real hang runs far longer.
                TimeLimit = TimeSpan.FromSeconds(30),
                // The test host must not meet the deep recursion a long run looks for: a stack overflow would end it.
                MaxRepeat = 64,
            };

            var report = new FuzzDriver(targets, options, log).Run();

            Assert.True(report.Failures.Count == 0, log.ToString());
            Assert.Equal(300, report.Tried);
        }
    }
}
