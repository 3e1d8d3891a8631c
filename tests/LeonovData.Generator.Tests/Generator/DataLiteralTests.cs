namespace LeonovData.Generator.Tests.Generator;

using System.Reflection;
using System.Text;
using LeonovData.Generator.Emit;
using LeonovData.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

/// <summary>
/// The data literals of a .NET 8 target (Emit/PackedLiteral.cs, the runtime's DataLiteral.cs and
/// LiteralHeap.cs): the compiler reads back the bytes that were packed, the runtime reads the same data
/// in place in the metadata as through the generated methods, and a literal it cannot tell apart from
/// another is not read in place.
/// </summary>
public sealed class DataLiteralTests : IDisposable
{
    // The runtime's reader of data literals, called from a compiled probe: a span cannot cross reflection.
    private readonly GeneratedAssembly _reader = GeneratedAssembly.Load(TestCompilation.Create("""
        public static class Reader
        {
            public static byte[] Bytes(string literal) => LeonovData.DataLiteral.Bytes(literal).ToArray();
        }
        """));

    public void Dispose() => _reader.Dispose();

    public static TheoryData<string> Bytes => new()
    {
        string.Empty,
        "41",
        "4142",
        "00D8", // a lone surrogate, packed
        "2820", // U+2028, a line break in C#
        "2C20" + "2E20" + "6120" + "6F20", // U+202C, U+202E, U+2061, U+206F: format chars
        "0000" + "FFFF" + "FEFF" + "4CE0", // NUL, U+FFFF, U+FFFE, the header's marker
        "22005C00", // a quote and a backslash
    };

    [Theory]
    [MemberData(nameof(Bytes))]
    public void EveryByteRoundTripsThroughTheCompiler(string hex)
    {
        AssertRoundTrips(Convert.FromHexString(hex));
    }

    [Fact]
    public void EveryPairOfBytesRoundTripsThroughTheCompiler()
    {
        // All 65,536 chars, and an odd byte at the end.
        var bytes = new byte[(2 * 65536) + 1];
        for (var c = 0; c < 65536; c++)
        {
            bytes[2 * c] = (byte)c;
            bytes[(2 * c) + 1] = (byte)(c >> 8);
        }

        bytes[^1] = 0x7F;
        AssertRoundTrips(bytes);
    }

    [Fact]
    public void TheLiteralIsOneLineOfVisibleText()
    {
        var bytes = new byte[2 * 65536];
        for (var c = 0; c < 65536; c++)
        {
            bytes[2 * c] = (byte)c;
            bytes[(2 * c) + 1] = (byte)(c >> 8);
        }

        var builder = new StringBuilder();
        PackedLiteral.Append(builder, "d00", bytes);
        foreach (var c in builder.ToString().Where(static c => c != ' '))
        {
            var category = char.GetUnicodeCategory(c);
            Assert.False(
                category is System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format
                    or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator
                    or System.Globalization.UnicodeCategory.SpaceSeparator or System.Globalization.UnicodeCategory.Surrogate
                    or System.Globalization.UnicodeCategory.PrivateUse,
                $"U+{(int)c:X4} ({category}) is written as itself");
        }
    }

    [Fact]
    public void TheRuntimeRefusesAStringThatIsNotADataLiteral()
    {
        foreach (var text in new[] { string.Empty, "plain text", "\uE04C", "\uE04Cd00", "\uE04Cd00\uE001", "\uE04C\u0001\uE000" })
        {
            var thrown = Assert.Throws<InvalidOperationException>(() => _reader.Invoke("Reader", "Bytes", text));
            Assert.IsType<ArgumentException>(thrown.InnerException);
        }
    }

