namespace LeonovData
{
    /// <summary>
    /// The entities of one kind, decoded from the catalogue's constant data (ordered by id) one at a
    /// time, on first use, and kept: an entity is always the same object.
    /// </summary>
    /// <typeparam name="TEntity">The kind's record type.</typeparam>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class Catalogue<TEntity>
        where TEntity : Entity
    {
        private readonly Corpus _corpus;
        private readonly string _kind;
        private readonly EncodedBlob _blob;
        private readonly global::System.Func<EntityData, TEntity> _create;
        private readonly TEntity?[] _entities;
        private global::System.Collections.Generic.IReadOnlyList<TEntity>? _all;
        private global::System.Collections.Generic.Dictionary<string, TEntity[]>? _byName;

#if NETSTANDARD2_0
        internal Catalogue(Corpus corpus, string kind, DataSource data, global::System.Func<EntityData, TEntity> create)
#else
        /// <summary>The catalogue of one kind of a corpus: its constant data (a UTF-8 literal) and how to create its records.</summary>
        public Catalogue(Corpus corpus, string kind, DataSource data, global::System.Func<EntityData, TEntity> create)
#endif
            : this(corpus, kind, new EncodedBlob(data), create)
        {
        }

        /// <summary>The catalogue of one kind of a corpus: its constant data (a string literal of the same UTF-8 bytes) and how to create its records.</summary>
        public Catalogue(Corpus corpus, string kind, StringDataSource data, global::System.Func<EntityData, TEntity> create)
            : this(corpus, kind, new EncodedBlob(DataForms.Held(data())), create)
        {
        }

        private Catalogue(Corpus corpus, string kind, EncodedBlob blob, global::System.Func<EntityData, TEntity> create)
        {
            _corpus = corpus;
            _kind = kind;
            _blob = blob;
            _create = create;
            _entities = new TEntity?[_blob.Count(0)];
        }

        // NoInlining on the members generated code calls: the JIT compiles the generated code of a load
        // it can unload (a collectible assembly) fully optimised, without tiering, and its inliner would
        // import these members, and what they call, into every generated method that calls them. Kept
        // out, they cost a call; let in, they cost more JIT time than a call (touch-all: 209 -> 124 ms).
        /// <summary>Every entity, ordered by id.</summary>
        public global::System.Collections.Generic.IReadOnlyList<TEntity> All
        {
            [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
            get
            {
                if (_all is null)
                {
                    var all = new TEntity[_entities.Length];
                    for (var i = 0; i < all.Length; i++)
                    {
                        all[i] = At(i);
                    }

                    _all = global::System.Array.AsReadOnly(all);
                }

                return _all;
            }
        }

        /// <summary>The entity at a position in id order.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        public TEntity At(int index)
        {
            var entity = global::System.Threading.Volatile.Read(ref _entities[index]);
            if (entity is null)
            {
                var decoded = _create(Decode(index));
                entity = global::System.Threading.Interlocked.CompareExchange(ref _entities[index], decoded, null) ?? decoded;
            }

            return entity;
        }

        /// <summary>The entity with this id, or null.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        public TEntity? Get(string id)
        {
            var index = _blob.Search(0, id);
            return index < 0 ? null : At(index);
        }

        /// <summary>The entities that any source names so (display name or variant, ordinal comparison), ordered by id.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        public global::System.Collections.Generic.IReadOnlyList<TEntity> Find(string name)
        {
            var byName = global::System.Threading.Volatile.Read(ref _byName);
            if (byName is null)
            {
                var lists = new global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.List<TEntity>>(global::System.StringComparer.Ordinal);
                foreach (var entity in All)
                {
                    Add(lists, entity.Name, entity);
                    foreach (var variant in entity.Names)
                    {
                        Add(lists, variant, entity);
                    }
                }

                byName = new global::System.Collections.Generic.Dictionary<string, TEntity[]>(global::System.StringComparer.Ordinal);
                foreach (var pair in lists)
                {
                    byName[pair.Key] = pair.Value.ToArray();
                }

                byName = global::System.Threading.Interlocked.CompareExchange(ref _byName, byName, null) ?? byName;
            }

            return byName.TryGetValue(name, out var found) ? global::System.Array.AsReadOnly(found) : global::System.Array.AsReadOnly(global::System.Array.Empty<TEntity>());
        }

        private static void Add(global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.List<TEntity>> lists, string name, TEntity entity)
        {
            if (!lists.TryGetValue(name, out var list))
            {
                lists[name] = list = new global::System.Collections.Generic.List<TEntity>();
            }

            if (!list.Contains(entity))
            {
                list.Add(entity);
            }
        }

        // A record (the generator's Emit/CatalogueEncoder.cs): id, display name, name variants, declaration
        // (document, line, column, and the shard that keeps its quote and sentence), and the shards that
        // hold statements about it (bit i for shard i).
        private EntityData Decode(int index)
        {
            var data = _blob.Data;
            var position = _blob.Record(data, 0, index);
            var id = _blob.Text(data, ref position);
            var name = _blob.Text(data, ref position);
            var names = new string[EncodedBlob.Number(data, ref position)];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = _blob.Text(data, ref position);
            }

            var document = _blob.Text(data, ref position);
            var line = EncodedBlob.Number(data, ref position);
            var column = EncodedBlob.Number(data, ref position);
            var citation = new Citation(document, line, column, _corpus, EncodedBlob.Number(data, ref position), id);
            return new EntityData(_corpus, _kind, id, name, names, citation, EncodedBlob.Number(data, ref position));
        }
    }
}
