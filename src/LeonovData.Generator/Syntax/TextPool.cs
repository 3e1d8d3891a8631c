using System;
using LeonovData.Generator.Model;

namespace LeonovData.Generator.Syntax;

/// <summary>
/// The short strings one document's blocks repeat (keys such as <c>p</c> and <c>of</c>, kinds such as
/// <c>date</c>, entity ids and property names), each made once per document and then shared: a
/// document states the same few names thousands of times. Per parse, never static: the compiler
/// server runs the generator for many projects (the document parser lends one per thread, cleared
/// between documents, so that no string outlives its document's parse in the pool).
/// </summary>
internal sealed class TextPool
{
    /// <summary>Longer text is rarely repeated: it is cut as it is.</summary>
    private const int MaxPooled = 48;

    private string?[] _slots = new string?[64];

    // The slots in use, so that clearing costs what the document pooled, not the table's size: a
    // thread's pool is as large as its largest document's, and most documents are small.
    private int[] _used = new int[64];
    private int _count;

    /// <summary>The number of slots (the pool grows when three quarters are used): the parser keeps a small pool for its thread's next document.</summary>
    public int Capacity => _slots.Length;

    /// <summary>Forgets every string, keeping the table: the next document's strings are its own.</summary>
    public void Clear()
    {
        for (var i = 0; i < _count; i++)
        {
            _slots[_used[i]] = null;
        }

        _count = 0;
    }

    /// <summary>The text at <paramref name="start"/>, the string made for it earlier when there is one.</summary>
    public string Get(string text, int start, int length)
    {
        if (length > MaxPooled)
        {
            return text.Substring(start, length);
        }

        var hash = Hash(text, start, length);
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        while (_slots[slot] is { } pooled)
        {
            if (pooled.Length == length && string.CompareOrdinal(pooled, 0, text, start, length) == 0)
            {
                return pooled;
            }

            slot = (slot + 1) & mask;
        }

        var made = text.Substring(start, length);
        _slots[slot] = made;
        _used[_count] = slot;
        // Three quarters full at most: the keys and kinds of a short document fit the first table.
        if (++_count * 4 > _slots.Length * 3)
        {
            Grow();
        }

        return made;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new string?[old.Length * 2];
        _used = new int[_slots.Length];
        var mask = _slots.Length - 1;
        var moved = 0;
        foreach (var pooled in old)
        {
            if (pooled is null)
            {
                continue;
            }

            var slot = Hash(pooled, 0, pooled.Length) & mask;
            while (_slots[slot] is not null)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = pooled;
            _used[moved++] = slot;
        }
    }

    private static int Hash(string text, int start, int length) => (int)(Fnv1a.Hash(text, start, length) & 0x7FFFFFFF);
}
