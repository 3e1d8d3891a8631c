using LeonovData.Generator.Model;

namespace LeonovData.Generator.Syntax;

/// <summary>
/// The syntax of one annotated document. Caching contract: a pure function of the file's path
/// and text, so editing one document re-parses only that document.
/// </summary>
/// <param name="Path">The path the compiler knows the file by; diagnostics are reported against it.</param>
/// <param name="RelativePath">What citations, sources and the export call the document (<see cref="DocumentPaths"/>); the file name until the generator knows the project.</param>
/// <param name="Header">The first-line header block, when present.</param>
/// <param name="Spans">Every span in document order (a parent before its children).</param>
/// <param name="Text">The document with all markup removed: the source text exactly.</param>
/// <param name="Diagnostics">Syntax errors, each at its exact place.</param>
internal sealed record ParsedDocument(
    string Path,
    string RelativePath,
    AttributeBlock? Header,
    EquatableArray<SpanNode> Spans,
    string Text,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    public bool HasErrors => !Diagnostics.IsEmpty;

    /// <summary>Ids declared by attribute blocks that became no span because of a syntax error
    /// (reported); the binder does not report references to them again.</summary>
    public EquatableArray<string> BrokenIds { get; init; } = EquatableArray<string>.Empty;
}
