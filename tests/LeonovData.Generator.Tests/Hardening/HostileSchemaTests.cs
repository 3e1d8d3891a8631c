namespace LeonovData.Generator.Tests.Hardening;

using LeonovData.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Xunit;

/// <summary>
/// Everything a user controls besides the documents' text: kind, type and member names that
/// collide with the runtime's types, with System, with the catalogues' own members or with C#
/// keywords; names equal but for case or sanitising to the same identifier; non-ASCII names; absurd
/// cardinalities; circular containment; odd file names; odd options. Each is a located LEO
/// diagnostic or a compiling disambiguation that comes out the same on every run: never a CS error
/// in generated code, never CS8785 or LEO0901.
/// </summary>
public sealed class HostileSchemaTests
{
    private const string Person = "{.entity #person type=Person plural=People born=born died=died}\n{.property #born of=person type=date}\n{.property #died of=person type=date}\n";

    public static TheoryData<string, string> Types() => new()
    {
        // Runtime types, System types, the namespace itself, keywords, non-ASCII letters.
        { "Statement", "Statements" }, { "Fact", "Facts" }, { "Entity", "Entities" }, { "Citation", "Citations" }, { "Dataset", "Datasets" },
        { "PartialDate", "PartialDates" }, { "Duration", "Durations" }, { "Quantity", "Quantities" }, { "EntityRef", "EntityRefs" },
        { "String", "Strings" }, { "Object", "Objects" }, { "Console", "Consoles" }, { "System", "Systems" }, { "Math", "Maths" },
        { "LeonovData", "LeonovDatas" }, { "Gadget", "System" }, { "Gadget", "String" }, { "Gadget", "Object" }, { "Gadget", "Console" },
        { "Gadget", "Statement" }, { "Gadget", "Fact" }, { "Gadget", "Entity" }, { "Gadget", "Citation" }, { "Gadget", "LeonovData" },
        { "Gadget", "All" }, { "Gadget", "Get" }, { "Gadget", "Find" }, { "Gadget", "Ids" }, { "Gadget", "Names" }, { "Gadget", "Sources" },
        { "Космонавт", "Космонавты" }, { "Gadgét", "Gadgéts" }, { "int", "Ints" }, { "Gadget", "@class" }, { "_", "__" }, { "Gadget", "Gadget2" },
        { "Name", "Names2" }, { "Id", "Ids2" }, { "Kind", "Kinds" }, { "Names", "NameLists" }, { "Statements", "StatementLists" }, { "Value", "Values" },
        { "gadget", "Gadgets" }, { "Gadget", "gadgets" }, { "gadget2", "Gadgets" }, { "__", "Gadgets" }, { "Gadget", "Years" }, { "Gadget", "Create" },
    };

    [Theory]
    [MemberData(nameof(Types))]
    public void KindTypeAndCatalogueNames(string type, string plural) =>
        AssertHandled(
            Person + $"{{.entity #gadget type={type} plural={plural}}}\n{{.property #owner of=gadget type=person}}\n{{.property #made of=gadget type=date}}\n",
            "[Ann Lee]{.person #ann-lee} has [a gadget]{.gadget #g-1}, made in [1965]{.date of=g-1 p=made} and owned by [Ann Lee]{.person e=ann-lee of=g-1 p=owner}.");

    [Theory]
    [InlineData("all")]
    [InlineData("get")]
    [InlineData("find")]
    [InlineData("ids")]
    [InlineData("names")]
    [InlineData("id")]
    [InlineData("name")]
    [InlineData("kind")]
    [InlineData("citation")]
    [InlineData("statements")]
    [InlineData("to-string")]
    [InlineData("get-type")]
    [InlineData("equals")]
    [InlineData("get-hash-code")]
    [InlineData("person")]
    [InlineData("class")]
    [InlineData("int")]
    [InlineData("value")]
    [InlineData("born-fact")]
    [InlineData("people")]
    [InlineData("system")]
    [InlineData("string")]
    [InlineData("dataset")]
    [InlineData("_")]
    [InlineData("1st")]
    public void PropertyIdsAndMembers(string id)
    {
        AssertHandled(Person + $"{{.property #{id} of=person type=name}}\n", $"[Ann Lee]{{.person #ann-lee}} was [a pilot]{{.name of=ann-lee p={id}}}.");
        AssertHandled(Person + $"{{.property #job of=person type=name member={id}}}\n", "[Ann Lee]{.person #ann-lee} was [a pilot]{.name of=ann-lee p=job}.");
        AssertHandled(Person + $"{{.qualifier #{id} type=name}}\n{{.property #job of=person type=name}}\n", $"[Ann Lee]{{.person #ann-lee}} was [a pilot]{{.name #j of=ann-lee p=job}} as [chief]{{.name on=j p={id}}}.");
    }

