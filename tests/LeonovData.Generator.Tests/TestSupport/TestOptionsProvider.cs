namespace LeonovData.Generator.Tests.TestSupport;

using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

/// <summary>
/// Global analyzer options as MSBuild passes them (<c>build_property.LeonovDataNamespace</c>…);
/// the generator reads nothing per file, so every tree and additional file sees the global set.
/// </summary>
internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    public static readonly TestOptionsProvider Empty = new(ImmutableDictionary<string, string>.Empty);

    private readonly DictionaryOptions _options;

    public TestOptionsProvider(IEnumerable<KeyValuePair<string, string>> globalOptions) =>
        _options = new DictionaryOptions(globalOptions.ToImmutableDictionary(static p => p.Key, static p => p.Value, StringComparer.OrdinalIgnoreCase));

    /// <summary>Options from MSBuild properties: <c>("LeonovDataNamespace", "Acme.Facts")</c> becomes <c>build_property.LeonovDataNamespace</c>.</summary>
    public static TestOptionsProvider FromProperties(IReadOnlyDictionary<string, string>? properties) =>
        properties is null || properties.Count == 0
            ? Empty
            : new TestOptionsProvider(properties.Select(static p => new KeyValuePair<string, string>("build_property." + p.Key, p.Value)));

    public override AnalyzerConfigOptions GlobalOptions => _options;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly ImmutableDictionary<string, string> _values;

        public DictionaryOptions(ImmutableDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => _values.Keys;
    }
}
