namespace LeonovData.Generator.Tests.Generator;

using System.Collections;
using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>
/// A <c>u8</c> literal cannot hold a lone surrogate (CS9026), yet a document may contain one (a name
/// cut inside a surrogate pair). The data encoding escapes such strings (Emit/Blob.cs) and the runtime
/// reverses it, so every UTF-16 string, and a text that happens to start with the escape mark U+FFFF,
/// reads back exactly as written.
/// </summary>
public sealed class LoneSurrogateEncodingTests
{
    [Theory]
    [InlineData("Low \uDC67 alone")]
    [InlineData("ends high \uD83D")]
    [InlineData("\uFFFF starts with the mark")]
    [InlineData("\uFFFF mark and \uDC67 lone \uFFFF again")]
    [InlineData("a pair \U0001F469 is not escaped")]
    public void NamesRoundTripThroughTheUtf8Data(string name)
    {
        var files = new List<(string Path, string Text)>
        {
            ("/corpus/people.leoschema", "{.entity #person type=Person plural=People doc=\"A person.\"}\n"),
            ("/corpus/doc-0.leo", "{#doc-0 .source kind=news subject=person-0}\n the [" + name + "]{.person #person-0}.\n"),
        };
        var run = GeneratorHarness.Run(files);
        run.AssertDidNotCrash();
        run.AssertCompilesCleanly();
        Assert.Contains(run.Sources, static s => s.SourceText.ToString().Contains("global::LeonovData.DataLiteral.Bytes(", StringComparison.Ordinal));

        using var assembly = GeneratedAssembly.Load(run.OutputCompilation);
        var dataset = assembly.Assembly.GetType("LeonovData.Dataset", throwOnError: true)!;
        var entity = Assert.Single(((IEnumerable)dataset.GetProperty("Entities")!.GetValue(null)!).Cast<object>());
        var names = ((IEnumerable)entity.GetType().GetProperty("Names")!.GetValue(entity)!).Cast<string>();
        Assert.Contains(name, names);
    }
}
