using System.Text;
using System.Text.RegularExpressions;
using LeonovData.Generator.Syntax;
using LeonovData.Generator.Values;

namespace LeonovData.Fuzz;

/// <summary>
/// The starting inputs of each target, taken from the repository's own texts: the seed documents
/// cut into small pieces (afl-fuzz mutates short inputs far faster), the docs' examples, every
/// attribute block of the seeds, and the covered texts and <c>v=</c> values of each value kind.
/// </summary>
internal static partial class SeedInputs
{
    private const int MaxPerTarget = 80;
    private const int ChunkLength = 900;

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> From(string repositoryRoot)
    {
        // The seeds, and the samples' corpora: the mission history is where the newer value kinds
        // (datetime, the measures) have their real spellings.
        var documents = Directory.GetFiles(Path.Combine(repositoryRoot, "seeds"), "*.leo")
            .Concat(Directory.GetFiles(Path.Combine(repositoryRoot, "samples"), "*.leo", SearchOption.AllDirectories))
            .OrderBy(static p => p, StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var schema = File.ReadAllText(Path.Combine(repositoryRoot, "seeds", "leonov.leoschema"));
        var examples = Directory.GetFiles(Path.Combine(repositoryRoot, "docs"), "*.md").OrderBy(static p => p, StringComparer.Ordinal)
            .SelectMany(static p => CodeBlock().Matches(File.ReadAllText(p)).Select(static m => m.Groups[1].Value))
            .ToList();

        var chunks = documents.SelectMany(Chunks).Concat(examples.Where(static e => e.Contains("]{", StringComparison.Ordinal))).ToList();
        var parsed = documents.Select(static d => (Text: d, Parsed: DocumentParser.Parse(FuzzTargets.DocumentPath, d))).ToList();
        var blocks = parsed.SelectMany(static d => d.Parsed.Spans.Select(s => d.Text.Substring(s.Block.Location.Start, s.Block.Location.Length))).ToList();
        var schemaExamples = examples.Where(static e => e.Contains("{.entity", StringComparison.Ordinal) || e.Contains("{.property", StringComparison.Ordinal)).ToList();

        var inputs = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["document"] = Sample(chunks),
            ["attributes"] = Sample(blocks),
            ["schema"] = Sample(Chunks(schema).Concat(schemaExamples)),
            ["pipeline"] = Sample(chunks.Concat(schemaExamples.Zip(chunks, static (s, d) => s + FuzzTargets.SchemaSeparator + d))),
        };

        foreach (var kind in Enum.GetValues<ValueKind>())
        {
            var name = kind.ToString().ToLowerInvariant();
            var spans = parsed.SelectMany(static d => d.Parsed.Spans).Where(s => s.Block.HasClass(name)).ToList();
            inputs["value-" + name] = Sample(spans.Select(static s => s.Covered).Concat(spans.Select(static s => s.Block.Pair("v")?.Value).OfType<string>()));
        }

        return inputs;
    }

    /// <summary>Writes the inputs as <c>outDir/target/NNN.txt</c>, the layout afl-fuzz's <c>-i</c> takes.</summary>
    public static void Write(string repositoryRoot, string outDir)
    {
        foreach (var (target, inputs) in From(repositoryRoot))
        {
            var directory = Path.Combine(outDir, target);
            Directory.CreateDirectory(directory);
            for (var i = 0; i < inputs.Count; i++)
            {
                File.WriteAllText(Path.Combine(directory, $"{i:D3}.txt"), inputs[i], new UTF8Encoding(false));
            }
        }
    }

    // Whole lines, up to about a kilobyte each; the first piece keeps the header.
    private static IEnumerable<string> Chunks(string text)
    {
        var piece = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            if (piece.Length > 0 && piece.Length + line.Length > ChunkLength)
            {
                yield return piece.ToString();
                piece.Clear();
            }

            piece.Append(line.Length > ChunkLength ? line[..ChunkLength] : line).Append('\n');
        }

        if (piece.Length > 0)
        {
            yield return piece.ToString();
        }
    }

    private static List<string> Sample(IEnumerable<string> inputs)
    {
        var distinct = inputs.Where(static i => i.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var step = Math.Max(1, distinct.Count / MaxPerTarget);
        return distinct.Where((_, i) => i % step == 0).Take(MaxPerTarget).ToList();
    }

    [GeneratedRegex(@"```[a-z]*\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();
}
