namespace LeonovData
{
    /// <summary>
    /// Reads a blob of generated constant data in place (the layout is described on the generator's
    /// <c>Emit/Blob.cs</c>): numbers are read where they lie, strings are decoded on first use and
    /// kept, so each string of the data becomes one string object, once.
    /// </summary>
    internal sealed unsafe class EncodedBlob
    {
        private const int Fixed = 4;

        // Data in the metadata is read from its address; a UTF-8 literal through its delegate on each use
        // (a span cannot be kept in a field); data the runtime holds itself (a string literal, or its
        // bytes) from the field.
        private readonly DataSource? _source;
        private readonly ShardData? _shards;
        private readonly int _shard;
        private readonly HeldBytes? _held;
#if !NETSTANDARD2_0
        private readonly byte* _address;
        private readonly int _length;
#endif
        private readonly Kept _strings;
        private readonly int _stringOffsets;
        private readonly int[] _counts;
        private readonly int[] _offsets;

        internal EncodedBlob(DataSource source)
            : this(source, null, source())
        {
        }

        /// <summary>A shard's data: the delegate and its argument rather than a closure, a type fewer to load on first use and a call fewer on each read.</summary>
        internal EncodedBlob(ShardData shards, int shard)
            : this(null, null, shards(shard))
        {
            _shards = shards;
            _shard = shard;
        }

        internal EncodedBlob(HeldBytes held)
            : this(null, held, held)
        {
        }

#if !NETSTANDARD2_0
        /// <summary>Data read in place from the assembly's metadata (<see cref="LiteralHeap"/>), which stays where it is while the assembly is loaded.</summary>
        internal EncodedBlob(byte* address, int length)
            : this(null, null, new EncodedBytes(address, length))
        {
            _address = address;
            _length = length;
        }
#endif

        private EncodedBlob(DataSource? source, HeldBytes? held, EncodedBytes data)
        {
            _source = source;
            _held = held;
            if (data.Length == 0)
            {
                _strings = new Kept(0);
                StringCount = 0;
                _counts = _offsets = global::System.Array.Empty<int>();
                return;
            }

            StringCount = FixedAt(data, 0);
            _strings = new Kept(StringCount);
            var tables = FixedAt(data, Fixed);
            _counts = new int[tables];
            _offsets = new int[tables];
            for (var t = 0; t < tables; t++)
            {
                _counts[t] = FixedAt(data, (2 + (2 * t)) * Fixed);
                _offsets[t] = FixedAt(data, (3 + (2 * t)) * Fixed);
            }

            _stringOffsets = (2 + (2 * tables)) * Fixed;
        }

        /// <summary>The data itself; a literal or the bytes held, so this is cheap.</summary>
#if NETSTANDARD2_0
        internal EncodedBytes Data => _held is not null ? _held : _shards is not null ? _shards(_shard) : _source!();
#else
        internal EncodedBytes Data =>
            _address is not null ? new EncodedBytes(_address, _length) : _held is not null ? _held : _shards is not null ? _shards(_shard) : _source!();
#endif

        /// <summary>How many strings the blob's string table has (numbered 1 to this).</summary>
        internal int StringCount { get; }

        /// <summary>How many tables the blob has.</summary>
        internal int Tables => _counts.Length;

        /// <summary>How many records a table has.</summary>
        internal int Count(int table) => table < _counts.Length ? _counts[table] : 0;

        /// <summary>Where a record of <paramref name="data"/> (this blob's <see cref="Data"/>, read once by the caller) starts.</summary>
        internal int Record(EncodedBytes data, int table, int index) => FixedAt(data, _offsets[table] + (index * Fixed));

        /// <summary>The string with this 1-based index; null for 0.</summary>
        internal string? String(int id)
        {
            if (id == 0)
            {
                return null;
            }

            var cached = (string?)_strings[id - 1];
            if (cached is not null)
            {
                return cached;
            }

            var data = Data;
            var start = FixedAt(data, _stringOffsets + ((id - 1) * Fixed));
            var end = FixedAt(data, _stringOffsets + (id * Fixed));
            var text = EncodedText.Decode(data, start, end - start);
            return (string)_strings.Publish(id - 1, text);
        }

