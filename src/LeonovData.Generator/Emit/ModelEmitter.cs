using System.Collections.Generic;
using System.Linq;
using LeonovData.Generator.Binding;
using LeonovData.Generator.Schema;

namespace LeonovData.Generator.Emit;

/// <summary>
/// Emits one record per entity kind with typed properties from the schema, one static catalogue per
/// kind, and the typed qualifier accessors of <c>Fact&lt;T&gt;</c>.
/// </summary>
internal static class ModelEmitter
{
    /// <summary>How many facts an entity's XML doc lists before it points at the rest.</summary>
    private const int DocumentedFacts = 12;

    public static void Write(SourceWriter writer, Corpus corpus, Dictionary<Statement, Statement?> canonical, Naming naming, string visibility)
    {
        WriteFactQualifiers(writer, corpus.Schema, naming);

        // Each entity's XML doc lists its facts once each (the canonical statement), with how many sources state it.
        var sourceCounts = canonical.Values.Where(static c => c is not null).GroupBy(static c => c!).ToDictionary(static g => g.Key, static g => g.Count());
        var bySubject = corpus.Statements
            .Where(s => canonical.TryGetValue(s, out var c) && ReferenceEquals(c, s))
            .Select(s => (Statement: s, Sources: sourceCounts[s]))
            .ToLookup(static x => x.Statement.Subject);
        foreach (var kind in corpus.Schema.Kinds)
        {
            writer.Line();
            WriteRecord(writer, corpus.Schema, kind, naming, visibility);
            writer.Line();
            WriteCatalogue(writer, corpus, kind, bySubject, naming, visibility);
        }
    }

    private static void WriteFactQualifiers(SourceWriter writer, SchemaModel schema, Naming naming)
    {
        using (writer.Open("partial class Fact<T>"))
        {
            var first = true;
            foreach (var qualifier in schema.Properties.Where(static p => p.IsQualifier))
            {
                if (!first)
                {
                    writer.Line();
                }

                first = false;
                var (type, isStruct) = naming.ClrType(qualifier.Type);
                var member = Naming.QualifierMember(qualifier);
                writer.Line($"/// <summary>Qualifier <c>{qualifier.Id}</c>: {Literals.Xml(qualifier.Doc)}</summary>");
                if (qualifier.Many)
                {
                    writer.Line($"public global::System.Collections.Generic.IReadOnlyList<{type}> {member} => global::System.Linq.Enumerable.ToList(global::System.Linq.Enumerable.Select(QualifierValues({Literals.String(qualifier.Id)}), {naming.Converter(qualifier.Type)}));");
                }
                else if (naming.IsEntityType(qualifier.Type))
                {
                    var catalogue = naming.Ns + "." + schema.Kind(qualifier.Type)!.CatalogueName;
                    writer.Line($"public {type}? {member} => Qualifier({Literals.String(qualifier.Id)}) is {naming.Ns}.EntityRef r ? {catalogue}.Get(r.Id) : null;");
                }
                else
                {
                    writer.Line($"public {type}? {member} => Qualifier({Literals.String(qualifier.Id)}) is {type} q ? q : {(isStruct ? $"({type}?)null" : "null")};");
                }
            }
        }
    }

