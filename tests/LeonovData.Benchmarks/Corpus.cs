using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LeonovData.Benchmarks;

/// <summary>The Leonov corpus as the compiler hands it to the generator.</summary>
internal static class Corpus
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static string Encyclopedia => File.ReadAllText(Path.Combine(Folder, "003-encyclopedia.leo"));

    public static ImmutableArray<AdditionalText> Files() =>
        Directory.EnumerateFiles(Folder)
            .Where(static f => f.EndsWith(".leo", StringComparison.Ordinal) || f.EndsWith(".leoschema", StringComparison.Ordinal))
            .OrderBy(static f => f, StringComparer.Ordinal)
            .Select(static f => (AdditionalText)new InMemoryText(f, File.ReadAllText(f)))
            .ToImmutableArray();

    internal sealed class InMemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
