namespace LeonovData.Generator.Tests.Generator;

using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>
/// Nothing lost in the data encoding (issue 7): the diagnostics, the JSON export and every typed
/// property of every entity, for the Leonov corpus and a synthetic corpus, equal what the generator
/// produced before the redesign (captured from main at 61afb0a into <c>Fixtures/Before/</c>). The
/// typed view may gain lines (new members) but must keep every old one. Intended changes are listed in
/// <c>Fixtures/Before/README.md</c>; <c>LEONOV_WRITE_BEFORE=1</c> rewrites the fixtures.
/// </summary>
public sealed class DifferentialTests
{
    public static TheoryData<string> Corpora => new() { "leonov", "synthetic" };

    /// <summary>
    /// Intended changes (Fixtures/Before/README.md): a property's facts are named after its
    /// <c>member=</c>, as its values are.
    /// </summary>
    private static readonly (string Before, string After)[] s_renamed =
    {
        (" ConferredFacts=", " ConferredOnFacts="),
        (" GrandchildrenFact=", " GrandchildCountFact="),
        (" InReserveFact=", " InReserveSinceFact="),
        (" SelectedFacts=", " SelectedDateFacts="),
    };

    [Theory]
    [MemberData(nameof(Corpora))]
    public void DiagnosticsExportAndTypedValuesAreAsBefore(string corpus)
    {
        var run = GeneratorHarness.Run(Files(corpus));
        run.AssertDidNotCrash();
        run.AssertCompilesCleanly();
        var diagnostics = string.Join("\n", run.Diagnostics.Select(static d => d.ToString()).OrderBy(static d => d, StringComparer.Ordinal)) + "\n";
        using var assembly = GeneratedAssembly.Load(run.OutputCompilation);
        var json = (string)assembly.Invoke("LeonovData.Dataset", "ToJson")!;
        var typed = TypedView(assembly.Assembly);

        if (Environment.GetEnvironmentVariable("LEONOV_WRITE_BEFORE") == "1")
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllText(Path.Combine(Folder, corpus + ".diagnostics.txt"), diagnostics);
            File.WriteAllText(Path.Combine(Folder, corpus + ".export.json"), json);
            File.WriteAllText(Path.Combine(Folder, corpus + ".typed.txt"), string.Join("\n", typed) + "\n");
            return;
        }

        Assert.Equal(File.ReadAllText(Path.Combine(Folder, corpus + ".diagnostics.txt")), diagnostics);
        Assert.Equal(File.ReadAllText(Path.Combine(Folder, corpus + ".export.json")), json);
        var before = File.ReadAllLines(Path.Combine(Folder, corpus + ".typed.txt")).Select(Renamed);
        var after = new HashSet<string>(typed, StringComparer.Ordinal);
        var lost = before.Where(line => !after.Contains(line)).ToList();
        Assert.True(lost.Count == 0, $"{lost.Count} typed values lost or changed, first ones:\n" + string.Join("\n", lost.Take(10)));
    }

    private static string Renamed(string line)
    {
        foreach (var (old, renamed) in s_renamed)
        {
            line = line.Replace(old, renamed, StringComparison.Ordinal);
        }

        return line;
    }

    private static string Folder => Path.Combine(Repository.Root, "tests", "LeonovData.Generator.Tests", "Fixtures", "Before");

    private static IReadOnlyList<(string Path, string Text)> Files(string corpus) =>
        corpus == "leonov" ? Repository.SeedFiles() : CrewCorpus.Files(documents: 40, crewPerMission: 3);

    /// <summary>
    /// One line per typed property of every entity: its value, and for a fact its rank, every citation
    /// and every qualifier, as a user of the typed API reads them.
    /// </summary>
    private static List<string> TypedView(Assembly assembly)
    {
        var dataset = assembly.GetType("LeonovData.Dataset", throwOnError: true)!;
        var entities = (IEnumerable)dataset.GetProperty("Entities")!.GetValue(null)!;
        var entityType = dataset.GetProperty("Entities")!.PropertyType.GetGenericArguments()[0];
        var lines = new List<string>();
        foreach (var entity in entities.Cast<object>())
        {
            var prefix = $"{entityType.GetProperty("Kind")!.GetValue(entity)} {entityType.GetProperty("Id")!.GetValue(entity)}";
            lines.Add($"{prefix} names={string.Join("|", ((IEnumerable)entityType.GetProperty("Names")!.GetValue(entity)!).Cast<object>())} at {entityType.GetProperty("Citation")!.GetValue(entity)}");
            foreach (var property in entity.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).OrderBy(static p => p.Name, StringComparer.Ordinal))
            {
                lines.Add($"{prefix} {property.Name}={Show(property.GetValue(entity))}");
            }
        }

        return lines;
    }

    private static string Show(object? value)
    {
        switch (value)
        {
            case null:
                return "null";
            case string text:
                return text;
            case IEnumerable items:
                return "[" + string.Join("; ", items.Cast<object?>().Select(Show)) + "]";
        }

        var type = value.GetType();
        if (IsFact(type))
        {
            var fact = new StringBuilder(Show(type.GetProperty("Value")!.GetValue(value)));
            fact.Append(CultureInfo.InvariantCulture, $" {type.GetProperty("Rank")!.GetValue(value)}");
            fact.Append(" cited " + string.Join(" ", ((IEnumerable)type.GetProperty("Citations")!.GetValue(value)!).Cast<object>().Select(static c => $"{c}“{c.GetType().GetProperty("Quote")!.GetValue(c)}”")));
            foreach (var qualifier in ((IEnumerable)type.GetProperty("Qualifiers")!.GetValue(value)!).Cast<object>())
            {
                var q = qualifier.GetType();
                fact.Append(CultureInfo.InvariantCulture, $" {q.GetProperty("Property")!.GetValue(qualifier)}={q.GetProperty("Value")!.GetValue(qualifier)}@{q.GetProperty("Citation")!.GetValue(qualifier)}");
            }

            return fact.ToString();
        }

        return Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
    }

    // A fact is a Fact<T> or, since properties say which qualifiers they take, a type derived from it
    // (PersonRankFact); the fixtures were written when every fact was a Fact<T> itself.
    private static bool IsFact(Type? type)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition().Name == "Fact`1")
            {
                return true;
            }
        }

        return false;
    }
}
