namespace LeonovData
{
    /// <summary>
    /// The generated code a corpus calls back: the lookup of entities by kind, and the data methods it
    /// falls back on where its data cannot be read in place. The generated <c>Dataset</c> derives a
    /// class from it, which overrides the members of its data form.
    /// </summary>
    /// <remarks>
    /// A class the generated code derives from, rather than delegates it passes: the first access of a
    /// fresh process loads every type it touches, and three delegates (three delegate types) cost about
    /// three times as much as compiling the derived class's constructor. Its methods are compiled only
    /// if they are called: in a process that reads its data in place and no entity-valued fact, never.
    /// </remarks>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public abstract class DatasetCode
    {
        /// <summary>Called by the generated class.</summary>
        protected DatasetCode()
        {
        }

        /// <summary>The entity of kind <paramref name="kind"/> with id <paramref name="id"/>, from that kind's catalogue; null when there is none.</summary>
        protected internal abstract Entity? Entity(string kind, string id);

        /// <summary>One data shard's constant data as a string literal of its UTF-8 bytes (the string form); empty when the corpus has none there.</summary>
        protected internal virtual string StringShard(int shard) => string.Empty;

        /// <summary>One data shard's cited text (the string form); null when the shard cites nothing.</summary>
        protected internal virtual string? StringText(int shard) => null;

#if !NETSTANDARD2_0
        /// <summary>One data shard's constant data (a UTF-8 literal, the span form); empty when the corpus has none there.</summary>
        protected internal virtual global::System.ReadOnlySpan<byte> Shard(int shard) => default;

        /// <summary>
        /// One data shard's cited text (the span form): a string (through <paramref name="text"/>), or, past
        /// the string-literal budget, UTF-8 (returned); both empty when the shard cites nothing.
        /// </summary>
        protected internal virtual global::System.ReadOnlySpan<byte> Text(int shard, out string? text)
        {
            text = null;
            return default;
        }
#endif
    }
}
