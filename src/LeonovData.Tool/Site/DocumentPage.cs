using System.Text;
using LeonovData.Generator.Binding;
using LeonovData.Generator.Syntax;

namespace LeonovData.Tool.Site;

/// <summary>
/// A document as its source text, every span a highlighted, focusable <c>mark</c> coloured by kind,
/// each with a card (shown on hover and focus by CSS alone) saying what the span states; then the
/// document's facts as a table, for reading without hovering.
/// </summary>
internal static class DocumentPage
{
    private const int Depth = 1;

    public static string Write(SiteModel site, SiteDocument document)
    {
        var parsed = document.Parsed;
        var body = new StringBuilder();
        if (document.Source is { } source)
        {
            body.Append("<p class=\"meta\">")
                .Append(Html.Text(string.Join(" · ", new[] { source.Kind, source.Outlet, source.Published }.Where(static s => !string.IsNullOrEmpty(s)))))
                .Append(" · <code>").Append(Html.Text(parsed.RelativePath)).Append("</code></p>\n");
        }

        body.Append("<p class=\"hint\">Tab or hover over a highlighted span to see what it states; Escape closes its card.</p>\n");
        body.Append("<article class=\"source\" aria-label=\"Source text\" data-file=\"").Append(Html.Text(parsed.RelativePath)).Append("\">");
        WriteText(site, parsed, body);
        body.Append("</article>\n");
        WriteFacts(site, parsed, body);
        return Layout.Page(document.Title, Depth, body.ToString());
    }

    // Spans nest and come parent first, so opening at TextStart and closing at TextEnd with a stack
    // gives well-formed markup; empty spans (zones) mark where a zone begins.
    private static void WriteText(SiteModel site, ParsedDocument parsed, StringBuilder html)
    {
        var text = parsed.Text;
        var open = new Stack<SpanNode>();
        var position = 0;
        for (var index = 0; index < parsed.Spans.Count; index++)
        {
            var span = parsed.Spans[index];
            Close(open, span.TextStart, text, ref position, html);
            html.Append(Html.Text(text[position..span.TextStart]));
            position = span.TextStart;
            if (span.TextEnd == span.TextStart)
            {
                html.Append("<span class=\"zone\" id=\"s").Append(index).Append("\" data-zone=\"")
                    .Append(Html.Text(span.Block.Pair("kind")?.Value)).Append("\"></span>");
                continue;
            }

            var kind = SpanKinds.Of(span);
            html.Append("<mark tabindex=\"0\" id=\"s").Append(index).Append("\" class=\"span k-").Append(Html.Slug(kind))
                .Append("\" data-kind=\"").Append(Html.Text(kind))
                .Append("\" data-at=\"").Append(span.Position.Line + 1).Append(':').Append(span.Position.Column + 1).Append("\" aria-describedby=\"c").Append(index).Append("\">");
            Card(site, parsed, span, index, kind, html);
            open.Push(span);
        }

        Close(open, int.MaxValue, text, ref position, html);
        html.Append(Html.Text(text[position..]));
    }

    private static void Close(Stack<SpanNode> open, int before, string text, ref int position, StringBuilder html)
    {
        while (open.Count > 0 && open.Peek().TextEnd <= before)
        {
            var span = open.Pop();
            html.Append(Html.Text(text[position..span.TextEnd])).Append("</mark>");
            position = span.TextEnd;
        }
    }

