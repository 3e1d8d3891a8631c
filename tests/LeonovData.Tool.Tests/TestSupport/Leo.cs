using System.Diagnostics;
using System.Text;

namespace LeonovData.Tool.Tests.TestSupport;

/// <summary>What a run of a command printed and returned.</summary>
internal sealed record Run(string CommandLine, int ExitCode, byte[] Output, string Error)
{
    public string Text => Encoding.UTF8.GetString(Output);

    public IReadOnlyList<string> Lines => Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"{CommandLine} exited {ExitCode}\n--- stdout\n{Text}\n--- stderr\n{Error}";
}

/// <summary>Runs <c>leo</c> as a process, exactly as built beside the tests (or any other executable, e.g. an installed tool).</summary>
internal static class Leo
{
    public static string Assembly => Path.Combine(AppContext.BaseDirectory, "LeonovData.Tool.dll");

    public static Run Invoke(string workingDirectory, params string[] arguments) => Process("dotnet", [Assembly, .. arguments], workingDirectory);

    public static Run Process(string fileName, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan? timeout = null, IReadOnlyDictionary<string, string>? environment = null)
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

        foreach (var name in start.Environment.Keys.Where(static k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        using var output = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
        var commandLine = fileName + " " + string.Join(' ', arguments);
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(commandLine + " did not finish");
        }

        copy.Wait();
        return new Run(commandLine, process.ExitCode, output.ToArray(), error.Result);
    }
}
