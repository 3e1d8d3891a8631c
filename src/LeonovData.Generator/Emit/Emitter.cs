using System.Collections.Generic;
using System.Linq;
using System.Threading;
using LeonovData.Generator.Binding;
using LeonovData.Generator.Diagnostics;
using LeonovData.Generator.Model;

namespace LeonovData.Generator.Emit;

/// <summary>A generated file: its hint name and its text, compared by value.</summary>
internal sealed record GeneratedFile(string HintName, GeneratedText Content)
{
    /// <summary>The whole text as one string (tests and tools; the generator hands <see cref="Content"/> over as it is).</summary>
    public string Text => Content.ToString();

    /// <summary>The data literals the file holds, in the order the compiler lays them out (<see cref="LiteralContents"/>).</summary>
    public EquatableArray<HeapLiteral> Literals { get; init; } = EquatableArray<HeapLiteral>.Empty;
}

/// <summary>
/// Writes the generated files: the typed model (grows with the schema and one thin accessor per
/// entity) and at most <see cref="ShardCount"/> data files of constant data.
/// The engine runs each part on its own input, so an edit re-emits only what it touches;
/// <see cref="Emit"/> composes them for a whole corpus (tests, the CLI).
/// </summary>
internal static class Emitter
{
    public const string Version = "0.1.0";

    /// <summary>How many data files a corpus is spread over, whatever its size (the model's <c>Dataset</c> declares as many).</summary>
    // At most 31: an entity's shards are one int of bits (Binding.Entity.Shards).
    public const int ShardCount = 16;

    public static Result<GeneratedFile> Model(ModelInput input, GeneratorOptions options, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var naming = new Naming(input.Schema, "global::" + options.Namespace);
        var writer = Begin(options.Namespace, out var block);
        var diagnostics = new List<DiagnosticInfo>();
        var literals = new List<HeapLiteral>();
        ModelEmitter.Write(writer, input, naming, options, diagnostics, literals);
        block.Dispose();
        return new Result<GeneratedFile>(new GeneratedFile("LeonovData.Model.g.cs", writer.ToText()) { Literals = literals.ToEquatableArray() }, diagnostics.ToEquatableArray());
    }

    public static Result<GeneratedFile> Shard(ShardInput input, GeneratorOptions options, CancellationToken cancellationToken = default) =>
        Shard(input, options, PackedLiteral.ShardBudget, cancellationToken);

