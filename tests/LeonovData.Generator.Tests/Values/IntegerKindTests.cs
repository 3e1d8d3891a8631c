namespace LeonovData.Generator.Tests.Values;

using LeonovData.Generator.Values;
using Xunit;

/// <summary>Counts, ordinals and ages: whole numbers in their own closed grammars.</summary>
public sealed class IntegerKindTests
{
    [Theory]
    [InlineData("twice", 2, Comparator.Exact)]
    [InlineData("Twice", 2, Comparator.Exact)]
    [InlineData("once", 1, Comparator.Exact)]
    [InlineData("thrice", 3, Comparator.Exact)]
    [InlineData("two-time", 2, Comparator.Exact)]
    [InlineData("Two-time", 2, Comparator.Exact)]
    [InlineData("three-time", 3, Comparator.Exact)]
    [InlineData("2-time", 2, Comparator.Exact)]
    [InlineData("three times", 3, Comparator.Exact)]
    [InlineData("Two", 2, Comparator.Exact)]
    [InlineData("two", 2, Comparator.Exact)]
    [InlineData("14", 14, Comparator.Exact)]
    [InlineData("nine", 9, Comparator.Exact)]
    [InlineData("five", 5, Comparator.Exact)]
    [InlineData("20", 20, Comparator.Exact)]
    [InlineData("twenty-one", 21, Comparator.Exact)]
    [InlineData("1,000", 1000, Comparator.Exact)]
    [InlineData("zero", 0, Comparator.Exact)]
    [InlineData("more than 20", 20, Comparator.GreaterThan)]
    [InlineData("about a hundred", 100, Comparator.Approximately)]
    public void Reads_counts(string text, int number, object comparator)
    {
        Assert.Equal(new IntegerValue(ValueKind.Count, number, (Comparator)comparator), Read.Text(ValueKind.Count, text));
    }

    [Theory]
    [InlineData("1.5", "'1.5' is not a whole number")]
    [InlineData("nien", "'nien' is not a number; did you mean 'nine'?")]
    [InlineData("-2", "expected a number, found '-'")]
    [InlineData("two-times", "unexpected '-'")]
    [InlineData("twice twice", "unexpected 'twice'")]
    [InlineData("99999999999", "too large")]
    [InlineData("more than", "there is no number")]
    [InlineData("", "empty")]
    public void Rejects_malformed_counts(string text, string fragment)
    {
        Read.Contains(Read.Error(ValueKind.Count, text), fragment);
    }

    [Theory]
    [InlineData("eleventh", 11)]
    [InlineData("Eleventh", 11)]
    [InlineData("113th", 113)]
    [InlineData("1st", 1)]
    [InlineData("2nd", 2)]
    [InlineData("3rd", 3)]
    [InlineData("10th", 10)]
    [InlineData("11th", 11)]
    [InlineData("12th", 12)]
    [InlineData("13th", 13)]
    [InlineData("21st", 21)]
    [InlineData("24th", 24)]
    [InlineData("69th", 69)]
    [InlineData("111th", 111)]
    [InlineData("112th", 112)]
    [InlineData("294th", 294)]
    [InlineData("eighth", 8)]
    [InlineData("first", 1)]
    [InlineData("twentieth", 20)]
    [InlineData("twenty-first", 21)]
    [InlineData("thirtieth", 30)]
    [InlineData("ninetieth", 90)]
    [InlineData("hundredth", 100)]
    [InlineData("III degree", 3)]
    [InlineData("II degree", 2)]
    [InlineData("XX", 20)]
    [InlineData("iv", 4)]
    [InlineData("1st class", 1)]
    [InlineData("1st-class", 1)]
    [InlineData("3rd class", 3)]
    [InlineData("4th class", 4)]
    [InlineData("first class", 1)]
    public void Reads_ordinals(string text, int number)
    {
        var value = Read.Text(ValueKind.Ordinal, text);
        Assert.Equal(new IntegerValue(ValueKind.Ordinal, number, Comparator.Exact), value);
        Assert.Null(value.Precision);
        Assert.Equal(number.ToString(System.Globalization.CultureInfo.InvariantCulture), value.Normalized);
    }

