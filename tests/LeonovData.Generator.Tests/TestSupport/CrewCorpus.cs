namespace LeonovData.Generator.Tests.TestSupport;

using System.Globalization;
using System.Text;

/// <summary>
/// A deterministic corpus valid against the Leonov schema, for tests that compare whole outputs:
/// every document declares a mission and its crew, restates less precisely the birth dates of the
/// previous document's crew (so values resolve across documents, and across data shards; every
/// tenth document disagrees, so the checks report), and
/// gives many-valued, entity-valued, qualified, duration and length facts.
/// </summary>
internal static class CrewCorpus
{
    private static readonly string[] s_months =
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    public static IReadOnlyList<(string Path, string Text)> Files(int documents, int crewPerMission)
    {
        var files = new List<(string Path, string Text)> { ("/synthetic/leonov.leoschema", File.ReadAllText(Path.Combine(Repository.Seeds, "leonov.leoschema"))) };
        for (var d = 0; d < documents; d++)
        {
            files.Add(($"/synthetic/syn-{d:D3}.leo", Document(d, crewPerMission)));
        }

        return files;
    }

    private static string Document(int d, int crew)
    {
        var mission = $"m-{d:D3}";
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{{#syn-{d:D3} .source kind=news outlet=\"Synthetic {d}\" published=2020-{1 + (d % 12):D2} subject={mission}}}\n");
        text.Append(CultureInfo.InvariantCulture, $"[Mission {d}]{{.mission #{mission}}} flew in [{s_months[d % 12]} {1961 + (d % 30)}]{{.date p=date}}, reaching [{100 + d} kilometres]{{.length p=altitude}}.\n");
        text.Append(CultureInfo.InvariantCulture, $"Its [walk {d}]{{.event #walk-{d:D3} of={mission} p=spacewalk}} lasted [{1 + (d % 50)} minutes]{{.duration of=walk-{d:D3} p=duration}}.\n");
        for (var k = 0; k < crew; k++)
        {
            var person = Person(d, k);
            var (day, month, year) = Birth(d, k);
            text.Append(CultureInfo.InvariantCulture, $"[Person {d}-{k}]{{.person #{person}}} served in the crew as [Person {d}-{k}]{{.person e={person} of={mission} p=crew #crew-{d:D3}-{k:D2}}} (born [{day} {s_months[month - 1]} {year}]{{.date of={person} p=born}}) flew as [{(k == 0 ? "commander" : "engineer")}]{{.name on=crew-{d:D3}-{k:D2} p=role}}");
            text.Append(CultureInfo.InvariantCulture, $" and worked as a [pilot]{{.name of={person} p=occupation}} and an [engineer]{{.name of={person} p=occupation}}.\n");
            if (d > 0)
            {
                var (_, _, earlier) = Birth(d - 1, k);
                // Every tenth document misremembers a year: a conflict the checks report, resolved to the more precise date.
                var stated = d % 10 == 9 && k == 0 ? earlier + 1 : earlier;
                text.Append(CultureInfo.InvariantCulture, $"[Person {d - 1}-{k}]{{.person e={Person(d - 1, k)} of={person} p=friend}}, born in [{stated}]{{.date of={Person(d - 1, k)} p=born}}, was a friend of Person {d}-{k}.\n");
            }
        }

        return text.ToString();
    }

    private static string Person(int d, int k) => $"p-{d:D3}-{k:D2}";

    private static (int Day, int Month, int Year) Birth(int d, int k) => (1 + ((d * 7 + k) % 28), 1 + ((d + k) % 12), 1930 + ((d + k) % 30));
}
