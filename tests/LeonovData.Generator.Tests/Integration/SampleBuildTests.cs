namespace LeonovData.Generator.Tests.Integration;

using System.Text.Json;
using System.Text.RegularExpressions;
using LeonovData.Generator.Tests.TestSupport;
using Xunit;
using Xunit.Abstractions;

/// <summary>
/// Real <c>dotnet build</c>s of the sample against the built generator: the SDK's compiler loads it
/// (no CS9057), it never crashes (no CS8785), the clean corpus builds and runs, and a broken
/// annotation fails the build with <c>file.leo(line,col): error LEOxxxx</c> at the exact place.
/// Few builds on purpose (each costs seconds); every kind of break is covered in-process by
/// <see cref="SeedCorpusTests"/>.
/// </summary>
public sealed class SampleBuildTests : IClassFixture<SampleCopy>
{
    private readonly SampleCopy _sample;
    private readonly ITestOutputHelper _output;

    public SampleBuildTests(SampleCopy sample, ITestOutputHelper output)
    {
        _sample = sample;
        _output = output;
    }

    [Fact]
    public void CleanCopyBuildsAndRuns()
    {
        var build = _sample.CleanBuild;
        _output.WriteLine($"clean build (with restore): {build.Elapsed.TotalSeconds:F1}s");

        AssertGeneratorLoadedAndDidNotCrash(build);
        Assert.True(build.ExitCode == 0, "The unmodified sample does not build:\n" + build);

        var run = DotNetCli.Run(_sample.ProjectDirectory, SampleCopy.BuildTimeout, "run", "--no-build", "--", "--json");
        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Output);
        Assert.True(json.RootElement.GetProperty("statements").GetArrayLength() > 0);
    }

    [Theory]
    [InlineData("impossible date")]
    [InlineData("unterminated attribute block")]
    public void BrokenAnnotationFailsTheBuildAtItsLineAndColumn(string name)
    {
        var line = MalformedLine.All.Single(c => c.Name == name);
        var seed = _sample.SeedPath(SeedCorpusTests.Target);
        var original = File.ReadAllText(seed);
        File.WriteAllText(seed, line.AppendTo(original, out var lineNumber));
        DotNetCli.Result build;
        try
        {
            build = _sample.Build();
        }
        finally
        {
            File.WriteAllText(seed, original);
        }

        _output.WriteLine($"{name}: {build.Elapsed.TotalSeconds:F1}s");
        AssertGeneratorLoadedAndDidNotCrash(build);
        Assert.NotEqual(0, build.ExitCode);
        var expected = $"{SeedCorpusTests.Target}({lineNumber + 1},{line.Column + 1}): error {line.Id}: ";
        Assert.True(build.Output.Contains(expected, StringComparison.Ordinal), $"expected '{expected}…' in the build output:\n{build}");
    }

    private static void AssertGeneratorLoadedAndDidNotCrash(DotNetCli.Result build)
    {
        foreach (var id in new[] { "CS9057", "CS8785", "CS8784", "CS8032", "AD0001", "LEO0901" })
        {
            Assert.False(Regex.IsMatch(build.Output, $@"\b{id}\b"), $"the build reports {id}:\n{build}");
        }
    }
}
