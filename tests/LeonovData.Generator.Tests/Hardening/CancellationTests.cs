namespace LeonovData.Generator.Tests.Hardening;

using System.Collections.Immutable;
using System.Text;
using LeonovData.Generator.Binding;
using LeonovData.Generator.Model;
using LeonovData.Generator.Schema;
using LeonovData.Generator.Syntax;
using LeonovData.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

/// <summary>
/// A build that is cancelled (the IDE typed another key) stops the generator promptly with
/// <see cref="OperationCanceledException"/>, which Roslyn expects; it is never caught and turned into
/// LEO0901. No timing is asserted: the tests count the work done after the cancellation, or cancel
/// while work that takes far longer than a thread switch is under way and require that it stops.
/// </summary>
public sealed class CancellationTests
{
    private const int Documents = 120;

    [Fact]
    public void CancellingWhileReadingTheCorpusStopsTheDriverAtOnce()
    {
        using var cancellation = new CancellationTokenSource();
        var reads = 0;
        var readsAfterCancel = -1;
        var files = new List<AdditionalText> { new InMemoryAdditionalText(SmallCorpus.SchemaPath, SmallCorpus.Schema) };
        for (var i = 0; i < Documents; i++)
        {
            files.Add(new ObservedText($"/corpus/doc-{i:D3}.leo", Document(i), () =>
            {
                // The 40th document read cancels the build; every read after that is work done too late.
                if (Interlocked.Increment(ref reads) == 40)
                {
                    cancellation.Cancel();
                    readsAfterCancel = 0;
                }
                else if (readsAfterCancel >= 0)
                {
                    Interlocked.Increment(ref readsAfterCancel);
                }
            }));
        }

        var driver = GeneratorHarness.CreateDriver(files);
        Assert.ThrowsAny<OperationCanceledException>(() => driver.RunGeneratorsAndUpdateCompilation(TestCompilation.Create(TestCompilation.UnrelatedSource), out _, out _, cancellation.Token));
        Assert.True(readsAfterCancel <= 1, $"{readsAfterCancel} documents were read after the build was cancelled");
    }

    [Fact]
    public void EveryStageThrowsOnACancelledToken()
    {
        var cancelled = new CancellationToken(canceled: true);
        var schemaText = new InMemoryAdditionalText(SmallCorpus.SchemaPath, SmallCorpus.Schema);
        var documentText = new InMemoryAdditionalText(SmallCorpus.NewsPath, SmallCorpus.News);
        var schema = Stages.ReadSchema(schemaText, CancellationToken.None);
        var merged = Stages.MergeSchemas(ImmutableArray.Create(schema), DocumentPaths.None);
        var documents = ImmutableArray.Create(Stages.Parse(documentText, DocumentPaths.None, CancellationToken.None));
        var corpus = Stages.Bind(documents, merged).Value;

        Assert.ThrowsAny<OperationCanceledException>(() => Stages.Parse(new InMemoryAdditionalText("/corpus/long.leo", LongDocument(4)), DocumentPaths.None, cancelled));
        Assert.ThrowsAny<OperationCanceledException>(() => Stages.ReadSchema(schemaText, cancelled));
        Assert.ThrowsAny<OperationCanceledException>(() => Stages.MergeSchemas(ImmutableArray.Create(schema), DocumentPaths.None, cancelled));
        Assert.ThrowsAny<OperationCanceledException>(() => Stages.Bind(documents, merged, cancelled));
        Assert.ThrowsAny<OperationCanceledException>(() => Stages.Check(corpus, cancelled));
        Assert.ThrowsAny<OperationCanceledException>(() => Stages.Emit(corpus, GeneratorOptions.Default, cancelled));
    }

    [Fact]
    public void CancellingDuringAParseStopsIt()
    {
        var text = LongDocument(400_000);
        AssertStopsWhenCancelledMidway(token => DocumentParser.Parse("/corpus/long.leo", text, token));
    }

    [Fact]
    public void CancellingDuringABindStopsIt()
    {
        var schema = SchemaParser.Merge(new[] { SchemaParser.ParseFile(SmallCorpus.SchemaPath, SmallCorpus.Schema) });
        var documents = Enumerable.Range(0, 2_000).Select(static i => DocumentParser.Parse($"/corpus/doc-{i:D4}.leo", Document(i))).ToList();
        AssertStopsWhenCancelledMidway(token => Binder.Bind(documents, schema, token));
    }

    /// <summary>
    /// Starts the work on another thread, cancels as soon as it has begun, and requires that it ends
    /// with <see cref="OperationCanceledException"/>: work this size takes hundreds of times longer
    /// than the cancellation takes to arrive, so finishing instead means the token was not polled.
    /// </summary>
    private static void AssertStopsWhenCancelledMidway(Action<CancellationToken> work)
    {
        using var cancellation = new CancellationTokenSource();
        using var started = new ManualResetEventSlim();
        var task = Task.Factory.StartNew(
            () =>
            {
                started.Set();
                work(cancellation.Token);
            },
            TaskCreationOptions.LongRunning);
        started.Wait();
        cancellation.Cancel();
        var exception = Assert.ThrowsAny<Exception>(() => task.GetAwaiter().GetResult());
        Assert.IsAssignableFrom<OperationCanceledException>(exception);
    }

    private static string Document(int i) =>
        $"{{#doc-{i} .source kind=news subject=alexei-leonov}}\n[Person {i}]{{.person #person-{i}}} was born on [30 May 1934]{{.date p=born of=person-{i}}} and flew [twice]{{.count p=flights of=person-{i}}}.\n";

    private static string LongDocument(int sentences)
    {
        var text = new StringBuilder("{#long .source kind=news subject=alexei-leonov}\n");
        for (var i = 0; i < sentences; i++)
        {
            text.Append("He was born on [30 May 1934]{.date p=born} and \\[sic\\] flew.\n");
        }

        return text.ToString();
    }

    /// <summary>An additional file that tells the test each time the generator reads it.</summary>
    private sealed class ObservedText(string path, string text, Action onRead) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            onRead();
            return _text;
        }
    }
}
