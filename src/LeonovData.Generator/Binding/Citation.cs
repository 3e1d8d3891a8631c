namespace LeonovData.Generator.Binding;

/// <summary>Where a fact was stated: the document (its <see cref="Model.DocumentPaths">relative path</see>), one-based line and column of its span, the covered text, and its sentence.</summary>
internal sealed record Citation(string Document, int Line, int Column, string Quote, string Sentence)
{
    public override string ToString() => $"{Document}({Line},{Column})";
}
