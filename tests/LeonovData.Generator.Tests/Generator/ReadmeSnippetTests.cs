namespace LeonovData.Generator.Tests.Generator;

using System.Text.RegularExpressions;
using LeonovData.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

/// <summary>
/// Every C# snippet of the README compiles, as a program of its own, against the code generated
/// from the Leonov corpus: the API the README shows is the API users get.
/// </summary>
public sealed class ReadmeSnippetTests
{
    public static TheoryData<int> Snippets => new(Enumerable.Range(0, ReadSnippets().Count));

    [Fact]
    public void TheReadmeHasSnippets() => Assert.True(ReadSnippets().Count >= 2);

    [Theory]
    [MemberData(nameof(Snippets))]
    public void SnippetCompiles(int index)
    {
        var snippet = ReadSnippets()[index];
        // A console project's implicit usings (System.Linq among them), as the README's readers have.
        var program = CSharpSyntaxTree.ParseText(Docs.ReadmeTests.ImplicitUsings + snippet, TestCompilation.ParseOptions, "/consumer/Program.cs");
        var compilation = CSharpCompilation.Create(
            "ReadmeSnippet",
            new[] { program },
            TestReferences.Framework,
            TestCompilation.Options.WithOutputKind(OutputKind.ConsoleApplication));
        var driver = GeneratorHarness.CreateDriver(GeneratorHarness.Texts(Repository.SeedFiles()));
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        var errors = output.GetDiagnostics().Where(static d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, $"README snippet {index} does not compile:\n{snippet}\n{string.Join("\n", errors.Take(5))}");
    }

    private static List<string> ReadSnippets() =>
        Regex.Matches(File.ReadAllText(Path.Combine(Repository.Root, "README.md")), "```csharp\n(.*?)```", RegexOptions.Singleline)
            .Select(static m => m.Groups[1].Value)
            .ToList();
}
