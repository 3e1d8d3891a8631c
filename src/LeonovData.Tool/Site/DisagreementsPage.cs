using System.Text;
using LeonovData.Generator.Binding;

namespace LeonovData.Tool.Site;

/// <summary>
/// Where sources differ on a subject's property: ranked claims (with the annotator's reason) and
/// values that resolution set aside or kept apart, side by side with their sources.
/// </summary>
internal static class DisagreementsPage
{
    private const int Depth = 0;

    // A many-valued property (awards, dedicatees) holds its values side by side: that is no disagreement.
    private static bool IsSingleValued(SiteModel site, string subject, string property) =>
        site.Entities.TryGetValue(subject, out var entity) && site.Corpus.Schema.Property(entity.Kind, property) is { Many: false };

    public static string Write(SiteModel site)
    {
        var groups = site.Corpus.Statements
            .GroupBy(static s => (s.Subject, s.Property))
            .Where(g => g.Any(static s => s.Rank != Rank.Normal) || (IsSingleValued(site, g.Key.Subject, g.Key.Property) && g.Any(s => site.CanonicalOf(s) is null)))
            .ToList();

        var body = new StringBuilder();
        body.Append("<p>Claims about the same subject and property that differ: ranked ones first resolve a real disagreement (<code>rank=</code> with <code>why=</code>), then values of a single-valued property that the resolution set aside. Precision alone (1965 and 18 March 1965) is agreement, and the several values of a many-valued property are not a disagreement.</p>\n");
        body.Append("<p>").Append(groups.Count).Append(groups.Count == 1 ? " disagreement." : " disagreements.").Append("</p>\n");
        foreach (var group in groups.OrderByDescending(static g => g.Any(static s => s.Rank != Rank.Normal)).ThenBy(static g => g.Key.Subject, StringComparer.Ordinal))
        {
            body.Append("<section class=\"disagreement\"><h2>").Append(FactText.Subject(site, group.Key.Subject, Depth)).Append(" · ").Append(Html.Text(group.Key.Property)).Append("</h2>\n<div class=\"claims\">");
            foreach (var statement in group)
            {
                var verdict = site.CanonicalOf(statement) is null ? "set aside" : statement.Rank == Rank.Preferred ? "preferred" : "kept";
                body.Append("<div class=\"claim rank-").Append(statement.Rank.ToString().ToLowerInvariant()).Append("\"><p class=\"claim-value\">")
                    .Append(FactText.Value(site, statement.Value, Depth)).Append("</p><p>").Append(FactText.Rank(statement)).Append(" · ").Append(verdict)
                    .Append("</p><p>").Append(FactText.Source(site, statement.Citation, statement.Location, Depth)).Append("</p><blockquote>")
                    .Append(Html.Text(statement.Citation.Sentence.ToString())).Append("</blockquote></div>");
            }

            body.Append("</div></section>\n");
        }

        return Layout.Page("Disagreements", Depth, body.ToString());
    }
}
