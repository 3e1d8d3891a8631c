namespace LeonovData.Generator.Values;

/// <summary>The normalised instant form: ISO 8601 <c>YYYY-MM-DDTHH[:MM[:SS]]</c> with <c>Z</c> or
/// an offset <c>±HH:MM</c> (<c>1969-07-20T20:17Z</c>, <c>1969-07-20T22:56-04:00</c>); an offset is
/// folded into UTC.</summary>
internal static class IsoInstant
{
    public const string Form = "write YYYY-MM-DDTHH:MM with Z or an offset (for example 1969-07-20T20:17Z or 1969-07-20T16:17-04:00)";

    public static Reading<InstantValue> Read(string text)
    {
        var t = text.IndexOf('T');
        if (t != 10)
        {
            return Reading<InstantValue>.Fail(Quote.Of(text) + " is not an ISO 8601 date and time; " + Form);
        }

        var date = IsoDate.Read(text.Substring(0, 10));
        if (date.Value is not { DatePrecision: DatePrecision.Day } day)
        {
            return Reading<InstantValue>.Fail(date.Error ?? Quote.Of(text) + " is not an ISO 8601 date and time; " + Form);
        }

        var rest = text.Substring(11);
        int offset;
        string clock;
        if (rest.EndsWith("Z", System.StringComparison.Ordinal))
        {
            offset = 0;
            clock = rest.Substring(0, rest.Length - 1);
        }
        else if (rest.Length > 6 && rest[rest.Length - 6] is '+' or '-' && rest[rest.Length - 3] == ':'
                 && TryTwoDigits(rest, rest.Length - 5, out var offsetHours) && TryTwoDigits(rest, rest.Length - 2, out var offsetMinutes)
                 && offsetHours <= 14 && offsetMinutes < 60)
        {
            offset = (rest[rest.Length - 6] == '-' ? -1 : 1) * ((offsetHours * 60) + offsetMinutes);
            clock = rest.Substring(0, rest.Length - 6);
        }
        else
        {
            return Reading<InstantValue>.Fail(Quote.Of(text) + " has no zone; end it with Z (UTC) or an offset such as -04:00");
        }

        if (!(clock.Length is 2 or 5 or 8)
            || !TryTwoDigits(clock, 0, out var hour)
            || (clock.Length >= 5 && (clock[2] != ':' || !TryTwoDigits(clock, 3, out _)))
            || (clock.Length == 8 && (clock[5] != ':' || !TryTwoDigits(clock, 6, out _))))
        {
            return Reading<InstantValue>.Fail(Quote.Of(clock) + " is not a time of day; " + Form);
        }

        TryTwoDigits(clock, 3, out var minute);
        TryTwoDigits(clock, 6, out var second);
        var precision = clock.Length == 2 ? TimePrecision.Hour : clock.Length == 5 ? TimePrecision.Minute : TimePrecision.Second;
        if (hour > 23 || (clock.Length >= 5 && minute > 59) || (clock.Length == 8 && second > 59))
        {
            return Reading<InstantValue>.Fail(Quote.Of(clock) + " is not a time of day (00:00 to 23:59:59)");
        }

        var instant = InstantValue.FromLocal(day.Year, day.Month!.Value, day.Day!.Value, hour, clock.Length >= 5 ? minute : 0, clock.Length == 8 ? second : 0, offset, precision);
        return instant is null
            ? Reading<InstantValue>.Fail(IsoDate.YearOutOfRange(text.Substring(0, 4)))
            : Reading<InstantValue>.Ok(instant);
    }

    private static bool TryTwoDigits(string text, int start, out int value)
    {
        value = 0;
        if (start < 0 || start + 2 > text.Length || !Tokenizer.IsDigit(text[start]) || !Tokenizer.IsDigit(text[start + 1]))
        {
            return false;
        }

        value = ((text[start] - '0') * 10) + (text[start + 1] - '0');
        return true;
    }
}
