using LeonovData.Generator.Model;

namespace LeonovData.Generator.Binding;

/// <summary>Where a fact was stated: the document (its <see cref="Model.DocumentPaths">relative path</see>), one-based line and column of its span, the covered text, and its sentence.</summary>
/// <remarks>The sentence is a slice of the document's stripped text (<see cref="TextSlice"/>, compared by
/// content), so a corpus's citations hold no copy of the text they cite.</remarks>
internal sealed record Citation(string Document, int Line, int Column, string Quote, TextSlice Sentence)
{
    public Citation(string document, int line, int column, string quote, string sentence)
        : this(document, line, column, quote, new TextSlice(sentence))
    {
    }

    public override string ToString() => $"{Document}({Line},{Column})";
}
