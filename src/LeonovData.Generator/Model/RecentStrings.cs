namespace LeonovData.Generator.Model;

/// <summary>
/// Short strings cut lately, one each: a fixed table, each slot overwritten by the next text that
/// hashes to it, so it holds at most its slots' strings whatever the compiler server runs. Its users
/// keep one per thread; what they cut compares by content, so which string they get changes nothing.
/// </summary>
internal sealed class RecentStrings
{
    [System.ThreadStatic]
    private static RecentStrings? s_words;

    private readonly string?[] _slots;
    private readonly int _maxLength;

    /// <param name="slots">How many strings it holds at most; a power of two.</param>
    /// <param name="maxLength">Longer text is cut as it is, not held.</param>
    public RecentStrings(int slots, int maxLength)
    {
        _slots = new string?[slots];
        _maxLength = maxLength;
    }

    /// <summary>
    /// The thread's table of a corpus's words: the parser cuts a document's words through it and a bound
    /// span its covered text. Kinds, keys, ids, names and values recur across documents and stages, and
    /// each cutting its own was most of the strings parsing and binding made. 16,384 slots of text of 48
    /// chars or fewer: on the benchmark's corpus 8,192 left 1.2 MB more garbage, and the table holds at
    /// most about 2 MB (its 128 KB of slots and 16,384 strings of up to 48 chars) whatever it is given,
    /// kept per thread as the binder's scratch is (BinderLists).
    /// </summary>
    public static RecentStrings Words => s_words ??= new RecentStrings(16384, 48);

    public string Get(string text, int start, int length) =>
        length > _maxLength ? text.Substring(start, length) : Get(text, start, length, Fnv1a.Hash(text, start, length));

    /// <summary>The same, for a caller that has the text's <see cref="Fnv1a"/> hash already.</summary>
    public string Get(string text, int start, int length, uint hash)
    {
        if (length > _maxLength)
        {
            return text.Substring(start, length);
        }

        var slot = (int)(hash & (uint)(_slots.Length - 1));
        if (_slots[slot] is { } recent && recent.Length == length && string.CompareOrdinal(recent, 0, text, start, length) == 0)
        {
            return recent;
        }

        return _slots[slot] = text.Substring(start, length);
    }
}
