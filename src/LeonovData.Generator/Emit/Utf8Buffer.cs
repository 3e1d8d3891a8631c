using System;

namespace LeonovData.Generator.Emit;

/// <summary>
/// The thread's buffer for a data literal's UTF-8 bytes (<see cref="Blob.Utf8"/>, <see cref="CitedText.Utf8"/>):
/// a shard's records and its cited text are each encoded, packed into the file and dropped, and an
/// exact array for each, on the large-object heap, was a quarter of what emitting the shards allocated.
/// </summary>
/// <remarks>
/// What it lends is valid until the thread's next <see cref="Lend"/>: a shard writes its records before
/// it encodes its text. Only a buffer of a size a shard commonly needs is kept, so a compiler server's
/// thread holds a megabyte of it at most.
/// </remarks>
internal static class Utf8Buffer
{
    private const int MaxKept = 1 << 20;

    [ThreadStatic]
    private static byte[]? s_kept;

    /// <summary>A buffer of at least <paramref name="length"/> bytes, the thread's when it is large enough and not too large.</summary>
    public static byte[] Lend(long length)
    {
        if (s_kept is { } kept && kept.Length >= length)
        {
            return kept;
        }

        var made = new byte[length];
        if (length <= MaxKept)
        {
            s_kept = made;
        }

        return made;
    }
}
