namespace LeonovData.Generator.Tests.Binding;

using LeonovData.Generator.Binding;
using LeonovData.Generator.Tests.TestSupport;
using LeonovData.Generator.Values;
using Xunit;

/// <summary>Statements: subject (header or of=), property, value (literal or entity), id and rank.</summary>
public sealed class StatementTests
{
    [Fact]
    public void A_value_span_states_a_fact_about_the_header_subject()
    {
        var outcome = CorpusTexts.RunBody("Leonov was born on [30 May 1934]{.date p=born}.");

        CorpusAssert.None(outcome.Diagnostics);
        var born = outcome.Statement("leonov", "born");
        Assert.Equal(("date", "1934-05-30", "day"), (born.Value.Type, born.Value.Normalized, born.Value.Precision));
        Assert.Equal(new PartialDate(1934, 5, 30), born.Value.Literal);
        Assert.Null(born.Value.EntityId);
        Assert.Null(born.Id);
        Assert.Equal((Rank.Normal, (string?)null), (born.Rank, born.Why));
        Assert.Equal(("/corpus/doc.leo", 1, 19), (born.Location.FilePath, born.Location.StartLine, born.Location.StartColumn));
        Assert.Empty(born.Qualifiers);
    }

    [Fact]
    public void Of_names_another_subject()
    {
        var outcome = CorpusTexts.RunBody("In [1965]{.date of=voskhod-2 p=date}, it flew.");

        CorpusAssert.None(outcome.Diagnostics);
        Assert.Equal("1965", outcome.Statement("voskhod-2", "date").Value.Normalized);
        Assert.Empty(outcome.Statements("leonov", "date"));
    }

    [Fact]
    public void An_entity_span_with_p_states_the_entity_as_the_value()
    {
        var outcome = CorpusTexts.RunBody("He died in [Moscow]{.place e=moscow p=deathplace}; [Belyayev]{.person e=belyayev of=voskhod-2 p=crew} flew.");

        CorpusAssert.None(outcome.Diagnostics);
        var deathplace = outcome.Statement("leonov", "deathplace");
        Assert.Equal(("place", "moscow", (Value?)null), (deathplace.Value.Type, deathplace.Value.EntityId, deathplace.Value.Literal));
        Assert.Equal("belyayev", outcome.Statement("voskhod-2", "crew").Value.EntityId);
        Assert.Equal(2, outcome.Corpus.Mentions.Count(static m => !m.IsDeclaration));
    }

    [Fact]
    public void A_declaration_with_p_declares_the_entity_and_states_it()
    {
        var outcome = CorpusTexts.RunBody("Born in [Listvyanka]{.place #listvyanka p=birthplace}.");

        CorpusAssert.None(outcome.Diagnostics);
        Assert.Equal("Listvyanka", outcome.Entity("listvyanka").Name);
        var birthplace = outcome.Statement("leonov", "birthplace");
        Assert.Equal("listvyanka", birthplace.Value.EntityId);
        Assert.Null(birthplace.Id);
    }

    [Fact]
    public void Id_names_the_statement_of_a_value_span_or_of_a_referring_entity_span()
    {
        var outcome = CorpusTexts.RunBody("[1965]{.date #walk-date of=voskhod-2 p=date} [Leonov]{.person e=leonov #crew-leonov of=voskhod-2 p=crew}");

        CorpusAssert.None(outcome.Diagnostics);
        Assert.Equal("walk-date", outcome.Statement("voskhod-2", "date").Id);
        Assert.Equal("crew-leonov", outcome.Statement("voskhod-2", "crew").Id);
        Assert.DoesNotContain(outcome.Corpus.Entities, static e => e.Id is "walk-date" or "crew-leonov");
    }

    [Fact]
    public void A_statement_without_subject_is_incomplete()
    {
        var outcome = CorpusTexts.Run(CorpusTexts.Doc("doc", "Born [1934]{.date p=born}.", subject: null));

        var diagnostic = CorpusAssert.Single(outcome.Diagnostics, "LEO0207", 2, 6);
        Assert.Equal("this statement has no subject: add of=<entity>, or subject=<entity> to the document header", CorpusAssert.Message(diagnostic));
        Assert.Empty(outcome.Corpus.Statements);
    }

    [Fact]
    public void An_unknown_subject_suggests_the_closest_id()
    {
        var outcome = CorpusTexts.RunBody("[1965]{.date of=voskhod2 p=date}");

        var diagnostic = CorpusAssert.Single(outcome.Diagnostics, "LEO0205", 2, 17);
        Assert.Contains("'voskhod2' is not a declared entity; did you mean 'voskhod-2'?", CorpusAssert.Message(diagnostic));
        Assert.Empty(outcome.Corpus.Statements);
    }