    [Fact]
    public void TheLeonovCorpusReadsTheSameInPlaceAndThroughTheGeneratedMethods()
    {
        var run = GeneratorHarness.Run(Repository.SeedFiles());
        run.AssertCompilesCleanly();
        Assert.Contains(run.Sources, static s => s.SourceText.ToString().Contains("global::LeonovData.DataLiteral.Bytes(", StringComparison.Ordinal));

        var (inPlace, readInPlace) = Export(run, readInPlace: true);
        var (throughMethods, readThroughMethods) = Export(run, readInPlace: false);

        Assert.True(readInPlace > 0, "the data was read in place");
        Assert.Equal(0, readThroughMethods);
        Assert.Equal(File.ReadAllText(Path.Combine(Repository.Root, "tests", "LeonovData.Generator.Tests", "Fixtures", "Before", "leonov.export.json")), inPlace);
        Assert.Equal(inPlace, throughMethods);
    }

    [Fact]
    public void ALiteralThatLooksLikeDataTwiceIsNotReadInPlace()
    {
        // The consumer's own strings that carry the headers of every shard's data and of a catalogue: the
        // runtime cannot tell which is the data, so it reads neither in place, and asks the generated methods.
        var files = Repository.SeedFiles();
        var decoys = files.Where(static f => f.Path.EndsWith(".leo", StringComparison.Ordinal))
            .Select(static f => $"d{Emitter.ShardOf(Path.GetFileName(f.Path)):D2}")
            .Distinct()
            .Append("cperson")
            .Select(static key => $"\"\\uE04C{key}\\uE000x\"");
        var run = GeneratorHarness.Run(files, properties: null, $"internal static class Decoys {{ public static string[] All = {{ {string.Join(", ", decoys)} }}; }}");
        run.AssertCompilesCleanly();

        var (json, readInPlace) = Export(run, readInPlace: true);

        Assert.Equal(0, readInPlace);
        Assert.Equal(File.ReadAllText(Path.Combine(Repository.Root, "tests", "LeonovData.Generator.Tests", "Fixtures", "Before", "leonov.export.json")), json);
        using var assembly = GeneratedAssembly.Load(run.OutputCompilation);
        var leonov = assembly.Assembly.GetType("LeonovData.People", throwOnError: true)!.GetProperty("AlexeiLeonov")!.GetValue(null)!;
        Assert.Equal("Alexei Leonov", leonov.GetType().GetProperty("Name")!.GetValue(leonov));
    }

    /// <summary>The export of the generated dataset, and how many shards were read in place.</summary>
    private static (string Json, int ReadInPlace) Export(GeneratorRun run, bool readInPlace)
    {
        using var assembly = GeneratedAssembly.Load(run.OutputCompilation);
        var dataset = assembly.Assembly.GetType("LeonovData.Dataset", throwOnError: true)!;

        // Each consumer is loaded with its own copy of the runtime: this switch is that copy's.
        var runtime = dataset.GetProperty("Corpus")!.PropertyType.Assembly;
        runtime.GetType("LeonovData.LiteralHeap", throwOnError: true)!.GetField("ReadThroughMethods", BindingFlags.NonPublic | BindingFlags.Static)!.SetValue(null, !readInPlace);

        var json = (string)dataset.GetMethod("ToJson")!.Invoke(null, null)!;
        var corpus = dataset.GetProperty("Corpus")!.GetValue(null)!;
        var heap = corpus.GetType().GetField("_heap", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(corpus);
        var shards = (Array)corpus.GetType().GetField("_shards", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(corpus)!;
        var inPlace = 0;
        foreach (var shard in shards)
        {
            var blob = shard!.GetType().GetField("_blob", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(shard)!;
            inPlace += (int)blob.GetType().GetField("_length", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(blob)! > 0 ? 1 : 0;
        }

        Assert.Equal(readInPlace, heap is not null);
        return (json, inPlace);
    }

    private void AssertRoundTrips(byte[] bytes)
    {
        var builder = new StringBuilder();
        PackedLiteral.Append(builder, "d07", bytes);
        var literal = Assert.IsType<LiteralExpressionSyntax>(SyntaxFactory.ParseExpression(builder.ToString()));
        Assert.Empty(literal.GetDiagnostics());
        var value = literal.Token.ValueText;

        var (key, unpacked) = PackedData.Unpack(value);
        Assert.Equal("d07", key);
        Assert.Equal(bytes, unpacked);
        Assert.Equal(bytes, (byte[])_reader.Invoke("Reader", "Bytes", value)!);
    }
}
