namespace LeonovData.Generator.Tests.Generator;

using System.Collections.Immutable;
using LeonovData.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Xunit;
using static Microsoft.CodeAnalysis.IncrementalStepRunReason;

/// <summary>
/// What re-runs when the user edits something: unrelated C# re-runs nothing; one document re-parses
/// that document only; an option re-runs only the output. Each scenario states its expected run
/// reasons step by step, so a lost cache shows up as the step that lost it.
/// </summary>
public sealed class IncrementalTests
{
    [Fact]
    public void UnrelatedCSharpEditRerunsNothing()
    {
        var (first, compilation) = Start();

        var added = GeneratorHarness.Run(first.Driver, compilation.AddSyntaxTrees(TestCompilation.Parse("namespace Consumer; internal static class Added { }", "/consumer/Added.cs")));
        AssertNothingRegenerated(added);

        var tree = compilation.SyntaxTrees.Single();
        var edited = tree.WithChangedText(tree.GetText().Replace(tree.ToString().IndexOf("42", StringComparison.Ordinal), 2, "43"));
        var replaced = GeneratorHarness.Run(added.Driver, compilation.ReplaceSyntaxTree(tree, edited));
        AssertNothingRegenerated(replaced);
    }

    [Fact]
    public void EditingOneDocumentReparsesOnlyThatDocument()
    {
        var (first, compilation) = Start();

        var driver = Replace(first.Driver, SmallCorpus.EncyclopediaPath, SmallCorpus.Encyclopedia.Replace("[12-minute]", "[12 minute]", StringComparison.Ordinal));
        var run = GeneratorHarness.Run(driver, compilation);

        // A value edit declares nothing new: the other document is not bound again, and only the
        // subject groups of the changed statements are checked again.
        Expect(run, new()
        {
            [TrackingNames.Options] = new[] { Cached },
            [TrackingNames.Read] = new[] { Cached, Modified },
            [TrackingNames.Parsed] = new[] { Cached, Modified },
            [TrackingNames.Schemas] = new[] { Cached },
            [TrackingNames.Schema] = new[] { Cached },
            [TrackingNames.Declarations] = new[] { Cached, Unchanged },
            [TrackingNames.Ids] = new[] { Cached },
            [TrackingNames.DuplicateIds] = new[] { Cached },
            [TrackingNames.Bound] = new[] { Cached, Modified },

            // The edited sentence also declares an entity, whose citation quotes it: the document's
            // links change; the model's input cites declarations by place only (their quotes live in
            // the shard), so it compares equal and the model is not emitted again.
            [TrackingNames.DocumentLinks] = new[] { Cached, Modified },
            [TrackingNames.Links] = new[] { Modified },
            [TrackingNames.Slices] = new[] { Cached, Modified },
            [TrackingNames.GroupParts] = new[] { Modified },
            [TrackingNames.ShardParts] = new[] { Modified },
            [TrackingNames.Runtime] = new[] { Cached },
            [TrackingNames.ModelInput] = new[] { Unchanged },
            [TrackingNames.Model] = new[] { Cached },
        });
        // The edited statement's subject, and those of the statements quoting the same sentence.
        AssertSomeGroupsRechecked(run, atMost: 3);
        AssertOneShardReemitted(run);
        Assert.Contains("12 minute", run.Data, StringComparison.Ordinal);
    }

    [Fact]
    public void EditingOneValueInALargeCorpusRebindsOneDocumentAndRechecksItsSubjects()
    {
        const int documents = 40;
        var corpus = LeonovData.Synthetic.SyntheticCorpus.Generate(documents, 30, seed: 3);
        var schema = File.ReadAllText(CorpusRepository.Seed("leonov.leoschema"));
        var texts = corpus.Select(static d => (Path: "/synthetic/" + d.FileName, d.Text)).Append(("/synthetic/leonov.leoschema", schema)).ToArray();
        var compilation = TestCompilation.Create(TestCompilation.UnrelatedSource);
        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(GeneratorHarness.Texts(texts)), compilation);
        Assert.Empty(first.Diagnostics);

        var edited = LeonovData.Synthetic.SyntheticCorpus.Document(7, documents, 30, seed: 3, revision: 1);
        var run = GeneratorHarness.Run(Replace(first.Driver, "/synthetic/" + edited.FileName, edited.Text), compilation);

