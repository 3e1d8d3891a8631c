namespace LeonovData.Generator.Tests.Checks;

using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>Checks the schema declares: the order of two dates of one subject (after=, LEO0309)
/// and plausible ranges (min=, max=, LEO0310); and the schema errors of those keys.</summary>
public sealed class DeclaredCheckTests
{
    private const string Schema = """
        {.entity #mission}
        {.entity #person}
        {.property #launched of=mission type=datetime}
        {.property #landed of=mission type=datetime after=launched}
        {.property #returned of=mission type=date after=launched}
        {.property #announced of=mission type=date}
        {.property #recovered of=mission type=date after=announced}
        {.property #duration of=mission type=duration min=PT1S max=P1Y}
        {.property #crew-size of=mission type=count min=1 max=10}
        {.property #mass of=mission type=mass min="0 kg"}
        {.property #peak of=mission type=temperature max="1000 °C"}
        {.property #age of=person type=age max=120}
        """;

    private static CorpusOutcome Run(string body) =>
        CorpusPipeline.Run(Schema, ("/corpus/a.leo", "{#a .source subject=apollo}\n[Apollo]{.mission #apollo} [Neil]{.person #neil}\n" + body));

    [Theory]
    [InlineData("[13:32 UTC on July 16, 1969]{.datetime p=launched} [16:50 UTC on July 24, 1969]{.datetime p=landed}")]
    [InlineData("[13:32 UTC on July 16, 1969]{.datetime p=launched} [July 24, 1969]{.date p=returned}")]
    [InlineData("[13:32 UTC on July 16, 1969]{.datetime p=launched} [July 16, 1969]{.date p=returned}")] // the same day is not before
    [InlineData("[1969]{.date p=announced} [July 1969]{.date p=recovered}")] // "1969" may be any day of it
    [InlineData("[eight days]{.duration p=duration} [three]{.count p=crew-size} [47 pounds]{.mass p=mass} [250 °F]{.temperature p=peak}")]
    [InlineData("[85]{.age of=neil p=age}")]
    public void Values_in_order_and_in_range_pass(string body) =>
        CorpusAssert.None(Run(body).Diagnostics);

    [Theory]
    [InlineData("[13:32 UTC on July 16, 1969]{.datetime p=launched} [16:50 UTC on July 14, 1969]{.datetime p=landed}", "LEO0309@3:52", "apollo.landed is 1969-07-14T16:50Z, before its launched (1969-07-16T13:32Z) at a.leo(3,1)")]
    [InlineData("[13:32 UTC on July 16, 1969]{.datetime p=launched} [July 14, 1969]{.date p=returned}", "LEO0309@3:52", "apollo.returned is 1969-07-14, before its launched")]
    [InlineData("[1970]{.date p=announced} [July 1969]{.date p=recovered}", "LEO0309@3:27", "the schema says recovered comes after announced")]
    [InlineData("[0 seconds]{.duration p=duration}", "LEO0310@3:1", "apollo.duration is PT0S, below the schema's min=PT1S")]
    [InlineData("[two years]{.duration p=duration}", "LEO0310@3:1", "above the schema's max=P1Y")]
    [InlineData("[zero]{.count p=crew-size}", "LEO0310@3:1", "below the schema's min=1")]
    [InlineData("[2,000 °C]{.temperature p=peak}", "LEO0310@3:1", "apollo.peak is 2000 °C, above the schema's max=1000 °C")]
    [InlineData("[125]{.age of=neil p=age}", "LEO0310@3:1", "neil.age is 125, above the schema's max=120")]
    public void Values_out_of_order_or_range_are_errors_naming_both_sides(string body, string expected, string message)
    {
        var outcome = Run(body);

        CorpusAssert.Exactly(expected, outcome.Diagnostics);
        Assert.Contains(message, CorpusAssert.Message(outcome.Diagnostics[0]));
    }

    [Fact]
    public void The_other_date_is_an_additional_location()
    {
        var outcome = Run("[13:32 UTC on July 16, 1969]{.datetime p=launched} [July 14, 1969]{.date p=returned}");

        var other = Assert.Single(outcome.Diagnostics[0].AdditionalLocations);
        Assert.Equal((2, 0), (other.StartLine, other.StartColumn));
    }

    [Fact]
    public void A_deprecated_statement_is_not_checked()
    {
        CorpusAssert.None(Run("[13:32 UTC on July 16, 1969]{.datetime p=launched} [July 14, 1969]{.date p=returned rank=deprecated why=\"a misprint\"} [July 24, 1969]{.date p=returned rank=preferred why=\"NASA\"}").Diagnostics);
    }

    [Theory]
    [InlineData("{.property #a of=mission type=date after=launchd}", "after=launchd names no property of mission; did you mean 'launched'?")]
    [InlineData("{.property #a of=mission type=count after=launched}", "after=launched orders dates")]
    [InlineData("{.property #a of=mission type=date after=crew-size}", "after=crew-size orders dates")]
    [InlineData("{.property #a of=mission type=name min=1}", "min= sets a plausible range of an amount or a date, not of a name")]
    [InlineData("{.property #a of=mission type=mass min=0}", "min=0 is not a mass in v='s form")]
    [InlineData("{.property #a of=mission type=mass min=\"0 m\"}", "'m' is a unit of length, not of mass")]
    [InlineData("{.property #a of=mission type=count mx=3}", "'mx' is not a key of .property; did you mean 'max'?")]
    public void Schema_errors_of_the_check_keys(string declaration, string message)
    {
        var outcome = CorpusPipeline.Run(Schema + "\n" + declaration, ("/corpus/a.leo", "{#a .source}\nText."));

        var diagnostic = Assert.Single(outcome.Diagnostics);
        Assert.Equal("LEO0101", diagnostic.Id);
        Assert.Contains(message, CorpusAssert.Message(diagnostic));
    }
}
