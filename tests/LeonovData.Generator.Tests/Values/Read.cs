namespace LeonovData.Generator.Tests.Values;

// Inside the namespace so that these win over same-named types elsewhere in the generator.
using LeonovData.Generator.Values;
using Xunit;

/// <summary>Assertions shared by the value grammar tests.</summary>
internal static class Read
{
    /// <summary>Reads a covered text that must parse; checks the exactly-one-of contract of TextReading.</summary>
    public static Value Text(ValueKind kind, string text)
    {
        var reading = ValueParser.ReadText(kind, text);
        Assert.True(reading.Error is null, $"'{text}' should read as a {kind} but: {reading.Error}");
        Assert.NotNull(reading.Value);
        Assert.Null(reading.Weekday);
        Assert.False(reading.IsRelative);
        return reading.Value!;
    }

    /// <summary>Reads a covered text that must fail; returns the message fragment.</summary>
    public static string Error(ValueKind kind, string text)
    {
        var reading = ValueParser.ReadText(kind, text);
        Assert.True(reading.Value is null, $"'{text}' should not read as a {kind} but gave {reading.Value?.Normalized}");
        Assert.Null(reading.Weekday);
        Assert.False(reading.IsRelative);
        Assert.False(string.IsNullOrWhiteSpace(reading.Error));
        Assert.NotEqual(ValueParser.InternalError, reading.Error);
        return reading.Error!;
    }

    public static Value Normalized(ValueKind kind, string v)
    {
        var value = ValueParser.ReadNormalized(kind, v, out var error);
        Assert.True(error is null, $"v={v} should read as a {kind} but: {error}");
        Assert.NotNull(value);
        return value!;
    }

    public static string NormalizedError(ValueKind kind, string v)
    {
        var value = ValueParser.ReadNormalized(kind, v, out var error);
        Assert.True(value is null, $"v={v} should not read as a {kind} but gave {value?.Normalized}");
        Assert.False(string.IsNullOrWhiteSpace(error));
        Assert.NotEqual(ValueParser.InternalError, error);
        return error!;
    }

    /// <summary>Every fragment must occur in the message (ordinal, so quotes and dashes are exact).</summary>
    public static void Contains(string message, params string[] fragments)
    {
        foreach (var fragment in fragments)
        {
            Assert.True(message.Contains(fragment, StringComparison.Ordinal), $"expected \"{fragment}\" in \"{message}\"");
        }
    }
}
