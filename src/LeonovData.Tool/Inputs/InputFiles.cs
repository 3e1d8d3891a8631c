using System.Collections.Immutable;
using Microsoft.Extensions.FileSystemGlobbing;

namespace LeonovData.Tool.Inputs;

/// <summary>
/// The annotated documents and schemas of one run, found as the MSBuild wiring finds them
/// (src/LeonovData.Generator/build/LeonovData.props): every <c>**/*.leo</c> and <c>**/*.leoschema</c>
/// under a folder, minus <c>bin/</c>, <c>obj/</c> and hidden folders, plus the bundled Leonov corpus
/// when asked. Paths are full paths, as the compiler receives them, so diagnostics print the same.
/// </summary>
/// <param name="Root">The folder that stands for the project folder: .editorconfig files and relative paths start here.</param>
internal sealed record InputFiles(string Root, ImmutableArray<string> Documents, ImmutableArray<string> Schemas)
{
    public const string DocumentExtension = ".leo";
    public const string SchemaExtension = ".leoschema";

    /// <summary>Resolves files, folders and globs (relative to <paramref name="currentDirectory"/>); none means the current folder.</summary>
    public static InputFiles Find(IReadOnlyList<string> paths, bool includeLeonov, string currentDirectory)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var requested = paths.Count == 0 ? new[] { "." } : paths;
        foreach (var path in requested)
        {
            foreach (var file in Expand(path, currentDirectory))
            {
                found.Add(file);
            }
        }

        // The project's own files first, then the bundled corpus: the order a build hands them over.
        var files = found.ToList();
        if (includeLeonov)
        {
            files.AddRange(Directory.EnumerateFiles(BundledCorpus.Directory).Where(IsInput).Select(Path.GetFullPath).Order(StringComparer.Ordinal).Except(found));
        }

        var root = RootOf(requested, currentDirectory);
        return new InputFiles(
            root,
            files.Where(static f => f.EndsWith(DocumentExtension, StringComparison.OrdinalIgnoreCase)).ToImmutableArray(),
            files.Where(static f => f.EndsWith(SchemaExtension, StringComparison.OrdinalIgnoreCase)).ToImmutableArray());
    }

    public static bool IsInput(string path) =>
        path.EndsWith(DocumentExtension, StringComparison.OrdinalIgnoreCase) || path.EndsWith(SchemaExtension, StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> Expand(string path, string currentDirectory)
    {
        var full = Path.GetFullPath(path, currentDirectory);
        if (File.Exists(full))
        {
            return IsInput(full)
                ? new[] { full }
                : throw new UsageException($"'{path}' is neither a .leo document nor a .leoschema schema");
        }

        if (Directory.Exists(full))
        {
            return Match(full, new[] { "**/*" + DocumentExtension, "**/*" + SchemaExtension });
        }

        if (path.IndexOfAny(['*', '?']) >= 0)
        {
            // A glob: the folder part before its first wildcard is the base, as MSBuild's items do.
            var wildcard = path.IndexOfAny(['*', '?']);
            var separator = path.LastIndexOfAny(['/', '\\'], wildcard);
            var baseFolder = Path.GetFullPath(separator < 0 ? "." : path[..(separator + 1)], currentDirectory);
            var pattern = separator < 0 ? path : path[(separator + 1)..];
            var matches = Directory.Exists(baseFolder) ? Match(baseFolder, new[] { pattern }).Where(IsInput).ToList() : [];
            return matches.Count > 0 ? matches : throw new UsageException($"'{path}' matches no .leo or .leoschema file");
        }

        throw new UsageException($"'{path}' does not exist");
    }

    // DefaultItemExcludes and DefaultExcludesInProjectFolder of the .NET SDK.
    private static IEnumerable<string> Match(string folder, IEnumerable<string> patterns)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(patterns);
        matcher.AddExcludePatterns(new[] { "bin/**", "obj/**", "**/.*/**" });
        return matcher.GetResultsInFullPath(folder).Select(Path.GetFullPath);
    }

    private static string RootOf(IReadOnlyList<string> paths, string currentDirectory)
    {
        if (paths.Count == 1)
        {
            var full = Path.GetFullPath(paths[0], currentDirectory);
            if (Directory.Exists(full))
            {
                return Path.TrimEndingDirectorySeparator(full);
            }
        }

        return Path.TrimEndingDirectorySeparator(Path.GetFullPath(currentDirectory));
    }
}

/// <summary>A command line that asks for something impossible: exit code 2 with this message.</summary>
internal sealed class UsageException(string message) : Exception(message);
