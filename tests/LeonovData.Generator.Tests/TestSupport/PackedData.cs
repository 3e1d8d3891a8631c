using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace LeonovData.Generator.Tests.TestSupport;

/// <summary>
/// Reads the data literals of generated code (the generator's Emit/PackedLiteral.cs) back into their
/// text, as the compiler and the runtime would: tests that look for a value in the generated data search
/// what the data says, not the packed chars that carry it.
/// </summary>
internal static class PackedData
{
    private const char Marker = '\uE04C';

    /// <summary>The generated source with each data literal replaced by its key and its UTF-8 text, decoded.</summary>
    public static string Readable(string source)
    {
        var root = CSharpSyntaxTree.ParseText(source).GetRoot();
        var literals = root.DescendantNodes().OfType<LiteralExpressionSyntax>()
            .Where(static l => l.IsKind(SyntaxKind.StringLiteralExpression) && l.Token.ValueText.Length > 0 && l.Token.ValueText[0] == Marker)
            .ToList();
        var text = new StringBuilder(source);
        foreach (var literal in literals.OrderByDescending(static l => l.SpanStart))
        {
            var (key, bytes) = Unpack(literal.Token.ValueText);
            text.Remove(literal.SpanStart, literal.Span.Length).Insert(literal.SpanStart, "/* " + key + " */ " + Encoding.UTF8.GetString(bytes));
        }

        return text.ToString();
    }

    /// <summary>A data literal's key and bytes: the header, then two bytes to a char, little-endian.</summary>
    public static (string Key, byte[] Bytes) Unpack(string literal)
    {
        Assert.Equal(Marker, literal[0]);
        var end = literal.IndexOfAny(new[] { '\uE000', '\uE001' });
        Assert.True(end > 1, "a data literal's header ends with U+E000 or U+E001");
        var packed = literal.Substring(end + 1);
        var bytes = new byte[(packed.Length * 2) - (literal[end] == '\uE001' ? 1 : 0)];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(packed[i / 2] >> (8 * (i % 2)));
        }

        return (literal.Substring(1, end - 1), bytes);
    }
}
