namespace LeonovData.Generator.Tests.Integration;

using System.Globalization;
using System.Text.Json;
using LeonovData.Generator.Tests.TestSupport;
using LeonovData.Generator.Values;
using Xunit;

/// <summary>
/// The second corpus, samples/MissionHistory: Apollo 11 retold from NASA's public-domain pages with
/// a schema of its own. It builds without a diagnostic, states the right normalised values with
/// every kind of issue 8 (datetimes, masses, speeds, areas, volumes, temperatures, fractions,
/// compound durations, ordinal-day, approximate and numeric dates, v=, several facts per mention),
/// its declared checks catch a wrong date or an implausible value, each slip of the hand is one
/// error, and the generated code reads as typed values with conversions.
/// </summary>
public sealed class MissionHistoryTests
{
    private static readonly string Folder = Path.Combine(CorpusRepository.Root, "samples", "MissionHistory", "Documents");

    private static readonly (string Path, string Text)[] Files = Directory.GetFiles(Folder)
        .Order(StringComparer.Ordinal)
        .Select(static path => (path, File.ReadAllText(path)))
        .ToArray();

    private static CorpusOutcome Run((string Path, string Text)[] files) =>
        CorpusPipeline.Run(files.Where(static f => f.Path.EndsWith(".leoschema", StringComparison.Ordinal)), files.Where(static f => f.Path.EndsWith(".leo", StringComparison.Ordinal)));

    [Fact]
    public void The_corpus_builds_without_a_diagnostic()
    {
        var outcome = Run(Files);

        CorpusAssert.None(outcome.Diagnostics);
        Assert.Equal(2, outcome.Documents.Count);
    }

    [Theory]
    [InlineData("apollo-11", "launched", "1969-07-16T13:32Z|1969-07-16T13:32Z", "minute|minute")]
    [InlineData("apollo-11", "landed", "1969-07-20T20:17Z|1969-07-20T20:17Z", "minute|minute")]
    [InlineData("apollo-11", "first-step", "1969-07-21T02:56Z|1969-07-21T02:56Z", "minute|minute")]
    [InlineData("apollo-11", "splashdown", "1969-07-24T16:50Z|1969-07-24T16:50:35Z", "minute|second")]
    [InlineData("apollo-11", "lunar-orbit", "1969-07-19", "day")]
    [InlineData("apollo-11", "moonwalk", "PT2H30M|PT2H30M", "minute|minute")]
    [InlineData("apollo-11", "surface-time", "PT21H36M", "minute")]
    [InlineData("apollo-11", "duration", "P8DT3H18M35S|PT195H18M35S", "second|second")]
    [InlineData("apollo-11", "samples", "47.5 lb", "0.1")]
    [InlineData("apollo-11", "flag-area", "15 ft²", "1")]
    [InlineData("apollo-11", "crew-size", "3", null)]
    [InlineData("apollo-11", "lunar-orbits", "30", null)]
    [InlineData("saturn-v", "height", "363 ft", "1")]
    [InlineData("saturn-v", "liftoff-mass", "6500000 lb", "1")]
    [InlineData("columbia", "habitable-volume", "210 ft³", "1")]
    [InlineData("columbia", "entry-speed", "11 km/s", "1")]
    [InlineData("sea-of-tranquility", "peak-temperature", "250 °F", "1")]
    [InlineData("apollo-program", "conceived", "1960~", "year")]
    [InlineData("apollo-program", "goal-set", "1961-05-25", "day")]
    public void States_the_normalised_values(string subject, string property, string values, string? precisions)
    {
        var statements = Run(Files).Statements(subject, property);

        Assert.Equal(values, string.Join("|", statements.Select(static s => s.Value.Normalized)));
        Assert.Equal(precisions, precisions is null ? null : string.Join("|", statements.Select(static s => s.Value.Precision)));
    }

