using System.Collections.Immutable;
using LeonovData.Synthetic;
using Microsoft.CodeAnalysis;

namespace LeonovData.Benchmarks;

/// <summary>A synthetic corpus as the compiler hands it to the generator: the Leonov schema and the documents.</summary>
internal sealed class SyntheticInputs
{
    public const string Folder = "/synthetic/";

    public SyntheticInputs(int documents, int facts, int seed = 1)
    {
        Documents = documents;
        Facts = facts;
        Seed = seed;
        var schema = File.ReadAllText(Path.Combine(Corpus.Folder, "leonov.leoschema"));
        var texts = SyntheticCorpus.Generate(documents, facts, seed);
        Files = texts.Select(static d => (AdditionalText)new Corpus.InMemoryText(Folder + d.FileName, d.Text))
            .Prepend(new Corpus.InMemoryText(Folder + "leonov.leoschema", schema))
            .ToImmutableArray();
        Texts = texts.Select(static d => d.Text).ToList();
        Bytes = texts.Sum(static d => (long)System.Text.Encoding.UTF8.GetByteCount(d.Text));
    }

    public int Documents { get; }

    public int Facts { get; }

    public int Seed { get; }

    public ImmutableArray<AdditionalText> Files { get; }

    public IReadOnlyList<string> Texts { get; }

    /// <summary>The documents' size in UTF-8, what "the corpus's bytes" means in the goals.</summary>
    public long Bytes { get; }

    /// <summary>The document in the middle of the corpus, as it is and with one value edited.</summary>
    public (AdditionalText Original, AdditionalText Edited) EditedDocument(int revision = 1)
    {
        var index = Documents / 2;
        var original = Files.First(f => f.Path == Folder + SyntheticCorpus.FileName(index));
        var edited = SyntheticCorpus.Document(index, Documents, Facts, Seed, revision);
        return (original, new Corpus.InMemoryText(original.Path, edited.Text));
    }

    /// <summary>The baseline of the generator goals: splitting every document into lines.</summary>
    public int SplitLines()
    {
        var lines = 0;
        foreach (var text in Texts)
        {
            lines += text.Split('\n').Length;
        }

        return lines;
    }
}