    [Theory]
    [InlineData("1th", "'1th' has the wrong ordinal suffix; write '1st'")]
    [InlineData("11st", "write '11th'")]
    [InlineData("113rd", "write '113th'")]
    [InlineData("22th", "write '22nd'")]
    [InlineData("3", "'3' is a number, not an ordinal; write '3rd'")]
    [InlineData("3 rd", "write '3rd'")]
    [InlineData("elevnth", "'elevnth' is not an ordinal; did you mean 'eleventh'?")]
    [InlineData("IIII", "expected an ordinal")]
    [InlineData("XXI", "expected an ordinal")]
    [InlineData("0th", "ordinals start at '1st'")]
    [InlineData("3rd place", "unexpected 'place'")]
    [InlineData("3rd class class", "unexpected 'class'")]
    [InlineData("", "empty")]
    public void Rejects_malformed_ordinals(string text, string fragment)
    {
        Read.Contains(Read.Error(ValueKind.Ordinal, text), fragment);
    }

    [Theory]
    [InlineData("aged 85", 85, Comparator.Exact)]
    [InlineData("at the age of 85", 85, Comparator.Exact)]
    [InlineData("At the age of 85", 85, Comparator.Exact)]
    [InlineData("85", 85, Comparator.Exact)]
    [InlineData("age 79", 79, Comparator.Exact)]
    [InlineData("aged 79", 79, Comparator.Exact)]
    [InlineData("at age 85", 85, Comparator.Exact)]
    [InlineData("aged eighty-five", 85, Comparator.Exact)]
    [InlineData("85 years old", 85, Comparator.Exact)]
    [InlineData("85-year-old", 85, Comparator.Exact)]
    [InlineData("almost 85", 85, Comparator.LessThan)]
    [InlineData("aged about 85", 85, Comparator.Approximately)]
    public void Reads_ages(string text, int number, object comparator)
    {
        Assert.Equal(new IntegerValue(ValueKind.Age, number, (Comparator)comparator), Read.Text(ValueKind.Age, text));
    }

    [Theory]
    [InlineData("aged 151", "'151' is not a plausible age (at most 150)")]
    [InlineData("at 85", "after 'at' write 'the age of'")]
    [InlineData("aged", "there is no number")]
    [InlineData("aged 85.5", "not a whole number of years")]
    [InlineData("aged 85 yrs", "unexpected 'yrs'")]
    [InlineData("aged nien", "did you mean 'nine'?")]
    [InlineData("", "empty")]
    public void Rejects_malformed_ages(string text, string fragment)
    {
        Read.Contains(Read.Error(ValueKind.Age, text), fragment);
    }

    [Theory]
    [InlineData(ValueKind.Count, "2", 2)]
    [InlineData(ValueKind.Count, "0", 0)]
    [InlineData(ValueKind.Ordinal, "11", 11)]
    [InlineData(ValueKind.Age, "85", 85)]
    [InlineData(ValueKind.Age, "085", 85)]
    public void Reads_the_v_form(object kind, string v, int number)
    {
        Assert.Equal(new IntegerValue((ValueKind)kind, number, Comparator.Exact), Read.Normalized((ValueKind)kind, v));
    }

    [Theory]
    [InlineData(ValueKind.Count, "two", "digits only")]
    [InlineData(ValueKind.Count, "-2", "digits only")]
    [InlineData(ValueKind.Count, "2.0", "digits only")]
    [InlineData(ValueKind.Count, " 2", "digits only")]
    [InlineData(ValueKind.Count, "", "digits only")]
    [InlineData(ValueKind.Count, "99999999999", "too large")]
    [InlineData(ValueKind.Ordinal, "0", "ordinals start at 1")]
    [InlineData(ValueKind.Ordinal, "11th", "digits only")]
    [InlineData(ValueKind.Age, "200", "not a plausible age")]
    public void Rejects_malformed_v_forms(object kind, string v, string fragment)
    {
        Read.Contains(Read.NormalizedError((ValueKind)kind, v), fragment);
    }
}
