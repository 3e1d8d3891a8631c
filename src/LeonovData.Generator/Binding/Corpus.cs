using LeonovData.Generator.Model;
using LeonovData.Generator.Schema;

namespace LeonovData.Generator.Binding;

/// <summary>
/// The bound corpus: schema, entities, statements and documents. Caching contract: equal when the
/// facts are equal; positions are part of the facts (citations), so moving a fact re-emits.
/// </summary>
internal sealed record Corpus(
    SchemaModel Schema,
    EquatableArray<SourceDocument> Documents,
    EquatableArray<Entity> Entities,
    EquatableArray<Statement> Statements,
    EquatableArray<Mention> Mentions)
{
    public static readonly Corpus Empty = new(SchemaModel.Empty, EquatableArray<SourceDocument>.Empty, EquatableArray<Entity>.Empty, EquatableArray<Statement>.Empty, EquatableArray<Mention>.Empty);
}

/// <summary>A stage's result together with the problems found producing it.</summary>
internal sealed record Result<T>(T Value, EquatableArray<DiagnosticInfo> Diagnostics)
    where T : System.IEquatable<T>;
