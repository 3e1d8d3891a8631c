using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using LeonovData.Generator.Checks;
using LeonovData.Generator.Model;
using LeonovData.Generator.Schema;
using LeonovData.Generator.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LeonovData.Generator.Tests.Docs;

/// <summary>An example file: the name the page gives it and its text as a file would hold it.</summary>
internal sealed record ExampleFile(string Name, string Text);

/// <summary>
/// Runs example files through the generator's real stages, in the pipeline's order, and returns
/// every diagnostic as the build prints it: <c>news.leo(2,14): error LEO0203: …</c>.
/// </summary>
internal static class ExampleRun
{
    public static IReadOnlyList<string> Diagnostics(
        IReadOnlyList<ExampleFile> documents,
        IReadOnlyList<ExampleFile> schemas,
        IReadOnlyDictionary<string, string>? msbuildProperties = null,
        Func<string, bool>? isBundled = null)
    {
        var found = new List<DiagnosticInfo>();

        var options = Stages.ReadOptions(new PropertyOptions(msbuildProperties ?? new Dictionary<string, string>()));
        found.AddRange(options.Problems);

        var parsed = documents.Select(static d => DocumentParser.Parse(d.Name, d.Text)).ToImmutableArray();
        found.AddRange(parsed.SelectMany(static d => d.Diagnostics));

        var schema = SchemaParser.Merge(schemas.Select(static s => SchemaParser.ParseFile(s.Name, s.Text)), isBundled);
        found.AddRange(schema.Diagnostics);

        // Stages.Bind, not Binder.Bind alone: it is where a corpus without a schema is reported (LEO0104).
        var bound = Stages.Bind(parsed, schema);
        found.AddRange(bound.Diagnostics);
        found.AddRange(Checker.Check(bound.Value));

        // Emitting reports nothing unless it fails; a fixed example must make a buildable corpus.
        found.AddRange(Stages.Emit(bound.Value, options).Diagnostics);

        return found.Select(Print).OrderBy(static line => line, StringComparer.Ordinal).ToList();
    }

    /// <summary>The line a build prints for a diagnostic (paths as given, project suffix left out).</summary>
    public static string Print(DiagnosticInfo info)
    {
        var diagnostic = info.ToDiagnostic();
        var where = info.Location is { } l ? $"{l.FilePath}({l.StartLine + 1},{l.StartColumn + 1})" : "CSC ";
        var severity = diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning";
        return $"{where}: {severity} {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
    }

    /// <summary>MSBuild properties as the compiler hands them to a generator: <c>build_property.Name</c>.</summary>
    private sealed class PropertyOptions : AnalyzerConfigOptions
    {
        private readonly IReadOnlyDictionary<string, string> _properties;

        public PropertyOptions(IReadOnlyDictionary<string, string> properties) => _properties = properties;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
        {
            const string Prefix = "build_property.";
            value = null;
            return key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) && _properties.TryGetValue(key.Substring(Prefix.Length), out value);
        }
    }
}
