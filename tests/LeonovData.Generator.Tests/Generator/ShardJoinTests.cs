namespace LeonovData.Generator.Tests.Generator;

using LeonovData.Generator.Binding;
using LeonovData.Generator.Emit;
using LeonovData.Generator.Model;
using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>
/// A joined shard holds its documents' statements as places among its resolved slices (no copy of
/// each statement), the model's input the links' own entities compared without their citations'
/// quotes and sentences, and a shard's index tables are sorted arrays: each must read exactly what it
/// read before.
/// </summary>
public sealed class ShardJoinTests
{
    [Fact]
    public void A_joined_document_reads_its_statements_in_document_order_with_their_canonical_statements()
    {
        var outcome = Leonov();
        var canonical = global::LeonovData.Generator.Checks.Resolution.Canonical(outcome.Corpus);
        var byDocument = outcome.Corpus.Statements.GroupBy(static s => s.Citation.Document).ToDictionary(static g => g.Key, static g => g.ToList());

        var shards = Emitter.Shards(outcome.Corpus).ToList();

        Assert.NotEmpty(shards);
        foreach (var shard in shards)
        {
            foreach (var document in shard.Documents)
            {
                var expected = byDocument.TryGetValue(document.Key, out var list) ? list : new List<Statement>();
                Assert.Equal(expected.Count, document.Places.Count);
                for (var ordinal = 0; ordinal < expected.Count; ordinal++)
                {
                    var read = shard.Statement(document.Places[ordinal]);
                    Assert.Same(expected[ordinal], read.Statement);
                    var target = canonical[expected[ordinal]];
                    Assert.Equal(target is null ? null : new StatementKey(target.Citation.Document, byDocument[target.Citation.Document].FindIndex(s => ReferenceEquals(s, target))), read.Canonical);
                }
            }
        }
    }

    [Fact]
    public void A_shard_given_other_slices_reads_them_and_compares_by_them()
    {
        var outcome = Leonov();
        var shard = Emitter.Shards(outcome.Corpus).First(static s => s.Slices.Count > 1);

        // The first slice's statements moved to the end: every place now reads another statement.
        var rotated = shard with { Slices = shard.Slices.Skip(1).Append(shard.Slices[0]).ToEquatableArray() };
        var last = shard.Slices.Sum(static s => s.Statements.Count) - 1;

        Assert.Same(shard.Slices[0].Statements[^1], rotated.Statement(last).Statement);
        Assert.Same(shard.Slices[1].Statements[0], rotated.Statement(0).Statement);
        Assert.NotEqual(shard, rotated);
        Assert.Equal(shard, shard with { Slices = shard.Slices.ToArray().ToEquatableArray() });
    }

    [Fact]
    public void A_read_from_a_slice_hint_is_the_read_without_one_whatever_the_hint()
    {
        var shards = Emitter.Shards(Leonov().Corpus).ToList();

        foreach (var shard in shards)
        {
            var places = shard.Documents.SelectMany(static d => d.Places).ToList();
            var ordered = -1;
            foreach (var place in places)
            {
                var expected = shard.Statement(place);
                var stale = shard.Slices.Count - 1 - (place % shard.Slices.Count);
                Assert.Same(expected.Statement, shard.Statement(place, ref ordered).Statement);
                Assert.Same(expected.Statement, shard.Statement(place, ref stale).Statement);
                Assert.Equal(expected.Canonical, shard.Statement(place, ref stale).Canonical);
            }
        }
    }

    [Fact]
    public void A_place_past_an_empty_slice_reads_the_next_slice()
    {
        var statement = Leonov().Corpus.Statements[0];
        var empty = new ResolvedSlice("a.leo", EquatableArray<int>.Empty, EquatableArray<Statement>.Empty, EquatableArray<StatementKey>.Empty);
        var one = new ResolvedSlice("a.leo", new EquatableArray<int>(new[] { 0 }), new EquatableArray<Statement>(new[] { statement }), new EquatableArray<StatementKey>(new[] { new StatementKey("a.leo", 0) }));
        var shard = new ShardInput(0, EquatableArray<ShardDocument>.Empty, new EquatableArray<ResolvedSlice>(new[] { empty, one }));

        Assert.Same(statement, shard.Statement(0).Statement);
        Assert.Equal(new StatementKey("a.leo", 0), shard.Statement(0).Canonical);
    }

    [Fact]
    public void The_model_input_ignores_only_the_quotes_and_sentences_of_its_entities()
    {
        var outcome = Leonov();
        var input = new ModelInput(outcome.Schema, outcome.Corpus.Entities);
        ModelInput With(Func<Entity, Entity> change) =>
            new(outcome.Schema, outcome.Corpus.Entities.Select((e, i) => i == 0 ? change(e) : e).ToEquatableArray());

        Assert.Equal(input, With(static e => e with { Citation = e.Citation with { Quote = "other", Sentence = new TextSlice("Another sentence.") } }));
        Assert.NotEqual(input, With(static e => e with { Citation = e.Citation with { Line = e.Citation.Line + 1 } }));
        Assert.NotEqual(input, With(static e => e with { Citation = e.Citation with { Document = "other.leo" } }));
        Assert.NotEqual(input, With(static e => e with { Name = e.Name + "!" }));
        Assert.NotEqual(input, With(static e => e with { Shards = e.Shards ^ 1 }));
        Assert.NotEqual(input, With(static e => e with { Id = e.Id + "-x" }));
        Assert.NotEqual(input, With(static e => e with { Kind = e.Kind + "x" }));
        Assert.NotEqual(input, With(static e => e with { Names = e.Names.Append("Other").ToEquatableArray() }));
        Assert.NotEqual(input, With(static e => e with { Location = e.Location with { Start = e.Location.Start + 1 } }));
        Assert.NotEqual(input, With(static e => e with { Citation = e.Citation with { Column = e.Citation.Column + 1 } }));
        Assert.NotEqual(input, new ModelInput(outcome.Schema, outcome.Corpus.Entities.Skip(1).ToEquatableArray()));
    }

    [Fact]
    public void The_statement_index_orders_keys_ordinally_and_each_keys_statements_by_number()
    {
        var index = new StatementIndex(capacity: 40);
        var keys = new[] { "b", "a", "B", "é", "a-1" };
        for (var statement = 0; statement < 40; statement++)
        {
            index.Add(keys[statement * 7 % keys.Length], statement);
        }

        index.Sort();

        var read = new List<(string Key, List<int> Statements)>();
        for (var start = 0; start < index.Count;)
        {
            var run = index.Run(start);
            read.Add((index.Key(start), Enumerable.Range(0, run.Count).Select(i => run[i]).ToList()));
            start += run.Count;
        }

        var expected = Enumerable.Range(0, 40).GroupBy(s => keys[s * 7 % keys.Length]).OrderBy(static g => g.Key, StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Select(static g => g.Key), read.Select(static r => r.Key));
        Assert.All(expected.Zip(read), pair => Assert.Equal(pair.First.ToList(), pair.Second.Statements));
    }

    private static CorpusOutcome Leonov()
    {
        var files = Repository.SeedFiles();
        return CorpusPipeline.Run(files.Where(static f => f.Path.EndsWith(".leoschema", StringComparison.Ordinal)), files.Where(static f => f.Path.EndsWith(".leo", StringComparison.Ordinal)));
    }
}
