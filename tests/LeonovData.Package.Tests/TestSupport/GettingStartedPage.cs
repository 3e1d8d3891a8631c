namespace LeonovData.Package.Tests.TestSupport;

using System.Text.RegularExpressions;

/// <summary>
/// The code blocks of docs/getting-started.md, which the README's "Getting started" repeats: the
/// acceptance test runs exactly these commands and this snippet.
/// </summary>
internal static partial class GettingStartedPage
{
    public static string Path => System.IO.Path.Combine(Repository.Docs, "getting-started.md");

    /// <summary>The fenced blocks with this info string, in page order.</summary>
    public static IReadOnlyList<string> Blocks(string info) =>
        FencedBlock().Matches(File.ReadAllText(Path).Replace("\r\n", "\n"))
            .Where(m => m.Groups["info"].Value == info)
            .Select(static m => m.Groups["body"].Value)
            .ToList();

    /// <summary>The command lines of a shell block: comments and blank lines left out.</summary>
    public static IReadOnlyList<string> Commands(string block) =>
        block.Split('\n')
            .Select(static l => l.Trim())
            .Where(static l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();

    [GeneratedRegex(@"^```(?<info>[^\n`]*)\n(?<body>.*?)^```[ \t]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedBlock();
}