    private static void Card(SiteModel site, ParsedDocument parsed, SpanNode span, int index, string kind, StringBuilder html)
    {
        var key = (parsed.Path, span.Start);
        html.Append("<span class=\"card\" role=\"tooltip\" id=\"c").Append(index).Append("\"><span class=\"card-kind\">.").Append(Html.Text(kind)).Append("</span>");
        foreach (var statement in site.StatementsAt[key])
        {
            html.Append("<span class=\"fact\" data-subject=\"").Append(Html.Text(statement.Subject))
                .Append("\" data-property=\"").Append(Html.Text(statement.Property))
                .Append("\" data-value=\"").Append(Html.Text(statement.Value.Normalized))
                .Append("\" data-precision=\"").Append(Html.Text(FactText.Precision(statement.Value)))
                .Append("\" data-comparator=\"").Append(FactText.Hedge(statement.Value))
                .Append("\" data-rank=\"").Append(statement.Rank.ToString().ToLowerInvariant()).Append("\">");
            Row(html, "subject", FactText.Subject(site, statement.Subject, Depth));
            Row(html, "property", Html.Text(statement.Property));
            Row(html, "value", FactText.Value(site, statement.Value, Depth));
            Row(html, "rank", FactText.Rank(statement));
            var others = site.SameFact(statement).Where(s => s != statement).ToList();
            if (others.Count > 0)
            {
                Row(html, "also stated by", string.Join("; ", others.Select(o => FactText.Source(site, o.Citation, o.Location, Depth))));
            }

            if (site.CanonicalOf(statement) is null)
            {
                Row(html, "resolved", "not used: another source's value wins (see the disagreements page)");
            }

            html.Append("</span>");
        }

        foreach (var (owner, qualifier) in site.QualifiersAt[key])
        {
            html.Append("<span class=\"fact qualifier\" data-subject=\"").Append(Html.Text(owner.Subject))
                .Append("\" data-property=\"").Append(Html.Text(qualifier.Property))
                .Append("\" data-value=\"").Append(Html.Text(qualifier.Value.Normalized))
                .Append("\" data-precision=\"").Append(Html.Text(FactText.Precision(qualifier.Value))).Append("\">");
            Row(html, "qualifies", $"{FactText.Subject(site, owner.Subject, Depth)} · {Html.Text(owner.Property)} = {FactText.Value(site, owner.Value, Depth)}");
            Row(html, "property", Html.Text(qualifier.Property));
            Row(html, "value", FactText.Value(site, qualifier.Value, Depth));
            html.Append("</span>");
        }

        foreach (var mention in site.MentionsAt[key].Where(m => site.StatementsAt[key].All(s => s.Value.EntityId != m.EntityId)))
        {
            html.Append("<span class=\"fact mention\" data-subject=\"").Append(Html.Text(mention.EntityId)).Append("\">");
            Row(html, mention.IsDeclaration ? "declares" : "mentions", FactText.Subject(site, mention.EntityId, Depth) + (mention.IsSic ? " <small>(misspelt in the source, kept as written)</small>" : ""));
            html.Append("</span>");
        }

        html.Append("</span>");
    }

    private static void Row(StringBuilder html, string label, string value) =>
        html.Append("<span class=\"row\"><span class=\"label\">").Append(label).Append("</span> <span class=\"v\">").Append(value).Append("</span></span>");

    private static void WriteFacts(SiteModel site, ParsedDocument parsed, StringBuilder html)
    {
        var statements = site.Corpus.Statements.Where(s => s.Location.FilePath == parsed.Path).ToList();
        html.Append("<h2 id=\"facts\">Facts stated here (").Append(statements.Count).Append(")</h2>\n");
        if (statements.Count == 0)
        {
            html.Append("<p>None.</p>\n");
            return;
        }

        html.Append("<table class=\"facts\"><thead><tr><th scope=\"col\">Subject</th><th scope=\"col\">Property</th><th scope=\"col\">Value</th><th scope=\"col\">Rank</th><th scope=\"col\">Where</th></tr></thead><tbody>\n");
        foreach (var statement in statements)
        {
            html.Append("<tr><td>").Append(FactText.Subject(site, statement.Subject, Depth))
                .Append("</td><td>").Append(Html.Text(statement.Property))
                .Append("</td><td>").Append(FactText.Value(site, statement.Value, Depth))
                .Append("</td><td>").Append(FactText.Rank(statement))
                .Append("</td><td><a href=\"").Append(site.Link(statement.Location, Depth)).Append("\">")
                .Append(statement.Citation.Line).Append(':').Append(statement.Citation.Column).Append("</a></td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }
}