    [Fact]
    public void One_mention_states_commander_and_crew_and_qualifiers_name_the_roles()
    {
        var outcome = Run(Files);

        Assert.Equal("neil-armstrong", outcome.Statement("apollo-11", "commander").Value.EntityId);
        Assert.Equal(new[] { "neil-armstrong", "michael-collins", "buzz-aldrin" }, outcome.Statements("apollo-11", "crew").Select(static s => s.Value.EntityId));
        Assert.Equal(
            new[] { string.Empty, "command module pilot", "lunar module pilot" },
            outcome.Statements("apollo-11", "crew").Select(static s => s.Qualifiers.FirstOrDefault()?.Value.Normalized ?? string.Empty));
        Assert.Contains("Neil Armstrong", outcome.Entity("neil-armstrong").Names); // a variant of "Neil A. Armstrong", no LEO0308
        Assert.Equal(Comparator.LessThan, Assert.IsType<Quantity>(outcome.Statement("saturn-v", "liftoff-mass").Value.Literal).Comparator);
    }

    [Theory]
    // The declared checks catch what well-formed values hide.
    [InlineData("[19th of July, 1969]{.date p=lunar-orbit}", "[9th of July, 1969]{.date p=lunar-orbit}", "LEO0309")]
    [InlineData("[three]{.count p=crew-size}", "[thirteen]{.count p=crew-size}", "LEO0310")]
    [InlineData("([21.5 kg]{.mass .conv})", "([25.1 kg]{.mass .conv})", "LEO0305")]
    // Each slip of the hand is exactly one error, with no unknown ids after it.
    [InlineData("[Eagle]{.vehicle #eagle p=lunar-module}", "[Eagle] {.vehicle #eagle p=lunar-module}", "LEO0014")]
    [InlineData("[Apollo 11]{.mission #apollo-11}", "Apollo 11]{.mission #apollo-11}", "LEO0015")]
    [InlineData("[Neil A. Armstrong]{.person", "[Neil A. Armstrong{.person", "LEO0016")]
    [InlineData("[Michael Collins]{.person #michael-collins p=crew statement=collins-on-apollo-11}", "[Michael Collins]{.person #michael-collins p=crew statement=collins-on-apollo-11", "LEO0006")]
    // A numeric date without its order says what it is.
    [InlineData(" dates=mdy", "", "LEO0203")]
    public void A_single_mistake_is_a_single_error(string original, string broken, string id)
    {
        var files = Files.Select(f => f.Text.Contains(original, StringComparison.Ordinal) ? (f.Path, ReplaceOnce(f.Text, original, broken)) : f).ToArray();
        Assert.NotEqual(Files, files);

        var outcome = Run(files);

        Assert.True(outcome.Diagnostics.Count >= 1 && outcome.Diagnostics.All(d => d.Id == id), outcome.Describe());
        Assert.True(id == "LEO0203" || outcome.Diagnostics.Count == 1, outcome.Describe());
    }

    /// <summary>A consumer of the typed API of the corpus: it compiles only if each measure has its type.</summary>
    private const string Consumer = """
        using System.Linq;
        using LeonovData;

        internal static class Probe
        {
            public static string[] Facts()
            {
                Mission apollo = Missions.Apollo11;
                Instant launched = apollo.Launched!.Value;
                Mass samples = apollo.Samples!.Value;
                Area flag = apollo.FlagArea!.Value;
                Speed entry = Vehicles.Columbia.EntrySpeed!.Value;
                Volume room = Vehicles.Columbia.HabitableVolume!.Value;
                Temperature peak = Places.SeaOfTranquility.PeakTemperature!.Value;
                Quantity height = Vehicles.SaturnV.Height!.Value;
                return new[]
                {
                    $"launched={launched} {launched.Precision} {launched.Utc:HH:mm}",
                    $"first-step={apollo.FirstStep}",
                    $"samples={samples} {samples.InKilograms:F2} kg",
                    $"flag={flag} {flag.InSquareMetres:F3} m²",
                    $"entry={entry} {entry.In("mph"):F0} mph",
                    $"room={room} {room.InCubicMetres:F2} m³",
                    $"peak={peak} {peak.InCelsius:F1} °C {peak.InKelvins:F2} K",
                    $"height={height} {Units.Convert(height.Amount, height.Unit, "m"):F2} m",
                    $"crew={string.Join(", ", apollo.Crew.Select(static p => p.Name))}",
                    $"conceived={Programs.ApolloProgram.Conceived} {Programs.ApolloProgram.Conceived!.Value.ToDisplayString()}",
                };
            }

            public static string[] UnitsInBase() =>
                Units.Symbols.Select(static s => s + "=" + Units.Convert(1m, s, Base(s)).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

            private static string Base(string unit) => Units.DimensionOf(unit) switch
            {
                Dimension.Length => "m",
                Dimension.Mass => "kg",
                Dimension.Speed => "m/s",
                Dimension.Area => "m²",
                Dimension.Volume => "m³",
                _ => "K",
            };
        }
        """;

