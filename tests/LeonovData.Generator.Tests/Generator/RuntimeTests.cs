namespace LeonovData.Generator.Tests.Generator;

using LeonovData.Generator.Checks;
using LeonovData.Generator.Schema;
using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>
/// The generated runtime reads like typed data: a typed property is computed once (the same objects
/// each time, nothing allocated on repeated access), entities are found by any name, entity-valued
/// properties navigate backwards, and a statement finds its canonical statement in another shard.
/// </summary>
public sealed class RuntimeTests
{
    private const string Probe = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using LeonovData;

        internal static class Probe
        {
            public static string[] Caching()
            {
                var leonov = People.AlexeiLeonov;
                var same = ReferenceEquals(leonov.BornFact, leonov.BornFact)
                    && ReferenceEquals(leonov.FlightFacts, leonov.FlightFacts)
                    && ReferenceEquals(leonov.FlightFacts[0], leonov.FlightFacts[0])
                    && ReferenceEquals(leonov.Flights, leonov.Flights)
                    && ReferenceEquals(leonov, People.Get("alexei-leonov"))
                    && ReferenceEquals(leonov.Statements[0], Dataset.Statements.First(s => s.Subject == "alexei-leonov"));
                var before = 0L;
                for (var i = 0; i < 101; i++)
                {
                    _ = leonov.Born;
                    _ = leonov.BornFact;
                    _ = leonov.Flights;
                    _ = leonov.FlightFacts;
                    _ = leonov.FlightCount;
                    _ = Missions.Voskhod2.PeopleByFlight;
                    _ = leonov.FlightFacts[0].Role;
                    _ = leonov.FlightFacts[0].With;
                    _ = People.Find("Pavel Belyayev");
                    _ = People.Find("nobody by that name");
                    if (i == 0)
                    {
                        before = GC.GetAllocatedBytesForCurrentThread(); // the first round computes and keeps
                    }
                }

                var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                return new[]
                {
                    $"same={same}",
                    $"allocated={allocated}",
                    $"find={string.Join(",", People.Find("Alexei Arkhipovich Leonov").Select(static p => p.Id))}",
                    $"find.display={string.Join(",", People.Find("Pavel Belyayev").Select(static p => p.Id))}",
                    $"find.none={People.Find("Leonov").Count}",
                    $"crewed.by={string.Join(",", Missions.Voskhod2.PeopleByFlight.Select(static p => p.Id))}",
                    $"soyuz.by={string.Join(",", Missions.Soyuz19.PeopleByFlight.Select(static p => p.Id))}",
                };
            }

        }
        """;

    private const string CanonicalProbe = """
        using System.Collections.Generic;
        using System.Linq;
        using LeonovData;

        internal static class CanonicalProbe
        {
            /// <summary>For every statement, the corpus-order index of its canonical statement, or -1.</summary>
            public static int[] Canonicals()
            {
                var all = Dataset.Statements;
                var index = new Dictionary<Statement, int>(ReferenceEqualityComparer.Instance);
                for (var i = 0; i < all.Count; i++)
                {
                    index[all[i]] = i;
                }

                return all.Select(s => s.Canonical is { } c ? index[c] : -1).ToArray();
            }
        }
        """;

    [Fact]
    public void TypedPropertiesAreComputedOnceAndNavigateBothWays()
    {
        var run = GeneratorHarness.Run(SmallCorpus.Files, properties: null, Probe);
        run.AssertCompilesCleanly();
        using var assembly = GeneratedAssembly.Load(run.OutputCompilation);

        Assert.Equal(
            new[]
            {
                "same=True",
                "allocated=0",
                "find=alexei-leonov",
                "find.display=pavel-belyayev",
                "find.none=0",
                "crewed.by=alexei-leonov",
                "soyuz.by=alexei-leonov",
            },
            (string[])assembly.Invoke("Probe", "Caching")!);
    }

    [Fact]
    public void ThreadsReadingACatalogueFirstGetTheSameObjects()
    {
        // The catalogues and the corpus are created on first use by whichever thread comes first, and
        // publish one instance: every thread gets the same entities, lists and facts.
        var run = GeneratorHarness.Run(SmallCorpus.Files, properties: null, """
            using System.Linq;
            using System.Threading;
            using LeonovData;

