namespace LeonovData.Generator.Tests.TestSupport;

using System.Text.RegularExpressions;

/// <summary>The fenced code blocks of a Markdown page, for tests that keep the docs true.</summary>
internal static partial class Markdown
{
    /// <summary>Every fenced block, in page order: its info string (<c>csharp</c>, <c>text</c>…) and its text.</summary>
    public static List<(string Info, string Body)> Blocks(string page) =>
        FencedBlock().Matches(page.Replace("\r\n", "\n")).Select(static m => (m.Groups["info"].Value, m.Groups["body"].Value)).ToList();

    [GeneratedRegex(@"^```(?<info>[^\n`]*)\n(?<body>.*?)^```[ \t]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedBlock();
}
