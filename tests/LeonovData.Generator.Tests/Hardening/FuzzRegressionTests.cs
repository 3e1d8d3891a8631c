namespace LeonovData.Generator.Tests.Hardening;

using LeonovData.Fuzz;
using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>
/// Replays what afl-fuzz found (tests/LeonovData.Fuzz/README.md) with the fuzz targets' own
/// oracles: every crash input kept under <c>tests/LeonovData.Fuzz/Regressions/&lt;target&gt;/</c>
/// stays fixed, and every target's oracles hold on its starting inputs (the seeds, the docs' examples).
/// </summary>
public sealed class FuzzRegressionTests
{
    private static string Regressions => Path.Combine(Repository.Root, "tests", "LeonovData.Fuzz", "Regressions");

    [Fact]
    public void EveryCrashInputStaysFixed()
    {
        var failures = new List<string>();
        foreach (var directory in Directory.GetDirectories(Regressions).Order(StringComparer.Ordinal))
        {
            var target = Path.GetFileName(directory);
            Assert.True(FuzzTargets.All.ContainsKey(target), $"Regressions/{target} names no fuzz target");
            foreach (var file in Directory.GetFiles(directory).Order(StringComparer.Ordinal))
            {
                try
                {
                    FuzzTargets.All[target](FuzzInput.Decode(File.ReadAllBytes(file)));
                }
                catch (Exception e)
                {
                    failures.Add($"{target}/{Path.GetFileName(file)}: {e.Message}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void EveryTargetHasSeedInputsAndItsOraclesHoldOnThem()
    {
        var seeds = SeedInputs.From(Repository.Root);
        Assert.Equal(FuzzTargets.All.Keys.Order(StringComparer.Ordinal), seeds.Keys.Order(StringComparer.Ordinal));
        foreach (var (target, inputs) in seeds)
        {
            Assert.True(inputs.Count > 0, $"{target} has no seed input");
            foreach (var input in inputs)
            {
                FuzzTargets.All[target](input);
            }
        }
    }

    [Fact]
    public void OraclesCatchWhatTheyPromiseTo()
    {
        // A document whose stripped text the parser got wrong would be caught: feed the oracle a
        // parse of one text and the annotated form of another.
        var parsed = LeonovData.Generator.Syntax.DocumentParser.Parse(FuzzTargets.DocumentPath, "[a]{.name}b");
        Assert.Throws<OracleViolation>(() => Oracles.Stripping(parsed, "[a]{.name}c"));
        Assert.Equal("a[b]\\{\n", ReferenceStripper.Strip("[a]{.x}\\[b\\]\\\\{\n\n"));
    }
}
