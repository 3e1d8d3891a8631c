using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;

namespace LeonovData.Generator.Emit;

/// <summary>
/// The support types (<c>PartialDate</c>, <c>Fact&lt;T&gt;</c>, <c>Citation</c>…) are real C# files
/// under Runtime/, embedded in the generator and emitted into the consumer's compilation with its
/// namespace and visibility. Keeping them as files keeps them readable and reviewable as code.
/// </summary>
internal static class RuntimeSource
{
    private static readonly Regex s_topLevelPublic = new(@"^    public (?=(enum|readonly struct|sealed|abstract|static|partial|interface)\b)", RegexOptions.Multiline);

    private static readonly Regex s_typeDeclaration = new(@"^    (?:public|internal) (?:(?:sealed|static|abstract|readonly|partial) )*(?:class|struct|record|enum|interface|delegate \w+) (\w+)|^    using (\w+) =", RegexOptions.Multiline);

    /// <summary>How the shared files name the data's type; string-literal data swaps it.</summary>
    private const string SpanData = "using EncodedBytes = global::System.ReadOnlySpan<byte>;";

    private static readonly string s_utf8 = Load("LeonovData.Runtime.", "LeonovData.Runtime.Utf8.");

    private static readonly string s_utf16 = Load("LeonovData.Runtime.", "LeonovData.Runtime.Utf16.").Replace(SpanData, "using EncodedBytes = global::System.String;");

    /// <summary>The names of the support types, which the schema's own type names must not take.</summary>
    public static System.Collections.Generic.IReadOnlyCollection<string> TypeNames { get; } =
        s_typeDeclaration.Matches(s_utf8).Cast<Match>().Select(static m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).Distinct().ToArray();

    /// <param name="utf8">Whether the data is UTF-8 literals (read as spans) or string literals.</param>
    public static string For(string ns, bool isPublic, bool utf8)
    {
        var text = (utf8 ? s_utf8 : s_utf16).Replace("namespace LeonovData\n", "namespace " + ns + "\n");
        return isPublic ? text : s_topLevelPublic.Replace(text, "    internal ");
    }

    /// <summary>The shared files (directly under Runtime/) and those of one data encoding (Runtime/Utf8/ or Runtime/Utf16/).</summary>
    private static string Load(string shared, string encoding)
    {
        var assembly = typeof(RuntimeSource).Assembly;
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(encoding, System.StringComparison.Ordinal) || (n.StartsWith(shared, System.StringComparison.Ordinal) && n.Substring(shared.Length).Count(static c => c == '.') == 1))
            .OrderBy(static n => n, System.StringComparer.Ordinal);
        var parts = names.Select(name =>
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd().Replace("\r\n", "\n").TrimEnd('\n');
        });
        return string.Join("\n\n", parts) + "\n";
    }
}
