#if !NETSTANDARD2_0
namespace LeonovData
{
    /// <summary>
    /// The data literals of a generated dataset (<see cref="DataLiteral"/>), found in its assembly's
    /// metadata: the string heap (<c>#US</c>, ECMA-335 II.24.2.4) holds every string literal of the
    /// assembly as UTF-16, length-prefixed, and stays mapped for as long as the assembly is loaded. A blob
    /// read from there is read in place: no generated method runs, so none is compiled, and nothing is copied.
    /// </summary>
    /// <remarks>
    /// Where the metadata cannot be read (a platform without it, such as native AOT, or a big-endian
    /// machine, whose chars are not the heap's little-endian bytes) there is no heap, and the corpus
    /// calls the generated methods instead, which return the same literals. The pointers stay valid
    /// because the corpus holds delegates to the generated code, which keep its assembly loaded.
    /// The scan runs once per corpus, before its first read, so it uses nothing but arrays: every type
    /// it loaded would be a cost of the first typed access.
    /// </remarks>
    internal sealed unsafe class LiteralHeap
    {
        // A shard's number is two digits: d00..d99 (records), t00..t99 (cited text).
        private const int MaxShards = 100;

        /// <summary>
        /// Whether corpora made from now on read their data through the generated methods, as a platform
        /// without readable metadata does, rather than in place; the data read is the same. Tests turn it
        /// on. False by default, so that the class needs no static constructor (a call at first access).
        /// </summary>
#pragma warning disable CS0649 // Set by tests, through reflection on their own copy of the runtime.
        internal static volatile bool ReadThroughMethods;
#pragma warning restore CS0649

        private readonly string[] _keys;

        // A key found twice has length -1: neither is read.
        private readonly nint[] _addresses;
        private readonly int[] _lengths;

        // The shards' literals by number, 1-based indices into the arrays above (0: not here): the cited
        // text is asked for on every sentence read.
        private readonly int[] _shardData = new int[MaxShards];
        private readonly int[] _shardText = new int[MaxShards];

        private LiteralHeap(string[] keys, nint[] addresses, int[] lengths)
        {
            _keys = keys;
            _addresses = addresses;
            _lengths = lengths;
            for (var i = 0; i < keys.Length; i++)
            {
                var key = keys[i];
                if (lengths[i] >= 0 && key.Length == 3 && key[0] is 'd' or 't' && key[1] is >= '0' and <= '9' && key[2] is >= '0' and <= '9')
                {
                    (key[0] == 'd' ? _shardData : _shardText)[((key[1] - '0') * 10) + (key[2] - '0')] = i + 1;
                }
            }
        }

        /// <summary>The data literals of the assembly that declares <paramref name="dataset"/>; null when its metadata cannot be read.</summary>
        internal static LiteralHeap? Of(global::System.Type dataset)
        {
            if (ReadThroughMethods
                || !global::System.BitConverter.IsLittleEndian
                || !RawMetadata(dataset, out var metadata, out var length)
                || !StringHeap(metadata, length, out var heap, out var size))
            {
                return null;
            }

            return Scan(heap, size);
        }

        /// <summary>The assembly's metadata as the runtime holds it; false on a runtime that does not give it out.</summary>
        private static bool RawMetadata(global::System.Type dataset, out byte* metadata, out int length)
        {
            try
            {
                return AssemblyMetadata.TryGet(dataset.Assembly, out metadata, out length);
            }
            catch (global::System.NotSupportedException)
            {
                // A runtime that does not implement it may say so by throwing: the generated methods give the same data.
                metadata = null;
                length = 0;
                return false;
            }
        }

        /// <summary>The packed bytes of a shard's records (<paramref name="text"/> false) or cited text, in place; false when they are not here.</summary>
        internal bool TryShard(int number, bool text, out byte* address, out int length)
        {
            var index = number is >= 0 and < MaxShards ? (text ? _shardText : _shardData)[number] - 1 : -1;
            address = index < 0 ? null : (byte*)_addresses[index];
            length = index < 0 ? 0 : _lengths[index];
            return index >= 0;
        }

        /// <summary>The packed bytes of the data literal with <paramref name="key"/>, in place; false when there is none.</summary>
        internal bool TryBytes(string key, out byte* address, out int length)
        {
            for (var i = 0; i < _keys.Length; i++)
            {
                if (_keys[i] == key && _lengths[i] >= 0)
                {
                    address = (byte*)_addresses[i];
                    length = _lengths[i];
                    return true;
                }
            }

            address = null;
            length = 0;
            return false;
        }

