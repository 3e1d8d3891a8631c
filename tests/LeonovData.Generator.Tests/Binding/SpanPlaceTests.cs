namespace LeonovData.Generator.Tests.Binding;

using System;
using LeonovData.Generator.Binding;
using LeonovData.Generator.Model;
using LeonovData.Generator.Syntax;
using LeonovData.Generator.Values;
using Xunit;

/// <summary>A bound place is numbers and its document's line map, compared as the location it stands for.</summary>
public sealed class SpanPlaceTests
{
    private const string Path = "/corpus/doc.leo";

    [Fact]
    public void Places_of_two_parses_of_one_text_are_equal_and_locate_as_the_parse_does()
    {
        const string text = "first line\nLeonov was born on [30 May 1934]{.date p=born}.";
        var start = text.IndexOf('[');
        var length = text.Length - 1 - start;

        var place = new SpanPlace(new LineMap(Path, text), start, length);
        var again = new SpanPlace(new LineMap(Path, text), start, length);

        Assert.Equal(place, again);
        Assert.Equal(place.GetHashCode(), again.GetHashCode());
        Assert.Equal(new LineMap(Path, text).Locate(start, length), place.ToLocation());
        Assert.Equal((1, 19), place.StartPosition);
    }

    [Fact]
    public void A_line_break_moved_inside_a_span_changes_its_place_though_its_offsets_stay()
    {
        const string oneLine = "He flew [Voskhod 2]{.craft #v2}.";
        var twoLines = oneLine.Replace("Voskhod 2", "Voskhod\n2", StringComparison.Ordinal);
        var start = oneLine.IndexOf('[');
        var length = oneLine.Length - 1 - start;

        var before = new SpanPlace(new LineMap(Path, oneLine), start, length);
        var after = new SpanPlace(new LineMap(Path, twoLines), start, length);

        Assert.NotEqual(before, after);
        Assert.Equal((0, 1), (before.ToLocation().EndLine, after.ToLocation().EndLine));
    }

    [Fact]
    public void A_place_given_as_a_location_compares_with_the_same_place_of_a_line_map()
    {
        const string text = "a\n[b]{.date p=x}";
        var lines = new LineMap(Path, text);

        Assert.Equal(new SpanPlace(lines, 2, 14), SpanPlace.Of(lines.Locate(2, 14)));
        Assert.NotEqual(new SpanPlace(lines, 2, 14), SpanPlace.Of(lines.Locate(2, 13)));
    }

    [Fact]
    public void A_statement_refuses_a_citation_that_does_not_stand_where_its_span_starts()
    {
        const string text = "a\n[1934]{.date p=born}";
        var place = new SpanPlace(new LineMap(Path, text), 2, text.Length - 2);
        var value = FactValue.Of(new IntegerValue(ValueKind.Count, 1934, Comparator.Exact));

        var statement = new Statement(null, "leonov", "born", value, EquatableArray<Qualifier>.Empty, new Citation("doc.leo", 2, 1, "1934", "1934"), Rank.Normal, null, place);

        Assert.Equal((2, 1), (statement.Citation.Line, statement.Citation.Column));
        Assert.Throws<ArgumentException>(() => statement with { Citation = statement.Citation with { Line = 3 } });
    }

    [Fact]
    public void A_name_moved_to_another_line_changes_a_bound_statement_though_its_offsets_and_span_stay()
    {
        const string before = "[1934]{.date\n#b p=born\nrank=normal}";
        const string after = "[1934]{.date #b\np=born\nrank=normal}";
        Assert.Equal(before.IndexOf('#'), after.IndexOf('#'));

        Assert.Equal(Bound(before).Statement, Bound(after).Statement);
        Assert.NotEqual(Bound(before), Bound(after));
        Assert.Equal(Bound(before), Bound(before));

        static BoundStatement Bound(string text)
        {
            var place = new SpanPlace(new LineMap(Path, text), 0, text.Length);
            var value = FactValue.Of(new IntegerValue(ValueKind.Count, 1934, Comparator.Exact));
            var statement = new Statement(null, "leonov", "born", value, EquatableArray<Qualifier>.Empty, new Citation("doc.leo", 1, 1, "1934", "1934"), Rank.Normal, null, place);
            return new BoundStatement(statement, text.IndexOf('#'), 2);
        }
    }
}
