using System;

namespace LeonovData.Generator.Emit;

/// <summary>
/// A shard's statements by key (a subject's id, or the entity a value names), for the shard's index
/// tables: pairs added in increasing statement order, then sorted by key (ordinal), each key's
/// statements still in increasing order. Two arrays sorted once rather than a sorted dictionary of
/// lists: a tree node and a list per key were a sixth of what emitting the shards allocated.
/// </summary>
internal sealed class StatementIndex
{
    private readonly string[] _keys;
    private readonly int[] _statements;

    /// <param name="capacity">At most how many pairs are added: the shard's statements.</param>
    public StatementIndex(int capacity)
    {
        _keys = new string[capacity];
        _statements = new int[capacity];
    }

    /// <summary>At most how many pairs it takes.</summary>
    public int Capacity => _keys.Length;

    /// <summary>Empties it for the next shard, keeping its arrays but no key.</summary>
    public void Clear()
    {
        Array.Clear(_keys, 0, Count);
        Count = 0;
    }

    /// <summary>How many pairs were added.</summary>
    public int Count { get; private set; }

    public void Add(string key, int statement)
    {
        _keys[Count] = key;
        _statements[Count] = statement;
        Count++;
    }

    /// <summary>
    /// Orders the pairs by key; then each key's statements by number, since the sort of the keys is
    /// not stable, which puts them back in the order they were added.
    /// </summary>
    public void Sort()
    {
        Array.Sort(_keys, _statements, 0, Count, StringComparer.Ordinal);
        for (var start = 0; start < Count;)
        {
            var end = RunEnd(start);
            Array.Sort(_statements, start, end - start);
            start = end;
        }
    }

    /// <summary>The key of the pair at <paramref name="position"/> (sorted).</summary>
    public string Key(int position) => _keys[position];

    /// <summary>The statements of the key at <paramref name="start"/>, the first of its pairs (sorted).</summary>
    public KeyRun Run(int start) => new(_statements, start, RunEnd(start) - start);

    private int RunEnd(int start)
    {
        var end = start + 1;
        while (end < Count && string.Equals(_keys[end], _keys[start], StringComparison.Ordinal))
        {
            end++;
        }

        return end;
    }

    /// <summary>One key's statements, read by index (netstandard2.0's ArraySegment enumerates through a boxed interface).</summary>
    public readonly struct KeyRun
    {
        private readonly int[] _statements;
        private readonly int _start;

        public KeyRun(int[] statements, int start, int count)
        {
            _statements = statements;
            _start = start;
            Count = count;
        }

        public int Count { get; }

        public int this[int index] => _statements[_start + index];
    }
}
