namespace LeonovData
{
    /// <summary>
    /// Where the statements about an entity are (<see cref="Corpus.Locate"/>): either its subject
    /// record in each shard that has one (<see cref="Records"/>: pairs of shard number and record
    /// index; a later build's shards list each subject's statements by property), or its statements
    /// grouped by property (<see cref="Groups"/>: an earlier build's shards do not).
    /// </summary>
    /// <remarks>
    /// A struct over the one reference an entity keeps (<see cref="Kept"/>, published once, as an
    /// object field can be): a class of its own around the array would be an object more per entity
    /// touched, and the two kinds have no type in common.
    /// </remarks>
    internal readonly struct StatementPlaces
    {
        private readonly object _kept;

        private StatementPlaces(object kept) => _kept = kept;

        /// <summary>Pairs of shard number and subject record index, or null when it is <see cref="Groups"/>.</summary>
        public int[]? Records => _kept as int[];

        /// <summary>The statements grouped by property, or null when it is <see cref="Records"/>.</summary>
        public PropertyGroups? Groups => _kept as PropertyGroups;

        /// <summary>What an entity keeps: the array or the groups themselves.</summary>
        public object Kept => _kept;

        public static StatementPlaces InRecords(int[] records) => new(records);

        public static StatementPlaces InGroups(PropertyGroups groups) => new(groups);

        /// <summary>Places kept as <see cref="Kept"/>.</summary>
        public static StatementPlaces FromKept(object kept) => new(kept);
    }
}
