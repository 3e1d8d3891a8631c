using System.Globalization;
using LeonovData;

/// <summary>A chronological view of every dated statement in the dataset.</summary>
internal static class Timeline
{
    /// <summary>One line per dated statement, oldest first; each date at the precision its source gave.</summary>
    /// <remarks>
    /// A fact stated by several sources is shown once, at its most precise (the canonical statement),
    /// followed by every source that states it.
    /// </remarks>
    public static IEnumerable<string> Of(IReadOnlyList<Statement> statements)
    {
        var sources = statements.Where(s => s.Canonical is not null).ToLookup(s => s.Canonical!);
        return statements
            .Where(s => s.IsCanonical)
            .Select(s => (Statement: s, When: When(s)))
            .Where(x => x.When is not null)
            .OrderBy(x => x.When!.Value.Start)
            .Select(x => Describe(x.Statement, x.When!.Value, sources[x.Statement]));
    }

    private static (PartialDate Start, string Text)? When(Statement statement)
    {
        switch (statement.Value)
        {
            case PartialDate date:
                return (date, date.ToString());
            case DateInterval { Start: { } start } interval:
                return (start, Range(interval));
        }

        foreach (var qualifier in statement.Qualifiers)
        {
            switch (qualifier.Value)
            {
                case PartialDate date when qualifier.Property is "date" or "start":
                    return (date, qualifier.Property == "start" ? "from " + date : date.ToString());
                case DateInterval { Start: { } start } interval:
                    return (start, Range(interval));
            }
        }

        return null;
    }

    private static string Range(DateInterval interval) => $"{interval.Start}–{interval.End?.ToString() ?? ""}";

    private static string Describe(Statement statement, (PartialDate Start, string Text) when, IEnumerable<Statement> sources)
    {
        var subject = Dataset.Find(statement.Subject)?.Name ?? statement.Subject;
        var property = statement.Property.Replace('-', ' ');
        var value = statement.Value switch
        {
            PartialDate or DateInterval => string.Empty,
            EntityRef reference => ": " + (Dataset.Find(reference.Id)?.Name ?? reference.Id),
            _ => ": " + Convert.ToString(statement.Value, CultureInfo.InvariantCulture),
        };
        return $"  {when.Text,-12} {subject} — {property}{value}  [{string.Join(", ", sources.Select(s => s.Citation))}]";
    }
}
