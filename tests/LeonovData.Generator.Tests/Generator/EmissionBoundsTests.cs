namespace LeonovData.Generator.Tests.Generator;

using LeonovData.Generator.Binding;
using LeonovData.Generator.Emit;
using LeonovData.Generator.Model;
using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>
/// The bounds of the generated data (docs/diagnostics.md, LEO0501 and LEO0502) are reported, located,
/// instead of generated code that fails to compile or load; and the output does not depend on the
/// order the compiler hands the files in.
/// </summary>
public sealed class EmissionBoundsTests
{
    [Fact]
    public void AKindPastTheNamedAccessorBoundKeepsAllItsEntitiesInTheData()
    {
        var outcome = CorpusPipeline.Run(SmallCorpus.Schema);
        var template = SmallCorpus.Files.Skip(1).First();
        var citation = new Citation("many.leo", 1, 1, "Person", "Person.");
        var entities = Enumerable.Range(0, ModelEmitter.MaxNamedEntities + 1)
            .Select(i => new Entity($"p-{i:D6}", "person", $"Person {i}", new EquatableArray<string>(new[] { $"Person {i}" }), citation, LocationInfo.FileStart(template.Path)))
            .ToEquatableArray();

        var model = Emitter.Model(new ModelInput(outcome.Schema, entities), GeneratorOptions.Default);

        var warning = Assert.Single(model.Diagnostics);
        Assert.Equal("LEO0502", warning.Id);
        Assert.Equal(CorpusPipeline.SchemaPath, warning.Location!.FilePath);
        Assert.Contains("public static Person P019999 => At(19999);", model.Value.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(" P020000 ", model.Value.Text, StringComparison.Ordinal);
        Assert.Contains("p-020000", PackedData.Readable(model.Value.Text), StringComparison.Ordinal); // still in the catalogue's data
    }

    [Fact]
    public void AShardPastTheStringLiteralBoundIsReportedAtItsFirstStatement()
    {
        var files = CrewCorpus.Files(documents: 1, crewPerMission: 1500);
        var outcome = CorpusPipeline.Run(files.Take(1), files.Skip(1));
        Assert.Empty(outcome.Diagnostics);
        var shard = Assert.Single(Emitter.Shards(outcome.Corpus));

        var strings = Emitter.Shard(shard, GeneratorOptions.Default with { Utf8Data = false });
        var utf8 = Emitter.Shard(shard, GeneratorOptions.Default);

        // The string form (netstandard2.0, .NET Framework, C# 9 and 10) is bounded; u8 literals are not.
        var error = Assert.Single(strings.Diagnostics);
        Assert.Equal("LEO0501", error.Id);
        Assert.Equal(files[1].Path, error.Location!.FilePath);
        Assert.Contains("LangVersion 11", error.ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.DoesNotContain("u8", strings.Value.Text, StringComparison.Ordinal);
        Assert.Contains("data = \"\";", strings.Value.Text, StringComparison.Ordinal);
        Assert.Empty(utf8.Diagnostics);
    }

    [Fact]
    public void OutputIsTheSameWhateverTheOrderOfTheFiles()
    {
        var files = CrewCorpus.Files(documents: 30, crewPerMission: 2);
        var reversed = files.Reverse().ToList();

        var first = GeneratorHarness.Run(files);
        var second = GeneratorHarness.Run(reversed);

        Assert.Equal(
            first.Sources.Select(static s => (s.HintName, s.SourceText.ToString())).OrderBy(static s => s.HintName, StringComparer.Ordinal),
            second.Sources.Select(static s => (s.HintName, s.SourceText.ToString())).OrderBy(static s => s.HintName, StringComparer.Ordinal));
    }
}
