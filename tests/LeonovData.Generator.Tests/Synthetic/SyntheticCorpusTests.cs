namespace LeonovData.Generator.Tests.Synthetic;

using LeonovData.Generator.Syntax;
using LeonovData.Generator.Tests.TestSupport;
using LeonovData.Synthetic;
using Xunit;

/// <summary>
/// The synthetic corpus the benchmarks measure is what it claims: valid against the Leonov schema
/// (no diagnostic at all), deterministic, varied, and its stripped text is what the parser gives back.
/// </summary>
public sealed class SyntheticCorpusTests
{
    private static readonly string s_schema = File.ReadAllText(CorpusRepository.Seed("leonov.leoschema"));

    [Theory]
    [InlineData(1, 40, 1)]
    [InlineData(30, 10, 2)]
    [InlineData(12, 300, 3)]
    public void IsValidAgainstTheLeonovSchema(int documents, int facts, int seed)
    {
        var outcome = Run(SyntheticCorpus.Generate(documents, facts, seed));

        CorpusAssert.None(outcome.Diagnostics);
        Assert.InRange(outcome.Corpus.Statements.Count, documents * facts * 7 / 10, documents * facts);
    }

    [Fact]
    public void StrippingTheMarkupGivesBackTheText()
    {
        foreach (var document in SyntheticCorpus.Generate(5, 200, seed: 4))
        {
            Assert.Equal(document.StrippedText, DocumentParser.Parse(document.FileName, document.Text).Text);
        }
    }

    [Fact]
    public void IsDeterministic()
    {
        var first = SyntheticCorpus.Generate(6, 120, seed: 5);
        var again = SyntheticCorpus.Generate(6, 120, seed: 5);
        var other = SyntheticCorpus.Generate(6, 120, seed: 6);

        Assert.Equal(first, again);
        Assert.NotEqual(first.Select(static d => d.Text), other.Select(static d => d.Text));
    }

    [Fact]
    public void UsesEveryValueKindQualifiersAndAgreeingSources()
    {
        var outcome = Run(SyntheticCorpus.Generate(20, 200, seed: 7));
        var statements = outcome.Corpus.Statements;

        foreach (var type in new[] { "date", "interval", "duration", "length", "age", "count", "ordinal", "name", "person", "mission", "org", "place", "award", "event", "thing" })
        {
            Assert.True(statements.Any(s => s.Value.Type == type), $"no statement of type {type}");
        }

        Assert.Contains(statements, static s => !s.Qualifiers.IsEmpty);
        var declaredIn = outcome.Corpus.Entities.ToDictionary(static e => e.Id, static e => e.Citation.Document);
        Assert.Contains(statements, s => s.Value.EntityId is { } id && declaredIn[id] != s.Citation.Document);

        // The same subject's single-valued property stated by two documents, without a conflict.
        Assert.Contains(statements.Where(static s => s.Property == "born").GroupBy(static s => s.Subject), static g => g.Select(static s => s.Citation.Document).Distinct().Count() > 1);
    }

    [Fact]
    public void ARevisionEditsOneValueInPlace()
    {
        var original = SyntheticCorpus.Document(3, 10, 50, seed: 8);
        var edited = SyntheticCorpus.Document(3, 10, 50, seed: 8, revision: 1);

        Assert.Equal(original.Text.Length, edited.Text.Length);
        var outcome = Run(SyntheticCorpus.Generate(10, 50, seed: 8).Select(d => d.FileName == edited.FileName ? edited : d).ToList());
        CorpusAssert.None(outcome.Diagnostics);
        // Citations quote the sentence, so the statements around the edit change with it; values do not.
        var before = Run(SyntheticCorpus.Generate(10, 50, seed: 8)).Corpus.Statements;
        var after = outcome.Corpus.Statements;
        Assert.Equal(before.Select(static s => s.Location), after.Select(static s => s.Location));
        Assert.Single(before.Zip(after), static pair => pair.First.Value != pair.Second.Value);
    }

    private static CorpusOutcome Run(IReadOnlyList<SyntheticDocument> documents) =>
        CorpusPipeline.Run(new[] { ("/seeds/leonov.leoschema", s_schema) }, documents.Select(static d => ("/synthetic/" + d.FileName, d.Text)));
}
