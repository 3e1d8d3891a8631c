namespace LeonovData.Generator.Tests.Generator;

using System.Collections;
using LeonovData.Generator.Binding;
using LeonovData.Generator.Emit;
using LeonovData.Generator.Model;
using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>
/// A shard keeps each cited sentence once, in a literal of its own, and a citation reads its quote and
/// sentence from it on first use (Emit/CitedText.cs, LeonovData.Runtime/Shards.cs): reading typed values never
/// loads that text, the text past the string-literal budget is UTF-8 and reads back the same, and a
/// quote that is not inside its sentence is kept whole.
/// </summary>
public sealed class CitedTextTests
{
    private const string Probe = """
        namespace Consumer;

        /// <summary>Reads typed values, then one quote, and counts the shards whose text was loaded; a citation equals one made of the same parts.</summary>
        public static class Probe
        {
            /// <summary>What was loaded when.</summary>
            public static string Run()
            {
                var leonov = LeonovData.People.AlexeiLeonov;
                var citations = leonov.Citation.Line + leonov.BornFact!.Citation.Column;
                foreach (var occupation in leonov.OccupationFacts)
                {
                    citations += occupation.Citation.Line + occupation.Qualifiers.Count;
                }

                var before = Loaded();
                var born = leonov.BornFact.Citation;
                var quote = born.Quote;
                var loaded = Loaded();
                var copy = new LeonovData.Citation(born.Document, born.Line, born.Column, quote, born.Sentence);
                var equal = copy == born && copy.GetHashCode() == born.GetHashCode() && copy != leonov.Citation;
                return before + " " + loaded + " " + quote + " | " + born.Sentence.Contains(quote) + " " + equal;
            }

            /// <summary>The shards that have cut a sentence from their text (read in place, or loaded whole).</summary>
            private static int Loaded()
            {
                const System.Reflection.BindingFlags Private = System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance;
                var runtime = typeof(LeonovData.Corpus).Assembly;
                var sentences = runtime.GetType("LeonovData.Shard")!.GetField("_sentences", Private)!;
                var chunks = runtime.GetType("LeonovData.Kept")!.GetField("_chunks", Private)!;
                var shardAt = typeof(LeonovData.Corpus).GetMethod("ShardAt", Private)!;
                var loaded = 0;
                for (var i = 0; i < 16; i++)
                {
                    // Each chunk is held in a struct (Kept.Chunk), made when a value is first kept in it.
                    var kept = (System.Array)chunks.GetValue(sentences.GetValue(shardAt.Invoke(LeonovData.Dataset.Corpus, new object[] { i })))!;
                    var any = false;
                    foreach (var chunk in kept)
                    {
                        any |= chunk!.GetType().GetField("Slots", Private)!.GetValue(chunk) is not null;
                    }

                    loaded += any ? 1 : 0;
                }

                return loaded;
            }
        }
        """;

    [Fact]
    public void TypedValuesDoNotLoadTheTextTheirQuotesAreCutFrom()
    {
        var corpus = Leonov();
        using var assembly = GeneratedAssembly.Load(TestCompilation.Create(Sources(corpus, Emitter.Shards(corpus), PackedLiteral.ShardBudget).Append(Probe).ToArray()));

        Assert.Equal("0 1 30 May 1934 | True True", assembly.Invoke("Consumer.Probe", "Run"));
    }

