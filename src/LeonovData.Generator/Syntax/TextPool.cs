using System;
using System.Collections.Generic;
using LeonovData.Generator.Model;

namespace LeonovData.Generator.Syntax;

/// <summary>
/// The short strings one document's blocks repeat (keys such as <c>p</c> and <c>of</c>, kinds such as
/// <c>date</c>, entity ids and property names), each made once per document and then shared: a
/// document states the same few names thousands of times. Per parse, never static: the compiler
/// server runs the generator for many projects (the document parser lends one per thread, cleared
/// between documents, so that no string outlives its document's parse in the pool).
/// </summary>
/// <remarks>
/// Each string it makes is a word of the document, numbered in the order made: an attribute keeps
/// its name and value as two such numbers (<see cref="DocumentMarkup"/>), and the document keeps
/// its words (<see cref="Words"/>).
/// </remarks>
internal sealed class TextPool
{
    /// <summary>Longer text is rarely repeated: it is cut as it is.</summary>
    private const int MaxPooled = 48;

    // 1 + the index of the word in the slot; 0 when the slot is empty.
    private int[] _slots = new int[64];
    private readonly List<string> _words = new();

    // The slots in use, so that clearing costs what the document pooled, not the table's size: a
    // thread's pool is as large as its largest document's, and most documents are small.
    private int[] _used = new int[64];
    private int _count;
    private readonly RecentStrings? _recent;

    /// <param name="recent">
    /// Where a word new to the document is cut: the strings earlier documents cut for the same text,
    /// when held. The same kinds, keys, property names and ids recur across a corpus's documents, and
    /// each document cutting its own was most of the strings parsing made. Cleared with the pool or
    /// not, it changes only which equal string a word is.
    /// </param>
    public TextPool(RecentStrings? recent = null)
    {
        _recent = recent;
    }

    /// <summary>The number of slots (the pool grows when three quarters are used), or of words when more: the parser keeps a small pool for its thread's next document.</summary>
    public int Capacity => Math.Max(_slots.Length, _words.Capacity);

    /// <summary>Forgets every string, keeping the table: the next document's strings are its own.</summary>
    public void Clear()
    {
        for (var i = 0; i < _count; i++)
        {
            _slots[_used[i]] = 0;
        }

        _count = 0;
        _words.Clear();
    }

    /// <summary>The text at <paramref name="start"/>, the string made for it earlier when there is one.</summary>
    public string Get(string text, int start, int length) =>
        length > MaxPooled ? text.Substring(start, length) : _words[Index(text, start, length)];

    /// <summary>The word made for the text at <paramref name="start"/>: the one made earlier when there is one.</summary>
    public int Index(string text, int start, int length)
    {
        if (length > MaxPooled)
        {
            return Add(text.Substring(start, length));
        }

        var hash = Hash(text, start, length);
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        while (_slots[slot] != 0)
        {
            var pooled = _words[_slots[slot] - 1];
            if (pooled.Length == length && string.CompareOrdinal(pooled, 0, text, start, length) == 0)
            {
                return _slots[slot] - 1;
            }

            slot = (slot + 1) & mask;
        }

        var made = Add(_recent is { } recent ? recent.Get(text, start, length, (uint)hash) : text.Substring(start, length));
        _slots[slot] = made + 1;
        _used[_count] = slot;
        // Three quarters full at most: the keys and kinds of a short document fit the first table.
        if (++_count * 4 > _slots.Length * 3)
        {
            Grow();
        }

        return made;
    }

    /// <summary>A word made elsewhere (a quoted value, escapes resolved), not pooled: numbered only.</summary>
    public int Add(string word)
    {
        _words.Add(word);
        return _words.Count - 1;
    }

    public string Word(int index) => _words[index];

    /// <summary>The words made so far, in an array of their exact size.</summary>
    public string[] Words() => _words.Count == 0 ? Array.Empty<string>() : _words.ToArray();

    private void Grow()
    {
        var old = _slots;
        _slots = new int[old.Length * 2];
        _used = new int[_slots.Length];
        var mask = _slots.Length - 1;
        var moved = 0;
        foreach (var word in old)
        {
            if (word == 0)
            {
                continue;
            }

            var pooled = _words[word - 1];
            var slot = Hash(pooled, 0, pooled.Length) & mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = word;
            _used[moved++] = slot;
        }
    }

    private static int Hash(string text, int start, int length) => (int)(Fnv1a.Hash(text, start, length) & 0x7FFFFFFF);
}
