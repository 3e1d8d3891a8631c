using System;
using System.Collections.Generic;
using System.Linq;
using LeonovData.Generator.Diagnostics;
using LeonovData.Generator.Model;

namespace LeonovData.Generator.Binding;

/// <summary>What claims an id, with where the id is written: a declared id, or a named statement.</summary>
/// <remarks>The first-declaration tables hold these rather than the places themselves (a place is twice a reference).</remarks>
internal interface IIdDeclaration
{
    SpanPlace IdPlace { get; }
}

/// <summary>An id a document declares: its header's, or an entity's (with the entity's kind).</summary>
internal sealed record DeclaredId(string Id, string? Kind, SpanPlace Place) : IIdDeclaration
{
    SpanPlace IIdDeclaration.IdPlace => Place;
}

/// <summary>
/// The ids one document declares, in document order. Caching contract: a pure function of the
/// document and the schema; editing a value leaves it equal, so other documents do not re-bind.
/// </summary>
/// <param name="BrokenIds">Ids of declarations a syntax error broke (reported): references to them are not reported again.</param>
internal sealed record DocumentDeclarations(string Path, string RelativePath, DeclaredId? Header, EquatableArray<DeclaredId> Entities, EquatableArray<string> BrokenIds)
{
    /// <summary>The binder's document order: by relative path, then path.</summary>
    public static int Compare(DocumentDeclarations a, DocumentDeclarations b) => CompareOrder(a.RelativePath, a.Path, b.RelativePath, b.Path);

    public static int CompareOrder(string relativePath, string path, string otherRelativePath, string otherPath)
    {
        var byName = string.CompareOrdinal(relativePath, otherRelativePath);
        return byName != 0 ? byName : string.CompareOrdinal(path, otherPath);
    }
}

/// <summary>One claimed id: the kind of the entity it names (null for a document's id), and which declaration won it.</summary>
internal sealed record IdClaim(string Id, string? Kind, string OwnerPath, int Ordinal);

/// <summary>
/// Every id of the corpus and who declared it first: headers first, then entities, each in document
/// order (a later declaration of the same id is LEO0206). Caching contract: no positions, so moving
/// text leaves it equal; only adding, removing or renaming a declaration changes it, and only then do
/// the documents re-bind.
/// </summary>
internal sealed class IdTable : IEquatable<IdTable>
{
    public static readonly IdTable Empty = new(EquatableArray<IdClaim>.Empty, EquatableArray<string>.Empty);

    private readonly Dictionary<string, IdClaim> _byId;
    private readonly List<string> _entityIds;
    private readonly HashSet<string> _broken;

    public IdTable(EquatableArray<IdClaim> claims, EquatableArray<string> brokenIds)
    {
        Claims = claims;
        BrokenIds = brokenIds;

        // Sized once for every claim: grown by doubling, the table and the list were as much garbage again as they kept.
        _byId = new Dictionary<string, IdClaim>(claims.Count, StringComparer.Ordinal);
        _entityIds = new List<string>(claims.Count);
        _broken = new HashSet<string>(brokenIds, StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            _byId[claim.Id] = claim;
            if (claim.Kind is not null)
            {
                _entityIds.Add(claim.Id);
            }
        }
    }

    public EquatableArray<IdClaim> Claims { get; }

    /// <summary>Ids whose declaration a syntax error broke, in any document (sorted).</summary>
    public EquatableArray<string> BrokenIds { get; }

    /// <summary>True when a syntax error broke the declaration of <paramref name="id"/>: a reference to it is not reported again.</summary>
    public bool IsBroken(string id) => _broken.Contains(id);

    /// <summary>The entity ids in claim order (the order did-you-mean suggestions see them in).</summary>
    public IReadOnlyList<string> EntityIds => _entityIds;

    /// <summary>The kind of the entity <paramref name="id"/> names, or null when it names none.</summary>
    public string? KindOf(string id) => _byId.TryGetValue(id, out var claim) ? claim.Kind : null;

