namespace LeonovData.Generator.Tests.Generator;

using System.Globalization;
using System.Text.Json;
using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>
/// Compiles the code generated from the small corpus together with a consumer that uses the typed
/// API, runs it, and checks what a user would see: typed values with their precision, citations
/// that point at the annotated files (one-based line and column), every agreeing source in
/// <c>Fact.Citations</c>, qualifiers, and the shape of <c>Dataset.ToJson()</c>.
/// </summary>
public sealed class GeneratedCodeRunTests
{
    /// <summary>
    /// A consumer of the typed API. It compiles only if the properties have the documented types,
    /// and prints facts as "key=value" lines for the test to compare.
    /// </summary>
    private const string Consumer = """
        using System.Collections.Generic;
        using System.Linq;
        using LeonovData;

        internal static class Probe
        {
            public static string[] Facts()
            {
                Person leonov = People.AlexeiLeonov;
                Event walk = Events.Spacewalk;
                PartialDate born = leonov.Born!.Value;
                Fact<PartialDate> bornFact = leonov.BornFact!;
                Duration duration = walk.Duration!.Value;
                Quantity tether = walk.Tether!.Value;
                int flights = leonov.FlightCount!.Value;
                PersonFlightFact voskhod = leonov.FlightFacts[0];
                return new[]
                {
                    $"id={leonov.Id}",
                    $"name={leonov.Name}",
                    $"names={string.Join("|", leonov.Names)}",
                    $"born={born} {born.Precision}",
                    $"born.citation={bornFact.Citation} {bornFact.Citation.Quote}",
                    $"born.citations={string.Join(" ", bornFact.Citations)}",
                    $"born.sentence={bornFact.Citation.Sentence}",
                    $"died={leonov.Died} {leonov.DiedFact!.Rank} {leonov.DiedFact.Statement.Why}",
                    $"died.citations={string.Join(" ", leonov.DiedFact.Citations)}",
                    $"flights={flights} {string.Join(",", leonov.Flights.Select(static m => m.Id))}",
                    $"flight.with={string.Join(",", voskhod.With.Select(static p => p.Name))}",
                    $"flight.role={voskhod.Role}",
                    $"flight.qualifier.citations={string.Join(" ", voskhod.Qualifiers.Select(static q => q.Citation))}",
                    $"duration={duration} {duration.Precision} {duration.Minutes}:{duration.Seconds}",
                    $"duration.citations={string.Join(" ", walk.DurationFact!.Citations)}",
                    $"tether={tether} {tether.Amount} {tether.Unit} {tether.Scale}",
                    $"voskhod.date={Missions.Voskhod2.Date} {Missions.Voskhod2.Date!.Value.Precision}",
                    $"find={Dataset.Find("voskhod-2")?.Name} {Dataset.Find("nobody") is null}",
                    $"sources={string.Join(",", Dataset.Sources.Select(static s => s.Id + ":" + s.Document))}",
                    $"statements={Dataset.Statements.Count}",
                };
            }
        }
        """;

    [Fact]
    public void TypedValuesAndCitations()
    {
        var lines = Run(static assembly => (string[])assembly.Invoke("Probe", "Facts")!);

        var news = SmallCorpus.News;
        var encyclopedia = SmallCorpus.Encyclopedia;
        Assert.Equal(
            new[]
            {
                "id=alexei-leonov",
                "name=Alexei Leonov",
                "names=Alexei Leonov|Alexei Arkhipovich Leonov",
                "born=1934-05-30 Day",
                $"born.citation={Cite("a-news.leo", news, "[30 May 1934]")} 30 May 1934",
                $"born.citations={Cite("a-news.leo", news, "[30 May 1934]")} {Cite("b-encyclopedia.leo", encyclopedia, "[1934]")}",
                "born.sentence=Alexei Leonov was born on 30 May 1934 and died on 11 October 2019.",
                "died=2019-10-11 Preferred the news reports the day itself",
                $"died.citations={Cite("a-news.leo", news, "[11 October 2019]")}",
                "flights=2 voskhod-2,soyuz-19",
                "flight.with=Pavel Belyayev",
                "flight.role=pilot",
                $"flight.qualifier.citations={Cite("a-news.leo", news, "[Pavel Belyayev]")} {Cite("b-encyclopedia.leo", encyclopedia, "[pilot]")}",
                "duration=PT12M9S Second 12:9",
                $"duration.citations={Cite("a-news.leo", news, "[12 minutes and 9 seconds]")} {Cite("b-encyclopedia.leo", encyclopedia, "[12-minute]")}",
                "tether=4.8 m 4.8 m 1",
                "voskhod.date=1965-03 Month",
                "find=Voskhod 2 True",
                "sources=a-news:a-news.leo,b-encyclopedia:b-encyclopedia.leo",
                "statements=12",
            },
            lines);
    }

    [Fact]
    public void ValuesPrintTheSameInAnyCulture()
    {
        var lines = Run(static assembly => InCulture("de-DE", () => (string[])assembly.Invoke("Probe", "Facts")!));

        Assert.Contains("tether=4.8 m 4,8 m 1", lines); // decimal's own ToString follows the culture; the value's does not
        Assert.Contains("born=1934-05-30 Day", lines);
    }

