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

    private static readonly Regex s_typeDeclaration = new(@"^    public (?:(?:sealed|static|abstract|readonly|partial) )*(?:class|struct|record|enum|interface) (\w+)", RegexOptions.Multiline);

    private static readonly string s_text = Load();

    /// <summary>The names of the support types, which the schema's own type names must not take.</summary>
    public static System.Collections.Generic.IReadOnlyCollection<string> TypeNames { get; } =
        s_typeDeclaration.Matches(s_text).Cast<Match>().Select(static m => m.Groups[1].Value).Distinct().ToArray();

    public static string For(string ns, bool isPublic)
    {
        var text = s_text.Replace("namespace LeonovData\n", "namespace " + ns + "\n");
        return isPublic ? text : s_topLevelPublic.Replace(text, "    internal ");
    }

    private static string Load()
    {
        var assembly = typeof(RuntimeSource).Assembly;
        var names = assembly.GetManifestResourceNames().Where(static n => n.StartsWith("LeonovData.Runtime.", System.StringComparison.Ordinal)).OrderBy(static n => n, System.StringComparer.Ordinal);
        var parts = names.Select(name =>
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd().Replace("\r\n", "\n").TrimEnd('\n');
        });
        return string.Join("\n\n", parts) + "\n";
    }
}
