namespace LeonovData.Generator.Tests.TestSupport;

using LeonovData.Generator.Model;
using Xunit;

/// <summary>
/// Assertions on diagnostics with positions written the way a build prints them, one-based:
/// <c>"LEO0002@1:3"</c> is LEO0002 at line 1, column 1+2. <see cref="LocationInfo"/> itself is
/// zero-based like Roslyn, so these helpers are where the +1 lives, once.
/// </summary>
internal static class CorpusAssert
{
    /// <summary>"ID@line:col" for each diagnostic, one-based, in the order given.</summary>
    public static string Positions(IEnumerable<DiagnosticInfo> diagnostics) =>
        string.Join(" ", diagnostics.Select(static d => d.Location is null ? d.Id : $"{d.Id}@{d.Location.StartLine + 1}:{d.Location.StartColumn + 1}"));

    /// <summary>Asserts the exact list of diagnostics as "ID@line:col ID@line:col …" (empty for none).</summary>
    public static void Exactly(string expected, IEnumerable<DiagnosticInfo> diagnostics)
    {
        var list = diagnostics.ToList();
        Assert.True(expected == Positions(list), $"expected [{expected}] but got [{Positions(list)}]\n{Describe(list)}");
    }

    /// <summary>Asserts exactly one diagnostic with this id, at this one-based place, and returns it.</summary>
    public static DiagnosticInfo Single(IEnumerable<DiagnosticInfo> diagnostics, string id, int line, int column)
    {
        var list = diagnostics.ToList();
        var matches = list.Where(d => d.Id == id).ToList();
        Assert.True(matches.Count == 1, $"expected one {id} but got:\n{Describe(list)}");
        var location = matches[0].Location;
        Assert.NotNull(location);
        Assert.True((line, column) == (location!.StartLine + 1, location.StartColumn + 1), $"{id} expected at ({line},{column}) but is at ({location.StartLine + 1},{location.StartColumn + 1})");
        return matches[0];
    }

    /// <summary>Asserts exactly one diagnostic with this id (wherever it is) and returns it.</summary>
    public static DiagnosticInfo Single(IEnumerable<DiagnosticInfo> diagnostics, string id)
    {
        var list = diagnostics.ToList();
        var matches = list.Where(d => d.Id == id).ToList();
        Assert.True(matches.Count == 1, $"expected one {id} but got:\n{Describe(list)}");
        return matches[0];
    }

    public static void None(IEnumerable<DiagnosticInfo> diagnostics)
    {
        var list = diagnostics.ToList();
        Assert.True(list.Count == 0, "expected no diagnostics but got:\n" + Describe(list));
    }

    public static void NoneWithId(IEnumerable<DiagnosticInfo> diagnostics, string id)
    {
        var list = diagnostics.ToList();
        Assert.True(list.All(d => d.Id != id), $"expected no {id} but got:\n{Describe(list)}");
    }

    /// <summary>The message as the build would print it, so tests can check what it tells the user.</summary>
    public static string Message(DiagnosticInfo diagnostic) =>
        diagnostic.ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture);

    public static string Describe(IEnumerable<DiagnosticInfo> diagnostics) =>
        string.Join("\n", diagnostics.Select(static d =>
            $"  {d.Id} {(d.Location is null ? "(no location)" : $"{d.Location.FilePath}({d.Location.StartLine + 1},{d.Location.StartColumn + 1})")}: {Message(d)}"));
}
