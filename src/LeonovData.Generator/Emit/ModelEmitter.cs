using System.Collections.Generic;
using System.Linq;
using LeonovData.Generator.Binding;
using LeonovData.Generator.Diagnostics;
using LeonovData.Generator.Model;
using LeonovData.Generator.Schema;

namespace LeonovData.Generator.Emit;

/// <summary>
/// Emits what grows with the schema: one record per entity kind with typed, cached properties and
/// reverse navigation, the fact type of each property that takes qualifiers, the schema's description;
/// and per kind a catalogue whose entities are constant data, with one thin documented accessor each.
/// </summary>
internal static class ModelEmitter
{
    /// <summary>
    /// Entities of one kind that get a named accessor (and <c>Ids</c>/<c>Names</c> constants). The
    /// runtime loads at most 65,535 methods per type; past this bound (LEO0502) the others are reached
    /// through <c>Get</c>, <c>Find</c> and <c>All</c>.
    /// </summary>
    public const int MaxNamedEntities = 20_000;

    /// <param name="literals">Gets the catalogues' data literals, in the order the compiler lays them out (<see cref="LiteralContents"/>).</param>
    public static void Write(SourceWriter writer, ModelInput input, Naming naming, GeneratorOptions options, List<DiagnosticInfo> diagnostics, List<HeapLiteral> literals)
    {
        var schema = input.Schema;
        var visibility = options.Public ? "public" : "internal";
        var inPlaceBudget = PackedLiteral.CatalogueBudget;
        var catalogues = new List<CatalogueData>();
        foreach (var kind in schema.Kinds)
        {
            var entities = OfKind(input.Entities, kind.Id);
            catalogues.Add(CatalogueData.Of(kind, entities, catalogues.Count, options, diagnostics, ref inPlaceBudget));
        }

        literals.AddRange(catalogues.Where(static c => c.Packed is not null).Select(static c => new HeapLiteral(c.Key, LiteralContents.EntryBytes(c.Key, c.Packed!.Length))));
        WriteDataset(writer, schema, naming, options, visibility, catalogues);
        foreach (var catalogue in catalogues)
        {
            var kind = catalogue.Kind;
            writer.Line();
            WriteRecord(writer, schema, kind, naming, visibility);
            WriteFactTypes(writer, schema, kind, naming, visibility);
            writer.Line();
            WriteCatalogue(writer, catalogue, naming, visibility, options);
        }
    }