    [Theory]
    [InlineData("{.property #first-flight of=person type=date}\n{.property #first_flight of=person type=date}", "first-flight", "first_flight")]
    [InlineData("{.property #born-date of=person type=date}\n{.property #BornDate of=person type=date}", "born-date", "BornDate")]
    [InlineData("{.property #flight of=person type=date}\n{.property #Flight of=person type=date}", "flight", "Flight")]
    [InlineData("{.property #a of=person type=date member=Same}\n{.property #b of=person type=date member=Same}", "a", "b")]
    [InlineData("{.property #born-fact of=person type=date}\n{.property #other of=person type=date}", "born-fact", "other")]
    public void PropertiesThatSanitiseToOneName(string properties, string first, string second) =>
        AssertHandled(Person + properties + "\n", $"[Ann Lee]{{.person #ann-lee}} flew in [1965]{{.date of=ann-lee p={first}}} and [1975]{{.date of=ann-lee p={second}}}.");

    [Theory]
    [InlineData("{.entity #gadget type=Gadget plural=Gadgets}\n{.entity #Gadget type=Gadget2 plural=Gadgets2}")]
    [InlineData("{.entity #gadget type=Gadget plural=Gadgets}\n{.entity #widget type=gadget plural=Widgets}")]
    [InlineData("{.entity #gadget type=Gadget plural=Items}\n{.entity #widget type=Widget plural=items}")]
    [InlineData("{.entity #gadget type=Gadget plural=Gadgets}\n{.entity #widget type=Widget plural=Gadgets}")]
    [InlineData("{.entity #gadget type=Gadget plural=Gadgets}\n{.entity #widget type=Gadgets plural=Widgets}")]
    public void KindsThatDifferOnlyInCaseOrCollide(string kinds) =>
        AssertHandled(Person + kinds + "\n", "[Ann Lee]{.person #ann-lee} has [a gadget]{.gadget #g-1}.");

    [Fact]
    public void EntityIdsThatSanitiseToOneName() =>
        AssertHandled(
            Person,
            "[Ann Lee]{.person #voskhod-2} [Bob Lee]{.person #voskhod_2} [Cy Lee]{.person #Voskhod2} [Di Lee]{.person #voskhod--2} [Ed Lee]{.person #all} [Flo Lee]{.person #get} "
            + "[Gus Lee]{.person #ids} [Hal Lee]{.person #names} [Ida Lee]{.person #find} [Jo Lee]{.person #class} [Kim Lee]{.person #2} [Lu Lee]{.person #_2} [Mo Lee]{.person #people} [Ned Lee]{.person #person}.");

    [Theory]
    [InlineData("card=0")]
    [InlineData("card=-1")]
    [InlineData("card=99999999999999999999")]
    [InlineData("card=\"\"")]
    [InlineData("card=one")]
    [InlineData("card=MANY")]
    [InlineData("card=many card=many")]
    [InlineData("card=many card=one")]
    [InlineData("card=2")]
    public void AbsurdCardinalities(string card) =>
        AssertHandled(Person + $"{{.property #job of=person type=name {card}}}\n", "[Ann Lee]{.person #ann-lee} was [a pilot]{.name of=ann-lee p=job} and [a cook]{.name of=ann-lee p=job}.");

    [Theory]
    [InlineData("{.entity #place type=Place plural=Places within=located-in}\n{.property #located-in of=place type=place}")]
    [InlineData("{.entity #place type=Place plural=Places within=located-in}\n{.property #located-in of=place type=place card=many}")]
    [InlineData("{.entity #place type=Place plural=Places within=located-in}\n{.property #located-in of=place type=person}")]
    [InlineData("{.entity #place type=Place plural=Places within=located-in}\n{.property #located-in of=person type=place}")]
    [InlineData("{.entity #place type=Place plural=Places within=nowhere}\n{.property #located-in of=place type=place}")]
    [InlineData("{.entity #place type=Place plural=Places within=located-in}\n{.property #located-in of=place type=date}")]
    [InlineData("{.entity #place type=Place plural=Places within=place}\n{.property #located-in of=place type=place}")]
    public void CircularContainment(string schema) =>
        AssertHandled(
            Person + schema + "\n{.property #birthplace of=person type=place}\n",
            "[Ann Lee]{.person #ann-lee} was born in [Alpha]{.place #alpha p=birthplace of=ann-lee}, in [Beta]{.place #beta of=alpha p=located-in}, in [Alpha]{.place e=alpha of=beta p=located-in}, "
            + "and in [Gamma]{.place #gamma of=ann-lee p=birthplace rank=preferred why=\"loop\"}, in [Gamma]{.place e=gamma of=gamma p=located-in}; or in [Beta]{.place e=beta of=ann-lee p=birthplace}.");

