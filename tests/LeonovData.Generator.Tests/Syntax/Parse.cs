namespace LeonovData.Generator.Tests.Syntax;

using LeonovData.Generator.Syntax;
using Xunit;

/// <summary>Parses test texts the way the generator does, and asserts the invariants every parse keeps.</summary>
internal static class Parse
{
    public const string Path = "/docs/test.leo";

    public static ParsedDocument Text(string text)
    {
        var document = DocumentParser.Parse(Path, text);
        Invariants(text, document);
        return document;
    }

    /// <summary>Parses a text that must be free of errors.</summary>
    public static ParsedDocument Clean(string text)
    {
        var document = Text(text);
        Assert.True(document.Diagnostics.IsEmpty, $"expected no diagnostics for {Show(text)} but got:\n{TestSupport.CorpusAssert.Describe(document.Diagnostics)}");
        return document;
    }

    /// <summary>
    /// What holds for every input, valid or not: spans locate their covered text in the stripped
    /// text, parents come before children, and every location lies inside the file.
    /// </summary>
    public static void Invariants(string text, ParsedDocument document)
    {
        for (var i = 0; i < document.Spans.Count; i++)
        {
            var span = document.Spans[i];
            // A span's index is its place in the list; its numbers and its location agree, and its block ends it.
            Assert.Equal((span.Start, span.Length), (span.Location.Start, span.Location.Length));
            Assert.InRange(span.Block.Start, span.Start + 1, span.Start + span.Length - 1);
            Assert.InRange(span.TextStart, 0, span.TextEnd);
            Assert.InRange(span.TextEnd, span.TextStart, document.Text.Length);
            Assert.Equal(document.Text.Substring(span.TextStart, span.TextEnd - span.TextStart), span.Covered);
            Assert.InRange(span.Parent, -1, i - 1);
            if (span.Parent >= 0)
            {
                var parent = document.Spans[span.Parent];
                Assert.InRange(span.TextStart, parent.TextStart, parent.TextEnd);
                Assert.InRange(span.TextEnd, parent.TextStart, parent.TextEnd);
                Assert.True(parent.Location.Start < span.Location.Start);
            }

            if (i > 0)
            {
                Assert.True(document.Spans[i - 1].Location.Start < span.Location.Start, "spans are in document order");
            }

            Assert.Equal('[', text[span.Location.Start]);
            // A block never closed (reported) ends after its last attribute instead.
            Assert.True(text[span.Location.Start + span.Location.Length - 1] == '}' || span.Block.HasErrors, "a span ends with its block's '}'");
        }

        foreach (var diagnostic in document.Diagnostics)
        {
            Assert.NotNull(diagnostic.Location);
            Assert.Equal(Path, diagnostic.Location!.FilePath);
            Assert.InRange(diagnostic.Location.Start, 0, text.Length);
            Assert.InRange(diagnostic.Location.Start + diagnostic.Location.Length, diagnostic.Location.Start, text.Length);
        }
    }

    public static string Show(string text) =>
        "'" + (text.Length > 80 ? text[..80] + "…" : text).Replace("\r", "\\r").Replace("\n", "\\n") + "'";
}
