using System.Collections.Immutable;
using LeonovData.Generator.Binding;
using LeonovData.Generator.Checks;
using LeonovData.Generator.Emit;
using LeonovData.Generator.Model;
using LeonovData.Generator.Schema;
using LeonovData.Generator.Syntax;
using LeonovData.Generator.Values;

namespace LeonovData.Fuzz;

/// <summary>
/// The fuzz targets by name. Each calls the generator's stable entry points directly (never the
/// <c>Stages</c> wrappers, which turn exceptions into LEO0901 and would hide them from the fuzzer) and
/// then checks the <see cref="Oracles"/>.
/// </summary>
/// <remarks>
/// Hook for issue 7's encoded data: add a target "encoding" that runs <see cref="Pipeline"/>'s
/// corpus through the encoder and the decoder, and check that the decoded statements equal
/// <c>Corpus.Statements</c> one for one (subject, property, value, qualifiers, citation, rank).
/// </remarks>
internal static class FuzzTargets
{
    public const string DocumentPath = "/fuzz/document.leo";
    public const string SchemaPath = "/fuzz/schema.leoschema";

    /// <summary>Separates the schema from the document in a pipeline input; a form feed is no text either one accepts.</summary>
    public const char SchemaSeparator = '\f';

    public static IReadOnlyDictionary<string, Action<string>> All { get; } = CreateAll();

    /// <summary>The Leonov schema, used by the pipeline target when the input brings none.</summary>
    public static string LeonovSchema { get; } = ReadResource("leonov.leoschema");

    public static void Document(string text)
    {
        var parsed = DocumentParser.Parse(DocumentPath, text);
        Oracles.Located(parsed.Diagnostics, new Dictionary<string, string> { [DocumentPath] = text });
        Oracles.Stripping(parsed, text);
    }

    /// <summary>One attribute block (a '{' is put in front of input that does not start with one).</summary>
    public static void Attributes(string input)
    {
        var text = input.StartsWith('{') ? input : "{" + input;
        var diagnostics = new List<DiagnosticInfo>();
        var files = new Dictionary<string, string> { [DocumentPath] = text };
        var parsed = new AttributeParser(text, new DocumentMarkup(new LineMap(DocumentPath, text)), diagnostics).Parse(0, out var end);
        if (end <= 0 || end > text.Length)
        {
            throw new OracleViolation($"the block ends at {end}, outside a text of {text.Length} characters");
        }

        Oracles.Located(diagnostics, files);
        if (parsed is { } block)
        {
            Oracles.Located("the block", block.Location, files);
            if (text[end - 1] != '}')
            {
                throw new OracleViolation($"a closed block ends at '{text[end - 1]}', not at '}}'");
            }

            foreach (var attribute in block.Attributes)
            {
                Oracles.Located("attribute " + attribute.Name, block.LocationOf(attribute), files);
                Oracles.Located("the value of " + attribute.Name, block.ValueLocationOf(attribute), files);
            }
        }
    }

    public static void Schema(string text)
    {
        var file = SchemaParser.ParseFile(SchemaPath, text);
        var merged = SchemaParser.Merge(new[] { file });
        Oracles.Located(merged.Diagnostics, new Dictionary<string, string> { [SchemaPath] = text });
    }

    /// <summary>
    /// The whole path on one document and a schema: parse → bind → check → emit. The input is
    /// "schema\fdocument", or a document alone, read against the Leonov schema.
    /// </summary>
    public static void Pipeline(string input)
    {
        var separator = input.IndexOf(SchemaSeparator);
        var schemaText = separator < 0 ? LeonovSchema : input[..separator];
        var documentText = separator < 0 ? input : input[(separator + 1)..];
        var files = new Dictionary<string, string> { [SchemaPath] = schemaText, [DocumentPath] = documentText };

        var schema = SchemaParser.Merge(new[] { SchemaParser.ParseFile(SchemaPath, schemaText) });
        var parsed = DocumentParser.Parse(DocumentPath, documentText);
        var bound = Binder.Bind(new[] { parsed }, schema);
        var findings = Checker.Check(bound.Value);
        var emitted = schema.Kinds.IsEmpty ? null : Emitter.Emit(bound.Value, GeneratorOptions.Default);
        var generated = emitted?.Value.AsImmutableArray() ?? ImmutableArray<GeneratedFile>.Empty;

        Oracles.Located(schema.Diagnostics.Concat(parsed.Diagnostics).Concat(bound.Diagnostics).Concat(findings).Concat(emitted?.Diagnostics ?? EquatableArray<DiagnosticInfo>.Empty), files);
        Oracles.Stripping(parsed, documentText);
        if (generated.Any(static f => string.IsNullOrEmpty(f.Text)))
        {
            throw new OracleViolation("an emitted file is empty");
        }
    }

    private static Dictionary<string, Action<string>> CreateAll()
    {
        var targets = new Dictionary<string, Action<string>>(StringComparer.Ordinal)
        {
            ["document"] = Document,
            ["attributes"] = Attributes,
            ["schema"] = Schema,
            ["pipeline"] = Pipeline,
        };

        foreach (var kind in Enum.GetValues<ValueKind>())
        {
            targets["value-" + kind.ToString().ToLowerInvariant()] = text => Oracles.Value(kind, text);
        }

        return targets;
    }

    private static string ReadResource(string name)
    {
        using var stream = typeof(FuzzTargets).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the resource '{name}' is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