    private static void WriteRecord(SourceWriter writer, SchemaModel schema, KindSpec kind, Naming naming, string visibility)
    {
        writer.Line($"/// <summary>{Literals.Xml(kind.Doc)} Kind <c>{kind.Id}</c>; every one is in <see cref=\"{kind.CatalogueName}\"/>.</summary>");
        using (writer.Open($"{visibility} sealed record {kind.TypeName} : {naming.Ns}.Entity"))
        {
            writer.Line($"internal {kind.TypeName}(string id, string name, string[] names, {naming.Ns}.Citation citation)");
            writer.Line($"    : base({Literals.String(kind.Id)}, id, name, names, citation)");
            writer.Line("{");
            writer.Line("}");
            foreach (var property in schema.Properties.Where(p => p.Of == kind.Id))
            {
                var type = naming.ClrType(property.Type).Type;
                var member = Naming.EntityMember(property, kind.TypeName);
                var factMember = Naming.FactMember(property, kind.TypeName);
                var doc = Literals.Xml(property.Doc);
                writer.Line();
                if (property.Many)
                {
                    writer.Line($"/// <summary>{doc} Property <c>{property.Id}</c>; every value, in corpus order.</summary>");
                    writer.Line($"public global::System.Collections.Generic.IReadOnlyList<{type}> {member} => ValuesOf({factMember});");
                    writer.Line();
                    writer.Line($"/// <summary>{doc} Property <c>{property.Id}</c>, each value with its source and qualifiers.</summary>");
                    writer.Line($"public global::System.Collections.Generic.IReadOnlyList<{naming.Ns}.Fact<{type}>> {factMember} => Many<{type}>({Literals.String(property.Id)}, {naming.Converter(property.Type)});");
                }
                else
                {
                    writer.Line($"/// <summary>{doc} Property <c>{property.Id}</c>; null when no source states it.</summary>");
                    writer.Line($"public {type}? {member} => {factMember}?.Value;");
                    writer.Line();
                    writer.Line($"/// <summary>{doc} Property <c>{property.Id}</c>, with every source that states it and its qualifiers.</summary>");
                    writer.Line($"public {naming.Ns}.Fact<{type}>? {factMember} => One<{type}>({Literals.String(property.Id)}, {naming.Converter(property.Type)});");
                }
            }

            writer.Line();
            writer.Line("/// <summary>The display name, kind and id.</summary>");
            writer.Line($"public override string ToString() => Name + \" ({kind.Id} \" + Id + \")\";");
        }
    }

    private static void WriteCatalogue(SourceWriter writer, Corpus corpus, KindSpec kind, ILookup<string, (Statement Statement, int Sources)> bySubject, Naming naming, string visibility)
    {
        var entities = corpus.Entities.Where(e => e.Kind == kind.Id).OrderBy(static e => e.Id, System.StringComparer.Ordinal).ToList();
        var names = Naming.EntityNames(entities.Select(static e => e.Id), kind.CatalogueName);
        var type = naming.Ns + "." + kind.TypeName;

        writer.Line($"/// <summary>Every {Literals.Xml(kind.Id)} of the corpus ({entities.Count}): {Literals.Xml(kind.Doc)}</summary>");
        using (writer.Open($"{visibility} static partial class {kind.CatalogueName}"))
        {
            writer.Line($"private static {type}[]? s_all;");
            writer.Line();
            writer.Line("/// <summary>The ids, as compile-time constants.</summary>");
            using (writer.Open("public static class Ids"))
            {
                for (var i = 0; i < entities.Count; i++)
                {
                    writer.Line($"/// <summary>The id of {Literals.Xml(entities[i].Name)}.</summary>");
                    writer.Line($"public const string {names[i]} = {Literals.String(entities[i].Id)};");
                }
            }

            writer.Line();
            writer.Line("/// <summary>The display names, as compile-time constants.</summary>");
            using (writer.Open("public static class Names"))
            {
                for (var i = 0; i < entities.Count; i++)
                {
                    writer.Line($"/// <summary>The display name of <c>{Literals.Xml(entities[i].Id)}</c>.</summary>");
                    writer.Line($"public const string {names[i]} = {Literals.String(entities[i].Name)};");
                }
            }

            WriteYears(writer, corpus, entities, names, bySubject);

            writer.Line();
            writer.Line($"/// <summary>Every {Literals.Xml(kind.Id)}, ordered by id.</summary>");
            writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<{type}> All => global::System.Array.AsReadOnly(AllArray);");
            writer.Line();
            writer.Line("/// <summary>Finds an entity by id; null when there is none.</summary>");
            using (writer.Open($"public static {type}? Get(string id)"))
            {
                writer.Line("var all = AllArray;");
                writer.Line("int low = 0, high = all.Length - 1;");
                using (writer.Open("while (low <= high)"))
                {
                    writer.Line("var middle = low + ((high - low) / 2);");
                    writer.Line("var order = string.CompareOrdinal(all[middle].Id, id);");
                    using (writer.Open("if (order == 0)"))
                    {
                        writer.Line("return all[middle];");
                    }

                    writer.Line("if (order < 0) { low = middle + 1; } else { high = middle - 1; }");
                }

                writer.Line("return null;");
            }

            for (var i = 0; i < entities.Count; i++)
            {
                writer.Line();
                WriteEntityDoc(writer, entities[i], bySubject[entities[i].Id].ToList());
                writer.Line($"public static {type} {names[i]} => AllArray[{Literals.Int(i)}];");
            }

            writer.Line();
            writer.Line($"private static {type}[] AllArray => s_all ??= Create();");
            writer.Line();
            // One small array initialiser per kind, run on first use: no static constructor, nothing at load time.
            using (writer.Open($"private static {type}[] Create() => new {type}[]"))
            {
                foreach (var entity in entities)
                {
                    var variants = string.Join(", ", entity.Names.Select(Literals.String));
                    writer.Line($"new {type}({Literals.String(entity.Id)}, {Literals.String(entity.Name)}, new string[] {{ {variants} }}, {Literals.Citation(entity.Citation, naming.Ns)}),");
                }
            }

            writer.Line(";");
        }
    }