            internal static class RaceProbe
            {
                public static string Race()
                {
                    const int Threads = 8;
                    var start = new Barrier(Threads);
                    var seen = new object[Threads][];
                    var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
                    {
                        start.SignalAndWait();
                        var leonov = People.Get("alexei-leonov")!;
                        seen[t] = new object[] { leonov, People.All, People.Find("Alexei Arkhipovich Leonov"), leonov.BornFact!, Missions.Voskhod2, Dataset.Corpus };
                    })).ToList();
                    threads.ForEach(static t => t.Start());
                    threads.ForEach(static t => t.Join());
                    var same = Enumerable.Range(0, seen[0].Length).All(i => seen.All(s => ReferenceEquals(s[i], seen[0][i])));
                    return $"same={same} leonov={((Person)seen[0][0]).Id} all={People.All.Count} found={People.Find("Alexei Arkhipovich Leonov").Count}";
                }
            }
            """);

        run.AssertCompilesCleanly();
        using var assembly = GeneratedAssembly.Load(run.OutputCompilation);
        Assert.Equal("same=True leonov=alexei-leonov all=2 found=1", assembly.Invoke("RaceProbe", "Race"));
    }

    [Fact]
    public void ACatalogueAskedForAnotherEntityTypeStillAnswersTheGeneratedOne()
    {
        // Entities<T> and Named<T> keep their list for the first type argument. Generated code always
        // passes its record type; any other caller (here by reflection, first) gets a list of its own,
        // uncached, and the generated members still get theirs, cached.
        var run = GeneratorHarness.Run(SmallCorpus.Files, properties: null, """
            using System.Reflection;
            using LeonovData;

            internal static class TypeArgumentProbe
            {
                public static string Ask()
                {
                    var nested = typeof(People).GetNestedType("Catalogue", BindingFlags.NonPublic)!;
                    var catalogue = (Catalogue)nested.GetProperty("Instance", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
                    var entities = catalogue.Entities<Entity>();
                    var named = catalogue.Named<Entity>("Alexei Arkhipovich Leonov");
                    var all = People.All;
                    var found = People.Find("Alexei Arkhipovich Leonov");
                    return $"{entities.Count} {named.Count} {all.Count} {found.Count} cached={ReferenceEquals(all, People.All) && ReferenceEquals(found, People.Find("Alexei Arkhipovich Leonov"))}";
                }
            }
            """);

        run.AssertCompilesCleanly();
        using var assembly = GeneratedAssembly.Load(run.OutputCompilation);
        Assert.Equal("2 1 2 1 cached=True", assembly.Invoke("TypeArgumentProbe", "Ask"));
    }

    [Fact]
    public void TheSchemaNamesAnInverse()
    {
        // inverse=Crew names the reverse of 'flight' instead of the derived Missions.PeopleByFlight.
        var schema = SmallCorpus.Schema
            .Replace("{.property #flight of=person type=mission card=many member=Flights", "{.property #flight of=person type=mission card=many member=Flights inverse=Crew", StringComparison.Ordinal);
        Assert.NotEqual(SmallCorpus.Schema, schema);
        var files = SmallCorpus.Files.Select(f => f.Path == SmallCorpus.SchemaPath ? (f.Path, schema) : f).ToList();
        var run = GeneratorHarness.Run(files, properties: null, """
            using System.Linq;
            using LeonovData;

            internal static class InverseProbe
            {
                public static string Crew() => string.Join(",", Missions.Voskhod2.Crew.Select(static p => p.Id));
            }
            """);

        run.AssertCompilesCleanly();
        Assert.DoesNotContain("PeopleByFlight", run.Source("LeonovData.Model.g.cs"), StringComparison.Ordinal);
        using var assembly = GeneratedAssembly.Load(run.OutputCompilation);
        Assert.Equal("alexei-leonov", assembly.Invoke("InverseProbe", "Crew"));
    }

    [Fact]
    public void DatasetPropertiesDescribeTheSchemaRowByRow()
    {
        // The generated table is a row of text per property; a description may hold the row's own
        // separator and any other character, and comes back whole.
        var schema = SmallCorpus.Schema.Replace("doc=\"The role in which the subject took part.\"", "doc=\"Role | part, «taken» \\ played.\"", StringComparison.Ordinal);
        Assert.NotEqual(SmallCorpus.Schema, schema);
        var files = SmallCorpus.Files.Select(f => f.Path == SmallCorpus.SchemaPath ? (f.Path, schema) : f).ToList();
        var run = GeneratorHarness.Run(files, properties: null, """
            using System;
            using System.Linq;
            using LeonovData;

            internal static class SchemaProbe
            {
                public static string[] Rows() =>
                    Dataset.Properties.Select(static p => $"{p.Kind}/{p.Id}/{p.Type}/{p.Many}/{p.Doc}").ToArray();

                public static string Malformed(string row)
                {
                    try
                    {
                        SchemaProperty.Table(row);
                        return "read";
                    }
                    catch (ArgumentException e)
                    {
                        return e.Message;
                    }
                }
            }
            """);

        run.AssertCompilesCleanly();
        using var assembly = GeneratedAssembly.Load(run.OutputCompilation);
        var expected = SchemaParser.Merge(new[] { SchemaParser.ParseFile(SmallCorpus.SchemaPath, schema) }).Properties
            .Select(static p => $"{p.Of}/{p.Id}/{p.Type}/{p.Many}/{p.Doc}")
            .ToArray();
        Assert.Contains("/role/name/False/Role | part, «taken» \\ played.", expected);
        Assert.Equal(expected, (string[])assembly.Invoke("SchemaProbe", "Rows")!);
        Assert.Equal("read", assembly.Invoke("SchemaProbe", "Malformed", "person|born|date|one|"));
        foreach (var bad in new[] { "person|born|date|one", "person|born|date|some|Doc.", "" })
        {
            Assert.StartsWith("A schema table row is 'kind|id|type|one|doc'", (string)assembly.Invoke("SchemaProbe", "Malformed", bad)!, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// A many-valued property's values are read from its statements, not from its facts: read first,
    /// they are still the facts' values in the same order, for every kind and property of the Leonov
    /// corpus, and a fact type of its own (a property with qualifiers) is what its record makes.
    /// </summary>
    [Fact]
    public void ValuesReadBeforeTheirFactsAreTheFactsValues()
    {
        var seeds = Repository.SeedFiles();
        var schemaFile = seeds.Single(static f => f.Path.EndsWith(".leoschema", StringComparison.Ordinal));
        var schema = SchemaParser.Merge(new[] { SchemaParser.ParseFile(schemaFile.Path, schemaFile.Text) });
        var values = new System.Text.StringBuilder();
        var facts = new System.Text.StringBuilder();
        var many = 0;
        foreach (var kind in schema.Kinds)
        {
            foreach (var property in schema.Properties.Where(p => p.Of == kind.Id && p.Many))
            {
                var member = Emit.Naming.EntityMember(property, kind.TypeName);
                var factMember = Emit.Naming.FactMember(property, kind.TypeName);
                values.Append($"        foreach (var e in {kind.CatalogueName}.All) kept.Add(e.{member});\n");
                facts.Append($"        foreach (var e in {kind.CatalogueName}.All) {{ var read = kept[at++]; var list = ((System.Collections.IEnumerable)read).Cast<object?>().ToList(); if (!ReferenceEquals(read, e.{member}) || !list.SequenceEqual(e.{factMember}.Select(static f => (object?)f.Value))) wrong.Add(e.Id + \".{member}\"); n += list.Count; }}\n");
                many++;
            }
        }

        var probe = $$"""
            using System.Collections.Generic;
            using System.Linq;
            using LeonovData;

            internal static class ValuesProbe
            {
                public static string Values()
                {
                    var kept = new List<object>();
                    var wrong = new List<string>();
                    var at = 0;
                    var n = 0;
            {{values}}
            {{facts}}
                    return wrong.Count == 0 ? "values=" + n : string.Join(", ", wrong);
                }
            }
            """;

        var run = GeneratorHarness.Run(seeds, properties: null, probe);
        run.AssertCompilesCleanly();
        using var assembly = GeneratedAssembly.Load(run.OutputCompilation);
        var result = (string)assembly.Invoke("ValuesProbe", "Values")!;
        Assert.True(many > 20, $"the Leonov schema has {many} many-valued properties");
        Assert.StartsWith("values=", result, StringComparison.Ordinal);
        Assert.True(int.Parse(result.Substring("values=".Length), System.Globalization.CultureInfo.InvariantCulture) > 100, result);
    }

    [Fact]
    public void StatementsFindTheirCanonicalStatementAcrossShards()
    {
        var files = CrewCorpus.Files(documents: 40, crewPerMission: 3);
        var outcome = CorpusPipeline.Run(files.Take(1), files.Skip(1));
        var canonical = Resolution.Canonical(outcome.Corpus);
        var statements = outcome.Corpus.Statements;
        var position = statements.Select((s, i) => (s, i)).ToDictionary(static x => x.s, static x => x.i);
        var expected = statements.Select(s => canonical.TryGetValue(s, out var c) && c is not null ? position[c] : -1).ToArray();
        Assert.Contains(expected, static c => c >= 0);
        var shards = files.Skip(1).Select(static f => Emit.Emitter.ShardOf(Path.GetFileName(f.Path))).Distinct().Count();
        Assert.True(shards > 8, $"the corpus spreads over {shards} shards only");

        var run = GeneratorHarness.Run(files, properties: null, CanonicalProbe);
        using var assembly = GeneratedAssembly.Load(run.OutputCompilation);

        Assert.Equal(expected, (int[])assembly.Invoke("CanonicalProbe", "Canonicals")!);
    }
}
