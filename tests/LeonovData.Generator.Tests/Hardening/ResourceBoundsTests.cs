namespace LeonovData.Generator.Tests.Hardening;

using System.Text;
using LeonovData.Generator.Syntax;
using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>
/// Inputs far beyond real annotation complete without a stack overflow and report what they should
/// (docs/format.md, "Bounds"); past each documented bound there is exactly one diagnostic. How time
/// and memory grow with size is measured by <c>tests/LeonovData.Benchmarks</c> (ScalingBenchmarks),
/// not asserted here.
/// </summary>
public sealed class ResourceBoundsTests
{
    private const string Header = "{#big .source kind=news subject=alexei-leonov}\n";

    [Fact]
    public void ATenMegabyteDocumentParsesAndBinds()
    {
        var text = new StringBuilder(Header);
        var sentences = 0;
        while (text.Length < 10_000_000)
        {
            text.Append("On [18 March 1965]{.date of=spacewalk p=date} he made the first [spacewalk]{.event e=spacewalk}, a famous walk of a famous man.\n");
            sentences++;
        }

        var outcome = CorpusPipeline.Run(SmallCorpus.Schema, (SmallCorpus.NewsPath, SmallCorpus.News), (SmallCorpus.EncyclopediaPath, SmallCorpus.Encyclopedia), ("/corpus/big.leo", text.ToString()));
        Assert.True(outcome.Diagnostics.Count == 0, outcome.Describe());
        Assert.Equal(sentences + 1, outcome.Statements("spacewalk", "date").Count);
    }

    [Fact]
    public void AMillionCharacterLineParses()
    {
        var line = new StringBuilder(Header).Append("[Alexei Leonov]{.person e=alexei-leonov}");
        while (line.Length < 1_000_000)
        {
            line.Append(" and so on, \\[sic\\] and so forth");
        }

        var parsed = DocumentParser.Parse("/corpus/line.leo", line.ToString());
        Assert.Empty(parsed.Diagnostics);
        Assert.Single(parsed.Spans);
        Assert.Equal(line.Length - Header.Length - "]{.person e=alexei-leonov}".Length - "[".Length - parsed.Text.Count(static c => c is '[' or ']'), parsed.Text.Length);
    }

    [Fact]
    public void AHundredThousandSpansOnOneLineParseAndBind()
    {
        var line = new StringBuilder(Header);
        for (var i = 0; i < 100_000; i++)
        {
            line.Append("[Leonov]{.person e=alexei-leonov} ");
        }

        var outcome = CorpusPipeline.Run(SmallCorpus.Schema, (SmallCorpus.NewsPath, SmallCorpus.News), (SmallCorpus.EncyclopediaPath, SmallCorpus.Encyclopedia), ("/corpus/spans.leo", line.ToString()));
        Assert.True(outcome.Diagnostics.Count == 0, outcome.Describe());
        Assert.Equal(100_000, outcome.Documents.Single(static d => d.Path == "/corpus/spans.leo").Spans.Count);
    }

    [Fact]
    public void ASchemaWithTenThousandPropertiesBuilds()
    {
        var schema = new StringBuilder("{.entity #person type=Person plural=People}\n");
        for (var i = 0; i < 10_000; i++)
        {
            schema.Append("{.property #p").Append(i).Append(" of=person type=name}\n");
        }

        var files = new[]
        {
            ("/corpus/wide.leoschema", schema.ToString()),
            ("/corpus/wide.leo", "{#wide .source subject=ann}\n[Ann]{.person #ann} was [pilot]{.name p=p0} and [cook]{.name p=p9999}."),
        };
        var run = GeneratorHarness.Run(files);
        run.AssertDidNotCrash();
        Assert.Empty(run.Diagnostics);
        run.AssertCompilesCleanly();
    }

    [Theory]
    [InlineData(17)]
    [InlineData(100_000)]
    public void NestingPastTheBoundIsOneDiagnostic(int depth)
    {
        var text = Header + new string('[', depth) + "Leonov" + string.Concat(Enumerable.Repeat("]{.person e=alexei-leonov}", depth));
        var parsed = DocumentParser.Parse("/corpus/deep.leo", text);
        Assert.Equal("LEO0010", Assert.Single(parsed.Diagnostics).Id);
    }

    [Theory]
    [InlineData(33)]
    [InlineData(1_000_000)]
    public void AttributesPastTheBoundAreOneDiagnostic(int count)
    {
        var text = Header + "[Leonov]{.person e=alexei-leonov" + string.Concat(Enumerable.Repeat(" .variant", count - 2)) + "} flew.";
        var parsed = DocumentParser.Parse("/corpus/wide.leo", text);
        var diagnostic = Assert.Single(parsed.Diagnostics);
        Assert.Equal("LEO0020", diagnostic.Id);
        Assert.Equal(Header.Length + "[Leonov]{.person e=alexei-leonov".Length + (" .variant".Length * 30) + 1, diagnostic.Location!.Start);
        Assert.Equal(32, Assert.Single(parsed.Spans).Block.Attributes.Count);
    }

    [Theory]
    [InlineData(201, "date")]
    [InlineData(1_000_000, "date")]
    [InlineData(201, "name")]
    [InlineData(100_000, "duration")]
    public void AValueTextPastTheBoundIsOneDiagnostic(int length, string kind)
    {
        var covered = string.Concat(Enumerable.Repeat("18 March 1965 ", (length / 14) + 1))[..length];
        var outcome = CorpusPipeline.Run(SmallCorpus.Schema, (SmallCorpus.NewsPath, SmallCorpus.News), (SmallCorpus.EncyclopediaPath, SmallCorpus.Encyclopedia), ("/corpus/long.leo", Header + $"[{covered}]{{.{kind} of=spacewalk p=date}}."));
        Assert.Equal("LEO0240", Assert.Single(outcome.Diagnostics).Id);
    }

    [Fact]
    public void AValueTextAtTheBoundIsRead()
    {
        var covered = "18 March 1965" + new string(' ', 200 - 13);
        var outcome = CorpusPipeline.Run(SmallCorpus.Schema, (SmallCorpus.NewsPath, SmallCorpus.News), (SmallCorpus.EncyclopediaPath, SmallCorpus.Encyclopedia), ("/corpus/long.leo", Header + $"[{covered}]{{.date of=spacewalk p=date}}."));
        Assert.True(outcome.Diagnostics.Count == 0, outcome.Describe());
    }
}
