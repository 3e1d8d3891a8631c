using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace LeonovData.Benchmarks.Acceptance;

/// <summary>
/// A console project built with the real <c>dotnet build</c>, as a user builds it: its own folder, a
/// nuget.config that adds the local feed, packages restored into a cache of this run only.
/// Builds use the compiler server (this machine's environment turns it off with
/// <c>UseSharedCompilation=false</c>; a developer's machine has it on), so a rebuild meets the
/// generator driver the server kept from the build before.
/// </summary>
internal sealed partial class DotNetProject
{
    private readonly string _packages;

    public DotNetProject(string folder, string feed, string packages, string? leonovVersion, string extraProperties = "")
    {
        Folder = folder;
        _packages = packages;
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="leonovdata-acceptance" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        var reference = leonovVersion is null ? string.Empty : $"""<ItemGroup><PackageReference Include="LeonovData" Version="{leonovVersion}" /></ItemGroup>""";
        File.WriteAllText(Path.Combine(folder, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                {extraProperties}
              </PropertyGroup>
              {reference}
            </Project>
            """);
    }

    public string Folder { get; }

    /// <summary>
    /// Builds in Release with <c>-p:ReportAnalyzer=true</c>; returns the wall time, the generator's own
    /// time as the compiler reports it, and the compile task's time in MSBuild's performance summary
    /// (the compiler server's whole compile, generators included, without the rest of the build),
    /// and which generator file the compiler got: the package's ReadyToRun image for this machine
    /// (build/generator/&lt;rid&gt;/) or the IL (analyzers/dotnet/cs/), or empty when it did not compile.
    /// </summary>
    public (double WallMs, double GeneratorMs, double CompileMs, string Generator) Build()
    {
        var clock = Stopwatch.StartNew();
        var output = Run("dotnet", "build", "-c", "Release", "-p:ReportAnalyzer=true", "-v:d", "-clp:PerformanceSummary", "-tl:off", "-nologo");
        var wall = clock.Elapsed.TotalMilliseconds;
        var generator = GeneratorTime().Match(output);
        var compile = CompileTime().Match(output);
        return (
            wall,
            generator.Success ? double.Parse(generator.Groups["seconds"].Value, CultureInfo.InvariantCulture) * 1000 : double.NaN,
            compile.Success ? double.Parse(compile.Groups["ms"].Value, CultureInfo.InvariantCulture) : double.NaN,
            GeneratorFile().Match(output) is { Success: true } file ? file.Groups["folder"].Value : string.Empty);
    }

    /// <summary>Runs the built program and returns what it printed.</summary>
    public string RunApp() => Run("dotnet", Path.Combine(Folder, "bin", "Release", "net10.0", "App.dll")).Trim();

    private string Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NUGET_PACKAGES"] = _packages;
        start.Environment["UseSharedCompilation"] = "true";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed in {Folder}:\n{Tail(output)}\n{error.Result}");
        }

        return output;
    }

    private static string Tail(string text) => text.Length > 4000 ? text[^4000..] : text;

    // ReportAnalyzer's table: "   0.093   97   LeonovData.Generator.LeonovGenerator" (seconds, percent, generator).
    [GeneratedRegex(@"^\s*(?<seconds>\d+\.\d+)\s+\S+\s+LeonovData\.Generator\.LeonovGenerator\s*$", RegexOptions.Multiline)]
    private static partial Regex GeneratorTime();

    // The task performance summary: "      421 ms  Csc                                        1 calls".
    [GeneratedRegex(@"^\s*(?<ms>\d+)\s+ms\s+Csc\s+\d+\s+calls\s*$", RegexOptions.Multiline)]
    private static partial Regex CompileTime();

    // The compiler's command line (detailed verbosity): /analyzer:…/leonovdata/<version>/<folder>/LeonovData.Generator.dll.
    [GeneratedRegex(@"/analyzer:\S*/leonovdata/[^/]+/(?<folder>\S+)/LeonovData\.Generator\.dll")]
    private static partial Regex GeneratorFile();
}
