namespace LeonovData.Generator.Tests.Generator;

using Basic.Reference.Assemblies;
using LeonovData.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

/// <summary>
/// Consumers that cannot use UTF-8 literals still build and read the same data: C# 9 on
/// netstandard2.0 and on .NET Framework 4.7.2 (reference assemblies, compiled in memory, with
/// LeonovData.Runtime's netstandard2.0 build), and C# 10 on .NET (its net8.0 build). The generator
/// picks string literals for them; each is then loaded and its export compared with the one captured
/// before the data encoding (DifferentialTests).
/// </summary>
public sealed class LegacyTargetTests
{
    private const string Consumer = """
        namespace Consumer
        {
            using LeonovData;

            /// <summary>Reads typed data the way a C# 9 library would.</summary>
            public static class Probe
            {
                /// <summary>A few typed values.</summary>
                public static string Read()
                {
                    Person leonov = People.AlexeiLeonov;
                    Fact<PartialDate>? born = leonov.BornFact;
                    return leonov.Name + " " + leonov.Born + " " + born?.Citation + " " + Events.Voskhod2Spacewalk.Duration + " " + People.Find("Leonov").Count;
                }
            }
        }
        """;

    public static TheoryData<string> Targets => new() { "netstandard2.0", "net472" };

    [Theory]
    [MemberData(nameof(Targets))]
    public void CSharp9ConsumerCompilesWithStringLiteralData(string target)
    {
        var references = (target == "net472" ? Net472.References.All : NetStandard20.References.All).Append(TestReferences.LegacyRuntime);
        var (compilation, sources) = Generate(LanguageVersion.CSharp9, references);

        Assert.All(sources, static s => Assert.DoesNotContain("\"u8", s, StringComparison.Ordinal));
        var problems = compilation.GetDiagnostics().Where(static d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
    }

    [Fact]
    public void NetStandardLibraryReadsTheSameDataAsBefore()
    {
        var (compilation, _) = Generate(LanguageVersion.CSharp9, NetStandard20.References.All.Append(TestReferences.LegacyRuntime));
        using var assembly = GeneratedAssembly.Load(compilation);

        AssertReadsTheRecordedData(assembly);
    }

    [Fact]
    public void CSharp10OnDotNetReadsTheSameDataFromStringLiterals()
    {
        // Without u8 literals the data is string literals of the same UTF-8 bytes, which the runtime's
        // net8.0 build copies to arrays once and reads as it reads u8 literals.
        var (compilation, sources) = Generate(LanguageVersion.CSharp10, TestReferences.Framework);
        Assert.Contains(sources, static s => s.Contains("static partial void Shard", StringComparison.Ordinal) && s.Contains("(ref string data) => data = \"", StringComparison.Ordinal));
        using var assembly = GeneratedAssembly.Load(compilation);

        AssertReadsTheRecordedData(assembly);
    }

    [Fact]
    public void ANetStandardLibraryRunsOnTheRuntimesNet8Build()
    {
        // A .NET 8+ app that references a netstandard2.0 library gets the runtime's net8.0 build from
        // NuGet: code generated against the netstandard2.0 build must run on it.
        var (compilation, _) = Generate(LanguageVersion.CSharp9, NetStandard20.References.All.Append(TestReferences.LegacyRuntime));
        using var assembly = GeneratedAssembly.Load(compilation, TestReferences.RuntimePath("net8.0"));

        AssertReadsTheRecordedData(assembly);
    }

    [Fact]
    public void CSharp10OnDotNetUsesStringLiteralsAndCSharp11ReadsDataInPlace()
    {
        // C# 10 gets one char per byte, which the runtime copies; C# 11 (with u8 literals for a shard past
        // the string-literal budget) gets data literals read in place in the metadata.
        Assert.All(Generate(LanguageVersion.CSharp10, TestReferences.Framework).Sources, static s => Assert.DoesNotContain("\"u8", s, StringComparison.Ordinal));
        Assert.All(Generate(LanguageVersion.CSharp10, TestReferences.Framework).Sources, static s => Assert.DoesNotContain("DataLiteral", s, StringComparison.Ordinal));
        Assert.Contains(Generate(LanguageVersion.CSharp11, TestReferences.Framework).Sources, static s => s.Contains("global::LeonovData.DataLiteral.Bytes(", StringComparison.Ordinal));
    }

    /// <summary>The export captured before the data encoding (DifferentialTests), and a few typed values.</summary>
    private static void AssertReadsTheRecordedData(GeneratedAssembly assembly)
    {
        var json = (string)assembly.Invoke("LeonovData.Dataset", "ToJson")!;
        Assert.Equal(File.ReadAllText(Path.Combine(Repository.Root, "tests", "LeonovData.Generator.Tests", "Fixtures", "Before", "leonov.export.json")), json);
        Assert.Equal("Alexei Leonov 1934-05-30 003-encyclopedia.leo(2,75) PT12M9S 1", assembly.Invoke("Consumer.Probe", "Read"));
    }

    private static (Compilation Compilation, IReadOnlyList<string> Sources) Generate(LanguageVersion version, IEnumerable<MetadataReference> references)
    {
        var options = new CSharpParseOptions(version, DocumentationMode.Diagnose);
        var compilation = CSharpCompilation.Create(
            "LegacyConsumer",
            new[] { CSharpSyntaxTree.ParseText(Consumer, options, "/consumer/Probe.cs") },
            references,
            TestCompilation.Options);
        var driver = CSharpGeneratorDriver.Create(new[] { new LeonovGenerator().AsSourceGenerator() }, GeneratorHarness.Texts(Repository.SeedFiles()), options);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.DoesNotContain(diagnostics, static d => d.Severity == DiagnosticSeverity.Error);
        var sources = output.SyntaxTrees.Skip(1).Select(static t => t.ToString()).ToList();
        Assert.NotEmpty(sources);
        return (output, sources);
    }
}
