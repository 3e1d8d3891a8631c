namespace LeonovData.Package.Tests.TestSupport;

using System.Text.RegularExpressions;

/// <summary>What one dotnet command did: its command line, exit code and everything it printed.</summary>
internal sealed partial record CommandResult(string CommandLine, int ExitCode, string Output)
{
    /// <summary>Every distinct <c>file(line,col): error|warning ID: message</c> line, without the project suffix.</summary>
    public IReadOnlyList<BuildDiagnostic> Diagnostics =>
        Output.Split('\n')
            .Select(static line => DiagnosticLine().Match(line.TrimEnd('\r')))
            .Where(static m => m.Success)
            .Select(static m => new BuildDiagnostic(
                m.Groups["file"].Value.Trim(),
                int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(m.Groups["col"].Value, System.Globalization.CultureInfo.InvariantCulture),
                m.Groups["severity"].Value,
                m.Groups["id"].Value,
                m.Groups["message"].Value))
            .Distinct()
            .ToList();

    public override string ToString() => $"> {CommandLine}\nexit code {ExitCode}\n{Output}";

    // MSBuild's console logger: "path(12,34): error LEO0203: message (help link) [project]".
    [GeneratedRegex(@"^\s*(?<file>[^\s(][^(]*)\((?<line>\d+),(?<col>\d+)\): (?<severity>error|warning) (?<id>[A-Z]+\d+): (?<message>.*?)(?: \[[^\]]+\])?$")]
    private static partial Regex DiagnosticLine();
}

/// <summary>One diagnostic line of a build, as MSBuild printed it.</summary>
internal sealed record BuildDiagnostic(string File, int Line, int Column, string Severity, string Id, string Message)
{
    public override string ToString() => $"{File}({Line},{Column}): {Severity} {Id}: {Message}";
}
