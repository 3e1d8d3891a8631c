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

        // A key found twice has length -1: neither is read.
        private const int Twice = -1;

        // A literal the table of contents lists, whose header has not been checked yet.
        private const int Unchecked = -2;

        // The key of the table of contents (LeonovData.Generator's Emit/LiteralContents.cs), and the format it knows.
        private const string ContentsKey = "toc";
        private const byte ContentsFormat = (byte)'1';

        private readonly string[] _keys;

        // The payload of each literal; its length in bytes once known (see Twice, Unchecked).
        private readonly nint[] _addresses;
        private readonly int[] _lengths;

        // Where the entry of each literal the table of contents lists starts, and the bytes it takes:
        // checked when the literal is first read. Null when the heap was walked.
        private readonly nint[]? _entries;
        private readonly int[]? _sizes;
        private readonly byte* _heap;
        private readonly int _size;

        // The heap walked entry by entry, once a listed literal was not where the table said.
        private volatile LiteralHeap? _walked;

        // The shards' literals by number, 1-based indices into the arrays above (0: not here): the cited
        // text is asked for on every sentence read.
        private readonly int[] _shardData = new int[MaxShards];
        private readonly int[] _shardText = new int[MaxShards];

        private LiteralHeap(string[] keys, nint[] addresses, int[] lengths, byte* heap, int size, nint[]? entries, int[]? sizes, int entriesRead)
        {
            _keys = keys;
            _addresses = addresses;
            _lengths = lengths;
            _heap = heap;
            _size = size;
            _entries = entries;
            _sizes = sizes;
            EntriesRead = entriesRead;
            for (var i = 0; i < keys.Length; i++)
            {
                var key = keys[i];
                if (lengths[i] != Twice && key.Length == 3 && key[0] is 'd' or 't' && key[1] is >= '0' and <= '9' && key[2] is >= '0' and <= '9')
                {
                    (key[0] == 'd' ? _shardData : _shardText)[((key[1] - '0') * 10) + (key[2] - '0')] = i + 1;
                }
            }
        }

        /// <summary>How many entries of the heap the scan read (tests): all of them, or those up to the table of contents.</summary>
        internal int EntriesRead { get; }

        /// <summary>Whether the literals were found through the table of contents, and all read so far were where it said (tests).</summary>
        internal bool Listed => _entries is not null && _walked is null;

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
            if (_walked is { } walked)
            {
                return walked.TryShard(number, text, out address, out length);
            }

            var index = number is >= 0 and < MaxShards ? (text ? _shardText : _shardData)[number] - 1 : -1;
            return index >= 0 && _lengths[index] == Unchecked && !Check(index)
                ? Walked().TryShard(number, text, out address, out length)
                : At(index, out address, out length);
        }

        /// <summary>The packed bytes of the data literal with <paramref name="key"/>, in place; false when there is none.</summary>
        internal bool TryBytes(string key, out byte* address, out int length)
        {
            if (_walked is { } walked)
            {
                return walked.TryBytes(key, out address, out length);
            }

            var index = -1;
            for (var i = 0; i < _keys.Length && index < 0; i++)
            {
                index = _keys[i] == key && _lengths[i] != Twice ? i : -1;
            }

            return index >= 0 && _lengths[index] == Unchecked && !Check(index)
                ? Walked().TryBytes(key, out address, out length)
                : At(index, out address, out length);
        }

        private bool At(int index, out byte* address, out int length)
        {
            var found = index >= 0 && _lengths[index] >= 0;
            address = found ? (byte*)_addresses[index] : null;
            length = found ? _lengths[index] : 0;
            return found;
        }

        /// <summary>
        /// Whether a literal the table of contents lists is where it said: an entry of the size it gave
        /// (compressed length, chars, flag), whose chars begin with a data literal's header of its key.
        /// Only then is its length kept and the literal read. The literal's first page is about to be read anyway.
        /// </summary>
        private bool Check(int index)
        {
            var entry = (byte*)_entries![index];
            var size = _sizes![index];
            var position = 0;
            if (!Next(entry, size, ref position, out var chars, out var length) || position != size || length < 3 || (nint)chars + (2 * (_keys[index].Length + 2)) != _addresses[index])
            {
                return false;
            }

            var bytes = Literal(chars, length, out var key, out _);
            if (bytes < 0 || key.Length != _keys[index].Length)
            {
                return false;
            }

            for (var i = 0; i < key.Length; i++)
            {
                if (key[i] != _keys[index][i])
                {
                    return false;
                }
            }

            _lengths[index] = bytes;
            return true;
        }

        /// <summary>The heap walked entry by entry, as code generated without a table of contents is read: the same data, found the slow way.</summary>
        private LiteralHeap Walked() => _walked ??= Walk(_heap, _size);

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
        /// Reads the heap's entries up to its first data literal: where that is the table of contents
        /// (LeonovData.Generator's Emit/LiteralContents.cs), every literal it lists is found from it, their
        /// pages untouched (each page touched first is a page fault); otherwise, and where the table is
        /// not one this runtime reads, the whole heap is walked (<see cref="Walk"/>).
        /// </summary>
        private static LiteralHeap Scan(byte* heap, int size)
        {
            var position = 0;
            var read = 0;
            while (Next(heap, size, ref position, out var chars, out var length))
            {
                read++;
                if (length >= 3 && chars[0] == DataLiteral.Marker)
                {
                    var bytes = Literal(chars, length, out var key, out var payload);
                    return bytes >= 0 && key.Length == 3 && key[0] == 't' && key[1] == 'o' && key[2] == 'c'
                        ? Contents(heap, size, (byte*)(chars + payload), bytes, position, read) ?? Walk(heap, size)
                        : Walk(heap, size);
                }
            }

            return Walk(heap, size);
        }

        /// <summary>
        /// The literals the table of contents lists (a line with its format, then per literal its key, a
        /// space, the bytes its entry takes, a line feed), each one's entry right after the one before
        /// from <paramref name="position"/> on; null where the table cannot be read or runs past the heap.
        /// A key listed twice is not read, as in <see cref="Walk"/>.
        /// </summary>
        private static LiteralHeap? Contents(byte* heap, int size, byte* table, int length, int position, int read)
        {
            if (length < 2 || table[0] != ContentsFormat || table[1] != (byte)'\n')
            {
                return null;
            }

            var count = 0;
            for (var i = 2; i < length; i++)
            {
                count += table[i] == (byte)'\n' ? 1 : 0;
            }

            var keys = new string[count];
            var addresses = new nint[count];
            var lengths = new int[count];
            var entries = new nint[count];
            var sizes = new int[count];
            var at = 2;
            var key = stackalloc char[64];
            for (var n = 0; n < count; n++)
            {
                var keyLength = 0;
                while (at < length && table[at] != (byte)' ' && keyLength < 64)
                {
                    key[keyLength++] = (char)table[at++];
                }

                if (at >= length || table[at++] != (byte)' ')
                {
                    return null;
                }

                var entry = 0;
                var digits = 0;
                while (at < length && table[at] is >= (byte)'0' and <= (byte)'9' && digits++ < 9)
                {
                    entry = (entry * 10) + (table[at++] - '0');
                }

                // The compressed length a heap entry of this size has: 1, 2 or 4 bytes (ECMA-335 II.23.2).
                var prefix = entry - 1 is > 0 and < 0x80 ? 1 : entry - 2 is >= 0x80 and < 0x4000 ? 2 : entry - 4 >= 0x4000 ? 4 : 0;
                if (at >= length || table[at++] != (byte)'\n' || keyLength == 0 || prefix == 0 || entry > size - position
                    || entry - prefix < (2 * (keyLength + 2)) + 1)
                {
                    return null;
                }

                keys[n] = new string(key, 0, keyLength);
                entries[n] = (nint)(heap + position);
                sizes[n] = entry;
                addresses[n] = (nint)(heap + position + prefix + (2 * (keyLength + 2)));
                lengths[n] = Unchecked;
                position += entry;
            }

            for (var i = 0; i < count; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (keys[i] == keys[j])
                    {
                        lengths[i] = lengths[j] = Twice;
                    }
                }
            }

            return new LiteralHeap(keys, addresses, lengths, heap, size, entries, sizes, read);
        }

        /// <summary>
        /// Walks the heap's entries (a compressed length, the chars, a flag byte) and keeps those that
        /// begin with a data literal's header: once to count them, once to keep them, so that no array
        /// grows (a framework generic over a pointer-sized number is compiled by the JIT on first use).
        /// A key found twice is kept as not there (length -1), so that neither is read: the generated
        /// methods say which is which.
        /// </summary>
        private static LiteralHeap Walk(byte* heap, int size)
        {
            var count = Entries(heap, size, null, null, null, out var read);
            var keys = new string[count];
            var addresses = new nint[count];
            var lengths = new int[count];
            Entries(heap, size, keys, addresses, lengths, out _);
            for (var i = 0; i < count; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (keys[i] == keys[j])
                    {
                        lengths[i] = lengths[j] = Twice;
                    }
                }
            }

            return new LiteralHeap(keys, addresses, lengths, heap, size, null, null, read);
        }

        /// <summary>Counts the data literals, and keeps them when given arrays to keep them in.</summary>
        private static int Entries(byte* heap, int size, string[]? keys, nint[]? addresses, int[]? lengths, out int read)
        {
            var count = 0;
            var position = 0;
            read = 0;
            while (Next(heap, size, ref position, out var chars, out var length))
            {
                read++;
                if (length < 3 || chars[0] != DataLiteral.Marker)
                {
                    continue;
                }

                var bytes = Literal(chars, length, out var key, out var payload);
                if (bytes < 0)
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

        /// <summary>
        /// The heap's entry at <paramref name="position"/>: its chars and their length in bytes (the flag
        /// byte included), and the position of the next; false at the end, or where an entry would run past it.
        /// </summary>
        private static bool Next(byte* heap, int size, ref int position, out char* chars, out int length)
        {
            chars = null;
            length = 0;
            if (position >= size)
            {
                return false;
            }

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
                return false;
            }

            if (length > size - position - prefix)
            {
                return false;
            }

            chars = (char*)(heap + position + prefix);
            position += prefix + length;
            return true;
        }

        /// <summary>The bytes a data literal's chars carry, its key and where they start; -1 where the chars are not one.</summary>
        private static int Literal(char* chars, int length, out global::System.ReadOnlySpan<char> key, out int payload)
        {
            var end = DataLiteral.Header(new global::System.ReadOnlySpan<char>(chars, (length - 1) / 2), out key, out payload);
            var bytes = ((((length - 1) / 2) - payload) * 2) - (end == DataLiteral.OddBytes ? 1 : 0);
            return end == '\0' || bytes < 0 ? -1 : bytes;
        }

        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static uint ReadUInt32(byte* at) => at[0] | ((uint)at[1] << 8) | ((uint)at[2] << 16) | ((uint)at[3] << 24);
    }
}
#endif