    [Fact]
    public void The_generated_code_gives_typed_values_with_conversions()
    {
        var lines = Generated(static assembly => InvariantCulture(() => (string[])assembly.Invoke("Probe", "Facts")!));

        Assert.Equal(
            new[]
            {
                "launched=1969-07-16T13:32Z Minute 13:32",
                "first-step=1969-07-21T02:56Z",
                "samples=47.5 lb 21.55 kg",
                "flag=15 ft² 1.394 m²",
                "entry=11 km/s 24606 mph",
                "room=210 ft³ 5.95 m³",
                "peak=250 °F 121.1 °C 394.26 K",
                "height=363 ft 110.64 m",
                "crew=Neil A. Armstrong, Michael Collins, Buzz Aldrin",
                "conceived=1960~ c. 1960",
            },
            lines);
    }

    [Fact]
    public void The_runtime_unit_table_is_the_generators()
    {
        var lines = Generated(static assembly => (string[])assembly.Invoke("Probe", "UnitsInBase")!);

        var expected = Units.All.Select(static u => u.Symbol + "=" + Units.ToBase(1m, u).ToString(CultureInfo.InvariantCulture));
        Assert.Equal(expected.Select(Trim), lines.Select(Trim));

        // Decimal division leaves different trailing digits in different orders of operations.
        static string Trim(string line) => line[..line.IndexOf('=')] + "=" + decimal.Round(decimal.Parse(line[(line.IndexOf('=') + 1)..], CultureInfo.InvariantCulture), 12).ToString(CultureInfo.InvariantCulture);
    }

    [Fact]
    public void The_export_gives_amount_and_unit()
    {
        var json = Generated(static assembly => InvariantCulture(() => (string)assembly.Invoke("LeonovData.Dataset", "ToJson")!));

        using var document = JsonDocument.Parse(json);
        var statements = document.RootElement.GetProperty("statements").EnumerateArray().ToList();
        var samples = Assert.Single(statements, static s => s.GetProperty("property").GetString() == "samples");
        Assert.Equal(("47.5 lb", 47.5m, "lb", "0.1 lb"), (samples.GetProperty("value").GetString(), samples.GetProperty("amount").GetDecimal(), samples.GetProperty("unit").GetString(), samples.GetProperty("precision").GetString()));
        var mass = Assert.Single(statements, static s => s.GetProperty("property").GetString() == "liftoff-mass");
        Assert.Equal("lt", mass.GetProperty("comparator").GetString());
        var launched = statements.First(static s => s.GetProperty("property").GetString() == "launched");
        Assert.Equal(("1969-07-16T13:32Z", "minute", "datetime"), (launched.GetProperty("value").GetString(), launched.GetProperty("precision").GetString(), launched.GetProperty("type").GetString()));
    }

    private static T Generated<T>(Func<GeneratedAssembly, T> use)
    {
        var run = GeneratorHarness.Run(Files, properties: null, Consumer);
        run.AssertDidNotCrash();
        Assert.Empty(run.Diagnostics);
        run.AssertCompilesCleanly();
        using var assembly = GeneratedAssembly.Load(run.OutputCompilation);
        return use(assembly);
    }

    private static T InvariantCulture<T>(Func<T> action)
    {
        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    private static string ReplaceOnce(string text, string original, string replacement)
    {
        var at = text.IndexOf(original, StringComparison.Ordinal);
        return text[..at] + replacement + text[(at + original.Length)..];
    }
}
