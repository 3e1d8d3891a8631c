using System;
using System.Collections.Generic;
using System.IO;

namespace LeonovData.Synthetic;

/// <summary>A synthetic annotated document: its file name, the annotated text, and what stripping the markup gives back.</summary>
internal sealed record SyntheticDocument(string FileName, string Text, string StrippedText);

/// <summary>
/// A seeded synthetic corpus, valid against the Leonov schema (<c>seeds/leonov.leoschema</c>), for
/// benchmarks, differential tests and fuzzing seeds. The same (documents, facts, seed) always gives
/// the same bytes. Depends on the BCL only, so other projects can link these files.
/// </summary>
/// <remarks>
/// A fact is one annotated span; about nine in ten make a statement (the others are entity
/// declarations, mentions and unit conversions). Each document is a pure function of its index, so
/// <see cref="Document"/> can regenerate one document alone, for example with one value edited.
/// </remarks>
internal static class SyntheticCorpus
{
    /// <summary>The fewest facts a document has: the anchor sentences every document declares.</summary>
    public const int MinimumFacts = DocumentSynthesiser.AnchorSpans;

    /// <summary>Every document of the corpus, in file-name order.</summary>
    public static IReadOnlyList<SyntheticDocument> Generate(int documents, int factsPerDocument, int seed = 1)
    {
        if (documents < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(documents), documents, "a corpus has at least one document");
        }

        var result = new SyntheticDocument[documents];
        for (var i = 0; i < documents; i++)
        {
            result[i] = Document(i, documents, factsPerDocument, seed);
        }

        return result;
    }

    /// <summary>
    /// One document of the corpus. A non-zero <paramref name="revision"/> edits one value: the day of
    /// the document's anchor mission date, keeping its length, so every other span stays where it was
    /// (the header's sha256= follows the edit).
    /// </summary>
    public static SyntheticDocument Document(int index, int documents, int factsPerDocument, int seed = 1, int revision = 0)
    {
        var (annotated, plain) = DocumentSynthesiser.Write(seed, index, documents, factsPerDocument, revision);
        return new SyntheticDocument(FileName(index), annotated, plain);
    }

    /// <summary>The document's file name: zero-padded, so that ordinal file-name order is index order.</summary>
    public static string FileName(int index) => $"synthetic-{index:D5}.leo";

    /// <summary>Writes the corpus's documents into <paramref name="folder"/> (created if needed); returns their paths.</summary>
    public static IReadOnlyList<string> WriteTo(string folder, int documents, int factsPerDocument, int seed = 1)
    {
        Directory.CreateDirectory(folder);
        var paths = new List<string>();
        foreach (var document in Generate(documents, factsPerDocument, seed))
        {
            var path = Path.Combine(folder, document.FileName);
            File.WriteAllText(path, document.Text);
            paths.Add(path);
        }

        return paths;
    }
}
