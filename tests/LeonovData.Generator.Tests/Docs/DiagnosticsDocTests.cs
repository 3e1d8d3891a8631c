using System.Text.RegularExpressions;
using LeonovData.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Xunit;

namespace LeonovData.Generator.Tests.Docs;

/// <summary>
/// Keeps docs/diagnostics.md honest: every diagnostic has its section where its help link points,
/// and every example on the page is run through the generator's real stages. A bad example must
/// print exactly its section's console block; a fixed example must print nothing at all.
/// The conventions of the page are described in the HTML comment at its top.
/// </summary>
public sealed class DiagnosticsDocTests
{
    // Declared before s_exceptions, which uses them: static fields initialise in textual order.
    private static readonly string NoSchema = DiagnosticDescriptors.NoSchema.Id;

    private static readonly string InternalError = DiagnosticDescriptors.InternalError.Id;

    /// <summary>
    /// Diagnostics a page cannot show by example: bounds of the generated data, whose bad example would
    /// be megabytes (EmissionBoundsTests reaches them), and a project that does not reference the
    /// package's runtime (RuntimeReferenceTests).
    /// </summary>
    private static readonly string[] s_withoutExamples = { DiagnosticDescriptors.DataTooLarge.Id, DiagnosticDescriptors.TooManyNamedEntities.Id, DiagnosticDescriptors.RuntimeMissing.Id };

