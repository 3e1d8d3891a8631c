namespace LeonovData
{
    /// <summary>
    /// Values computed on first use and kept: the first computation to finish is published, so every
    /// thread that reads the value gets the same object, and later reads allocate nothing.
    /// </summary>
    internal static class Once
    {
        /// <summary>Stores <paramref name="value"/> unless another thread stored one first; returns the one stored.</summary>
        internal static T Publish<T>(ref T? field, T value)
            where T : class => Atomic.CompareExchange(ref field, value, null) ?? value;
    }
}
