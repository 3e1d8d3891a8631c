namespace LeonovData.Package.Tests;

using System.Text.RegularExpressions;
using LeonovData.Package.Tests.TestSupport;
using Xunit;

/// <summary>A broken annotation fails the consumer's build at its file, line and column.</summary>
[Collection(PackageCollection.Name)]
public sealed partial class DiagnosticTests(PackageFixture package)
{
    [Fact]
    public void A_date_that_is_no_date_fails_the_build_at_its_line_and_column()
    {
        var consumer = Harbour.Create(package, "Broken")
            .Write("Documents/notes.leo", Harbour.Document("notes", "was launched on [32 April 1891]{.date p=launched}."))
            .Write("Program.cs", "System.Console.WriteLine(Harbour.Facts.Ships.Marlin.Name);\n");

        var build = consumer.Build();

        BuildAssert.Failed(build);
        var error = Assert.Single(build.Diagnostics, static d => d.Id.StartsWith("LEO", StringComparison.Ordinal));
        Assert.Equal(
            $"{consumer.PathOf("Documents/notes.leo")}(2,41): error LEO0203: '32 April 1891' is not a date: '32' is not a day of April (1–30)",
            WithoutHelpLink(error).ToString());
    }

    [Fact]
    public void A_document_of_ones_own_that_disagrees_with_the_bundled_corpus_fails_the_build_with_both_places()
    {
        var consumer = Consumer.Create(package, "Disagrees")
            .Write("Notes/my-notes.leo", "{#my-notes .source kind=note subject=alexei-leonov}\nHe was born on [31 May 1934]{.date p=born}.\n")
            .Write("Program.cs", "System.Console.WriteLine(LeonovData.People.AlexeiLeonov.Born);\n");

        var build = consumer.Build();

        BuildAssert.Failed(build);
        var conflict = Assert.Single(BuildAssert.WithId(build, "LEO0301"));
        Assert.Equal((consumer.PathOf("Notes/my-notes.leo"), 2, 16, "error"), (conflict.File, conflict.Line, conflict.Column, conflict.Severity));
        Assert.StartsWith("alexei-leonov.born is 1934-05-31 here but 1934-05-30 at 003-encyclopedia.leo(", conflict.Message);
    }

    [Fact]
    public void Help_links_open_the_diagnostics_page_at_the_diagnostics_section()
    {
        var consumer = Harbour.Create(package, "HelpLink")
            .Write("Documents/notes.leo", Harbour.Document("notes", "was launched on [14 Aprl 1891]{.date p=launched}."))
            .Write("Program.cs", "System.Console.WriteLine(Harbour.Facts.Ships.Marlin.Name);\n");

        var build = consumer.Build();

        BuildAssert.Failed(build);
        var error = Assert.Single(build.Diagnostics, static d => d.Id.StartsWith("LEO", StringComparison.Ordinal));
        var link = HelpLink().Match(error.Message);
        Assert.True(link.Success, $"no help link in '{error}'");
        Assert.EndsWith("/docs/diagnostics.md#" + error.Id.ToLowerInvariant(), link.Groups["url"].Value);

        // The fragment is GitHub's anchor of a heading "## LEOnnnn" of docs/diagnostics.md.
        var page = File.ReadAllLines(Path.Combine(Repository.Docs, "diagnostics.md"));
        Assert.Contains("## " + error.Id, page);
    }

    [Fact]
    public void An_invalid_option_is_reported_with_what_to_write_instead()
    {
        var consumer = Harbour.Create(package, "BadOption", "<LeonovDataVisibility>protected</LeonovDataVisibility>")
            .Write("Documents/notes.leo", Harbour.Document("notes", "was launched on [14 April 1891]{.date p=launched}."))
            .Write("Program.cs", "System.Console.WriteLine(Harbour.Facts.Ships.Marlin.Name);\n");

        var build = consumer.Build();

        BuildAssert.Failed(build);
        Assert.Contains("error LEO0801: LeonovDataVisibility=protected is not valid: write public or internal; using public", build.Output);
    }

    private static BuildDiagnostic WithoutHelpLink(BuildDiagnostic diagnostic) =>
        diagnostic with { Message = HelpLink().Replace(diagnostic.Message, string.Empty) };

    // MSBuild prints a diagnostic's help link after its message: "message (https://…#leo0203)".
    [GeneratedRegex(@" \((?<url>https?://[^ )]+)\)$")]
    private static partial Regex HelpLink();
}
