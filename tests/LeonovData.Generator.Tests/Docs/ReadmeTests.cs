namespace LeonovData.Generator.Tests.Docs;

using LeonovData.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Xunit;

/// <summary>
/// What README.md and docs/getting-started.md print cannot drift: each C# snippet followed by a
/// ```text block is compiled with the Leonov corpus, run, and must print exactly that block
/// (statement counts, citation positions and all). The README's "Getting started" repeats the
/// page's blocks word for word. The package tests run the page's commands against the real package.
/// </summary>
public sealed class ReadmeTests
{
    // The usings `dotnet new console` implies (ImplicitUsings).
    internal const string ImplicitUsings = "global using System;\nglobal using System.IO;\nglobal using System.Linq;\nglobal using System.Collections.Generic;\n";

    public static TheoryData<string> Pages() => new("README.md", "docs/getting-started.md");

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_snippet_prints_the_output_the_page_shows(string page)
    {
        var examples = SnippetsWithOutput(Read(page));
        Assert.NotEmpty(examples);

        foreach (var (snippet, expected) in examples)
        {
            var actual = Run(snippet);
            Assert.True(expected == actual, $"{page} shows\n{expected}\nbut its snippet prints\n{actual}");
        }
    }

    [Fact]
    public void The_README_s_getting_started_repeats_the_page()
    {
        var readme = Read("README.md");
        var section = readme[readme.IndexOf("\n## Getting started\n", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 5, StringComparison.Ordinal)];
        var page = Blocks(Read("docs/getting-started.md"));

        // The commands, the snippet and its output; the page also shows `dotnet run` in a block of its own.
        foreach (var info in new[] { "sh", "csharp", "text" })
        {
            Assert.Equal(page.First(b => b.Info == info), Blocks(section).First(b => b.Info == info));
        }
    }

    private static string Read(string page) => File.ReadAllText(Path.Combine(Repository.Root, page)).Replace("\r\n", "\n");

    /// <summary>Each ```csharp block with the ```text block after it, if one comes before the next snippet.</summary>
    private static List<(string Snippet, string Output)> SnippetsWithOutput(string page)
    {
        var examples = new List<(string, string)>();
        string? snippet = null;
        foreach (var (info, body) in Blocks(page))
        {
            if (info == "csharp")
            {
                snippet = body;
            }
            else if (info == "text" && snippet is not null)
            {
                examples.Add((snippet, body));
                snippet = null;
            }
        }

        return examples;
    }

    private static List<(string Info, string Body)> Blocks(string text) => Markdown.Blocks(text);

    /// <summary>Compiles the snippet as a console program with the Leonov corpus and returns what it prints.</summary>
    private static string Run(string snippet)
    {
        var run = GeneratorHarness.Run(Repository.SeedFiles(), properties: null, ImplicitUsings, snippet);
        run.AssertDidNotCrash();
        var program = run.OutputCompilation.WithOptions(run.OutputCompilation.Options.WithOutputKind(OutputKind.ConsoleApplication));
        var errors = program.GetDiagnostics().Where(static d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "the snippet does not compile:\n" + string.Join("\n", errors) + "\n" + snippet);

        using var assembly = GeneratedAssembly.Load(program);
        var entry = assembly.Assembly.EntryPoint!;
        var output = new StringWriter { NewLine = "\n" };
        var saved = Console.Out;
        Console.SetOut(output);
        try
        {
            entry.Invoke(null, entry.GetParameters().Length == 0 ? null : new object[] { Array.Empty<string>() });
        }
        finally
        {
            Console.SetOut(saved);
        }

        return output.ToString();
    }
}