        /// <summary>The string a record refers to at <paramref name="position"/>, moving past it.</summary>
        internal string? String(EncodedBytes data, ref int position) => String(Number(data, ref position));

        /// <summary>The string a record refers to; for fields that are never null.</summary>
        internal string Text(EncodedBytes data, ref int position) => String(Number(data, ref position)) ?? string.Empty;

        /// <summary>An unsigned number: 5 bits a digit, low digits first; '0'..'O' ends it, 'P'..'o' goes on.</summary>
        internal static int Number(EncodedBytes data, ref int position)
        {
            var value = 0;
            var shift = 0;
            while (true)
            {
                int digit = data[position++];
                if (digit < 'P')
                {
                    return value | ((digit - '0') << shift);
                }

                value |= (digit - 'P') << shift;
                shift += 5;
            }
        }

        /// <summary>A zigzag-encoded signed number.</summary>
        internal static int Signed(EncodedBytes data, ref int position)
        {
            var n = (uint)Number(data, ref position);
            return (int)(n >> 1) ^ -(int)(n & 1);
        }

        /// <summary>Binary search of a table whose records start with a string id, ordered by that string (ordinal).</summary>
        internal int Search(int table, string key)
        {
            // The data read once: a UTF-8 literal is reached through delegates to the generated code.
            var data = Data;
            int low = 0, high = Count(table) - 1;
            while (low <= high)
            {
                var middle = low + ((high - low) / 2);
                var position = Record(data, table, middle);
                var order = Compare(data, Number(data, ref position), key);
                if (order == 0)
                {
                    return middle;
                }

                if (order < 0)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return -1;
        }

        /// <summary>
        /// Orders the string with this index (null read as empty, as <see cref="Text"/> does) against a key,
        /// as <see cref="EncodedText.CompareOrdinal"/> would: ASCII is compared where it lies, so that a
        /// search decodes and keeps no string on its way (a first access searches a dozen shards, ten
        /// probes each); anything else is decoded and compared. Even a string decoded already is compared
        /// in place: looking it up costs a probe about as much as the comparison.
        /// </summary>
        private int Compare(EncodedBytes data, int id, string key)
        {
            if (id == 0 || key is null)
            {
                return EncodedText.CompareOrdinal(String(id) ?? string.Empty, key);
            }

            var start = FixedAt(data, _stringOffsets + ((id - 1) * Fixed));
            var length = FixedAt(data, _stringOffsets + (id * Fixed)) - start;
            var shorter = length < key.Length ? length : key.Length;
            for (var i = 0; i < shorter; i++)
            {
                int unit = data[start + i];
                if (unit >= 0x80)
                {
                    return EncodedText.CompareOrdinal(String(id), key);
                }

                // The string's chars so far are these bytes, so its char here is this one.
                var difference = unit - key[i];
                if (difference != 0)
                {
                    return difference;
                }
            }

            // Equal so far: any bytes left are at least one more char.
            return length - key.Length;
        }

        /// <summary>Where the UTF-8 bytes of the string with this index (0: empty) start in <paramref name="data"/>, and how many there are.</summary>
        internal int Bytes(EncodedBytes data, int id, out int length)
        {
            if (id == 0)
            {
                length = 0;
                return 0;
            }

            var start = FixedAt(data, _stringOffsets + ((id - 1) * Fixed));
            length = FixedAt(data, _stringOffsets + (id * Fixed)) - start;
            return start;
        }

        private static int FixedAt(EncodedBytes data, int position) =>
            (data[position] - '0') | ((data[position + 1] - '0') << 6) | ((data[position + 2] - '0') << 12) | ((data[position + 3] - '0') << 18);
    }
}
