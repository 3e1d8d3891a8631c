using System;
using System.Collections.Generic;

namespace LeonovData.Generator.Model;

/// <summary>
/// How citations, sources and the export name a document: by its path relative to the project, with
/// forward slashes (<c>Documents/notes.leo</c>), so that two <c>notes.leo</c> in different folders stay
/// distinct and the name is the same on every machine. The bundled corpus's documents keep their bare
/// file names (<c>003-encyclopedia.leo</c>), wherever the package cache is. Without a project folder
/// (a compilation outside MSBuild) a document is named by its file name. Diagnostics are unaffected:
/// they keep the path the compiler was given.
/// </summary>
/// <param name="ProjectDirectory">The project's folder (MSBuild's <c>MSBuildProjectDirectory</c>), if known.</param>
/// <param name="CorpusDirectory">The bundled corpus's folder (the package's <c>build/leonov/</c>), if known.</param>
internal sealed record DocumentPaths(string? ProjectDirectory, string? CorpusDirectory)
{
    public static readonly DocumentPaths None = new(null, null);

    /// <summary>Whether the file is one of the bundled Leonov corpus, which the user does not own.</summary>
    public bool IsBundled(string path) => CorpusDirectory is { Length: > 0 } corpus && IsUnder(Normalize(path), Normalize(corpus));

    public string RelativePath(string path)
    {
        var file = Normalize(path);
        if (IsBundled(path))
        {
            return LocationInfo.FileNameOf(file);
        }

        return ProjectDirectory is { Length: > 0 } project && Relative(file, Normalize(project)) is { } relative
            ? relative
            : LocationInfo.FileNameOf(file);
    }

    private static string Normalize(string path) => path.Replace('\\', '/');

    private static bool IsUnder(string file, string directory) =>
        file.StartsWith(directory.EndsWith("/", StringComparison.Ordinal) ? directory : directory + "/", StringComparison.Ordinal);

    /// <summary><paramref name="file"/> relative to <paramref name="directory"/>, climbing with <c>../</c> when it lies outside; null without a common root.</summary>
    private static string? Relative(string file, string directory)
    {
        var fileParts = file.Split('/');
        var directoryParts = directory.TrimEnd('/').Split('/');
        var common = 0;
        while (common < directoryParts.Length && common < fileParts.Length - 1 && string.Equals(fileParts[common], directoryParts[common], StringComparison.Ordinal))
        {
            common++;
        }

        // Different roots ('C:' and 'D:', or a relative path the compiler did not resolve): no relative path exists.
        if (common == 0)
        {
            return null;
        }

        var parts = new List<string>();
        for (var i = common; i < directoryParts.Length; i++)
        {
            parts.Add("..");
        }

        for (var i = common; i < fileParts.Length; i++)
        {
            parts.Add(fileParts[i]);
        }

        return string.Join("/", parts);
    }
}