    /// <param name="inPlaceBudget">
    /// Bytes of string literals a .NET 8 target's shard may take (<see cref="PackedLiteral.ShardBudget"/>;
    /// tests lower it to read <c>u8</c> literals).
    /// </param>
    internal static Result<GeneratedFile> Shard(ShardInput input, GeneratorOptions options, int inPlaceBudget, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var writer = Begin(options.Namespace, out var block);
        var diagnostics = new List<DiagnosticInfo>();
        var data = Encode(input, options);
        var literals = new List<HeapLiteral>();

        // Its records' tables go to the next shard once they are in the file (Blob.Dispose).
        using var records = data?.Records;
        using var cited = data?.Text;
        if (data is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DataTooLarge, FirstLocation(input), $"data shard {Literals.Int(input.Number)} ({Literals.Int(input.Documents.Count)} documents)", TooLargeAdvice(options, "split its largest documents into several")));
        }

        var statements = input.Documents.Sum(static d => d.Places.Count);
        using (writer.Open("partial class Dataset"))
        {
            writer.Line($"// Data shard {Literals.Int(input.Number)} of {Literals.Int(ShardCount)}: {Literals.Int(input.Documents.Count)} document(s), {Literals.Int(statements)} statement(s); read by LeonovData.Runtime's Shard.");
            var line = $"static partial void Shard{input.Number:D2}(ref {DataType(options)} data) => data = ";
            if (data is null)
            {
                writer.LineWithString(line, string.Empty, options.Utf8Data ? "u8;" : ";");
            }
            else if (options.Utf8Data)
            {
                WriteInPlace(writer, input.Number, line, data, inPlaceBudget, literals);
            }
            else
            {
                writer.LineWithString(line, DataText(data.Records.Build()!, options), ";");
                if (data.TextUnits > 0)
                {
                    writer.Line();
                    writer.Line("// The sentences its citations quote, read on first use.");
                    writer.LineWithText($"static partial void Text{input.Number:D2}(ref string? text) => text = ", data.Text, ";");
                }
            }
        }

        block.Dispose();
        var file = new GeneratedFile($"LeonovData.Data{input.Number:D2}.g.cs", writer.ToText()) { Literals = literals.ToEquatableArray() };
        return new Result<GeneratedFile>(file, diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// A .NET 8 target's shard: its records, then its cited text (UTF-8), each a data literal the runtime
    /// reads in place (<see cref="PackedLiteral"/>) while the shard's string literals stay within
    /// <paramref name="budget"/> bytes, and a <c>u8</c> literal past it.
    /// </summary>
    /// <param name="line">The start of the line that returns the shard's records.</param>
    /// <param name="literals">Gets the data literals written (<see cref="LiteralContents"/>).</param>
    private static void WriteInPlace(SourceWriter writer, int number, string line, ShardData data, int budget, List<HeapLiteral> literals)
    {
        var key = $"d{number:D2}";
        var records = data.Records.Utf8();
        var used = PackedLiteral.HeapBytes(records.Count, key);
        if (used <= budget)
        {
            writer.Line("// Its records: UTF-8, two bytes to a char; the runtime reads them in place in the assembly's metadata.");
            writer.LineWithPacked(line, key, records, ";");
            literals.Add(new HeapLiteral(key, LiteralContents.EntryBytes(key, records.Count)));
        }
        else
        {
            used = 0;
            writer.Line("// Its records, as UTF-8 (past the string-literal budget).");
            writer.LineWithBlob(line, data.Records, "u8;");
        }

        if (data.TextUnits == 0)
        {
            return;
        }

        writer.Line();
        key = $"t{number:D2}";
        var text = data.Text.Utf8();
        var textLine = $"static partial void Text{number:D2}(ref string? text, ref global::System.ReadOnlySpan<byte> utf8) => utf8 = ";
        if (used + PackedLiteral.HeapBytes(text.Count, key) <= budget)
        {
            writer.Line("// The sentences its citations quote: UTF-8, two bytes to a char, read in place on first use.");
            writer.LineWithPacked(textLine, key, text, ";");
            literals.Add(new HeapLiteral(key, LiteralContents.EntryBytes(key, text.Count)));
        }
        else
        {
            writer.Line("// The sentences its citations quote, as UTF-8 (past the string-literal budget), read on first use.");
            writer.LineWithText(textLine, data.Text, "u8;");
        }
    }

    /// <summary>
    /// The shard's data, or null past its bound. A .NET 8 target's cited text is UTF-8, like its records;
    /// on a string-literal target the records and the text together stay within <see cref="StringLiteralLimit"/>.
    /// </summary>
    private static ShardData? Encode(ShardInput input, GeneratorOptions options)
    {
        var data = ShardEmitter.Encode(input, utf8Text: options.Utf8Data);
        return data is null || (!options.Utf8Data && data.Records.Utf8Length + data.TextUnits > StringLiteralLimit) ? null : data;
    }

    /// <summary>
    /// The shard of a document, a stable function of its key alone (FNV-1a over its UTF-16 code
    /// units): adding or editing another document never moves it.
    /// </summary>
    public static int ShardOf(string documentKey)
    {
        return (int)(Fnv1a.Hash(documentKey) % ShardCount);
    }

    /// <summary>Every file for a whole corpus: the model, one file per non-empty shard, and the table of contents of their data literals.</summary>
    public static Result<EquatableArray<GeneratedFile>> Emit(Corpus corpus, GeneratorOptions options, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var files = new List<GeneratedFile>();
        var diagnostics = new List<DiagnosticInfo>();
        var model = Model(new ModelInput(corpus.Schema, corpus.Entities), options);
        files.Add(model.Value);
        diagnostics.AddRange(model.Diagnostics);
        foreach (var shard in Shards(corpus, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var output = Shard(shard, options);
            files.Add(output.Value);
            diagnostics.AddRange(output.Diagnostics);
        }

        files.AddRange(LiteralContents.Emit(files.Skip(1).Select(static f => f.Literals), model.Value.Literals, options, cancellationToken).Value);

        return new Result<EquatableArray<GeneratedFile>>(files.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// The shards of a whole corpus, composed of the steps the generator runs one by one: each subject
    /// group resolved, then each shard joined from its documents' resolved slices.
    /// </summary>
    public static IEnumerable<ShardInput> Shards(Corpus corpus, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var groups = Checks.SubjectGroup.Partition(corpus, cancellationToken).Select(static g => Checks.Resolution.Resolve(g)).ToList();
        cancellationToken.ThrowIfCancellationRequested();

        // A whole corpus knows its documents by key alone: one file per key.
        var counts = corpus.Statements.GroupBy(static s => s.Citation.Document).ToDictionary(static g => g.Key, static g => g.Count());
        var sources = corpus.Documents.GroupBy(static d => d.RelativePath).ToDictionary(static g => g.Key, static g => g.First());
        var declared = corpus.Entities.GroupBy(static e => e.Citation.Document).ToDictionary(
            static g => g.Key,
            static g => DocumentHead.Sorted(g.Select(static e => new EntityDeclaration(e.Id, e.Kind, e.Name, e.Citation, e.Place)).ToEquatableArray()));
        var heads = counts.Keys.Concat(sources.Keys).Concat(declared.Keys).Distinct()
            .Select(key => new DocumentHead(key, key, sources.TryGetValue(key, out var source) ? source : null, counts.TryGetValue(key, out var count) ? count : 0)
            {
                Declarations = declared.TryGetValue(key, out var declarations) ? declarations : EquatableArray<EntityDeclaration>.Empty,
            });
        return ShardParts.Split(groups, heads, cancellationToken).Select(parts => parts.Join(cancellationToken));
    }

    /// <summary>
    /// Characters of a shard's string literals (its cited text; on a string-literal target, its records
    /// too): 16 of them stay under the metadata's 16 MB string heap (CS8103), with room for the model's
    /// tables and the consumer's own strings.
    /// </summary>
    public const int StringLiteralLimit = 384 * 1024;

    public static string TooLargeAdvice(GeneratorOptions options, string split) => options.Utf8Data
        ? split
        : "build with LangVersion 11 or later for .NET 8 or later, which stores the data as UTF-8 literals without this bound, or split the documents over several projects";

    private static LocationInfo? FirstLocation(ShardInput input) =>
        input.Documents.SelectMany(static d => d.Places).Select(p => input.Statement(p).Statement.Location).FirstOrDefault();

    /// <summary>What the data is read as: UTF-8 spans (<c>u8</c> literals) or strings of the same bytes.</summary>
    public static string DataType(GeneratorOptions options) => options.Utf8Data ? "global::System.ReadOnlySpan<byte>" : "string";

    /// <summary>
    /// A blob's text as its literal carries it: as it is for a <c>u8</c> literal (the compiler writes its
    /// UTF-8), or its UTF-8 bytes one char each for a string literal, which the runtime reads back as
    /// the same bytes.
    /// </summary>
    public static string DataText(string data, GeneratorOptions options)
    {
        if (options.Utf8Data)
        {
            return data;
        }

        var bytes = System.Text.Encoding.UTF8.GetBytes(data);
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[i] = (char)bytes[i];
        }

        return new string(chars);
    }

    internal static SourceWriter Begin(string ns, out SourceWriter.Block block)
    {
        var writer = new SourceWriter();
        writer.Raw(Header().TrimEnd('\n'));
        block = writer.Open("namespace " + ns);
        return writer;
    }

    /// <summary>
    /// The header of every file. Annotations on, warnings off: consumers see every annotation, and the
    /// compiler skips flow analysis of code it cannot warn the consumer about anyway. Both lines are
    /// needed: with annotations alone the warning context is the project's, and in a project with
    /// nullable enabled the compiler still analyses every generated method (a third of the Leonov
    /// consumer's compile time, measured). A test compiles the generated code with full analysis
    /// instead (GeneratedCodeNullabilityTests).
    /// </summary>
    private static string Header() =>
        "// <auto-generated>\n// Generated by LeonovData " + Version + " from annotated documents. Do not edit: edit the documents.\n// </auto-generated>\n" + NullableContext + "\n\n";

    public const string NullableContext = "#nullable enable annotations\n#nullable disable warnings";
}
