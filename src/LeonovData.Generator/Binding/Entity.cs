using LeonovData.Generator.Model;

namespace LeonovData.Generator.Binding;

/// <summary>A declared entity and every name it is mentioned by (misspellings marked .sic excluded).</summary>
/// <remarks>
/// Its id, kind, name, citation and place are its declaration's (<see cref="EntityDeclaration"/>), which
/// it holds rather than copies: the bound document keeps the declaration anyway, and the copy was most
/// of what linking the corpus allocated per entity. Compared as the record it was, member by member
/// (the declaration by value); setting one of the declaration's members gives it a declaration of its own.
/// </remarks>
internal sealed record Entity
{
    private readonly EntityDeclaration _declaration;

    public Entity(EntityDeclaration declaration, EquatableArray<string> names)
    {
        _declaration = declaration;
        Names = names;
    }

    public Entity(string id, string kind, string name, EquatableArray<string> names, Citation citation, SpanPlace place)
        : this(new EntityDeclaration(id, kind, name, citation, place), names)
    {
    }

    public Entity(string id, string kind, string name, EquatableArray<string> names, Citation citation, LocationInfo location)
        : this(id, kind, name, names, citation, SpanPlace.Of(location))
    {
    }

    public string Id
    {
        get => _declaration.Id;
        init => _declaration = _declaration with { Id = value };
    }

    public string Kind
    {
        get => _declaration.Kind;
        init => _declaration = _declaration with { Kind = value };
    }

    public string Name
    {
        get => _declaration.Name;
        init => _declaration = _declaration with { Name = value };
    }

    public EquatableArray<string> Names { get; init; }

    public Citation Citation
    {
        get => _declaration.Citation;
        init => _declaration = _declaration with { Citation = value };
    }

    public SpanPlace Place
    {
        get => _declaration.Place;
        init => _declaration = _declaration with { Place = value };
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
