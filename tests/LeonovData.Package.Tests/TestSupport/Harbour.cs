namespace LeonovData.Package.Tests.TestSupport;

/// <summary>
/// Consumers of a small corpus of their own: the schema of samples/OwnCorpus (sailing ships) and
/// documents written by each test, with the bundled Leonov corpus switched off so builds stay small.
/// </summary>
internal static class Harbour
{
    public const string Namespace = "Harbour.Facts";

    public static string SampleDirectory => Path.Combine(Repository.Samples, "OwnCorpus");

    public static string Schema => File.ReadAllText(Path.Combine(SampleDirectory, "Documents", "harbour.leoschema"));

    /// <summary>A one-line document declaring the ship Marlin; <paramref name="sentence"/> follows her name.</summary>
    public static string Document(string id, string sentence) =>
        $"{{#{id} .source kind=note subject=marlin}}\n[Marlin]{{.ship #marlin}} {sentence}\n";

    public static Consumer Create(PackageFixture package, string name, string properties = "", string items = "") =>
        Consumer.Create(
                package,
                name,
                $"<LeonovDataIncludeLeonovCorpus>false</LeonovDataIncludeLeonovCorpus>\n<LeonovDataNamespace>{Namespace}</LeonovDataNamespace>\n" + properties,
                items)
            .Write("Documents/harbour.leoschema", Schema);
}
