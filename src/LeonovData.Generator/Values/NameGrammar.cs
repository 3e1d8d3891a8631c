namespace LeonovData.Generator.Values;

/// <summary>A name is any text with something besides white space, and no control characters
/// (which no printed name contains, and which usually mean a broken file).</summary>
internal static class NameGrammar
{
    public static Reading<NameValue> Read(string text)
    {
        foreach (var ch in text)
        {
            if (char.IsControl(ch) && !char.IsWhiteSpace(ch))
            {
                return Reading<NameValue>.Fail("it contains the control character " + Quote.Of(ch.ToString()) + "; remove it");
            }
        }

        return WhiteSpace.Fold(text).Length == 0
            ? Reading<NameValue>.Fail("the name is empty; cover the name itself")
            : Reading<NameValue>.Ok(new NameValue(text));
    }
}
