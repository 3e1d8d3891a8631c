namespace LeonovData.Generator.Tests.Binding;

using LeonovData.Generator.Binding;
using LeonovData.Generator.Model;
using LeonovData.Generator.Values;
using Xunit;

/// <summary>
/// A statement's value and citation are values inside it, not objects of their own: they must still
/// compare as the records they were (by content, never by instance), or the pipeline would re-run
/// steps whose input did not change, or keep a stale output.
/// </summary>
public sealed class FactValueTests
{
    [Fact]
    public void Equal_literals_are_equal_and_hash_alike()
    {
        var a = FactValue.Of(new IntegerValue(ValueKind.Count, 3, Comparator.Exact));
        var b = FactValue.Of(new IntegerValue(ValueKind.Count, 3, Comparator.Exact));

        Assert.True(a.Equals(b));
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(("count", "3"), (a.Type, a.Normalized));
        Assert.Null(a.EntityId);
    }

    [Fact]
    public void Literals_that_differ_in_number_kind_or_comparator_differ()
    {
        var three = FactValue.Of(new IntegerValue(ValueKind.Count, 3, Comparator.Exact));

        Assert.NotEqual(three, FactValue.Of(new IntegerValue(ValueKind.Count, 4, Comparator.Exact)));
        Assert.NotEqual(three, FactValue.Of(new IntegerValue(ValueKind.Ordinal, 3, Comparator.Exact)));
        Assert.NotEqual(three, FactValue.Of(new IntegerValue(ValueKind.Count, 3, Comparator.AtMost)));
        Assert.NotEqual(three, FactValue.Of(new NameValue("3")));
    }

    [Fact]
    public void References_compare_by_kind_and_id_not_by_instance()
    {
        var id = new string("moscow".ToCharArray());
        var a = FactValue.Entity("place", "moscow");
        var b = FactValue.Entity("place", id);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(("place", "moscow", "moscow"), (a.Type, a.EntityId, a.Normalized));
        Assert.Null(a.Literal);
        Assert.NotEqual(a, FactValue.Entity("place", "kaluga"));
        Assert.NotEqual(a, FactValue.Entity("person", "moscow"));
    }

    [Fact]
    public void A_reference_never_equals_a_literal_of_the_same_text()
    {
        Assert.NotEqual(FactValue.Entity("name", "Leonov"), FactValue.Of(new NameValue("Leonov")));
        Assert.NotEqual(FactValue.Of(new NameValue("Leonov")), FactValue.Entity("name", "Leonov"));
    }

    [Fact]
    public void Citations_compare_by_content_and_differ_in_any_part()
    {
        var text = "Leonov was born in 1934. He walked in space.";
        var a = new Citation("doc.leo", 3, 5, "1934", new TextSlice(text, 0, 24));
        var b = new Citation(new string("doc.leo".ToCharArray()), 3, 5, new string("1934".ToCharArray()), "Leonov was born in 1934.");

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, a with { Line = 4 });
        Assert.NotEqual(a, a with { Column = 6 });
        Assert.NotEqual(a, a with { Document = "other.leo" });
        Assert.NotEqual(a, a with { Quote = "1935" });
        Assert.NotEqual(a, a with { Sentence = new TextSlice(text, 25, 19) });
        Assert.Equal("doc.leo(3,5)", a.ToString());
    }

    [Fact]
    public void Default_values_compare_and_hash_without_throwing()
    {
        // A struct's default exists wherever an array or a collection makes room for one.
        Assert.Equal(default(FactValue), default(FactValue));
        Assert.NotEqual(default(FactValue), FactValue.Of(new IntegerValue(ValueKind.Count, 3, Comparator.Exact)));
        Assert.Equal(default(FactValue).GetHashCode(), default(FactValue).GetHashCode());
        Assert.Equal(default(Citation), default(Citation));
        Assert.Equal(default(Citation).GetHashCode(), default(Citation).GetHashCode());
    }
}
