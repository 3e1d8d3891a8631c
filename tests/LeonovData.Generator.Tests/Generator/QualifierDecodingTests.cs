namespace LeonovData.Generator.Tests.Generator;

using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>
/// A statement's qualifiers are decoded when first read; until then the runtime reads past them, by
/// the numbers each value codec writes, to the statement's canonical statement, which follows them
/// in its record. One qualifier of every kind of value on a statement whose canonical statement is
/// in another document: a codec read past by the wrong count would misread where that is.
/// </summary>
public sealed class QualifierDecodingTests
{
    private const string Schema = """
        {.entity #person type=Person plural=People doc="A person."}
        {.entity #event type=Event plural=Events doc="A dated happening."}

        {.qualifier #day type=date doc="A day."}
        {.qualifier #span type=interval doc="A span of years."}
        {.qualifier #lasted type=duration doc="How long."}
        {.qualifier #reach type=length doc="How far."}
        {.qualifier #load type=mass doc="How heavy."}
        {.qualifier #moment type=datetime doc="When exactly."}
        {.qualifier #crew type=count doc="How many."}
        {.qualifier #role type=name doc="As what."}
        {.qualifier #with type=person card=many member=With doc="Who else."}

        {.property #date of=event type=date doc="When it happened."}
        {.property #duration of=event type=duration doc="How long it lasted."}
        """;

    // The news states the launch's date most precisely, so the encyclopedia's year is not canonical:
    // its canonical statement is the news's, an address read after the encyclopedia's qualifiers.
    private const string News = """
        {#a-news .source kind=news}
        The [launch]{.event #launch} was on [18 March 1965]{.date of=launch p=date}, and lasted [2 hours]{.duration of=launch p=duration}.
        """;

    private const string Encyclopedia = """
        {#b-encyclopedia .source kind=encyclopedia}
        [Pavel Belyayev]{.person #pavel-belyayev} watched the [launch]{.event e=launch} of [1965]{.date of=launch p=date #launch-year}:
        on [18 March 1965]{.date on=launch-year p=day}, [From 1964 to 1966]{.interval on=launch-year p=span}, for [12 minutes]{.duration on=launch-year p=lasted},
        [310 miles]{.length on=launch-year p=reach} up, [47 pounds]{.mass on=launch-year p=load}, at [13:32 UTC on July 16, 1969]{.datetime on=launch-year p=moment},
        [three]{.count on=launch-year p=crew} aboard, as [observer]{.name on=launch-year p=role}, with [Pavel Belyayev]{.person e=pavel-belyayev on=launch-year p=with}.
        It lasted [two hours]{.duration of=launch p=duration}.
        """;

    private const string Consumer = """
        using System.Linq;
        using LeonovData;

        internal static class QualifierProbe
        {
            public static string[] Read()
            {
                var statements = Dataset.Corpus.Statements;
                var year = statements.Single(static s => s.Id == "launch-year");
                var canonical = year.Canonical!;
                var lines = new System.Collections.Generic.List<string>
                {
                    $"canonical {canonical.Citation.Document} {canonical.Value} itself={year.IsCanonical}",
                    $"last {statements[^1].Property} {statements[^1].Value} canonical={statements[^1].IsCanonical}",
                    $"same={ReferenceEquals(year.Qualifiers, year.Qualifiers)}",
                };
                lines.AddRange(year.Qualifiers.Select(static q => $"{q.Property} {q.Type} {q.Value} @{q.Citation.Line}"));
                return lines.ToArray();
            }
        }
        """;

    [Fact]
    public void Qualifiers_of_every_kind_of_value_are_read_past_and_then_decoded()
    {
        var run = GeneratorHarness.Run(new[] { ("/corpus/q.leoschema", Schema), ("/corpus/a-news.leo", News), ("/corpus/b-encyclopedia.leo", Encyclopedia) }, properties: null, Consumer);

        run.AssertCompilesCleanly();
        using var assembly = GeneratedAssembly.Load(run.OutputCompilation);
        Assert.Empty(run.Diagnostics);
        Assert.Equal(
            new[]
            {
                "canonical a-news.leo 1965-03-18 itself=False",
                "last duration PT2H canonical=False",
                "same=True",
                "day date 1965-03-18 @3",
                "span interval 1964/1966 @3",
                "lasted duration PT12M @3",
                "reach length 310 mi @4",
                "load mass 47 lb @4",
                "moment datetime 1969-07-16T13:32Z @4",
                "crew count 3 @5",
                "role name observer @5",
                "with person pavel-belyayev @5",
            },
            (string[])assembly.Invoke("QualifierProbe", "Read")!);
    }
}
