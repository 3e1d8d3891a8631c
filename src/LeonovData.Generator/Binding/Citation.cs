using LeonovData.Generator.Model;

namespace LeonovData.Generator.Binding;

/// <summary>Where a fact was stated: the document (its <see cref="Model.DocumentPaths">relative path</see>), one-based line and column of its span, the covered text, and its sentence.</summary>
/// <remarks>The sentence is a slice of the document's stripped text (<see cref="TextSlice"/>, compared by
/// content), so a corpus's citations hold no copy of the text they cite. A value inside the statement,
/// entity or qualifier it cites for, not an object of its own: the driver keeps one per fact of the
/// corpus, and an object each (56 bytes and a reference) was a tenth of the bound model it keeps.</remarks>
internal readonly record struct Citation(string Document, int Line, int Column, string Quote, TextSlice Sentence)
{
    public Citation(string document, int line, int column, string quote, string sentence)
        : this(document, line, column, quote, new TextSlice(sentence))
    {
    }

    /// <summary>Field by field, as the compiler's would, but calling <see cref="TextSlice.Equals(TextSlice)"/>
    /// directly rather than through <c>EqualityComparer&lt;TextSlice&gt;.Default</c> (one generic
    /// comparer fewer for a fresh process to compile; the records holding a citation still compare it
    /// through <c>EqualityComparer&lt;Citation&gt;.Default</c>).</summary>
    public bool Equals(Citation other) =>
        Line == other.Line && Column == other.Column && string.Equals(Document, other.Document, System.StringComparison.Ordinal)
            && string.Equals(Quote, other.Quote, System.StringComparison.Ordinal) && Sentence.Equals(other.Sentence);

    public override int GetHashCode() =>
        (((((Document?.GetHashCode() ?? 0) * 31 + Line) * 31) + Column) * 31 + (Quote?.GetHashCode() ?? 0)) * 31 + Sentence.GetHashCode();

    public override string ToString() => $"{Document}({Line},{Column})";
}
