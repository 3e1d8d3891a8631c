namespace LeonovData.Generator.Tests.Generator;

using LeonovData.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Xunit;

/// <summary>
/// A fact offers only the qualifiers its property takes (<c>qualifiers=</c>): a property that takes
/// some gets a fact type of its own with one typed accessor each, one that takes none keeps
/// <c>Fact&lt;T&gt;</c>, and reading a qualifier the property does not take does not compile.
/// </summary>
public sealed class FactTypeTests
{
    private const string Consumer = """
        using System.Linq;
        using LeonovData;

        internal static class FactProbe
        {
            public static string[] Read()
            {
                var leonov = People.AlexeiLeonov;
                PersonFlightFact voskhod = leonov.FlightFacts[0];
                Fact<PartialDate>? born = leonov.BornFact;
                MissionDateFact? flown = Missions.Voskhod2.DateFact;
                return new[]
                {
                    $"{voskhod.Value.Id} with={string.Join(",", voskhod.With.Select(static p => p.Id))} role={voskhod.Role}",
                    $"soyuz with={leonov.FlightFacts[1].With.Count} role={leonov.FlightFacts[1].Role ?? "none"}",
                    $"same={ReferenceEquals(voskhod, leonov.FlightFacts[0]) && ReferenceEquals(leonov.FlightFacts, leonov.FlightFacts) && ReferenceEquals(voskhod.With, voskhod.With)}",
                    $"born={born!.Value} {born.GetType().BaseType!.Name} qualifiers={born.Qualifiers.Count}",
                    $"mission date={flown!.Value} with={flown.With.Count} role={flown.Role ?? "none"}",
                };
            }
        }
        """;

    [Fact]
    public void A_generated_fact_type_reads_the_qualifiers_its_property_takes()
    {
        // flight takes both qualifiers (spaces separate them); born takes none; mission's date says nothing, so it takes every one.
        var run = GeneratorHarness.Run(Files(flight: "qualifiers=\"with role\"", born: "qualifiers=\"\""), properties: null, Consumer);

        run.AssertCompilesCleanly();
        Assert.Empty(run.Diagnostics);
        var model = run.Source("LeonovData.Model.g.cs");
        Assert.Contains("public sealed class PersonFlightFact : global::LeonovData.Fact<global::LeonovData.Mission>", model, StringComparison.Ordinal);
        Assert.DoesNotContain("PersonBornFact", model, StringComparison.Ordinal);
        using var assembly = GeneratedAssembly.Load(run.OutputCompilation);
        Assert.Equal(
            new[]
            {
                "voskhod-2 with=pavel-belyayev role=pilot",
                "soyuz with=0 role=none",
                "same=True",
                "born=1934-05-30 Fact`1 qualifiers=0",
                "mission date=1965-03 with=0 role=none",
            },
            (string[])assembly.Invoke("FactProbe", "Read")!);
    }

