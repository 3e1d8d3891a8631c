using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace LeonovData.Benchmarks;

/// <summary>
/// LeonovData.Runtime's net8.0 build, as the package gives it to a .NET consumer: a compile reference
/// of every consumer compilation here, and, at run time, one copy shared by every consumer loaded,
/// as in a real process (tests/RuntimeBuilds.targets copies it beside the benchmarks).
/// </summary>
internal static class RuntimeAssembly
{
    public static string Path { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "runtime", "net8.0", "LeonovData.Runtime.dll");

    public static MetadataReference Reference { get; } = MetadataReference.CreateFromFile(Path);

    /// <summary>
    /// What a program on this machine runs: the package's ReadyToRun image for the platform (the .NET
    /// host picks runtimes/&lt;rid&gt;/ over lib/), or the IL build where none was made.
    /// </summary>
    public static string ImagePath
    {
        get
        {
            var image = System.IO.Path.Combine(AppContext.BaseDirectory, "runtime", "net8.0", "r2r", System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier, "LeonovData.Runtime.dll");
            return File.Exists(image) ? image : Path;
        }
    }

    private static readonly Lazy<Assembly> s_loaded = new(static () => AssemblyLoadContext.Default.LoadFromAssemblyPath(ImagePath));

    /// <summary>The runtime, loaded once into the default context.</summary>
    public static Assembly Loaded => s_loaded.Value;
}
