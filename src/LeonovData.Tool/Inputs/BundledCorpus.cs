namespace LeonovData.Tool.Inputs;

/// <summary>The Leonov documents and schema shipped inside the tool (leonov/ beside the tool's assembly).</summary>
internal static class BundledCorpus
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "leonov");
}
