using System.Globalization;

namespace LeonovData.Generator.Values;

/// <summary>Reads numbers written in digits or in words, in the invariant culture only.</summary>
internal static class Numbers
{
    /// <summary>No length in a document needs more, and the cap keeps every conversion to metres
    /// far from decimal's range.</summary>
    public const decimal MaxAmount = 1_000_000_000_000_000m;

    /// <summary>A whole number in digits, "1,000" grouping allowed.</summary>
    public static bool TryWhole(Token token, out int value, out string? error)
    {
        value = 0;
        if (!token.IsNumber)
        {
            error = "expected a number, found " + Quote.Of(token);
            return false;
        }

        if (token.FractionDigits > 0)
        {
            error = Quote.Of(token) + " is not a whole number";
            return false;
        }

        long total = 0;
        foreach (var ch in token.Text)
        {
            if (ch == ',')
            {
                continue;
            }

            total = (total * 10) + (ch - '0');
            if (total > int.MaxValue)
            {
                error = Quote.Of(token) + " is too large";
                return false;
            }
        }

        value = (int)total;
        error = null;
        return true;
    }

    /// <summary>A decimal amount in digits ("4.8", "1,000"); its scale is the digits after the point.</summary>
    public static bool TryDecimal(Token token, out decimal value, out string? error)
    {
        value = 0m;
        if (!token.IsNumber)
        {
            error = "expected a number, found " + Quote.Of(token);
            return false;
        }

        // decimal keeps at most 28 decimals: more would be rounded away silently (and the
        // generated Quantity could not even print itself).
        if (token.FractionDigits > 28)
        {
            error = Quote.Of(token) + " has more decimals than can be kept (28 at most)";
            return false;
        }

        var digits = token.Grouped ? token.Text.Replace(",", string.Empty) : token.Text;
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            || value > MaxAmount)
        {
            value = 0m;
            error = Quote.Of(token) + " is too large";
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>A whole number at the cursor, in digits or words ("14", "fourteen", "a hundred");
    /// moves past it. On failure the cursor stays and <paramref name="error"/> says why.</summary>
    public static bool TryWholeAt(Cursor cursor, out int value, out string? error)
    {
        value = 0;
        if (cursor.AtEnd)
        {
            error = "the number is missing";
            return false;
        }

        var token = cursor.Current;
        if (token.IsNumber)
        {
            if (!TryWhole(token, out value, out error))
            {
                return false;
            }

            cursor.Advance();
            return true;
        }

        if (NumberWords.TryMatchCardinal(cursor, out value))
        {
            error = null;
            return true;
        }

        error = NotANumber(token);
        return false;
    }

    /// <summary>"'nien' is not a number; did you mean 'nine'?" or "expected a number, found 'x'".</summary>
    public static string NotANumber(Token token)
    {
        if (token.IsWord)
        {
            var suggestion = DidYouMean.Suggest(token.Text, NumberWords.CardinalWords);
            if (suggestion is not null)
            {
                return Quote.Of(token) + " is not a number" + DidYouMean.Clause(suggestion);
            }
        }

        return "expected a number, found " + Quote.Of(token);
    }

    public static string Invariant(long number) => number.ToString(CultureInfo.InvariantCulture);
}