    [Fact]
    public void A_qualifier_the_property_does_not_take_is_not_a_member()
    {
        // flight takes only 'with': the encyclopedia's role qualifier on it is LEO0219, and reading
        // Role does not compile; born takes none, so its fact has no qualifier member at all.
        var run = GeneratorHarness.Run(Files(flight: "qualifiers=with", born: "qualifiers=\"\""), properties: null, """
            using LeonovData;

            internal static class Misuse
            {
                public static object? Role() => People.AlexeiLeonov.FlightFacts[0].Role;

                public static object? BornWith() => People.AlexeiLeonov.BornFact!.With;
            }
            """);

        var notTaken = Assert.Single(run.Diagnostics);
        Assert.Equal("LEO0219", notTaken.Id);
        Assert.Equal(SmallCorpus.PositionOf(SmallCorpus.Encyclopedia, "[pilot]"), (notTaken.Location.GetLineSpan().StartLinePosition.Line + 1, notTaken.Location.GetLineSpan().StartLinePosition.Character + 1));
        var errors = run.CompilationDiagnostics.Where(static d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.Equal(new[] { "CS1061", "CS1061" }, errors.Select(static d => d.Id));
        Assert.Contains("'PersonFlightFact' does not contain a definition for 'Role'", errors[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("'Fact<PartialDate>' does not contain a definition for 'With'", errors[1].GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_qualifier_that_names_an_entity_reads_as_that_entity()
    {
        // With one person at most, 'with' is a Person, not a list: the runtime looks the reference up
        // through the dataset's catalogues, as it does for entity-valued properties and inverses.
        var files = Files(flight: "qualifiers=\"with role\"", born: "qualifiers=\"\"")
            .Select(static f => f.Path == SmallCorpus.SchemaPath ? (f.Path, f.Text.Replace("#with type=person card=many member=With", "#with type=person member=With", StringComparison.Ordinal)) : f)
            .ToList();
        var run = GeneratorHarness.Run(files, properties: null, """
            using LeonovData;

            internal static class SingleProbe
            {
                public static string[] Read()
                {
                    var leonov = People.AlexeiLeonov;
                    Person? with = leonov.FlightFacts[0].With;
                    return new[]
                    {
                        $"{with?.Id} {with?.GetType().Name} same={ReferenceEquals(with, People.Get("pavel-belyayev"))}",
                        $"soyuz with={leonov.FlightFacts[1].With?.Id ?? "none"}",
                        $"crewed by leonov: {string.Join(",", System.Linq.Enumerable.Select(leonov.FlightFacts, static f => f.Value.Id))}",
                    };
                }
            }
            """);

        run.AssertCompilesCleanly();
        Assert.Empty(run.Diagnostics);
        using var assembly = GeneratedAssembly.Load(run.OutputCompilation);
        Assert.Equal(
            new[] { "pavel-belyayev Person same=True", "soyuz with=none", "crewed by leonov: voskhod-2,soyuz-19" },
            (string[])assembly.Invoke("SingleProbe", "Read")!);
    }

    [Fact]
    public void A_fact_type_is_named_after_the_kind_and_the_facts_member()
    {
        var run = GeneratorHarness.Run(Files(flight: "qualifiers=with", born: "qualifiers=role"), properties: null);

        run.AssertCompilesCleanly();
        var model = run.Source("LeonovData.Model.g.cs");
        Assert.Contains("public global::System.Collections.Generic.IReadOnlyList<global::LeonovData.PersonFlightFact> FlightFacts =>", model, StringComparison.Ordinal);
        Assert.Contains("public global::LeonovData.PersonBornFact? BornFact =>", model, StringComparison.Ordinal);
        Assert.Contains("public global::LeonovData.Fact<global::LeonovData.PartialDate>? DiedFact =>", model, StringComparison.Ordinal);
        Assert.Contains("public sealed class MissionDateFact : global::LeonovData.Fact<global::LeonovData.PartialDate>", model, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Leonov_data_offers_the_qualifiers_its_corpus_uses()
    {
        var run = GeneratorHarness.Run(Repository.SeedFiles(), properties: null, """
            using System.Linq;
            using LeonovData;

            internal static class LeonovProbe
            {
                public static string[] Read()
                {
                    var leonov = People.AlexeiLeonov;
                    return new[]
                    {
                        string.Join("; ", leonov.RankFacts.Where(static f => f.Date is not null).Select(static f => $"{f.Value} {f.Date}")),
                        string.Join("; ", leonov.SpouseFacts.Select(static f => $"{f.Value.Name} {f.Date}")),
                        string.Join("; ", Missions.Voskhod2.CrewFacts.Select(static f => $"{f.Value.Name} role={f.Role ?? "none"} callsign={f.Callsign}")),
                    };
                }
            }
            """, """
            internal static class Misuse
            {
                public static object? Place() => LeonovData.People.AlexeiLeonov.RankFacts[0].Place;
            }
            """);

        var error = Assert.Single(run.CompilationDiagnostics, static d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("CS1061", error.Id);
        Assert.Contains("'PersonRankFact' does not contain a definition for 'Place'", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(run.Diagnostics);
        using var assembly = GeneratedAssembly.Load(run.OutputCompilation.RemoveSyntaxTrees(run.OutputCompilation.SyntaxTrees.Where(static t => t.ToString().Contains("class Misuse", StringComparison.Ordinal))));
        // 003-encyclopedia.leo dates two ranks and the marriage; 001-news-nss-mourns.leo gives the call signs.
        Assert.Equal(
            new[] { "Major General of Aviation 1975; lieutenant 1957-10-30", "Svetlana Dozenko 1959-12-13", "Alexei Leonov role=none callsign=Almaz-2; Pavel Belyayev role=none callsign=Almaz-1" },
            (string[])assembly.Invoke("LeonovProbe", "Read")!);
    }

    private static IReadOnlyList<(string Path, string Text)> Files(string flight, string born)
    {
        var schema = SmallCorpus.Schema
            .Replace("member=Flights doc=", $"member=Flights {flight} doc=", StringComparison.Ordinal)
            .Replace("{.property #born of=person type=date doc=", $"{{.property #born of=person type=date {born} doc=", StringComparison.Ordinal)
            .Replace("{.property #died of=person type=date doc=", "{.property #died of=person type=date qualifiers=\"\" doc=", StringComparison.Ordinal);
        Assert.Equal(3, schema.Split("qualifiers=").Length - 1);
        return SmallCorpus.Files.Select(f => f.Path == SmallCorpus.SchemaPath ? (f.Path, schema) : f).ToList();
    }
}
