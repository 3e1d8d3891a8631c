namespace LeonovData
{
    /// <summary>How much a statement is trusted when sources disagree (Wikidata's ranks).</summary>
    public enum Rank
    {
        /// <summary>No disagreement to resolve.</summary>
        Normal,

        /// <summary>Preferred over disagreeing statements; the reason is in <see cref="Statement.Why"/>.</summary>
        Preferred,

        /// <summary>Kept as stated but not believed; the reason is in <see cref="Statement.Why"/>.</summary>
        Deprecated,
    }

    /// <summary>Where a fact was stated: the annotated document, one-based line and column, the covered text and its sentence.</summary>
    /// <remarks>
    /// A citation of the generated data reads its quote and sentence from its shard's text the first
    /// time either is asked for, so reading typed values never loads the text they were quoted from.
    /// </remarks>
    public sealed record Citation
    {
        // Where the quote and sentence are read from, until they are: a position in a shard's data, or
        // the declaration of an entity, found by its id in the shard numbered _position of _corpus (so
        // that reading an entity does not open the shard that declares it).
        private readonly Shard? _shard;
        private readonly Corpus? _corpus;
        private readonly int _position;
        private readonly string? _declared;
        private string? _quote;
        private string? _sentence;

        /// <summary>Creates a citation.</summary>
        public Citation(string document, int line, int column, string quote, string sentence)
        {
            Document = document;
            Line = line;
            Column = column;
            _quote = quote;
            _sentence = sentence;
        }

        /// <summary>A citation whose quote and sentence a shard keeps at <paramref name="position"/>.</summary>
        internal Citation(string document, int line, int column, Shard shard, int position)
        {
            Document = document;
            Line = line;
            Column = column;
            _shard = shard;
            _position = position;
        }

        /// <summary>The declaration of an entity, whose quote and sentence its shard keeps by id.</summary>
        internal Citation(string document, int line, int column, Corpus corpus, int shard, string declared)
        {
            Document = document;
            Line = line;
            Column = column;
            _corpus = corpus;
            _position = shard;
            _declared = declared;
        }

        /// <summary>The annotated document's file name.</summary>
        public string Document { get; }

        /// <summary>One-based line of the span in the annotated document.</summary>
        public int Line { get; }

        /// <summary>One-based column of the span in the annotated document.</summary>
        public int Column { get; }

        /// <summary>The text the span covers, exactly as the source says it.</summary>
        public string Quote => _quote ?? Read(quote: true);

        /// <summary>The sentence around the quote.</summary>
        public string Sentence => _sentence ?? Read(quote: false);

        /// <summary>Equal when every part is equal, however each was read.</summary>
        public bool Equals(Citation? other) =>
            ReferenceEquals(this, other)
            || (other is not null && Line == other.Line && Column == other.Column && Document == other.Document && Quote == other.Quote && Sentence == other.Sentence);

        /// <inheritdoc/>
        public override int GetHashCode() => ((Document.GetHashCode() * 31) + Line) * 31 + Column;

        /// <summary>The <c>file(line,col)</c> form a build prints.</summary>
        public override string ToString() => Document + "(" + Line.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + "," + Column.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + ")";

        private string Read(bool quote)
        {
            var shard = _shard ?? _corpus!.ShardAt(_position);
            var position = _declared is null ? _position : shard.Declaration(_declared);
            string cited, sentence;
            if (position < 0)
            {
                cited = sentence = string.Empty;
            }
            else
            {
                shard.Cite(position, out cited, out sentence);
            }

            _sentence = sentence;
            _quote = cited;
            return quote ? cited : sentence;
        }
    }

    /// <summary>A reference from a statement to an entity, before it is resolved through its catalogue.</summary>
    public readonly struct EntityRef : global::System.IEquatable<EntityRef>
    {
        /// <summary>Creates a reference.</summary>
        public EntityRef(string kind, string id)
        {
            Kind = kind;
            Id = id;
        }

        /// <summary>The entity's kind, as in the schema.</summary>
        public string Kind { get; }

        /// <summary>The entity's id.</summary>
        public string Id { get; }

        /// <inheritdoc/>
        public bool Equals(EntityRef other) => Kind == other.Kind && Id == other.Id;

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is EntityRef other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => Id?.GetHashCode() ?? 0;

        /// <summary>The id.</summary>
        public override string ToString() => Id;
    }

    /// <summary>A qualifier of a statement: its date, period, place, co-recipient…</summary>
    public sealed record Qualifier
    {
        /// <summary>Creates a qualifier.</summary>
        public Qualifier(string property, string type, object value, Citation citation)
        {
            Property = property;
            Type = type;
            Value = value;
            Citation = citation;
        }

        /// <summary>The qualifier's name in the schema (<c>date</c>, <c>period</c>…).</summary>
        public string Property { get; }

        /// <summary>The value's type in the schema: a value kind (<c>date</c>…) or an entity kind.</summary>
        public string Type { get; }

        /// <summary>The value: a <see cref="PartialDate"/>, <see cref="DateInterval"/>, <see cref="Duration"/>, <see cref="Quantity"/>, <see cref="int"/>, <see cref="string"/> or <see cref="EntityRef"/>.</summary>
        public object Value { get; }

        /// <summary>Where the qualifier was stated.</summary>
        public Citation Citation { get; }
    }

    /// <summary>One statement of the dataset: subject, property, value, with qualifiers, rank and source.</summary>
    public sealed class Statement
    {
        // A statement is kept for every one read (80,157 in the 100 × 1,000 corpus), so it holds little
        // (56 bytes): its shard and position there, from which its address, #id, type, rank, reason,
        // citation and qualifiers are read when asked for (most readers of typed values never ask: a
        // fact's Citations count without them; the shard keeps the qualifiers read), and the indexes of
        // its subject and property in the shard's string table (which decodes each string once and
        // keeps it), 16 bits each as in StatementRef: 0 when either is beyond them, or not known (then
        // read from the shard).
        private const int Bits = 16;
        private const int Most = (1 << Bits) - 1;

        /// <summary>No statements: one empty array, shared.</summary>
        internal static readonly Statement[] None = new Statement[0];

        private readonly Shard _shard;
        private readonly int _index;
        private readonly int _stated;
        // Its canonical statement: null when it has none, itself, or the address of another (boxed:
        // most statements are their own canonical, and an address is two words and a flag each).
        private readonly object? _canonical;
        private Citation? _citation;

        // Its value, boxed, once Value is read: a typed fact reads it from the shard as its own type.
        private object? _value;

        /// <summary>A statement of <paramref name="shard"/>, at <paramref name="index"/> there; its strings are given by their indexes in the shard's string table (0: null).</summary>
        internal Statement(Shard shard, int index, int subject, int property, bool canonicalItself, StatementAddress? canonicalElsewhere)
        {
            _shard = shard;
            _index = index;
            _stated = subject is > 0 and <= Most && property is > 0 and <= Most ? (subject << Bits) | property : 0;
            _canonical = canonicalItself ? this : canonicalElsewhere is not { } elsewhere ? null : shard.IsAt(elsewhere, index) ? this : (object)elsewhere;
        }

        /// <summary>The corpus it belongs to, which turns its references into entities.</summary>
        internal Corpus Corpus => _shard.Corpus;

        /// <summary>The statement's name in its document (<c>#id</c>), if it has one.</summary>
        public string? Id => _shard.String(_shard.IdOf(_index));

        /// <summary>The subject entity's id.</summary>
        public string Subject => _shard.String(SubjectIndex) ?? string.Empty;

        /// <summary>The property, as named in the schema.</summary>
        public string Property
        {
            get
            {
                var property = _stated & Most;
                if (_stated == 0)
                {
                    _shard.StatedOf(_index, out _, out property);
                }

                return _shard.String(property) ?? string.Empty;
            }
        }

        /// <summary>The value's type in the schema: a value kind (<c>date</c>, <c>count</c>…) or an entity kind (<c>person</c>…).</summary>
        public string Type => _shard.String(_shard.TypeOf(_index)) ?? string.Empty;

        /// <summary>The value: a <see cref="PartialDate"/>, <see cref="DateInterval"/>, <see cref="Duration"/>, <see cref="Quantity"/>, <see cref="int"/>, <see cref="string"/> or <see cref="EntityRef"/>.</summary>
        public object Value =>
            Atomic.Read(ref _value) ?? Once.Publish(ref _value, _shard.ValueOf(_index));

        /// <summary>The rank that resolves disagreements.</summary>
        public Rank Rank => (Rank)_shard.RankOf(_index, out _);

        /// <summary>Why the statement is ranked, for preferred and deprecated statements.</summary>
        public string? Why
        {
            get
            {
                _shard.RankOf(_index, out var why);
                return _shard.String(why);
            }
        }

        /// <summary>Where it was stated.</summary>
        public Citation Citation
        {
            get
            {
                var citation = Atomic.Read(ref _citation);
                if (citation is null)
                {
                    var read = _shard.CitationAt(_shard.CitationOf(_index));
                    citation = Once.Publish(ref _citation, read);
                }

                return citation;
            }
        }

        /// <summary>Its qualifiers.</summary>
        /// <remarks>
        /// Decoded when first read, from after its citation: most readers of typed values never read a
        /// qualifier, and a statement's qualifiers are each a value, a citation and an object.
        /// </remarks>
        public global::System.Collections.Generic.IReadOnlyList<Qualifier> Qualifiers => _shard.QualifiersOf(_index);

        /// <summary>
        /// The statement that states this value most precisely: itself, or another source's statement
        /// of a compatible value ("23 March 1965" for a "1965"). Null when the statement is deprecated,
        /// or lost to a preferred statement of a single-valued property.
        /// </summary>
        public Statement? Canonical => _canonical is StatementAddress elsewhere ? _shard.Corpus.StatementAt(elsewhere) : (Statement?)_canonical;

        /// <summary>Whether this statement is the canonical statement of its value.</summary>
        public bool IsCanonical => ReferenceEquals(_canonical, this);

        /// <summary>The shard of its canonical statement when that is another statement; -1 when it is itself or none.</summary>
        internal int CanonicalShard => _canonical is StatementAddress elsewhere ? elsewhere.Shard : -1;

        /// <summary>Its value as the C# type of its property: as <see cref="Corpus.Typed{TValue}"/>, an entity looked up once per shard.</summary>
        internal TValue Typed<TValue>() => _shard.Typed<TValue>(_index);

        /// <summary>Its subject, when an entity of <paramref name="kind"/>; looked up once per shard.</summary>
        internal Entity? SubjectAs(string kind) => _shard.EntityOf(kind, SubjectIndex);

        /// <summary>Its subject's index in the shard's string table.</summary>
        private int SubjectIndex
        {
            get
            {
                if (_stated != 0)
                {
                    return (int)((uint)_stated >> Bits);
                }

                _shard.StatedOf(_index, out var subject, out _);
                return subject;
            }
        }

        /// <summary>Its document and position there: stable whatever other documents say.</summary>
        internal StatementAddress Address => _shard.AddressOf(_index);

        /// <summary>
        /// Whether <paramref name="other"/> states the value this statement states canonically.
        /// <paramref name="address"/> is this statement's <see cref="Address"/> once read (null until):
        /// reading it searches the shard's documents, so a caller asking about many statements reads it
        /// once, and only if one of them names its canonical statement by address.
        /// </summary>
        internal bool IsCanonicalFor(Statement other, ref StatementAddress? address) =>
            ReferenceEquals(other._canonical, this) || (other._canonical is StatementAddress elsewhere && elsewhere.Equals(address ??= Address));

        /// <summary>Subject, property and value, for reading in a debugger.</summary>
        public override string ToString() => Subject + "." + Property + " = " + Value;
    }

    /// <summary>A typed value of an entity with the sources that state it.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <remarks>
    /// A property that takes qualifiers has a fact type of its own, derived from this one, with a typed
    /// accessor for each qualifier the schema lets it take (<c>PersonAwardFact.Date</c>); the others
    /// are not members, so reading one is a compile error. <see cref="Qualifiers"/> lists them all,
    /// untyped, for code that handles any fact. Abstract because a fact always has a type that says
    /// which qualifiers it offers, if only "none".
    /// </remarks>
    public abstract class Fact<T>
    {
        /// <summary>Creates a fact of <paramref name="value"/>, stated by <paramref name="statement"/> and cited by <paramref name="citations"/>, the primary first.</summary>
        protected Fact(T value, Statement statement, global::System.Collections.Generic.IReadOnlyList<Citation> citations)
        {
            Value = value;
            Statement = statement;
            Citations = citations;
        }

        /// <summary>The value.</summary>
        public T Value { get; }

        /// <summary>The statement the value comes from.</summary>
        public Statement Statement { get; }

        /// <summary>The rank of that statement.</summary>
        public Rank Rank => Statement.Rank;

        /// <summary>Where the value was stated.</summary>
        public Citation Citation => Statement.Citation;

        /// <summary>Every source that states this value (or a compatible, less precise one), the primary first.</summary>
        public global::System.Collections.Generic.IReadOnlyList<Citation> Citations { get; }

        /// <summary>The statement's qualifiers, untyped; a derived fact type reads them typed.</summary>
        public global::System.Collections.Generic.IReadOnlyList<Qualifier> Qualifiers => Statement.Qualifiers;

        /// <summary>The value, for printing.</summary>
        public override string ToString() => Value?.ToString() ?? string.Empty;

        /// <summary>A fact of a property that takes no qualifier.</summary>
        internal static Fact<T> Create(T value, Statement statement, global::System.Collections.Generic.IReadOnlyList<Citation> citations) => new Unqualified(value, statement, citations);

        // Not inlined into generated code: see Entity.One.
        /// <summary>The value of the statement's first qualifier named <paramref name="property"/>; null when it has none.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        protected object? Qualifier(string property)
        {
            // By index: a foreach over the interface would allocate an enumerator on every read.
            var qualifiers = Statement.Qualifiers;
            for (var i = 0; i < qualifiers.Count; i++)
            {
                if (qualifiers[i].Property == property)
                {
                    return qualifiers[i].Value;
                }
            }

            return null;
        }

        /// <summary>The value of the statement's first qualifier named <paramref name="property"/>, of a value type; null when it has none.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        protected TValue? QualifierValue<TValue>(string property)
            where TValue : struct =>
            Qualifier(property) is TValue value ? value : null;

        /// <summary>The entity the statement's first qualifier named <paramref name="property"/> refers to; null when it has none.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        protected TEntity? QualifierEntity<TEntity>(string property)
            where TEntity : Entity =>
            Qualifier(property) is EntityRef reference ? Statement.Corpus.Entity(reference.Kind, reference.Id) as TEntity : null;

        /// <summary>
        /// The values of the statement's qualifiers named <paramref name="property"/>, as their C# type
        /// (entities looked up), in corpus order; computed once into <paramref name="kept"/>, so reading
        /// them again returns the same list, from any thread, and allocates nothing.
        /// </summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        protected global::System.Collections.Generic.IReadOnlyList<TValue> QualifierValues<TValue>(ref global::System.Collections.Generic.IReadOnlyList<TValue>? kept, string property) =>
            QualifierValuesOf(ref kept, property, null);

        /// <summary>Called by code generated by earlier builds: <see cref="QualifierValues{TValue}(ref global::System.Collections.Generic.IReadOnlyList{TValue}, string)"/> with a converter of its own.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        protected global::System.Collections.Generic.IReadOnlyList<TValue> QualifierValues<TValue>(ref global::System.Collections.Generic.IReadOnlyList<TValue>? kept, string property, global::System.Func<object, TValue> convert) =>
            QualifierValuesOf(ref kept, property, convert);

        private global::System.Collections.Generic.IReadOnlyList<TValue> QualifierValuesOf<TValue>(ref global::System.Collections.Generic.IReadOnlyList<TValue>? kept, string property, global::System.Func<object, TValue>? convert)
        {
            var values = Atomic.Read(ref kept);
            if (values is null)
            {
                var list = new global::System.Collections.Generic.List<TValue>();
                foreach (var qualifier in Statement.Qualifiers)
                {
                    if (qualifier.Property == property)
                    {
                        list.Add(convert is null ? Statement.Corpus.Typed<TValue>(qualifier.Value) : convert(qualifier.Value));
                    }
                }

                values = list.AsReadOnly();
                values = Once.Publish(ref kept, values);
            }

            return values;
        }

        /// <summary>The fact of a property that takes no qualifier: nothing to add.</summary>
        private sealed class Unqualified : Fact<T>
        {
            internal Unqualified(T value, Statement statement, global::System.Collections.Generic.IReadOnlyList<Citation> citations)
                : base(value, statement, citations)
            {
            }
        }
    }

    /// <summary>What every entity has: id, kind, display name, all names it is mentioned by, and its statements.</summary>
    /// <remarks>
    /// Each typed property is computed on first use and kept: reading it again allocates nothing and
    /// returns the same objects (the same <see cref="Fact{T}"/>), from any thread.
    /// </remarks>
    public abstract partial record Entity
    {
        private static readonly object s_none = new();
        private readonly Corpus _corpus;
        private readonly object?[] _cache;
        private readonly int _shards;
        // Its declaration's citation and its list of names, made when first read (touch-all reads
        // neither): where the catalogue keeps its record, and its names as an array until then.
        private readonly Catalogue _catalogue;
        private readonly int _index;
        private Citation? _citation;
        private object _names;
        // Where its statements are, found once (Corpus.Locate): what a typed property reads its own from.
        // Most entities' are in one shard: its number and subject record there are kept as one number,
        // (record + 1) << ShardBits | shard (0 until found), rather than in an array of their own.
        private const int ShardBits = 5;
        // Otherwise its StatementPlaces, kept as the one reference they are.
        private object? _located;
        private int _record;
        private StatementRef[]? _referents;
        private global::System.Collections.Generic.IReadOnlyList<Statement>? _statementList;

        /// <summary>Called by the generated records: an entity with room for <paramref name="cachedMembers"/> computed members.</summary>
        protected Entity(EntityData data, int cachedMembers)
        {
            _corpus = data.Corpus;
            Kind = data.Kind;
            Id = data.Id;
            Name = data.Name;
            _names = data.Names;
            _catalogue = data.Catalogue;
            _index = data.Index;
            _shards = data.Shards;
            _cache = new object?[cachedMembers];
        }

        /// <summary>The entity's kind, as in the schema.</summary>
        public string Kind { get; }

        /// <summary>The id it is declared with.</summary>
        public string Id { get; }

        /// <summary>Its display name.</summary>
        public string Name { get; }

        /// <summary>Every name variant the sources use for it.</summary>
        public global::System.Collections.Generic.IReadOnlyList<string> Names
        {
            get
            {
                var names = Atomic.Read(ref _names);
                if (names is string[] array)
                {
                    // The first list made replaces the array, so every reader gets the same list.
                    var list = global::System.Array.AsReadOnly(array);
                    var held = Atomic.CompareExchange(ref _names, list, names);
                    names = ReferenceEquals(held, names) ? list : held;
                }

                return (global::System.Collections.Generic.IReadOnlyList<string>)names;
            }
        }

        /// <summary>Where it was declared.</summary>
        public Citation Citation =>
            Atomic.Read(ref _citation) ?? Once.Publish(ref _citation, _catalogue.Declaration(_index));

        /// <summary>Every statement about it, in corpus order.</summary>
        public global::System.Collections.Generic.IReadOnlyList<Statement> Statements =>
            Atomic.Read(ref _statementList) ?? Once.Publish(ref _statementList, global::System.Array.AsReadOnly(OwnStatements));

        private Statement[] OwnStatements => StatementRef.Decode(_corpus.Find(Id, referent: false, _shards));

        /// <summary>
        /// The statements about it stating <paramref name="property"/>, in corpus order: a typed property
        /// decodes its own statements and no others. Where they are is found once; the list itself is not
        /// kept (a property is read once, and its facts are kept).
        /// </summary>
        private Statement[] Stating(string property)
        {
            var record = _record;
            if (record != 0)
            {
                return _corpus.ShardAt(record & ((1 << ShardBits) - 1)).Stating((int)((uint)record >> ShardBits) - 1, property) ?? Statement.None;
            }

            if (Atomic.Read(ref _located) is { } kept)
            {
                return _corpus.Stating(StatementPlaces.FromKept(kept), property);
            }

            return _corpus.Stating(Keep(_corpus.Locate(Id, _shards)), property);
        }

        /// <summary>Keeps where its statements are, found by <see cref="Corpus.Locate"/>: as the one record, or the places published once.</summary>
        private StatementPlaces Keep(StatementPlaces located)
        {
            if (located.Records is { Length: 2 } one && one[0] < (1 << ShardBits) && one[1] < (int.MaxValue >> ShardBits) - 1)
            {
                // An int is written whole: a thread that reads it as 0 finds the same again.
                _record = ((one[1] + 1) << ShardBits) | one[0];
                return located;
            }

            return StatementPlaces.FromKept(Once.Publish(ref _located, located.Kept));
        }

        /// <summary>
        /// The statements whose value is this entity, once, not decoded; each inverse reads those of its
        /// property (most entities' referrers state one, and grouping them kept three arrays and an
        /// object more per entity).
        /// </summary>
        private StatementRef[] Referents =>
            Atomic.Read(ref _referents) ?? Once.Publish(ref _referents, _corpus.Find(Id, referent: true));

        /// <summary>Entities are equal when they are the same entity.</summary>
        public virtual bool Equals(Entity? other) => other is not null && other.Kind == Kind && other.Id == Id;

        /// <inheritdoc/>
        public override int GetHashCode() => Id.GetHashCode();

        // NoInlining on the members generated code calls: the JIT compiles the generated code of a load
        // it can unload (a collectible assembly) fully optimised, without tiering, and its inliner would
        // import these members, and what they call, into every generated method that calls them. Kept
        // out, they cost a call; let in, they cost more JIT time than a call (touch-all: 209 -> 124 ms).
        //
        // Generated code calls One/Many without a converter (the corpus turns a stored reference into its
        // entity through the dataset's DatasetCode), and FactOf/FactsOf/ValuesOf(slot, property) where a
        // property has a fact class (EntityFacts.cs). The overloads with a converter or a create lambda
        // are called by code that earlier builds generated, and stay for it.

        /// <summary>The fact of a single-valued property that takes no qualifier, computed once.</summary>
        /// <remarks>
        /// Without a delegate: the first access of a process loads every type a path touches, and the
        /// delegates (their Func types, the cached method-group delegate and its closure class) were a
        /// dozen type loads on the way to the first fact.
        /// </remarks>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        protected Fact<TValue>? One<TValue>(int slot, string property)
        {
            var cached = Cached(slot) ?? Keep(slot, StoredFirst<TValue>(property));
            return cached == s_none ? null : (Fact<TValue>)cached;
        }

        /// <summary>The facts of a many-valued property that takes no qualifier, computed once.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        protected global::System.Collections.Generic.IReadOnlyList<Fact<TValue>> Many<TValue>(int slot, string property) =>
            (global::System.Collections.Generic.IReadOnlyList<Fact<TValue>>)(Cached(slot) ?? Keep(slot, ReadOnly.List(StoredFacts<TValue>(property))));

        /// <summary>The fact of a single-valued property, computed once; <paramref name="create"/> makes it (of the property's fact type).</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        protected TFact? One<TValue, TFact>(int slot, string property, global::System.Func<TValue, Statement, global::System.Collections.Generic.IReadOnlyList<Citation>, TFact> create)
            where TFact : Fact<TValue> =>
            OneOf(slot, property, null, create);

        /// <summary>The facts of a many-valued property, computed once; <paramref name="create"/> makes each (of the property's fact type).</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        protected global::System.Collections.Generic.IReadOnlyList<TFact> Many<TValue, TFact>(int slot, string property, global::System.Func<TValue, Statement, global::System.Collections.Generic.IReadOnlyList<Citation>, TFact> create)
            where TFact : Fact<TValue> =>
            ManyOf(slot, property, null, create);

        /// <summary>Called by code generated by earlier builds: <see cref="One{TValue}(int, string)"/> with a converter of its own.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        protected Fact<TValue>? One<TValue>(int slot, string property, global::System.Func<object, TValue> convert) =>
            OneOf(slot, property, convert, Fact<TValue>.Create);

        /// <summary>Called by code generated by earlier builds: <see cref="Many{TValue}(int, string)"/> with a converter of its own.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        protected global::System.Collections.Generic.IReadOnlyList<Fact<TValue>> Many<TValue>(int slot, string property, global::System.Func<object, TValue> convert) =>
            ManyOf(slot, property, convert, Fact<TValue>.Create);

        /// <summary>Called by code generated by earlier builds: a fact type's <c>One</c> with a converter of its own.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        protected TFact? One<TValue, TFact>(int slot, string property, global::System.Func<object, TValue> convert, global::System.Func<TValue, Statement, global::System.Collections.Generic.IReadOnlyList<Citation>, TFact> create)
            where TFact : Fact<TValue> =>
            OneOf(slot, property, convert, create);

        /// <summary>Called by code generated by earlier builds: a fact type's <c>Many</c> with a converter of its own.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        protected global::System.Collections.Generic.IReadOnlyList<TFact> Many<TValue, TFact>(int slot, string property, global::System.Func<object, TValue> convert, global::System.Func<TValue, Statement, global::System.Collections.Generic.IReadOnlyList<Citation>, TFact> create)
            where TFact : Fact<TValue> =>
            ManyOf(slot, property, convert, create);

        private TFact? OneOf<TValue, TFact>(int slot, string property, global::System.Func<object, TValue>? convert, global::System.Func<TValue, Statement, global::System.Collections.Generic.IReadOnlyList<Citation>, TFact> create)
            where TFact : Fact<TValue>
        {
            var cached = Cached(slot) ?? KeepFirst(slot, Facts(property, convert, create));
            return cached == s_none ? null : (TFact)cached;
        }

        private global::System.Collections.Generic.IReadOnlyList<TFact> ManyOf<TValue, TFact>(int slot, string property, global::System.Func<object, TValue>? convert, global::System.Func<TValue, Statement, global::System.Collections.Generic.IReadOnlyList<Citation>, TFact> create)
            where TFact : Fact<TValue> =>
            (global::System.Collections.Generic.IReadOnlyList<TFact>)(Cached(slot) ?? Keep(slot, ReadOnly.List(Facts(property, convert, create))));

        /// <summary>The values of facts, computed once.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        protected global::System.Collections.Generic.IReadOnlyList<TValue> ValuesOf<TValue>(int slot, global::System.Collections.Generic.IReadOnlyList<Fact<TValue>> facts)
        {
            var cached = Cached(slot);
            if (cached is null)
            {
                var values = new TValue[facts.Count];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = facts[i].Value;
                }

                cached = Keep(slot, global::System.Array.AsReadOnly(values));
            }

            return (global::System.Collections.Generic.IReadOnlyList<TValue>)cached;
        }

        /// <summary>
        /// The entities of kind <paramref name="kind"/> whose <paramref name="property"/> has this entity
        /// as a value (reverse navigation), each once, in corpus order; computed once.
        /// </summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        protected global::System.Collections.Generic.IReadOnlyList<TEntity> Referrers<TEntity>(int slot, string property, string kind)
            where TEntity : Entity =>
            ReferrersOf<TEntity>(slot, property, kind, null);

        /// <summary>Called by code generated by earlier builds: <see cref="Referrers{TEntity}(int, string, string)"/> that looks the entities up itself.</summary>
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        protected global::System.Collections.Generic.IReadOnlyList<TEntity> Referrers<TEntity>(int slot, string property, global::System.Func<string, TEntity?> get)
            where TEntity : Entity =>
            ReferrersOf(slot, property, null, get);

        private global::System.Collections.Generic.IReadOnlyList<TEntity> ReferrersOf<TEntity>(int slot, string property, string? kind, global::System.Func<string, TEntity?>? get)
            where TEntity : Entity
        {
            var cached = Cached(slot);
            if (cached is null)
            {
                // The entity's referrers state any of its inverses' properties: this one's are counted
                // first, so that an inverse none states makes no array.
                var found = Referents;
                var stating = 0;
                foreach (var referent in found)
                {
                    stating += string.Equals(referent.PropertyName, property) ? 1 : 0;
                }

                var subjects = stating == 0 ? global::System.Array.Empty<TEntity>() : new TEntity[stating];
                var count = 0;
                foreach (var referent in found)
                {
                    if (count == stating)
                    {
                        break;
                    }

                    if (!string.Equals(referent.PropertyName, property))
                    {
                        continue;
                    }

                    var statement = referent.Statement;
                    if (!statement.IsCanonical)
                    {
                        continue;
                    }

                    // A subject of another kind (the property may be declared on several) is not one.
                    var subject = get is null ? statement.SubjectAs(kind!) as TEntity : get(statement.Subject);
                    if (subject is not null && !Contains(subjects, count, subject))
                    {
                        subjects[count++] = subject;
                    }
                }

                global::System.Array.Resize(ref subjects, count);
                cached = Keep(slot, ReadOnly.List(subjects));
            }

            return (global::System.Collections.Generic.IReadOnlyList<TEntity>)cached;
        }

        /// <summary>The facts of a property: one per canonical statement, made by <paramref name="create"/> from the value <paramref name="convert"/> reads (null: the corpus reads it as its type).</summary>
        private TFact[] Facts<TValue, TFact>(string property, global::System.Func<object, TValue>? convert, global::System.Func<TValue, Statement, global::System.Collections.Generic.IReadOnlyList<Citation>, TFact> create)
            where TFact : Fact<TValue>
        {
            var found = Stating(property);
            var count = CountCanonical(found);
            var others = NotCanonical(found, found.Length - count);
            var facts = count == 0 ? global::System.Array.Empty<TFact>() : new TFact[count];
            for (int i = 0, made = 0; made < facts.Length; i++)
            {
                var statement = found[i];
                if (statement.IsCanonical)
                {
                    var value = convert is null ? statement.Typed<TValue>() : convert(statement.Value);
                    facts[made++] = create(value, statement, Citations(statement, others));
                }
            }

            return facts;
        }

        /// <summary>The facts of a property that takes no qualifier: <see cref="Facts"/> without delegates.</summary>
        private Fact<TValue>[] StoredFacts<TValue>(string property)
        {
            var found = Stating(property);
            var count = CountCanonical(found);
            var others = NotCanonical(found, found.Length - count);
            var facts = count == 0 ? global::System.Array.Empty<Fact<TValue>>() : new Fact<TValue>[count];
            for (int i = 0, made = 0; made < facts.Length; i++)
            {
                var statement = found[i];
                if (statement.IsCanonical)
                {
                    facts[made++] = Fact<TValue>.Create(statement.Typed<TValue>(), statement, Citations(statement, others));
                }
            }

            return facts;
        }

        /// <summary>The first fact of a property that takes no qualifier, or <see cref="s_none"/>: what a single-valued property keeps, made without an array of its facts.</summary>
        private object StoredFirst<TValue>(string property) =>
            Resolved(property, out var citations) is { } statement ? Fact<TValue>.Create(statement.Typed<TValue>(), statement, citations!) : s_none;

        /// <summary>
        /// The canonical statement of a single-valued property (the generator resolves one at most), and
        /// the sources of its value; null when it has none. Of an entity stated in several shards, the
        /// statement is found in the first that states the property (<see cref="Corpus.TryResolve"/>)
        /// and the other sources when first asked for: a first access of a subject stated in 12 shards
        /// opened all 12 and decoded each one's statements of the property, only to list their citations.
        /// Which way a fact is made depends on the order of reading: once the entity's statements are
        /// located (another property read, or a fact's citations), it is made in the single pass. Both
        /// give the same statement and citations only while at most one statement is canonical, which
        /// the generator ensures and the single pass asserts.
        /// </summary>
        private Statement? Resolved(string property, out global::System.Collections.Generic.IReadOnlyList<Citation>? citations)
        {
            // One shard (or its record found): the property's statements are read from it alone, and the
            // list of citations is made from them now rather than kept to be made again. Its statements
            // located already (another property's read them, or this fact's citations): the shards are
            // searched no more, and reading them all now is the single pass that a reader of every fact's
            // citations (touch-all) would otherwise make later, after searching the first shard again.
            var spread = _record == 0 && (_shards & (_shards - 1)) != 0 && Atomic.Read(ref _located) is null;
            if (spread && _corpus.TryResolve(Id, _shards, property, out var resolved))
            {
                if (resolved is null)
                {
                    // Every shard searched and none states the property: where the statements are is
                    // kept, as Stating keeps it, so that the next absent property does not search them all again.
                    Keep(_corpus.Locate(Id, _shards));
                }

                citations = resolved is null ? null : new CitationList.Gathered(this, property, resolved);
                return resolved;
            }

            var found = Stating(property);
            global::System.Diagnostics.Debug.Assert(CountCanonical(found) <= 1, "a single-valued property has one canonical statement at most (Checks/Resolution.cs)");
            foreach (var statement in found)
            {
                if (statement.IsCanonical)
                {
                    var others = found.Length == 1 ? Statement.None : NotCanonical(found, found.Length - CountCanonical(found));
                    citations = Citations(statement, others);
                    return statement;
                }
            }

            citations = null;
            return null;
        }

        /// <summary>The statements of <paramref name="property"/> other than <paramref name="canonical"/> that state its value, in corpus order: the sources of a fact read after it was made.</summary>
        internal Statement[] Citing(Statement canonical, string property)
        {
            var found = Stating(property);
            return Citing(canonical, NotCanonical(found, found.Length - CountCanonical(found)));
        }

        /// <summary>How many of <paramref name="found"/> are canonical: one fact each. Read through the shard's decoded statements, rather than copied to an array.</summary>
        private static int CountCanonical(Statement[] found)
        {
            var count = 0;
            foreach (var statement in found)
            {
                count += statement.IsCanonical ? 1 : 0;
            }

            return count;
        }

        // Never called. ReadyToRun compiles what a method reaches, so this makes the package's native
        // image carry the generic code a generated property runs for each of the runtime's value types,
        // which the JIT would otherwise compile in every process on first use.
        // Reference types share one compiled form, which string stands for.
        private static void PrecompiledInstantiations(Entity entity)
        {
            Instantiate<PartialDate>(entity);
            Instantiate<DateInterval>(entity);
            Instantiate<Duration>(entity);
            Instantiate<Quantity>(entity);
            Instantiate<Mass>(entity);
            Instantiate<Speed>(entity);
            Instantiate<Area>(entity);
            Instantiate<Volume>(entity);
            Instantiate<Temperature>(entity);
            Instantiate<Instant>(entity);
            Instantiate<int>(entity);
            Instantiate<string>(entity);
        }

        private static void Instantiate<T>(Entity entity)
        {
            entity.One<T>(0, string.Empty);
            entity.One<T, Fact<T>>(0, string.Empty, null!);
            entity.Many<T>(0, string.Empty);
            entity.Many<T, Fact<T>>(0, string.Empty, null!);
            entity.One<T>(0, string.Empty, null!);
            entity.One<T, Fact<T>>(0, string.Empty, null!, null!);
            entity.Many<T>(0, string.Empty, null!);
            entity.Many<T, Fact<T>>(0, string.Empty, null!, null!);
            entity.ValuesOf<T>(0, (global::System.Collections.Generic.IReadOnlyList<Fact<T>>)null!);
            entity.ValuesOf<T>(0, string.Empty);
            entity.FactOf<Fact<T>>(0, string.Empty);
            entity.FactsOf<Fact<T>>(0, string.Empty);
            _ = Fact<T>.Create(default!, null!, null!).Value;
        }

        /// <summary>
        /// The <paramref name="count"/> statements of <paramref name="found"/> that are not canonical, in
        /// order: only they can cite a fact's value besides its own statement (a canonical statement
        /// names itself as canonical), so each fact searches these, usually none, rather than the whole
        /// property's statements (which made a property of k statements cost k² reads).
        /// </summary>
        private static Statement[] NotCanonical(Statement[] found, int count)
        {
            var others = count == 0 ? Statement.None : new Statement[count];
            for (int i = 0, kept = 0; kept < others.Length; i++)
            {
                var statement = found[i];
                if (!statement.IsCanonical)
                {
                    others[kept++] = statement;
                }
            }

            return others;
        }

        /// <summary>The canonical statement's citation first, then every other source stating the same value (<paramref name="others"/>: the property's statements that are not canonical).</summary>
        private static global::System.Collections.Generic.IReadOnlyList<Citation> Citations(Statement canonical, Statement[] others)
        {
            var cited = Citing(canonical, others);

            // A value only its own statement states (most) needs no array: a list of one is 24 bytes less.
            return cited.Length == 0 ? new CitationList.Sole(canonical) : new CitationList(canonical, cited);
        }

        /// <summary>The statements of <paramref name="others"/> that cite <paramref name="canonical"/>'s value, in order.</summary>
        private static Statement[] Citing(Statement canonical, Statement[] others)
        {
            StatementAddress? address = null;
            var citing = 0;
            foreach (var other in others)
            {
                citing += canonical.IsCanonicalFor(other, ref address) ? 1 : 0;
            }

            var cited = citing == 0 ? Statement.None : new Statement[citing];
            for (int i = 0, made = 0; made < cited.Length; i++)
            {
                if (canonical.IsCanonicalFor(others[i], ref address))
                {
                    cited[made++] = others[i];
                }
            }

            return cited;
        }

        // Entities are compared by reference: a catalogue makes one object per entity.
        private static bool Contains<TEntity>(TEntity[] entities, int count, TEntity entity)
            where TEntity : Entity
        {
            for (var i = 0; i < count; i++)
            {
                if (ReferenceEquals(entities[i], entity))
                {
                    return true;
                }
            }

            return false;
        }

        private object? Cached(int slot) => Atomic.Read(ref _cache[slot]);

        // The first computation to finish wins, so every thread sees the same objects.
        private object Keep(int slot, object value) => Once.Publish(ref _cache[slot], value);

        /// <summary>Keeps a single-valued property's fact (its first), or that it has none.</summary>
        private object KeepFirst(int slot, object[] facts) => Keep(slot, facts.Length == 0 ? s_none : facts[0]);
    }

    /// <summary>What the catalogue decodes for an entity: what it is, and where it was declared.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public sealed class EntityData
    {
        internal EntityData(Corpus corpus, string kind, string id, string name, string[] names, Catalogue catalogue, int index, int shards)
        {
            Shards = shards;
            Corpus = corpus;
            Kind = kind;
            Id = id;
            Name = name;
            Names = names;
            Catalogue = catalogue;
            Index = index;
        }

        internal Corpus Corpus { get; }

        internal string Kind { get; }

        internal string Id { get; }

        internal string Name { get; }

        internal string[] Names { get; }

        /// <summary>The catalogue that decoded the entity, which reads its declaration when asked (<see cref="Catalogue.Declaration"/>).</summary>
        internal Catalogue Catalogue { get; }

        /// <summary>The entity's position in its catalogue.</summary>
        internal int Index { get; }

        /// <summary>The data shards that hold statements about the entity, bit i for shard i.</summary>
        internal int Shards { get; }
    }

    /// <summary>A document of the corpus, as its header describes it: what it is, where it came from, and its licence.</summary>
    public sealed record Source
    {
        /// <summary>Creates a source.</summary>
        public Source(string id, string document, string? kind, string? outlet, string? title, string? author, string? url, PartialDate? published, PartialDate? retrieved, string? licence, string? subject)
        {
            Id = id;
            Document = document;
            Kind = kind;
            Outlet = outlet;
            Title = title;
            Author = author;
            Url = url;
            Published = published;
            Retrieved = retrieved;
            Licence = licence;
            Subject = subject;
        }

        /// <summary>The document's id.</summary>
        public string Id { get; }

        /// <summary>The annotated document's path relative to the project (forward slashes); the bundled corpus's documents by file name.</summary>
        public string Document { get; }

        /// <summary>What kind of document it is: news, encyclopedia…</summary>
        public string? Kind { get; }

        /// <summary>Where it was published.</summary>
        public string? Outlet { get; }

        /// <summary>Its title.</summary>
        public string? Title { get; }

        /// <summary>Who wrote it, as the document gives it.</summary>
        public string? Author { get; }

        /// <summary>Where it can be read.</summary>
        public string? Url { get; }

        /// <summary>When it was published.</summary>
        public PartialDate? Published { get; }

        /// <summary>When the text was retrieved from <see cref="Url"/>.</summary>
        public PartialDate? Retrieved { get; }

        /// <summary>The licence under which the text may be used: an SPDX identifier (<c>CC-BY-SA-4.0</c>) or a statement of copyright.</summary>
        public string? Licence { get; }

        /// <summary>The entity the document is about.</summary>
        public string? Subject { get; }
    }
}
