using System;

namespace LeonovData.Generator.Values;

/// <summary>English number words, case-insensitive: cardinals "zero" … "ninety-nine" and
/// "[a|one|two…] hundred [and] …" (up to 999), ordinals "first" … "twentieth", "twenty-first" …
/// "ninety-ninth", "hundredth", and the frequency words "once", "twice", "thrice".</summary>
/// <remarks>Tens and units join with a hyphen or a space ("twenty-one", "twenty one").</remarks>
internal static class NumberWords
{
    private static readonly string[] Units =
    {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    };

    // Index i holds 10 × i; 0 and 1 are unused because "ten" … "nineteen" are units.
    private static readonly string[] Tens =
    {
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    };

    private static readonly string[] UnitOrdinals =
    {
        "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    };

    private static readonly string[] TenOrdinals =
    {
        "", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth",
    };

    /// <summary>Every ordinal word, for did-you-mean suggestions ("elevnth" → "eleventh").</summary>
    public static readonly string[] OrdinalWords = BuildOrdinalWords();

    /// <summary>Every cardinal word, for did-you-mean suggestions.</summary>
    public static readonly string[] CardinalWords = BuildCardinalWords();

    public static bool TryParseCardinal(string text, out int value) =>
        TryWhole(text, TryMatchCardinal, out value);

    public static bool TryParseOrdinal(string text, out int value) =>
        TryWhole(text, TryMatchOrdinal, out value);

    /// <summary>"once" = 1, "twice" = 2, "thrice" = 3.</summary>
    public static bool TryParseFrequency(string word, out int value)
    {
        value = word.ToUpperInvariant() switch
        {
            "ONCE" => 1,
            "TWICE" => 2,
            "THRICE" => 3,
            _ => 0,
        };
        return value != 0;
    }

    /// <summary>Reads a cardinal number at the cursor and moves past it; leaves the cursor alone on failure.</summary>
    internal static bool TryMatchCardinal(Cursor cursor, out int value)
    {
        var start = cursor.Position;
        if (TryMatchHundreds(cursor, out value))
        {
            // "a hundred and nine"; an "and" with no number after it is left to the caller,
            // for which it may be a separator.
            var beforeTail = cursor.Position;
            cursor.TryWord("and");
            if (TryMatchBelowHundred(cursor, out var tail) && tail > 0)
            {
                value += tail;
            }
            else
            {
                cursor.Position = beforeTail;
            }

            return true;
        }

        cursor.Position = start;
        return TryMatchBelowHundred(cursor, out value);
    }

    /// <summary>Reads an ordinal number word at the cursor and moves past it.</summary>
    internal static bool TryMatchOrdinal(Cursor cursor, out int value)
    {
        value = 0;
        if (cursor.AtEnd || !cursor.Current.IsWord)
        {
            return false;
        }

        var word = cursor.Current.Text;
        var unit = IndexOf(UnitOrdinals, word);
        if (unit >= 1)
        {
            value = unit;
            cursor.Advance();
            return true;
        }

        var tenOrdinal = IndexOf(TenOrdinals, word);
        if (tenOrdinal >= 2)
        {
            value = tenOrdinal * 10;
            cursor.Advance();
            return true;
        }

        if (string.Equals(word, "hundredth", StringComparison.OrdinalIgnoreCase))
        {
            value = 100;
            cursor.Advance();
            return true;
        }

        if ((cursor.IsWord("a") || cursor.IsWord("one")) && cursor.IsWord("hundredth", 1))
        {
            value = 100;
            cursor.Advance(2);
            return true;
        }

        var tens = IndexOf(Tens, word);
        if (tens >= 2)
        {
            var skip = cursor.IsJoinedHyphen(1) ? 2 : 1;
            if (cursor.Has(skip) && cursor.Peek(skip).IsWord)
            {
                var unitOrdinal = IndexOf(UnitOrdinals, cursor.Peek(skip).Text);
                if (unitOrdinal >= 1 && unitOrdinal <= 9)
                {
                    value = (tens * 10) + unitOrdinal;
                    cursor.Advance(skip + 1);
                    return true;
                }
            }
        }

        return false;
    }

    private static bool TryMatchHundreds(Cursor cursor, out int value)
    {
        value = 0;
        if (cursor.TryWord("hundred"))
        {
            value = 100;
            return true;
        }

        if (cursor.IsWord("a") && cursor.IsWord("hundred", 1))
        {
            cursor.Advance(2);
            value = 100;
            return true;
        }

        if (!cursor.AtEnd && cursor.Current.IsWord && cursor.IsWord("hundred", 1))
        {
            var multiplier = IndexOf(Units, cursor.Current.Text);
            if (multiplier >= 1 && multiplier <= 9)
            {
                cursor.Advance(2);
                value = multiplier * 100;
                return true;
            }
        }

        return false;
    }

    private static bool TryMatchBelowHundred(Cursor cursor, out int value)
    {
        value = 0;
        if (cursor.AtEnd || !cursor.Current.IsWord)
        {
            return false;
        }

        var word = cursor.Current.Text;
        var unit = IndexOf(Units, word);
        if (unit >= 0)
        {
            value = unit;
            cursor.Advance();
            return true;
        }

        var tens = IndexOf(Tens, word);
        if (tens < 2)
        {
            return false;
        }

        value = tens * 10;
        cursor.Advance();
        var skip = cursor.IsJoinedHyphen() ? 1 : 0;
        if (cursor.Has(skip) && cursor.Peek(skip).IsWord)
        {
            var trailing = IndexOf(Units, cursor.Peek(skip).Text);
            if (trailing >= 1 && trailing <= 9)
            {
                value += trailing;
                cursor.Advance(skip + 1);
            }
        }

        return true;
    }

    private static bool TryWhole(string text, MatchFunction match, out int value)
    {
        var tokens = Tokenizer.Tokenize(text ?? string.Empty);
        var cursor = Cursor.Over(tokens);
        if (match(cursor, out value) && cursor.AtEnd)
        {
            return true;
        }

        value = 0;
        return false;
    }

    private delegate bool MatchFunction(Cursor cursor, out int value);

    private static int IndexOf(string[] words, string word)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Length != 0 && string.Equals(words[i], word, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static string[] BuildOrdinalWords()
    {
        var words = new string[19 + 8 + 1];
        Array.Copy(UnitOrdinals, 1, words, 0, 19);
        Array.Copy(TenOrdinals, 2, words, 19, 8);
        words[27] = "hundredth";
        return words;
    }

    private static string[] BuildCardinalWords()
    {
        var words = new string[20 + 8 + 1];
        Array.Copy(Units, 0, words, 0, 20);
        Array.Copy(Tens, 2, words, 20, 8);
        words[28] = "hundred";
        return words;
    }
}