    /// <summary>
    /// The entities of a kind, ordered by id (ordinal), in a list of their number. The binder orders
    /// them so already (<see cref="ModelInput"/>): they are sorted (stably, as before) only when they
    /// are not, rather than every time through a sort's keys, map and buffer.
    /// </summary>
    private static List<Entity> OfKind(EquatableArray<Entity> all, string kind)
    {
        var count = 0;
        var sorted = true;
        string? previous = null;
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i].Kind == kind)
            {
                sorted &= previous is null || string.CompareOrdinal(previous, all[i].Id) <= 0;
                previous = all[i].Id;
                count++;
            }
        }

        var entities = new List<Entity>(count);
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i].Kind == kind)
            {
                entities.Add(all[i]);
            }
        }

        return sorted ? entities : entities.OrderBy(static e => e.Id, System.StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// A kind's entities and their constant data, found before anything is written: a catalogue whose data
    /// is a data literal holds it in a method of <c>Dataset</c> (<see cref="Method"/>), declared after the
    /// shards' methods, so that the compiler lays it out in the same run of data literals as the shards'
    /// (<see cref="LiteralContents"/>).
    /// </summary>
    private sealed class CatalogueData
    {
        private CatalogueData(KindSpec kind, string key, List<Entity> entities, List<Entity> named, string? data, byte[]? packed, int index)
        {
            Kind = kind;
            Key = key;
            Entities = entities;
            Named = named;
            Data = data;
            Packed = packed;
            Method = $"Catalogue{index:D2}";
        }

        public KindSpec Kind { get; }

        public List<Entity> Entities { get; }

        /// <summary>The entities that get a named accessor.</summary>
        public List<Entity> Named { get; }

        /// <summary>The data as text, empty where it is too large (LEO0501), null where it is a data literal (<see cref="Packed"/>).</summary>
        public string? Data { get; }

        /// <summary>The data's UTF-8 where it is written as a data literal (<see cref="PackedLiteral"/>); null otherwise.</summary>
        public byte[]? Packed { get; }

        /// <summary>The data literal's key: <c>c</c> and the kind (<see cref="PackedLiteral"/>).</summary>
        public string Key { get; }

        /// <summary>The member of <c>Dataset</c> that holds the data literal, where there is one.</summary>
        public string Method { get; }

        /// <param name="inPlaceBudget">Bytes of string literals the catalogues not yet found may still take (<see cref="PackedLiteral.CatalogueBudget"/>).</param>
        public static CatalogueData Of(KindSpec kind, List<Entity> entities, int index, GeneratorOptions options, List<DiagnosticInfo> diagnostics, ref int inPlaceBudget)
        {
            // The entities themselves where all are named (a copy was a list of each kind's size again),
            // so it is replaced, never cleared, below.
            var named = entities.Count <= MaxNamedEntities ? entities : entities.GetRange(0, MaxNamedEntities);
            if (entities.Count > MaxNamedEntities)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TooManyNamedEntities, kind.Location, kind.Id, Literals.Int(entities.Count), Literals.Int(MaxNamedEntities), kind.CatalogueName));
            }

            // A data literal's bytes come straight from the blob (lent, then copied at their size): its text,
            // a string of it and its UTF-8 were three copies of each catalogue, a sixth of what the model allocated.
            using var blob = CatalogueEncoder.Encode(entities);
            var key = "c" + kind.Id;
            string? data = null;
            byte[]? packed = null;
            if (!blob.Fits || (!options.Utf8Data && blob.Utf8Length > Emitter.StringLiteralLimit))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DataTooLarge, kind.Location, $"the catalogue of kind '{kind.Id}' ({Literals.Int(entities.Count)} entities)", Emitter.TooLargeAdvice(options, "split the kind into several")));
                data = string.Empty;
                named = new List<Entity>();
                if (options.Utf8Data && PackedLiteral.IsKey(key) && PackedLiteral.HeapBytes(0, key) is var emptyBytes && emptyBytes <= inPlaceBudget)
                {
                    inPlaceBudget -= emptyBytes;
                    packed = System.Array.Empty<byte>();
                }
            }
            else if (options.Utf8Data && PackedLiteral.IsKey(key) && PackedLiteral.HeapBytes((int)blob.Utf8Length, key) is var heapBytes && heapBytes <= inPlaceBudget)
            {
                // UTF-8, two bytes to a char, read in place in the assembly's metadata (PackedLiteral).
                inPlaceBudget -= heapBytes;
                var utf8 = blob.Utf8();
                packed = new byte[utf8.Count];
                System.Array.Copy(utf8.Array!, utf8.Offset, packed, 0, utf8.Count);
            }
            else
            {
                data = blob.Build()!;
            }

            return new CatalogueData(kind, key, entities, named, data, packed, index);
        }
    }

    /// <summary>
    /// The fact type of each property of <paramref name="kind"/> that takes qualifiers: a sealed
    /// <c>Fact&lt;T&gt;</c> with one typed accessor per qualifier it takes, and no other, so a
    /// qualifier the schema does not give the property is not there to read.
    /// </summary>
    private static void WriteFactTypes(SourceWriter writer, SchemaModel schema, KindSpec kind, Naming naming, string visibility)
    {
        var ns = naming.Ns;
        foreach (var property in schema.Properties.Where(p => p.Of == kind.Id))
        {
            var qualifiers = naming.QualifiersOf(property);
            if (qualifiers.Count == 0)
            {
                continue;
            }

            var type = naming.ClrType(property.Type).Type;
            var factType = Naming.FactType(kind.TypeName, property);
            var facts = Naming.FactMember(property, kind.TypeName);
            writer.Line();
            writer.Line($"/// <summary>A fact of <see cref=\"{kind.TypeName}.{facts}\"/>, with the qualifiers property <c>{Literals.Xml(property.Id)}</c> takes: {string.Join(", ", qualifiers.Select(static q => $"<c>{Literals.Xml(q.Id)}</c>"))}.</summary>");
            using (writer.Open($"{visibility} sealed class {factType} : {Naming.Runtime}.Fact<{type}>"))
            {
                writer.Line($"internal {factType}({type} value, {Naming.Runtime}.Statement statement, global::System.Collections.Generic.IReadOnlyList<{Naming.Runtime}.Citation> citations)");
                writer.Line("    : base(value, statement, citations)");
                writer.Line("{");
                writer.Line("}");
                foreach (var qualifier in qualifiers)
                {
                    writer.Line();
                    WriteQualifier(writer, schema, qualifier, Naming.QualifierMember(qualifier, factType), naming);
                }
            }
        }
    }

    private static void WriteQualifier(SourceWriter writer, SchemaModel schema, PropertySpec qualifier, string member, Naming naming)
    {
        var (type, isStruct) = naming.ClrType(qualifier.Type);
        writer.Line($"/// <summary>Qualifier <c>{qualifier.Id}</c>: {Literals.Xml(qualifier.Doc)}</summary>");
        if (qualifier.Many)
        {
            // Kept once read, as the entity's own lists are.
            writer.Line($"public global::System.Collections.Generic.IReadOnlyList<{type}> {member} => QualifierValues<{type}>(ref {Naming.KeptField(member)}, {Literals.String(qualifier.Id)});");
            writer.Line();
            writer.Line($"private global::System.Collections.Generic.IReadOnlyList<{type}>? {Naming.KeptField(member)};");
        }
        else if (naming.IsEntityType(qualifier.Type))
        {
            writer.Line($"public {type}? {member} => QualifierEntity<{type}>({Literals.String(qualifier.Id)});");
        }
        else
        {
            // A call rather than a pattern and a conditional: cheaper for every consumer build to bind.
            writer.Line(isStruct
                ? $"public {type}? {member} => QualifierValue<{type}>({Literals.String(qualifier.Id)});"
                : $"public {type}? {member} => Qualifier({Literals.String(qualifier.Id)}) as {type};");
        }
    }

    /// <summary>
    /// The dataset as a whole: its corpus (statements and sources, read from the data shards), the
    /// schema's description, the lookups across kinds and the JSON export.
    /// </summary>
    private static void WriteDataset(SourceWriter writer, SchemaModel schema, Naming naming, GeneratorOptions options, string visibility, List<CatalogueData> catalogues)
    {
        var ns = naming.Ns;
        var runtime = Naming.Runtime;
        var list = "global::System.Collections.Generic.IReadOnlyList";
        writer.Line("/// <summary>The whole dataset: every statement, every source, the schema, and the JSON export.</summary>");
        using (writer.Open($"{visibility} static partial class Dataset"))
        {
            writer.Line($"private static {runtime}.Corpus? s_corpus;");
            writer.Line();
            writer.Line("/// <summary>The name and major version of the JSON export's format (docs/export.md); it changes only when a field changes meaning or goes away.</summary>");
            writer.Line($"public const string ExportFormat = {runtime}.Corpus.ExportFormat;");
            writer.Line();
            writer.Line("/// <summary>The statements and sources of the dataset, read from its data on first use.</summary>");
            writer.Line($"public static {runtime}.Corpus Corpus =>");
            writer.Line($"    s_corpus ?? {runtime}.Corpus.Publish(ref s_corpus, new {runtime}.Corpus({(options.Utf8Data ? "typeof(Dataset), " : string.Empty)}{Literals.Int(Emitter.ShardCount)}, new DatasetCode()));");
            writer.Line();
            writer.Line("/// <summary>Every statement, in corpus order (documents by file name, then position).</summary>");
            writer.Line($"public static {list}<{runtime}.Statement> Statements => Corpus.Statements;");
            writer.Line();
            writer.Line("/// <summary>The documents of the corpus, in corpus order.</summary>");
            writer.Line($"public static {list}<{runtime}.Source> Sources => Corpus.Sources;");
            writer.Line();
            writer.Line("/// <summary>Every statement about one entity, in corpus order.</summary>");
            writer.Line($"public static {list}<{runtime}.Statement> About(string entityId) => Corpus.About(entityId);");
            writer.Line();
            writer.Line("/// <summary>");
            writer.Line("/// The whole dataset as one JSON document (docs/export.md, docs/export.schema.json): the format's");
            writer.Line("/// name and version, the sources with their origin and licence, the entities with every name");
            writer.Line("/// and where they were declared, and the statements with normalised values and citations.");
            writer.Line("/// </summary>");
            writer.Line("public static string ToJson() => Corpus.ToJson(Entities);");
            writer.Line();
            writer.Line("/// <summary>The schema's properties and qualifiers (qualifiers have no kind).</summary>");
            writer.Line($"public static {list}<{runtime}.SchemaProperty> Properties => SchemaTable.Properties;");
            writer.Line();
            writer.Line("/// <summary>Finds any entity by id; null when there is none.</summary>");
            var lookups = schema.Kinds.Select(k => $"({runtime}.Entity?){ns}.{k.CatalogueName}.Get(id)").ToList();
            writer.Line($"public static {runtime}.Entity? Find(string id) => {(lookups.Count == 0 ? "null" : string.Join(" ?? ", lookups))};");
            writer.Line();
            writer.Line("/// <summary>Every entity of every kind, by kind then id.</summary>");
            using (writer.Open($"public static {list}<{runtime}.Entity> Entities"))
            {
                using (writer.Open("get"))
                {
                    writer.Line($"var all = new global::System.Collections.Generic.List<{runtime}.Entity>();");
                    foreach (var kind in schema.Kinds)
                    {
                        writer.Line($"all.AddRange({ns}.{kind.CatalogueName}.All);");
                    }

                    writer.Line("return all.AsReadOnly();");
                }
            }

            writer.Line();

            // A class of its own, so that its initialiser runs when the schema is read, not on the
            // first access to the data (a fresh process would compile it first: about 1 ms).
            // A row per property (SchemaProperty.Table): a string literal costs the compiler almost
            // nothing, a constructor call an overload resolution per property on every build. Kinds,
            // ids and types are names (letters, digits, '-', '_'), so the bar cannot occur before
            // the description, which comes last and may hold anything.
            using (writer.Open("private static class SchemaTable"))
            {
                var properties = schema.Properties;
                writer.Line($"internal static readonly {list}<{runtime}.SchemaProperty> Properties = {runtime}.SchemaProperty.Table({(properties.Count == 0 ? ");" : "")}");
                for (var i = 0; i < properties.Count; i++)
                {
                    var property = properties[i];
                    var row = $"{property.Of}|{property.Id}|{property.Type}|{(property.Many ? "many" : "one")}|{property.Doc}";
                    writer.Line($"    {Literals.String(row)}{(i < properties.Count - 1 ? "," : ");")}");
                }
            }

            WriteCode(writer, schema, naming, options);
            WriteShardMethods(writer, options);
            WriteCatalogueMethods(writer, catalogues);
        }
    }

    /// <summary>
    /// What the corpus calls back (the runtime's DatasetCode): how a stored reference becomes a typed
    /// entity, through its kind's catalogue, and the data shards where they are not read in place. A
    /// class rather than delegates: the first access of a process loads every type it meets, and three
    /// delegates were three types; this class's methods are compiled only when the corpus calls them.
    /// It takes its base class's name, which the schema cannot give a kind, so in a consumer's own
    /// part of Dataset it hides none of the records.
    /// </summary>
    private static void WriteCode(SourceWriter writer, SchemaModel schema, Naming naming, GeneratorOptions options)
    {
        var runtime = Naming.Runtime;
        writer.Line();
        using (writer.Open($"private sealed class DatasetCode : {runtime}.DatasetCode"))
        {
            if (options.Utf8Data)
            {
                writer.Line($"// Keeps the table of contents ({LiteralContents.HintName}) when the app is trimmed: no code calls it, the runtime reads its literal from the string heap.");
                writer.Line($"[global::System.Diagnostics.CodeAnalysis.DynamicDependency({Literals.String(LiteralContents.MethodName)}, typeof(Dataset))]");
                writer.Line("public DatasetCode()");
                writer.Line("{");
                writer.Line("}");
                writer.Line();
            }

            using (writer.Open($"protected override {runtime}.Entity? Entity(string kind, string id)"))
            {
                using (writer.Open("switch (kind)"))
                {
                    foreach (var kind in schema.Kinds)
                    {
                        writer.Line($"case {Literals.String(kind.Id)}: return {naming.Ns}.{kind.CatalogueName}.Get(id);");
                    }

                    writer.Line("default: return null;");
                }
            }

            WriteShardSwitches(writer, options);
        }
    }

    /// <summary>
    /// The data shards by number, for the corpus: each shard's partial method (WriteShardMethods) returns
    /// its data, and the switch is a bounded number of cases, whatever the corpus.
    /// </summary>
    private static void WriteShardSwitches(SourceWriter writer, GeneratorOptions options)
    {
        var data = Emitter.DataType(options);
        var empty = options.Utf8Data ? "default" : "string.Empty";
        writer.Line();
        using (writer.Open(options.Utf8Data ? $"protected override {data} Shard(int shard)" : "protected override string StringShard(int shard)"))
        {
            writer.Line($"{data} data = {empty};");
            using (writer.Open("switch (shard)"))
            {
                for (var i = 0; i < Emitter.ShardCount; i++)
                {
                    writer.Line($"case {Literals.Int(i)}: Shard{i:D2}(ref data); break;");
                }
            }

            writer.Line();
            writer.Line("return data;");
        }

        // A shard's cited text: a string, or past the string-literal budget UTF-8 (u8 form only).
        writer.Line();
        using (writer.Open(options.Utf8Data ? $"protected override {data} Text(int shard, out string? text)" : "protected override string? StringText(int shard)"))
        {
            writer.Line(options.Utf8Data ? "text = null;" : "string? text = null;");
            if (options.Utf8Data)
            {
                writer.Line($"{data} utf8 = {empty};");
            }

            using (writer.Open("switch (shard)"))
            {
                for (var i = 0; i < Emitter.ShardCount; i++)
                {
                    writer.Line($"case {Literals.Int(i)}: Text{i:D2}(ref text{(options.Utf8Data ? ", ref utf8" : string.Empty)}); break;");
                }
            }

            writer.Line();
            writer.Line(options.Utf8Data ? "return utf8;" : "return text;");
        }
    }

    /// <summary>
    /// One partial method per data shard: a data file implements its own; the calls to the others
    /// compile to nothing, and their shards read as empty. A bounded number, whatever the corpus. On a
    /// .NET 8 target they follow the table of contents of the data literals (<see cref="LiteralContents"/>),
    /// declared first so that the compiler lays its literal out before theirs.
    /// </summary>
    private static void WriteShardMethods(SourceWriter writer, GeneratorOptions options)
    {
        var data = Emitter.DataType(options);
        if (options.Utf8Data)
        {
            writer.Line();
            writer.Line($"static partial void {LiteralContents.MethodName}(ref {data} data);");
        }

        for (var i = 0; i < Emitter.ShardCount; i++)
        {
            writer.Line();
            writer.Line($"static partial void Shard{i:D2}(ref {data} data);");
        }

        for (var i = 0; i < Emitter.ShardCount; i++)
        {
            writer.Line();
            writer.Line(options.Utf8Data ? $"static partial void Text{i:D2}(ref string? text, ref {data} utf8);" : $"static partial void Text{i:D2}(ref string? text);");
        }
    }

    /// <summary>
    /// The catalogues' data literals, each in a method of its own right after the shards' methods, so that
    /// the compiler lays them out in the same run (<see cref="LiteralContents"/>); each kind's catalogue
    /// calls its own where the runtime cannot read it in place.
    /// </summary>
    private static void WriteCatalogueMethods(SourceWriter writer, List<CatalogueData> catalogues)
    {
        foreach (var catalogue in catalogues)
        {
            if (catalogue.Packed is { } packed)
            {
                writer.Line();
                writer.Line($"/// <summary>The data of kind <c>{Literals.Xml(catalogue.Kind.Id)}</c>'s catalogue.</summary>");
                writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
                writer.LineWithPacked($"internal static global::System.ReadOnlySpan<byte> {catalogue.Method}() => ", catalogue.Key, packed, ";");
            }
        }
    }

    private static void WriteRecord(SourceWriter writer, SchemaModel schema, KindSpec kind, Naming naming, string visibility)
    {
        var ns = naming.Ns;
        var properties = schema.Properties.Where(p => p.Of == kind.Id).ToList();
        var inverses = Naming.Inverses(schema, kind);
        var slots = properties.Sum(static p => p.Many ? 2 : 1) + inverses.Count;
        writer.Line($"/// <summary>{Literals.Xml(kind.Doc)} Kind <c>{kind.Id}</c>; every one is in <see cref=\"{kind.CatalogueName}\"/>.</summary>");
        using (writer.Open($"{visibility} sealed record {kind.TypeName} : {Naming.Runtime}.Entity"))
        {
            writer.Line($"internal {kind.TypeName}({Naming.Runtime}.EntityData data)");
            writer.Line($"    : base(data, {Literals.Int(slots)})");
            writer.Line("{");
            writer.Line("}");
            var slot = 0;
            var factTypes = new List<(int Slot, string FactType, string ValueType)>();
            foreach (var property in properties)
            {
                var type = naming.ClrType(property.Type).Type;
                var member = Naming.EntityMember(property, kind.TypeName);
                var factMember = Naming.FactMember(property, kind.TypeName);
                var doc = Literals.Xml(property.Doc);
                var id = Literals.String(property.Id);
                // A property with qualifiers has a fact type of its own, which CreateFact below makes; the
                // call names only that type, so the compiler binds one candidate and no lambda.
                var qualified = naming.QualifiersOf(property).Count > 0;
                var fact = qualified ? $"{ns}.{Naming.FactType(kind.TypeName, property)}" : $"{Naming.Runtime}.Fact<{type}>";
                if (qualified)
                {
                    factTypes.Add((slot, fact, type));
                }

                writer.Line();
                if (property.Many)
                {
                    // The values are read from the statements, not from the facts: binding a call with the
                    // facts' list as an argument costs a variance conversion, and a reader of values never
                    // needs the facts.
                    writer.Line($"/// <summary>{doc} Property <c>{property.Id}</c>; every value, in corpus order.</summary>");
                    writer.Line($"public global::System.Collections.Generic.IReadOnlyList<{type}> {member} => ValuesOf<{type}>({Literals.Int(slot + 1)}, {id});");
                    writer.Line();
                    writer.Line($"/// <summary>{doc} Property <c>{property.Id}</c>, each value with its sources and qualifiers.</summary>");
                    writer.Line($"public global::System.Collections.Generic.IReadOnlyList<{fact}> {factMember} => {(qualified ? $"FactsOf<{fact}>" : $"Many<{type}>")}({Literals.Int(slot)}, {id});");
                    slot += 2;
                }
                else
                {
                    writer.Line($"/// <summary>{doc} Property <c>{property.Id}</c>; null when no source states it.</summary>");
                    writer.Line($"public {type}? {member} => {factMember}?.Value;");
                    writer.Line();
                    writer.Line($"/// <summary>{doc} Property <c>{property.Id}</c>, with every source that states it and its qualifiers.</summary>");
                    writer.Line($"public {fact}? {factMember} => {(qualified ? $"FactOf<{fact}>" : $"One<{type}>")}({Literals.Int(slot)}, {id});");
                    slot += 1;
                }
            }

            foreach (var inverse in inverses)
            {
                var source = schema.Kind(inverse.Property.Of!)!;
                var forward = $"{source.TypeName}.{Naming.EntityMember(inverse.Property, source.TypeName)}";
                writer.Line();
                writer.Line($"/// <summary>Every {Literals.Xml(source.Id)} whose <c>{inverse.Property.Id}</c> is this {Literals.Xml(kind.Id)}, in corpus order: the reverse of <see cref=\"{forward}\"/>.</summary>");
                writer.Line($"public global::System.Collections.Generic.IReadOnlyList<{ns}.{source.TypeName}> {inverse.Member} => Referrers<{ns}.{source.TypeName}>({Literals.Int(slot)}, {Literals.String(inverse.Property.Id)}, {Literals.String(source.Id)});");
                slot++;
            }

            writer.Line();
            writer.Line("/// <summary>The display name, kind and id.</summary>");
            writer.Line($"public override string ToString() => Name + \" ({kind.Id} \" + Id + \")\";");

            // Declared so that the compiler writes none: its own would read every property above to print
            // it (about a tenth of the Leonov consumer's compile, measured), for a ToString this record replaces.
            writer.Line();
            writer.Line("/// <summary>Prints what the entity has in common with every entity; <see cref=\"ToString\"/> does not use it.</summary>");
            writer.Line("protected override bool PrintMembers(global::System.Text.StringBuilder builder) => base.PrintMembers(builder);");
            WriteCreateFact(writer, factTypes);
        }
    }

    /// <summary>
    /// The factory of the record's fact types, by the slot of their property's facts: one method for
    /// the record rather than a lambda per property (a lambda costs every consumer build a synthesized
    /// method, a cached delegate and a closure class; the Leonov consumer's 12 cost it 4-10 ms).
    /// </summary>
    private static void WriteCreateFact(SourceWriter writer, List<(int Slot, string FactType, string ValueType)> factTypes)
    {
        if (factTypes.Count == 0)
        {
            return;
        }

        var parameters = $"int slot, object value, {Naming.Runtime}.Statement statement, global::System.Collections.Generic.IReadOnlyList<{Naming.Runtime}.Citation> citations";
        writer.Line();
        writer.Line("/// <summary>Makes a fact of a property that has a fact type of its own, by the slot of its facts.</summary>");
        using (writer.Open($"protected override object CreateFact({parameters})"))
        {
            using (writer.Open("switch (slot)"))
            {
                foreach (var (slot, factType, valueType) in factTypes)
                {
                    writer.Line($"case {Literals.Int(slot)}: return new {factType}(({valueType})value, statement, citations);");
                }

                writer.Line("default: return base.CreateFact(slot, value, statement, citations);");
            }
        }
    }

    private static void WriteCatalogue(SourceWriter writer, CatalogueData catalogue, Naming naming, string visibility, GeneratorOptions options)
    {
        var kind = catalogue.Kind;
        var entities = catalogue.Entities;
        var named = catalogue.Named;
        var ns = naming.Ns;
        var type = ns + "." + kind.TypeName;
        var names = Naming.EntityNames(named.Select(static e => e.Id), named.Count, kind.CatalogueName);
        writer.Line($"/// <summary>Every {Literals.Xml(kind.Id)} of the corpus ({Literals.Int(entities.Count)}): {Literals.Xml(kind.Doc)}</summary>");
        using (writer.Open($"{visibility} static partial class {kind.CatalogueName}"))
        {
            writer.Line($"/// <summary>Every {Literals.Xml(kind.Id)}, ordered by id.</summary>");
            writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<{type}> All => Catalogue.Instance.Entities<{type}>();");
            writer.Line();
            writer.Line("/// <summary>Finds an entity by id; null when there is none.</summary>");
            writer.Line($"public static {type}? Get(string id) => ({type}?)Catalogue.Instance.Get(id);");
            writer.Line();
            writer.Line("/// <summary>The entities a source names so (display name or any name variant, compared ordinally), ordered by id.</summary>");
            writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<{type}> Find(string name) => Catalogue.Instance.Named<{type}>(name);");
            for (var i = 0; i < named.Count; i++)
            {
                var entity = named[i];
                writer.Line();
                // Written in pieces: these two lines are most of the model's text. The citation as
                // Citation.ToString writes it ("path(line,column)"); Xml escapes char by char.
                var citation = entity.Citation;
                writer.StartLine().Append("/// <summary>").Append(Literals.Xml(entity.Name)).Append(": ").Append(Literals.Xml(entity.Kind))
                    .Append(" <c>").Append(Literals.Xml(entity.Id)).Append("</c>, declared at ").Append(Literals.Xml(citation.Document))
                    .Append("(").Append(citation.Line).Append(",").Append(citation.Column).Append(").</summary>").EndLine();
                writer.StartLine().Append("public static ").Append(kind.TypeName).Append(" ").Append(names[i]).Append(" => At(").Append(i).Append(");").EndLine();
            }

            // The accessors call a method of their own class, the cheapest call for the compiler to bind
            // (a consumer's compile pays for each of them on every build), and name their type simply
            // (4 % of a 13,000-entity consumer's compile): in a type's position the compiler looks only
            // for types, and the catalogue class declares one, Catalogue, which no kind's record can be
            // named (it is a runtime type's name); the record is the first type of its name the compiler
            // meets, in the catalogue's own namespace, whatever the consumer declares elsewhere.
            writer.Line();
            writer.Line($"private static {type} At(int index) => ({type})Catalogue.Instance.At(index);");
            writer.Line();
            WriteCatalogueClass(writer, catalogue, ns, type, options);
        }
    }

    /// <summary>
    /// The kind's catalogue: the runtime's, with the record's constructor and the kind's data. A class
    /// rather than delegates: a fresh process's first access loads every type it meets, and a generic
    /// catalogue with a Func and a data delegate was about ten of them (the runtime's Catalogue says more).
    /// Created on first use without a lambda: generated code has no precompiled native code, so each
    /// method it runs (a lambda is one, plus its class's) is compiled on first use in every process.
    /// </summary>
    private static void WriteCatalogueClass(SourceWriter writer, CatalogueData catalogue, string ns, string type, GeneratorOptions options)
    {
        var kind = catalogue.Kind;
        var runtime = Naming.Runtime;
        using (writer.Open($"private sealed class Catalogue : {runtime}.Catalogue"))
        {
            writer.Line("private static Catalogue? s_instance;");
            writer.Line();
            writer.Line("private Catalogue()");
            writer.Line($"    : base({ns}.Dataset.Corpus, {Literals.String(kind.Id)}, layout: {Literals.Int(CatalogueEncoder.Layout)})");
            writer.Line("{");
            writer.Line("}");

            writer.Line();
            writer.Line("internal static Catalogue Instance =>");
            writer.Line($"    s_instance ?? {runtime}.Corpus.Publish(ref s_instance, new Catalogue());");
            writer.Line();
            writer.Line($"protected override {runtime}.Entity Create({runtime}.EntityData data) => new {type}(data);");
            writer.Line();
            writer.Line("// The entities, ordered by id, as constant data (LeonovData.Runtime's Catalogue reads it).");
            var tableLine = options.Utf8Data ? "protected override global::System.ReadOnlySpan<byte> Data() => " : "protected override string StringData() => ";
            if (catalogue.Packed is not null)
            {
                // UTF-8, two bytes to a char, read in place in the assembly's metadata (PackedLiteral); Dataset holds it.
                writer.Line($"{tableLine}{ns}.Dataset.{catalogue.Method}();");
            }
            else
            {
                writer.LineWithString(tableLine, Emitter.DataText(catalogue.Data!, options), options.Utf8Data ? "u8;" : ";");
            }
        }
    }
}
