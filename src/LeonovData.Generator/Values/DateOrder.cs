namespace LeonovData.Generator.Values;

/// <summary>The order of day, month and year in a numeric date ("7/24/1969"), as a document header
/// or a span declares it with <c>dates=mdy</c>, <c>dates=dmy</c> or <c>dates=ymd</c>.</summary>
/// <remarks>There is no default: "7/8/1969" is 8 July in one country and 7 August in the next,
/// so a numeric date is read only where the annotator said which it is.</remarks>
internal enum DateOrder
{
    Undeclared,
    MonthDayYear,
    DayMonthYear,
    YearMonthDay,
}

internal static class DateOrders
{
    public const string Spellings = "dates=mdy, dates=dmy or dates=ymd";

    public static bool TryParse(string text, out DateOrder order)
    {
        order = text switch
        {
            "mdy" => DateOrder.MonthDayYear,
            "dmy" => DateOrder.DayMonthYear,
            "ymd" => DateOrder.YearMonthDay,
            _ => DateOrder.Undeclared,
        };
        return order != DateOrder.Undeclared;
    }

    public static string NotAnOrder(string value) =>
        "dates=" + value + " is not an order of day, month and year; write " + Spellings;

    public static string Spell(DateOrder order) => order switch
    {
        DateOrder.MonthDayYear => "mdy",
        DateOrder.DayMonthYear => "dmy",
        DateOrder.YearMonthDay => "ymd",
        _ => "undeclared",
    };
}
