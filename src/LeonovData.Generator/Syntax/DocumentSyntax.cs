using System;
using System.Threading;
using LeonovData.Generator.Model;

namespace LeonovData.Generator.Syntax;

/// <summary>
/// A document's syntax as the pipeline's Parsed step outputs it: what the parse is a pure function of
/// (the text as read, under its path, and what citations call it), and the parse itself
/// (<see cref="ParsedDocument"/>) only while a step needs it. The driver keeps every step's output
/// after a run; a corpus's parse trees (spans, their attribute arrays, their covered text and places)
/// were a quarter of what it kept, and once a document is bound nothing reads them until the document
/// is bound again. So the Declarations step parses on first use, the Bound step lets the tree go once
/// the document is bound, and a later bind (another document's ids changed, or the schema) parses
/// again from the kept text: a parse of one document is a few milliseconds, and re-binding costs more.
/// </summary>
/// <remarks>
/// <para>
/// Equality and hash are those of the inputs, never of the tree: the tree is a pure function of them,
/// so two handles of equal inputs have equal trees, and a handle whose tree was let go still compares
/// as the one that held it (the Parsed step's run reasons, and whether Declarations and Bound re-run,
/// are what they were when the step's output was the tree itself).
/// </para>
/// <para>
/// Thread safety: the IDE may run two drivers from one cached state at once, so two threads may hold
/// the same handle. A reader takes the tree into a local and uses only that local; letting go only
/// clears the field, so it never takes a tree from a reader that has it. Two readers that both find
/// the field empty both parse: the duplicate is harmless (the parse is pure and allocates its own
/// objects; the last one written is kept until let go), and rarer than a lock's cost on every read.
/// </para>
/// <para>
/// Bound lets go even when it is cancelled. A run cancelled between the two steps (documents parsed
/// for their declarations, not yet bound) leaves those trees on their handles until each document is
/// next bound. Only handles the driver had cached can outlive the cancelled run that way, and they are
/// parsed by Declarations only when the schema changed: a rare hole, closed by the next bind.
/// </para>
/// </remarks>
internal sealed class DocumentSyntax : IEquatable<DocumentSyntax>
{
    private readonly DocumentPaths _paths;
    private ParsedDocument? _tree;

    /// <param name="document">The document as read.</param>
    /// <param name="paths">The folders its relative path is taken from (<see cref="Stages.Parse(DocumentText, DocumentPaths, CancellationToken)"/>).</param>
    public DocumentSyntax(DocumentText document, DocumentPaths paths)
    {
        Document = document;
        _paths = paths;
        RelativePath = RelativePathOf(document.Path, paths);
    }

    public DocumentText Document { get; }

    /// <summary>
    /// What the parse names the document (<see cref="ParsedDocument.RelativePath"/>): of the folders,
    /// the parse depends on this alone, so a project moved elsewhere re-parses nothing.
    /// </summary>
    public string RelativePath { get; }

    public string Path => Document.Path;

    /// <summary>Whether the handle holds its tree now: for tests of what the driver keeps.</summary>
    internal bool HoldsTree => Volatile.Read(ref _tree) is not null;

    /// <summary>The document's parse: the one held, or a new one (then held until <see cref="Release"/>).</summary>
    public ParsedDocument Tree(CancellationToken cancellationToken)
    {
        var tree = Volatile.Read(ref _tree);
        if (tree is null)
        {
            tree = Stages.Parse(Document, _paths, cancellationToken);
            Volatile.Write(ref _tree, tree);
        }

        return tree;
    }

    /// <summary>Lets the tree go: a reader that took it keeps its own reference.</summary>
    public void Release() => Volatile.Write(ref _tree, null);

    public bool Equals(DocumentSyntax? other) =>
        other is not null && (ReferenceEquals(this, other) || (Document.Equals(other.Document) && string.Equals(RelativePath, other.RelativePath, StringComparison.Ordinal)));

    public override bool Equals(object? obj) => Equals(obj as DocumentSyntax);

    // The text's length, not its content: equal inputs have equal lengths, and hashing a
    // document's whole text for a hash nobody may ask for would cost as much as comparing it.
    public override int GetHashCode() => unchecked(
        ((StringComparer.Ordinal.GetHashCode(Document.Path) * 31) + StringComparer.Ordinal.GetHashCode(RelativePath)) * 31 + (Document.Text?.Length ?? -1));

    /// <summary>The relative path, or the compiler's path when the folders cannot give one (the parse then reports why).</summary>
    private static string RelativePathOf(string path, DocumentPaths paths)
    {
        try
        {
            return paths.RelativePath(path);
        }
        catch (Exception)
        {
            return path;
        }
    }
}
