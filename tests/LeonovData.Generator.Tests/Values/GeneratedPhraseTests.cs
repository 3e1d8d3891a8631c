namespace LeonovData.Generator.Tests.Values;

using System.Globalization;
using LeonovData.Generator.Values;
using NodaTime;
using DateInterval = LeonovData.Generator.Values.DateInterval;
using Xunit;

/// <summary>Generates thousands of valid phrases from an independent description of each grammar
/// and checks the exact value read, its round trip through v=, and that v= agrees with the text.</summary>
public sealed class GeneratedPhraseTests
{
    private const int Cases = 2000;

    private static readonly string[] Months =
    {
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    };

    private static readonly string[] Spaces = { " ", " ", " ", "\u00A0", "  ", "\n" };

    private static readonly (string Words, Comparator Comparator)[] HedgeTable =
    {
        ("", Comparator.Exact), ("about ", Comparator.Approximately), ("around ", Comparator.Approximately),
        ("almost ", Comparator.LessThan), ("nearly ", Comparator.LessThan), ("less than ", Comparator.LessThan),
        ("more than ", Comparator.GreaterThan), ("over ", Comparator.GreaterThan), ("at least ", Comparator.AtLeast),
        ("at most ", Comparator.AtMost), ("up to ", Comparator.AtMost),
    };

    [Fact]
    public void Generated_dates_read_exactly()
    {
        var random = new Random(1934_05_30);
        for (var i = 0; i < Cases; i++)
        {
            var (text, expected) = RandomDate(random);
            var value = Read.Text(ValueKind.Date, text);
            Assert.Equal(expected, value);
            RoundTrips(ValueKind.Date, text, value);
        }
    }

    [Fact]
    public void Generated_intervals_read_exactly()
    {
        var random = new Random(2002_12_18);
        for (var i = 0; i < Cases; i++)
        {
            var (startText, start) = RandomDate(random);
            var (endText, end) = RandomDate(random);
            if (end.IsCertainlyBefore(start))
            {
                (startText, start, endText, end) = (endText, end, startText, start);
            }

            var (text, expected) = random.Next(6) switch
            {
                0 => ($"{startText}\u2013{endText}", new DateInterval(start, end)),
                1 => ($"{startText} \u2013 {endText}", new DateInterval(start, end)),
                2 => ($"from {startText} to {endText}", new DateInterval(start, end)),
                3 => ($"since {startText}", new DateInterval(start, null)),
                4 => ($"from {startText}", new DateInterval(start, null)),
                _ => ($"until {endText}", new DateInterval(null, end)),
            };
            var value = Read.Text(ValueKind.Interval, text);
            Assert.Equal(expected, value);
            RoundTrips(ValueKind.Interval, text, value);
        }
    }

    [Fact]
    public void Generated_durations_read_exactly()
    {
        // Units from the largest to the smallest, with their ISO designators.
        var units = new (string Singular, char Designator, bool Time)[]
        {
            ("year", 'Y', false), ("month", 'M', false), ("day", 'D', false),
            ("hour", 'H', true), ("minute", 'M', true), ("second", 'S', true),
        };
        var random = new Random(1965_12);
        for (var i = 0; i < Cases; i++)
        {
            var (hedge, comparator) = HedgeTable[random.Next(HedgeTable.Length)];
            var phrases = new List<string>();
            var stated = new List<(int Amount, int Unit)>();
            var dateIso = string.Empty;
            var timeIso = string.Empty;
            var smallest = string.Empty;
            var hyphenated = random.Next(5) == 0;
            for (var u = 0; u < units.Length; u++)
            {
                var isLast = u == units.Length - 1 && phrases.Count == 0;
                if (!isLast && random.Next(3) != 0)
                {
                    continue;
                }

                var amount = random.Next(4) == 0 ? random.Next(0, 100) : random.Next(1, 5000);
                var number = amount < 100 && random.Next(2) == 0 ? Words(amount, random) : amount.ToString(CultureInfo.InvariantCulture);
                phrases.Add(hyphenated
                    ? number + "-" + units[u].Singular
                    : number + Space(random) + units[u].Singular + (amount == 1 && random.Next(2) == 0 ? string.Empty : "s"));
                // A stated zero only shows when it is the smallest unit, which carries the precision.
                stated.Add((amount, u));
                smallest = units[u].Singular;
                if (hyphenated)
                {
                    break;
                }
            }

            foreach (var (amount, u) in stated)
            {
                if (amount == 0 && u != stated[^1].Unit)
                {
                    continue;
                }

                var part = amount.ToString(CultureInfo.InvariantCulture) + units[u].Designator;
                if (units[u].Time)
                {
                    timeIso += part;
                }
                else
                {
                    dateIso += part;
                }
            }

            var text = hedge + Join(phrases, random);
            var expectedIso = "P" + dateIso + (timeIso.Length > 0 ? "T" + timeIso : string.Empty);
            var value = Assert.IsType<DurationValue>(Read.Text(ValueKind.Duration, text));
            Assert.True(expectedIso == value.Normalized, $"'{text}' gave {value.Normalized}, expected {expectedIso}");
            Assert.Equal(smallest, value.Precision);
            Assert.Equal(comparator, value.Comparator);
            RoundTrips(ValueKind.Duration, text, value);
        }
    }

