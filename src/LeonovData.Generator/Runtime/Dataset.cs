namespace LeonovData
{
    using EncodedBytes = global::System.ReadOnlySpan<byte>;

    /// <summary>The whole dataset: every statement, every source, and the JSON export.</summary>
    public static partial class Dataset
    {
        private static Shard[]? s_shards;
        private static Statement[]? s_statements;
        private static global::System.Collections.Generic.IReadOnlyList<Statement>? s_statementList;
        private static global::System.Collections.Generic.IReadOnlyList<Source>? s_sources;

        /// <summary>Every statement, in corpus order (documents by file name, then position).</summary>
        public static global::System.Collections.Generic.IReadOnlyList<Statement> Statements =>
            s_statementList ??= global::System.Array.AsReadOnly(AllStatements);

        /// <summary>The documents of the corpus, in corpus order.</summary>
        public static global::System.Collections.Generic.IReadOnlyList<Source> Sources
        {
            get
            {
                if (s_sources is null)
                {
                    var sources = new global::System.Collections.Generic.List<Source>();
                    foreach (var (shard, index, _, _, _) in Documents())
                    {
                        if (shard.Source(index) is { } source)
                        {
                            sources.Add(source);
                        }
                    }

                    s_sources = sources.AsReadOnly();
                }

                return s_sources;
            }
        }

        /// <summary>Every statement about one entity, in corpus order.</summary>
        public static global::System.Collections.Generic.IReadOnlyList<Statement> About(string entityId) =>
            global::System.Array.AsReadOnly(Gather(entityId, referent: false));

        internal static Statement[] AllStatements
        {
            get
            {
                if (s_statements is null)
                {
                    var all = new global::System.Collections.Generic.List<Statement>();
                    foreach (var (shard, _, _, first, count) in Documents())
                    {
                        for (var i = 0; i < count; i++)
                        {
                            all.Add(shard.Statement(first + i));
                        }
                    }

                    s_statements = all.ToArray();
                }

                return s_statements;
            }
        }

        /// <summary>The statements about an entity, or whose value is the entity, from every shard, in corpus order.</summary>
        internal static Statement[] Gather(string entityId, bool referent)
        {
            var found = new global::System.Collections.Generic.List<Statement>();
            foreach (var shard in Shards)
            {
                shard.About(entityId, referent, found);
            }

            var statements = found.ToArray();
            global::System.Array.Sort(statements, static (a, b) =>
            {
                var order = string.CompareOrdinal(a.Address.Document, b.Address.Document);
                return order != 0 ? order : a.Address.Ordinal.CompareTo(b.Address.Ordinal);
            });
            return statements;
        }

        internal static Statement? StatementAt(StatementAddress address) => Shards[address.Shard].At(address.Document, address.Ordinal);

        internal static Shard ShardAt(int number) => Shards[number];

        /// <summary>Every document of every shard, in corpus order (by key).</summary>
        private static global::System.Collections.Generic.List<(Shard Shard, int Index, string Key, int First, int Count)> Documents()
        {
            var documents = new global::System.Collections.Generic.List<(Shard Shard, int Index, string Key, int First, int Count)>();
            foreach (var shard in Shards)
            {
                for (var i = 0; i < shard.DocumentCount; i++)
                {
                    var (key, first, count) = shard.Document(i);
                    documents.Add((shard, i, key, first, count));
                }
            }

            documents.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
            return documents;
        }

        private static Shard[] Shards
        {
            get
            {
                var shards = global::System.Threading.Volatile.Read(ref s_shards);
                if (shards is null)
                {
                    shards = new Shard[16];
                    for (var i = 0; i < shards.Length; i++)
                    {
                        var number = i;
                        shards[i] = new Shard(number, () => ShardData(number));
                    }

                    shards = global::System.Threading.Interlocked.CompareExchange(ref s_shards, shards, null) ?? shards;
                }

                return shards;
            }
        }

        // One partial method per shard (the generator's Emitter.ShardCount): a data file implements
        // its own; the calls to the others compile to nothing, and their shards read as empty.
        private static EncodedBytes ShardData(int number)
        {
            var data = EncodedText.Empty;
            switch (number)
            {
                case 0: Shard00(ref data); break;
                case 1: Shard01(ref data); break;
                case 2: Shard02(ref data); break;
                case 3: Shard03(ref data); break;
                case 4: Shard04(ref data); break;
                case 5: Shard05(ref data); break;
                case 6: Shard06(ref data); break;
                case 7: Shard07(ref data); break;
                case 8: Shard08(ref data); break;
                case 9: Shard09(ref data); break;
                case 10: Shard10(ref data); break;
                case 11: Shard11(ref data); break;
                case 12: Shard12(ref data); break;
                case 13: Shard13(ref data); break;
                case 14: Shard14(ref data); break;
                case 15: Shard15(ref data); break;
            }

            return data;
        }

        /// <summary>
        /// A shard's cited text: a string (returned through <paramref name="text"/>), or, past the
        /// string-literal budget, UTF-8 (returned); both empty when the shard cites nothing.
        /// </summary>
        internal static EncodedBytes Text(int number, out string? text)
        {
            text = null;
            var utf8 = EncodedText.Empty;
            switch (number)
            {
                case 0: Text00(ref text, ref utf8); break;
                case 1: Text01(ref text, ref utf8); break;
                case 2: Text02(ref text, ref utf8); break;
                case 3: Text03(ref text, ref utf8); break;
                case 4: Text04(ref text, ref utf8); break;
                case 5: Text05(ref text, ref utf8); break;
                case 6: Text06(ref text, ref utf8); break;
                case 7: Text07(ref text, ref utf8); break;
                case 8: Text08(ref text, ref utf8); break;
                case 9: Text09(ref text, ref utf8); break;
                case 10: Text10(ref text, ref utf8); break;
                case 11: Text11(ref text, ref utf8); break;
                case 12: Text12(ref text, ref utf8); break;
                case 13: Text13(ref text, ref utf8); break;
                case 14: Text14(ref text, ref utf8); break;
                case 15: Text15(ref text, ref utf8); break;
            }

            return utf8;
        }

        static partial void Shard00(ref EncodedBytes data);

        static partial void Shard01(ref EncodedBytes data);

        static partial void Shard02(ref EncodedBytes data);

        static partial void Shard03(ref EncodedBytes data);

        static partial void Shard04(ref EncodedBytes data);

        static partial void Shard05(ref EncodedBytes data);

        static partial void Shard06(ref EncodedBytes data);

        static partial void Shard07(ref EncodedBytes data);

        static partial void Shard08(ref EncodedBytes data);

        static partial void Shard09(ref EncodedBytes data);

        static partial void Shard10(ref EncodedBytes data);

        static partial void Shard11(ref EncodedBytes data);

        static partial void Shard12(ref EncodedBytes data);

        static partial void Shard13(ref EncodedBytes data);

        static partial void Shard14(ref EncodedBytes data);

        static partial void Shard15(ref EncodedBytes data);

        static partial void Text00(ref string? text, ref EncodedBytes utf8);

        static partial void Text01(ref string? text, ref EncodedBytes utf8);

        static partial void Text02(ref string? text, ref EncodedBytes utf8);

        static partial void Text03(ref string? text, ref EncodedBytes utf8);

        static partial void Text04(ref string? text, ref EncodedBytes utf8);

        static partial void Text05(ref string? text, ref EncodedBytes utf8);

        static partial void Text06(ref string? text, ref EncodedBytes utf8);

        static partial void Text07(ref string? text, ref EncodedBytes utf8);

        static partial void Text08(ref string? text, ref EncodedBytes utf8);

        static partial void Text09(ref string? text, ref EncodedBytes utf8);

        static partial void Text10(ref string? text, ref EncodedBytes utf8);

        static partial void Text11(ref string? text, ref EncodedBytes utf8);

        static partial void Text12(ref string? text, ref EncodedBytes utf8);

        static partial void Text13(ref string? text, ref EncodedBytes utf8);

        static partial void Text14(ref string? text, ref EncodedBytes utf8);

        static partial void Text15(ref string? text, ref EncodedBytes utf8);
    }
}
