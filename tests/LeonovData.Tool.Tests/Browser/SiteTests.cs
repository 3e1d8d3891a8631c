using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using LeonovData.Generator.Syntax;
using LeonovData.Tool.Tests.TestSupport;

namespace LeonovData.Tool.Tests.Browser;

/// <summary>The Leonov corpus's site, written by `leo html`, as Chromium renders it.</summary>
public sealed class LeonovSite
{
    public LeonovSite()
    {
        Folder = Path.Combine(Repository.NewFolder("site"), "site");
        var html = Leo.Invoke(Repository.Seeds, "html", "-q", "-o", Folder);
        Assert.True(html.ExitCode == 0, html.ToString());
        var export = Leo.Invoke(Repository.Seeds, "export", "-q");
        Assert.True(export.ExitCode == 0, export.ToString());
        Export = JsonDocument.Parse(export.Output);
    }

    public string Folder { get; }

    public JsonDocument Export { get; }

    public IEnumerable<JsonElement> Statements =>
        (Export.RootElement.ValueKind == JsonValueKind.Array ? Export.RootElement : Export.RootElement.GetProperty("statements")).EnumerateArray();

    public string Url(string page) => new Uri(Path.Combine(Folder, page)).AbsoluteUri;
}

/// <summary>
/// What a person sees: one highlight per span, cards that carry the export's values, timeline marks
/// that are exactly the dated facts, and an offline site. Screenshots of the document view and the
/// timeline are kept under the test output's artifacts/site folder.
/// </summary>
public sealed class SiteTests(Chromium chromium, LeonovSite site) : IClassFixture<Chromium>, IClassFixture<LeonovSite>
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Every_span_is_one_highlight_and_every_statement_is_on_its_card()
    {
        var pages = Directory.GetFiles(Path.Combine(site.Folder, "documents"), "*.html");
        Assert.Equal(Directory.GetFiles(Repository.Seeds, "*.leo").Length, pages.Length);
        var marksByPlace = new Dictionary<(string File, string At), IElement>();
        foreach (var page in pages)
        {
            var dom = Parser.ParseDocument(chromium.DumpDom(new Uri(page).AbsoluteUri));
            var article = dom.QuerySelector("article.source")!;
            var file = article.GetAttribute("data-file")!;
            var parsed = DocumentParser.Parse(file, File.ReadAllText(Path.Combine(Repository.Seeds, file)));
            var marks = article.QuerySelectorAll("mark.span");
            Assert.Equal(parsed.Spans.Count(static s => s.TextEnd > s.TextStart), marks.Length);

            // The page reads as the source: its text without the cards is the stripped document.
            var text = article.Clone(deep: true) as IElement;
            foreach (var card in text!.QuerySelectorAll(".card").ToList())
            {
                card.Remove();
            }

            Assert.Equal(parsed.Text, text.TextContent);
            foreach (var mark in marks)
            {
                marksByPlace.TryAdd((file, mark.GetAttribute("data-at")!), mark);
            }
        }

        var statements = site.Statements.ToList();
        Assert.NotEmpty(statements);
        foreach (var statement in statements)
        {
            var place = (Path.GetFileName(statement.GetProperty("source").GetString()!), $"{statement.GetProperty("line").GetInt32()}:{statement.GetProperty("column").GetInt32()}");
            Assert.True(marksByPlace.TryGetValue(place, out var mark), $"no highlight at {place}");
            var facts = mark!.QuerySelectorAll(":scope > .card > .fact:not(.qualifier):not(.mention)");
            Assert.True(facts.Any(fact =>
                fact.GetAttribute("data-subject") == statement.GetProperty("subject").GetString()
                && fact.GetAttribute("data-property") == statement.GetProperty("property").GetString()
                && fact.GetAttribute("data-value") == Scalar(statement.GetProperty("value"))
                && fact.GetAttribute("data-precision") == (statement.GetProperty("precision").GetString() ?? "")
                && fact.GetAttribute("data-comparator") == (statement.TryGetProperty("comparator", out var cmp) ? cmp.GetString() : "")
                && fact.GetAttribute("data-rank") == statement.GetProperty("rank").GetString()),
                $"{statement} not on the card: {mark.QuerySelector(".card")!.OuterHtml}");
        }
    }

    [Fact]
    public void The_timeline_marks_are_the_dated_facts_each_source_once()
    {
        var dom = Parser.ParseDocument(chromium.DumpDom(site.Url("timeline.html")));
        var marks = dom.QuerySelectorAll("svg.timeline a.mark");

        var expected = new List<string>();
        foreach (var statement in site.Statements)
        {
            if (IsDated(statement))
            {
                expected.Add(Source(statement));
            }

            foreach (var qualifier in statement.GetProperty("qualifiers").EnumerateArray().Where(IsDated))
            {
                expected.Add(Source(qualifier));
            }
        }

        var drawn = marks.SelectMany(static m => m.GetAttribute("data-sources")!.Split(';')).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(StringComparer.Ordinal), drawn.Order(StringComparer.Ordinal));
        foreach (var mark in marks)
        {
            var shape = mark.QuerySelector("circle, rect")!;
            Assert.Equal(mark.GetAttribute("data-type") == "date" && mark.GetAttribute("data-precision") == "day" ? "circle" : "rect", shape.LocalName);
            Assert.Contains(mark.GetAttribute("data-value")!, mark.QuerySelector("title")!.TextContent, StringComparison.Ordinal);
        }

        chromium.Screenshot(site.Url("timeline.html"), Path.Combine(Repository.Artifacts("site"), "timeline.png"), 1100, 1400);
    }

    [Fact]
    public void A_linked_span_carries_its_value_and_is_shown_with_its_card()
    {
        var page = new Uri(Path.Combine(site.Folder, "documents", "encyclopedia.html")).AbsoluteUri;
        var plain = Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Folder, "documents", "encyclopedia.html")));
        var target = plain.QuerySelectorAll("mark.span").First(static m => m.QuerySelector(".fact[data-property='born']") is not null).Id!;

        var dom = Parser.ParseDocument(chromium.DumpDom(page + "#" + target));

        Assert.False(dom.QuerySelector("#theme")!.HasAttribute("hidden"), "the page's script did not run");
        Assert.Equal("1934-05-30", dom.GetElementById(target)!.QuerySelector(".fact")!.GetAttribute("data-value"));
        chromium.Screenshot(page + "#" + target, Path.Combine(Repository.Artifacts("site"), "document.png"));
        chromium.Screenshot(site.Url("index.html"), Path.Combine(Repository.Artifacts("site"), "index.png"));
    }

    [Fact]
    public void The_disagreements_page_sets_ranked_claims_side_by_side()
    {
        var dom = Parser.ParseDocument(chromium.DumpDom(site.Url("disagreements.html")));

        // Every ranked statement of the export is on the page, with its rank and reason; nothing else is.
        var ranked = site.Statements.Where(static s => s.GetProperty("rank").GetString() != "normal").ToList();
        var claims = dom.QuerySelectorAll(".claim");
        Assert.NotEmpty(ranked);
        Assert.Equal(ranked.Count, claims.Count(static c => !c.ClassList.Contains("rank-normal")));
        foreach (var statement in ranked)
        {
            var claim = Assert.Single(claims, c => c.ClassList.Contains("rank-" + statement.GetProperty("rank").GetString()) && c.TextContent.Contains(statement.GetProperty("why").GetString()!, StringComparison.Ordinal));
            Assert.Equal(Scalar(statement.GetProperty("value")), claim.QuerySelector("data.value")!.GetAttribute("value"));
        }
    }

    [Fact]
    public void The_site_is_self_contained_and_its_script_small()
    {
        var script = new FileInfo(Path.Combine(site.Folder, "assets", "site.js"));
        Assert.InRange(script.Length, 1, 50 * 1024);
        foreach (var page in Directory.GetFiles(site.Folder, "*.html", SearchOption.AllDirectories))
        {
            var dom = Parser.ParseDocument(File.ReadAllText(page));
            foreach (var reference in dom.QuerySelectorAll("[href], [src]").Select(static e => e.GetAttribute("href") ?? e.GetAttribute("src")!))
            {
                Assert.DoesNotContain("://", reference, StringComparison.Ordinal);
                var path = reference.Split('#')[0];
                if (path.Length > 0)
                {
                    Assert.True(File.Exists(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, path))), $"{page} links to missing {reference}");
                }
            }
        }
    }

    private static bool IsDated(JsonElement fact) =>
        fact.GetProperty("type").GetString() is "date" || (fact.GetProperty("type").GetString() is "interval" && fact.GetProperty("value").GetString() is { } v && v != "../..");

    private static string Source(JsonElement fact) => $"{fact.GetProperty("source").GetString()}:{fact.GetProperty("line").GetInt32()}:{fact.GetProperty("column").GetInt32()}";

    private static string Scalar(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
}
