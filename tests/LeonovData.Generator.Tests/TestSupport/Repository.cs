namespace LeonovData.Generator.Tests.TestSupport;

/// <summary>Paths in the repository the tests run from (found by walking up to LeonovData.sln).</summary>
internal static class Repository
{
    private static readonly Lazy<string> s_root = new(static () =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "LeonovData.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"no LeonovData.sln above {AppContext.BaseDirectory}");
    });

    public static string Root => s_root.Value;

    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>The seed documents and schema, as (path, text), in file-name order.</summary>
    public static IReadOnlyList<(string Path, string Text)> SeedFiles() =>
        Directory.EnumerateFiles(Seeds)
            .Where(static f => f.EndsWith(".leo", StringComparison.Ordinal) || f.EndsWith(".leoschema", StringComparison.Ordinal))
            .OrderBy(static f => f, StringComparer.Ordinal)
            .Select(static f => (f, File.ReadAllText(f)))
            .ToList();
}
