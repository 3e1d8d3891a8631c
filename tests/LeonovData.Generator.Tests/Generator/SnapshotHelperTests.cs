namespace LeonovData.Generator.Tests.Generator;

using LeonovData.Generator.Tests.TestSupport;
using Xunit;
using Xunit.Sdk;

/// <summary>The snapshot helper keeps Verify's conventions and fails the way Verify does.</summary>
public sealed class SnapshotHelperTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("leonov-snapshots-").FullName;

    [Fact]
    public void MissingSnapshotWritesReceivedAndFails()
    {
        var failure = Assert.Throws<XunitException>(() => Snapshot.Match(_folder, "Tests", "Method", "LeonovData.Model.g.cs", "class A { }\n", accept: false));

        var received = Path.Combine(_folder, "Tests.Method#LeonovData.Model.g.received.cs");
        Assert.Equal("//HintName: LeonovData.Model.g.cs\nclass A { }\n", File.ReadAllText(received));
        Assert.Contains("No verified snapshot", failure.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "Tests.Method#LeonovData.Model.g.verified.cs")));
    }

    [Fact]
    public void AcceptingWritesVerifiedWithLfAndNoBom()
    {
        Snapshot.Match(_folder, "Tests", "Method", "X.g.cs", "a\r\nb\n", accept: true);

        var bytes = File.ReadAllBytes(Path.Combine(_folder, "Tests.Method#X.g.verified.cs"));
        Assert.Equal("//HintName: X.g.cs\na\nb\n"u8.ToArray(), bytes);
        Snapshot.Match(_folder, "Tests", "Method", "X.g.cs", "a\nb\n", accept: false);
        Assert.False(File.Exists(Path.Combine(_folder, "Tests.Method#X.g.received.cs")));
    }

    [Fact]
    public void MismatchShowsAUnifiedDiffOfTheChange()
    {
        var before = string.Join("\n", Enumerable.Range(1, 20).Select(static i => $"line {i}")) + "\n";
        Snapshot.Match(_folder, "Tests", "Method", "X.g.cs", before, accept: true);

        var after = before.Replace("line 10\n", "line ten\n", StringComparison.Ordinal);
        var failure = Assert.Throws<XunitException>(() => Snapshot.Match(_folder, "Tests", "Method", "X.g.cs", after, accept: false));

        Assert.Contains("--- verified\n+++ received\n@@ -8,7 +8,7 @@\n line 7\n line 8\n line 9\n-line 10\n+line ten\n line 11\n", failure.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_folder, "Tests.Method#X.g.received.cs")));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
