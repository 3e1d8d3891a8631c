using System.Text;

namespace LeonovData.Generator.Values;

/// <summary>The normalised duration form, ISO 8601 <c>PnYnMnWnDTnHnMnS</c> with whole numbers only.</summary>
/// <remarks>The smallest designator written is the precision: <c>PT12M</c> is at minute precision,
/// <c>PT12M0S</c> at second precision. Formatting therefore always writes the precision unit, even
/// when it is zero.</remarks>
internal static class IsoDuration
{
    public const string Form = "write ISO 8601 like PT12M9S, PT40M, P2D, P18M or P1Y6M";

    // Designators in order of rank (see DurationUnits), date part then time part.
    private const string DateDesignators = "YMWD";
    private const string TimeDesignators = "HMS";

    public static string Format(DurationValue value)
    {
        var builder = new StringBuilder(16);
        builder.Append('P');
        Append(builder, value.Years, 'Y', value.Unit == DurationUnit.Year);
        Append(builder, value.Months, 'M', value.Unit == DurationUnit.Month);
        Append(builder, value.Days, 'D', value.Unit == DurationUnit.Day);
        if (value.Hours != 0 || value.Minutes != 0 || value.Seconds != 0 || value.Unit >= DurationUnit.Hour)
        {
            builder.Append('T');
            Append(builder, value.Hours, 'H', value.Unit == DurationUnit.Hour);
            Append(builder, value.Minutes, 'M', value.Unit == DurationUnit.Minute);
            Append(builder, value.Seconds, 'S', value.Unit == DurationUnit.Second);
        }

        return builder.ToString();
    }

    public static Reading<DurationValue> Read(string text)
    {
        if (text.Length == 0 || text.Length > 64)
        {
            return Fail(text);
        }

        if (text[0] != 'P')
        {
            return text[0] == 'p'
                ? Reading<DurationValue>.Fail("ISO 8601 designators are upper-case; " + Form)
                : Fail(text);
        }

        // Indexed by rank: years, months, weeks, days, hours, minutes, seconds.
        var parts = new long[7];
        var lastRank = -1;
        var inTime = false;
        var timeComponents = 0;
        var written = 0;
        var hasWeeks = false;
        var i = 1;
        while (i < text.Length)
        {
            if (text[i] == 'T' && !inTime)
            {
                inTime = true;
                i++;
                continue;
            }

            var digitsStart = i;
            long amount = 0;
            while (i < text.Length && Tokenizer.IsDigit(text[i]))
            {
                amount = (amount * 10) + (text[i] - '0');
                if (amount > int.MaxValue)
                {
                    return Reading<DurationValue>.Fail(Quote.Of(text) + " is too long a duration");
                }

                i++;
            }

            if (i == digitsStart || i == text.Length)
            {
                return Fail(text);
            }

            if (text[i] == '.' || text[i] == ',')
            {
                return Reading<DurationValue>.Fail("fractions are not supported; use a smaller unit (PT1H30M rather than PT1.5H)");
            }

            var rank = RankOf(text[i], inTime);
            if (rank < 0)
            {
                return Fail(text);
            }

            if (rank <= lastRank)
            {
                return Reading<DurationValue>.Fail(Quote.Of(text) + " repeats a unit or has them out of order; " + Form);
            }

            parts[rank] = amount;
            lastRank = rank;
            written++;
            hasWeeks |= rank == DurationUnits.WeekRank;
            timeComponents += inTime ? 1 : 0;
            i++;
        }

        if (lastRank < 0 || (inTime && timeComponents == 0))
        {
            return Fail(text);
        }

        // ISO 8601 keeps PnW as a format of its own; mixing it in is a mistake worth naming.
        var weeks = parts[DurationUnits.WeekRank];
        if (hasWeeks && written > 1)
        {
            return Reading<DurationValue>.Fail("ISO 8601 writes weeks alone (P2W); write the whole duration in days instead (P" + Numbers.Invariant((weeks * 7) + parts[3]) + "D)");
        }

        var days = (weeks * 7) + parts[3];
        if (days > int.MaxValue)
        {
            return Reading<DurationValue>.Fail(Quote.Of(text) + " is too long a duration");
        }

        return Reading<DurationValue>.Ok(new DurationValue(
            (int)parts[0], (int)parts[1], (int)days, (int)parts[4], (int)parts[5], (int)parts[6],
            DurationUnits.UnitOf(lastRank), Comparator.Exact));
    }

    private static int RankOf(char designator, bool inTime)
    {
        if (inTime)
        {
            var time = TimeDesignators.IndexOf(designator);
            return time < 0 ? -1 : time + 4;
        }

        return DateDesignators.IndexOf(designator);
    }

    private static void Append(StringBuilder builder, int amount, char designator, bool isPrecision)
    {
        if (amount != 0 || isPrecision)
        {
            builder.Append(Numbers.Invariant(amount)).Append(designator);
        }
    }

    private static Reading<DurationValue> Fail(string text) =>
        Reading<DurationValue>.Fail(Quote.Of(text) + " is not an ISO 8601 duration; " + Form);
}
