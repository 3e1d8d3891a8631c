namespace LeonovData
{
    /// <summary>Where a statement is stated: its shard, its document and its position there.</summary>
    internal readonly struct StatementAddress : global::System.IEquatable<StatementAddress>
    {
        internal StatementAddress(int shard, string document, int ordinal)
        {
            Shard = shard;
            Document = document;
            Ordinal = ordinal;
        }

        internal int Shard { get; }

        internal string Document { get; }

        internal int Ordinal { get; }

        public bool Equals(StatementAddress other) => Ordinal == other.Ordinal && Shard == other.Shard && string.Equals(Document, other.Document, global::System.StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is StatementAddress other && Equals(other);

        public override int GetHashCode() => (Document?.GetHashCode() ?? 0) ^ Ordinal;
    }

    /// <summary>
    /// A statement of a shard, not decoded until <see cref="Statement"/> is read; found through its
    /// subject, it carries its subject's and property's strings (their indexes in the shard's string
    /// table), which the statement's record does not repeat; 0 when found otherwise.
    /// </summary>
    /// <remarks>
    /// Both indexes share one word, 16 bits each, so that a reference is two words, not three: an
    /// entity's statements are listed by reference (80,157 of them in the 100 × 1,000 corpus, several
    /// times over) and kept. A shard with more strings than 16 bits number keeps neither for the
    /// statements past them (0: read from its subject-by-property table instead, as when found otherwise).
    /// </remarks>
    internal readonly struct StatementRef
    {
        private const int Bits = 16;
        private const int Most = (1 << Bits) - 1;
        private readonly int _stated;

        internal StatementRef(Shard shard, int index, int subject = 0, int property = 0)
        {
            Shard = shard;
            Index = index;
            _stated = subject <= Most && property <= Most ? (subject << Bits) | property : 0;
        }

        internal Shard Shard { get; }

        internal int Index { get; }

        internal int Subject => (int)((uint)_stated >> Bits);

        internal int Property => _stated & Most;

        internal Statement Statement => Shard.Statement(Index, Subject, Property);

        internal string PropertyName => Shard.PropertyOf(this);

        /// <summary>Each of <paramref name="found"/>, decoded (or as decoded before).</summary>
        internal static Statement[] Decode(StatementRef[] found)
        {
            var statements = new Statement[found.Length];
            for (var i = 0; i < found.Length; i++)
            {
                statements[i] = found[i].Statement;
            }

            return statements;
        }
    }

    /// <summary>
    /// One data file of the corpus: its documents, their statements, and which of them are about, or
    /// point at, an entity. Statements are decoded on first use and kept, so the same statement is
    /// always the same object.
    /// </summary>
    internal sealed class Shard
    {
        // The tables the generator writes (Emit/ShardEmitter.cs).
        private const int DocumentTable = 0;
        private const int StatementTable = 1;
        private const int SubjectTable = 2;
        private const int ReferentTable = 3;
        private const int SentenceTable = 4;
        private const int DeclarationTable = 5;

        // Shards written by later builds (seven tables) list the statements about each subject by
        // property, and their statement records leave out subject and property; earlier ones (six)
        // list them in one run and repeat both in each record.
        private const int SubjectPropertyTable = 6;

        // A date's year, month, day and whether it is approximate.
        private const int DateNumbers = 4;

        // Not Array.Empty<StatementRef>(): a framework generic over the runtime's own struct is compiled by the JIT in every process.
        internal static readonly StatementRef[] None = new StatementRef[0];
        private readonly Corpus _corpus;
        private readonly EncodedBlob _blob;
        private readonly Kept _statements;
        private readonly Kept _sentences;
        private readonly Kept _entities;
        private string? _text;
        private int[]? _statedBy;
        private Kept? _qualifiers;

        internal Shard(Corpus corpus, int number, EncodedBlob data)
        {
            _corpus = corpus;
            Number = number;
            _blob = data;
            _statements = new Kept(StatementCount);
            _sentences = new Kept(_blob.Count(SentenceTable));
            _entities = new Kept(_blob.StringCount + 1);
            ByProperty = _blob.Tables > SubjectPropertyTable;
        }

        /// <summary>Whether the shard lists each subject's statements by property (written by a later build).</summary>
        internal bool ByProperty { get; }

        internal int Number { get; }

        internal Corpus Corpus => _corpus;

        internal int DocumentCount => _blob.Count(DocumentTable);

        // Out parameters rather than a tuple: each tuple type is a type the first access would load.

        /// <summary>A document's key, with its first statement and number of statements.</summary>
        internal string Document(int index, out int first, out int count) => Document(_blob.Data, index, out first, out count);

        private string Document(EncodedBytes data, int index, out int first, out int count)
        {
            var position = _blob.Record(data, DocumentTable, index);
            var key = _blob.Text(data, ref position);
            first = EncodedBlob.Number(data, ref position);
            count = EncodedBlob.Number(data, ref position);
            return key;
        }

        /// <summary>A document's first statement, read without decoding its key.</summary>
        private int FirstOf(EncodedBytes data, int index)
        {
            var position = _blob.Record(data, DocumentTable, index);
            EncodedBlob.Number(data, ref position); // its key
            return EncodedBlob.Number(data, ref position);
        }

        /// <summary>A document's header, or null when it has none.</summary>
        internal Source? Source(int index)
        {
            var data = _blob.Data;
            var position = _blob.Record(data, DocumentTable, index);
            _blob.String(data, ref position);
            EncodedBlob.Number(data, ref position);
            EncodedBlob.Number(data, ref position);
            if (EncodedBlob.Number(data, ref position) == 0)
            {
                return null;
            }

            var id = _blob.Text(data, ref position);
            var document = _blob.Text(data, ref position);
            var kind = _blob.String(data, ref position);
            var outlet = _blob.String(data, ref position);
            var title = _blob.String(data, ref position);
            var author = _blob.String(data, ref position);
            var url = _blob.String(data, ref position);
            var published = _blob.String(data, ref position);
            var retrieved = _blob.String(data, ref position);
            var licence = _blob.String(data, ref position);
            var subject = _blob.String(data, ref position);
            return new Source(id, document, kind, outlet, title, author, url, Date(published), Date(retrieved), licence, subject);
        }

        /// <summary>The statement at an address of this shard, or null when there is none.</summary>
        internal Statement? At(string document, int ordinal)
        {
            var index = _blob.Search(DocumentTable, document);
            if (index < 0)
            {
                return null;
            }

            Document(index, out var first, out var count);
            return ordinal < count ? Statement(first + ordinal) : null;
        }

        /// <summary>The statements about an entity (subject) or whose value is the entity (referent), in corpus order, not decoded.</summary>
        internal StatementRef[] About(string id, bool referent) =>
            !referent && ByProperty ? AllAbout(id) : Listed(referent ? ReferentTable : SubjectTable, id);

        /// <summary>
        /// The statements about an entity grouped by property, each group in order, not decoded; null
        /// when the shard has none. A later build's shard lists them so; an earlier one's are grouped here.
        /// </summary>
        internal PropertyGroups? Grouped(string id)
        {
            if (!ByProperty)
            {
                var listed = Listed(SubjectTable, id);
                return listed.Length == 0 ? null : PropertyGroups.Group(listed);
            }

            var index = _blob.Search(SubjectPropertyTable, id);
            return index < 0 ? null : PropertyGroups.Of(SubjectRecord(_blob.Data, index));
        }

        /// <summary>Where the statements about an entity are listed by property (a later build's shard): the index of its record, or -1 when the shard has none.</summary>
        internal int SubjectRecordOf(string id) => _blob.Search(SubjectPropertyTable, id);

        /// <summary>
        /// The statements of the subject record at <paramref name="index"/> (see <see cref="SubjectRecord"/>)
        /// that state <paramref name="property"/>, in order, decoded; null when none does.
        /// </summary>
        internal Statement[]? Stating(int index, string property)
        {
            var data = _blob.Data;
            var position = Group(data, index, property, out var subject, out var stated, out var first, out var count);
            if (position < 0)
            {
                return null;
            }

            var found = new Statement[count];
            for (int i = 0, statement = first; i < found.Length; i++)
            {
                statement += i == 0 ? 0 : EncodedBlob.Number(data, ref position);
                found[i] = Statement(statement, subject, stated);
            }

            return found;
        }

        /// <summary>As <see cref="Stating"/>, not decoded: each statement with its subject and property, to be merged with other shards'.</summary>
        internal StatementRef[]? StatingRefs(int index, string property)
        {
            var data = _blob.Data;
            var position = Group(data, index, property, out var subject, out var stated, out var first, out var count);
            if (position < 0)
            {
                return null;
            }

            var found = new StatementRef[count];
            for (int i = 0, statement = first; i < found.Length; i++)
            {
                statement += i == 0 ? 0 : EncodedBlob.Number(data, ref position);
                found[i] = new StatementRef(this, statement, subject, stated);
            }

            return found;
        }

        /// <summary>
        /// Finds the group of <paramref name="property"/> in the subject record at <paramref name="index"/>:
        /// where the distances of its statements after the first start, its subject and property (string
        /// indexes), its first statement and how many it has; -1 when the record has none.
        /// </summary>
        private int Group(EncodedBytes data, int index, string property, out int subject, out int stated, out int first, out int count)
        {
            var position = _blob.Record(data, SubjectPropertyTable, index);
            subject = EncodedBlob.Number(data, ref position);
            first = 0;
            for (var groups = EncodedBlob.Number(data, ref position); groups > 0; groups--)
            {
                stated = EncodedBlob.Number(data, ref position);
                count = EncodedBlob.Number(data, ref position);
                first += EncodedBlob.Number(data, ref position);
                if (string.Equals(_blob.String(stated), property))
                {
                    return position;
                }

                for (var i = 1; i < count; i++)
                {
                    EncodedBlob.Number(data, ref position);
                }
            }

            stated = count = 0;
            return -1;
        }

        /// <summary>Every statement about an entity, in the shard's order, each with its subject and property (a later build's shard).</summary>
        private StatementRef[] AllAbout(string id)
        {
            var index = _blob.Search(SubjectPropertyTable, id);
            if (index < 0)
            {
                return None;
            }

            var statements = SubjectRecord(_blob.Data, index);
            var total = 0;
            foreach (var group in statements)
            {
                total += group.Length;
            }

            // Each property's statements are in order: the least next one of any goes next.
            var found = new StatementRef[total];
            var next = new int[statements.Length];
            for (var at = 0; at < total; at++)
            {
                var least = -1;
                for (var g = 0; g < statements.Length; g++)
                {
                    if (next[g] < statements[g].Length && (least < 0 || statements[g][next[g]].Index < statements[least][next[least]].Index))
                    {
                        least = g;
                    }
                }

                found[at] = statements[least][next[least]++];
            }

            return found;
        }

        /// <summary>
        /// A record of the subject-by-property table: the subject, its number of properties, then for
        /// each (in order of its first statement) the property, its number of statements, its first
        /// statement's distance from the previous property's first, and each next statement's distance
        /// from the one before. Returns each property's statements, each with its subject and property.
        /// </summary>
        private StatementRef[][] SubjectRecord(EncodedBytes data, int index)
        {
            var position = _blob.Record(data, SubjectPropertyTable, index);
            var subject = EncodedBlob.Number(data, ref position);
            var statements = new StatementRef[EncodedBlob.Number(data, ref position)][];
            var first = 0;
            for (var g = 0; g < statements.Length; g++)
            {
                var property = EncodedBlob.Number(data, ref position);
                var group = statements[g] = new StatementRef[EncodedBlob.Number(data, ref position)];
                first += EncodedBlob.Number(data, ref position);
                for (int i = 0, statement = first; i < group.Length; i++)
                {
                    statement += i == 0 ? 0 : EncodedBlob.Number(data, ref position);
                    group[i] = new StatementRef(this, statement, subject, property);
                }
            }

            return statements;
        }

        /// <summary>The statements a table (of an earlier build's subjects, or of referents) lists for an entity, in order, not decoded.</summary>
        private StatementRef[] Listed(int table, string id)
        {
            var index = _blob.Search(table, id);
            if (index < 0)
            {
                return None;
            }

            var data = _blob.Data;
            var position = _blob.Record(data, table, index);
            EncodedBlob.Number(data, ref position);
            var found = new StatementRef[EncodedBlob.Number(data, ref position)];
            var statement = 0;
            for (var i = 0; i < found.Length; i++)
            {
                statement += EncodedBlob.Number(data, ref position); // each is its distance from the one before
                found[i] = new StatementRef(this, statement);
            }

            return found;
        }

        internal int StatementCount => _blob.Count(StatementTable);

        /// <summary>How many entities the shard's statements have as their value.</summary>
        internal int ReferentCount => _blob.Count(ReferentTable);

        /// <summary>
        /// Sets this shard's bit in the slot of each entity its statements have as their value (see
        /// <see cref="ReferentShards"/>); returns whether an id could not be hashed, being beyond ASCII.
        /// </summary>
        internal bool MarkReferents(int[] slots)
        {
            var data = _blob.Data;
            var beyondAscii = false;
            for (var record = 0; record < ReferentCount; record++)
            {
                var position = _blob.Record(data, ReferentTable, record);
                var start = _blob.Bytes(data, EncodedBlob.Number(data, ref position), out var length);
                var hash = ReferentShards.Hash(data, start, length);
                if (hash < 0)
                {
                    beyondAscii = true;
                }
                else
                {
                    slots[hash & (slots.Length - 1)] |= 1 << Number;
                }
            }

            return beyondAscii;
        }

        /// <summary>The property a statement states, without decoding the rest.</summary>
        internal string PropertyOf(StatementRef statement)
        {
            if (ByProperty)
            {
                return _blob.String(statement.Property != 0 ? statement.Property : StatedBy[(2 * statement.Index) + 1]) ?? string.Empty;
            }

            var data = _blob.Data;
            var position = _blob.Record(data, StatementTable, statement.Index);
            EncodedBlob.Number(data, ref position); // its #id
            EncodedBlob.Number(data, ref position); // its subject
            return _blob.Text(data, ref position);
        }

        /// <summary>
        /// The subject and property (string indexes) of each statement, for the statements read by
        /// position, whose records in a later build's shard do not say: made from the subject-by-property
        /// table when first needed (the export, referrers, a canonical statement elsewhere), never by a
        /// typed property, whose statements are found through their subject.
        /// </summary>
        private int[] StatedBy
        {
            get
            {
                var stated = Atomic.Read(ref _statedBy);
                if (stated is null)
                {
                    // Read as SubjectRecord reads a record, without listing the statements.
                    stated = new int[2 * StatementCount];
                    var data = _blob.Data;
                    for (var record = 0; record < _blob.Count(SubjectPropertyTable); record++)
                    {
                        var position = _blob.Record(data, SubjectPropertyTable, record);
                        var subject = EncodedBlob.Number(data, ref position);
                        var first = 0;
                        for (var groups = EncodedBlob.Number(data, ref position); groups > 0; groups--)
                        {
                            var property = EncodedBlob.Number(data, ref position);
                            var count = EncodedBlob.Number(data, ref position);
                            first += EncodedBlob.Number(data, ref position);
                            for (int i = 0, statement = first; i < count; i++)
                            {
                                statement += i == 0 ? 0 : EncodedBlob.Number(data, ref position);
                                stated[2 * statement] = subject;
                                stated[(2 * statement) + 1] = property;
                            }
                        }
                    }

                    stated = Once.Publish(ref _statedBy, stated);
                }

                return stated;
            }
        }

        /// <summary>The statement at a position of the shard.</summary>
        internal Statement Statement(int index) => Statement(index, 0, 0);

        /// <summary>The statement at a position of the shard, whose subject and property are known when found through its subject (0 otherwise).</summary>
        internal Statement Statement(int index, int subject, int property) =>
            (Statement?)_statements[index] ?? (Statement)_statements.Publish(index, Decode(index, subject, property));

        private Statement Decode(int index, int subject, int property)
        {
            // A later build's record does not say its subject and property: unless given, the statement
            // reads them from the shard when asked (StatedOf).
            var data = _blob.Data;
            var position = ValueAt(data, index, ref subject, ref property, out _);
            SkipValue(data, ref position);
            EncodedBlob.Number(data, ref position); // its rank
            EncodedBlob.Number(data, ref position); // why it is ranked
            SkipCitation(data, ref position);
            SkipQualifiers(data, ref position);

            // Its canonical statement: 0 none, 1 itself, else another's shard (+ 2), document and position.
            var canonical = EncodedBlob.Number(data, ref position);
            var elsewhere = canonical < 2 ? (StatementAddress?)null : new StatementAddress(canonical - 2, _blob.Text(data, ref position), EncodedBlob.Number(data, ref position));
            return new Statement(this, index, subject, property, canonical == 1, elsewhere);
        }

        /// <summary>The subject and property (string indexes) of the statement at a position of the shard: from the subject-by-property table (a later build's shard) or its record.</summary>
        internal void StatedOf(int index, out int subject, out int property)
        {
            if (ByProperty)
            {
                var stated = StatedBy;
                subject = stated[2 * index];
                property = stated[(2 * index) + 1];
                return;
            }

            subject = property = 0;
            ValueAt(_blob.Data, index, ref subject, ref property, out _);
        }

        /// <summary>The string index of the type of the statement at a position of the shard, read again from its record.</summary>
        internal int TypeOf(int index)
        {
            int subject = 0, property = 0;
            ValueAt(_blob.Data, index, ref subject, ref property, out var type);
            return type;
        }

        /// <summary>The string with this index in the shard's string table; null for 0.</summary>
        internal string? String(int id) => _blob.String(id);

        /// <summary>
        /// The entity of <paramref name="kind"/> whose id is the string with index <paramref name="id"/>;
        /// null when there is none. Looked up in its catalogue once per shard and kept by index: a
        /// shard's statements name the same few entities over and over (their subjects, the entities
        /// they point at), and a catalogue's binary search is the dearest part of reading an inverse.
        /// </summary>
        internal Entity? EntityOf(string kind, int id)
        {
            if (_entities[id] is Entity known && string.Equals(known.Kind, kind))
            {
                return known;
            }

            // A catalogue makes one object per entity, so the one kept is the one found.
            var found = _corpus.Entity(kind, _blob.String(id) ?? string.Empty);
            if (found is not null)
            {
                _entities.Publish(id, found);
            }

            return found;
        }

        /// <summary>The value of the statement at a position of the shard, read again from its record.</summary>
        internal object ValueOf(int index)
        {
            var data = _blob.Data;
            int subject = 0, property = 0;
            var position = ValueAt(data, index, ref subject, ref property, out var type);
            return Value(data, ref position, _blob.String(type) ?? string.Empty);
        }

        /// <summary>
        /// The value of the statement at a position of the shard as the C# type of its property, read
        /// again from its record: an entity looked up once per shard, a date or count without a box.
        /// </summary>
        /// <remarks>
        /// Not through <see cref="ValueOf"/>: a typed fact keeps its value itself, so the boxed value a
        /// statement would keep is garbage that every collection until then copies (a boxed reference
        /// or date for each of 80,157 statements in the 100 × 1,000 corpus). In code compiled for a
        /// value type, <c>(TValue)(object)</c> of that type is no box.
        /// </remarks>
        internal TValue Typed<TValue>(int index)
        {
            var data = _blob.Data;
            int subject = 0, property = 0;
            var position = ValueAt(data, index, ref subject, ref property, out var type);
            var start = position;
            switch (EncodedBlob.Number(data, ref position))
            {
                case 7:
                    return (TValue)(object)EntityOf(_blob.String(type) ?? string.Empty, EncodedBlob.Number(data, ref position))!;
                case 1 when typeof(TValue) == typeof(PartialDate):
                    return (TValue)(object)Date(data, ref position);
                case 5 when typeof(TValue) == typeof(int):
                    return (TValue)(object)EncodedBlob.Signed(data, ref position);
                default:
                    return (TValue)Value(data, ref start, _blob.String(type) ?? string.Empty);
            }
        }

        /// <summary>The string index of the #id of the statement at a position of the shard (0: none), read again from its record.</summary>
        internal int IdOf(int index)
        {
            var data = _blob.Data;
            var position = _blob.Record(data, StatementTable, index);
            return EncodedBlob.Number(data, ref position);
        }

        /// <summary>Where the citation of the statement at a position of the shard starts in its record (after its value, rank and reason), read again.</summary>
        internal int CitationOf(int index)
        {
            var data = _blob.Data;
            var position = ValueAt(data, index);
            SkipValue(data, ref position);
            EncodedBlob.Number(data, ref position); // its rank
            EncodedBlob.Number(data, ref position); // why it is ranked
            return position;
        }

        /// <summary>The rank of the statement at a position of the shard, and the string index of why (0: none), read again from its record.</summary>
        internal int RankOf(int index, out int why)
        {
            var data = _blob.Data;
            var position = ValueAt(data, index);
            SkipValue(data, ref position);
            var rank = EncodedBlob.Number(data, ref position);
            why = EncodedBlob.Number(data, ref position);
            return rank;
        }

        /// <summary>
        /// The qualifiers of the statement at a position of the shard, decoded when first asked for and
        /// kept here rather than by the statement: most readers never ask, and a field of every statement
        /// was 8 bytes for each of them.
        /// </summary>
        internal global::System.Collections.Generic.IReadOnlyList<Qualifier> QualifiersOf(int index)
        {
            var lists = Atomic.Read(ref _qualifiers) ?? Once.Publish(ref _qualifiers, new Kept(StatementCount));
            return (global::System.Collections.Generic.IReadOnlyList<Qualifier>?)lists[index]
                ?? (global::System.Collections.Generic.IReadOnlyList<Qualifier>)lists.Publish(index, QualifiersAfter(CitationOf(index)) is { } decoded ? ReadOnly.List(decoded) : ReadOnly.Empty<Qualifier>());
        }

        /// <summary>Where the value of the statement at a position of the shard starts in its record (at its codec).</summary>
        private int ValueAt(EncodedBytes data, int index)
        {
            int subject = 0, property = 0;
            return ValueAt(data, index, ref subject, ref property, out _);
        }

        /// <summary>
        /// Where the value of the statement at a position of the shard starts in its record, reading what
        /// comes before it: its subject and property where the record holds them (a shard not kept by
        /// property), and its type. The #id is read when asked for (<see cref="IdOf"/>).
        /// </summary>
        private int ValueAt(EncodedBytes data, int index, ref int subject, ref int property, out int type)
        {
            var position = _blob.Record(data, StatementTable, index);
            EncodedBlob.Number(data, ref position); // its #id
            if (!ByProperty)
            {
                subject = EncodedBlob.Number(data, ref position);
                property = EncodedBlob.Number(data, ref position);
            }

            type = EncodedBlob.Number(data, ref position);
            return position;
        }

        /// <summary>The address of the statement at a position of the shard: its document and position there.</summary>
        internal StatementAddress AddressOf(int index)
        {
            var document = Locate(_blob.Data, index, out var ordinal);
            return new StatementAddress(Number, document, ordinal);
        }

        /// <summary>Whether <paramref name="address"/> is that of the statement at a position of this shard.</summary>
        internal bool IsAt(StatementAddress address, int index) => address.Shard == Number && address.Equals(AddressOf(index));

        /// <summary>The qualifiers of the statement whose citation is at <paramref name="citationAt"/>, which follow it; null when it has none.</summary>
        private Qualifier[]? QualifiersAfter(int citationAt)
        {
            var data = _blob.Data;
            var position = citationAt;
            SkipCitation(data, ref position);
            var count = EncodedBlob.Number(data, ref position);
            return count == 0 ? null : Qualifiers(data, ref position, count);
        }

        /// <summary>A statement's qualifiers: property, type, value and citation each.</summary>
        private Qualifier[] Qualifiers(EncodedBytes data, ref int position, int count)
        {
            var qualifiers = new Qualifier[count];
            for (var q = 0; q < qualifiers.Length; q++)
            {
                var property = _blob.Text(data, ref position);
                var type = _blob.Text(data, ref position);
                var value = Value(data, ref position, type);
                qualifiers[q] = new Qualifier(property, type, value, Citation(data, ref position));
            }

            return qualifiers;
        }

        /// <summary>The key of the document a statement of this shard is stated in, and where that document's statements end.</summary>
        internal string DocumentOf(int index, out int end)
        {
            var data = _blob.Data;
            var key = Document(data, DocumentIndexOf(data, index), out var first, out var count);
            end = first + count;
            return key;
        }

        /// <summary>The document a statement of this shard is stated in and its position there.</summary>
        private string Locate(EncodedBytes data, int index, out int ordinal)
        {
            var key = Document(data, DocumentIndexOf(data, index), out var first, out _);
            ordinal = index - first;
            return key;
        }

        /// <summary>
        /// The document a statement is stated in: the last document (ordered by key, statements numbered
        /// document after document) whose first statement is not after it.
        /// </summary>
        private int DocumentIndexOf(EncodedBytes data, int index)
        {
            int low = 0, high = DocumentCount - 1;
            while (low < high)
            {
                var middle = low + ((high - low + 1) / 2);
                if (FirstOf(data, middle) <= index)
                {
                    low = middle;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return low;
        }

        /// <summary>The citation at a position of the data (a statement's, see <see cref="Statement.Citation"/>).</summary>
        internal Citation CitationAt(int position) => Citation(_blob.Data, ref position);

        // Its quote and sentence are read from where they are cited (see Cite) when first asked for.
        private Citation Citation(EncodedBytes data, ref int position)
        {
            var document = _blob.Text(data, ref position);
            var line = EncodedBlob.Number(data, ref position);
            var column = EncodedBlob.Number(data, ref position);
            var citation = new Citation(document, line, column, this, position);
            SkipCited(data, ref position);
            return citation;
        }

        // A statement's qualifiers, read past (see Qualifiers): decoded only when the statement's are read.
        private static void SkipQualifiers(EncodedBytes data, ref int position)
        {
            for (var count = EncodedBlob.Number(data, ref position); count > 0; count--)
            {
                EncodedBlob.Number(data, ref position); // its property
                EncodedBlob.Number(data, ref position); // its type
                SkipValue(data, ref position);
                SkipCitation(data, ref position);
            }
        }

        // A value, read past: as many numbers as its codec reads (see Value).
        private static void SkipValue(EncodedBytes data, ref int position)
        {
            var numbers = EncodedBlob.Number(data, ref position) switch
            {
                1 => DateNumbers,
                2 => (EncodedBlob.Number(data, ref position) == 1 ? DateNumbers : 0) + (EncodedBlob.Number(data, ref position) == 1 ? DateNumbers : 0),
                3 => 8, // a duration's six fields, precision and comparator
                5 or 6 or 7 => 1, // a count, a text, an entity's id
                8 => 7, // an instant's year to second, and precision
                _ => 4, // a measure (codecs 4 and 9 to 13): amount, unit, scale, comparator
            };
            for (; numbers > 0; numbers--)
            {
                EncodedBlob.Number(data, ref position);
            }
        }

        // A citation's document, line and column, then where its quote and sentence are.
        private static void SkipCitation(EncodedBytes data, ref int position)
        {
            EncodedBlob.Number(data, ref position);
            EncodedBlob.Number(data, ref position);
            EncodedBlob.Number(data, ref position);
            SkipCited(data, ref position);
        }

        // Three numbers either way (see Cite): the sentence's index, then 1 + the quote's start and its length, or 0 and the quote's string.
        private static void SkipCited(EncodedBytes data, ref int position)
        {
            EncodedBlob.Number(data, ref position);
            EncodedBlob.Number(data, ref position);
            EncodedBlob.Number(data, ref position);
        }

        /// <summary>
        /// The quote and sentence cited at a position of the data (the generator's Emit/CitedText.cs):
        /// the sentence's index, then 1 + where the quote starts in it and its length, or 0 and the quote.
        /// </summary>
        internal void Cite(int position, out string quote, out string sentence)
        {
            var data = _blob.Data;
            sentence = Sentence(EncodedBlob.Number(data, ref position));
            var start = EncodedBlob.Number(data, ref position) - 1;
            if (start < 0)
            {
                quote = _blob.Text(data, ref position);
                return;
            }

            var length = EncodedBlob.Number(data, ref position);
            quote = length == sentence.Length ? sentence : sentence.Substring(start, length);
        }

        /// <summary>Where the quote and sentence of an entity's declaration are cited (for <see cref="Cite"/>), or -1.</summary>
        internal int Declaration(string id)
        {
            var index = _blob.Search(DeclarationTable, id);
            if (index < 0)
            {
                return -1;
            }

            var data = _blob.Data;
            var position = _blob.Record(data, DeclarationTable, index);
            EncodedBlob.Number(data, ref position);
            return position;
        }

        /// <summary>
        /// A cited sentence, cut from the shard's text once and kept. The text is a string literal read
        /// whole on first use (so the first typed access never loads it), or UTF-8 decoded sentence by sentence.
        /// </summary>
        private string Sentence(int index)
        {
            var cached = (string?)_sentences[index];
            if (cached is not null)
            {
                return cached;
            }

            var data = _blob.Data;
            var position = _blob.Record(data, SentenceTable, index);
            var start = EncodedBlob.Number(data, ref position);
            var length = EncodedBlob.Number(data, ref position);
            var text = _text;
            var utf8 = text is null ? _corpus.Text(Number, out text) : default;
            _text = text;
            var sentence = text is not null ? text.Substring(start, length) : EncodedText.Decode(utf8!, start, length);
            return (string)_sentences.Publish(index, sentence);
        }

        /// <summary>A value, by the codec its tag names (the generator's Emit/ValueCodec.cs).</summary>
        /// <remarks>
        /// Each codec but the plainest reads in a method of its own: the runtime loads every type a
        /// method names when the method first runs, so one method for all would load all fifteen value
        /// types on the first statement read, whatever its value.
        /// </remarks>
        private object Value(EncodedBytes data, ref int position, string type)
        {
            var codec = EncodedBlob.Number(data, ref position);
            switch (codec)
            {
                case 1:
                    return Date(data, ref position);
                case 2:
                    return IntervalValue(data, ref position);
                case 3:
                    return DurationValue(data, ref position);
                case 4:
                    return QuantityValue(data, ref position);
                case 5:
                    return EncodedBlob.Signed(data, ref position);
                case 6:
                    return _blob.Text(data, ref position);
                case 7:
                    return EntityValue(data, ref position, type);
                case 8:
                    return InstantValue(data, ref position);
                default:
                    // 9 to 13: the measures of a dimension.
                    return DimensionValue(data, ref position, codec);
            }
        }

        private static object IntervalValue(EncodedBytes data, ref int position)
        {
            var hasStart = EncodedBlob.Number(data, ref position) == 1;
            var hasEnd = EncodedBlob.Number(data, ref position) == 1;
            PartialDate? start = hasStart ? Date(data, ref position) : null;
            PartialDate? end = hasEnd ? Date(data, ref position) : null;
            return new DateInterval(start, end);
        }

        private static object DurationValue(EncodedBytes data, ref int position) =>
            new Duration(
                EncodedBlob.Number(data, ref position),
                EncodedBlob.Number(data, ref position),
                EncodedBlob.Number(data, ref position),
                EncodedBlob.Number(data, ref position),
                EncodedBlob.Number(data, ref position),
                EncodedBlob.Number(data, ref position),
                (DurationUnit)EncodedBlob.Number(data, ref position),
                (Comparator)EncodedBlob.Number(data, ref position));

        // The small readers are kept out of Value, which would otherwise load their types with its own.
        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private object QuantityValue(EncodedBytes data, ref int position) => Measure(data, ref position);

        [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private object EntityValue(EncodedBytes data, ref int position, string type) => new EntityRef(type, _blob.Text(data, ref position));

        private static object InstantValue(EncodedBytes data, ref int position) =>
            new Instant(
                EncodedBlob.Signed(data, ref position),
                EncodedBlob.Number(data, ref position),
                EncodedBlob.Number(data, ref position),
                EncodedBlob.Number(data, ref position),
                EncodedBlob.Number(data, ref position),
                EncodedBlob.Number(data, ref position),
                (TimePrecision)EncodedBlob.Number(data, ref position));

        /// <summary>A measure of one dimension (codecs 9 to 13): the fields of a <see cref="Quantity"/> in the dimension's type.</summary>
        private object DimensionValue(EncodedBytes data, ref int position, int codec)
        {
            var measure = Measure(data, ref position);
            switch (codec)
            {
                case 9:
                    return new Mass(measure.Amount, measure.Unit, measure.Scale, measure.Comparator);
                case 10:
                    return new Speed(measure.Amount, measure.Unit, measure.Scale, measure.Comparator);
                case 11:
                    return new Area(measure.Amount, measure.Unit, measure.Scale, measure.Comparator);
                case 12:
                    return new Volume(measure.Amount, measure.Unit, measure.Scale, measure.Comparator);
                default:
                    // 13: the last codec.
                    return new Temperature(measure.Amount, measure.Unit, measure.Scale, measure.Comparator);
            }
        }

        /// <summary>The fields every measure has: amount, unit, scale, comparator.</summary>
        private Quantity Measure(EncodedBytes data, ref int position)
        {
            var amount = decimal.Parse(_blob.Text(data, ref position), global::System.Globalization.NumberStyles.Number, global::System.Globalization.CultureInfo.InvariantCulture);
            var unit = _blob.Text(data, ref position);
            var scale = EncodedBlob.Number(data, ref position);
            return new Quantity(amount, unit, scale, (Comparator)EncodedBlob.Number(data, ref position));
        }

        private static PartialDate? Date(string? iso) => iso is null ? null : PartialDate.ParseIso(iso);

        private static PartialDate Date(EncodedBytes data, ref int position)
        {
            var year = EncodedBlob.Signed(data, ref position);
            var month = EncodedBlob.Number(data, ref position);
            var day = EncodedBlob.Number(data, ref position);
            var approximate = EncodedBlob.Number(data, ref position) == 1;
            return new PartialDate(year, month == 0 ? null : month, day == 0 ? null : day, approximate);
        }
    }
}
