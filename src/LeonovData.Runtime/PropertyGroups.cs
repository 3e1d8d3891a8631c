namespace LeonovData
{
    /// <summary>
    /// An entity's statements (or the statements pointing at it) grouped by property, each group in
    /// corpus order; read only as far as each statement's property (which a later build's shard says
    /// in its subjects table), so a typed property decodes its own statements and no others.
    /// </summary>
    /// <remarks>
    /// Arrays searched in order, not a dictionary: an entity has a few properties, which an ordinal
    /// comparison of short strings (first by reference: a shard decodes each name once) finds sooner
    /// than hashing; and no List or Dictionary over the runtime's own struct, which the JIT would
    /// compile in every process (a framework generic over a runtime type is not precompiled).
    /// </remarks>
    internal sealed class PropertyGroups
    {
        internal static readonly PropertyGroups None = new(new string[0], new StatementRef[0][]);

        private readonly string[] _properties;
        private readonly StatementRef[][] _groups;

        private PropertyGroups(string[] properties, StatementRef[][] groups)
        {
            _properties = properties;
            _groups = groups;
        }

        /// <summary>The statements stating <paramref name="property"/>, or null when none does.</summary>
        internal StatementRef[]? Of(string property)
        {
            for (var i = 0; i < _properties.Length; i++)
            {
                if (string.Equals(_properties[i], property))
                {
                    return _groups[i];
                }
            }

            return null;
        }

        /// <summary>Statements grouped already (a shard's subject record), each group stating one property.</summary>
        internal static PropertyGroups Of(StatementRef[][] groups)
        {
            var names = new string[groups.Length];
            for (var g = 0; g < groups.Length; g++)
            {
                names[g] = groups[g].Length == 0 ? string.Empty : groups[g][0].PropertyName;
            }

            return new PropertyGroups(names, groups);
        }

        /// <summary>
        /// The groups of the first <paramref name="count"/> of <paramref name="parts"/>, one per shard
        /// (documents are disjoint between shards), joined by property, each property's statements in corpus order.
        /// </summary>
        internal static PropertyGroups Join(PropertyGroups[] parts, int count)
        {
            // Arrays rather than a List<string>: a first typed access would load its comparer's types.
            var distinct = new string[8];
            var names = 0;
            for (var p = 0; p < count; p++)
            {
                foreach (var property in parts[p]._properties)
                {
                    if (IndexOf(distinct, names, property) >= 0)
                    {
                        continue;
                    }

                    if (names == distinct.Length)
                    {
                        global::System.Array.Resize(ref distinct, names * 2);
                    }

                    distinct[names++] = property;
                }
            }

            global::System.Array.Resize(ref distinct, names);
            var members = new StatementRef[names][];
            var runs = new StatementRef[count][];
            for (var g = 0; g < members.Length; g++)
            {
                int stating = 0, total = 0;
                for (var p = 0; p < count; p++)
                {
                    if (parts[p].Of(distinct[g]) is { } run)
                    {
                        runs[stating++] = run;
                        total += run.Length;
                    }
                }

                // A property stated in one shard keeps that shard's array.
                members[g] = stating == 1 ? runs[0] : Corpus.Merge(runs, stating, total);
            }

            return new PropertyGroups(distinct, members);
        }

        /// <summary>Groups statements, kept in the order they come (corpus order), by property.</summary>
        internal static PropertyGroups Group(StatementRef[] found)
        {
            if (found.Length == 0)
            {
                return None;
            }

            // One property (as for most entities' referrers): the statements are its group as they come.
            var property = found[0].PropertyName;
            var one = true;
            for (var i = 1; one && i < found.Length; i++)
            {
                one = string.Equals(found[i].PropertyName, property);
            }

            if (one)
            {
                return new PropertyGroups(new[] { property }, new[] { found });
            }

            // The distinct properties in order of first use, and how many statements state each.
            var distinct = new string[found.Length < 8 ? found.Length : 8];
            var counts = new int[distinct.Length];
            var groups = 0;
            foreach (var statement in found)
            {
                var name = statement.PropertyName;
                var group = IndexOf(distinct, groups, name);
                if (group < 0)
                {
                    if (groups == distinct.Length)
                    {
                        global::System.Array.Resize(ref distinct, groups * 2);
                        global::System.Array.Resize(ref counts, groups * 2);
                    }

                    group = groups++;
                    distinct[group] = name;
                }

                counts[group]++;
            }

            global::System.Array.Resize(ref distinct, groups);
            var members = new StatementRef[groups][];
            for (var g = 0; g < groups; g++)
            {
                members[g] = new StatementRef[counts[g]];
                counts[g] = 0;
            }

            foreach (var statement in found)
            {
                var group = IndexOf(distinct, groups, statement.PropertyName);
                members[group][counts[group]++] = statement;
            }

            return new PropertyGroups(distinct, members);
        }

        /// <summary>Where <paramref name="property"/> is among the first <paramref name="count"/> names, or -1.</summary>
        private static int IndexOf(string[] names, int count, string property)
        {
            for (var i = 0; i < count; i++)
            {
                if (string.Equals(names[i], property))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
