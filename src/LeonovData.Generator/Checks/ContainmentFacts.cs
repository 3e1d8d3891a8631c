using System;
using System.Collections.Generic;
using System.Linq;
using LeonovData.Generator.Binding;
using LeonovData.Generator.Model;

namespace LeonovData.Generator.Checks;

/// <summary>
/// Every "lies within" fact of a corpus, with each entity's facts indexed once, so that each of the
/// subject groups takes the share it needs without walking all of them. Equal when the facts are
/// equal (the index is derived, built at most once per instance, and every group shares it).
/// </summary>
internal sealed class ContainmentFacts : IEquatable<ContainmentFacts>
{
    public static readonly ContainmentFacts None = new(EquatableArray<ContainmentEdge>.Empty);

    private Index? _index;

    public ContainmentFacts(EquatableArray<ContainmentEdge> edges) => Edges = edges;

    /// <summary>The facts in corpus order.</summary>
    public EquatableArray<ContainmentEdge> Edges { get; }

    /// <summary>
    /// The facts above every entity the statements name as a value, at any depth: grouped by the
    /// entity they place, in the order those first appear, each group in corpus order (the order
    /// <see cref="Containment"/> reads parents in; the first is the one its depth follows).
    /// </summary>
    public EquatableArray<ContainmentEdge> Above(IEnumerable<Statement> statements)
    {
        if (Edges.IsEmpty)
        {
            return EquatableArray<ContainmentEdge>.Empty;
        }

        // Built by whichever group needs it first; a race builds two equal indexes, and either is kept.
        var index = _index ??= new Index(Edges);

        // The thread's walk, cleared after each group: a set, a stack and a list grown for every
        // group were a sixth of what assembling the groups allocated.
        var walk = s_walk ?? new Walk();
        s_walk = null;
        var (visited, seen, pending) = (walk.Visited, walk.Seen, walk.Pending);
        foreach (var statement in statements)
        {
            if (statement.Value.EntityId is { } id && seen.Add(id))
            {
                pending.Push(id);
            }
        }

        while (pending.Count > 0)
        {
            var inner = pending.Pop();
            if (!index.ByInner.TryGetValue(inner, out var edges))
            {
                continue;
            }

            visited.Add(inner);
            foreach (var edge in edges)
            {
                if (seen.Add(edge.Outer))
                {
                    pending.Push(edge.Outer);
                }
            }
        }

        var above = visited.Count == 0
            ? EquatableArray<ContainmentEdge>.Empty
            : visited.OrderBy(inner => index.Rank[inner]).SelectMany(inner => index.ByInner[inner]).ToEquatableArray();
        walk.Return();
        return above;
    }

    // Taken and given back as BinderLists describes.
    [ThreadStatic]
    private static Walk? s_walk;

    /// <summary>What <see cref="Above"/> walks with: the entities placed, those met, and those still to place.</summary>
    private sealed class Walk
    {
        // A walk that met more entities than this gives its lists up rather than keep them for the thread.
        private const int MaxKept = 1 << 14;

        public List<string> Visited { get; } = new();

        public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);

        public Stack<string> Pending { get; } = new();

        /// <summary>Clears the lists and gives them back to the thread, unless the walk grew them past <see cref="MaxKept"/>.</summary>
        public void Return()
        {
            // Every entity visited or pending was first seen: Seen bounds all three.
            var keep = Seen.Count <= MaxKept;
            Visited.Clear();
            Seen.Clear();
            if (keep)
            {
                s_walk = this;
            }
        }
    }

    public bool Equals(ContainmentFacts? other) => other is not null && Edges.Equals(other.Edges);

    public override bool Equals(object? obj) => Equals(obj as ContainmentFacts);

    public override int GetHashCode() => Edges.GetHashCode();

    private sealed class Index
    {
        public Index(EquatableArray<ContainmentEdge> edges)
        {
            foreach (var edge in edges)
            {
                if (!ByInner.TryGetValue(edge.Inner, out var list))
                {
                    Rank[edge.Inner] = ByInner.Count;
                    ByInner[edge.Inner] = list = new List<ContainmentEdge>();
                }

                list.Add(edge);
            }
        }

        public Dictionary<string, List<ContainmentEdge>> ByInner { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> Rank { get; } = new(StringComparer.Ordinal);
    }
}
