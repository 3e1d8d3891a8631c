using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LeonovData.Tool.Inputs;

/// <summary>
/// A file on disk as the generator's stages receive one from the compiler (an AdditionalText),
/// read with the compiler's default: UTF-8, a byte order mark honoured and dropped.
/// </summary>
internal sealed class FileText(string path) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default)
    {
        using var stream = File.OpenRead(Path);
        return SourceText.From(stream, Encoding.UTF8);
    }

    public static ImmutableArray<AdditionalText> All(IEnumerable<string> paths) =>
        paths.Select(static p => (AdditionalText)new FileText(p)).ToImmutableArray();
}
