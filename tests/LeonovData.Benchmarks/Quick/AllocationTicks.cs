using System.Diagnostics.Tracing;

namespace LeonovData.Benchmarks.Quick;

/// <summary>
/// What a stretch of code allocates, by type: the runtime's allocation ticks (one event per ~100 KB
/// allocated, naming the type that crossed it), read in process. A sample, not an exact count, but
/// enough to tell which types a step's bytes are. The events arrive on another thread a little
/// late, so <see cref="Take"/> waits for them before reading.
/// </summary>
internal sealed class AllocationTicks : EventListener
{
    private readonly Dictionary<string, long> _bytes = new(StringComparer.Ordinal);

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword: AllocationTick is verbose
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames is null || e.Payload is null)
        {
            return;
        }

        var type = e.PayloadNames.IndexOf("TypeName") is var t and >= 0 ? e.Payload[t] as string ?? "?" : "?";
        var amount = e.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(e.Payload[a]) : 100_000;
        lock (_bytes)
        {
            _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
        }
    }

    /// <summary>The bytes sampled since the last call, largest types first; then starts afresh.</summary>
    public IReadOnlyList<(string Type, long Bytes)> Take()
    {
        Thread.Sleep(300);
        lock (_bytes)
        {
            var taken = _bytes.OrderByDescending(static p => p.Value).Select(static p => (p.Key, p.Value)).ToList();
            _bytes.Clear();
            return taken;
        }
    }

    /// <summary>The largest types, as "12 MB String, 8 MB Char[]".</summary>
    public static string Describe(IReadOnlyList<(string Type, long Bytes)> sampled, int count) =>
        string.Join(", ", sampled.Take(count).Select(static s => $"{s.Bytes / 1e6:0.0} MB {Short(s.Type)}"));

    private static string Short(string type)
    {
        var name = type.Replace("System.Collections.Generic.", string.Empty, StringComparison.Ordinal)
            .Replace("LeonovData.Generator.", string.Empty, StringComparison.Ordinal)
            .Replace("System.", string.Empty, StringComparison.Ordinal);
        return name.Length > 70 ? name[..70] + "…" : name;
    }
}
