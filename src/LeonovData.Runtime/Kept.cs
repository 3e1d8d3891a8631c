namespace LeonovData
{
    /// <summary>
    /// Values decoded on first use and kept, by index (a shard's statements, a blob's strings), in
    /// chunks made when first written. One array of them all was fresh memory the process touched page
    /// by page: a first typed access decodes a few statements in each of a dozen shards, and their
    /// arrays of 5,000 statements and 2,000 strings each were about 200 page faults.
    /// </summary>
    /// <remarks>
    /// Objects, cast by the reader, rather than a generic over the kind of value: each instantiation
    /// of a generic class is a handful of types the first access would load.
    /// </remarks>
    internal sealed class Kept
    {
        private const int ChunkBits = 6;
        private const int ChunkSize = 1 << ChunkBits;
        private readonly object?[]?[] _chunks;

        internal Kept(int count)
        {
            _chunks = new object?[]?[(count + ChunkSize - 1) >> ChunkBits];
        }

        /// <summary>The value kept at <paramref name="index"/>, or null when none is yet.</summary>
        internal object? this[int index] =>
            global::System.Threading.Volatile.Read(ref _chunks[index >> ChunkBits]) is { } chunk ? global::System.Threading.Volatile.Read(ref chunk[index & (ChunkSize - 1)]) : null;

        /// <summary>Keeps <paramref name="value"/> at <paramref name="index"/> unless another thread kept one first; returns the one kept.</summary>
        internal object Publish(int index, object value)
        {
            var chunk = global::System.Threading.Volatile.Read(ref _chunks[index >> ChunkBits]) ?? Once.Publish(ref _chunks[index >> ChunkBits], new object?[ChunkSize]);
            return Once.Publish(ref chunk[index & (ChunkSize - 1)], value);
        }
    }
}
