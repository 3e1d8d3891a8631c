using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using LeonovData.Generator.Binding;
using LeonovData.Generator.Model;

namespace LeonovData.Generator.Emit;

/// <summary>A data literal as the string heap will hold it: its key and the bytes its entry takes there.</summary>
internal sealed record HeapLiteral(string Key, int EntryBytes);

/// <summary>
/// The table of contents of a .NET 8 target's data literals: itself a data literal (key
/// <see cref="Key"/>), the first of the assembly's string heap, that lists every data literal the
/// compiler lays out right after it, in that order, with the bytes each entry takes. The runtime's
/// LiteralHeap then knows where each literal starts without walking the heap (a page fault for each of
/// its 4 KB pages it touches, about 45 of them at 100 × 1,000), and checks each one's header when it
/// first reads it.
/// </summary>
/// <remarks>
/// The compiler adds a string to the <c>#US</c> heap when it serializes the first method body that
/// loads it, in method-definition order: types in order, each one's methods in declaration order (a
/// partial method at its defining declaration), nested types after their container's methods. The
/// model's <c>Dataset</c> declares <c>LiteralContents</c>, then <c>Shard00</c>…<c>Shard15</c>, then
/// <c>Text00</c>…<c>Text15</c>, then one method per catalogue whose data is a data literal, and none of
/// them holds any other string. So the run is: this table, the shards' records (d00…), their cited
/// text (t00…), the catalogues (c + kind) in the schema's order. A shard whose data is a <c>u8</c>
/// literal, or empty, has no entry there and is not listed. Where the layout is other (a consumer's
/// string or an equal string stored earlier), the runtime finds a header that does not match and walks
/// the heap as code generated without this table does.
/// </remarks>
internal static class LiteralContents
{
    /// <summary>The table's key: no shard's (d or t and two digits), no catalogue's (c and the kind).</summary>
    public const string Key = "toc";

    /// <summary>The first line of the table: the format it is written in; the runtime walks the heap when it does not know it.</summary>
    public const string Format = "1";

    public const string HintName = "LeonovData.Contents.g.cs";

    /// <summary>
    /// The bytes a data literal's entry takes in the <c>#US</c> heap (ECMA-335 II.24.2.4): its compressed
    /// length (1, 2 or 4 bytes), its UTF-16 (marker, key, end char, the bytes packed two to a char) and one
    /// flag byte.
    /// </summary>
    public static int EntryBytes(string key, int bytes)
    {
        var length = (2 * (2 + key.Length + ((bytes + 1) / 2))) + 1;
        return length + (length < 0x80 ? 1 : length < 0x4000 ? 2 : 4);
    }

    /// <summary>
    /// The table's file, or none where there is nothing to list or no model declares it (a target whose
    /// data is not read in place, or no schema).
    /// </summary>
    /// <param name="shards">Each shard's data literals, in any order.</param>
    /// <param name="catalogues">The catalogues' data literals in the model's order; null where the model was not emitted.</param>
    public static Result<EquatableArray<GeneratedFile>> Emit(IEnumerable<EquatableArray<HeapLiteral>> shards, EquatableArray<HeapLiteral>? catalogues, GeneratorOptions options, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (catalogues is not { } inModel || !options.Utf8Data || options.Runtime is not null)
        {
            return new Result<EquatableArray<GeneratedFile>>(EquatableArray<GeneratedFile>.Empty, EquatableArray<DiagnosticInfo>.Empty);
        }

        // Shard keys in the order of their methods' declarations: d00…d15, then t00…t15.
        var run = shards.SelectMany(static s => s).OrderBy(static l => l.Key, StringComparer.Ordinal).Concat(inModel).ToList();
        var table = new StringBuilder();
        table.Append(Format).Append('\n');
        foreach (var literal in run)
        {
            table.Append(literal.Key).Append(' ').Append(literal.EntryBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }

        var writer = Emitter.Begin(options.Namespace, out var block);
        using (writer.Open("partial class Dataset"))
        {
            writer.Line($"// The data literals that follow this one in the assembly's string heap ({Literals.Int(run.Count)}): each one's key and the bytes its entry takes there. LeonovData.Runtime's LiteralHeap finds them by it.");
            writer.LineWithPacked($"static partial void {MethodName}(ref {Emitter.DataType(options)} data) => data = ", Key, Encoding.ASCII.GetBytes(table.ToString()), ";");
        }

        block.Dispose();
        return new Result<EquatableArray<GeneratedFile>>(new EquatableArray<GeneratedFile>(new[] { new GeneratedFile(HintName, writer.ToText()) }), EquatableArray<DiagnosticInfo>.Empty);
    }

    /// <summary>The partial method of the model's <c>Dataset</c> that holds the table; no code calls it.</summary>
    public const string MethodName = "LiteralContents";
}
