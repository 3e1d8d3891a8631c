namespace LeonovData
{
    /// <summary>
    /// Which shards may list statements whose value is an entity: made once, on the first search for
    /// an entity's referrers, from every shard's referent table, so that such a search reads the one or
    /// two shards that hit instead of searching all of them (touch-all: 13,083 entities × 16 searches).
    /// </summary>
    /// <remarks>
    /// Not in the catalogue, as the shards holding statements about an entity are: those come from
    /// documents' subjects, but a statement's value can change with a value edit, which must re-emit its
    /// own shard and nothing else. Slots of a hash of the id, each with a bit per shard: ids that share
    /// a slot share their shards, so a lookup can name a shard that lists nothing for the entity (its
    /// search then finds nothing), never leave out one that does.
    /// </remarks>
    internal sealed class ReferentShards
    {
        // Each slot's bits and the shards are ints: more shards than bits, and every shard is searched.
        private const int MostShards = 31;

        private readonly int[] _slots;

        // Ids with a character beyond ASCII are not hashed (an id stored escaped would hash otherwise
        // than the id asked for): every shard that lists one is searched for any such id.
        private readonly int _beyondAscii;

        private ReferentShards(int[] slots, int beyondAscii)
        {
            _slots = slots;
            _beyondAscii = beyondAscii;
        }

        /// <summary>The shards (bit i for shard i) that may list statements whose value is the entity <paramref name="id"/>.</summary>
        internal int Of(string id)
        {
            if (_slots.Length == 0)
            {
                return _beyondAscii;
            }

            var hash = Hash(id);
            return hash < 0 ? _beyondAscii : _slots[hash & (_slots.Length - 1)];
        }

        /// <summary>Reads every shard's referent table (opening every shard, as a search of all of them would).</summary>
        internal static ReferentShards Read(Corpus corpus, int shardCount)
        {
            if (shardCount > MostShards)
            {
                return new ReferentShards(new int[0], Corpus.AllShards);
            }

            var referents = 0;
            for (var s = 0; s < shardCount; s++)
            {
                referents += corpus.ShardAt(s).ReferentCount;
            }

            // At least twice as many slots as ids, a power of two: few ids share a slot.
            var size = 1;
            while (size < 2 * referents)
            {
                size <<= 1;
            }

            var slots = new int[size];
            var beyondAscii = 0;
            for (var s = 0; s < shardCount; s++)
            {
                if (corpus.ShardAt(s).MarkReferents(slots))
                {
                    beyondAscii |= 1 << s;
                }
            }

            return new ReferentShards(slots, beyondAscii);
        }

        /// <summary>FNV-1a over an id's characters, all ASCII; -1 when one is not.</summary>
        internal static int Hash(string id)
        {
            var hash = Seed;
            foreach (var unit in id)
            {
                if (unit >= 0x80)
                {
                    return -1;
                }

                hash = Next(hash, unit);
            }

            return (int)(hash & int.MaxValue);
        }

        /// <summary>The same hash over a stored id's UTF-8 bytes (ASCII bytes are the id's characters); -1 when one is not ASCII.</summary>
        internal static int Hash(EncodedBytes data, int start, int length)
        {
            var hash = Seed;
            for (var i = start; i < start + length; i++)
            {
                int unit = data[i];
                if (unit >= 0x80)
                {
                    return -1;
                }

                hash = Next(hash, unit);
            }

            return (int)(hash & int.MaxValue);
        }

        private const uint Seed = 2166136261;

        private static uint Next(uint hash, int unit) => (hash ^ (uint)unit) * 16777619;
    }
}
