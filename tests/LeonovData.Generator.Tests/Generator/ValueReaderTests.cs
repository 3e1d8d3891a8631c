namespace LeonovData.Generator.Tests.Generator;

using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>
/// A single value of one of the runtime's value types is read through the entity's reader of that
/// type (<c>PartialDateOf(slot, "launched")</c>, EntityValues.cs), not lifted from its fact: one
/// property of each type, each read as its value and as its fact in either order, the value always
/// the fact's and the fact always the same object; a property that has a fact type of its own still
/// reads through its fact, and a property named like a reader gives way to it.
/// </summary>
public sealed class ValueReaderTests
{
    private const string Schema = """
        {.entity #craft type=Craft plural=Crafts doc="A spacecraft."}

        {.qualifier #role type=name doc="As what."}

        {.property #launched of=craft type=date qualifiers="" doc="Launch day."}
        {.property #service of=craft type=interval qualifiers="" doc="Years in service."}
        {.property #flight-time of=craft type=duration qualifiers="" doc="How long it flew."}
        {.property #height of=craft type=length qualifiers="" doc="How tall."}
        {.property #launch-mass of=craft type=mass qualifiers="" doc="How heavy."}
        {.property #top-speed of=craft type=speed qualifiers="" doc="How fast."}
        {.property #panel-area of=craft type=area qualifiers="" doc="Solar panels."}
        {.property #cabin of=craft type=volume qualifiers="" doc="Room inside."}
        {.property #peak-temperature of=craft type=temperature qualifiers="" doc="How hot."}
        {.property #lift-off of=craft type=datetime qualifiers="" doc="The moment of launch."}
        {.property #crew-size of=craft type=count qualifiers="" doc="How many flew."}
        {.property #callsign of=craft type=name qualifiers="" doc="Its radio name."}
        {.property #string-of of=craft type=name qualifiers="" doc="Named like a reader of the runtime."}
        {.property #landed of=craft type=date doc="Landing day; takes every qualifier, so has a fact type."}
        """;

    private const string News = """
        {#a-news .source kind=news subject=vostok}
        [Vostok 1]{.craft #vostok} was launched on [12 April 1961]{.date p=launched} at [06:07 UTC on April 12, 1961]{.datetime p=lift-off}, served [from 1960 to 1963]{.interval p=service}
        and flew for [108 minutes]{.duration p=flight-time}. It stood [4.4 metres]{.length p=height}, weighed [4,725 kg]{.mass p=launch-mass}, reached [7.8 km/s]{.speed p=top-speed},
        had [2 m²]{.area p=panel-area} of panels and [1.6 m³]{.volume p=cabin} of room, got as hot as [250 °F]{.temperature p=peak-temperature},
        carried [one]{.count p=crew-size}, called itself [Kedr]{.name p=callsign} or [Cedar]{.name p=string-of}, and landed on [12 April 1961]{.date p=landed}.
        """;

    private const string Consumer = """
        using LeonovData;

        internal static class ValueProbe
        {
            public static string[] Read()
            {
                var craft = Crafts.Vostok;
                return new[]
                {
                    Line(craft.Launched, () => craft.LaunchedFact),
                    Line(craft.Service, () => craft.ServiceFact),
                    Line(craft.FlightTime, () => craft.FlightTimeFact),
                    Line(craft.Height, () => craft.HeightFact),
                    Line(craft.LaunchMass, () => craft.LaunchMassFact),
                    Line(craft.TopSpeed, () => craft.TopSpeedFact),
                    Line(craft.PanelArea, () => craft.PanelAreaFact),
                    Line(craft.Cabin, () => craft.CabinFact),
                    Line(craft.PeakTemperature, () => craft.PeakTemperatureFact),
                    FactFirst(craft.LiftOffFact, () => craft.LiftOff),
                    Line(craft.CrewSize, () => craft.CrewSizeFact),
                    Line(craft.Callsign, () => craft.CallsignFact),
                    Line(craft.StringOfValue, () => craft.StringOfFact),
                    Line(craft.Landed, () => craft.LandedFact),
                };
            }

            // The value read first (the argument), then its fact twice: the value is the fact's, the fact one object.
            private static string Line<T>(T? value, System.Func<Fact<T>?> fact)
                where T : struct =>
                $"{value} {Equals(value, fact()!.Value) && ReferenceEquals(fact(), fact())}";

            // The other way round: the fact first (the argument), then the value from the slot it filled.
            private static string FactFirst<T>(Fact<T>? fact, System.Func<T?> value)
                where T : struct =>
                $"{value()} {Equals(value(), fact!.Value)}";

            private static string Line(string? value, System.Func<Fact<string>?> fact) =>
                $"{value} {value == fact()!.Value && ReferenceEquals(fact(), fact())}";
        }
        """;

    [Fact]
    public void A_single_value_of_each_runtime_type_is_its_facts_value_read_once()
    {
        var run = GeneratorHarness.Run(new[] { ("/corpus/v.leoschema", Schema), ("/corpus/a-news.leo", News) }, properties: null, Consumer);

        run.AssertCompilesCleanly();
        Assert.Empty(run.Diagnostics);
        using var assembly = GeneratedAssembly.Load(run.OutputCompilation);
        Assert.Equal(
            new[]
            {
                "1961-04-12 True",
                "1960/1963 True",
                "PT108M True",
                "4.4 m True",
                "4725 kg True",
                "7.8 km/s True",
                "2 m² True",
                "1.6 m³ True",
                "250 °F True",
                "1961-04-12T06:07Z True",
                "1 True",
                "Kedr True",
                "Cedar True",
                "1961-04-12 True",
            },
            (string[])assembly.Invoke("ValueProbe", "Read")!);
    }

    [Fact]
    public void Values_of_runtime_types_call_their_reader_and_others_lift_the_fact()
    {
        var run = GeneratorHarness.Run(new[] { ("/corpus/v.leoschema", Schema), ("/corpus/a-news.leo", News) });

        var model = run.Source("LeonovData.Model.g.cs");
        Assert.Contains("public global::LeonovData.PartialDate? Launched => PartialDateOf(0, \"launched\");", model, StringComparison.Ordinal);
        Assert.Contains("public global::LeonovData.Temperature? PeakTemperature => TemperatureOf(8, \"peak-temperature\");", model, StringComparison.Ordinal);
        Assert.Contains("public int? CrewSize => Int32Of(10, \"crew-size\");", model, StringComparison.Ordinal);
        Assert.Contains("public string? StringOfValue => StringOf(12, \"string-of\");", model, StringComparison.Ordinal);

        // landed takes the role qualifier: its fact type is made by CreateFact, so its value comes through it.
        Assert.Contains("public global::LeonovData.PartialDate? Landed => LandedFact?.Value;", model, StringComparison.Ordinal);
    }
}
