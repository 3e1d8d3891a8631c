namespace LeonovData.Generator.Tests.Generator;

using System.Collections;
using System.Reflection;
using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>
/// Values at the edges of what the grammars accept (year 1 and 9999, a leap day, huge amounts, tiny
/// lengths, the largest counts) either are reported as LEO errors or become data that a consumer can
/// read: every statement, every typed property of every entity and the JSON export are read at run
/// time, and nothing throws. Generated data that throws on first use would be a silent failure at
/// the consumer's run time instead of a build error.
/// </summary>
public sealed class ExtremeValueTests
{
    private const string Schema = """
        {.entity #thing type=Thing plural=Things doc="A thing."}
        {.property #date of=thing type=date card=many member=Dates doc="A date."}
        {.property #interval of=thing type=interval card=many member=Intervals doc="An interval."}
        {.property #duration of=thing type=duration card=many member=Durations doc="A duration."}
        {.property #length of=thing type=length card=many member=Lengths doc="A length."}
        {.property #age of=thing type=age card=many member=Ages doc="An age."}
        {.property #count of=thing type=count card=many member=Counts doc="A count."}
        {.property #ordinal of=thing type=ordinal card=many member=Ordinals doc="An ordinal."}
        {.property #name of=thing type=name card=many member=NameValues doc="A name."}
        """;

    private static readonly (string Kind, string Covered)[] s_values =
    {
        ("date", "1 January 1"), ("date", "31 December 9999"), ("date", "29 February 2000"), ("date", "29 February 1900"),
        ("date", "0"), ("date", "10000"), ("date", "1965-03-18"), ("date", "0001-01-01"), ("date", "9999-12-31"),
        ("interval", "from 1 to 9999"), ("interval", "since 31 December 9999"), ("interval", "9999–1"), ("interval", "1976/1982"),
        ("duration", "2147483647 years"), ("duration", "2147483648 seconds"), ("duration", "99999999999999999999 minutes"), ("duration", "0 seconds"),
        ("length", "79228162514264337593543950335 km"), ("length", "79228162514264337593543950336 km"), ("length", "0.0000000000000000000000000001 m"),
        ("length", "0.00000000000000000000000000001 m"), ("length", "-4.8 m"), ("length", "1e5 m"), ("length", "1,000,000 miles"),
        ("age", "aged 2147483647"), ("age", "aged 2147483648"), ("age", "aged 0"),
        ("count", "2147483647"), ("count", "2147483648"), ("count", "-1"), ("count", "zero"),
        ("ordinal", "2147483647th"), ("ordinal", "0th"), ("ordinal", "MMMMCMXCIX degree"),
        ("name", "x"), ("name", "\u00A0 \t spaced \u00A0 out \u00A0"),
    };

    /// <summary>One document, one value per line: one compilation for all of them.</summary>
    [Fact]
    public void ExtremeValuesAreErrorsOrReadableData()
    {
        var document = "{#extreme .source kind=news subject=widget}\nThe [widget]{.thing #widget}.\n"
            + string.Join("\n", s_values.Select(static v => $"[{v.Covered}]{{.{v.Kind} p={v.Kind}}}"));

        var run = GeneratorHarness.Run(new[] { ("/corpus/extreme.leoschema", Schema), ("/corpus/extreme.leo", document) });

        run.AssertDidNotCrash();
        run.AssertCompilesCleanly();
        var rejected = run.Diagnostics.Select(static d => d.Location.GetLineSpan().StartLinePosition.Line - 2).ToHashSet();
        Assert.All(rejected, line => Assert.InRange(line, 0, s_values.Length - 1));
        using var assembly = GeneratedAssembly.Load(run.OutputCompilation);
        var dataset = assembly.Assembly.GetType("LeonovData.Dataset")!;
        var statements = ((IEnumerable)dataset.GetProperty("Statements")!.GetValue(null)!).Cast<object>().Select(static s => s.ToString()).ToList();
        Assert.Equal(s_values.Length - rejected.Count, statements.Count);
        foreach (var entity in (IEnumerable)dataset.GetProperty("Entities")!.GetValue(null)!)
        {
            foreach (var property in entity.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(static p => p.GetIndexParameters().Length == 0))
            {
                ReadAll(property.GetValue(entity));
            }
        }

        using var export = System.Text.Json.JsonDocument.Parse((string)assembly.Invoke("LeonovData.Dataset", "ToJson")!);
        Assert.Equal(statements.Count, export.RootElement.GetProperty("statements").GetArrayLength());
    }

    /// <summary>Reads a value and, for lists of facts, every fact's value and its string form.</summary>
    private static void ReadAll(object? value)
    {
        _ = value?.ToString();
        if (value is IEnumerable items and not string)
        {
            foreach (var item in items)
            {
                _ = item?.ToString();
                _ = item?.GetType().GetProperty("Value")?.GetValue(item)?.ToString();
            }
        }
    }
}
