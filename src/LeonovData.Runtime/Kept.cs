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
    /// of a generic class is a handful of types the first access would load. Each object is held in a
    /// struct (<see cref="Slot"/>), and each chunk too: a reference to an element of an array of a
    /// reference type is checked against the array's real type on every read (arrays are covariant),
    /// which compiled code does in a helper call; a struct element needs no check. Touch-all reads
    /// kept values a few million times (each statement, string and entity of a shard).
    /// </remarks>
    internal sealed class Kept
    {
        private const int ChunkBits = 6;
        private const int ChunkSize = 1 << ChunkBits;
        private readonly Chunk[] _chunks;

        internal Kept(int count)
        {
            _chunks = new Chunk[(count + ChunkSize - 1) >> ChunkBits];
        }

        /// <summary>The value kept at <paramref name="index"/>, or null when none is yet.</summary>
        internal object? this[int index] =>
            Atomic.Read(ref _chunks[index >> ChunkBits].Slots) is { } slots ? Atomic.Read(ref slots[index & (ChunkSize - 1)].Value) : null;

        /// <summary>Keeps <paramref name="value"/> at <paramref name="index"/> unless another thread kept one first; returns the one kept.</summary>
        internal object Publish(int index, object value)
        {
            ref var chunk = ref _chunks[index >> ChunkBits].Slots;
            var slots = Atomic.Read(ref chunk) ?? Once.Publish(ref chunk, new Slot[ChunkSize]);
            return Once.Publish(ref slots[index & (ChunkSize - 1)].Value, value);
        }

        private struct Chunk
        {
            internal Slot[]? Slots;
        }

        private struct Slot
        {
            internal object? Value;
        }
    }
}
