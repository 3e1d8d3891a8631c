using System;
using System.Collections.Generic;
using System.Text;

namespace LeonovData.Generator.Values;

/// <summary>A position in a range of tokens; every look-ahead is bounds-checked so grammars never throw.</summary>
internal sealed class Cursor
{
    private List<Token> tokens;

    public Cursor(List<Token> tokens, int start, int end)
    {
        this.tokens = tokens;
        Position = start;
        End = end;
    }

    public Cursor(List<Token> tokens)
        : this(tokens, 0, tokens.Count)
    {
    }

    /// <summary>A cursor over all of <paramref name="tokens"/>, lent by <see cref="TokenScratch"/> during a reading.</summary>
    public static Cursor Over(List<Token> tokens) => TokenScratch.Cursor(tokens, 0, tokens.Count);

    /// <summary>A cursor over tokens [<paramref name="start"/>, <paramref name="end"/>), lent by <see cref="TokenScratch"/> during a reading.</summary>
    public static Cursor Over(List<Token> tokens, int start, int end) => TokenScratch.Cursor(tokens, start, end);

    public int Position { get; set; }

    public int End { get; private set; }

    /// <summary>Points a lent cursor at other tokens (<see cref="TokenScratch"/>).</summary>
    internal void Reset(List<Token> tokens, int start, int end)
    {
        this.tokens = tokens;
        Position = start;
        End = end;
    }

    public bool AtEnd => Position >= End;

    /// <summary>The current token; only valid when not <see cref="AtEnd"/>.</summary>
    public Token Current => tokens[Position];

    public bool Has(int ahead) => Position + ahead < End && Position + ahead >= 0;

    public Token Peek(int ahead) => tokens[Position + ahead];

    public Token Previous => tokens[Position - 1];

    public void Advance(int count = 1) => Position += count;

    public bool IsWord(string word, int ahead = 0) => Has(ahead) && tokens[Position + ahead].IsWordOf(word);

    public bool TryWord(string word)
    {
        if (!IsWord(word))
        {
            return false;
        }

        Position++;
        return true;
    }

    public bool IsSymbol(char symbol, int ahead = 0) => Has(ahead) && tokens[Position + ahead].IsSymbol(symbol);

    public bool TrySymbol(char symbol)
    {
        if (!IsSymbol(symbol))
        {
            return false;
        }

        Position++;
        return true;
    }

    /// <summary>The text of tokens [from, to) as written, with one space where there was any
    /// ("twenty-one", "a hundred"), for quoting in messages.</summary>
    public string TextOf(int from, int to)
    {
        to = Math.Min(to, tokens.Count);
        if (to - from <= 1)
        {
            // Most amounts are one token ("12"): its own text, no copy.
            return to > from ? tokens[from].Text : string.Empty;
        }

        var builder = s_builder ??= new StringBuilder();
        builder.Clear();
        for (var i = from; i < to; i++)
        {
            if (i > from && tokens[i].SpaceBefore)
            {
                builder.Append(' ');
            }

            builder.Append(tokens[i].Text);
        }

        return builder.ToString();
    }

    // One per thread: a text of tokens is a few words long (a value's text is at most 200 characters).
    [ThreadStatic]
    private static StringBuilder? s_builder;

    /// <summary>A hyphen with no space on either side, followed by a token ("12-minute", "twenty-one").</summary>
    public bool IsJoinedHyphen(int ahead = 0) =>
        Has(ahead + 1)
        && tokens[Position + ahead].IsHyphen
        && !tokens[Position + ahead].SpaceBefore
        && !tokens[Position + ahead + 1].SpaceBefore;
}
