using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LeonovData.Generator.Binding;
using LeonovData.Generator.Emit;
using LeonovData.Generator.Model;

namespace LeonovData.Generator.Checks;

/// <summary>
/// Resolves what the sources say into values. Statements of the same subject and property that
/// agree (precision- and containment-aware) form one value, stated canonically by the most precise
/// of them and cited by all: "1965" in the lead and "23 March 1965" in the honours list are one
/// conferment. A single-valued property resolves to one value: the preferred statement if one is
/// ranked, otherwise the most precise; statements that lost are canonical to nothing.
/// </summary>
internal static class Resolution
{
    /// <summary>For every statement, the statement that states its value canonically (possibly itself), or null.</summary>
    public static Dictionary<Statement, Statement?> Canonical(Corpus corpus) =>
        ByStatement(corpus, CanonicalPositions(corpus, new Containment(corpus)));

    /// <summary>
    /// The same for one subject group: a statement's canonical statement has its subject and
    /// property, so it is in the same group, and the union over a corpus's groups is
    /// <see cref="Canonical(Corpus)"/>. An edit then resolves again only the groups it touched.
    /// </summary>
    public static Dictionary<Statement, Statement?> Canonical(SubjectGroup group)
    {
        var corpus = group.AsCorpus();
        return ByStatement(corpus, CanonicalPositions(corpus, new Containment(group.Containment)));
    }

    /// <summary>
    /// One group's resolution as the data shards read it: per document (in the group's order), each
    /// statement with the address of its canonical statement, which the group holds too.
    /// </summary>
    public static GroupResolution Resolve(SubjectGroup group)
    {
        var canonical = CanonicalPositions(group.AsCorpus(), new Containment(group.Containment));

        // Where each run starts among the group's statements, to find the run of a canonical statement.
        var runStarts = new int[group.Places.Count];
        for (int r = 0, start = 0; r < runStarts.Length; start += group.Places[r].Ordinals.Count, r++)
        {
            runStarts[r] = start;
        }

        var slices = new List<ResolvedSlice>(group.Places.Count);
        var j = 0;

        // Two builders for every run, each given an array of the run's exact size (MoveToImmutable keeps
        // the array, and the driver keeps every slice): a builder of its own for each run was 0.4 MB of
        // builders at 100 × 1,000.
        var statements = ImmutableArray.CreateBuilder<Statement>(0);
        var targets = ImmutableArray.CreateBuilder<StatementKey>(0);
        foreach (var run in group.Places)
        {
            statements.Capacity = run.Ordinals.Count;
            targets.Capacity = run.Ordinals.Count;
            for (var i = 0; i < run.Ordinals.Count; i++, j++)
            {
                statements.Add(group.Statements[j]);
                var target = canonical[j];
                targets.Add(target < 0 ? default : KeyOf(group.Places, runStarts, target));
            }

            // The run's own ordinals: the slice's array, which the driver keeps once for both.
            slices.Add(new ResolvedSlice(run.Path, run.Ordinals, new(statements.MoveToImmutable()), new(targets.MoveToImmutable())));
        }

        return new GroupResolution(group.Index, slices.ToEquatableArray());
    }

    /// <summary>The address in its document of the group's <paramref name="index"/>th statement.</summary>
    private static StatementKey KeyOf(EquatableArray<PlaceRun> runs, int[] runStarts, int index)
    {
        var run = Array.BinarySearch(runStarts, index);
        if (run < 0)
        {
            run = ~run - 1; // the last run starting before it
        }

        return new StatementKey(runs[run].Document, runs[run].InDocument(index - runStarts[run]));
    }

    private static Dictionary<Statement, Statement?> ByStatement(Corpus corpus, int[] canonical)
    {
        // By identity: every statement is its own object, and hashing one by value would hash its citation's sentence.
        var statements = corpus.Statements;
        var byStatement = new Dictionary<Statement, Statement?>(statements.Count, ReferenceEqualityComparer<Statement>.Instance);
        for (var i = 0; i < statements.Count; i++)
        {
            byStatement[statements[i]] = canonical[i] < 0 ? null : statements[canonical[i]];
        }

        return byStatement;
    }

