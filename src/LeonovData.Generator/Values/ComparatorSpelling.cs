namespace LeonovData.Generator.Values;

/// <summary>The <c>cmp=</c> attribute spelling of a <see cref="Comparator"/>.</summary>
internal static class ComparatorSpelling
{
    public static bool TryParse(string spelling, out Comparator comparator)
    {
        switch (spelling)
        {
            case "lt": comparator = Comparator.LessThan; return true;
            case "le": comparator = Comparator.AtMost; return true;
            case "gt": comparator = Comparator.GreaterThan; return true;
            case "ge": comparator = Comparator.AtLeast; return true;
            case "ca": comparator = Comparator.Approximately; return true;
            default: comparator = Comparator.Exact; return false;
        }
    }

    /// <summary>The <c>cmp=</c> spelling, or null for <see cref="Comparator.Exact"/> (which has none).</summary>
    public static string? Spell(Comparator comparator) => comparator switch
    {
        Comparator.LessThan => "lt",
        Comparator.AtMost => "le",
        Comparator.GreaterThan => "gt",
        Comparator.AtLeast => "ge",
        Comparator.Approximately => "ca",
        _ => null,
    };
}
