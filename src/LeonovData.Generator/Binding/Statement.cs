using LeonovData.Generator.Model;

namespace LeonovData.Generator.Binding;

internal enum Rank
{
    Normal,
    Preferred,
    Deprecated,
}

/// <summary>A qualifier refining a statement: its date, place, co-recipient…</summary>
/// <remarks>Its place is numbers (<see cref="SpanPlace"/>); <see cref="Location"/> makes the object when asked.</remarks>
internal sealed record Qualifier(string Property, FactValue Value, Citation Citation, SpanPlace Place)
{
    /// <summary>Where it stands: a new object on every call (for diagnostics and the tool).</summary>
    public LocationInfo Location => Place.ToLocation();
}

/// <summary>
/// Subject — property — value, with qualifiers, provenance and rank (Wikidata's statement model).
/// </summary>
/// <remarks>
/// Its name, qualifiers, rank and reason are one object of their own (<see cref="StatementExtras"/>),
/// present only on the statements that have any of them: most have none, and the four fields were a
/// fifth of a statement, of which the driver keeps one per fact of the corpus. Its citation's line and
/// column are where its span starts, so it keeps them once, in its <see cref="Place"/>, and the citation
/// is put together when read. Compared as the record it was, member by member (the extras by value).
/// </remarks>
internal sealed record Statement
{
    private readonly StatementExtras? _extras;

    // The citation but its line and column (see Citation).
    private readonly string _document;
    private readonly string _quote;
    private readonly TextSlice _sentence;

    /// <param name="id">The statement's name (<c>#id</c>) when qualifiers refer to it.</param>
    public Statement(
        string? id,
        string subject,
        string property,
        FactValue value,
        EquatableArray<Qualifier> qualifiers,
        Citation citation,
        Rank rank,
        string? why,
        SpanPlace place)
    {
        _extras = StatementExtras.Of(id, qualifiers, rank, why);
        Subject = subject;
        Property = property;
        Value = value;
        Place = place;
        (_document, _quote, _sentence) = Cited(citation, place);
    }

    /// <summary>The statement's name (<c>#id</c>) when qualifiers refer to it.</summary>
    public string? Id
    {
        get => _extras?.Id;
        init => _extras = StatementExtras.Of(value, Qualifiers, Rank, Why);
    }

    public string Subject { get; init; }

    public string Property { get; init; }

    public FactValue Value { get; init; }

    public EquatableArray<Qualifier> Qualifiers
    {
        get => _extras?.Qualifiers ?? EquatableArray<Qualifier>.Empty;
        init => _extras = StatementExtras.Of(Id, value, Rank, Why);
    }

    /// <summary>Where it was stated: its document, quote and sentence, at the line and column where its span starts (one-based).</summary>
    /// <exception cref="System.ArgumentException">On init, a citation whose line and column are not where the statement's span starts.</exception>
    public Citation Citation
    {
        get
        {
            var (line, column) = Place.StartPosition;
            return new Citation(_document, line + 1, column + 1, _quote, _sentence);
        }

        init => (_document, _quote, _sentence) = Cited(value, Place);
    }

    public Rank Rank
    {
        get => _extras?.Rank ?? Rank.Normal;
        init => _extras = StatementExtras.Of(Id, Qualifiers, value, Why);
    }

    public string? Why
    {
        get => _extras?.Why;
        init => _extras = StatementExtras.Of(Id, Qualifiers, Rank, value);
    }

    /// <summary>Where its span stands, as numbers: see <see cref="SpanPlace"/>.</summary>
    public SpanPlace Place { get; init; }

    /// <summary>Where its span stands: a new object on every call (for diagnostics and the tool).</summary>
    public LocationInfo Location
    {
        get => Place.ToLocation();
        init => Place = SpanPlace.Of(value);
    }

    // A citation stands where its statement's span starts: a statement keeps that place once.
    private static (string Document, string Quote, TextSlice Sentence) Cited(Citation citation, SpanPlace place)
    {
        var (line, column) = place.StartPosition;
        if (citation.Line != line + 1 || citation.Column != column + 1)
        {
            throw new System.ArgumentException($"a statement's citation stands where its span starts ({line + 1},{column + 1}), not at ({citation.Line},{citation.Column})", nameof(citation));
        }

        return (citation.Document, citation.Quote, citation.Sentence);
    }
}

/// <summary>What few statements have: a name, qualifiers, a rank other than normal, a reason.</summary>
internal sealed record StatementExtras(string? Id, EquatableArray<Qualifier> Qualifiers, Rank Rank, string? Why)
{
    /// <summary>The extras, or null when there are none (no name, no qualifier, a normal rank, no reason).</summary>
    public static StatementExtras? Of(string? id, EquatableArray<Qualifier> qualifiers, Rank rank, string? why) =>
        id is null && qualifiers.IsEmpty && rank == Rank.Normal && why is null ? null : new StatementExtras(id, qualifiers, rank, why);
}
