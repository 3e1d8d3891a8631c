namespace LeonovData.Generator.Tests.Generator;

using System.Collections.Immutable;
using LeonovData.Generator.Diagnostics;
using LeonovData.Generator.Model;
using LeonovData.Generator.Syntax;
using LeonovData.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Xunit;
using static Microsoft.CodeAnalysis.IncrementalStepRunReason;

/// <summary>
/// The Parsed step outputs a handle on each document's syntax (<see cref="DocumentSyntax"/>): the
/// driver must not keep the parse trees once the documents are bound, a document bound again parses
/// again and must give what a fresh driver gives, and the handle compares by its inputs alone.
/// </summary>
public sealed class DocumentSyntaxTests
{
    private const string InterviewPath = "/corpus/c-interview.leo";

    // A parse error (the stray brace) in the document that is bound again: its diagnostic must come
    // once, at its place, from the new parse too. And a mention of an id no document declares yet.
    private static readonly string s_news = SmallCorpus.News + "\nA stray } brace, and [Yuri Gagarin]{.person e=yuri-gagarin} mentioned.";

    private const string Interview = """
        {#c-interview .source kind=interview subject=alexei-leonov}
        [Alexei Leonov]{.person e=alexei-leonov} remembered [Soyuz 19]{.mission e=soyuz-19}.
        """;

    private const string InterviewDeclaringGagarin = """
        {#c-interview .source kind=interview subject=alexei-leonov}
        [Alexei Leonov]{.person e=alexei-leonov} remembered [Yuri Gagarin]{.person #yuri-gagarin}.
        """;

    [Fact]
    public void TheDriverKeepsNoParseTreeAfterARun()
    {
        var (first, compilation) = Start(Interview);
        AssertNoTreeHeld(first);

        // A run that parses one document again, and one that binds every document again.
        var edited = GeneratorHarness.Run(Replace(first.Driver, SmallCorpus.EncyclopediaPath, SmallCorpus.Encyclopedia.Replace("[12-minute]", "[12 minute]", StringComparison.Ordinal)), compilation);
        AssertNoTreeHeld(edited);
        var rebound = GeneratorHarness.Run(Replace(edited.Driver, InterviewPath, InterviewDeclaringGagarin), compilation);
        AssertNoTreeHeld(rebound);
    }

    [Fact]
    public void ADocumentBoundAgainAfterAnotherDocumentsIdsChangedGeneratesWhatAFreshDriverDoes()
    {
        var (first, compilation) = Start(Interview);
        Assert.Contains(first.Diagnostics, static d => d.Id == DiagnosticDescriptors.UnknownEntity.Id);

        var run = GeneratorHarness.Run(Replace(first.Driver, InterviewPath, InterviewDeclaringGagarin), compilation);

        // The interview now declares the id the news mentions: the ids changed, so the other two
        // documents are bound again, from handles the driver kept (not parsed by the step), whose
        // trees were let go after the first run.
        Assert.Equal(Sorted(new[] { Cached, Cached, Modified }), Sorted(PipelineSteps.Reasons(run.Result, TrackingNames.Parsed)));
        Assert.Equal(new[] { Modified }, PipelineSteps.Reasons(run.Result, TrackingNames.Ids));
        Assert.DoesNotContain(Cached, PipelineSteps.Reasons(run.Result, TrackingNames.Bound));

        var fresh = GeneratorHarness.Run(GeneratorHarness.CreateDriver(GeneratorHarness.Texts(Files(InterviewDeclaringGagarin))), compilation);
        Assert.Equal(Describe(fresh.Diagnostics), Describe(run.Diagnostics));
        Assert.Equal(Generated(fresh), Generated(run));
        Assert.Single(run.Diagnostics, static d => d.Id == DiagnosticDescriptors.StrayBrace.Id);
        Assert.DoesNotContain(run.Diagnostics, static d => d.Id == DiagnosticDescriptors.UnknownEntity.Id);
    }

    [Fact]
    public void TheHandleIsEqualWhenItsInputsAre()
    {
        const string text = "[Yuri Gagarin]{.person #yuri-gagarin} flew.";
        var held = new DocumentSyntax(new DocumentText("/corpus/a.leo", text), DocumentPaths.None);
        // Other folders that give the same relative path ("a.leo"), and a copy of the text.
        var other = new DocumentSyntax(new DocumentText("/corpus/a.leo", new string(text.ToCharArray())), new DocumentPaths("/corpus", null));
        var tree = held.Tree(default);

        Assert.True(held.HoldsTree);
        Assert.False(other.HoldsTree);
        Assert.Equal(held, other);
        Assert.Equal(held.GetHashCode(), other.GetHashCode());

        Assert.NotEqual(held, new DocumentSyntax(new DocumentText("/corpus/a.leo", text + " "), DocumentPaths.None));
        Assert.NotEqual(held, new DocumentSyntax(new DocumentText("/corpus/b.leo", text), DocumentPaths.None));
        Assert.NotEqual(held, new DocumentSyntax(new DocumentText("/corpus/a.leo", text), new DocumentPaths("/", null)));
        Assert.NotEqual(held, new DocumentSyntax(new DocumentText("/corpus/a.leo", null), DocumentPaths.None));

        // Let go, it parses again: a new tree, equal to the first.
        held.Release();
        Assert.False(held.HoldsTree);
        var again = held.Tree(default);
        Assert.NotSame(tree, again);
        Assert.Equal(tree, again);
        Assert.Equal("a.leo", again.RelativePath);
    }

    private static void AssertNoTreeHeld(GeneratorRun run)
    {
        var handles = run.Result.TrackedSteps[TrackingNames.Parsed].SelectMany(static s => s.Outputs).Select(static o => (DocumentSyntax)o.Value).ToList();
        Assert.Equal(3, handles.Count);
        Assert.All(handles, static h => Assert.False(h.HoldsTree, $"{h.Path} still holds its parse tree"));
    }

    private static (GeneratorRun First, Compilation Compilation) Start(string interview)
    {
        var compilation = TestCompilation.Create(TestCompilation.UnrelatedSource);
        return (GeneratorHarness.Run(GeneratorHarness.CreateDriver(GeneratorHarness.Texts(Files(interview))), compilation), compilation);
    }

    private static IEnumerable<(string Path, string Text)> Files(string interview) =>
        new[] { (SmallCorpus.SchemaPath, SmallCorpus.Schema), (SmallCorpus.NewsPath, s_news), (SmallCorpus.EncyclopediaPath, SmallCorpus.Encyclopedia), (InterviewPath, interview) };

    private static GeneratorDriver Replace(GeneratorDriver driver, string path, string text) =>
        driver.ReplaceAdditionalText(
            driver.GetRunResult().Results.Single().TrackedSteps["AdditionalTexts"].SelectMany(static s => s.Outputs).Select(static o => (AdditionalText)o.Value).Single(t => t.Path == path),
            new InMemoryAdditionalText(path, text));

    private static string Describe(ImmutableArray<Diagnostic> diagnostics) => string.Join("\n", diagnostics.Select(static d => $"{d.Id} {d.Severity} {d.Location.GetLineSpan()} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"));

    private static string Generated(GeneratorRun run) =>
        string.Join("\n", run.Sources.OrderBy(static s => s.HintName, StringComparer.Ordinal).Select(static s => s.HintName + "\n" + s.SourceText));

    private static IncrementalStepRunReason[] Sorted(IEnumerable<IncrementalStepRunReason> reasons) => reasons.OrderBy(static r => r).ToArray();
}
