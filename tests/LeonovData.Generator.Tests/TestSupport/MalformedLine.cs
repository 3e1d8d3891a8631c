namespace LeonovData.Generator.Tests.TestSupport;

using System.Text.RegularExpressions;
using LeonovData.Generator.Binding;
using LeonovData.Generator.Syntax;

/// <summary>
/// One broken annotation, written as a line appended to a document about Alexei Leonov (it uses
/// only the person kind, <c>born</c> and the entity <c>alexei-leonov</c>, which every Leonov-like
/// corpus has), and the diagnostic it must produce: its ID and the exact span it must point at,
/// the last occurrence of <see cref="At"/> on the line, <see cref="Length"/> characters long.
/// </summary>
public sealed record MalformedLine(string Name, string Line, string Id, string At, int Length)
{
    /// <summary>The cases of the design's promise: a broken fact is a build error at its place.</summary>
    public static IReadOnlyList<MalformedLine> All { get; } = new MalformedLine[]
    {
        new("impossible date", "[32 March 1965]{.date p=born}", "LEO0203", "[32 March 1965]{.date p=born}", 29),
        new("misspelt month", "[18 Marhc 1965]{.date p=born}", "LEO0203", "[18 Marhc 1965]{.date p=born}", 29),
        new("unknown kind", "[Leonov]{.persn e=alexei-leonov}", "LEO0201", ".persn", 6),
        new("unknown property", "[1934]{.date p=bron}", "LEO0202", "bron", 4),
        new("unterminated quote", "[Leonov]{.person e=alexei-leonov name=\"Alexei}", "LEO0007", "\"", 1),
        new("unterminated attribute block", "[Leonov]{.person e=alexei-leonov", "LEO0006", "{", 1),
        new("unknown entity id", "[Leonov]{.person e=alexei-leonof}", "LEO0205", "alexei-leonof", 13),
        new("duplicate id", "[Anna]{.person #twin-of-anna} met [Anna]{.person #twin-of-anna}", "LEO0206", "#twin-of-anna", 13),
        new("v= disagreeing with the text", "[18 March 1965]{.date p=born v=1965-03-19}", "LEO0204", "v=1965-03-19", 12),
        new("unquoted value with punctuation", "[1965]{.date p=born v=1965.03}", "LEO0008", "1965.03", 7),
        new("unescaped bracket inside covered text", "[He drank [the borscht] with us]{.person e=alexei-leonov}", "LEO0002", "] with", 1),
    };

    /// <summary>Zero-based column where the diagnostic must start.</summary>
    public int Column => Line.LastIndexOf(At, StringComparison.Ordinal) is var column and >= 0
        ? column
        : throw new InvalidOperationException($"'{At}' is not on the line of case '{Name}'");

    /// <summary>
    /// The document with the line appended on a new line of its own, and the header's sha256
    /// (when there is one) updated so the appended text is the only problem.
    /// </summary>
    public string AppendTo(string document, out int zeroBasedLine)
    {
        var text = document.EndsWith('\n') ? document + Line + "\n" : document + "\n" + Line;
        zeroBasedLine = text[..text.LastIndexOf(Line, StringComparison.Ordinal)].Count(static c => c == '\n');
        return WithCurrentHash(text);
    }

    /// <summary>The document with its header's sha256= recomputed for its own stripped text.</summary>
    public static string WithCurrentHash(string text)
    {
        var hash = Regex.Match(text, @"^\{[^\n]*\bsha256=([0-9a-fA-F]+)");
        if (!hash.Success)
        {
            return text;
        }

        var current = HeaderReader.Sha256Hex(DocumentParser.Parse("document.leo", text).Text);
        var group = hash.Groups[1];
        return text[..group.Index] + current + text[(group.Index + group.Length)..];
    }

    public override string ToString() => Name;
}
