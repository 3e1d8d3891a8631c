using System.Text;
using System.Text.RegularExpressions;

namespace LeonovData.Generator.Tests.Docs;

/// <summary>
/// docs/diagnostics.md read the way GitHub renders it: headings (with their anchors), the section
/// under each heading, and the fenced code blocks whose info strings mark them as examples.
/// </summary>
internal sealed class DiagnosticsPage
{
    public const string RelativePath = "docs/diagnostics.md";

    private DiagnosticsPage(string text, IReadOnlyList<PageSection> sections, IReadOnlyList<CodeBlock> blocks, IReadOnlySet<string> anchors)
    {
        Text = text;
        Sections = sections;
        Blocks = blocks;
        Anchors = anchors;
    }

    public string Text { get; }

    /// <summary>Every level-2 section, in page order.</summary>
    public IReadOnlyList<PageSection> Sections { get; }

    /// <summary>Every fenced code block of the page, in page order.</summary>
    public IReadOnlyList<CodeBlock> Blocks { get; }

    /// <summary>The fragment identifiers a link into the page can use: heading slugs and explicit ids.</summary>
    public IReadOnlySet<string> Anchors { get; }

    public static DiagnosticsPage Load() => Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), RelativePath)));

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "LeonovData.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"no folder above {AppContext.BaseDirectory} contains LeonovData.sln");
    }

    public PageSection? Section(string heading) => Sections.FirstOrDefault(s => s.Heading == heading);

    public static DiagnosticsPage Parse(string text)
    {
        text = text.Replace("\r\n", "\n");
        var lines = text.Split('\n');
        var sections = new List<PageSection>();
        var blocks = new List<CodeBlock>();
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var slugCounts = new Dictionary<string, int>(StringComparer.Ordinal);

        string? heading = null;
        var body = new StringBuilder();
        var sectionBlocks = new List<CodeBlock>();
        void EndSection()
        {
            if (heading is not null)
            {
                sections.Add(new PageSection(heading, body.ToString(), sectionBlocks.ToList()));
            }

            body.Clear();
            sectionBlocks.Clear();
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var fence = Regex.Match(line, "^(`{3,})(.*)$");
            if (fence.Success)
            {
                var content = new List<string>();
                var close = fence.Groups[1].Value;
                var start = i + 1;
                i++;
                while (i < lines.Length && lines[i].TrimEnd() != close)
                {
                    content.Add(lines[i]);
                    i++;
                }

                var block = CodeBlock.Create(fence.Groups[2].Value.Trim(), string.Join("\n", content), start + 1, heading);
                blocks.Add(block);
                sectionBlocks.Add(block);
                body.Append(line).Append('\n').Append(string.Join("\n", content)).Append('\n').Append(close).Append('\n');
                continue;
            }

            var title = Regex.Match(line, "^(#{1,6}) +(.+?) *#* *$");
            if (title.Success)
            {
                anchors.Add(Slug(title.Groups[2].Value, slugCounts));
                if (title.Groups[1].Value.Length == 2)
                {
                    EndSection();
                    heading = title.Groups[2].Value;
                    continue;
                }
            }

            foreach (Match id in Regex.Matches(line, "<a\\s+(?:id|name)=\"([^\"]+)\""))
            {
                anchors.Add(id.Groups[1].Value);
            }

            body.Append(line).Append('\n');
        }

        EndSection();
        return new DiagnosticsPage(text, sections, blocks, anchors);
    }

    /// <summary>GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens, repeats numbered.</summary>
    public static string Slug(string heading, Dictionary<string, int> seen)
    {
        var plain = Regex.Replace(heading, "<[^>]+>", string.Empty).Replace("`", string.Empty);
        var slug = new StringBuilder();
        foreach (var c in plain.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                slug.Append(c);
            }
            else if (c == ' ')
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString();
        seen.TryGetValue(text, out var count);
        seen[text] = count + 1;
        return count == 0 ? text : $"{text}-{count}";
    }
}

/// <summary>A level-2 section: its heading text, its Markdown body and its code blocks.</summary>
internal sealed record PageSection(string Heading, string Body, IReadOnlyList<CodeBlock> Blocks)
{
    public IEnumerable<CodeBlock> Examples(string language, string role) =>
        Blocks.Where(b => b.Language == language && b.Role == role);
}

/// <summary>
/// A fenced code block. Its info string is "language role name": <c>leo bad news.leo</c>,
/// <c>leoschema default leonov.leoschema</c>, <c>console</c>.
/// </summary>
internal sealed record CodeBlock(string Language, string? Role, string? FileName, string Text, int Line, string? Section)
{
    public static CodeBlock Create(string info, string text, int line, string? section)
    {
        var words = info.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new CodeBlock(
            words.Length > 0 ? words[0] : string.Empty,
            words.Length > 1 ? words[1] : null,
            words.Length > 2 ? words[2] : null,
            text,
            line,
            section);
    }

    /// <summary>
    /// The text as a file would hold it: control pictures (U+2400–U+241F, U+2421) become the control
    /// characters they picture, which a Markdown page cannot show, and the file ends with a line break.
    /// </summary>
    public string FileText()
    {
        var builder = new StringBuilder(Text.Length + 1);
        foreach (var c in Text)
        {
            builder.Append(c switch
            {
                >= '\u2400' and <= '\u241F' => (char)(c - 0x2400),
                '\u2421' => '\u007F',
                _ => c,
            });
        }

        return builder.Append('\n').ToString();
    }

    public override string ToString() => $"```{Language} {Role} {FileName} (line {Line})";
}
