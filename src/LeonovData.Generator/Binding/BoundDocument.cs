using LeonovData.Generator.Model;

namespace LeonovData.Generator.Binding;

/// <summary>A statement as its document bound it, with where its <c>#id</c> stands (claimed when the corpus is assembled). A value in its document's array, not an object per statement.</summary>
/// <param name="IdStart">Where its <c>#id</c> (or <c>statement=</c>) stands in the file, or -1 when it is not named.</param>
/// <remarks>
/// The name's place as two numbers in the statement's file: a place of its own would make every
/// element of the array (most statements are not named) a third larger. Equal numbers are not always
/// the same place: in a block that spans lines, a line break moved from after the name to before it
/// moves the name to another line while its offsets, and the statement's own start and end, stay. So
/// a named statement also compares its name's line and column, or a cached duplicate-id diagnostic
/// would point at the old line.
/// </remarks>
internal readonly record struct BoundStatement(Statement Statement, int IdStart = -1, int IdLength = 0)
{
    /// <summary>Where its name stands, or null when it is not named.</summary>
    public SpanPlace? IdPlace => IdStart < 0 ? null : Statement.Place.At(IdStart, IdLength);

    public bool Equals(BoundStatement other) =>
        IdStart == other.IdStart && IdLength == other.IdLength && Statement.Equals(other.Statement)
            && (IdStart < 0 || Statement.Place.TryAt(IdStart, IdLength) == other.Statement.Place.TryAt(IdStart, IdLength));

    public override int GetHashCode() => ((Statement.GetHashCode() * 31) + IdStart) * 31 + IdLength;
}

/// <summary>A qualifier waiting for the statement it refines (<c>on=</c>), which may be in any document.</summary>
internal sealed record PendingQualifier(string Target, SpanPlace TargetPlace, Qualifier Qualifier);

/// <summary>An entity as the document that won its id declares it.</summary>
internal sealed record EntityDeclaration(string Id, string Kind, string Name, Citation Citation, SpanPlace Place);

/// <summary>
/// One document bound against the schema and the corpus's ids. Caching contract: a pure function of
/// the parsed document, the schema and the <see cref="IdTable"/>; editing a value in another document
/// leaves it cached.
/// </summary>
/// <param name="BrokenNames">Statements the document names whose span referred to a broken id: a qualifier on them is not reported again.</param>
internal sealed record BoundDocument(
    string Path,
    string RelativePath,
    SourceDocument? Source,
    EquatableArray<EntityDeclaration> Entities,
    EquatableArray<BoundStatement> Statements,
    EquatableArray<PendingQualifier> Qualifiers,
    EquatableArray<Mention> Mentions,
    EquatableArray<string> BrokenNames,
    EquatableArray<DiagnosticInfo> Diagnostics);
