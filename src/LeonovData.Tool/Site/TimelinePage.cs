using System.Globalization;
using System.Text;
using LeonovData.Generator.Binding;
using LeonovData.Generator.Model;
using LeonovData.Generator.Values;

namespace LeonovData.Tool.Site;

/// <summary>
/// Every dated fact on one SVG time axis, drawn at its precision: a year is a band the width of the
/// year, a month a band the width of the month, a day a point, an interval a band from start to end.
/// Statements of the same fact (see <see cref="SiteModel.SameFact"/>) are one mark that lists all its
/// sources; each mark links to the first and names all of them on hover and to screen readers.
/// </summary>
internal static class TimelinePage
{
    private const int Label = 300;
    private const int Width = 720;
    private const int Row = 22;
    private const int Top = 34;

    /// <summary>One mark: what is dated, the value drawn, and every place that states it.</summary>
    private sealed record DatedFact(string Subject, string Property, string? Of, Value Value, IReadOnlyList<(Citation Citation, LocationInfo Location)> Sources);

    public static string Write(SiteModel site)
    {
        var facts = Collect(site).OrderBy(f => Start(f.Value)).ThenBy(static f => f.Subject, StringComparer.Ordinal).ToList();
        var body = new StringBuilder();
        body.Append("<p>").Append(facts.Count).Append(" dated facts. A year is drawn as a band, a month as a narrower band, a day as a point. Hover or focus a mark for its sources; activate it to open the first.</p>\n");
        if (facts.Count == 0)
        {
            return Layout.Page("Timeline", 0, body.ToString());
        }

        var first = Math.Floor(facts.Min(f => Start(f.Value)));
        var last = Math.Ceiling(facts.Max(f => End(f.Value)));
        var years = Math.Max(1, last - first);
        double X(double year) => Label + ((year - first) / years * Width);
        var height = Top + (facts.Count * Row) + 10;

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"timeline\" role=\"img\" aria-labelledby=\"timeline-title\" viewBox=\"0 0 {Label + Width + 20} {height}\" width=\"{Label + Width + 20}\" height=\"{height}\">\n")
            .Append("<title id=\"timeline-title\">Dated facts from ").Append(first).Append(" to ").Append(last).Append("</title>\n");
        var step = new[] { 1, 2, 5, 10, 20, 25, 50, 100, 200, 500 }.First(s => years / s <= 12);
        for (var year = Math.Ceiling(first / step) * step; year <= last; year += step)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"tick\" x1=\"{X(year):0.##}\" y1=\"{Top - 12}\" x2=\"{X(year):0.##}\" y2=\"{height}\"/><text class=\"tick-label\" x=\"{X(year):0.##}\" y=\"{Top - 16}\" text-anchor=\"middle\">{year}</text>\n");
        }

        for (var i = 0; i < facts.Count; i++)
        {
            var fact = facts[i];
            var y = Top + (i * Row);
            var label = site.NameOf(fact.Subject) + " · " + fact.Property + (fact.Of is null ? "" : " (" + fact.Of + ")");
            var sources = string.Join("; ", fact.Sources.Select(s => site.DocumentTitle(s.Location.FilePath) + " " + s.Citation.Line + ":" + s.Citation.Column + " “" + s.Citation.Quote + "”"));
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"row-label\" x=\"{Label - 8}\" y=\"{y + 15}\" text-anchor=\"end\">{Html.Text(Trim(label))}</text>\n");
            svg.Append("<a class=\"mark\" href=\"").Append(site.Link(fact.Sources[0].Location, 0))
                .Append("\" data-subject=\"").Append(Html.Text(fact.Subject))
                .Append("\" data-property=\"").Append(Html.Text(fact.Property))
                .Append("\" data-type=\"").Append(fact.Value is PartialDate ? "date" : "interval")
                .Append("\" data-value=\"").Append(Html.Text(fact.Value.Normalized))
                .Append("\" data-precision=\"").Append(Html.Text(fact.Value.Precision))
                .Append("\" data-sources=\"").Append(Html.Text(string.Join(";", fact.Sources.Select(static s => $"{s.Citation.Document}:{s.Citation.Line}:{s.Citation.Column}"))))
                .Append("\"><title>").Append(Html.Text($"{label}: {fact.Value.Normalized} ({fact.Value.Precision} precision) — {sources}")).Append("</title>");
            var start = X(Start(fact.Value));
            var end = X(End(fact.Value));
            if (fact.Value is PartialDate { DatePrecision: DatePrecision.Day })
            {
                svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"point\" cx=\"{start:0.##}\" cy=\"{y + 10}\" r=\"5\"/>");
            }
            else
            {
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"band\" x=\"{start:0.##}\" y=\"{y + 3}\" width=\"{Math.Max(2, end - start):0.##}\" height=\"14\" rx=\"3\"/>");
            }

            svg.Append("</a>\n");
        }

        svg.Append("</svg>\n");
        body.Append("<figure class=\"timeline-figure\">").Append(svg).Append("</figure>\n");
        return Layout.Page("Timeline", 0, body.ToString());
    }

    private static IEnumerable<DatedFact> Collect(SiteModel site)
    {
        foreach (var group in site.Corpus.Statements.Where(static s => IsDated(s.Value.Literal)).GroupBy(s => site.CanonicalOf(s) ?? s))
        {
            yield return new DatedFact(group.Key.Subject, group.Key.Property, null, group.Key.Value.Literal!, group.Select(static s => (s.Citation, s.Location)).ToList());
        }

        var qualifiers = site.Corpus.Statements
            .SelectMany(s => s.Qualifiers.Where(static q => IsDated(q.Value.Literal)).Select(q => (Fact: site.CanonicalOf(s) ?? s, Qualifier: q)))
            .GroupBy(static p => (p.Fact, p.Qualifier.Property, p.Qualifier.Value.Normalized));
        foreach (var group in qualifiers)
        {
            var fact = group.Key.Fact;
            var best = group.Select(static p => p.Qualifier).OrderByDescending(static q => Precision(q.Value.Literal!)).First();
            yield return new DatedFact(fact.Subject, best.Property, fact.Property + " " + (fact.Value.EntityId ?? fact.Value.Normalized), best.Value.Literal!, group.Select(static p => (p.Qualifier.Citation, p.Qualifier.Location)).ToList());
        }
    }

    private static bool IsDated(Value? value) => value is PartialDate or DateInterval { Start: not null } or DateInterval { End: not null };

    private static int Precision(Value value) => value is PartialDate date ? (int)date.DatePrecision : 0;

    private static string Trim(string label) => label.Length <= 44 ? label : label[..43] + "…";

    // Years as fractions: the start and end of what a value covers at its precision.
    private static double Start(Value value) => value switch
    {
        PartialDate date => Start(date),
        DateInterval interval => interval.Start is { } start ? Start(start) : End(interval.End!) - 1,
        _ => 0,
    };

    private static double End(Value value) => value switch
    {
        PartialDate date => End(date),
        DateInterval interval => interval.End is { } end ? End(end) : Start(interval.Start!) + 1,
        _ => 0,
    };

    private static double Start(PartialDate date) => date switch
    {
        { Month: { } month, Day: { } day } => date.Year + ((new DateTime(date.Year, month, day).DayOfYear - 0.5) / DaysIn(date.Year)),
        { Month: { } month } => date.Year + ((month - 1) / 12.0),
        _ => date.Year,
    };

    private static double End(PartialDate date) => date switch
    {
        { Month: not null, Day: not null } => Start(date),
        { Month: { } month } => date.Year + (month / 12.0),
        _ => date.Year + 1,
    };

    private static int DaysIn(int year) => DateTime.IsLeapYear(year) ? 366 : 365;
}
