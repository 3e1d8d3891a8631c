using System.Collections.Generic;
using System.Linq;
using LeonovData.Generator.Binding;

namespace LeonovData.Generator.Emit;

/// <summary>
/// Emits the statement table behind every typed property and the export, plus the sources and the
/// schema's property descriptions. Statements are created on first use, in methods of a bounded size,
/// so no method or static constructor grows with the corpus.
/// </summary>
internal static class DataEmitter
{
    private const int StatementsPerMethod = 100;

    public static void Write(SourceWriter writer, Corpus corpus, Dictionary<Statement, Statement?> canonical, Naming naming)
    {
        var ns = naming.Ns;
        var statements = corpus.Statements;
        var index = new Dictionary<Statement, int>();
        for (var i = 0; i < statements.Count; i++)
        {
            index[statements[i]] = i;
        }


        using (writer.Open("partial class Dataset"))
        {
            writer.Line($"private static readonly {ns}.Source[] s_sources = new {ns}.Source[]");
            writer.Line("{");
            foreach (var source in corpus.Documents)
            {
                writer.Line($"    new {ns}.Source({Literals.String(source.Id)}, {Literals.String(source.RelativePath)}, {Literals.String(source.Kind)}, {Literals.String(source.Outlet)}, {Literals.String(source.Title)}, {Literals.String(source.Author)}, {Literals.String(source.Url)}, {Date(source.Published, ns)}, {Date(source.Retrieved, ns)}, {Literals.String(source.Licence)}, {Literals.String(source.Subject)}),");
            }

            writer.Line("};");
            writer.Line();
            writer.Line($"private static readonly {ns}.SchemaProperty[] s_properties = new {ns}.SchemaProperty[]");
            writer.Line("{");
            foreach (var property in corpus.Schema.Properties)
            {
                writer.Line($"    new {ns}.SchemaProperty({Literals.String(property.Of)}, {Literals.String(property.Id)}, {Literals.String(property.Type)}, {(property.Many ? "true" : "false")}, {Literals.String(property.Doc)}),");
            }

            writer.Line("};");
            writer.Line();
            writer.Line($"/// <summary>The documents of the corpus ({corpus.Documents.Count}).</summary>");
            writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<{ns}.Source> Sources => global::System.Array.AsReadOnly(s_sources);");
            writer.Line();
            writer.Line("/// <summary>The schema's properties and qualifiers (qualifiers have no kind).</summary>");
            writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<{ns}.SchemaProperty> Properties => global::System.Array.AsReadOnly(s_properties);");
            writer.Line();
            writer.Line("/// <summary>Finds any entity by id; null when there is none.</summary>");
            var lookups = corpus.Schema.Kinds.Select(k => $"({ns}.Entity?){ns}.{k.CatalogueName}.Get(id)").ToList();
            writer.Line($"public static {ns}.Entity? Find(string id) => {(lookups.Count == 0 ? "null" : string.Join(" ?? ", lookups))};");
            writer.Line();
            writer.Line("/// <summary>Every entity of every kind.</summary>");
            using (writer.Open($"public static global::System.Collections.Generic.IReadOnlyList<{ns}.Entity> Entities"))
            {
                using (writer.Open("get"))
                {
                    writer.Line($"var all = new global::System.Collections.Generic.List<{ns}.Entity>();");
                    foreach (var kind in corpus.Schema.Kinds)
                    {
                        writer.Line($"all.AddRange({ns}.{kind.CatalogueName}.All);");
                    }

                    writer.Line("return all.AsReadOnly();");
                }
            }

            writer.Line();
            using (writer.Open($"private static partial {ns}.Statement[] CreateStatements()"))
            {
                writer.Line($"var statements = new {ns}.Statement[{Literals.Int(statements.Count)}];");
                for (var part = 0; part * StatementsPerMethod < statements.Count; part++)
                {
                    writer.Line($"Part{Literals.Int(part)}(statements);");
                }

                writer.Line("return statements;");
            }

            for (var part = 0; part * StatementsPerMethod < statements.Count; part++)
            {
                writer.Line();
                using (writer.Open($"private static void Part{Literals.Int(part)}({ns}.Statement[] s)"))
                {
                    for (var i = part * StatementsPerMethod; i < statements.Count && i < (part + 1) * StatementsPerMethod; i++)
                    {
                        writer.Line($"s[{Literals.Int(i)}] = {StatementLiteral(statements[i], i, canonical[statements[i]] is { } c ? index[c] : -1, ns)};");
                    }
                }
            }
        }
    }

    private static string Date(string? iso, string ns) => iso is null ? "null" : $"{ns}.PartialDate.ParseIso({Literals.String(iso)})";

    private static string StatementLiteral(Statement statement, int position, int canonical, string ns)
    {
        var qualifiers = statement.Qualifiers.Count == 0
            ? $"global::System.Array.Empty<{ns}.Qualifier>()"
            : $"new {ns}.Qualifier[] {{ {string.Join(", ", statement.Qualifiers.Select(q => $"new {ns}.Qualifier({Literals.String(q.Property)}, {Literals.String(q.Value.Type)}, {Literals.Value(q.Value, ns)}, {Literals.Citation(q.Citation, ns)})"))} }}";
        return $"new {ns}.Statement({Literals.String(statement.Id)}, {Literals.String(statement.Subject)}, {Literals.String(statement.Property)}, {Literals.String(statement.Value.Type)}, {Literals.Value(statement.Value, ns)}, {ns}.Rank.{statement.Rank}, {Literals.String(statement.Why)}, {Literals.Citation(statement.Citation, ns)}, {qualifiers}, {Literals.Int(position)}, {Literals.Int(canonical)})";
    }
}
