using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using LeonovData.Generator.Model;

namespace LeonovData.Generator.Binding;

/// <summary>
/// Gathers the names one document mentions each entity by (<see cref="DocumentLinks.Of"/>): a table
/// by entity, the entities in order of first mention, and a <see cref="NameList"/> each, kept by the
/// thread from document to document and cleared after each. Made per document they were a fifth of
/// what linking allocated; only what the document hands on (<see cref="MentionedNames"/>) is new.
/// </summary>
internal sealed class MentionedNamesScratch
{
    // A document mentioning more entities than this gets a scratch of its own, dropped after it.
    private const int MaxKeptEntities = 1 << 12;

    // Taken and given back as BinderLists describes.
    [ThreadStatic]
    private static MentionedNamesScratch? s_kept;

    private readonly Dictionary<string, NameList> _names = new(StringComparer.Ordinal);
    private readonly List<string> _order = new();
    private readonly List<NameList> _lists = new();

    /// <summary>The thread's scratch, or a new one (also when another document's is in use on this thread).</summary>
    public static MentionedNamesScratch Take()
    {
        var scratch = s_kept ?? new MentionedNamesScratch();
        s_kept = null;
        return scratch;
    }

    public void Add(string entityId, string name)
    {
        if (!_names.TryGetValue(entityId, out var list))
        {
            list = _order.Count < _lists.Count ? _lists[_order.Count] : NewList();
            _names[entityId] = list;
            _order.Add(entityId);
        }

        list.Add(name);
    }

    /// <summary>Each entity's names, in order of first mention; then the scratch is cleared and given back to the thread.</summary>
    public EquatableArray<MentionedNames> ToMentionedNamesAndReturn()
    {
        var mentioned = ImmutableArray.CreateBuilder<MentionedNames>(_order.Count);
        for (var i = 0; i < _order.Count; i++)
        {
            mentioned.Add(new MentionedNames(_order[i], _lists[i].First, _lists[i].MoreToEquatableArray()));
            _lists[i].Clear();
        }

        _names.Clear();
        _order.Clear();
        if (_lists.Count <= MaxKeptEntities)
        {
            s_kept = this;
        }

        return new EquatableArray<MentionedNames>(mentioned.MoveToImmutable());
    }

    private NameList NewList()
    {
        var list = new NameList();
        _lists.Add(list);
        return list;
    }
}
