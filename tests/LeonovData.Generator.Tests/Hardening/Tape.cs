namespace LeonovData.Generator.Tests.Hardening;

/// <summary>
/// The random choices behind one generated corpus, as a tape of numbers that CsCheck generates and
/// shrinks (the way Hypothesis does it): a shorter tape, or smaller numbers on it, make a smaller,
/// plainer corpus, because a tape that runs out answers every question with its first choice.
/// </summary>
internal sealed class Tape
{
    private readonly int[] _values;
    private int _next;

    public Tape(int[] values) => _values = values;

    /// <summary>A number in [0, count).</summary>
    public int Next(int count) => count <= 1 || _next >= _values.Length ? 0 : _values[_next++] % count;

    /// <summary>A number in [min, max].</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    /// <summary>True with the given chance; false once the tape has run out.</summary>
    public bool Chance(int percent) => Next(100) >= 100 - percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}
