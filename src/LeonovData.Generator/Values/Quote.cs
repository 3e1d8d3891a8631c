using System.Globalization;
using System.Text;

namespace LeonovData.Generator.Values;

/// <summary>Quotes a piece of covered text for a message: short, single-line and printable.</summary>
internal static class Quote
{
    private const int MaxShown = 40;

    public static string Of(string text)
    {
        var builder = new StringBuilder(MaxShown + 8);
        builder.Append('\'');
        var shown = 0;
        foreach (var ch in text)
        {
            if (shown == MaxShown)
            {
                builder.Append('…');
                break;
            }

            if (char.IsControl(ch) || char.IsSurrogate(ch) || char.GetUnicodeCategory(ch) == UnicodeCategory.Format)
            {
                builder.Append("U+").Append(((int)ch).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(ch);
            }

            shown++;
        }

        builder.Append('\'');
        return builder.ToString();
    }

    public static string Of(Token token) => Of(token.Text);
}
