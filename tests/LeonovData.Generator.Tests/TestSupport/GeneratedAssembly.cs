namespace LeonovData.Generator.Tests.TestSupport;

using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Xunit;

/// <summary>
/// The consumer's compilation, generated code included, emitted and loaded into a collectible load
/// context so a test can run it and the assembly goes away afterwards.
/// </summary>
internal sealed class GeneratedAssembly : IDisposable
{
    private readonly AssemblyLoadContext _context;

    private GeneratedAssembly(AssemblyLoadContext context, Assembly assembly)
    {
        _context = context;
        Assembly = assembly;
    }

    public Assembly Assembly { get; }

    /// <param name="runtime">The build of LeonovData.Runtime to run it with; by default the one it was compiled against.</param>
    public static GeneratedAssembly Load(Compilation compilation, string? runtime = null)
    {
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        Assert.True(result.Success, "The generated code does not emit:\n" + string.Join("\n", result.Diagnostics.Where(static d => d.Severity == DiagnosticSeverity.Error)));

        image.Position = 0;
        runtime ??= compilation.References.OfType<PortableExecutableReference>().Select(static r => r.FilePath).FirstOrDefault(static p => Path.GetFileName(p) == "LeonovData.Runtime.dll");
        var context = new ConsumerContext(runtime);
        return new GeneratedAssembly(context, context.LoadFromStream(image));
    }

    /// <summary>Calls a static method of the consumer or of the generated code, public or not.</summary>
    public object? Invoke(string typeName, string method, params object?[] arguments)
    {
        var type = Assembly.GetType(typeName, throwOnError: true)!;
        var target = type.GetMethod(method, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new MissingMethodException(typeName, method);
        try
        {
            return target.Invoke(null, arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw new InvalidOperationException($"{typeName}.{method} threw: {e.InnerException}", e.InnerException);
        }
    }

    public void Dispose() => _context.Unload();

    /// <summary>Loads the consumer with the build of LeonovData.Runtime it was compiled against, its own copy, unloaded with it.</summary>
    private sealed class ConsumerContext(string? runtime) : AssemblyLoadContext("LeonovData.Consumer." + Guid.NewGuid().ToString("N"), isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName name) =>
            name.Name == "LeonovData.Runtime" && runtime is not null ? LoadFromAssemblyPath(runtime) : null;
    }
}
