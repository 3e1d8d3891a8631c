using System;

namespace LeonovData.Generator.Values;

/// <summary>What the covered text of a typed span says: exactly one of a parsed <see cref="Value"/>,
/// a bare <see cref="Weekday"/> ("Friday"), a relative date (<see cref="IsRelative"/>: "the next day"),
/// or an <see cref="Error"/>.</summary>
/// <remarks><see cref="Error"/> completes the sentence "'&lt;text&gt;' is not a &lt;kind&gt;: &lt;Error&gt;"
/// and says what to write instead. A value, returned by every grammar for every value span read.</remarks>
internal readonly record struct TextReading(Value? Value, DayOfWeek? Weekday, bool IsRelative, string? Error)
{
    public static readonly TextReading Relative = new(null, null, true, null);

    public static TextReading Of(Value value) => new(value, null, false, null);

    public static TextReading OfWeekday(DayOfWeek weekday) => new(null, weekday, false, null);

    public static TextReading Fail(string error) => new(null, null, false, error);
}
