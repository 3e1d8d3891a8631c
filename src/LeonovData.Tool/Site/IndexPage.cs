using System.Text;

namespace LeonovData.Tool.Site;

/// <summary>The front page: the documents with their figures, and the entities by kind.</summary>
internal static class IndexPage
{
    public static string Write(SiteModel site)
    {
        var body = new StringBuilder();
        body.Append("<p>").Append(site.Documents.Count).Append(" documents, ").Append(site.Corpus.Entities.Count).Append(" entities, ")
            .Append(site.Corpus.Statements.Count).Append(" statements. See also the <a href=\"timeline.html\">timeline</a> and the <a href=\"disagreements.html\">disagreements</a>.</p>\n");
        body.Append("<h2>Documents</h2>\n<ul class=\"documents\">");
        foreach (var document in site.Documents)
        {
            var statements = site.Corpus.Statements.Count(s => s.Location.FilePath == document.Parsed.Path);
            body.Append("<li><a href=\"documents/").Append(document.Slug).Append(".html\">").Append(Html.Text(document.Title)).Append("</a> <small>")
                .Append(Html.Text(document.Source?.Outlet)).Append(' ').Append(Html.Text(document.Source?.Published)).Append(" · ")
                .Append(document.Parsed.Spans.Count).Append(" spans, ").Append(statements).Append(" statements</small></li>");
        }

        body.Append("</ul>\n<h2>Entities</h2>\n");
        foreach (var kind in site.Corpus.Entities.GroupBy(static e => e.Kind).OrderBy(static g => g.Key, StringComparer.Ordinal))
        {
            body.Append("<h3>").Append(Html.Text(kind.Key)).Append("</h3>\n<ul class=\"entities\">");
            foreach (var entity in kind.OrderBy(static e => e.Name, StringComparer.Ordinal))
            {
                body.Append("<li><a href=\"").Append(site.EntityLink(entity.Id, 0)).Append("\">").Append(Html.Text(entity.Name)).Append("</a></li>");
            }

            body.Append("</ul>\n");
        }

        return Layout.Page("LeonovData", 0, body.ToString());
    }
}
