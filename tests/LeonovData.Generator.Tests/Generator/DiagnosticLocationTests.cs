namespace LeonovData.Generator.Tests.Generator;

using LeonovData.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

/// <summary>
/// A broken annotation is reported where it is: in the annotated file, at the exact line and column
/// span of the mistake, as the compiler reports an error in a .cs file.
/// </summary>
public sealed class DiagnosticLocationTests
{
    public static TheoryData<string> Cases => new(MalformedLine.All.Select(static c => c.Name));

    [Theory]
    [MemberData(nameof(Cases))]
    public void MalformedAnnotationIsReportedAtItsExactSpan(string name)
    {
        var line = MalformedLine.All.Single(c => c.Name == name);
        var text = line.AppendTo(SmallCorpus.Encyclopedia, out var lineNumber);
        var run = GeneratorHarness.Run(WithEncyclopedia(text));

        run.AssertDidNotCrash();
        var expected = new LinePositionSpan(new LinePosition(lineNumber, line.Column), new LinePosition(lineNumber, line.Column + line.Length));
        var found = run.Diagnostics.Where(d => d.Id == line.Id).ToList();
        var diagnostic = Assert.Single(found, d => d.Location.GetLineSpan().Span == expected);
        Assert.Equal(LocationKind.ExternalFile, diagnostic.Location.Kind);
        Assert.Equal(SmallCorpus.EncyclopediaPath, diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(line.Line.Substring(line.Column, line.Length), text.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
        Assert.StartsWith($"{SmallCorpus.EncyclopediaPath}({lineNumber + 1},{line.Column + 1}): error {line.Id}: ", diagnostic.ToString(), StringComparison.Ordinal);
        Assert.EndsWith(line.Id.ToLowerInvariant(), diagnostic.Descriptor.HelpLinkUri, StringComparison.Ordinal);

        // The appended line is the only thing wrong: nothing else in the corpus is reported.
        Assert.All(run.Diagnostics, d => Assert.Equal((SmallCorpus.EncyclopediaPath, lineNumber), (d.Location.GetLineSpan().Path, d.Location.GetLineSpan().StartLinePosition.Line)));
    }

    [Fact]
    public void PositionsInACrlfCheckoutAreThoseTheEditorShows()
    {
        var line = MalformedLine.All.Single(c => c.Id == "LEO0202");
        var text = line.AppendTo(SmallCorpus.Encyclopedia, out var lineNumber).Replace("\n", "\r\n", StringComparison.Ordinal);
        var run = GeneratorHarness.Run(WithEncyclopedia(text));

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(new LinePosition(lineNumber, line.Column), diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.Equal(SourceText.From(text).Lines.GetLinePositionSpan(diagnostic.Location.SourceSpan), diagnostic.Location.GetLineSpan().Span);
    }

    /// <summary>A backslash with nothing after it is reported on itself, not one past the end of the file.</summary>
    [Theory]
    [InlineData("[x]{.name p=role v=\"abc\\")]
    [InlineData("[x]{.name p=role v=\"abc\\\n")]
    [InlineData("trailing \\")]
    public void BackslashWithNothingAfterItIsReportedOnItself(string ending)
    {
        var text = SmallCorpus.Encyclopedia + "\n" + ending;
        var run = GeneratorHarness.Run(WithEncyclopedia(text));

        var escape = Assert.Single(run.Diagnostics, static d => d.Id == "LEO0005");
        Assert.Equal(text.LastIndexOf('\\'), escape.Location.SourceSpan.Start);
        Assert.Equal(1, escape.Location.SourceSpan.Length);
        Assert.DoesNotContain('\n', escape.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ConflictPointsAtBothSources()
    {
        var text = SmallCorpus.Encyclopedia.Replace("[1934]{.date p=born}", "[1935]{.date p=born}", StringComparison.Ordinal);
        var run = GeneratorHarness.Run(WithEncyclopedia(text));

        var conflict = Assert.Single(run.Diagnostics);
        Assert.Equal("LEO0301", conflict.Id);
        var here = conflict.Location.GetLineSpan();
        var there = Assert.Single(conflict.AdditionalLocations).GetLineSpan();
        var sides = new[] { (here.Path, here.StartLinePosition), (there.Path, there.StartLinePosition) }.OrderBy(static s => s.Path, StringComparer.Ordinal).ToList();
        Assert.Equal((SmallCorpus.NewsPath, Zero(SmallCorpus.PositionOf(SmallCorpus.News, "[30 May 1934]"))), sides[0]);
        Assert.Equal((SmallCorpus.EncyclopediaPath, Zero(SmallCorpus.PositionOf(text, "[1935]"))), sides[1]);
    }

    [Fact]
    public void ReportedDiagnosticsAreTheCataloguesDescriptors()
    {
        var line = MalformedLine.All.Single(static c => c.Name == "impossible date");
        var run = GeneratorHarness.Run(WithEncyclopedia(line.AppendTo(SmallCorpus.Encyclopedia, out _)));

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Same(Diagnostics.DiagnosticDescriptors.ById("LEO0203"), diagnostic.Descriptor);
        Assert.Contains("'32 March 1965' is not a date", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static LinePosition Zero((int Line, int Column) position) => new(position.Line - 1, position.Column - 1);

    private static IReadOnlyList<(string Path, string Text)> WithEncyclopedia(string text) =>
        SmallCorpus.Files.Select(f => f.Path == SmallCorpus.EncyclopediaPath ? (f.Path, text) : f).ToList();
}
