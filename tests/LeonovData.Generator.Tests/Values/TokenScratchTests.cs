namespace LeonovData.Generator.Tests.Values;

using System.Collections.Generic;
using System.Linq;
using LeonovData.Generator.Values;
using Xunit;

/// <summary>
/// Readings borrow their token lists and cursors from the thread (<see cref="TokenScratch"/>): what
/// a reading returns must not depend on what the thread read before, nested readings must not take
/// each other's lists, and nothing lent may outlive its reading.
/// </summary>
public sealed class TokenScratchTests
{
    // Every kind, texts that read and texts that fail, some nesting (a date-time reads its date, a
    // range its ends, a duration its number words).
    private static readonly (ValueKind Kind, string Text)[] s_texts =
    {
        (ValueKind.Date, "July 20, 1969"),
        (ValueKind.Date, "c. March 1950"),
        (ValueKind.Date, "Jluy 20, 1969"),
        (ValueKind.Date, "before 1950"),
        (ValueKind.Interval, "March 18\u201320, 1965"),
        (ValueKind.Interval, "from 1965 to"),
        (ValueKind.Duration, "two and a half hours"),
        (ValueKind.Duration, "12 minutes and 9 hours"),
        (ValueKind.Length, "almost 500 kilometres"),
        (ValueKind.Length, "4.8 parsecs"),
        (ValueKind.Datetime, "20:17 UTC on July 20, 1969"),
        (ValueKind.Datetime, "July 20, 1969, 20:77 UTC"),
        (ValueKind.Age, "at the age of 85"),
        (ValueKind.Count, "twenty-one"),
        (ValueKind.Ordinal, "the 3rd"),
        (ValueKind.Name, "Alexei Leonov"),
    };

    [Fact]
    public void A_reading_gives_the_same_result_whatever_the_thread_read_before()
    {
        var first = s_texts.Select(static t => Describe(ValueParser.ReadText(t.Kind, t.Text))).ToList();

        // Again, in reverse order, then forwards: every list and cursor is now a lent one, last used by another text.
        var reversed = s_texts.Reverse().Select(static t => Describe(ValueParser.ReadText(t.Kind, t.Text))).Reverse().ToList();
        var again = s_texts.Select(static t => Describe(ValueParser.ReadText(t.Kind, t.Text))).ToList();

        Assert.Equal(first, reversed);
        Assert.Equal(first, again);
    }

    [Fact]
    public void Normalised_values_read_alike_after_other_readings()
    {
        var first = ValueParser.ReadNormalized(ValueKind.Length, "4.8 m", out var error);
        Assert.Null(error);
        foreach (var (kind, text) in s_texts)
        {
            ValueParser.ReadText(kind, text);
        }

        var again = ValueParser.ReadNormalized(ValueKind.Length, "4.8 m", out error);
        Assert.Null(error);
        Assert.Equal(first!.Normalized, again!.Normalized);
    }

    [Fact]
    public void Nested_readings_lend_distinct_lists_and_take_back_only_their_own()
    {
        using (TokenScratch.Begin())
        {
            var outer = Tokenizer.Tokenize("18 March 1965");
            var outerCursor = Cursor.Over(outer);
            List<Token> inner;
            using (TokenScratch.Begin())
            {
                inner = Tokenizer.Tokenize("12 minutes");
                Assert.NotSame(outer, inner);
                Assert.Equal("18|March|1965", string.Join("|", outer.Select(static t => t.Text)));
            }

            // The inner reading's list is lent again; the outer one's is still its own.
            var next = Tokenizer.Tokenize("4.8 m");
            Assert.Same(inner, next);
            Assert.NotSame(outer, next);
            Assert.Equal("18|March|1965", string.Join("|", outer.Select(static t => t.Text)));
            Assert.Equal("March", outerCursor.Peek(1).Text);
        }
    }

    [Fact]
    public void Outside_a_reading_every_list_and_cursor_is_new()
    {
        var one = Tokenizer.Tokenize("18 March 1965");
        var two = Tokenizer.Tokenize("18 March 1965");
        Assert.NotSame(one, two);
        Assert.NotSame(Cursor.Over(one), Cursor.Over(one));
    }

    [Fact]
    public void A_kept_list_is_never_lent()
    {
        List<Token> kept;
        using (TokenScratch.Begin())
        {
            kept = Tokenizer.TokenizeToKeep("kilometres per hour");
            Tokenizer.Tokenize("12 minutes");
        }

        using (TokenScratch.Begin())
        {
            Assert.NotSame(kept, Tokenizer.Tokenize("4.8 m"));
        }

        Assert.Equal("kilometres|per|hour", string.Join("|", kept.Select(static t => t.Text)));
    }

    [Fact]
    public void A_text_of_tokens_is_the_same_whether_or_not_it_needs_a_copy()
    {
        var cursor = new Cursor(Tokenizer.Tokenize("twenty-one  hundred km"));
        Assert.Equal("twenty", cursor.TextOf(0, 1));
        Assert.Equal("twenty-one hundred", cursor.TextOf(0, 4));
        Assert.Equal("hundred km", cursor.TextOf(3, 9));
        Assert.Equal(string.Empty, cursor.TextOf(2, 2));
        Assert.Equal(string.Empty, cursor.TextOf(3, 1));
    }

    private static string Describe(TextReading reading) =>
        reading.Value is { } value ? "value " + value.Normalized : reading.Error ?? (reading.IsRelative ? "relative" : "weekday");
}
