namespace LeonovData.Generator.Values;

/// <summary>The normalised interval form, EDTF level 1: <c>1976/1982</c>, <c>2002-12-18/..</c>, <c>../1982</c>.</summary>
internal static class EdtfInterval
{
    public const string Form = "write START/END in ISO 8601 with '..' for an open end (for example 1976/1982 or 2002-12-18/..)";

    public static Reading<DateInterval> Read(string text)
    {
        var slash = text.IndexOf('/');
        if (slash < 0 || text.IndexOf('/', slash + 1) >= 0)
        {
            return Reading<DateInterval>.Fail(Quote.Of(text) + " is not an EDTF interval; " + Form);
        }

        var startText = text.Substring(0, slash);
        var endText = text.Substring(slash + 1);
        if (startText == DateInterval.OpenEnd && endText == DateInterval.OpenEnd)
        {
            return Reading<DateInterval>.Fail("both ends are open; give at least one date");
        }

        if (startText.Length == 0 || endText.Length == 0)
        {
            return Reading<DateInterval>.Fail("an end is empty; " + Form);
        }

        var start = ReadEnd(startText);
        if (start.Error is not null)
        {
            return Reading<DateInterval>.Fail("its start: " + start.Error);
        }

        var end = ReadEnd(endText);
        if (end.Error is not null)
        {
            return Reading<DateInterval>.Fail("its end: " + end.Error);
        }

        if (start.Value is not null && end.Value is not null && end.Value.IsCertainlyBefore(start.Value))
        {
            return Reading<DateInterval>.Fail(
                "it ends (" + end.Value.Normalized + ") before it starts (" + start.Value.Normalized + "); put the earlier date first");
        }

        return Reading<DateInterval>.Ok(new DateInterval(start.Value, end.Value));
    }

    // An open end reads as a success without a value.
    private static Reading<PartialDate> ReadEnd(string text) =>
        text == DateInterval.OpenEnd ? default : IsoDate.Read(text);
}
