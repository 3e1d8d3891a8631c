namespace LeonovData.Generator.Values;

/// <summary>Dates written in digits alone: "7/24/1969", "24.07.1969", "1969/07/24".</summary>
/// <remarks>Read only in the order the document or span declares (<see cref="DateOrder"/>);
/// without one the message says what the text is and how to make it readable. ISO 8601
/// ("1969-07-24") is not a numeric date in this sense: its order is fixed by the standard.</remarks>
internal static class NumericDate
{
    /// <summary>True when the whole text has the shape digits, separator, digits, the same
    /// separator, digits ('/', '.' or '-'), other than ISO 8601's YYYY-MM-DD.</summary>
    public static bool Matches(string text, out string[] parts)
    {
        parts = System.Array.Empty<string>();
        var trimmed = text.Trim();
        var separator = '\0';
        foreach (var c in trimmed)
        {
            if (c is '/' or '.' or '-')
            {
                separator = c;
                break;
            }
        }

        if (separator == '\0')
        {
            return false;
        }

        var split = trimmed.Split(separator);
        if (split.Length != 3)
        {
            return false;
        }

        foreach (var part in split)
        {
            if (part.Length == 0 || part.Length > 4 || !AllDigits(part))
            {
                return false;
            }
        }

        if (separator == '-' && split[0].Length == 4)
        {
            return false;
        }

        parts = split;
        return true;
    }

    public static Reading<PartialDate> Read(string text, string[] parts, DateOrder order)
    {
        if (order == DateOrder.Undeclared)
        {
            return Reading<PartialDate>.Fail(
                "it is a numeric date, and the order of day and month in one differs between countries; "
                + "say which it is with " + DateOrders.Spellings + " on the span or in the document header, "
                + "write the month by name ('24 July 1969'), or give v= (v=1969-07-24)");
        }

        var (y, m, d) = order switch
        {
            DateOrder.MonthDayYear => (parts[2], parts[0], parts[1]),
            DateOrder.DayMonthYear => (parts[2], parts[1], parts[0]),
            _ => (parts[0], parts[1], parts[2]),
        };
        var read = " (read as dates=" + DateOrders.Spell(order) + ")";
        if (y.Length != 4)
        {
            return Reading<PartialDate>.Fail(Quote.Of(y) + " is not a year" + read + "; write all four digits, or give v=");
        }

        var year = Number(y);
        if (year < CalendarRules.MinYear || year > CalendarRules.MaxYear)
        {
            return Reading<PartialDate>.Fail(IsoDate.YearOutOfRange(y));
        }

        var month = Number(m);
        if (m.Length > 2 || month < 1 || month > 12)
        {
            return Reading<PartialDate>.Fail(Quote.Of(m) + " is not a month (1–12)" + read + "; check the order, or the date");
        }

        var day = Number(d);
        var dayError = d.Length > 2 ? Quote.Of(d) + " is not a day" : IsoDate.DayError(d, day, month, year);
        return dayError is null
            ? Reading<PartialDate>.Ok(new PartialDate(year, month, day))
            : Reading<PartialDate>.Fail(dayError + read);
    }

    private static bool AllDigits(string text)
    {
        foreach (var c in text)
        {
            if (!Tokenizer.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int Number(string digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }
}
