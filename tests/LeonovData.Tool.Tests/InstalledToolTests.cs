using System.Text.Json;
using LeonovData.Tool.Tests.TestSupport;

namespace LeonovData.Tool.Tests;

/// <summary>
/// The acceptance, as a new user meets it: pack the tool, install it from the local package
/// folder into a temporary tool path, and in a folder with two documents and a schema run `leo check`
/// (a planted typo at its line and column), `leo export --format csv` (read by Python) and `leo html`.
/// </summary>
public sealed class InstalledToolTests
{
    [Fact]
    public void The_packed_tool_installs_and_runs_as_a_user_would()
    {
        var run = Repository.NewFolder("installed");
        var feed = Path.Combine(run, "feed");
        var isolated = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(run, "packages") };
        var pack = Leo.Process("dotnet", ["pack", Repository.ToolProject, "-c", "Release", "-o", feed, "--artifacts-path", Path.Combine(run, "artifacts"), "-nodeReuse:false", "-tl:off"], Repository.Root, TimeSpan.FromMinutes(8));
        Assert.True(pack.ExitCode == 0, pack.ToString());
        var package = Assert.Single(Directory.GetFiles(feed, "LeonovData.Tool.*.nupkg"));
        var version = Path.GetFileNameWithoutExtension(package)["LeonovData.Tool.".Length..];

        var tools = Path.Combine(run, "tools");
        var install = Leo.Process("dotnet", ["tool", "install", "LeonovData.Tool", "--tool-path", tools, "--add-source", feed, "--version", version], run, TimeSpan.FromMinutes(4), isolated);
        Assert.True(install.ExitCode == 0, install.ToString());
        var leo = Path.Combine(tools, "leo");

        var project = Harbour.Create("acceptance", "{#refit .source kind=note subject=marlin}\nThe [Marlin]{.ship e=marlin} was refitted at [Port Elery]{.place e=port-elery}.\n");
        var check = Leo.Process(leo, ["check"], project);
        Assert.Equal(1, check.ExitCode);
        Assert.StartsWith(Path.Combine(project, "docs", "refit.leo") + "(2,", Assert.Single(check.Lines), StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(project, "docs", "refit.leo"), "{#refit .source kind=note subject=marlin}\nThe [Marlin]{.ship e=marlin} was refitted at [Port Ellery]{.place e=port-ellery}.\n");
        Assert.Equal(0, Leo.Process(leo, ["check", "-q"], project).ExitCode);
        var csv = Leo.Process(leo, ["export", "--format", "csv", "-o", "facts.csv"], project);
        Assert.True(csv.ExitCode == 0, csv.ToString());
        var python = Leo.Process("python3", ["-c", "import csv,sys\nrows=list(csv.DictReader(open('facts.csv', newline='', encoding='utf-8')))\nprint(len(rows), rows[0]['subject'])"], project);
        Assert.Equal("5 marlin", python.Text.Trim());

        var html = Leo.Process(leo, ["html", "-o", "site"], project);
        Assert.True(html.ExitCode == 0, html.ToString());
        Assert.True(File.Exists(Path.Combine(project, "site", "timeline.html")));
        Assert.True(File.Exists(Path.Combine(project, "site", "entities", "marlin.html")));

        var bundled = Leo.Process(leo, ["export", "--leonov", "-q"], Repository.NewFolder("bundled"));
        Assert.True(bundled.ExitCode == 0, bundled.ToString());
        using var leonov = JsonDocument.Parse(bundled.Output);
        Assert.Contains("alexei-leonov", bundled.Text, StringComparison.Ordinal);
    }
}