    [Fact]
    public void An_unknown_header_subject_is_reported_once_on_the_header()
    {
        var outcome = CorpusTexts.Run(CorpusTexts.Doc("doc", "[1934]{.date p=born} [1965]{.date p=born}", subject: "leonv"));

        CorpusAssert.Exactly("LEO0205@1:33", outcome.Diagnostics);
        Assert.Equal("'leonv' is not a declared entity; did you mean 'leonov'?", CorpusAssert.Message(outcome.Diagnostics[0]));
        Assert.Empty(outcome.Corpus.Statements);
    }

    [Fact]
    public void An_unknown_property_suggests_the_closest_property_of_the_subject_kind()
    {
        var outcome = CorpusTexts.RunBody("[1934]{.date p=bron}");

        var diagnostic = CorpusAssert.Single(outcome.Diagnostics, "LEO0202", 2, 16);
        Assert.Equal("'bron' is not a property of person leonov; did you mean 'born'?", CorpusAssert.Message(diagnostic));
    }

    [Fact]
    public void A_property_of_another_kind_is_unknown_for_this_subject()
    {
        var outcome = CorpusTexts.RunBody("[12 minutes]{.duration p=duration}");

        Assert.Contains("'duration' is not a property of person leonov", CorpusAssert.Message(CorpusAssert.Single(outcome.Diagnostics, "LEO0202", 2, 26)));
    }

    [Theory]
    [InlineData("[Moscow]{.place e=moscow p=born}", "born", "date", "place")]
    [InlineData("[twice]{.count p=born}", "born", "date", "count")]
    [InlineData("[1965]{.date p=deathplace}", "deathplace", "place", "date")]
    [InlineData("[Belyayev]{.person e=belyayev p=deathplace}", "deathplace", "place", "person")]
    public void A_value_of_the_wrong_type_is_an_error(string body, string property, string type, string kind)
    {
        var outcome = CorpusTexts.RunBody(body);

        var message = CorpusAssert.Message(CorpusAssert.Single(outcome.Diagnostics, "LEO0210", 2, 1));
        Assert.StartsWith($"property '{property}' of person leonov holds ", message);
        Assert.Contains($"the span is '.{kind}'", message);
        Assert.Contains($"'.{type}'", message);
        Assert.Empty(outcome.Corpus.Statements);
    }

    [Fact]
    public void A_value_span_without_p_is_incomplete()
    {
        var outcome = CorpusTexts.RunBody("Born [1934]{.date}.");

        var diagnostic = CorpusAssert.Single(outcome.Diagnostics, "LEO0207", 2, 6);
        Assert.StartsWith("a .date span states a value, so it needs p=<property>", CorpusAssert.Message(diagnostic));
    }

    [Theory]
    [InlineData("rank=preferred why=\"the encyclopedia checked\"", "Preferred", "the encyclopedia checked")]
    [InlineData("rank=deprecated why=\"a typo in the article\"", "Deprecated", "a typo in the article")]
    [InlineData("rank=normal", "Normal", null)]
    public void Rank_and_why(string attributes, string rank, string? why)
    {
        var outcome = CorpusTexts.RunBody("[1934]{.date p=born " + attributes + "}");

        CorpusAssert.None(outcome.Diagnostics);
        var born = outcome.Statement("leonov", "born");
        Assert.Equal((Enum.Parse<Rank>(rank), why), (born.Rank, born.Why));
    }

    [Theory]
    [InlineData("rank=preferred", "LEO0212@2:21", "rank=preferred needs why=\"...\" saying why this source wins or loses")]
    [InlineData("rank=deprecated why=\"  \"", "LEO0212@2:21", "rank=deprecated needs why=")]
    [InlineData("rank=best why=\"x\"", "LEO0209@2:26", "rank=best is not a rank; write rank=preferred or rank=deprecated")]
    public void A_rank_needs_a_reason_and_a_known_value(string attributes, string expected, string message)
    {
        var outcome = CorpusTexts.RunBody("[1934]{.date p=born " + attributes + "}");

        CorpusAssert.Exactly(expected, outcome.Diagnostics);
        Assert.StartsWith(message, CorpusAssert.Message(outcome.Diagnostics[0]));
        Assert.Empty(outcome.Corpus.Statements);
    }

    [Fact]
    public void Statements_keep_document_order_and_documents_sort_by_file_name()
    {
        var outcome = CorpusTexts.Run(
            CorpusTexts.Doc("b-second", "[one minute]{.duration of=voskhod-2 p=duration} [Belyayev]{.person e=belyayev of=voskhod-2 p=crew}"),
            CorpusTexts.Doc("a-first", "[Leonov]{.person e=leonov of=voskhod-2 p=crew}"));

        Assert.Equal(new[] { "leonov", "belyayev" }, outcome.Statements("voskhod-2", "crew").Select(static s => s.Value.EntityId));
        Assert.Equal(new[] { "cast", "a-first", "b-second" }, outcome.Corpus.Documents.Select(static d => d.Id));
    }
}
