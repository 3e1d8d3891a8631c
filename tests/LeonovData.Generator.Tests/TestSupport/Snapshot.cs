namespace LeonovData.Generator.Tests.TestSupport;

using System.Runtime.CompilerServices;
using System.Text;
using Xunit.Sdk;

/// <summary>
/// Snapshot testing in Verify's file conventions (Verify itself is not served by this project's
/// registry), so switching to Verify.SourceGenerators later only changes the call sites:
/// <c>Snapshots/{Class}.{Method}#{HintName without .cs}.verified.cs</c>, first line
/// <c>//HintName: {HintName}</c>, a <c>.received.cs</c> file written next to it on mismatch
/// (git-ignored), LF line endings (.gitattributes). Set LEONOV_ACCEPT_SNAPSHOTS=1 to accept.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "LEONOV_ACCEPT_SNAPSHOTS";

    private const int DiffContext = 3;
    private const int DiffLines = 40;

    /// <summary>Compares a generated file with its verified snapshot; the test class is the caller's file name.</summary>
    public static void Match(string hintName, string text, [CallerMemberName] string method = "", [CallerFilePath] string callerFile = "") =>
        Match(Folder(), Path.GetFileNameWithoutExtension(callerFile), method, hintName, text, Environment.GetEnvironmentVariable(AcceptVariable) == "1");

    internal static void Match(string folder, string testClass, string method, string hintName, string text, bool accept)
    {
        var name = hintName.EndsWith(".cs", StringComparison.Ordinal) ? hintName[..^3] : hintName;
        var stem = Path.Combine(folder, $"{testClass}.{method}#{name}");
        var verifiedPath = stem + ".verified.cs";
        var receivedPath = stem + ".received.cs";
        var received = $"//HintName: {hintName}\n{text.Replace("\r\n", "\n")}";

        var verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n") : null;
        if (verified == received)
        {
            File.Delete(receivedPath);
            return;
        }

        if (accept)
        {
            File.WriteAllText(verifiedPath, received, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        var message = verified is null
            ? $"No verified snapshot {verifiedPath}.\nThe output was written to {receivedPath}; review it and rename it to .verified.cs (or rerun with {AcceptVariable}=1)."
            : $"Snapshot mismatch for {verifiedPath}.\nThe output was written to {receivedPath}; if the change is intended, accept it (rerun with {AcceptVariable}=1).\n{Diff(verified, received)}";
        throw new XunitException(message);
    }

    /// <summary>The Snapshots folder of this test project.</summary>
    /// <remarks>
    /// Found from the repository root, not from [CallerFilePath]: a CI build is deterministic
    /// (ContinuousIntegrationBuild) and maps source paths to "/_/", which is no folder on disk.
    /// </remarks>
    private static string Folder()
    {
        var folder = Path.Combine(Repository.Root, "tests", "LeonovData.Generator.Tests", "Snapshots");
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>A unified-style excerpt: the first differing region with a few lines of context.</summary>
    internal static string Diff(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var head = 0;
        while (head < a.Length && head < b.Length && a[head] == b[head])
        {
            head++;
        }

        var tail = 0;
        while (tail < a.Length - head && tail < b.Length - head && a[a.Length - 1 - tail] == b[b.Length - 1 - tail])
        {
            tail++;
        }

        var start = Math.Max(0, head - DiffContext);
        var aEnd = Math.Min(a.Length, a.Length - tail + DiffContext);
        var bEnd = Math.Min(b.Length, b.Length - tail + DiffContext);
        var builder = new StringBuilder();
        builder.Append($"--- verified\n+++ received\n@@ -{start + 1},{aEnd - start} +{start + 1},{bEnd - start} @@\n");
        var written = 0;
        for (var i = start; i < head && written < DiffLines; i++, written++)
        {
            builder.Append(' ').Append(a[i]).Append('\n');
        }

        for (var i = head; i < a.Length - tail && written < DiffLines; i++, written++)
        {
            builder.Append('-').Append(a[i]).Append('\n');
        }

        for (var i = head; i < b.Length - tail && written < DiffLines; i++, written++)
        {
            builder.Append('+').Append(b[i]).Append('\n');
        }

        for (var i = a.Length - tail; i < aEnd && written < DiffLines; i++, written++)
        {
            builder.Append(' ').Append(a[i]).Append('\n');
        }

        if (written == DiffLines)
        {
            builder.Append("… (diff cut; compare the files)\n");
        }

        return builder.ToString();
    }
}
