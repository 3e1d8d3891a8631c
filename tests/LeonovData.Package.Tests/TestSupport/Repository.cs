namespace LeonovData.Package.Tests.TestSupport;

/// <summary>Paths inside the LeonovData repository the tests run from.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string GeneratorProject => Path.Combine(Root, "src", "LeonovData.Generator", "LeonovData.Generator.csproj");

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Samples => Path.Combine(Root, "samples");

    public static string Docs => Path.Combine(Root, "docs");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "LeonovData.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"LeonovData.sln not found above {AppContext.BaseDirectory}");
    }
}
