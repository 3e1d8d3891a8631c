namespace LeonovData.Generator.Tests.Generator;

using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text;
using LeonovData.Generator.Emit;
using LeonovData.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

/// <summary>
/// The table of contents of the data literals (the generator's Emit/LiteralContents.cs, the runtime's
/// LiteralHeap.cs): the compiler lays the literals out as the table says, the runtime finds them from it
/// without walking the heap, and wherever the layout or the table is other than it says, the runtime
/// walks the heap and reads the same data.
/// </summary>
public sealed class LiteralContentsTests
{
    private static readonly Lazy<GeneratorRun> s_run = new(static () => GeneratorHarness.Run(Repository.SeedFiles()));

    private static string Expected => File.ReadAllText(Path.Combine(Repository.Root, "tests", "LeonovData.Generator.Tests", "Fixtures", "Before", "leonov.export.json"));

    [Fact]
    public void TheCompilerLaysOutEveryDataLiteralAsTheTableSays()
    {
        var run = s_run.Value;
        run.AssertCompilesCleanly();
        var heap = StringHeap(run.OutputCompilation);

        var first = heap.FindIndex(static e => e.Text.Length > 0 && e.Text[0] == '\uE04C');
        Assert.True(first >= 0, "the heap holds data literals");
        var (key, bytes) = PackedData.Unpack(heap[first].Text);
        Assert.Equal(LiteralContents.Key, key);
        var lines = Encoding.ASCII.GetString(bytes).Split('\n');
        Assert.Equal(LiteralContents.Format, lines[0]);
        Assert.Equal(string.Empty, lines[^1]);
        var listed = lines[1..^1];

        // Every shard's records and text, every catalogue: each data literal of the heap, and in this order.
        Assert.Equal(heap.Count(static e => e.Text.Length > 0 && e.Text[0] == '\uE04C') - 1, listed.Length);
        Assert.Contains(listed, static l => l.StartsWith("d", StringComparison.Ordinal));
        Assert.Contains(listed, static l => l.StartsWith("t", StringComparison.Ordinal));
        Assert.Contains(listed, static l => l.StartsWith("cperson ", StringComparison.Ordinal));
        for (var i = 0; i < listed.Length; i++)
        {
            var entry = heap[first + 1 + i];
            Assert.Equal(listed[i], PackedData.Unpack(entry.Text).Key + " " + entry.Size);
        }
    }

    [Fact]
    public void TheRuntimeFindsTheLiteralsFromTheTableWithoutWalkingTheHeap()
    {
        var run = s_run.Value;
        var (json, heap) = Export(run.OutputCompilation);

        Assert.Equal(Expected, json);
        Assert.True(Listed(heap), "every literal read was where the table said");
        var entries = StringHeap(run.OutputCompilation);
        var table = entries.FindIndex(static e => e.Text.Length > 0 && e.Text[0] == '\uE04C');
        // The runtime reads the empty entry at offset 0 too, which the reader's handles skip.
        Assert.Equal(table + 2, EntriesRead(heap));
        Assert.True(entries.Count > 3 * (table + 1), $"the heap has {entries.Count} entries, the scan read {table + 1}");
    }

    [Fact]
    public void AStringBetweenTheTableAndTheLiteralsIsFoundAndTheHeapWalked()
    {
        // A consumer's method declared in Dataset between the table and the shards: its string moves every literal.
        var model = s_run.Value.Source("LeonovData.Model.g.cs");
        var declaration = $"static partial void {LiteralContents.MethodName}(ref global::System.ReadOnlySpan<byte> data);";
        Assert.Contains(declaration, model);
        var moved = model.Replace(declaration, declaration + "\nstatic string Between() => \"between\";", StringComparison.Ordinal);

        var (json, heap) = Export(Replace(s_run.Value, "LeonovData.Model.g.cs", moved));

        Assert.Equal(Expected, json);
        Assert.False(Listed(heap), "the literals were not where the table said");
    }

    public static TheoryData<string, string, bool> Lies => new()
    {
        // Two entries' keys swapped: each entry is where the table says, but not the literal it names.
        { "keys swapped", "swap-keys", true },
        { "the first entry two bytes longer", "first+2", true },
        { "an entry past the heap's end", "past-end", true },
        { "a size that is not a number", "not-a-number", true },
        { "a format this runtime does not know", "format", true },

        // Neither is read in place (the generated methods give them), the other literals are.
        { "a key listed twice", "twice", false },
    };