        Expect(run, new()
        {
            [TrackingNames.Read] = Reasons(documents - 1, Cached).Append(Modified).ToArray(),
            [TrackingNames.Parsed] = Reasons(documents - 1, Cached).Append(Modified).ToArray(),
            [TrackingNames.Declarations] = Reasons(documents - 1, Cached).Append(Unchanged).ToArray(),
            [TrackingNames.Ids] = new[] { Cached },
            [TrackingNames.Bound] = Reasons(documents - 1, Cached).Append(Modified).ToArray(),

            // The edit moves no span and names nothing new: the links between documents stay cached,
            // and so does the model; no step that walks every statement runs.
            [TrackingNames.DocumentLinks] = Reasons(documents - 1, Cached).Append(Unchanged).ToArray(),
            [TrackingNames.Links] = new[] { Cached },
            [TrackingNames.Slices] = Reasons(documents - 1, Cached).Append(Modified).ToArray(),
            [TrackingNames.GroupParts] = new[] { Modified },
            [TrackingNames.ShardParts] = new[] { Modified },
            [TrackingNames.Runtime] = new[] { Cached },
            [TrackingNames.ModelInput] = new[] { Cached },
            [TrackingNames.Model] = new[] { Cached },
            [TrackingNames.CatalogueLiterals] = new[] { Cached },
        });

        // Only the edited date's subject (the mission) is assembled, checked and resolved again, and
        // only the data shard of the edited document is joined and emitted again, with the small table
        // of contents of the data literals when the shard's sizes changed.
        AssertSomeGroupsRechecked(run, atMost: 1);
        AssertOneShardReemitted(run);
        Assert.Single(PipelineSteps.Reasons(run.Result, TrackingNames.ShardLiterals), static r => r is not Cached);
        Assert.Single(PipelineSteps.Reasons(run.Result, TrackingNames.Contents));
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void EditingProseThatStatesNoFactRegeneratesNothing()
    {
        var (first, compilation) = Start();

        var driver = Replace(first.Driver, SmallCorpus.NewsPath, SmallCorpus.News + "\n\nA closing paragraph that annotates nothing.");
        var run = GeneratorHarness.Run(driver, compilation);

        Expect(run, new()
        {
            [TrackingNames.Options] = new[] { Cached },
            [TrackingNames.Read] = new[] { Modified, Cached },
            [TrackingNames.Parsed] = new[] { Modified, Cached },
            [TrackingNames.Schemas] = new[] { Cached },
            [TrackingNames.Schema] = new[] { Cached },
            [TrackingNames.Declarations] = new[] { Unchanged, Cached },
            [TrackingNames.Ids] = new[] { Cached },
            [TrackingNames.Bound] = new[] { Unchanged, Cached },
            [TrackingNames.Links] = new[] { Cached },
            [TrackingNames.GroupParts] = new[] { Cached },
            [TrackingNames.ShardParts] = new[] { Cached },
        });
        Assert.All(PipelineSteps.Reasons(run.Result, TrackingNames.Checked), static r => Assert.Equal(Cached, r));
    }

    [Fact]
    public void MovingALineBreakInsideASpanReparsesItsDocument()
    {
        // The same length and the same breaks before the block: its { stands at the same offset, line
        // and column, and so does everything after it. AttributeBlock compares only its own place, so
        // only the text (the span's covered text and the document's, which keep their line breaks)
        // tells the two parses apart: were they folded, the edit would be lost in the cache.
        const string before = "[12\nminutes and\n9 seconds]";
        const string after = "[12 minutes\nand\n9 seconds]";
        var news = SmallCorpus.News.Replace("[12 minutes and 9 seconds]", before, StringComparison.Ordinal);
        var edited = news.Replace(before, after, StringComparison.Ordinal);
        Assert.Equal(news.IndexOf("{.duration", StringComparison.Ordinal), edited.IndexOf("{.duration", StringComparison.Ordinal));
        Assert.Equal(SmallCorpus.PositionOf(news, "{.duration"), SmallCorpus.PositionOf(edited, "{.duration"));

        var compilation = TestCompilation.Create(TestCompilation.UnrelatedSource);
        var files = SmallCorpus.Files.Select(f => f.Path == SmallCorpus.NewsPath ? (f.Path, news) : f).ToArray();
        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(GeneratorHarness.Texts(files)), compilation);
        Assert.Empty(first.Diagnostics);

        var run = GeneratorHarness.Run(Replace(first.Driver, SmallCorpus.NewsPath, edited), compilation);

