namespace LeonovData
{
    /// <summary>
    /// A generated dataset's statements and sources, read from its constant data on first use. Each
    /// generated <c>Dataset</c> class has one; a process can hold several, one per assembly.
    /// </summary>
    public sealed partial class Corpus
    {
        private readonly ShardData? _data;
        private readonly StringShardData? _stringData;
        private readonly ShardText _text;
        private readonly Shard?[] _shards;
        private Statement[]? _statements;
        private global::System.Collections.Generic.IReadOnlyList<Statement>? _statementList;
        private global::System.Collections.Generic.IReadOnlyList<Source>? _sources;

#if NETSTANDARD2_0
        internal Corpus(int shardCount, ShardData data, ShardText text)
#else
        /// <summary>Called by generated code: a corpus spread over <paramref name="shardCount"/> data shards of UTF-8 literals (C# 11, .NET 8 or later).</summary>
        [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
        public Corpus(int shardCount, ShardData data, ShardText text)
#endif
            : this(shardCount, text)
        {
            _data = data;
        }

        /// <summary>
        /// Called by generated code: a corpus spread over <paramref name="shardCount"/> data shards of
        /// string literals (the same UTF-8 bytes, one char each), which every target and C# version
        /// compiles. Both builds of the runtime have it, so that code generated for either runs on both.
        /// </summary>
        [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
        public Corpus(int shardCount, StringShardData data, StringShardText text)
            : this(shardCount, DataForms.Text(text))
        {
            _stringData = data;
        }

        private Corpus(int shardCount, ShardText text)
        {
            _shards = new Shard?[shardCount];
            _text = text;
        }

        /// <summary>Every statement, in corpus order (documents by file name, then position).</summary>
        public global::System.Collections.Generic.IReadOnlyList<Statement> Statements =>
            global::System.Threading.Volatile.Read(ref _statementList) ?? Once.Publish(ref _statementList, global::System.Array.AsReadOnly(AllStatements));

        /// <summary>The documents of the corpus, in corpus order.</summary>
        public global::System.Collections.Generic.IReadOnlyList<Source> Sources
        {
            get
            {
                var kept = global::System.Threading.Volatile.Read(ref _sources);
                if (kept is null)
                {
                    var sources = new global::System.Collections.Generic.List<Source>();
                    foreach (var (shard, index, _, _, _) in Documents())
                    {
                        if (shard.Source(index) is { } source)
                        {
                            sources.Add(source);
                        }
                    }

                    kept = Once.Publish(ref _sources, sources.AsReadOnly());
                }

                return kept;
            }
        }

        /// <summary>Every statement about one entity, in corpus order.</summary>
        public global::System.Collections.Generic.IReadOnlyList<Statement> About(string entityId) =>
            global::System.Array.AsReadOnly(Gather(entityId, referent: false));

        internal Statement[] AllStatements
        {
            get
            {
                var kept = global::System.Threading.Volatile.Read(ref _statements);
                if (kept is null)
                {
                    var all = new global::System.Collections.Generic.List<Statement>();
                    foreach (var (shard, _, _, first, count) in Documents())
                    {
                        for (var i = 0; i < count; i++)
                        {
                            all.Add(shard.Statement(first + i));
                        }
                    }

                    kept = Once.Publish(ref _statements, all.ToArray());
                }

                return kept;
            }
        }

        internal const int AllShards = -1;

        /// <summary>The statements about an entity, or whose value is the entity, from every shard, in corpus order.</summary>
        internal Statement[] Gather(string entityId, bool referent) => StatementRef.Decode(Find(entityId, referent));

        /// <summary>
        /// The same statements, found but not decoded, in corpus order: documents by key (a document is
        /// in one shard, and a shard numbers its statements document after document), then position.
        /// </summary>
        /// <param name="entityId">The entity.</param>
        /// <param name="referent">Whether to find the statements whose value is the entity rather than those about it.</param>
        /// <param name="shards">The shards to search, bit i for shard i: those the catalogue says hold statements about the entity, or all.</param>
        internal StatementRef[] Find(string entityId, bool referent, int shards = AllShards)
        {
            // Arrays, not a List<StatementRef>: a framework generic over the runtime's own struct would
            // be compiled by the JIT in every process, where the runtime's own code is precompiled.
            var perShard = new StatementRef[_shards.Length][];
            int total = 0, nonEmpty = 0, last = 0;
            for (var s = 0; s < perShard.Length; s++)
            {
                // A shard not searched is not opened: its data is not even touched.
                perShard[s] = (shards & (1 << s)) == 0 ? Shard.None : ShardAt(s).About(entityId, referent);
                total += perShard[s].Length;
                if (perShard[s].Length > 0)
                {
                    nonEmpty++;
                    last = s;
                }
            }

            // A shard lists its statements in corpus order already (its documents by key, each in
            // order), so one shard's are the answer, and several need only merging, not sorting.
            return nonEmpty <= 1 ? perShard[last] : Merge(perShard, total);
        }

        /// <summary>
        /// Merges each shard's statements, each list in corpus order, by document key: documents are
        /// disjoint between shards, so the whole run of the document with the least key goes next, and
        /// each document's key is read once rather than once per statement.
        /// </summary>
        private static StatementRef[] Merge(StatementRef[][] perShard, int total)
        {
            var next = new int[perShard.Length];
            var keys = new string?[perShard.Length];
            var ends = new int[perShard.Length]; // where the statements of each shard's next document end
            var merged = new StatementRef[total];
            var at = 0;
            while (at < merged.Length)
            {
                var least = -1;
                for (var s = 0; s < perShard.Length; s++)
                {
                    if (next[s] == perShard[s].Length)
                    {
                        continue;
                    }

                    if (keys[s] is null)
                    {
                        var head = perShard[s][next[s]];
                        keys[s] = head.Shard.DocumentOf(head.Index, out ends[s]);
                    }

                    if (least < 0 || EncodedText.CompareOrdinal(keys[s], keys[least]) < 0)
                    {
                        least = s;
                    }
                }

                var run = perShard[least];
                do
                {
                    merged[at++] = run[next[least]++];
                }
                while (next[least] < run.Length && run[next[least]].Index < ends[least]);
                keys[least] = null;
            }

            return merged;
        }

        internal Statement? StatementAt(StatementAddress address) => ShardAt(address.Shard).At(address.Document, address.Ordinal);

        /// <summary>A shard, opened (its data read) on first use: an access reads only the shards it needs.</summary>
        internal Shard ShardAt(int number)
        {
            var shard = global::System.Threading.Volatile.Read(ref _shards[number]);
            return shard ?? Open(number);
        }

        // Apart from ShardAt, which runs for every shard of every search: its closure would be made on each call.
        private Shard Open(int number)
        {
            var data = _stringData is { } strings ? new EncodedBlob(DataForms.Held(strings(number))) : new EncodedBlob(_data!, number);
            var opened = new Shard(this, number, data);
            return Once.Publish(ref _shards[number], opened);
        }

        /// <summary>Every document of every shard, in corpus order (by key).</summary>
        private global::System.Collections.Generic.List<(Shard Shard, int Index, string Key, int First, int Count)> Documents()
        {
            var documents = new global::System.Collections.Generic.List<(Shard Shard, int Index, string Key, int First, int Count)>();
            foreach (var shard in Shards)
            {
                for (var i = 0; i < shard.DocumentCount; i++)
                {
                    var key = shard.Document(i, out var first, out var count);
                    documents.Add((shard, i, key, first, count));
                }
            }

            documents.Sort(static (a, b) => EncodedText.CompareOrdinal(a.Key, b.Key));
            return documents;
        }

        /// <summary>Every shard, each opened if it was not.</summary>
        private global::System.Collections.Generic.IEnumerable<Shard> Shards
        {
            get
            {
                for (var i = 0; i < _shards.Length; i++)
                {
                    yield return ShardAt(i);
                }
            }
        }

        /// <summary>A shard's cited text (see <see cref="ShardText"/>).</summary>
        internal EncodedBytes Text(int number, out string? text) => _text(number, out text);
    }
}
