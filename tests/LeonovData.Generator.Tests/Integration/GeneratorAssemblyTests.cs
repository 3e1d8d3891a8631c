namespace LeonovData.Generator.Tests.Integration;

using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Xunit;

/// <summary>
/// The built generator can be loaded by the SDK's compiler: it targets netstandard2.0 and references
/// Microsoft.CodeAnalysis 4.x (the SDK's compiler silently skips a generator built against a newer
/// Roslyn, CS9057), and nothing the compiler does not itself bring.
/// </summary>
public sealed class GeneratorAssemblyTests
{
    /// <summary>Assemblies the compiler host loads itself; a generator may reference only these.</summary>
    private static readonly HashSet<string> s_providedByTheCompiler = new(StringComparer.Ordinal)
    {
        "netstandard", "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp", "System.Collections.Immutable", "System.Memory",
        "System.Buffers", "System.Numerics.Vectors", "System.Runtime.CompilerServices.Unsafe", "System.Reflection.Metadata",
        "System.Text.Encoding.CodePages", "System.Threading.Tasks.Extensions",
    };

    public static string GeneratorPath => typeof(LeonovGenerator).Assembly.Location;

    [Fact]
    public void ReferencesRoslyn4AndNothingTheCompilerDoesNotProvide()
    {
        using var stream = File.OpenRead(GeneratorPath);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var references = reader.AssemblyReferences.Select(handle => reader.GetAssemblyReference(handle))
            .Select(r => (Name: reader.GetString(r.Name), r.Version))
            .ToList();

        var roslyn = references.Where(static r => r.Name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)).ToList();
        Assert.Contains(roslyn, static r => r.Name == "Microsoft.CodeAnalysis");
        Assert.All(roslyn, static r => Assert.True(r.Version.Major == 4 && r.Version <= new Version(4, 14, 0, 0), $"{r.Name} {r.Version}: the generator must build against Roslyn 4.x (at most 4.14)"));
        Assert.All(references, static r => Assert.True(s_providedByTheCompiler.Contains(r.Name), $"the generator references {r.Name} {r.Version}, which the compiler does not load for it"));
    }

    [Fact]
    public void TargetsNetStandard20()
    {
        using var stream = File.OpenRead(GeneratorPath);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var frameworks = reader.CustomAttributes
            .Select(reader.GetCustomAttribute)
            .Where(a => AttributeName(reader, a) == "TargetFrameworkAttribute")
            .Select(a => System.Text.Encoding.UTF8.GetString(reader.GetBlobBytes(a.Value)))
            .ToList();

        Assert.Single(frameworks, static f => f.Contains(".NETStandard,Version=v2.0", StringComparison.Ordinal));
    }

    private static string AttributeName(MetadataReader reader, CustomAttribute attribute) => attribute.Constructor.Kind switch
    {
        HandleKind.MemberReference => reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent is { Kind: HandleKind.TypeReference } parent
            ? reader.GetString(reader.GetTypeReference((TypeReferenceHandle)parent).Name)
            : string.Empty,
        _ => string.Empty,
    };
}