        Assert.Equal(Sorted(new[] { Cached, Modified }), Sorted(PipelineSteps.Reasons(run.Result, TrackingNames.Parsed)));
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void SavingADocumentUnchangedRegeneratesNothing()
    {
        var (first, compilation) = Start();

        var run = GeneratorHarness.Run(Replace(first.Driver, SmallCorpus.NewsPath, SmallCorpus.News), compilation);

        Expect(run, new()
        {
            [TrackingNames.Read] = new[] { Unchanged, Cached },
            // Saved unchanged: the text is read again and compares equal, so nothing is parsed.
            [TrackingNames.Parsed] = new[] { Cached, Cached },
            [TrackingNames.Declarations] = new[] { Cached, Cached },
            [TrackingNames.Bound] = new[] { Cached, Cached },
            [TrackingNames.Links] = new[] { Cached },
            [TrackingNames.GroupParts] = new[] { Cached },
            [TrackingNames.ShardParts] = new[] { Cached },
        });
    }

    [Fact]
    public void AddingADocumentParsesOnlyTheNewOne()
    {
        var (first, compilation) = Start();

        var added = new InMemoryAdditionalText("/corpus/c-interview.leo", """
            {#c-interview .source kind=interview subject=alexei-leonov}
            [Alexei Leonov]{.person e=alexei-leonov} remembered [Soyuz 19]{.mission e=soyuz-19}.
            """);
        var run = GeneratorHarness.Run(first.Driver.AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(added)), compilation);

        Expect(run, new()
        {
            [TrackingNames.Options] = new[] { Cached },
            [TrackingNames.Read] = new[] { Cached, Cached, New },
            [TrackingNames.Parsed] = new[] { Cached, Cached, New },
            [TrackingNames.Schemas] = new[] { Cached },
            [TrackingNames.Schema] = new[] { Cached },
            [TrackingNames.Declarations] = new[] { Cached, Cached, New },
            [TrackingNames.Ids] = new[] { Modified },
            [TrackingNames.Bound] = new[] { Unchanged, Unchanged, New },
            [TrackingNames.DocumentLinks] = new[] { Cached, Cached, New },

            // It mentions known entities by known names: the links between documents stay equal.
            [TrackingNames.Links] = new[] { Unchanged },
            [TrackingNames.Slices] = new[] { Cached, Cached, New },
            [TrackingNames.GroupParts] = new[] { Modified },
            [TrackingNames.ShardParts] = new[] { Modified },
            [TrackingNames.Runtime] = new[] { Cached },

            // The new document's shard is new; shards are matched by position, so the one after it moves.
            [TrackingNames.Shards] = new[] { Modified, New },
            [TrackingNames.Output] = new[] { Modified, New },
            [TrackingNames.ShardLiterals] = new[] { Modified, New },
            [TrackingNames.Contents] = new[] { Modified },
        });
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void RemovingADocumentRebindsWithoutReparsing()
    {
        var (first, compilation) = Start();
        var interview = new InMemoryAdditionalText("/corpus/c-interview.leo", """
            {#c-interview .source kind=interview subject=alexei-leonov}
            [Alexei Leonov]{.person e=alexei-leonov} remembered [Soyuz 19]{.mission e=soyuz-19}.
            """);
        var withThree = GeneratorHarness.Run(first.Driver.AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(interview)), compilation);

        var run = GeneratorHarness.Run(withThree.Driver.RemoveAdditionalTexts(ImmutableArray.Create<AdditionalText>(interview)), compilation);

