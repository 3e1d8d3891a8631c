namespace LeonovData.Tool.Tests.TestSupport;

/// <summary>Paths inside the repository the tests run from, and fresh temporary folders of this run.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string OwnCorpus => Path.Combine(Root, "samples", "OwnCorpus");

    public static string ToolProject => Path.Combine(Root, "src", "LeonovData.Tool", "LeonovData.Tool.csproj");

    /// <summary>This run's temporary folders, removed when the test host exits (set LEONOVDATA_KEEP_TEST_FOLDERS=1 to keep them).</summary>
    private static readonly Lazy<string> RunRoot = new(static () =>
    {
        var parent = Path.Combine(Path.GetTempPath(), "leonovdata-tool-tests");
        var root = Path.Combine(parent, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}"[..24]);
        Directory.CreateDirectory(root);

        // A test host that is killed rather than exiting leaves its run behind: runs older than a day go now.
        foreach (var old in new DirectoryInfo(parent).EnumerateDirectories().Where(static d => d.CreationTimeUtc < DateTime.UtcNow.AddDays(-1)))
        {
            Delete(old.FullName);
        }

        if (Environment.GetEnvironmentVariable("LEONOVDATA_KEEP_TEST_FOLDERS") != "1")
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Delete(root);
        }

        return root;
    });

    /// <summary>A new empty folder of this run, with sentinels so nothing above it (an .editorconfig) applies.</summary>
    public static string NewFolder(string name)
    {
        var folder = Path.Combine(RunRoot.Value, $"{name}-{Guid.NewGuid():N}"[..(name.Length + 9)]);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, ".editorconfig"), "root = true\n");
        return folder;
    }

    /// <summary>Where tests leave what a person may want to look at (screenshots): under the test output.</summary>
    public static string Artifacts(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "artifacts", name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A process a test started may still hold a file; the folder is under the system's temp.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

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
