using System.Collections.Generic;
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
        Canonical(corpus, new Containment(corpus));

    /// <summary>
    /// The same for one subject group: a statement's canonical statement has its subject and
    /// property, so it is in the same group, and the union over a corpus's groups is
    /// <see cref="Canonical(Corpus)"/>. An edit then resolves again only the groups it touched.
    /// </summary>
    public static Dictionary<Statement, Statement?> Canonical(SubjectGroup group) =>
        Canonical(group.AsCorpus(), new Containment(group.Containment));

    /// <summary>
    /// One group's resolution as the data shards read it: per document (in the group's order), each
    /// statement with the address of its canonical statement, which the group holds too.
    /// </summary>
    public static GroupResolution Resolve(SubjectGroup group)
    {
        var canonical = Canonical(group);

        // Most statements state their value canonically themselves: the positions of the others'
        // canonical statements are looked up only when one resolves to another.
        Dictionary<Statement, int>? positions = null;
        StatementKey KeyOf(int position) => new(group.Places[position].Document, group.Places[position].InDocument);
        StatementKey? CanonicalKey(int position)
        {
            var statement = group.Statements[position];
            if (!canonical.TryGetValue(statement, out var target) || target is null)
            {
                return null;
            }

            if (ReferenceEquals(target, statement))
            {
                return KeyOf(position);
            }

            positions ??= Enumerable.Range(0, group.Statements.Count).ToDictionary(i => group.Statements[i], ReferenceEqualityComparer<Statement>.Instance);
            return KeyOf(positions[target]);
        }

        var slices = new List<ResolvedSlice>();
        var start = 0;
        for (var i = 1; i <= group.Statements.Count; i++)
        {
            if (i < group.Statements.Count && group.Places[i].Path == group.Places[start].Path)
            {
                continue;
            }

            var range = Enumerable.Range(start, i - start).ToList();
            slices.Add(new ResolvedSlice(
                group.Places[start].Path,
                range.Select(j => group.Places[j].Ordinal).ToEquatableArray(),
                range.Select(j => new ShardStatement(group.Statements[j], CanonicalKey(j))).ToEquatableArray()));
            start = i;
        }

        return new GroupResolution(group.Index, slices.ToEquatableArray());
    }

    private static Dictionary<Statement, Statement?> Canonical(Corpus corpus, Containment containment)
    {
        // By identity: every statement is its own object, and hashing one by value would hash its citation's sentence.
        var canonical = new Dictionary<Statement, Statement?>(ReferenceEqualityComparer<Statement>.Instance);
        var index = new CorpusIndex(corpus);
        foreach (var statements in index.Groups)
        {
            var single = index.PropertyOf(statements[0]) is { Many: false };
            if (single)
            {
                var primary = Primary(statements, containment);
                foreach (var statement in statements)
                {
                    canonical[statement] = primary is not null && statement.Rank != Rank.Deprecated && Compatibility.Compatible(statement.Value, primary.Value, containment) ? primary : null;
                }

                continue;
            }

            var clusters = new List<Statement>();
            foreach (var statement in statements.OrderByDescending(s => Compatibility.PrecisionScore(s.Value, containment)))
            {
                if (statement.Rank == Rank.Deprecated)
                {
                    canonical[statement] = null;
                    continue;
                }

                var cluster = clusters.FirstOrDefault(c => Compatibility.Compatible(c.Value, statement.Value, containment));
                if (cluster is null)
                {
                    clusters.Add(statement);
                    cluster = statement;
                }

                canonical[statement] = cluster;
            }
        }

        return canonical;
    }

    /// <summary>The resolved value of subject.property, or null.</summary>
    public static Statement? Value(CorpusIndex index, string subject, string property) =>
        Primary(index.Of(subject, property), containment: null);

    public static IEnumerable<IReadOnlyList<Statement>> SingleValuedGroups(CorpusIndex index) =>
        index.Groups.Where(g => index.PropertyOf(g[0]) is { Many: false });

    private static Statement? Primary(IReadOnlyList<Statement> group, Containment? containment)
    {
        var candidates = group.Where(static s => s.Rank == Rank.Preferred).ToList();
        if (candidates.Count == 0)
        {
            candidates = group.Where(static s => s.Rank == Rank.Normal).ToList();
        }

        // Most precise first; among equals, corpus order (the binder's order) decides.
        return candidates.OrderByDescending(s => Compatibility.PrecisionScore(s.Value, containment)).FirstOrDefault();
    }
}
