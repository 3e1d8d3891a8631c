using System;
using LeonovData.Generator.Model;

namespace LeonovData.Generator.Emit;

/// <summary>
/// The distinct sentences a shard cites, in the order first cited: each as cited (the key, compared
/// by content), as stored, and with the index of its record. Arrays and a table of positions
/// (open addressing) rather than a <c>Dictionary</c> and a <c>List</c> of <see cref="TextSlice"/>:
/// generic code over a struct of the generator's own is in no precompiled image, and a fresh
/// process ran it unoptimised for the first runs, which made a one-value edit slower.
/// </summary>
internal sealed class CitedSentences
{
    private TextSlice[] _cited = new TextSlice[16];
    private TextSlice[] _stored = new TextSlice[16];
    private int[] _records = new int[16];

    // Each slot holds a position + 1, 0 when empty; never more than three quarters full.
    private int[] _slots = new int[32];

    // The position last found or added: the facts of one sentence are cited one after another, and
    // the same place in the same text is the same sentence without hashing it again.
    private int _last = -1;

    public int Count { get; private set; }

    /// <summary>How many sentences it holds before its arrays grow.</summary>
    public int Capacity => _cited.Length;

    /// <summary>Empties it for the next shard, keeping its arrays; the slices are dropped so that it keeps no document's text alive.</summary>
    public void Clear()
    {
        Array.Clear(_cited, 0, Count);
        Array.Clear(_stored, 0, Count);
        Array.Clear(_slots, 0, _slots.Length);
        _last = -1;
        Count = 0;
    }

    /// <summary>The sentence as stored, in the order first cited.</summary>
    public TextSlice this[int position] => (uint)position < (uint)Count ? _stored[position] : throw new ArgumentOutOfRangeException(nameof(position));

    /// <summary>The record index of a sentence cited before, or -1.</summary>
    public int RecordOf(TextSlice cited)
    {
        if (_last >= 0 && SamePlace(_cited[_last], cited))
        {
            return _records[_last];
        }

        var at = _slots[Find(_slots, cited)];
        _last = at - 1;
        return at == 0 ? -1 : _records[at - 1];
    }

    private static bool SamePlace(TextSlice a, TextSlice b) =>
        ReferenceEquals(a.Text, b.Text) && a.Start == b.Start && a.Length == b.Length;

    /// <summary>Adds a sentence not cited before.</summary>
    public void Add(TextSlice cited, TextSlice stored, int record)
    {
        if (Count == _cited.Length)
        {
            _cited = Grown(_cited);
            _stored = Grown(_stored);
            var records = new int[_records.Length * 2];
            Array.Copy(_records, records, Count);
            _records = records;
        }

        (_cited[Count], _stored[Count], _records[Count]) = (cited, stored, record);
        _last = Count;
        Count++;
        _slots[Find(_slots, cited)] = Count;
        if (Count * 4 > _slots.Length * 3)
        {
            Rehash();
        }
    }

    private int Find(int[] slots, TextSlice cited)
    {
        var mask = slots.Length - 1;
        var slot = cited.GetHashCode() & mask;
        while (slots[slot] != 0 && !_cited[slots[slot] - 1].Equals(cited))
        {
            slot = (slot + 1) & mask;
        }

        return slot;
    }

    private void Rehash()
    {
        var slots = new int[_slots.Length * 2];
        for (var position = 0; position < Count; position++)
        {
            slots[Find(slots, _cited[position])] = position + 1;
        }

        _slots = slots;
    }

    private TextSlice[] Grown(TextSlice[] items)
    {
        var grown = new TextSlice[items.Length * 2];
        Array.Copy(items, grown, Count);
        return grown;
    }
}
