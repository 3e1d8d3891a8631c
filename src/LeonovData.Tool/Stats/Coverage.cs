using System.Text.RegularExpressions;
using LeonovData.Generator.Syntax;
using LeonovData.Generator.Values;

namespace LeonovData.Tool.Stats;

/// <summary>A stretch of unannotated text that reads as a value: where it is, and which value kind's grammar accepts it.</summary>
internal sealed record Unannotated(int Line, int Column, string Text, string Kind);

/// <summary>
/// Annotation coverage: text outside every span that looks like a date, a quantity or a number. Loose
/// patterns only propose candidates; the generator's own value grammars decide what each one is, so
/// the list names exactly what a span of that kind would accept (and a year-like "1965" is a date).
/// Positions are line and column in the annotated file, one-based.
/// </summary>
internal static partial class Coverage
{
    // The kinds tried, most specific first: "12 minutes" is a duration before it is a count.
    // A bare number is a count; only "aged 85" reaches the age grammar.
    private static readonly ValueKind[] Kinds = [ValueKind.Date, ValueKind.Duration, ValueKind.Length, ValueKind.Ordinal, ValueKind.Count, ValueKind.Age];

    public static IReadOnlyList<Unannotated> Find(ParsedDocument document, string annotated)
    {
        // Covered: inside a span, or in a zone that states no facts (references, navigation…).
        var covered = new bool[document.Text.Length + 1];
        var zoneStart = -1;
        foreach (var span in document.Spans)
        {
            Array.Fill(covered, true, span.TextStart, Math.Max(0, span.TextEnd - span.TextStart));
            if (span.Block.HasClass("zone"))
            {
                if (zoneStart >= 0)
                {
                    Array.Fill(covered, true, zoneStart, span.TextStart - zoneStart);
                }

                zoneStart = span.Block.Pair("kind")?.Value is { } kind and not "body" ? span.TextStart : -1;
            }
        }

        if (zoneStart >= 0)
        {
            Array.Fill(covered, true, zoneStart, document.Text.Length - zoneStart);
        }

        var found = new List<Unannotated>();
        var taken = -1;
        foreach (var candidate in Candidate().Matches(document.Text).OrderBy(static m => m.Index).ThenByDescending(static m => m.Length))
        {
            if (candidate.Index < taken || Overlaps(covered, candidate.Index, candidate.Length))
            {
                continue;
            }

            var kind = Kinds.FirstOrDefault(k => ValueParser.ReadText(k, candidate.Value).Value is not null, (ValueKind)(-1));
            if ((int)kind < 0)
            {
                continue;
            }

            taken = candidate.Index + candidate.Length;
            var (line, column) = Locate(document, annotated, candidate.Index);
            found.Add(new Unannotated(line, column, candidate.Value, FactKind(kind)));
        }

        return found;
    }

    private static string FactKind(ValueKind kind) => kind.ToString().ToLowerInvariant();

    private static bool Overlaps(bool[] covered, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (covered[i])
            {
                return true;
            }
        }

        return false;
    }

    // Between two spans the annotated text is the stripped text plus escapes' and continuations'
    // backslashes and line breaks, so walking both from the end of the previous span's markup, and
    // skipping annotated characters that the stripped text lacks, lands exactly on the candidate.
    private static (int Line, int Column) Locate(ParsedDocument document, string annotated, int textOffset)
    {
        var text = 0;
        var file = 0;
        foreach (var span in document.Spans)
        {
            if (span.Parent < 0 && span.TextEnd <= textOffset && span.TextEnd >= text)
            {
                text = span.TextEnd;
                file = span.Start + span.Length;
            }
        }

        var stripped = document.Text;
        while (text < textOffset && file < annotated.Length)
        {
            if (annotated[file] == stripped[text])
            {
                text++;
            }

            file++;
        }

        while (file < annotated.Length && annotated[file] != stripped[textOffset] && (annotated[file] is '\\' or '\r' or '\n'))
        {
            file++;
        }

        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < file; i++)
        {
            if (annotated[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, file - lineStart + 1);
    }

    [GeneratedRegex(
        """
        (?:\b\d{1,2}(?:st|nd|rd|th)?[ \u00A0])?\b(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:[ \u00A0]\d{1,2}(?:st|nd|rd|th)?,?)?(?:[ \u00A0]\d{4})?\b
        |\b\d{4}-\d{2}(?:-\d{2})?\b
        |\b\d+(?:[.,]\d+)?(?:[ \u00A0-](?:kilometres?|kilometers?|km|metres?|meters?|m|cm|miles?|minutes?|min|seconds?|sec|s|hours?|h|days?|weeks?|months?|years?)\b)(?:[ \u00A0](?:and|,)[ \u00A0]\d+[ \u00A0](?:seconds?|minutes?|hours?))?
        |\b(?:aged|age)[ \u00A0]\d+\b
        |\b\d+(?:st|nd|rd|th)\b
        |\b\d+(?:[.,]\d+)?\b
        |\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|twice|thrice|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\b
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();
}
