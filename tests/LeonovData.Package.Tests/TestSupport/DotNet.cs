namespace LeonovData.Package.Tests.TestSupport;

using System.Diagnostics;
using System.Text;

/// <summary>
/// Runs the dotnet CLI as a user would, in a clean environment: no MSBuild state inherited from the
/// test host, English messages, no first-run noise, and the NuGet packages folder the caller chose.
/// </summary>
internal static class DotNet
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(4);

    /// <param name="home">A home folder of its own (HOME, USERPROFILE): no user-wide NuGet or dotnet configuration.</param>
    /// <param name="environment">Variables set for this command (and the processes it starts) only.</param>
    public static CommandResult Run(string workingDirectory, IReadOnlyList<string> arguments, string? packagesFolder = null, TimeSpan? timeout = null, string? home = null, IReadOnlyDictionary<string, string>? environment = null) =>
        Execute("dotnet", workingDirectory, arguments, packagesFolder, timeout, home, environment);

    /// <summary>Runs a program of its own (a self-contained app's executable) in the same clean environment.</summary>
    public static CommandResult RunProgram(string executable, params string[] arguments) =>
        Execute(executable, Path.GetDirectoryName(executable)!, arguments, packagesFolder: null, timeout: null, home: null, environment: null);

    private static CommandResult Execute(string fileName, string workingDirectory, IReadOnlyList<string> arguments, string? packagesFolder, TimeSpan? timeout, string? home, IReadOnlyDictionary<string, string>? environment)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        PrepareEnvironment(start.Environment, packagesFolder);
        if (home is not null)
        {
            start.Environment["HOME"] = home;
            start.Environment["USERPROFILE"] = home;
            start.Environment["DOTNET_CLI_HOME"] = home;
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var commandLine = fileName + " " + string.Join(' ', arguments);
        var limit = timeout ?? DefaultTimeout;
        if (!process.WaitForExit(limit))
        {
            // Only the process this test started, and its children (MSBuild nodes, the compiler).
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"'{commandLine}' in {workingDirectory} did not finish within {limit}:\n{Snapshot(output)}");
        }

        process.WaitForExit();
        return new CommandResult(commandLine, process.ExitCode, Snapshot(output));
    }

    public static void PrepareEnvironment(IDictionary<string, string?> environment, string? packagesFolder)
    {
        // `dotnet test` runs inside MSBuild; its variables (MSBuildExtensionsPath, MSBuildSDKsPath,
        // MSBUILD_EXE_PATH…) must not leak into an independent build.
        foreach (var name in environment.Keys.Where(static k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            environment.Remove(name);
        }

        environment["MSBUILDDISABLENODEREUSE"] = "1";
        environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        environment["DOTNET_GENERATE_ASPNET_CERTIFICATE"] = "false";
        environment["DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE"] = "true";
        environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        environment["TERM"] = "dumb";
        if (packagesFolder is not null)
        {
            environment["NUGET_PACKAGES"] = packagesFolder;
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Append(line).Append('\n');
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