    /// <summary>
    /// The entity <paramref name="id"/> names, with its id as its declaration spells it: the one string
    /// of the corpus for that id, which the driver keeps with the declarations. A statement that holds
    /// it rather than its own document's copy lets that copy go with the document's text: ids are
    /// written in every document that refers to them, and a copy per document was kept per statement.
    /// </summary>
    public bool TryGetEntity(string id, out string claimedId, out string kind)
    {
        if (_byId.TryGetValue(id, out var claim) && claim.Kind is not null)
        {
            (claimedId, kind) = (claim.Id, claim.Kind);
            return true;
        }

        (claimedId, kind) = (id, string.Empty);
        return false;
    }

    public bool IsClaimed(string id) => _byId.ContainsKey(id);

    /// <summary>True when the <paramref name="ordinal"/>-th entity declaration of a document won its id.</summary>
    public bool IsWinner(string id, string path, int ordinal) =>
        _byId.TryGetValue(id, out var claim) && claim.Kind is not null && claim.Ordinal == ordinal && string.Equals(claim.OwnerPath, path, StringComparison.Ordinal);

    /// <summary>Claims every declared id in order; <paramref name="duplicates"/> gets LEO0206 for each later declaration.</summary>
    public static IdTable Build(IReadOnlyList<DocumentDeclarations> documents, List<DiagnosticInfo>? duplicates)
    {
        var ordered = documents.ToList();
        ordered.Sort(DocumentDeclarations.Compare);
        var declared = 0;
        foreach (var document in ordered)
        {
            declared += document.Entities.Count + (document.Header is null ? 0 : 1);
        }

        // Sized once for every declaration (a repeated id claims nothing): see the constructor.
        var claims = new List<IdClaim>(declared);
        var first = new Dictionary<string, IIdDeclaration>(declared, StringComparer.Ordinal);
        foreach (var document in ordered)
        {
            if (document.Header is { } header && Claim(header, first, duplicates))
            {
                claims.Add(new IdClaim(header.Id, null, document.Path, -1));
            }
        }

        foreach (var document in ordered)
        {
            for (var i = 0; i < document.Entities.Count; i++)
            {
                var entity = document.Entities[i];
                if (Claim(entity, first, duplicates))
                {
                    claims.Add(new IdClaim(entity.Id, entity.Kind, document.Path, i));
                }
            }
        }

        var broken = ordered.SelectMany(static d => d.BrokenIds).Distinct(StringComparer.Ordinal).OrderBy(static id => id, StringComparer.Ordinal);
        return new IdTable(claims.ToEquatableArray(), broken.ToEquatableArray());
    }

    /// <summary>Where each id was first declared, for LEO0206 on statement ids that repeat one.</summary>
    /// <param name="room">Ids the caller will add (statement ids): the table is sized once for all.</param>
    public static Dictionary<string, IIdDeclaration> FirstDeclarations(IEnumerable<DocumentDeclarations> documents, int room = 0)
    {
        var ordered = documents.ToList();
        ordered.Sort(DocumentDeclarations.Compare);
        var count = room;
        foreach (var document in ordered)
        {
            count += document.Entities.Count + (document.Header is null ? 0 : 1);
        }

        var first = new Dictionary<string, IIdDeclaration>(count, StringComparer.Ordinal);
        foreach (var header in ordered.Select(static d => d.Header))
        {
            if (header is not null && !first.ContainsKey(header.Id))
            {
                first[header.Id] = header;
            }
        }

        foreach (var entity in ordered.SelectMany(static d => d.Entities))
        {
            if (!first.ContainsKey(entity.Id))
            {
                first[entity.Id] = entity;
            }
        }

        return first;
    }

    public static DiagnosticInfo Duplicate(string id, SpanPlace place, SpanPlace first)
    {
        var firstLocation = first.ToLocation();
        return DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateId, place.ToLocation(), firstLocation, id, firstLocation.Display(LocationInfo.FileNameOf(first.Path)));
    }

    public bool Equals(IdTable? other) => other is not null && Claims.Equals(other.Claims) && BrokenIds.Equals(other.BrokenIds);

    public override bool Equals(object? obj) => Equals(obj as IdTable);

    public override int GetHashCode() => Claims.GetHashCode();

    private static bool Claim(DeclaredId declared, Dictionary<string, IIdDeclaration> first, List<DiagnosticInfo>? duplicates)
    {
        if (first.TryGetValue(declared.Id, out var earlier))
        {
            duplicates?.Add(Duplicate(declared.Id, declared.Place, earlier.IdPlace));
            return false;
        }

        first[declared.Id] = declared;
        return true;
    }
}
