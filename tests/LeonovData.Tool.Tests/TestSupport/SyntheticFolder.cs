using LeonovData.Synthetic;

namespace LeonovData.Tool.Tests.TestSupport;

/// <summary>
/// A folder holding issue 7's seeded synthetic corpus (tests/LeonovData.Benchmarks/Synthetic, linked)
/// with the Leonov schema it is written against. <paramref name="plantedErrors"/> documents get one
/// more line with a misspelt property, so the diagnostics path is compared on synthetic input too.
/// </summary>
internal static class SyntheticFolder
{
    public const string PlantedLine = "It was [1965]{.date p=borm}.\n";

    public static string Write(string name, int documents, int facts, int plantedErrors = 0)
    {
        var folder = Repository.NewFolder(name);
        File.Copy(Path.Combine(Repository.Seeds, "leonov.leoschema"), Path.Combine(folder, "leonov.leoschema"));
        var paths = SyntheticCorpus.WriteTo(folder, documents, facts, seed: 7);
        foreach (var path in paths.Take(plantedErrors))
        {
            File.AppendAllText(path, PlantedLine);
        }

        return folder;
    }
}
