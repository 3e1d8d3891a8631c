namespace LeonovData.Generator.Tests.Binding;

using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>Entities: declared once with #id, referred to with e=, and every name they are mentioned by.</summary>
public sealed class EntityTests
{
    [Fact]
    public void The_cast_binds_cleanly()
    {
        var outcome = CorpusTexts.Run();

        CorpusAssert.None(outcome.Diagnostics);
        Assert.Equal(
            new[] { ("hero", "award"), ("spacewalk", "event"), ("soyuz-11", "mission"), ("soyuz-19", "mission"), ("voskhod-2", "mission"), ("belyayev", "person"), ("gagarin", "person"), ("leonov", "person"), ("moscow", "place") },
            outcome.Corpus.Entities.Select(static e => (e.Id, e.Kind)));
        Assert.Empty(outcome.Corpus.Statements);
    }

    [Fact]
    public void A_declaration_gives_the_name_the_location_and_the_citation()
    {
        var outcome = CorpusTexts.Run();

        var voskhod = outcome.Entity("voskhod-2");
        Assert.Equal("Voskhod 2", voskhod.Name);
        Assert.Equal(new[] { "Voskhod 2" }, voskhod.Names);
        Assert.Equal(("/corpus/000-cast.leo", 2, 0), (voskhod.Location.FilePath, voskhod.Location.StartLine, voskhod.Location.StartColumn));
        Assert.Equal(("000-cast.leo", 3, 1, "Voskhod 2"), (voskhod.Citation.Document, voskhod.Citation.Line, voskhod.Citation.Column, voskhod.Citation.Quote));
    }

    [Fact]
    public void Name_gives_the_display_name_and_the_covered_text_is_a_name_too()
    {
        var leonov = CorpusTexts.Run().Entity("leonov");

        Assert.Equal("Alexei Leonov", leonov.Name);
        Assert.Equal(new[] { "Alexei Leonov", "Alexei Arkhipovich Leonov" }, leonov.Names);
    }

    [Fact]
    public void Mentions_add_name_variants_once_each_and_sic_ones_are_left_out()
    {
        var outcome = CorpusTexts.RunBody(
            "[Alexey Leonov]{.person e=leonov}, [Leonov]{.person e=leonov}, [Leonov]{.person e=leonov},\n" +
            "[Alexei  Arkhipovich\u00A0Leonov]{.person e=leonov}, [Leonvo]{.person e=leonov .sic}, [LEONOV]{.person e=leonov .variant}.");

        CorpusAssert.NoneWithId(outcome.Diagnostics, "LEO0205");
        Assert.Equal(new[] { "Alexei Leonov", "Alexei Arkhipovich Leonov", "Alexey Leonov", "Leonov", "LEONOV" }, outcome.Entity("leonov").Names);
        var mentions = outcome.Corpus.Mentions.Where(static m => m.EntityId == "leonov").ToList();
        Assert.Equal(7, mentions.Count);
        Assert.True(mentions.Single(static m => m.Text == "Leonvo").IsSic);
        Assert.True(mentions.Single(static m => m.Text == "LEONOV").IsVariant);
        Assert.Equal(("Alexei Arkhipovich Leonov", "/corpus/000-cast.leo"), mentions.Where(static m => m.IsDeclaration).Select(static m => (m.Text, m.Location.FilePath)).Single());
        Assert.Equal(2, mentions.Count(static m => m.Text == "Alexei Arkhipovich Leonov"));
    }

    // A document's names are gathered in tables the thread keeps from document to document
    // (MentionedNamesScratch): what came before must leave no name behind.
    [Fact]
    public void Names_are_the_same_whatever_the_thread_linked_before()
    {
        const string Body = "[Alexey Leonov]{.person e=leonov}, [Leonov]{.person e=leonov} and [Yuri Gagarin]{.person e=gagarin}.";
        var first = CorpusTexts.RunBody(Body);
        CorpusTexts.RunBody(
            "[Lenov]{.person e=leonov .sic}, [A. Leonov]{.person e=leonov}, [Yuri]{.person e=gagarin}, [Gagarin]{.person e=gagarin},\n" +
            "[Belyayev]{.person e=belyayev}, [Pavel Belyayev]{.person e=belyayev}, [Moskva]{.place e=moscow}.");
        var again = CorpusTexts.RunBody(Body);

        Assert.Equal(Names(first), Names(again));
        Assert.Equal(new[] { "Alexei Leonov", "Alexei Arkhipovich Leonov", "Alexey Leonov", "Leonov" }, again.Entity("leonov").Names);

        static IEnumerable<string> Names(CorpusOutcome outcome) => outcome.Corpus.Entities.Select(static e => e.Id + ": " + string.Join("|", e.Names));
    }

    [Fact]
    public void References_resolve_across_documents_in_any_order()
    {
        // "zz" sorts after "doc": the declaration comes in a later document than the reference.
        var outcome = CorpusTexts.Run(
            CorpusTexts.Doc("doc", "[Alexei Yeliseyev]{.person e=yeliseyev} and [Alexei]{.person e=leonov}"),
            CorpusTexts.Doc("zz", "[Aleksei Yeliseyev]{.person #yeliseyev}"));

        CorpusAssert.None(outcome.Diagnostics);
        Assert.Equal(new[] { "Aleksei Yeliseyev", "Alexei Yeliseyev" }, outcome.Entity("yeliseyev").Names);
    }