    [Fact]
    public void DataPastTheStringLiteralBudgetIsUtf8LiteralsAndReadsTheSame()
    {
        var corpus = Leonov();
        var shards = Emitter.Shards(corpus).ToList();
        var utf8 = Sources(corpus, shards, inPlaceBudget: 0).ToList();
        Assert.Contains(utf8, static s => s.Contains("utf8 = \"", StringComparison.Ordinal) && s.Contains("data = \"", StringComparison.Ordinal));
        Assert.DoesNotContain(utf8.Skip(1), static s => s.Contains("DataLiteral", StringComparison.Ordinal));
        var inPlace = Sources(corpus, shards, PackedLiteral.ShardBudget).ToList();
        Assert.Contains(inPlace, static s => s.Contains("utf8 = global::LeonovData.DataLiteral.Bytes(\"", StringComparison.Ordinal));
        Assert.DoesNotContain(inPlace, static s => s.Contains("\"u8;", StringComparison.Ordinal));

        var (json, citations) = Read(inPlace);
        var (utf8Json, utf8Citations) = Read(utf8);

        Assert.Equal(json, utf8Json);
        Assert.Equal(citations, utf8Citations);
        Assert.Contains(citations, static c => c.Contains("“30 May 1934”", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void LoneSurrogatesInQuotesAndSentencesRoundTrip(bool utf8Literals)
    {
        const string Name = "Cut \uD83D here, \uFFFF and \uDC67 too";
        var outcome = CorpusPipeline.Run(
            new[] { ("/corpus/people.leoschema", "{.entity #person type=Person plural=People doc=\"A person.\"}\n") },
            new[] { ("/corpus/doc-0.leo", "{#doc-0 .source kind=news subject=person-0}\n The [" + Name + "]{.person #person-0} was here.\n") });
        Assert.Empty(outcome.Diagnostics);

        var (_, citations) = Read(Sources(outcome.Corpus, Emitter.Shards(outcome.Corpus), utf8Literals ? 0 : PackedLiteral.ShardBudget));

        Assert.Equal($"doc-0.leo(2,6)“{Name}” in “The {Name} was here.”", Assert.Single(citations));
    }

    [Fact]
    public void AQuoteOutsideItsSentenceIsKeptWhole()
    {
        var corpus = Leonov();
        var shards = Emitter.Shards(corpus).Select(static shard => shard with
        {
            Slices = shard.Slices.Select(static slice => slice with
            {
                Statements = slice.Statements.Select(static s => s with { Citation = s.Citation with { Quote = "not in the sentence" } }).ToEquatableArray(),
            }).ToEquatableArray(),
        }).ToList();

        var (_, citations) = Read(Sources(corpus, shards, PackedLiteral.ShardBudget));

        Assert.Contains(citations, static c => c.Contains("“not in the sentence” in “", StringComparison.Ordinal) && !c.EndsWith("in the sentence”", StringComparison.Ordinal));
    }

    [Fact]
    public void StatementsKnowTheirDocumentBesideDocumentsThatStateNothing()
    {
        // Documents that only declare an entity have no statements: the runtime finds a statement's
        // document from its index in the shard, past such documents (LeonovData.Runtime/Shards.cs, Locate).
        var files = CrewCorpus.Files(documents: 24, crewPerMission: 2).ToList();
        for (var i = 0; i < 24; i++)
        {
            files.Add(($"/synthetic/only-{i:D2}.leo", $"{{#only-{i:D2} .source kind=news subject=aside-{i:D2}}}\nThe [Aside {i}]{{.person #aside-{i:D2}}} said nothing.\n"));
        }

        var outcome = CorpusPipeline.Run(files.Take(1), files.Skip(1));
        Assert.DoesNotContain(outcome.Diagnostics, static d => d.Location is { } at && at.FilePath.Contains("/only-", StringComparison.Ordinal));
        var shards = Emitter.Shards(outcome.Corpus).ToList();
        Assert.Contains(shards, static s => s.Documents.Take(s.Documents.Count - 1).Any(static d => d.Places.Count == 0));

        using var assembly = GeneratedAssembly.Load(TestCompilation.Create(Sources(outcome.Corpus, shards, PackedLiteral.ShardBudget).ToArray()));
        var dataset = assembly.Assembly.GetType("LeonovData.Dataset", throwOnError: true)!;
        var statements = ((IEnumerable)dataset.GetProperty("Statements")!.GetValue(null)!).Cast<object>().ToList();
        Assert.Equal(outcome.Corpus.Statements.Count, statements.Count);
        foreach (var statement in statements)
        {
            var address = statement.GetType().GetProperty("Address", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(statement)!;
            var citation = statement.GetType().GetProperty("Citation")!.GetValue(statement)!;
            Assert.Equal(citation.GetType().GetProperty("Document")!.GetValue(citation), address.GetType().GetProperty("Document", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(address));
        }

        var asides = ((IEnumerable)assembly.Assembly.GetType("LeonovData.People", throwOnError: true)!.GetProperty("All")!.GetValue(null)!).Cast<object>()
            .Where(static p => ((string)p.GetType().GetProperty("Id")!.GetValue(p)!).StartsWith("aside-", StringComparison.Ordinal))
            .Select(static p => Show(p.GetType().GetProperty("Citation")!.GetValue(p)!))
            .ToList();
        Assert.Equal(24, asides.Count);
        Assert.Contains("only-07.leo(2,5)“Aside 7” in “The Aside 7 said nothing.”", asides);
    }

    private static Corpus Leonov()
    {
        var files = Repository.SeedFiles();
        var outcome = CorpusPipeline.Run(files.Where(static f => f.Path.EndsWith(".leoschema", StringComparison.Ordinal)), files.Where(static f => f.Path.EndsWith(".leo", StringComparison.Ordinal)));
        return outcome.Corpus;
    }

    /// <summary>The generated files of a corpus, each shard's data in string literals read in place up to <paramref name="inPlaceBudget"/> bytes, and <c>u8</c> literals past it.</summary>
    private static IEnumerable<string> Sources(Corpus corpus, IEnumerable<ShardInput> shards, int inPlaceBudget)
    {
        var options = GeneratorOptions.Default;
        yield return Emitter.Model(new ModelInput(corpus.Schema, corpus.Entities), options).Value.Text;
        foreach (var shard in shards)
        {
            var file = Emitter.Shard(shard, options, inPlaceBudget);
            Assert.Empty(file.Diagnostics);
            yield return file.Value.Text;
        }
    }

    /// <summary>The export, and every citation (entities' and statements', qualifiers' included) with its quote and sentence.</summary>
    private static (string Json, List<string> Citations) Read(IEnumerable<string> sources)
    {
        using var assembly = GeneratedAssembly.Load(TestCompilation.Create(sources.ToArray()));
        var dataset = assembly.Assembly.GetType("LeonovData.Dataset", throwOnError: true)!;
        var citations = new List<string>();
        foreach (var entity in ((IEnumerable)dataset.GetProperty("Entities")!.GetValue(null)!).Cast<object>())
        {
            citations.Add(Show(entity.GetType().GetProperty("Citation")!.GetValue(entity)!));
        }

        foreach (var statement in ((IEnumerable)dataset.GetProperty("Statements")!.GetValue(null)!).Cast<object>())
        {
            citations.Add(Show(statement.GetType().GetProperty("Citation")!.GetValue(statement)!));
            foreach (var qualifier in ((IEnumerable)statement.GetType().GetProperty("Qualifiers")!.GetValue(statement)!).Cast<object>())
            {
                citations.Add(Show(qualifier.GetType().GetProperty("Citation")!.GetValue(qualifier)!));
            }
        }

        return ((string)assembly.Invoke("LeonovData.Dataset", "ToJson")!, citations);
    }

    private static string Show(object citation) =>
        $"{citation}“{citation.GetType().GetProperty("Quote")!.GetValue(citation)}” in “{citation.GetType().GetProperty("Sentence")!.GetValue(citation)}”";
}
