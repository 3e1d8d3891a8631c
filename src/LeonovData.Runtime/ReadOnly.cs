namespace LeonovData
{
    /// <summary>Read-only lists of arrays, the empty one shared: most entities have no value for most properties.</summary>
    internal static class ReadOnly
    {
        internal static global::System.Collections.Generic.IReadOnlyList<T> List<T>(T[] items) =>
            items.Length == 0 ? Empty<T>.List : new global::System.Collections.ObjectModel.ReadOnlyCollection<T>(items);

        private static class Empty<T>
        {
            internal static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<T> List = new(new T[0]);
        }
    }
}
