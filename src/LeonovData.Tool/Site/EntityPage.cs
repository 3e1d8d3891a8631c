using System.Text;
using LeonovData.Generator.Binding;

namespace LeonovData.Tool.Site;

/// <summary>An entity: its facts with citations, its name variants, where it is mentioned, and what points to it.</summary>
internal static class EntityPage
{
    private const int Depth = 1;

    public static string Write(SiteModel site, Entity entity)
    {
        var body = new StringBuilder();
        body.Append("<p class=\"meta\">.").Append(Html.Text(entity.Kind)).Append(" <code>#").Append(Html.Text(entity.Id)).Append("</code> · declared in ")
            .Append(FactText.Source(site, entity.Citation, entity.Location, Depth)).Append("</p>\n");

        var facts = site.Corpus.Statements.Where(s => s.Subject == entity.Id).ToList();
        body.Append("<h2>Facts (").Append(facts.Count).Append(")</h2>\n");
        Table(site, facts, body, subjectColumn: false);

        body.Append("<h2>Names</h2>\n<ul>");
        foreach (var name in entity.Names.Prepend(entity.Name).Distinct(StringComparer.Ordinal))
        {
            body.Append("<li>").Append(Html.Text(name)).Append("</li>");
        }

        body.Append("</ul>\n");

        var mentions = site.Corpus.Mentions.Where(m => m.EntityId == entity.Id).ToList();
        body.Append("<h2>Mentioned (").Append(mentions.Count).Append(")</h2>\n<ul>");
        foreach (var mention in mentions)
        {
            body.Append("<li><a href=\"").Append(site.Link(mention.Location, Depth)).Append("\">“").Append(Html.Text(mention.Text)).Append("”</a> in ")
                .Append(Html.Text(site.DocumentTitle(mention.Location.FilePath))).Append(" <small>(")
                .Append(mention.Location.StartLine + 1).Append(':').Append(mention.Location.StartColumn + 1)
                .Append(mention.IsSic ? ", misspelt in the source" : "").Append(")</small></li>");
        }

        body.Append("</ul>\n");

        var incoming = site.Corpus.Statements.Where(s => s.Value.EntityId == entity.Id || s.Qualifiers.Any(q => q.Value.EntityId == entity.Id)).ToList();
        body.Append("<h2>Pointing here (").Append(incoming.Count).Append(")</h2>\n");
        Table(site, incoming, body, subjectColumn: true);
        return Layout.Page(entity.Name, Depth, body.ToString());
    }

    internal static void Table(SiteModel site, IReadOnlyList<Statement> statements, StringBuilder html, bool subjectColumn)
    {
        if (statements.Count == 0)
        {
            html.Append("<p>None.</p>\n");
            return;
        }

        html.Append("<table class=\"facts\"><thead><tr>").Append(subjectColumn ? "<th scope=\"col\">Subject</th>" : "")
            .Append("<th scope=\"col\">Property</th><th scope=\"col\">Value</th><th scope=\"col\">Qualifiers</th><th scope=\"col\">Rank</th><th scope=\"col\">Source</th></tr></thead><tbody>\n");
        foreach (var statement in statements)
        {
            html.Append("<tr>");
            if (subjectColumn)
            {
                html.Append("<td>").Append(FactText.Subject(site, statement.Subject, Depth)).Append("</td>");
            }

            html.Append("<td>").Append(Html.Text(statement.Property)).Append("</td><td>").Append(FactText.Value(site, statement.Value, Depth)).Append("</td><td>")
                .Append(string.Join("<br>", statement.Qualifiers.Select(q => Html.Text(q.Property) + ": " + FactText.Value(site, q.Value, Depth))))
                .Append("</td><td>").Append(FactText.Rank(statement)).Append("</td><td>")
                .Append(FactText.Source(site, statement.Citation, statement.Location, Depth)).Append("<br><q>").Append(Html.Text(statement.Citation.Quote)).Append("</q></td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }
}