    /// <summary>The year of every single-valued date, as a constant usable in attributes and switch cases.</summary>
    private static void WriteYears(SourceWriter writer, Corpus corpus, List<Entity> entities, List<string> names, ILookup<string, (Statement Statement, int Sources)> bySubject)
    {
        var years = new List<(string Name, int Year, Statement Statement)>();
        var used = new HashSet<string>(System.StringComparer.Ordinal) { "Years" };
        for (var i = 0; i < entities.Count; i++)
        {
            foreach (var (statement, _) in bySubject[entities[i].Id])
            {
                var property = corpus.Schema.Property(entities[i].Kind, statement.Property);
                if (property is { Many: false } && statement.Value.Literal is Values.PartialDate date)
                {
                    // Entity a + property b-c and entity a-b + property c both read ABC.
                    var name = names[i] + property.MemberName;
                    var unique = name;
                    for (var n = 2; !used.Add(unique); n++)
                    {
                        unique = name + "_" + Literals.Int(n);
                    }

                    years.Add((unique, date.Year, statement));
                }
            }
        }

        if (years.Count == 0)
        {
            return;
        }

        writer.Line();
        writer.Line("/// <summary>The years of single-valued dates, as compile-time constants.</summary>");
        using (writer.Open("public static class Years"))
        {
            foreach (var (name, year, statement) in years)
            {
                writer.Line($"/// <summary><c>{Literals.Xml(statement.Subject)}.{Literals.Xml(statement.Property)}</c> = {Literals.Xml(statement.Value.Normalized)} ({Literals.Xml(statement.Citation.ToString())}).</summary>");
                writer.Line($"public const int {name} = {Literals.Int(year)};");
            }
        }
    }

    private static void WriteEntityDoc(SourceWriter writer, Entity entity, List<(Statement Statement, int Sources)> facts)
    {
        writer.Line($"/// <summary>{Literals.Xml(entity.Name)} — {Literals.Xml(entity.Kind)} <c>{Literals.Xml(entity.Id)}</c>, first named at {Literals.Xml(entity.Citation.ToString())}: “{Literals.Xml(entity.Citation.Sentence)}”</summary>");
        if (facts.Count == 0)
        {
            return;
        }

        writer.Line("/// <remarks>");
        writer.Line("/// <list type=\"bullet\">");
        foreach (var (statement, sources) in facts.Take(DocumentedFacts))
        {
            var more = sources > 1 ? $", and {sources - 1} more source{(sources > 2 ? "s" : string.Empty)}" : string.Empty;
            writer.Line($"/// <item><description><c>{Literals.Xml(statement.Property)}</c> = {Literals.Xml(statement.Value.Normalized)}: “{Literals.Xml(statement.Citation.Sentence)}” ({Literals.Xml(statement.Citation.ToString())}{more})</description></item>");
        }

        if (facts.Count > DocumentedFacts)
        {
            writer.Line($"/// <item><description>… and {facts.Count - DocumentedFacts} more facts in <c>Statements</c>.</description></item>");
        }

        writer.Line("/// </list>");
        writer.Line("/// </remarks>");
    }
}