    /// <summary>
    /// For each statement of the corpus, by position, the position of the statement that states its
    /// value canonically (possibly its own), or -1. Positions rather than a table keyed by statement:
    /// the shards address statements by position, and two tables per group were most of what
    /// resolving allocated.
    /// </summary>
    private static int[] CanonicalPositions(Corpus corpus, Containment containment)
    {
        var canonical = new int[corpus.Statements.Count];
        using var index = new CorpusIndex(corpus);

        // One list of clusters and one ordering for every many-valued group, each cleared or
        // overwritten for the next: most groups have a statement or two, and a list and two arrays
        // of their own for each were most of what resolving allocated besides the index.
        var clusters = new List<int>();
        var keys = Array.Empty<long>();
        var order = Array.Empty<int>();
        foreach (var statements in index.Groups)
        {
            var single = index.PropertyOf(statements[0]) is { Many: false };
            if (single)
            {
                var primary = Primary(statements, containment);
                for (var i = 0; i < statements.Count; i++)
                {
                    var statement = statements[i];
                    canonical[statements.PositionOf(i)] = primary >= 0 && statement.Rank != Rank.Deprecated && Compatibility.Compatible(statement.Value, statements[primary].Value, containment)
                        ? statements.PositionOf(primary)
                        : -1;
                }

                continue;
            }

            // Each cluster by its first (most precise) statement's place in the run.
            clusters.Clear();
            var ordered = MostPreciseFirst(statements, containment, ref keys, ref order);
            for (var o = 0; o < statements.Count; o++)
            {
                var i = ordered ? order[o] : o;
                var statement = statements[i];
                if (statement.Rank == Rank.Deprecated)
                {
                    canonical[statements.PositionOf(i)] = -1;
                    continue;
                }

                var cluster = FirstCompatible(statements, clusters, statement.Value, containment);
                if (cluster < 0)
                {
                    clusters.Add(i);
                    cluster = i;
                }

                canonical[statements.PositionOf(i)] = statements.PositionOf(cluster);
            }
        }

        return canonical;
    }

    /// <summary>
    /// The positions of <paramref name="statements"/>, most precise first and in corpus order among
    /// equals, into the first of <paramref name="order"/> (false for one statement: itself, nothing
    /// written). A stable sort as OrderByDescending is, without its closure, delegates and enumerators
    /// for every subject and property: each key holds the score above the position, reversed so that
    /// the largest key is the earliest of the most precise. <paramref name="keys"/> and
    /// <paramref name="order"/> are grown when a group needs more room, and serve the next group.
    /// </summary>
    private static bool MostPreciseFirst(StatementRun statements, Containment containment, ref long[] keys, ref int[] order)
    {
        var count = statements.Count;
        if (count < 2)
        {
            return false;
        }

        if (keys.Length < count)
        {
            keys = new long[Math.Max(count, keys.Length * 2)];
            order = new int[keys.Length];
        }

        for (var i = 0; i < count; i++)
        {
            keys[i] = ((long)Compatibility.PrecisionScore(statements[i].Value, containment) << 32) | (uint)(count - 1 - i);
        }

        Array.Sort(keys, 0, count);
        for (var i = 0; i < count; i++)
        {
            order[i] = count - 1 - (int)(uint)keys[count - 1 - i];
        }

        return true;
    }

    /// <summary>The resolved value of subject.property, or null.</summary>
    public static Statement? Value(CorpusIndex index, string subject, string property)
    {
        var statements = index.Of(subject, property);
        return Primary(statements, containment: null) is var primary and >= 0 ? statements[primary] : null;
    }

    public static IEnumerable<StatementRun> SingleValuedGroups(CorpusIndex index) =>
        index.Groups.Where(g => index.PropertyOf(g[0]) is { Many: false });

    /// <summary>
    /// The most precise of the preferred statements, or of the normal ones when none is preferred;
    /// among equals, the first in corpus order (the binder's order). A loop rather than a query: it
    /// runs for every subject and property.
    /// </summary>
    private static int Primary(StatementRun group, Containment? containment)
    {
        var rank = RankOfContenders(group);
        var best = -1;
        var bestScore = 0;
        for (var i = 0; i < group.Count; i++)
        {
            var statement = group[i];
            if (statement.Rank != rank)
            {
                continue;
            }

            var score = Compatibility.PrecisionScore(statement.Value, containment);
            if (best < 0 || score > bestScore)
            {
                best = i;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>The rank whose statements contend for a single value: preferred when one is ranked so, otherwise normal.</summary>
    public static Rank RankOfContenders(StatementRun group)
    {
        // Indexed: a foreach over the interface would allocate an enumerator per subject and property.
        for (var i = 0; i < group.Count; i++)
        {
            if (group[i].Rank == Rank.Preferred)
            {
                return Rank.Preferred;
            }
        }

        return Rank.Normal;
    }

    /// <summary>The first of the <paramref name="candidates"/> (places in <paramref name="statements"/>) whose value is compatible with <paramref name="value"/>, or -1.</summary>
    private static int FirstCompatible(StatementRun statements, List<int> candidates, FactValue value, Containment? containment)
    {
        foreach (var candidate in candidates)
        {
            if (Compatibility.Compatible(statements[candidate].Value, value, containment))
            {
                return candidate;
            }
        }

        return -1;
    }
}