        Assert.Equal(new[] { Cached, Cached, Removed }, Sorted(PipelineSteps.Reasons(run.Result, TrackingNames.Parsed)));
        Assert.Equal(new[] { Unchanged, Unchanged, Removed }, Sorted(PipelineSteps.Reasons(run.Result, TrackingNames.Bound)));
        Assert.Equal(new[] { Unchanged }, PipelineSteps.Reasons(run.Result, TrackingNames.Links));
        Assert.Equal(new[] { Modified }, PipelineSteps.Reasons(run.Result, TrackingNames.ShardParts));
        Assert.Equal(first.Data, run.Data);
    }

    [Fact]
    public void EditingTheSchemaRebindsWithoutReparsingDocuments()
    {
        var (first, compilation) = Start();

        var driver = Replace(first.Driver, SmallCorpus.SchemaPath, SmallCorpus.Schema.Replace("doc=\"Date of birth.\"", "doc=\"The day of birth.\"", StringComparison.Ordinal));
        var run = GeneratorHarness.Run(driver, compilation);

        Expect(run, new()
        {
            [TrackingNames.Options] = new[] { Cached },
            [TrackingNames.Read] = new[] { Cached, Cached },
            [TrackingNames.Parsed] = new[] { Cached, Cached },
            [TrackingNames.Schemas] = new[] { Modified },
            [TrackingNames.Schema] = new[] { Modified },
            [TrackingNames.Declarations] = new[] { Unchanged, Unchanged },
            [TrackingNames.Ids] = new[] { Cached },
            [TrackingNames.Bound] = new[] { Unchanged, Unchanged },

            // The schema is part of every subject group (the rules read it) and of the model.
            [TrackingNames.Links] = new[] { Unchanged },
            [TrackingNames.GroupParts] = new[] { Modified },
            [TrackingNames.ModelInput] = new[] { Modified },
            [TrackingNames.Model] = new[] { Modified },
            [TrackingNames.ShardParts] = new[] { Unchanged },
        });
        Assert.Contains("The day of birth.", run.Source("LeonovData.Model.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void ChangingAnOptionRerunsOnlyTheOutput()
    {
        var (first, compilation) = Start();

        var options = TestOptionsProvider.FromProperties(new Dictionary<string, string> { ["LeonovDataNamespace"] = "Acme.Facts" });
        var run = GeneratorHarness.Run(first.Driver.WithUpdatedAnalyzerConfigOptions(options), compilation);

        Expect(run, new()
        {
            [TrackingNames.Options] = new[] { Modified },
            [TrackingNames.EmitOptions] = new[] { Modified },
            [TrackingNames.Read] = new[] { Cached, Cached },
            [TrackingNames.Parsed] = new[] { Cached, Cached },
            [TrackingNames.Schemas] = new[] { Cached },
            [TrackingNames.Schema] = new[] { Cached },
            [TrackingNames.Bound] = new[] { Cached, Cached },
            [TrackingNames.Links] = new[] { Cached },
            [TrackingNames.ShardParts] = new[] { Cached },
            [TrackingNames.Runtime] = new[] { Unchanged },
            [TrackingNames.Model] = new[] { Modified },
            [TrackingNames.Output] = new[] { Modified },

            // The table of contents of the data literals lists the same sizes, in the new namespace.
            [TrackingNames.Contents] = new[] { Modified },
        });
        Assert.Contains("namespace Acme.Facts", run.Source("LeonovData.Model.g.cs"), StringComparison.Ordinal);
        run.AssertCompilesCleanly();
    }

    [Fact]
    public void AnOptionSetToItsDefaultChangesNothingDownstream()
    {
        var (first, compilation) = Start();

        var options = TestOptionsProvider.FromProperties(new Dictionary<string, string> { ["LeonovDataNamespace"] = "LeonovData", ["SomethingElse"] = "x" });
        var run = GeneratorHarness.Run(first.Driver.WithUpdatedAnalyzerConfigOptions(options), compilation);

        Assert.Equal(new[] { Unchanged }, PipelineSteps.Reasons(run.Result, TrackingNames.Options));
        Assert.All(PipelineSteps.Reasons(run.Result, TrackingNames.Output), static r => Assert.Equal(Cached, r));
    }

    /// <summary>
    /// The driver must not pin the compilation of an earlier run (dotnet/runtime tests the same for
    /// its generators): a step that kept a symbol or a tree would keep a whole compilation alive in
    /// the IDE after every keystroke.
    /// </summary>
    [Fact]
    public void DriverKeepsNoOldCompilationAlive()
    {
        var (driver, firstCompilation) = DriverLifetime.RunTwice();

        Assert.False(DriverLifetime.Survives(firstCompilation), "the first compilation is still reachable after the driver ran on a new one");
        GC.KeepAlive(driver);
    }

    private static (GeneratorRun First, Compilation Compilation) Start()
    {
        var compilation = TestCompilation.Create(TestCompilation.UnrelatedSource);
        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(GeneratorHarness.Texts(SmallCorpus.Files)), compilation);
        Assert.Empty(first.Diagnostics);
        return (first, compilation);
    }

    private static GeneratorDriver Replace(GeneratorDriver driver, string path, string text) =>
        driver.ReplaceAdditionalText(FindText(driver, path), new InMemoryAdditionalText(path, text));

    /// <summary>The driver's own AdditionalText for a path (from the last run): replacing needs the very instance it holds.</summary>
    private static AdditionalText FindText(GeneratorDriver driver, string path) =>
        driver.GetRunResult().Results.Single().TrackedSteps["AdditionalTexts"]
            .SelectMany(static s => s.Outputs)
            .Select(static o => (AdditionalText)o.Value)
            .Single(t => t.Path == path);

    /// <summary>
    /// The listed steps ran for the listed reasons; any step not listed (one added later) must at
    /// least not have produced anything new.
    /// </summary>
    private static readonly string[] s_perGroupAndShard = { TrackingNames.Groups, TrackingNames.Checked, TrackingNames.Resolved, TrackingNames.Shards, TrackingNames.Output };

    private static void Expect(GeneratorRun run, Dictionary<string, IncrementalStepRunReason[]> expected)
    {
        // One line per step, so that a failure shows every step that differs.
        var actual = string.Join("\n", expected.Keys.Select(k => $"{k}: {Describe(PipelineSteps.Reasons(run.Result, k))}"));
        Assert.Equal(string.Join("\n", expected.Select(static p => $"{p.Key}: {Describe(p.Value)}")), actual);
        // Per-item steps whose item count depends on the corpus (subject groups, data shards) are
        // asserted by each test with AssertSomeGroupsRechecked, AssertOneShardReemitted or directly.
        foreach (var other in PipelineSteps.All.Except(expected.Keys).Except(s_perGroupAndShard))
        {
            Assert.All(PipelineSteps.Reasons(run.Result, other), reason => Assert.True(reason is Cached or Unchanged, $"{other}: {reason}"));
        }
    }

    /// <summary>
    /// Nothing that depends on documents, schema or options ran, and no source output ran again.
    /// A step that reads the compilation itself may re-run (it must, to see a change) but must then
    /// compare equal, which stops everything after it.
    /// </summary>
    private static void AssertNothingRegenerated(GeneratorRun run)
    {
        PipelineSteps.AssertNothingChanged(run.Result);
        Expect(run, new()
        {
            [TrackingNames.Options] = new[] { Cached },
            [TrackingNames.Read] = new[] { Cached, Cached },
            [TrackingNames.Parsed] = new[] { Cached, Cached },
            [TrackingNames.Schemas] = new[] { Cached },
            [TrackingNames.Schema] = new[] { Cached },
            [TrackingNames.Declarations] = new[] { Cached, Cached },
            [TrackingNames.Ids] = new[] { Cached },
            [TrackingNames.Bound] = new[] { Cached, Cached },
            [TrackingNames.Links] = new[] { Cached },
            [TrackingNames.GroupParts] = new[] { Cached },
            [TrackingNames.ShardParts] = new[] { Cached },
        });
        Assert.All(PipelineSteps.Reasons(run.Result, TrackingNames.Checked), static r => Assert.Equal(Cached, r));
        Assert.All(run.Result.TrackedOutputSteps.SelectMany(static s => s.Value).SelectMany(static s => s.Outputs), static o => Assert.Equal(Cached, o.Reason));
    }

    /// <summary>Of the subject groups, only those whose statements changed were assembled, checked and resolved again.</summary>
    private static void AssertSomeGroupsRechecked(GeneratorRun run, int atMost)
    {
        var assembled = PipelineSteps.Reasons(run.Result, TrackingNames.Groups);
        Assert.InRange(assembled.Count(static r => r is not Cached), 1, atMost);
        Assert.Contains(Cached, assembled);
        foreach (var step in new[] { TrackingNames.Checked, TrackingNames.Resolved })
        {
            var reasons = PipelineSteps.Reasons(run.Result, step);
            Assert.Equal(assembled.Count(static r => r is Modified), reasons.Count(static r => r is not Cached));
        }
    }

    /// <summary>Of the data shards, exactly one was joined and emitted again (the edited document's) and the others came from the cache.</summary>
    private static void AssertOneShardReemitted(GeneratorRun run)
    {
        Assert.Single(PipelineSteps.Reasons(run.Result, TrackingNames.Shards), static r => r is not Cached);
        Assert.Single(PipelineSteps.Reasons(run.Result, TrackingNames.Output), static r => r is not Cached);
    }

    private static IEnumerable<IncrementalStepRunReason> Reasons(int count, IncrementalStepRunReason reason) => Enumerable.Repeat(reason, count);

    /// <summary>Reasons as a sorted list: the order of per-file items is the driver's business.</summary>
    private static string Describe(IEnumerable<IncrementalStepRunReason> reasons) => string.Join(", ", Sorted(reasons));

    private static IncrementalStepRunReason[] Sorted(IEnumerable<IncrementalStepRunReason> reasons) => reasons.OrderBy(static r => r).ToArray();
}
