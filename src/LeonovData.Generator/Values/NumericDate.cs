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

        // The shape is checked in place before anything is split: most dates that have one of the
        // separators are of another shape ("Oct. 1965"), and splitting each made garbage.
        if (!HasShape(trimmed, separator, out var firstLength) || (separator == '-' && firstLength == 4))
        {
            return false;
        }

        parts = trimmed.Split(separator);
        return true;
    }

    /// <summary>True when <paramref name="text"/> is three runs of 1–4 digits joined by <paramref name="separator"/>.</summary>
    private static bool HasShape(string text, char separator, out int firstLength)
    {
        firstLength = 0;
        var separators = 0;
        var length = 0;
        foreach (var c in text)
        {
            if (c == separator)
            {
                if (length == 0 || separators == 2)
                {
                    return false;
                }

                if (separators == 0)
                {
                    firstLength = length;
                }

                separators++;
                length = 0;
            }
            else if (Tokenizer.IsDigit(c) && length < 4)
            {
                length++;
            }
            else
            {
                return false;
            }
        }

        return separators == 2 && length > 0;
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
