using System.Net;
using System.Text;

namespace LeonovData.Tool.Site;

/// <summary>Escaping and names for the site's pages: every text goes through <see cref="Text"/>, every file name through <see cref="Slug"/>.</summary>
internal static class Html
{
    public static string Text(string? value) => WebUtility.HtmlEncode(value ?? string.Empty);

    /// <summary>A file-name-safe form of an id: lower-case letters, digits and '-', never empty.</summary>
    public static string Slug(string id)
    {
        var slug = new StringBuilder(id.Length);
        foreach (var c in id.ToLowerInvariant())
        {
            slug.Append(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_' ? c : '-');
        }

        return slug.Length == 0 ? "-" : slug.ToString();
    }
}
