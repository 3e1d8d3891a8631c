namespace LeonovData.Generator.Tests.Generator;

using System.Collections.Immutable;
using LeonovData.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Xunit;
using static Microsoft.CodeAnalysis.IncrementalStepRunReason;

/// <summary>
/// A command-line rebuild through the compiler server gets the driver of the build before
/// (docs/msbuild.md, "Rebuilds after an edit"), but with new <see cref="AdditionalText"/> objects for
/// every file, equal or not: the compiler reads the files again. Only a document whose text changed
/// may be parsed again.
/// </summary>
public sealed class KeptDriverTests
{
    [Fact]
    public void NewFileObjectsWithTheSameTextsParseOnlyTheEditedDocument()
    {
        var compilation = TestCompilation.Create(TestCompilation.UnrelatedSource);
        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(GeneratorHarness.Texts(SmallCorpus.Files)), compilation);

        // As the server hands them over: every file a new object, one of them edited.
        var rebuilt = SmallCorpus.Files
            .Select(static f => f.Path == SmallCorpus.NewsPath ? (f.Path, f.Text.Replace("[30 May 1934]", "[31 May 1934]", StringComparison.Ordinal)) : f)
            .ToList();
        Assert.NotEqual(SmallCorpus.Files, rebuilt);
        var run = GeneratorHarness.Run(first.Driver.ReplaceAdditionalTexts(GeneratorHarness.Texts(rebuilt).ToImmutableArray()), compilation);

        // Both documents were read again (their file objects are new), one to the same text; only the edited one was parsed.
        Assert.Equal(Sorted(Unchanged, Modified), Sorted(PipelineSteps.Reasons(run.Result, TrackingNames.Read)));
        Assert.Equal(Sorted(Cached, Modified), Sorted(PipelineSteps.Reasons(run.Result, TrackingNames.Parsed)));
        Assert.Equal(Sorted(Cached, Modified), Sorted(PipelineSteps.Reasons(run.Result, TrackingNames.Bound)));
        Assert.NotEqual(Generated(first), Generated(run));
    }

    private static string Generated(GeneratorRun run) => string.Concat(run.Sources.Select(static s => s.SourceText.ToString()));

    private static IncrementalStepRunReason[] Sorted(params IEnumerable<IncrementalStepRunReason> reasons) => reasons.OrderBy(static r => r).ToArray();
}
