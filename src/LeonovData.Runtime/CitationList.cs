namespace LeonovData
{
    /// <summary>
    /// The sources of a fact: its statement's citation, then each other statement's of the same value.
    /// Each citation is made when first read (and kept by its statement), so counting them makes none.
    /// </summary>
    /// <remarks>
    /// Which other statements cite the value is found when the list is first read, not when the fact is
    /// made: finding them decodes every statement of the property and reads the address of each that
    /// names its canonical statement elsewhere (a search of its shard's documents), and a reader of
    /// typed values, a program's first typed access among them, never asks.
    /// </remarks>
    internal sealed class CitationList : global::System.Collections.Generic.IReadOnlyList<Citation>
    {
        private readonly Statement _canonical;
        private readonly PropertyStatements _property;
        private Statement[]? _others;

        internal CitationList(Statement canonical, PropertyStatements property)
        {
            _canonical = canonical;
            _property = property;
        }

        public int Count => 1 + Others.Length;

        public Citation this[int index]
        {
            get
            {
                var others = Others;
                return index == 0 ? _canonical.Citation : (uint)(index - 1) < (uint)others.Length ? others[index - 1].Citation : throw new global::System.ArgumentOutOfRangeException(nameof(index));
            }
        }

        /// <summary>The other statements stating the value, in corpus order, found once.</summary>
        private Statement[] Others => Atomic.Read(ref _others) ?? Once.Publish(ref _others, _property.Citing(_canonical));

        public global::System.Collections.Generic.IEnumerator<Citation> GetEnumerator()
        {
            yield return _canonical.Citation;
            foreach (var other in Others)
            {
                yield return other.Citation;
            }
        }

        global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
