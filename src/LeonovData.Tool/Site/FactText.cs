using LeonovData.Generator.Binding;
using LeonovData.Generator.Values;

namespace LeonovData.Tool.Site;

/// <summary>How a value reads on a page: the normalised value, its precision, and a link when it is an entity.</summary>
internal static class FactText
{
    public static string Value(SiteModel site, FactValue value, int depth) =>
        value.EntityId is { } id
            ? $"<a href=\"{site.EntityLink(id, depth)}\">{Html.Text(site.NameOf(id))}</a>"
            : $"{Html.Text(Symbol(Hedge(value)))}<data class=\"value\" value=\"{Html.Text(value.Normalized)}\">{Html.Text(value.Normalized)}</data>" + (Precision(value) is { } p ? $" <small class=\"precision\">({Html.Text(p)} precision)</small>" : "");

    /// <summary>The precision as the export states it: a quantity's resolution carries its unit ("1 km").</summary>
    public static string? Precision(FactValue value) => value.Literal is Quantity quantity ? quantity.Precision + " " + quantity.Unit : value.Precision;

    private static string Symbol(string? hedge) => hedge switch
    {
        "lt" => "< ",
        "le" => "≤ ",
        "gt" => "> ",
        "ge" => "≥ ",
        "ca" => "≈ ",
        _ => "",
    };

    /// <summary>The hedge of "almost 500 kilometres" in its cmp= spelling, or null for an exact value.</summary>
    public static string? Hedge(FactValue value) => value.Literal switch
    {
        Quantity quantity => ComparatorSpelling.Spell(quantity.Comparator),
        DurationValue duration => ComparatorSpelling.Spell(duration.Comparator),
        _ => null,
    };

    public static string Subject(SiteModel site, string id, int depth) => $"<a href=\"{site.EntityLink(id, depth)}\">{Html.Text(site.NameOf(id))}</a>";

    public static string Rank(Statement statement) =>
        statement.Rank.ToString().ToLowerInvariant() + (statement.Why is { } why ? " — " + Html.Text(why) : "");

    public static string Source(SiteModel site, Citation citation, Generator.Model.LocationInfo location, int depth) =>
        $"<a href=\"{site.Link(location, depth)}\">{Html.Text(site.DocumentTitle(location.FilePath))}</a> <small>({Html.Text(citation.Document)} {citation.Line}:{citation.Column})</small>";
}