    [Theory]
    [InlineData("/corpus/my notes.leo", "/corpus/other notes.leo")]
    [InlineData("/corpus/заметки.leo", "/corpus/ノート.leo")]
    [InlineData("/corpus/a/notes.leo", "/corpus/b/notes.leo")]
    [InlineData("/corpus/a/notes.leo", "/corpus/a/NOTES.leo")]
    [InlineData("C:\\corpus\\a\\notes.leo", "C:\\corpus\\b\\notes.leo")]
    [InlineData("/corpus/notes.LEO", "/corpus/notes\".leo")]
    [InlineData("/corpus/<notes>&.leo", "/corpus/*/notes.leo")]
    public void DocumentFileNames(string first, string second)
    {
        var files = new[]
        {
            ("/corpus/schema.leoschema", Person),
            (first, "{#first .source subject=ann-lee}\n[Ann Lee]{.person #ann-lee} was born in [1934]{.date p=born}."),
            (second, "{#second .source subject=ann-lee}\n[Ann Lee]{.person e=ann-lee} was born on [30 May 1934]{.date p=born}."),
        };
        AssertHandled(files, properties: null);
    }

    [Theory]
    [InlineData("System")]
    [InlineData("LeonovData.System")]
    [InlineData("Console")]
    [InlineData("Statement")]
    [InlineData("People")]
    [InlineData("Person")]
    [InlineData("Données.Faits")]
    [InlineData("global")]
    [InlineData("Global.Data")]
    [InlineData("a.b.c.d.e.f")]
    [InlineData("@class")]
    [InlineData("Acme..Facts")]
    [InlineData(" Acme.Facts ")]
    public void Namespaces(string ns) =>
        AssertHandled(
            new[] { ("/corpus/schema.leoschema", Person), ("/corpus/notes.leo", "{#notes .source subject=ann-lee}\n[Ann Lee]{.person #ann-lee} was born in [1934]{.date p=born}.") },
            new Dictionary<string, string> { ["LeonovDataNamespace"] = ns, ["LeonovDataVisibility"] = "internal" });

    [Fact]
    public void ConsumerTypesOfAKindsNameDoNotCaptureItsAccessors()
    {
        // The entity accessors name their record type without a namespace (a cheaper compile).
        var files = new[] { ("/corpus/schema.leoschema", Person), ("/corpus/notes.leo", "{#notes .source subject=ann-lee}\n[Ann Lee]{.person #ann-lee} was born in [1934]{.date p=born}.") };
        var run = GeneratorHarness.Run(files, properties: null, "global using Other;\nglobal using Person = Other.Person;\nnamespace Other { internal sealed class Person { } }\ninternal sealed class People { }");

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationDiagnostics.Where(static d => d.Severity == DiagnosticSeverity.Error));
        var accessor = Assert.IsAssignableFrom<IPropertySymbol>(Assert.Single(run.OutputCompilation.GetTypeByMetadataName("LeonovData.People")!.GetMembers("AnnLee")));
        Assert.Equal("LeonovData.Person", accessor.Type.ToDisplayString());
    }

    private static void AssertHandled(string schema, string document) =>
        AssertHandled(new[] { ("/corpus/schema.leoschema", schema), ("/corpus/notes.leo", "{#notes .source subject=ann-lee}\n" + document) }, properties: null);

    private static void AssertHandled(IReadOnlyList<(string Path, string Text)> files, IReadOnlyDictionary<string, string>? properties)
    {
        var run = GeneratorHarness.Run(files, properties);
        run.AssertDidNotCrash();
        var paths = files.Select(static f => f.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var diagnostic in run.Diagnostics)
        {
            // Only an MSBuild option has no file to point into.
            Assert.True(diagnostic.Id == "LEO0801" || paths.Contains(diagnostic.Location.GetLineSpan().Path), $"{diagnostic} is not located in an input file");
        }

        var errors = run.Diagnostics.Where(static d => d.Severity == DiagnosticSeverity.Error).ToList();
        var generatedProblems = run.CompilationDiagnostics
            .Where(static d => d.Severity == DiagnosticSeverity.Error || d.Severity == DiagnosticSeverity.Warning)
            .Where(d => errors.Count == 0 || d.Severity == DiagnosticSeverity.Error)
            .Select(static d => d.ToString())
            .ToList();
        Assert.True(generatedProblems.Count == 0, $"the generated code does not compile cleanly (LEO: {string.Join("; ", run.Diagnostics)}):\n" + string.Join("\n", generatedProblems.Take(8)));

        // A disambiguation is stable: the same input generates the same code.
        var again = GeneratorHarness.Run(files, properties);
        Assert.Equal(run.Sources.Select(static s => s.HintName + s.SourceText), again.Sources.Select(static s => s.HintName + s.SourceText));
    }
}
