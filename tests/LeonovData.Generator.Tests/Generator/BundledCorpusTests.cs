namespace LeonovData.Generator.Tests.Generator;

using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>
/// A schema of the project's own next to the bundled Leonov schema (the package's build/leonov/):
/// what conflicts is reported once, in the project's file, never in the package's copy.
/// </summary>
public sealed class BundledCorpusTests
{
    private const string Corpus = "/home/ann/.nuget/packages/leonovdata/0.1.0/build/leonov/";

    private static readonly Dictionary<string, string> s_properties = new()
    {
        ["MSBuildProjectDirectory"] = "/work/App",
        ["_LeonovDataCorpusPath"] = Corpus,
    };

    [Fact]
    public void An_own_schema_that_repeats_the_bundled_one_is_one_error_in_the_own_file()
    {
        // Whatever order the compiler hands the files in, the project's file is the one reported.
        var files = new[]
        {
            ("/work/App/Schema/harbour.leoschema", """
                {.entity #ship type=Ship plural=Ships doc="A ship."}
                {.entity #person type=Person plural=People doc="A person."}
                {.property #born of=person type=date doc="Date of birth."}
                {.qualifier #date type=date}
                """),
            (Corpus + "leonov.leoschema", CorpusTexts.Schema),
            (Corpus + "000-cast.leo", CorpusTexts.Cast.Text),
        };

        var run = GeneratorHarness.Run(files, s_properties);

        run.AssertDidNotCrash();
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(("LEO0802", "/work/App/Schema/harbour.leoschema", 1), (diagnostic.Id, diagnostic.Location.GetLineSpan().Path, diagnostic.Location.GetLineSpan().StartLinePosition.Line));
        Assert.StartsWith("this declaration and 2 more of this file repeat the bundled Leonov schema", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void An_own_schema_that_extends_the_bundled_one_is_silent_and_duplicates_of_ones_own_stay_LEO0103()
    {
        var files = new[]
        {
            (Corpus + "leonov.leoschema", CorpusTexts.Schema),
            (Corpus + "000-cast.leo", CorpusTexts.Cast.Text),
            ("/work/App/hobbies.leoschema", "{.property #hobby of=person type=name card=many doc=\"A pastime.\"}\n"),
            ("/work/App/more.leoschema", "{.property #hobby of=person type=name card=many doc=\"A pastime.\"}\n"),
        };

        var run = GeneratorHarness.Run(files, s_properties);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("LEO0103", diagnostic.Id);
        Assert.StartsWith("/work/App/", diagnostic.Location.GetLineSpan().Path);
    }
}
