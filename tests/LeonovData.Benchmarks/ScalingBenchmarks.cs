using System.Text;
using BenchmarkDotNet.Attributes;
using LeonovData.Generator.Schema;
using LeonovData.Generator.Syntax;

namespace LeonovData.Benchmarks;

/// <summary>
/// How the parsers grow with input far beyond real annotation (docs/format.md, "Bounds"): each
/// input at 1, 2, 4 and 8 times a base size, up to a 10 MB document, a line of 1,000,000
/// characters, 100,000 spans on one line and a schema of 10,000 properties. Linear growth shows as
/// a mean and an allocation that double with <see cref="Scale"/>.
/// </summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private string _document = string.Empty;
    private string _line = string.Empty;
    private string _spans = string.Empty;
    private string _schema = string.Empty;

    [Params(1, 2, 4, 8)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        const string header = "{#big .source kind=news subject=alexei-leonov}\n";
        _document = Repeat(header, "On [18 March 1965]{.date of=spacewalk p=date} he made the first [spacewalk]{.event e=spacewalk}, a famous walk.\n", Scale * 1_250_000);
        _line = Repeat(header + "[Leonov]{.person e=alexei-leonov}", " and so on, \\[sic\\] and so forth", Scale * 125_000);
        _spans = Repeat(header, "[Leonov]{.person e=alexei-leonov} ", Scale * 12_500 * 34);
        var schema = new StringBuilder("{.entity #person type=Person plural=People}\n");
        for (var i = 0; i < Scale * 1_250; i++)
        {
            schema.Append("{.property #p").Append(i).Append(" of=person type=name}\n");
        }

        _schema = schema.ToString();
    }

    [Benchmark(Description = "document, 1.25 MB x Scale")]
    public object Document() => DocumentParser.Parse("big.leo", _document);

    [Benchmark(Description = "one line, 125,000 characters x Scale")]
    public object Line() => DocumentParser.Parse("line.leo", _line);

    [Benchmark(Description = "one line, 12,500 spans x Scale")]
    public object Spans() => DocumentParser.Parse("spans.leo", _spans);

    [Benchmark(Description = "schema, 1,250 properties x Scale")]
    public object Schema() => SchemaParser.Merge(new[] { SchemaParser.ParseFile("wide.leoschema", _schema) });

    private static string Repeat(string start, string piece, int length)
    {
        var text = new StringBuilder(start, length + piece.Length);
        while (text.Length < length)
        {
            text.Append(piece);
        }

        return text.ToString();
    }
}
