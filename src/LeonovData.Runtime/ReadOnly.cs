namespace LeonovData
{
    /// <summary>Read-only lists of arrays, the empty one shared: most entities have no value for most properties.</summary>
    internal static class ReadOnly
    {
        internal static global::System.Collections.Generic.IReadOnlyList<T> List<T>(T[] items) =>
            items.Length == 0 ? Nothing<T>.List : new global::System.Collections.ObjectModel.ReadOnlyCollection<T>(items);

        /// <summary>The shared empty list of <typeparamref name="T"/>.</summary>
        internal static global::System.Collections.Generic.IReadOnlyList<T> Empty<T>() => Nothing<T>.List;

        private static class Nothing<T>
        {
            internal static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<T> List = new(new T[0]);
        }
    }
}
