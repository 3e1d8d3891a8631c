namespace LeonovData.Tool;

/// <summary>What <c>leo</c> exits with (docs/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>Done; the documents have no error (warnings allowed).</summary>
    public const int Success = 0;

    /// <summary>The documents have errors: a build would fail.</summary>
    public const int DocumentErrors = 1;

    /// <summary>The command line is wrong: an unknown option, a path that does not exist, nothing to read.</summary>
    public const int Usage = 2;

    /// <summary>The tool itself failed (a defect, or a file it could not write).</summary>
    public const int ToolFailure = 3;
}
