namespace LeonovData.Synthetic;

/// <summary>
/// A tiny seeded random source (SplitMix64). Written out rather than System.Random so that a seed
/// gives the same corpus on every runtime, today and after any change to the BCL's algorithm.
/// </summary>
internal struct SplitMix
{
    private ulong _state;

    public SplitMix(ulong seed) => _state = seed;

    /// <summary>A source for one part of the corpus, independent of how much any other part drew.</summary>
    public static SplitMix For(int seed, int document, int stream) =>
        new(unchecked(((ulong)(uint)seed << 32) ^ ((ulong)(uint)document * 0x9E3779B97F4A7C15UL) ^ ((ulong)(uint)stream * 0xD1B54A32D192ED03UL)));

    public ulong Next()
    {
        unchecked
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>A number in [0, count).</summary>
    public int Below(int count) => (int)(Next() % (ulong)count);

    /// <summary>A number in [min, max], both included.</summary>
    public int Between(int min, int max) => min + Below(max - min + 1);

    public bool Chance(int percent) => Below(100) < percent;

    public T Pick<T>(T[] items) => items[Below(items.Length)];
}
