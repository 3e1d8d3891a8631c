namespace LeonovData.Generator.Tests.TestSupport;

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

/// <summary>
/// The consumer's compilation as a demanding project configures it: nullable enabled, XML
/// documentation diagnosed (so a missing doc comment is CS1591), every warning level on.
/// </summary>
internal static class TestCompilation
{
    public const string AssemblyName = "LeonovData.Consumer";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public static readonly CSharpCompilationOptions Options = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        warningLevel: 9999,
        deterministic: true,
        // LeonovData.Runtime's net8.0 build names System.Private.CoreLib 8.0.0.0 (src/CoreLibReference),
        // and these compilations reference the running runtime's own CoreLib, a later version: a real
        // build compiles against reference assemblies without CoreLib, and the SDK silences CS1701 anyway.
        specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress });

    /// <summary>A consumer source that touches nothing generated: the generator must not care what it says.</summary>
    public const string UnrelatedSource = """
        namespace Consumer;

        /// <summary>Code of the consuming project that has nothing to do with the data.</summary>
        public static class Unrelated
        {
            /// <summary>A value.</summary>
            public static int Answer => 42;
        }
        """;

    public static CSharpCompilation Create(params string[] sources) =>
        CSharpCompilation.Create(
            AssemblyName,
            sources.Select((source, i) => Parse(source, $"/consumer/Source{i}.cs")),
            TestReferences.Framework,
            Options);

    public static SyntaxTree Parse(string source, string path) => CSharpSyntaxTree.ParseText(source, ParseOptions, path);
}
