using LeonovData.Generator.Model;

namespace LeonovData.Generator.Binding;

/// <summary>A declared entity and every name it is mentioned by (misspellings marked .sic excluded).</summary>
internal sealed record Entity(string Id, string Kind, string Name, EquatableArray<string> Names, Citation Citation, SpanPlace Place)
{
    public Entity(string id, string kind, string name, EquatableArray<string> names, Citation citation, LocationInfo location)
        : this(id, kind, name, names, citation, SpanPlace.Of(location))
    {
    }

    /// <summary>Where its declaration stands: a new object on every call (for diagnostics and the tool).</summary>
    public LocationInfo Location
    {
        get => Place.ToLocation();
        init => Place = SpanPlace.Of(value);
    }

    /// <summary>
    /// The data shards holding statements about it, bit <c>i</c> for shard <c>i</c> (see
    /// <see cref="Emit.Emitter.ShardOf"/>), so that reading one of its properties opens only those
    /// shards. Which documents state something about an entity changes only when a statement's
    /// subject does, never with a value edit.
    /// </summary>
    public int Shards { get; init; }
}

/// <summary>One mention of an entity, kept for the near-miss spelling check.</summary>
internal sealed record Mention(string EntityId, string Text, bool IsSic, bool IsVariant, bool IsDeclaration, SpanPlace Place)
{
    /// <summary>Where it stands: a new object on every call (for diagnostics and the tool).</summary>
    public LocationInfo Location => Place.ToLocation();
}

/// <summary>A document of the corpus as its header describes it, with where it came from and under which licence.</summary>
internal sealed record SourceDocument(
    string Id,
    string RelativePath,
    string? Kind,
    string? Outlet,
    string? Title,
    string? Author,
    string? Url,
    string? Published,
    string? Retrieved,
    string? Licence,
    string? Subject,
    int Statements);
