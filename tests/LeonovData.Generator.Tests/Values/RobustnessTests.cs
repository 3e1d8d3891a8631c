namespace LeonovData.Generator.Tests.Values;

using System.Text;
using LeonovData.Generator.Values;
using Xunit;

/// <summary>The grammars run inside the compiler: whatever the text, they answer (a value or an error, never an exception), and
/// what they accept survives a round trip through its normalised form.</summary>
public sealed class RobustnessTests
{
    private static readonly string[] Fragments =
    {
        "18", "1965", "March", "Marhc", "Oct", ".", ",", "-", "\u2013", "\u2014", "/", "..", " ", "\u00A0", "\n", "\t",
        "12", "minutes", "minute", "and", "nine", "seconds", "twenty", "hundred", "a", "an", "about", "almost", "less", "than",
        "4.8", "m", "metre", "km", "ft", "feet", "miles", "1,000", "999999999999999999999999999999", "0", "th", "st", "class",
        "III", "degree", "aged", "at", "the", "age", "of", "from", "to", "since", "until", "between", "Friday", "next", "day",
        "P", "T", "Y", "M", "D", "H", "S", "W", "twice", "two", "time", "times", "year", "old", "\u0000", "\u0001", "\uD800",
        "\uDC00", "\u200B", "\u0663", "é", "😀", "'", "\"", "[", "]", "{", "}", "\\", "%", "e", "E", "+", "29", "February", "2000",

        // Whole phrases, so that random combinations are sometimes valid and exercise the round trip.
        "since 2015", "1976\u20131982", "from 1976 to 1982", "18 March 1965", "12 minutes", "4.8 m", "aged 85", "III degree",
        "twice", "July 1975", "PT12M9S", "1976/1982", "almost 500 kilometres", "eleventh",

        // The forms of issue 8: fractions, measures, instants, approximate and numeric dates.
        "2½ hours", "two and a half", "a quarter of an hour", "½", "c. 1950", "circa", "7/24/1969", "20th of July",
        "47 pounds", "21.3 kg", "kg", "lb", "25,000 miles per hour", "km/h", "per", "hour", "1,500 square feet", "m²", "ha",
        "5 litres", "L", "gal", "-40 °C", "°", "C", "F", "250 degrees Fahrenheit", "K", "minus",
        "20:17 UTC on July 20, 1969", "10:56 p.m. EDT", ":", "p.m.", "UTC", "EDT", "GMT+3", "1969-07-20T20:17Z",
    };

    // The enum is internal, so xunit receives it boxed.
    public static IEnumerable<object[]> Kinds() => Enum.GetValues<ValueKind>().Select(kind => new object[] { kind });

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Random_and_garbage_text_never_throws_and_keeps_the_reading_contract(object boxedKind)
    {
        var kind = (ValueKind)boxedKind;
        var random = new Random(19650318 + (int)kind);
        var accepted = 0;
        for (var i = 0; i < 3000; i++)
        {
            var text = i % 2 == 0 ? RandomFragments(random) : RandomCharacters(random);
            if (Check(kind, text))
            {
                accepted++;
            }
        }

        // The fragment generator must hit the grammar sometimes, or the round-trip checks test nothing.
        Assert.True(kind == ValueKind.Name || accepted > 0, $"no random {kind} text was accepted");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Hostile_inputs_are_errors_not_exceptions(object boxedKind)
    {
        var kind = (ValueKind)boxedKind;
        var hostile = new[]
        {
            string.Empty,
            new string('9', 100_000),
            new string(' ', 100_000),
            string.Concat(Enumerable.Repeat("18 March 1965 ", 7_000)),
            string.Concat(Enumerable.Repeat("twenty-", 10_000)),
            string.Concat(Enumerable.Repeat("1,000", 20_000)),
            string.Concat(Enumerable.Repeat("a hundred and ", 7_000)),
            "99999999999999999999 minutes",
            "99999999999999999999999999999999999999 km",
            "P99999999999999999999Y",
            "\u0000\u0001\u0002\u001F\u007F",
            "\uD800\uDC00\uD800",
            new string('\u2013', 1000),
        };
        // Each reading must end in a value or an error. How long it takes is the benchmarks' business
        // (no timing in a unit test: a loaded CI machine once took 2.7 s over a 2 s limit here).
        foreach (var text in hostile)
        {
            Check(kind, text);
        }
    }

    /// <summary>Reads <paramref name="text"/> both ways; returns whether the covered-text reading succeeded.</summary>
    private static bool Check(ValueKind kind, string text)
    {
        var reading = ValueParser.ReadText(kind, text);
        var outcomes = (reading.Value is not null ? 1 : 0) + (reading.Weekday is not null ? 1 : 0)
            + (reading.IsRelative ? 1 : 0) + (reading.Error is not null ? 1 : 0);
        Assert.True(outcomes == 1, $"{kind} '{text}' gave {reading}");
        Assert.NotEqual(ValueParser.InternalError, reading.Error);

        var fromV = ValueParser.ReadNormalized(kind, text, out var error);
        Assert.True((fromV is null) != (error is null), $"{kind} v={text}: value {fromV}, error {error}");
        Assert.NotEqual(ValueParser.InternalError, error);

        if (reading.Value is not { } value)
        {
            return false;
        }

        // What the text says must be expressible as v=, and that v= must agree with the text.
        var expectedKind = kind == ValueKind.Date ? ValueKind.Date : kind;
        Assert.Equal(expectedKind, value.Kind);
        var normalized = ValueParser.ReadNormalized(kind, value.Normalized, out var roundTripError);
        Assert.True(normalized is not null, $"{kind} '{text}' normalised to '{value.Normalized}' which does not read back: {roundTripError}");
        Assert.Equal(value.Normalized, normalized!.Normalized);
        Assert.Equal(value.Precision, normalized.Precision);
        Assert.True(ValueParser.Agrees(value, normalized), $"{kind} '{text}' does not agree with its own v={value.Normalized}");
        return true;
    }

    private static string RandomFragments(Random random)
    {
        var builder = new StringBuilder();
        var count = random.Next(0, 7);
        for (var i = 0; i < count; i++)
        {
            builder.Append(Fragments[random.Next(Fragments.Length)]);
            if (random.Next(3) > 0)
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }

    private static string RandomCharacters(Random random)
    {
        var chars = new char[random.Next(0, 40)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = random.Next(4) switch
            {
                0 => (char)random.Next(0, 0x80),
                1 => (char)random.Next('0', '9' + 1),
                2 => " -.,/\u2013\u00A0"[random.Next(7)],
                _ => (char)random.Next(0, 0x10000),
            };
        }

        return new string(chars);
    }
}
