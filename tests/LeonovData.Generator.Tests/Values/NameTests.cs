namespace LeonovData.Generator.Tests.Values;

using LeonovData.Generator.Values;
using Xunit;

public sealed class NameTests
{
    [Theory]
    [InlineData("Alexei Leonov", "Alexei Leonov")]
    [InlineData("Alexei\u00A0Leonov", "Alexei Leonov")]
    [InlineData("  Alexei \u00A0\r\n\t Arkhipovich   Leonov \n", "Alexei Arkhipovich Leonov")]
    [InlineData("Voskhod 2", "Voskhod 2")]
    [InlineData("Союз-19", "Союз-19")]
    public void Folds_white_space_and_keeps_the_covered_text(string text, string normalized)
    {
        var value = Assert.IsType<NameValue>(Read.Text(ValueKind.Name, text));
        Assert.Equal(text, value.Text);
        Assert.Equal(normalized, value.Normalized);
        Assert.Null(value.Precision);
        Assert.Equal(normalized, Read.Normalized(ValueKind.Name, text).Normalized);
    }

    [Theory]
    [InlineData("", "the name is empty")]
    [InlineData(" \u00A0\n", "the name is empty")]
    [InlineData("Leo\u0001nov", "control character 'U+0001'")]
    public void Rejects_empty_names_and_control_characters(string text, string fragment)
    {
        Read.Contains(Read.Error(ValueKind.Name, text), fragment);
        Read.Contains(Read.NormalizedError(ValueKind.Name, text), fragment);
    }

    [Fact]
    public void Normalized_follows_the_text_through_with_expressions()
    {
        var name = new NameValue("Alexei  Leonov");
        var renamed = name with { Text = "Alexey\u00A0Leonov" };
        Assert.Equal("Alexey Leonov", renamed.Normalized);
    }
}
