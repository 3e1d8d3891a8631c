namespace LeonovData.Package.Tests.TestSupport;

using System.Diagnostics;
using System.Text;

/// <summary>A long-running dotnet command (dotnet watch) whose output is awaited line by line.</summary>
internal sealed class WatchedProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly SemaphoreSlim _newLine = new(0);

    public WatchedProcess(string workingDirectory, IReadOnlyList<string> arguments, string packagesFolder)
    {
        var start = new ProcessStartInfo("dotnet")
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

        DotNet.PrepareEnvironment(start.Environment, packagesFolder);
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Waits until the output, after <paramref name="from"/> characters, contains <paramref name="text"/>; returns where it ends.</summary>
    public int WaitFor(string text, int from, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var output = Output;
            var at = output.IndexOf(text, Math.Min(from, output.Length), StringComparison.Ordinal);
            if (at >= 0)
            {
                return at + text.Length;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || _process.HasExited && !_newLine.Wait(0))
            {
                throw new TimeoutException($"'{text}' did not appear within {timeout}:\n{output}");
            }

            _newLine.Wait(left < TimeSpan.FromSeconds(1) ? left : TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>
    /// Waits for a run of the program that prints <paramref name="line"/> to end with dotnet watch
    /// waiting again, so that the next change is seen as a change; returns where both are behind.
    /// Either can come first: dotnet watch says it waits when the program exits, and forwards the
    /// program's own output separately.
    /// </summary>
    public int WaitForRun(string line, int from)
    {
        var printed = WaitFor(line, from, TimeSpan.FromMinutes(2));
        var waiting = WaitFor("Waiting for a file to change", from, TimeSpan.FromMinutes(1));
        Thread.Sleep(TimeSpan.FromSeconds(1));
        return Math.Max(printed, waiting);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            // Only the process this test started, and its children (the build, the watched app).
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
        _process.Dispose();
        _newLine.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Append(line).Append('\n');
        }

        _newLine.Release();
    }
}