    /// <summary>
    /// Diagnostics whose bad example is not an annotated document, with how each is checked instead.
    /// Every other diagnostic is checked the same way: its documents and schemas are run as they are.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, string> s_exceptions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [NoSchema] = "A missing schema is a project setting, not something a document can say: the examples are "
            + "project files. The bad example is run without any schema file (the project it shows has none); "
            + "the fixed one with the page's default schema.",
        [DiagnosticDescriptors.InvalidOption.Id] = "An MSBuild option, not a document: the properties written in the xml examples are handed to "
            + "the generator as build_property.* options, as the compiler does.",
        [DiagnosticDescriptors.DataTooLarge.Id] = "A bound of the generated data: a bad example would be megabytes of documents. The section has "
            + "no bad or fixed example; its console line is checked against the message format, and EmissionBoundsTests reaches the bound.",
        [DiagnosticDescriptors.TooManyNamedEntities.Id] = "A bound of the generated code: a bad example would declare 20,001 entities. The section has "
            + "no bad or fixed example; its console line is checked against the message format, and EmissionBoundsTests reaches the bound.",
        [DiagnosticDescriptors.RuntimeMissing.Id] = "About the project's references, not a document: the section has no bad or fixed example; its "
            + "console line is checked against the message format, and RuntimeReferenceTests compiles a consumer without LeonovData.Runtime.",
        [DiagnosticDescriptors.SchemaRepeatsBundled.Id] = "About the bundled Leonov corpus, which a page cannot bundle: the page's default schema "
            + "plays the bundled leonov.leoschema (it is merged as the package's file), and the section's schemas are the project's own.",
        [InternalError] = "A defect of the generator itself: no input is meant to produce it, so the section has no "
            + "bad or fixed example. Its console line is checked against the descriptor's message format.",
    };

    private static readonly Lazy<DiagnosticsPage> s_page = new(DiagnosticsPage.Load);

    private static DiagnosticsPage Page => s_page.Value;

    public static TheoryData<string> Ids() => new(DiagnosticDescriptors.All.Select(static d => d.Id).OrderBy(static id => id, StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_diagnostic_has_a_section_with_its_title_severity_and_category(string id)
    {
        var descriptor = DiagnosticDescriptors.ById(id);
        var section = Page.Section(id);
        Assert.True(section is not null, $"{DiagnosticsPage.RelativePath} has no section '## {id}'");

        var facts = section!.Body.Split('\n').FirstOrDefault(static l => l.Trim().Length > 0) ?? string.Empty;
        var severity = descriptor.DefaultSeverity == DiagnosticSeverity.Error ? "Error" : "Warning";
        Assert.StartsWith($"**{descriptor.Title}**", facts);
        Assert.Contains(severity, facts);
        Assert.Contains($"`{descriptor.Category}`", facts);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Help_link_opens_the_diagnostics_section(string id)
    {
        var link = DiagnosticDescriptors.ById(id).HelpLinkUri;
        var hash = link.IndexOf('#');
        Assert.True(hash > 0, $"{id}'s help link {link} has no anchor");
        Assert.EndsWith("/" + DiagnosticsPage.RelativePath, link.Substring(0, hash));

        var anchor = link.Substring(hash + 1);
        Assert.Equal(id.ToLowerInvariant(), anchor);
        Assert.Contains(anchor, Page.Anchors);
    }

    [Fact]
    public void Every_diagnostic_section_belongs_to_a_diagnostic_in_catalogue_order()
    {
        var headings = Page.Sections.Select(static s => s.Heading).Where(static h => h.StartsWith("LEO", StringComparison.Ordinal)).ToList();
        var ids = DiagnosticDescriptors.All.Select(static d => d.Id).OrderBy(static id => id, StringComparer.Ordinal).ToList();
        Assert.Equal(ids, headings);
    }

    [Fact]
    public void Exceptions_name_diagnostics_of_the_catalogue()
    {
        Assert.All(s_exceptions.Keys, static id => Assert.Contains(DiagnosticDescriptors.All, d => d.Id == id));
        Assert.All(s_exceptions.Values, static reason => Assert.False(string.IsNullOrWhiteSpace(reason)));
    }

    [Fact]
    public void Default_corpus_alone_reports_nothing()
    {
        Assert.NotEmpty(Defaults("leo"));
        Assert.NotEmpty(Defaults("leoschema"));
        AssertNone("the default corpus", ExampleRun.Diagnostics(Defaults("leo"), Defaults("leoschema")));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Bad_example_prints_its_console_block(string id)
    {
        if (id == InternalError || s_withoutExamples.Contains(id))
        {
            return; // see s_exceptions; checked by Section_without_examples_shows_the_message_form
        }

        var section = SectionOf(id);
        var expected = ConsoleLines(section);
        Assert.True(expected.Count > 0, $"the section of {id} has no ```console block");
        Assert.Contains(expected, line => line.Contains($" {id}: ", StringComparison.Ordinal));

        var actual = Run(id, section, "bad");
        Assert.Contains(actual, line => line.Contains($" {id}: ", StringComparison.Ordinal));
        Assert.True(
            expected.OrderBy(static l => l, StringComparer.Ordinal).SequenceEqual(actual),
            $"the bad example of {id} prints\n{string.Join("\n", actual)}\nbut its console block says\n{string.Join("\n", expected)}");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Fixed_example_reports_nothing(string id)
    {
        if (id == InternalError || s_withoutExamples.Contains(id))
        {
            return; // see s_exceptions
        }

        AssertNone($"the fixed example of {id}", Run(id, SectionOf(id), "fixed"));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Section_has_a_bad_and_a_fixed_example(string id)
    {
        var section = SectionOf(id);
        var examples = section.Blocks.Where(static b => b.Role is "bad" or "fixed").ToList();
        if (id == InternalError || s_withoutExamples.Contains(id))
        {
            Assert.Empty(examples);
            return;
        }

        var kinds = s_exceptions.ContainsKey(id) ? new[] { "xml", "text" } : new[] { "leo", "leoschema" };
        Assert.Contains(examples, b => b.Role == "bad" && kinds.Contains(b.Language));
        Assert.Contains(examples, b => b.Role == "fixed" && kinds.Contains(b.Language));
        Assert.All(examples, static b => Assert.Contains(b.Language, new[] { "leo", "leoschema", "xml", "text" }));
    }

    [Fact]
    public void Every_example_block_has_a_role_the_test_knows()
    {
        // A misspelt info string ("leo bda") would otherwise be an example nobody runs.
        foreach (var block in Page.Blocks)
        {
            var inDiagnosticSection = block.Section is { } heading && heading.StartsWith("LEO", StringComparison.Ordinal);
            switch (block.Language)
            {
                case "leo" or "leoschema":
                    Assert.True(inDiagnosticSection ? block.Role is "bad" or "fixed" : block.Role == "default", $"{block} has no role this page defines");
                    break;
                case "xml" or "text" when inDiagnosticSection:
                    Assert.True(block.Role is "bad" or "fixed", $"{block} has no role this page defines");
                    break;
                case "console":
                    Assert.True(inDiagnosticSection && block.Role is null, $"{block}: console blocks belong to a diagnostic's section and have no role");
                    break;
            }
        }
    }

    [Fact]
    public void No_schema_example_shows_a_project_without_then_with_a_schema_file()
    {
        var section = SectionOf(NoSchema);
        Assert.All(section.Blocks.Where(static b => b.Role == "bad"), static b => Assert.DoesNotContain(".leoschema", b.Text, StringComparison.Ordinal));
        Assert.Contains(section.Blocks, static b => b.Role == "fixed" && b.Text.Contains(".leoschema", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("LEO0501", "^[^ ]+\\(\\d+,\\d+\\): error LEO0501: ")]
    [InlineData("LEO0502", "^[^ ]+\\(\\d+,\\d+\\): warning LEO0502: ")]
    [InlineData("LEO0503", "^CSC : error LEO0503: ")]
    [InlineData("LEO0901", "^CSC : error LEO0901: ")]
    public void Section_without_examples_shows_the_message_form(string id, string prefix)
    {
        var descriptor = DiagnosticDescriptors.ById(id);
        var form = prefix + Regex.Replace(Regex.Escape(descriptor.MessageFormat.ToString()), @"\\\{\d+}", ".+") + "$";
        var lines = ConsoleLines(SectionOf(id));
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Matches(form, line));
    }

    private static IReadOnlyList<string> Run(string id, PageSection section, string role)
    {
        var documents = Defaults("leo").Concat(Files(section, "leo", role)).ToList();
        var schemas = id == NoSchema && role == "bad"
            ? new List<ExampleFile>()
            : Defaults("leoschema").Concat(Files(section, "leoschema", role)).ToList();
        Assert.Equal(documents.Count + schemas.Count, documents.Concat(schemas).Select(static f => f.Name).Distinct().Count());
        var defaults = Defaults("leoschema").Select(static f => f.Name).ToHashSet(StringComparer.Ordinal);
        Func<string, bool>? bundled = id == DiagnosticDescriptors.SchemaRepeatsBundled.Id ? defaults.Contains : null;
        return ExampleRun.Diagnostics(documents, schemas, MsBuildProperties(section, role), bundled);
    }

    private static IReadOnlyList<ExampleFile> Defaults(string language) =>
        Page.Blocks.Where(b => b.Language == language && b.Role == "default").Select(ToFile).ToList();

    private static IEnumerable<ExampleFile> Files(PageSection section, string language, string role) =>
        section.Examples(language, role).Select(ToFile);

    private static ExampleFile ToFile(CodeBlock block) =>
        new(block.FileName ?? "example." + block.Language, block.FileText());

    /// <summary>The <c>&lt;LeonovDataX&gt;value&lt;/LeonovDataX&gt;</c> properties of a section's xml examples.</summary>
    private static Dictionary<string, string> MsBuildProperties(PageSection section, string role) =>
        section.Examples("xml", role)
            .SelectMany(static b => Regex.Matches(b.Text, @"<(LeonovData\w+)>([^<]*)</\1>"))
            .ToDictionary(static m => m.Groups[1].Value, static m => m.Groups[2].Value, StringComparer.OrdinalIgnoreCase);

    private static List<string> ConsoleLines(PageSection section) =>
        section.Blocks.Where(static b => b.Language == "console")
            .SelectMany(static b => b.Text.Split('\n'))
            .Where(static l => l.Trim().Length > 0)
            .ToList();

    private static PageSection SectionOf(string id) =>
        Page.Section(id) ?? throw new Xunit.Sdk.XunitException($"{DiagnosticsPage.RelativePath} has no section '## {id}'");

    private static void AssertNone(string what, IReadOnlyList<string> diagnostics) =>
        Assert.True(diagnostics.Count == 0, $"{what} should report nothing but prints\n{string.Join("\n", diagnostics)}");
}
