using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using LeonovData.Generator.Syntax;

namespace LeonovData.Benchmarks;

/// <summary>
/// The strict parser against the cheapest thing that could strip markup: one regular expression
/// that removes brackets and attribute blocks, with none of the parser's checks or positions.
/// The ratio says what strictness and exact positions cost.
/// </summary>
[MemoryDiagnoser]
public partial class ParserBenchmarks
{
    private string _encyclopedia = string.Empty;

    [GlobalSetup]
    public void Setup() => _encyclopedia = Corpus.Encyclopedia;

    [Benchmark(Baseline = true)]
    public string RegexStrip() => Markup().Replace(_encyclopedia, string.Empty);

    [Benchmark]
    public object Parse() => DocumentParser.Parse("003-encyclopedia.leo", _encyclopedia);

    [GeneratedRegex(@"\\\r?\n|\]\{[^}\n]*\}|\[|^\{[^}\n]*\}\n", RegexOptions.Multiline)]
    private static partial Regex Markup();
}