    [Theory]
    [MemberData(nameof(Lies))]
    public void ATableThatIsWrongNeverYieldsWrongData(string lie, string how, bool walked)
    {
        var run = s_run.Value;
        var contents = run.Source(LiteralContents.HintName);
        var literal = Microsoft.CodeAnalysis.CSharp.SyntaxFactory.ParseCompilationUnit(contents).DescendantNodes()
            .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax>().Single(static l => l.IsKind(SyntaxKind.StringLiteralExpression));
        var lines = Encoding.ASCII.GetString(PackedData.Unpack(literal.Token.ValueText).Bytes).Split('\n').ToList();
        var entries = lines.Skip(1).Where(static l => l.Length > 0).Select(static l => l.Split(' ')).ToList();
        Assert.True(entries.Count >= 3, lie);
        switch (how)
        {
            case "swap-keys":
                (entries[0][0], entries[1][0]) = (entries[1][0], entries[0][0]);
                break;
            case "first+2":
                entries[0][1] = (int.Parse(entries[0][1], System.Globalization.CultureInfo.InvariantCulture) + 2).ToString(System.Globalization.CultureInfo.InvariantCulture);
                break;
            case "past-end":
                entries.Add(new[] { "cnone", "16777216" });
                break;
            case "not-a-number":
                entries[0][1] += "x";
                break;
            case "twice":
                entries[1][0] = entries[0][0];
                break;
        }

        var table = (how == "format" ? "2" : lines[0]) + "\n" + string.Join("\n", entries.Select(static e => e[0] + " " + e[1])) + "\n";
        var builder = new StringBuilder();
        PackedLiteral.Append(builder, LiteralContents.Key, Encoding.ASCII.GetBytes(table));
        var lying = contents.Replace(literal.ToString(), builder.ToString(), StringComparison.Ordinal);
        Assert.NotEqual(contents, lying);

        var (json, heap) = Export(Replace(run, LiteralContents.HintName, lying));

        Assert.Equal(Expected, json);
        Assert.Equal(!walked, Listed(heap));
    }

    [Fact]
    public void WithoutTheTableTheHeapIsWalked()
    {
        // Code generated before the table, as far as the heap can tell: the table's file left out, its partial method has no body.
        var run = s_run.Value;
        var tree = run.OutputCompilation.SyntaxTrees.Single(t => t.FilePath.EndsWith(LiteralContents.HintName, StringComparison.Ordinal));
        var (json, heap) = Export(run.OutputCompilation.RemoveSyntaxTrees(tree));

        Assert.Equal(Expected, json);
        Assert.False(Listed(heap));
        Assert.True(EntriesRead(heap) > StringHeap(run.OutputCompilation.RemoveSyntaxTrees(tree)).Count, "the whole heap was walked");
    }

    /// <summary>The compilation with the text of one generated file replaced.</summary>
    private static Compilation Replace(GeneratorRun run, string hintName, string text)
    {
        var tree = run.OutputCompilation.SyntaxTrees.Single(t => t.FilePath.EndsWith(hintName, StringComparison.Ordinal));
        return run.OutputCompilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(text, Encoding.UTF8)));
    }

    /// <summary>The entries of the compiled assembly's <c>#US</c> heap, in order: each one's text and the bytes it takes.</summary>
    private static List<(string Text, int Size)> StringHeap(Compilation compilation)
    {
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(static d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        image.Position = 0;
        using var pe = new PEReader(image);
        var reader = pe.GetMetadataReader();
        var entries = new List<(string, int)>();
        var heapSize = reader.GetHeapSize(HeapIndex.UserString);
        for (var handle = MetadataTokens.UserStringHandle(1); !handle.IsNil; handle = reader.GetNextHandle(handle))
        {
            var next = reader.GetNextHandle(handle);
            var end = next.IsNil ? heapSize : MetadataTokens.GetHeapOffset(next);
            entries.Add((reader.GetUserString(handle), end - MetadataTokens.GetHeapOffset(handle)));
        }

        return entries;
    }

    /// <summary>The dataset's JSON export, read in place, and its corpus's literal heap after.</summary>
    private static (string Json, object Heap) Export(Compilation compilation)
    {
        using var assembly = GeneratedAssembly.Load(compilation);
        var dataset = assembly.Assembly.GetType("LeonovData.Dataset", throwOnError: true)!;
        var json = (string)dataset.GetMethod("ToJson")!.Invoke(null, null)!;
        var corpus = dataset.GetProperty("Corpus")!.GetValue(null)!;
        var heap = corpus.GetType().GetField("_heap", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(corpus);
        Assert.NotNull(heap);
        return (json, heap);
    }

    private static bool Listed(object heap) => (bool)heap.GetType().GetProperty("Listed", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(heap)!;

    private static int EntriesRead(object heap) => (int)heap.GetType().GetProperty("EntriesRead", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(heap)!;
}
