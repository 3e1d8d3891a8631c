namespace LeonovData.Generator.Tests.TestSupport;

using System.Diagnostics;
using System.Text;

/// <summary>Runs the dotnet CLI as a user would, isolated from the test host's MSBuild environment.</summary>
public static class DotNetCli
{
    public sealed record Result(int ExitCode, string Output, TimeSpan Elapsed)
    {
        public override string ToString() => $"exit code {ExitCode} after {Elapsed.TotalSeconds:F1}s\n{Output}";
    }

    public static Result Run(string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs inside an MSBuild/VSTest environment; a user's shell does not.
        foreach (var name in start.Environment.Keys.Where(static k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

        var output = new StringBuilder();
        var watch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not finish within {timeout.TotalSeconds}s:\n{output}");
        }

        process.WaitForExit();
        return new Result(process.ExitCode, output.ToString(), watch.Elapsed);
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.Append(line).Append('\n');
            }
        }
    }
}
