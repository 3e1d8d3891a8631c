namespace LeonovData.Generator.Tests.TestSupport;

/// <summary>Finds files of the repository (the seeds) from the test's output folder.</summary>
internal static class CorpusRepository
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

        throw new InvalidOperationException("LeonovData.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => s_root.Value;

    public static string Seed(string fileName) => Path.Combine(Root, "seeds", fileName);
}
