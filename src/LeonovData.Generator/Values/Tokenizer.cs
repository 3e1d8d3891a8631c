using System.Collections.Generic;
using LeonovData.Generator.Model;

namespace LeonovData.Generator.Values;

/// <summary>Splits a covered text into words, numbers and single-character symbols in one linear pass.</summary>
/// <remarks>Only ASCII digits make numbers: other scripts' digits are symbols, so the grammars
/// reject them rather than guess. Every Unicode space (U+00A0 too) separates tokens.</remarks>
internal static class Tokenizer
{
    /// <summary>The tokens of <paramref name="text"/>, in a list lent by <see cref="TokenScratch"/>
    /// during a reading: use them within it, keep none of it.</summary>
    public static List<Token> Tokenize(string text) => Fill(TokenScratch.List(Count(text)), text);

    /// <summary>The tokens of <paramref name="text"/> in a list of their own, for tables that keep them.</summary>
    public static List<Token> TokenizeToKeep(string text) => Fill(new List<Token>(Count(text)), text);

    private static List<Token> Fill(List<Token> tokens, string text)
    {
        var spaceBefore = false;
        var i = 0;
        while (i < text.Length)
        {
            var ch = text[i];
            if (char.IsWhiteSpace(ch))
            {
                spaceBefore = true;
                i++;
                continue;
            }

            var start = i;
            if (IsDigit(ch))
            {
                i = ReadNumber(text, i, out var grouped, out var fractionDigits);
                tokens.Add(new Token(TokenKind.Number, RecentText.Get(text, start, i - start), spaceBefore, grouped, fractionDigits));
            }
            else if (char.IsLetter(ch))
            {
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Word, RecentText.Get(text, start, i - start), spaceBefore, false, 0));
            }
            else
            {
                i++;
                tokens.Add(new Token(TokenKind.Symbol, Symbol(ch), spaceBefore, false, 0));
            }

            spaceBefore = false;
        }

        return tokens;
    }

    public static bool IsDigit(char ch) => ch >= '0' && ch <= '9';

    /// <summary>How many tokens <see cref="Tokenize"/> makes of <paramref name="text"/>, at most (a
    /// number's grouping and fraction only join what is counted apart here): a new list is sized
    /// once, since growing it from four made more garbage than the tokens themselves.</summary>
    private static int Count(string text)
    {
        var count = 0;
        var previous = TokenKind.Symbol;
        var inToken = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch))
            {
                inToken = false;
                continue;
            }

            var kind = IsDigit(ch) ? TokenKind.Number : char.IsLetter(ch) ? TokenKind.Word : TokenKind.Symbol;
            if (!inToken || kind != previous || kind == TokenKind.Symbol)
            {
                count++;
            }

            previous = kind;
            inToken = true;
        }

        return count;
    }

    /// <summary>A symbol's text: the printable ASCII ones from a table made once, as string literals are.</summary>
    private static string Symbol(char ch) => ch < s_ascii.Length ? s_ascii[ch] : ch.ToString();

    private static readonly string[] s_ascii = AsciiStrings();

    private static string[] AsciiStrings()
    {
        var strings = new string[128];
        for (var c = 0; c < strings.Length; c++)
        {
            strings[c] = ((char)c).ToString();
        }

        return strings;
    }

    private static int ReadNumber(string text, int i, out bool grouped, out int fractionDigits)
    {
        var start = i;
        while (i < text.Length && IsDigit(text[i]))
        {
            i++;
        }

        // "1,000" groups only when the lead has 1–3 digits and each group exactly three, so that
        // "March 18,1965" stays a day, a comma and a year.
        grouped = false;
        if (i - start <= 3)
        {
            while (i + 3 < text.Length && text[i] == ',' && IsDigit(text[i + 1]) && IsDigit(text[i + 2]) && IsDigit(text[i + 3])
                   && (i + 4 >= text.Length || !IsDigit(text[i + 4])))
            {
                i += 4;
                grouped = true;
            }
        }

        fractionDigits = 0;
        if (i + 1 < text.Length && text[i] == '.' && IsDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && IsDigit(text[i]))
            {
                i++;
                fractionDigits++;
            }
        }

        return i;
    }

    /// <summary>
    /// The words and numbers tokenized lately on this thread, one string each: a corpus's values repeat
    /// the same few ("July", "1969", "km"), and a string cut for every token was a fifth of the strings
    /// binding made. A fixed table of short strings, each slot overwritten by the next text that hashes
    /// to it, so it holds a few kilobytes whatever the compiler server runs; tokens compare by content,
    /// so which string a token gets changes nothing.
    /// </summary>
    private static class RecentText
    {
        [System.ThreadStatic]
        private static RecentStrings? s_recent;

        public static string Get(string text, int start, int length) => (s_recent ??= new RecentStrings(512, 16)).Get(text, start, length);
    }
}