    [Fact]
    public void An_unknown_reference_suggests_the_closest_id()
    {
        var outcome = CorpusTexts.RunBody("Crew: [Leonov]{.person e=leonv}.");

        var diagnostic = CorpusAssert.Single(outcome.Diagnostics, "LEO0205", 2, 26);
        Assert.Equal("'leonv' is not a declared entity; did you mean 'leonov'?", CorpusAssert.Message(diagnostic));
        Assert.DoesNotContain("#leonv", CorpusAssert.Message(diagnostic)); // never declare the typo
        Assert.DoesNotContain(outcome.Corpus.Mentions, static m => m.Text == "Leonov");
    }

    [Fact]
    public void A_reference_to_an_entity_of_another_kind_is_an_error()
    {
        var outcome = CorpusTexts.RunBody("[Voskhod 2]{.person e=voskhod-2}");

        var diagnostic = CorpusAssert.Single(outcome.Diagnostics, "LEO0218", 2, 23);
        Assert.Equal("'voskhod-2' is a mission, but the span is '.person'; write '.mission' or refer to another entity", CorpusAssert.Message(diagnostic));
    }

    [Fact]
    public void An_entity_span_without_id_or_reference_is_incomplete()
    {
        var outcome = CorpusTexts.RunBody("Then [Voskhod 2]{.mission} flew.");

        var diagnostic = CorpusAssert.Single(outcome.Diagnostics, "LEO0207", 2, 6);
        Assert.Contains("declare it with #id or refer to a declared one with e=id", CorpusAssert.Message(diagnostic));
    }

    [Fact]
    public void Duplicate_ids_across_documents_point_at_the_first()
    {
        var outcome = CorpusTexts.Run(CorpusTexts.Doc("doc", "Also [Leonov]{.person #leonov} and [Voskhod 2]{.mission #voskhod-2}."));

        var duplicates = outcome.WithId("LEO0206");
        // Reported at the second #id, with the first #id as the additional location.
        CorpusAssert.Exactly("LEO0206@2:23 LEO0206@2:57", duplicates);
        var first = Assert.Single(duplicates[0].AdditionalLocations);
        Assert.Equal(("/corpus/000-cast.leo", 1, 36, 7), (first.FilePath, first.StartLine, first.StartColumn, first.Length));
        Assert.Equal("'#leonov' is already declared at 000-cast.leo(2,37); ids must be unique across all documents", CorpusAssert.Message(duplicates[0]));

        // The first declaration stands, and the duplicate adds no name.
        Assert.Equal("Alexei Leonov", outcome.Entity("leonov").Name);
        Assert.Equal(new[] { "Alexei Leonov", "Alexei Arkhipovich Leonov" }, outcome.Entity("leonov").Names);
    }

    [Fact]
    public void Document_ids_entity_ids_and_statement_ids_share_one_namespace()
    {
        var outcome = CorpusTexts.Run(CorpusTexts.Doc("doc", "[1965]{.date #cast p=born} [X]{.person #doc}"));

        // The document ids come first: 'cast' is the cast's header, 'doc' this document's own.
        var duplicates = outcome.WithId("LEO0206").OrderBy(static d => d.Location!.Start).ToList();
        CorpusAssert.Exactly("LEO0206@2:14 LEO0206@2:40", duplicates);
        Assert.Equal(new[] { "/corpus/000-cast.leo", "/corpus/doc.leo" }, duplicates.Select(static d => d.AdditionalLocations[0].FilePath));
    }

    [Theory]
    [InlineData("[Leonov]{.persn e=leonov}", "LEO0201@2:10", "'.persn' is not a kind of the schema; did you mean 'person'?")]
    [InlineData("[1965]{.dat p=born}", "LEO0201@2:8", "'.dat' is not a kind of the schema; did you mean 'date'?")]
    [InlineData("[Leonov]{.person .sci e=leonov}", "LEO0201@2:18", "did you mean 'sic'?")]
    [InlineData("[Leonov]{.spaceship e=leonov}", "LEO0201@2:10", "'.spaceship' is not a kind of the schema")]
    [InlineData("[Leonov]{.person .date e=leonov}", "LEO0217@2:18", "a span has one kind, but this one has '.person' and '.date'")]
    [InlineData("[Leonov]{e=leonov}", "LEO0207@2:1", "a span needs a kind")]
    [InlineData("[Leonov]{.sic e=leonov}", "LEO0207@2:1", "a span needs a kind")]
    public void The_kind_of_a_span(string body, string expected, string message)
    {
        var outcome = CorpusTexts.RunBody(body);

        CorpusAssert.Exactly(expected, outcome.Diagnostics);
        Assert.Contains(message, CorpusAssert.Message(outcome.Diagnostics[0]));
    }
}
