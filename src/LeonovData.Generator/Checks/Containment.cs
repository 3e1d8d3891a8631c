using System;
using System.Collections.Generic;
using System.Linq;
using LeonovData.Generator.Binding;

namespace LeonovData.Generator.Checks;

/// <summary>
/// Which entities lie within which, from the kinds' <c>within=</c> property (Burdenko hospital is
/// located in Moscow). "Died in Moscow" and "died at Moscow's Burdenko hospital" then agree, the
/// hospital being the more precise of the two.
/// </summary>
internal sealed class Containment
{
    private readonly Dictionary<string, List<string>> _parents = new(StringComparer.Ordinal);

    // Answers already walked, for this corpus or group only (a Containment lives for one step).
    private readonly Dictionary<string, HashSet<string>> _above = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _depths = new(StringComparer.Ordinal);

    public Containment(Corpus corpus)
        : this(Edges(corpus))
    {
    }

    public Containment(IEnumerable<ContainmentEdge> edges)
    {
        foreach (var edge in edges)
        {
            if (!_parents.TryGetValue(edge.Inner, out var list))
            {
                _parents[edge.Inner] = list = new List<string>();
            }

            list.Add(edge.Outer);
        }
    }

    /// <summary>Every "lies within" statement of the corpus (not deprecated), in corpus order.</summary>
    public static List<ContainmentEdge> Edges(Corpus corpus)
    {
        var edges = new List<ContainmentEdge>();
        var kinds = corpus.Entities.ToDictionary(static e => e.Id, static e => e.Kind, StringComparer.Ordinal);
        foreach (var statement in corpus.Statements)
        {
            if (statement.Value.EntityId is { } parent
                && statement.Rank != Rank.Deprecated
                && kinds.TryGetValue(statement.Subject, out var kind)
                && corpus.Schema.Kind(kind)?.WithinProperty == statement.Property)
            {
                edges.Add(new ContainmentEdge(statement.Subject, parent));
            }
        }

        return edges;
    }

    /// <summary>True when <paramref name="inner"/> is <paramref name="outer"/> or lies within it, at any depth.</summary>
    public bool IsWithin(string inner, string outer)
    {
        // Most entities lie within nothing: answer those without a walk (resolution asks for every
        // pair of values a subject's property has, so a walk's allocations add up).
        if (string.Equals(inner, outer, StringComparison.Ordinal))
        {
            return true;
        }

        if (!_parents.ContainsKey(inner))
        {
            return false;
        }

        return Above(inner).Contains(outer);
    }

    /// <summary>
    /// Everything <paramref name="inner"/> lies within, at any depth (itself included), walked once per
    /// entity: resolution asks about the same few places for every pair of values.
    /// </summary>
    private HashSet<string> Above(string inner)
    {
        if (_above.TryGetValue(inner, out var above))
        {
            return above;
        }

        above = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(inner);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (above.Add(current) && _parents.TryGetValue(current, out var parents))
            {
                foreach (var parent in parents)
                {
                    pending.Push(parent);
                }
            }
        }

        _above[inner] = above;
        return above;
    }

    /// <summary>How many containers lie above an entity: the deeper, the more precise a place.</summary>
    public int Depth(string id)
    {
        if (!_parents.ContainsKey(id))
        {
            return 0;
        }

        if (_depths.TryGetValue(id, out var known))
        {
            return known;
        }

        var depth = 0;
        var current = id;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (seen.Add(current) && _parents.TryGetValue(current, out var parents) && parents.Count > 0)
        {
            depth++;
            current = parents[0];
        }

        _depths[id] = depth;
        return depth;
    }
}