    [Fact]
    public void Generated_lengths_read_exactly()
    {
        var units = new (string Symbol, string Singular, string Plural)[]
        {
            ("m", "metre", "metres"), ("m", "meter", "meters"), ("km", "kilometre", "kilometres"), ("km", "kilometer", "kilometers"),
            ("ft", "foot", "feet"), ("mi", "mile", "miles"), ("in", "inch", "inches"), ("yd", "yard", "yards"),
            ("cm", "centimetre", "centimetres"), ("mm", "millimetre", "millimetres"),
        };
        var random = new Random(310_500);
        for (var i = 0; i < Cases; i++)
        {
            var (hedge, comparator) = HedgeTable[random.Next(HedgeTable.Length)];
            var unit = units[random.Next(units.Length)];
            var scale = random.Next(4) == 0 ? random.Next(1, 4) : 0;
            var amount = random.Next(0, 100_000) / (decimal)Math.Pow(10, scale);
            var digits = amount.ToString("F" + scale, CultureInfo.InvariantCulture);
            var form = random.Next(3);
            var text = hedge + form switch
            {
                0 => digits + Space(random) + unit.Symbol,
                1 => digits + Space(random) + unit.Plural,
                _ => digits + "-" + unit.Singular,
            };
            var value = Assert.IsType<Quantity>(Read.Text(ValueKind.Length, text));
            Assert.Equal(new Quantity(amount, unit.Symbol, scale, comparator), value);
            Assert.Equal(digits + " " + unit.Symbol, value.Normalized);
            RoundTrips(ValueKind.Length, text, value);
        }
    }

    [Fact]
    public void Generated_number_words_read_exactly()
    {
        var random = new Random(85);
        for (var n = 0; n < 100; n++)
        {
            var text = Words(n, random);
            Assert.True(NumberWords.TryParseCardinal(text, out var parsed), text);
            Assert.Equal(n, parsed);
            Assert.Equal(new IntegerValue(ValueKind.Count, n, Comparator.Exact), Read.Text(ValueKind.Count, text));
            if (n <= 150)
            {
                Assert.Equal(new IntegerValue(ValueKind.Age, n, Comparator.Exact), Read.Text(ValueKind.Age, "aged " + text));
            }
        }
    }

    private static void RoundTrips(ValueKind kind, string text, Value value)
    {
        var fromV = ValueParser.ReadNormalized(kind, value.Normalized, out var error);
        Assert.True(fromV is not null, $"'{text}' → {value.Normalized}: {error}");
        Assert.Equal(value.Normalized, fromV!.Normalized);
        Assert.True(ValueParser.Agrees(value, fromV), $"'{text}' does not agree with v={value.Normalized}");
    }

    private static (string Text, PartialDate Date) RandomDate(Random random)
    {
        var year = random.Next(1000, 3000);
        var month = random.Next(1, 13);
        var day = random.Next(1, CalendarSystem.Iso.GetDaysInMonth(year, month) + 1);
        var name = Case(Months[month - 1], random);
        var shortName = Case(Months[month - 1][..3], random) + (random.Next(2) == 0 ? "." : string.Empty);
        var s = Space(random);
        return random.Next(9) switch
        {
            0 => ($"{day}{s}{name}{s}{year}", new PartialDate(year, month, day)),
            1 => ($"{name}{s}{day},{s}{year}", new PartialDate(year, month, day)),
            2 => ($"{day}{Suffix(day)}{s}{name},{s}{year}", new PartialDate(year, month, day)),
            3 => ($"{shortName}{s}{day},{s}{year}", new PartialDate(year, month, day)),
            4 => ($"{year:D4}-{month:D2}-{day:D2}", new PartialDate(year, month, day)),
            5 => ($"{new LocalDate(year, month, day).DayOfWeek}, {day} {name} {year}", new PartialDate(year, month, day)),
            6 => ($"{name}{s}{year}", new PartialDate(year, month, null)),
            7 => ($"{shortName}{s}{year}", new PartialDate(year, month, null)),
            _ => ($"{year}", new PartialDate(year, null, null)),
        };
    }

    private static string Suffix(int day) => (day % 100) switch
    {
        11 or 12 or 13 => "th",
        _ => (day % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" },
    };

    // An independent rendering of 0–99 in words, for the grammar to read back.
    private static string Words(int n, Random random)
    {
        string[] small =
        {
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        };
        string[] tens = { "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };
        var text = n < 20 ? small[n] : tens[n / 10] + (n % 10 == 0 ? string.Empty : (random.Next(2) == 0 ? "-" : " ") + small[n % 10]);
        return Case(text, random);
    }

    private static string Case(string text, Random random) => random.Next(4) switch
    {
        0 => text.ToUpperInvariant(),
        1 => text.ToLowerInvariant(),
        _ => char.ToUpperInvariant(text[0]) + text[1..],
    };

    private static string Space(Random random) => Spaces[random.Next(Spaces.Length)];

    private static string Join(List<string> phrases, Random random)
    {
        var text = phrases[0];
        for (var i = 1; i < phrases.Count; i++)
        {
            text += (i == phrases.Count - 1 ? (random.Next(2) == 0 ? " and " : ", and ") : ", ") + phrases[i];
        }

        return text;
    }
}
