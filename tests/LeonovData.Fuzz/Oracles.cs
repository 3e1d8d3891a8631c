using LeonovData.Generator.Model;
using LeonovData.Generator.Syntax;
using LeonovData.Generator.Values;
using Microsoft.CodeAnalysis.Text;

namespace LeonovData.Fuzz;

/// <summary>
/// The promises every fuzz target checks beyond "no exception escapes" (README.md). Each throws an
/// <see cref="OracleViolation"/> that says which promise broke and where.
/// </summary>
internal static class Oracles
{
    /// <summary>
    /// Every diagnostic (and each of its additional locations) lies inside a file the stages were
    /// given, and its line and column are what Roslyn computes for that file.
    /// </summary>
    public static void Located(IEnumerable<DiagnosticInfo> diagnostics, IReadOnlyDictionary<string, string> files)
    {
        var texts = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Location is null)
            {
                throw new OracleViolation($"{diagnostic.Id} has no location");
            }

            foreach (var location in diagnostic.AdditionalLocations.Prepend(diagnostic.Location))
            {
                Located(diagnostic.Id, location, files, texts);
            }
        }
    }

    public static void Located(string what, LocationInfo location, IReadOnlyDictionary<string, string> files) =>
        Located(what, location, files, new Dictionary<string, SourceText>(StringComparer.Ordinal));

    // Roslyn's SourceText is built once per file: a broken document has hundreds of diagnostics.
    private static void Located(string what, LocationInfo location, IReadOnlyDictionary<string, string> files, Dictionary<string, SourceText> texts)
    {
        if (!files.TryGetValue(location.FilePath, out var text))
        {
            throw new OracleViolation($"{what} points at '{location.FilePath}', which is no input file");
        }

        if (location.Start < 0 || location.Length < 0 || location.Start + location.Length > text.Length)
        {
            throw new OracleViolation($"{what} spans [{location.Start}, {location.Start + location.Length}) outside a file of {text.Length} characters");
        }

        if (!texts.TryGetValue(location.FilePath, out var source))
        {
            texts[location.FilePath] = source = SourceText.From(text);
        }

        var expected = source.Lines.GetLinePositionSpan(new TextSpan(location.Start, location.Length));
        var actual = new LinePositionSpan(new(location.StartLine, location.StartColumn), new(location.EndLine, location.EndColumn));
        if (expected != actual)
        {
            throw new OracleViolation($"{what} at offset {location.Start} says {actual}, Roslyn says {expected}");
        }
    }

    /// <summary>
    /// The syntax tree agrees with itself (spans inside the stripped text, parents before children),
    /// and a document without syntax errors strips to exactly its source text: the reference
    /// stripper agrees, and escaping that text gives a document that parses back to it unchanged.
    /// </summary>
    public static void Stripping(ParsedDocument parsed, string annotated)
    {
        var files = new Dictionary<string, string> { [parsed.Path] = annotated };
        var texts = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        for (var index = 0; index < parsed.Spans.Count; index++)
        {
            var span = parsed.Spans[index];
            Located("span " + index, span.Location, files, texts);
            if (span.TextStart < 0 || span.TextStart > span.TextEnd || span.TextEnd > parsed.Text.Length)
            {
                throw new OracleViolation($"span {index} covers [{span.TextStart}, {span.TextEnd}) of a text of {parsed.Text.Length} characters");
            }

            if (!string.Equals(parsed.Text[span.TextStart..span.TextEnd], span.Covered, StringComparison.Ordinal))
            {
                throw new OracleViolation($"span {index} says it covers '{span.Covered}' but its stretch of the text is '{parsed.Text[span.TextStart..span.TextEnd]}'");
            }

            if (span.Parent >= index)
            {
                throw new OracleViolation($"span {index} comes before its parent {span.Parent}");
            }
        }

        if (parsed.HasErrors)
        {
            return;
        }

        var reference = ReferenceStripper.Strip(annotated);
        if (!string.Equals(reference, parsed.Text, StringComparison.Ordinal))
        {
            throw new OracleViolation($"stripping changed the text: expected '{Show(reference)}', parsed '{Show(parsed.Text)}'");
        }

        var escaped = ReferenceStripper.Escape(parsed.Text);
        var again = DocumentParser.Parse(parsed.Path, escaped);
        if (again.HasErrors || !again.Spans.IsEmpty || !string.Equals(again.Text, parsed.Text, StringComparison.Ordinal))
        {
            throw new OracleViolation($"the escaped text '{Show(escaped)}' does not parse back to itself: '{Show(again.Text)}', {again.Diagnostics.Count} diagnostics, {again.Spans.Count} spans");
        }
    }

    /// <summary>
    /// A value grammar reports a defect of its own (a caught exception) as <see cref="ValueParser.InternalError"/>;
    /// that is a crash. A value read from text must read back from its own export form, agree with
    /// it, and export the same.
    /// </summary>
    public static void Value(ValueKind kind, string text)
    {
        var reading = ValueParser.ReadText(kind, text);
        NotInternal(kind, reading.Error);
        var normalized = ValueParser.ReadNormalized(kind, text, out var error);
        NotInternal(kind, error);
        if (reading.Value is { } value)
        {
            RoundTrips(kind, value);
            if (normalized is not null)
            {
                _ = ValueParser.Agrees(value, normalized);
            }
        }

        if (normalized is not null)
        {
            RoundTrips(kind, normalized);
        }
    }

    private static void RoundTrips(ValueKind kind, Value value)
    {
        var back = ValueParser.ReadNormalized(kind, value.Normalized, out var error);
        if (back is null)
        {
            throw new OracleViolation($"{kind} '{value.Normalized}' (the export form of {value}) does not read back: {error}");
        }

        if (!ValueParser.Agrees(value, back) || !string.Equals(back.Normalized, value.Normalized, StringComparison.Ordinal))
        {
            throw new OracleViolation($"{kind} {value} exports as '{value.Normalized}', which reads back as {back}");
        }
    }

    private static void NotInternal(ValueKind kind, string? error)
    {
        if (string.Equals(error, ValueParser.InternalError, StringComparison.Ordinal))
        {
            throw new OracleViolation($"the {kind} grammar threw (caught as its internal error)");
        }
    }

    private static string Show(string text) =>
        string.Concat(text.Take(400).Select(static c => c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString()));
}