    [Fact]
    public void JsonExportIsAVersionedDocumentOfSourcesEntitiesAndStatements()
    {
        var json = Run(static assembly => InCulture("de-DE", () => (string)assembly.Invoke("LeonovData.Dataset", "ToJson")!));

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(new[] { "format", "sources", "entities", "statements" }, root.EnumerateObject().Select(static p => p.Name));
        Assert.Equal("leonovdata-export/1", root.GetProperty("format").GetString());

        var sources = root.GetProperty("sources").EnumerateArray().ToList();
        Assert.Equal(new[] { "a-news", "b-encyclopedia" }, sources.Select(static s => s.GetProperty("id").GetString()));
        string[] sourceKeys = { "id", "path", "kind", "title", "outlet", "author", "url", "published", "retrieved", "licence", "subject" };
        Assert.All(sources, s => Assert.Equal(sourceKeys, s.EnumerateObject().Select(static p => p.Name)));
        Assert.Equal(
            ("a-news.leo", "Test News", "https://example.org/news/leonov", "CC-BY-4.0", "2019-10-12"),
            (sources[0].GetProperty("path").GetString(), sources[0].GetProperty("outlet").GetString(), sources[0].GetProperty("url").GetString(), sources[0].GetProperty("licence").GetString(), sources[0].GetProperty("published").GetString()));
        Assert.Equal(JsonValueKind.Null, sources[1].GetProperty("url").ValueKind);

        var entities = root.GetProperty("entities").EnumerateArray().ToList();
        var leonov = Assert.Single(entities, static e => e.GetProperty("id").GetString() == "alexei-leonov");
        Assert.Equal(("person", "Alexei Leonov"), (leonov.GetProperty("kind").GetString(), leonov.GetProperty("name").GetString()));
        Assert.Equal(new[] { "Alexei Leonov", "Alexei Arkhipovich Leonov" }, leonov.GetProperty("names").EnumerateArray().Select(static n => n.GetString()));
        Assert.Equal(("a-news.leo", 2, 1, "Alexei Leonov"), (leonov.GetProperty("source").GetString(), leonov.GetProperty("line").GetInt32(), leonov.GetProperty("column").GetInt32(), leonov.GetProperty("quote").GetString()));

        var statements = root.GetProperty("statements").EnumerateArray().ToList();
        Assert.Equal(12, statements.Count);
        string[] keys = { "subject", "property", "type", "value", "precision", "source", "line", "column", "quote", "rank", "qualifiers" };
        foreach (var statement in statements)
        {
            Assert.Equal(JsonValueKind.Object, statement.ValueKind);
            Assert.All(keys, key => Assert.True(statement.TryGetProperty(key, out _), $"'{key}' missing in {statement}"));
            Assert.Equal(JsonValueKind.Number, statement.GetProperty("line").ValueKind);
            Assert.Equal(JsonValueKind.Number, statement.GetProperty("column").ValueKind);
            Assert.Equal(JsonValueKind.Array, statement.GetProperty("qualifiers").ValueKind);
        }

        var date = Single(statements, "spacewalk", "date");
        Assert.Equal("1965-03-18", date.GetProperty("value").GetString());
        Assert.Equal("date", date.GetProperty("type").GetString());
        Assert.Equal("day", date.GetProperty("precision").GetString());
        Assert.Equal("a-news.leo", date.GetProperty("source").GetString());
        Assert.Equal("18 March 1965", date.GetProperty("quote").GetString());
        Assert.Equal("normal", date.GetProperty("rank").GetString());
        var (line, column) = SmallCorpus.PositionOf(SmallCorpus.News, "[18 March 1965]");
        Assert.Equal(line, date.GetProperty("line").GetInt32());
        Assert.Equal(column, date.GetProperty("column").GetInt32());

        var duration = statements.First(s => Is(s, "spacewalk", "duration"));
        Assert.Equal("PT12M9S", duration.GetProperty("value").GetString());
        Assert.Equal("second", duration.GetProperty("precision").GetString());

        var tether = Single(statements, "spacewalk", "tether");
        Assert.Equal("4.8 m", tether.GetProperty("value").GetString());
        Assert.Equal("0.1 m", tether.GetProperty("precision").GetString());

        var count = Single(statements, "alexei-leonov", "flights");
        Assert.Equal(JsonValueKind.Number, count.GetProperty("value").ValueKind);
        Assert.Equal(2, count.GetProperty("value").GetInt32());
        Assert.Equal(JsonValueKind.Null, count.GetProperty("precision").ValueKind);

        var died = statements.First(s => Is(s, "alexei-leonov", "died"));
        Assert.Equal("preferred", died.GetProperty("rank").GetString());
        Assert.Equal("the news reports the day itself", died.GetProperty("why").GetString());

        var flight = statements.First(s => Is(s, "alexei-leonov", "flight"));
        Assert.Equal("voskhod-2", flight.GetProperty("value").GetString());
        var qualifiers = flight.GetProperty("qualifiers").EnumerateArray().ToList();
        Assert.Equal(new[] { "with=pavel-belyayev", "role=pilot" }, qualifiers.Select(static q => q.GetProperty("property").GetString() + "=" + q.GetProperty("value").GetString()));
        Assert.Equal("b-encyclopedia.leo", qualifiers[1].GetProperty("source").GetString());
    }

    private static T Run<T>(Func<GeneratedAssembly, T> use)
    {
        var run = GeneratorHarness.Run(SmallCorpus.Files, properties: null, Consumer);
        run.AssertDidNotCrash();
        Assert.Empty(run.Diagnostics);
        run.AssertCompilesCleanly();

        using var assembly = GeneratedAssembly.Load(run.OutputCompilation);
        return use(assembly);
    }

    private static T InCulture<T>(string name, Func<T> action)
    {
        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
        try
        {
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    private static string Cite(string file, string text, string span)
    {
        var (line, column) = SmallCorpus.PositionOf(text, span);
        return $"{file}({line},{column})";
    }

    private static bool Is(JsonElement statement, string subject, string property) =>
        statement.GetProperty("subject").GetString() == subject && statement.GetProperty("property").GetString() == property;

    private static JsonElement Single(List<JsonElement> statements, string subject, string property) =>
        Assert.Single(statements, s => Is(s, subject, property));
}
