using System;
using System.Collections;
using System.Collections.Generic;

namespace LeonovData.Generator.Syntax;

/// <summary>A block's attributes: a slice of its document's one array (<see cref="DocumentMarkup"/>), read in place.</summary>
internal readonly struct AttributeList : IReadOnlyList<AttributeNode>
{
    private readonly DocumentMarkup _markup;
    private readonly int _first;

    public AttributeList(DocumentMarkup markup, int first, int count)
    {
        _markup = markup;
        _first = first;
        Count = count;
    }

    public int Count { get; }

    public AttributeNode this[int index] =>
        (uint)index < (uint)Count ? _markup.Attribute(_first + index) : throw new ArgumentOutOfRangeException(nameof(index));

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<AttributeNode> IEnumerable<AttributeNode>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>A struct, so that a <c>foreach</c> over a block allocates nothing.</summary>
    public struct Enumerator : IEnumerator<AttributeNode>
    {
        private readonly AttributeList _list;
        private int _index;

        public Enumerator(AttributeList list)
        {
            _list = list;
            _index = -1;
        }

        public readonly AttributeNode Current => _list[_index];

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < _list.Count;

        public void Reset() => _index = -1;

        public readonly void Dispose()
        {
        }
    }
}