        /// <summary>Finds the <c>#US</c> stream among the metadata root's stream headers (ECMA-335 II.24.2.1, II.24.2.2).</summary>
        private static bool StringHeap(byte* metadata, int length, out byte* heap, out int size)
        {
            heap = null;
            size = 0;
            if (length < 20 || ReadUInt32(metadata) != 0x424A5342)
            {
                return false;
            }

            var versionLength = ReadUInt32(metadata + 12);
            if (versionLength > (uint)(length - 20))
            {
                return false;
            }

            var position = 16 + (int)versionLength + 2;
            var streams = metadata[position] | (metadata[position + 1] << 8);
            position += 2;
            for (var s = 0; s < streams; s++)
            {
                if (position + 12 > length)
                {
                    return false;
                }

                var offset = ReadUInt32(metadata + position);
                var streamSize = ReadUInt32(metadata + position + 4);
                var name = metadata + position + 8;
                var isStringHeap = name[0] == '#' && name[1] == 'U' && name[2] == 'S' && name[3] == 0;
                var nameLength = 0;
                while (position + 8 + nameLength < length && name[nameLength] != 0)
                {
                    nameLength++;
                }

                // The name, its terminating zero, padded to four bytes.
                position += 8 + ((nameLength + 4) & ~3);
                if (isStringHeap)
                {
                    if (offset > (uint)length || streamSize > (uint)length - offset)
                    {
                        return false;
                    }

                    heap = metadata + offset;
                    size = (int)streamSize;
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Walks the heap's entries (a compressed length, the chars, a flag byte) and keeps those that
        /// begin with a data literal's header: once to count them, once to keep them, so that no array
        /// grows (a framework generic over a pointer-sized number is compiled by the JIT on first use).
        /// A key found twice is kept as not there (length -1), so that neither is read: the generated
        /// methods say which is which.
        /// </summary>
        private static LiteralHeap Scan(byte* heap, int size)
        {
            var count = Walk(heap, size, null, null, null);
            var keys = new string[count];
            var addresses = new nint[count];
            var lengths = new int[count];
            Walk(heap, size, keys, addresses, lengths);
            for (var i = 0; i < count; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (keys[i] == keys[j])
                    {
                        lengths[i] = lengths[j] = -1;
                    }
                }
            }

            return new LiteralHeap(keys, addresses, lengths);
        }

        /// <summary>Counts the data literals, and keeps them when given arrays to keep them in.</summary>
        private static int Walk(byte* heap, int size, string[]? keys, nint[]? addresses, int[]? lengths)
        {
            var count = 0;
            var position = 0;
            while (position < size)
            {
                int length;
                int prefix;
                var first = heap[position];
                if ((first & 0x80) == 0)
                {
                    length = first;
                    prefix = 1;
                }
                else if ((first & 0xC0) == 0x80 && position + 1 < size)
                {
                    length = ((first & 0x3F) << 8) | heap[position + 1];
                    prefix = 2;
                }
                else if ((first & 0xE0) == 0xC0 && position + 3 < size)
                {
                    length = ((first & 0x1F) << 24) | (heap[position + 1] << 16) | (heap[position + 2] << 8) | heap[position + 3];
                    prefix = 4;
                }
                else
                {
                    break;
                }

                var chars = (char*)(heap + position + prefix);
                position += prefix + length;
                if (length < 3 || position > size || chars[0] != DataLiteral.Marker)
                {
                    continue;
                }

                var end = DataLiteral.Header(new global::System.ReadOnlySpan<char>(chars, (length - 1) / 2), out var key, out var payload);
                var bytes = ((((length - 1) / 2) - payload) * 2) - (end == DataLiteral.OddBytes ? 1 : 0);
                if (end == '\0' || bytes < 0)
                {
                    continue;
                }

                if (keys is not null)
                {
                    keys[count] = key.ToString();
                    addresses![count] = (nint)(chars + payload);
                    lengths![count] = bytes;
                }

                count++;
            }

            return count;
        }

        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static uint ReadUInt32(byte* at) => at[0] | ((uint)at[1] << 8) | ((uint)at[2] << 16) | ((uint)at[3] << 24);
    }
}
#endif
