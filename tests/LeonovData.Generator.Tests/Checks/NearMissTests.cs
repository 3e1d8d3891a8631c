namespace LeonovData.Generator.Tests.Checks;

using LeonovData.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Xunit;

/// <summary>LEO0308: a mention one edit away from a known name of its entity, unless marked .sic or .variant.</summary>
public sealed class NearMissTests
{
    [Fact]
    public void A_misspelt_mention_is_flagged_and_only_it()
    {
        var outcome = CorpusTexts.RunBody("On [Voskhod 2]{.mission e=voskhod-2}, then\n[Voshkod 2]{.mission e=voskhod-2}.");

        var diagnostic = CorpusAssert.Single(outcome.Diagnostics, "LEO0308", 3, 1);
        Assert.Equal("'Voshkod 2' is one edit away from 'Voskhod 2', a name of voskhod-2; mark a misspelling kept verbatim with .sic, or an accepted spelling with .variant", CorpusAssert.Message(diagnostic));
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.ToDiagnostic().Severity);
        Assert.Equal(new[] { "LEO0308" }, outcome.Ids);
    }

    [Fact]
    public void A_misspelling_of_the_declared_name_is_flagged_without_other_mentions()
    {
        var outcome = CorpusTexts.RunBody("[Voskhod 3]{.mission e=voskhod-2} [Voskhod 22]{.mission e=voskhod-2} [Vsokhod 2]{.mission e=voskhod-2} [Voskhd 2]{.mission e=voskhod-2}");

        CorpusAssert.Exactly("LEO0308@2:70 LEO0308@2:104", outcome.Diagnostics);
    }

    [Theory]
    [InlineData("[Leonov]{.person e=leonov} [Leonvo]{.person e=leonov} [Leonov]{.person e=leonov}", "LEO0308@2:28")]
    [InlineData("[Alexei Arkhipovich Leonov]{.person e=leonov} [Alexei Arkhipovich Leonvo]{.person e=leonov}", "LEO0308@2:47")]
    [InlineData("[Alexei Leonov]{.person e=leonov} [Alexei Leonvo]{.person e=leonov}", "LEO0308@2:35")]
    [InlineData("[Arkhipovich]{.person e=leonov} [Arkhipovitch]{.person e=leonov}", "LEO0308@2:33")]
    public void A_typo_never_makes_the_correct_spelling_a_suspect(string body, string expected)
    {
        // "Leonov" is a short form of the declared "Alexei Leonov": the typo is the suspect, and
        // one typo in a corpus must not put a warning on every correct mention.
        CorpusAssert.Exactly(expected, CorpusTexts.RunBody(body).Diagnostics);
    }

    [Theory]
    [InlineData(".sic")]
    [InlineData(".variant")]
    public void Sic_and_variant_silence_it(string marker)
    {
        CorpusAssert.None(CorpusTexts.RunBody($"[Voshkod 2]{{.mission e=voskhod-2 {marker}}} and [Voskhod 2]{{.mission e=voskhod-2}}").Diagnostics);
    }

    [Theory]
    [InlineData("Soyuz 19", "soyuz-11")]
    [InlineData("Voskhod-2", "voskhod-2")]
    [InlineData("Voskhod  2", "voskhod-2")]
    [InlineData("VOSKHOD 2", "voskhod-2")]
    [InlineData("Voskhod\u00A02", "voskhod-2")]
    [InlineData("the Voskhod 2 mission", "voskhod-2")]
    [InlineData("Alexei Leonov", "leonov")]
    [InlineData("Gagarin", "gagarin")]
    public void Digit_changes_spacing_hyphens_case_and_other_names_are_not_flagged(string mention, string id)
    {
        var kind = id switch { "leonov" or "gagarin" => "person", _ => "mission" };

        CorpusAssert.None(CorpusTexts.RunBody($"[{mention}]{{.{kind} e={id}}}").Diagnostics);
    }

    [Fact]
    public void Names_of_other_entities_are_no_near_misses()
    {
        // "Soyuz 11" and "Soyuz 19" are two missions; a mention of one is no typo of the other.
        CorpusAssert.None(CorpusTexts.RunBody("[Soyuz 11]{.mission e=soyuz-11} [Soyuz 19]{.mission e=soyuz-19}").Diagnostics);
    }

    [Fact]
    public void Short_names_are_not_compared()
    {
        var outcome = CorpusTexts.Run(CorpusTexts.Doc("doc", "[Leo]{.person #leo} [Lea]{.person e=leo}"));

        CorpusAssert.None(outcome.Diagnostics);
    }

    [Theory]
    [InlineData("[Alexei A. Leonov]{.person e=leonov}")]
    [InlineData("[A. Leonov]{.person e=leonov} and [Alexei Leonov]{.person e=leonov}")]
    [InlineData("[Alexei A Leonov]{.person e=leonov}")]
    [InlineData("[Alexei Arkhipovich Leonov]{.person e=leonov} [Alexei A. Leonov]{.person e=leonov}")]
    public void A_middle_initial_is_a_name_variant_not_a_typo(string body) =>
        CorpusAssert.None(CorpusTexts.RunBody(body).Diagnostics);

    [Theory]
    // Initials that contradict each other are suspects (neither mention is the declared name).
    [InlineData("[Alexei A. Leonov]{.person e=leonov} [Alexei B. Leonov]{.person e=leonov}", "LEO0308@2:1 LEO0308@2:38")]
    public void A_contradicting_initial_is_flagged(string body, string expected) =>
        CorpusAssert.Exactly(expected, CorpusTexts.RunBody(body).Diagnostics);

    [Fact]
    public void Spans_nested_around_the_same_misspelt_words_are_flagged_once()
    {
        var outcome = CorpusTexts.RunBody("[[Voshkod 2]{.mission e=voskhod-2}]{.mission e=voskhod-2} and [Voskhod 2]{.mission e=voskhod-2}");

        CorpusAssert.Exactly("LEO0308@2:2", outcome.Diagnostics);
    }
}
