namespace LeonovData.Generator.Tests.Values;

using LeonovData.Generator.Values;
using NodaTime;
using NodaTime.Text;
using Xunit;

/// <summary>.datetime: a time of day with its zone and a date, in either order, normalised to UTC
/// at the precision of the time. NodaTime is the oracle for the zone arithmetic.</summary>
public sealed class InstantTests
{
    [Theory]
    [InlineData("20:17 UTC on July 20, 1969", "1969-07-20T20:17Z", "minute")]
    [InlineData("20:17:40 UTC on July 20, 1969", "1969-07-20T20:17:40Z", "second")]
    [InlineData("10:56 p.m. EDT on July 20, 1969", "1969-07-21T02:56Z", "minute")]
    [InlineData("10:56 pm EDT, July 20, 1969", "1969-07-21T02:56Z", "minute")]
    [InlineData("10:56 P.M. EDT, July 20, 1969", "1969-07-21T02:56Z", "minute")]
    [InlineData("9:32 a.m. EDT on July 16, 1969", "1969-07-16T13:32Z", "minute")]
    [InlineData("12:01 a.m. EDT on July 16, 1969", "1969-07-16T04:01Z", "minute")]
    [InlineData("12:30 p.m. UTC on July 16, 1969", "1969-07-16T12:30Z", "minute")]
    [InlineData("9 a.m. EST on 1 January 1970", "1970-01-01T14Z", "hour")]
    [InlineData("July 20, 1969, at 20:17 UTC", "1969-07-20T20:17Z", "minute")]
    [InlineData("20 July 1969 20:17 UTC", "1969-07-20T20:17Z", "minute")]
    [InlineData("July 24, 1969, at 16:50:35 UTC", "1969-07-24T16:50:35Z", "second")]
    [InlineData("21:00 MSK on 12 April 1961", "1961-04-12T18:00Z", "minute")]
    [InlineData("09:07 UTC+3 on 12 April 1961", "1961-04-12T06:07Z", "minute")]
    [InlineData("09:07 +03:00 on 12 April 1961", "1961-04-12T06:07Z", "minute")]
    [InlineData("23:30 GMT-05:30, 31 December 1999", "2000-01-01T05:00Z", "minute")]
    [InlineData("20:17 UTC on 07/20/1969", "1969-07-20T20:17Z", "minute", "mdy")]
    public void Reads_surface_forms(string text, string normalized, string precision, string order = "")
    {
        DateOrders.TryParse(order, out var dates);
        var value = Assert.IsType<InstantValue>(ValueParser.ReadText(ValueKind.Datetime, text, dates).Value);
        Assert.Equal((normalized, precision), (value.Normalized, value.Precision));
    }

    [Theory]
    [InlineData("20:17 on July 20, 1969", "has no zone", "v=1969-07-20T20:17Z")]
    [InlineData("20:17 Houston time on July 20, 1969", "'Houston' is not a time zone")]
    [InlineData("20:17 IST on July 20, 1969", "'IST' is not a time zone")]
    [InlineData("July 20, 1969", "there is no time of day, only a date", ".date")]
    [InlineData("20:17 UTC", "there is no date with the time")]
    [InlineData("20:17 UTC on July 1969", "a time needs its day")]
    [InlineData("25:17 UTC on July 20, 1969", "not a time of day")]
    [InlineData("20:7 UTC on July 20, 1969", "minutes", "two digits")]
    [InlineData("13:56 p.m. EDT on July 20, 1969", "a.m. and p.m. take hours 1 to 12")]
    [InlineData("20:17 UTC on Jluy 20, 1969", "did you mean 'July'?")]
    [InlineData("20:17 UTC+15 on July 20, 1969", "at most 14 hours")]
    [InlineData("noon", "there is no time of day")]
    public void Rejects_near_misses(string text, params string[] fragments) =>
        Read.Contains(Read.Error(ValueKind.Datetime, text), fragments);

    [Theory]
    [InlineData("1969-07-20T20:17Z", "1969-07-20T20:17Z", "minute")]
    [InlineData("1969-07-20T20:17:40Z", "1969-07-20T20:17:40Z", "second")]
    [InlineData("1969-07-20T20Z", "1969-07-20T20Z", "hour")]
    [InlineData("1969-07-20T22:56-04:00", "1969-07-21T02:56Z", "minute")]
    public void Reads_the_v_form(string v, string normalized, string precision)
    {
        var value = Read.Normalized(ValueKind.Datetime, v);
        Assert.Equal((normalized, precision), (value.Normalized, value.Precision));
    }

    [Theory]
    [InlineData("1969-07-20T20:17", "has no zone")]
    [InlineData("1969-07-20", "is not an ISO 8601 date and time")]
    [InlineData("1969-07-32T20:17Z", "not a day of July")]
    [InlineData("1969-07-20T24:00Z", "not a time of day")]
    public void Rejects_malformed_v_forms(string v, string fragment) =>
        Read.Contains(Read.NormalizedError(ValueKind.Datetime, v), fragment);

    [Theory]
    [InlineData("10:56 p.m. EDT on July 20, 1969", "1969-07-21T02:56:15Z", true)]
    [InlineData("10:56 p.m. EDT on July 20, 1969", "1969-07-21T02:57Z", false)]
    [InlineData("10:56 p.m. EDT on July 20, 1969", "1969-07-21T02Z", false)] // v= less precise than the text
    public void V_agrees_when_it_is_the_same_instant_at_least_as_precisely(string text, string v, bool agrees) =>
        Assert.Equal(agrees, ValueParser.Agrees(Read.Text(ValueKind.Datetime, text), Read.Normalized(ValueKind.Datetime, v)));

    [Fact]
    public void Offsets_agree_with_NodaTime()
    {
        // Every quarter-hour offset from -12:00 to +14:00 at times around midnight and the turn of a month.
        var pattern = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<+HH:mm>");
        foreach (var local in new[] { new LocalDateTime(1969, 7, 20, 22, 56), new LocalDateTime(1969, 12, 31, 23, 45), new LocalDateTime(2000, 3, 1, 0, 15) })
        {
            for (var minutes = -12 * 60; minutes <= 14 * 60; minutes += 15)
            {
                var offset = Offset.FromSeconds(minutes * 60);
                var text = pattern.Format(new OffsetDateTime(local, offset));
                var expected = local.WithOffset(offset).ToInstant().ToString("uuuu'-'MM'-'dd'T'HH':'mm'Z'", null);
                Assert.Equal(expected, Read.Normalized(ValueKind.Datetime, text).Normalized);
            }
        }
    }
}
