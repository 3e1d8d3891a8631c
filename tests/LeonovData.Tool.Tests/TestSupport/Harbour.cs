namespace LeonovData.Tool.Tests.TestSupport;

/// <summary>A small project folder as a new user writes one: two documents and a schema (the OwnCorpus sample's).</summary>
internal static class Harbour
{
    public static string Create(string name, string? refit = null)
    {
        var folder = Repository.NewFolder(name);
        var sample = Path.Combine(Repository.OwnCorpus, "Documents");
        Directory.CreateDirectory(Path.Combine(folder, "docs"));
        File.Copy(Path.Combine(sample, "harbour.leoschema"), Path.Combine(folder, "docs", "harbour.leoschema"));
        File.Copy(Path.Combine(sample, "museum-label.leo"), Path.Combine(folder, "docs", "museum-label.leo"));
        File.WriteAllText(
            Path.Combine(folder, "docs", "refit.leo"),
            refit ?? "{#refit .source kind=note subject=marlin}\nThe [Marlin]{.ship e=marlin} was refitted at [Port Ellery]{.place e=port-ellery} in 1902, some 11 years after her launch on 14 April 1891.\n");
        return folder;
    }
}
