namespace LeonovData.Package.Tests;

using System.Diagnostics;
using LeonovData.Package.Tests.TestSupport;
using Xunit;

/// <summary>
/// The acceptance, tried as a new user would on a clean machine: follow the getting-started
/// page into a new console app, add two documents and a schema of one's own, build, delete one
/// document and see the count drop, rename the other and see its new path in the citations, export
/// JSON and read the sources' URLs and licences from Python. Never --no-incremental, never a
/// hand-written nuget.config, never a cleared cache.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class AcceptanceTests(PackageFixture package)
{
    private const string Program = """
        using LeonovData;

        Console.WriteLine($"{Dataset.Statements.Count} facts from {Dataset.Sources.Count} documents");
        Console.WriteLine(string.Join(" ", Dataset.Statements.Select(static s => s.Citation)));
        File.WriteAllText("dataset.json", Dataset.ToJson());
        """;

    private const string ReadSources = """
        import json, sys
        export = json.load(open(sys.argv[1], encoding="utf-8"))
        assert export["format"] == "leonovdata-export/1", export["format"]
        for source in export["sources"]:
            print(source["path"], source["url"], source["licence"])
        """;

    [Fact]
    public void A_new_user_s_own_corpus_stays_in_step_with_its_files_and_its_export_reads_in_Python()
    {
        var user = new NewUser(package, "acceptance").FollowGettingStarted()
            .Write("Program.cs", Program)
            .Write("Data/ships.leoschema", Harbour.Schema)
            .Write("Data/label.leo", "{#label .source kind=label outlet=\"Port Ellery Maritime Museum\" url=\"https://example.org/museum/marlin\" licence=\"CC-BY-4.0\" subject=marlin}\n[Marlin]{.ship #marlin} was launched on [14 April 1891]{.date p=launched}.\n")
            .Write("Data/gazette.leo", "{#gazette .source kind=news outlet=\"The Ellery Gazette\" licence=\"public domain\" subject=marlin}\nThe schooner [Marlin]{.ship e=marlin} sailed with a crew of [seven]{.count p=crew}.\n");

        // The project has its own schema: the bundled Leonov corpus steps aside by itself.
        Assert.Equal("2 facts from 2 documents\nData/gazette.leo(2,61) Data/label.leo(2,41)\n", Run(user));

        File.Delete(user.PathOf("Data/gazette.leo"));
        Assert.Equal("1 facts from 1 documents\nData/label.leo(2,41)\n", Run(user));

        user.Move("Data/label.leo", "Data/museum/marlin-label.leo");
        Assert.Equal("1 facts from 1 documents\nData/museum/marlin-label.leo(2,41)\n", Run(user));

        File.WriteAllText(user.PathOf("read_sources.py"), ReadSources);
        Assert.Equal("Data/museum/marlin-label.leo https://example.org/museum/marlin CC-BY-4.0\n", Python(user.WorkingDirectory, "read_sources.py", "dataset.json"));
    }

    /// <summary>`dotnet run` as the user types it; returns what the program printed, after the build's own lines.</summary>
    private static string Run(NewUser user)
    {
        var result = user.Execute("dotnet run")!;
        BuildAssert.GeneratorLoaded(result);
        Assert.Empty(BuildAssert.Problems(result));
        var lines = result.Output.Split('\n');
        var first = Array.FindLastIndex(lines, static l => l.Contains(" facts from ", StringComparison.Ordinal));
        Assert.True(first >= 0, result.ToString());
        return string.Join("\n", lines[first..]);
    }

    private static string Python(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("python3") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-I", "-S" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, output + error.Result);
        return output;
    }
}
