using System.Collections.Generic;
using System.Linq;
using LeonovData.Generator.Binding;

namespace LeonovData.Generator.Checks;

/// <summary>The role of a statement in the value a single-valued property resolves to.</summary>
internal enum Support
{
    /// <summary>Multi-valued property, or a statement that lost to a ranked or conflicting one.</summary>
    None,

    /// <summary>The statement whose value the typed API returns.</summary>
    Primary,

    /// <summary>Another source stating a compatible value: its citation backs the primary value.</summary>
    Agrees,
}

/// <summary>
/// Resolves each single-valued property to one value: the preferred statement if one is ranked,
/// otherwise the most precise; compatible statements from other sources back it up.
/// </summary>
internal static class Resolution
{
    public static Dictionary<Statement, Support> Resolve(Corpus corpus)
    {
        var support = new Dictionary<Statement, Support>();
        var containment = new Containment(corpus);
        foreach (var group in SingleValuedGroups(corpus))
        {
            var primary = Primary(group, containment);
            if (primary is null)
            {
                continue;
            }

            foreach (var statement in group)
            {
                support[statement] = ReferenceEquals(statement, primary) ? Support.Primary
                    : statement.Rank != Rank.Deprecated && Compatibility.Compatible(statement.Value, primary.Value, containment) ? Support.Agrees
                    : Support.None;
            }
        }

        return support;
    }

    /// <summary>The resolved value of subject.property, or null.</summary>
    public static Statement? Value(Corpus corpus, string subject, string property) =>
        Primary(corpus.Statements.Where(s => s.Subject == subject && s.Property == property).ToList(), containment: null);

    public static IEnumerable<List<Statement>> SingleValuedGroups(Corpus corpus)
    {
        var kinds = corpus.Entities.ToDictionary(static e => e.Id, static e => e.Kind);
        return corpus.Statements
            .Where(s => kinds.TryGetValue(s.Subject, out var kind) && corpus.Schema.Property(kind, s.Property) is { Many: false })
            .GroupBy(static s => (s.Subject, s.Property))
            .Select(static g => g.ToList());
    }

    private static Statement? Primary(List<Statement> group, Containment? containment)
    {
        var candidates = group.Where(static s => s.Rank == Rank.Preferred).ToList();
        if (candidates.Count == 0)
        {
            candidates = group.Where(static s => s.Rank == Rank.Normal).ToList();
        }

        // Most precise first; among equals, document order (the binder's order) decides.
        return candidates.OrderByDescending(s => Compatibility.PrecisionScore(s.Value, containment)).FirstOrDefault();
    }
}
