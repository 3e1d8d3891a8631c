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

    public static TheoryData<string, string> Values => new()
    {
        { "date", "1 January 1" }, { "date", "31 December 9999" }, { "date", "29 February 2000" }, { "date", "29 February 1900" },
        { "date", "0" }, { "date", "10000" }, { "date", "1965-03-18" }, { "date", "0001-01-01" }, { "date", "9999-12-31" },
        { "interval", "from 1 to 9999" }, { "interval", "since 31 December 9999" }, { "interval", "9999–1" }, { "interval", "1976/1982" },
        { "duration", "2147483647 years" }, { "duration", "2147483648 seconds" }, { "duration", "99999999999999999999 minutes" }, { "duration", "0 seconds" },
        { "length", "79228162514264337593543950335 km" }, { "length", "79228162514264337593543950336 km" }, { "length", "0.0000000000000000000000000001 m" },
        { "length", "0.00000000000000000000000000001 m" }, { "length", "-4.8 m" }, { "length", "1e5 m" }, { "length", "1,000,000 miles" },
        { "age", "aged 2147483647" }, { "age", "aged 2147483648" }, { "age", "aged 0" },
        { "count", "2147483647" }, { "count", "2147483648" }, { "count", "-1" }, { "count", "zero" },
        { "ordinal", "2147483647th" }, { "ordinal", "0th" }, { "ordinal", "MMMMCMXCIX degree" },
        { "name", "x" }, { "name", "\u00A0 \t spaced \u00A0 out \u00A0" },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void ExtremeValueIsAnErrorOrReadableData(string kind, string covered)
    {
        var document = $$"""
            {#extreme .source kind=news subject=widget}
            The [widget]{.thing #widget} has [{{covered}}]{.{{kind}} p={{kind}}}.
            """;

        var run = GeneratorHarness.Run(new[] { ("/corpus/extreme.leoschema", Schema), ("/corpus/extreme.leo", document) });

        run.AssertDidNotCrash();
        run.AssertCompilesCleanly();
        using var assembly = GeneratedAssembly.Load(run.OutputCompilation);
        var json = (string)assembly.Invoke("LeonovData.Dataset", "ToJson")!;
        var statements = (IEnumerable)assembly.Assembly.GetType("LeonovData.Dataset")!.GetProperty("Statements")!.GetValue(null)!;
        Assert.Equal(run.Diagnostics.IsEmpty ? 1 : 0, statements.Cast<object>().Count());
        foreach (var entity in (IEnumerable)assembly.Assembly.GetType("LeonovData.Dataset")!.GetProperty("Entities")!.GetValue(null)!)
        {
            foreach (var property in entity.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(static p => p.GetIndexParameters().Length == 0))
            {
                ReadAll(property.GetValue(entity));
            }
        }

        Assert.StartsWith("[", json, StringComparison.Ordinal);
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
