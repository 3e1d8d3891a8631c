namespace LeonovData.Generator.Tests.Generator;

using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>
/// The runtime's binary searches compare a key with the data's UTF-8 where it lies while both are
/// ASCII, and decode the rest: the tables are sorted by UTF-16 code units, an order UTF-8's bytes do
/// not keep past U+FFFF (a surrogate pair sorts before U+FF21 in UTF-16, after it in UTF-8). Document
/// names are where such keys occur: a statement's canonical statement in another document is found by
/// its document's name.
/// </summary>
public sealed class SearchKeyTests
{
    private const string Probe = """
        internal static class Probe
        {
            public static string Canonical()
            {
                var leonov = LeonovData.People.Leonov;
                var born = new System.Collections.Generic.List<string>();
                foreach (var statement in leonov.Statements)
                {
                    if (statement.Property == "born")
                    {
                        born.Add(statement.Citation.Document + ">" + (statement.Canonical?.Citation.Document ?? "none"));
                    }
                }

                born.Sort(System.StringComparer.Ordinal);
                return string.Join(" ", born);
            }

            public static string Get() =>
                (LeonovData.People.Get("leonov") == LeonovData.People.Leonov) + " "
                + (LeonovData.People.Get("l\u00E9onov") is null) + " "
                + (LeonovData.People.Get("\uFF21") is null) + " "
                + (LeonovData.People.Get("\U0001F469") is null) + " "
                + (LeonovData.People.Get("leonov\u00E9") is null) + " "
                + (LeonovData.People.Get("") is null) + " "
                + (LeonovData.People.Get(null!) is null);
        }
        """;

    [Fact]
    public void Keys_beyond_ascii_are_found_in_utf16_order()
    {
        string[] vague = ["a-\U0001F469.leo", "a-\u00E9.leo", "a-z.leo", "b.leo"];
        const string precise = "a-\uFF21.leo";
        var files = new List<(string Path, string Text)> { ("/corpus/small.leoschema", CorpusTexts.Schema), CorpusTexts.Cast };
        for (var i = 0; i < vague.Length; i++)
        {
            files.Add(("/corpus/" + vague[i], CorpusTexts.Document("vague-" + i, "He was born in [1934]{.date p=born}.")));
        }

        files.Add(("/corpus/" + precise, CorpusTexts.Document("precise", "Born on [30 May 1934]{.date p=born}.")));

        var run = GeneratorHarness.Run(files, null, Probe);

        run.AssertDidNotCrash();
        Assert.Empty(run.Diagnostics);
        run.AssertCompilesCleanly();
        using var assembly = GeneratedAssembly.Load(run.OutputCompilation);
        var expected = vague.Append(precise).Select(static document => document + ">" + precise).OrderBy(static s => s, StringComparer.Ordinal);
        Assert.Equal(string.Join(" ", expected), assembly.Invoke("Probe", "Canonical"));
        Assert.Equal("True True True True True True True", assembly.Invoke("Probe", "Get"));
    }
}
