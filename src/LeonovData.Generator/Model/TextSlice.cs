using System;

namespace LeonovData.Generator.Model;

/// <summary>
/// A run of characters of a text that is already kept (a document's stripped text), carried as the
/// text and where the run stands in it rather than as a string of its own: a corpus cites tens of
/// thousands of sentences, and a string cut for each was a tenth of what binding allocated. A string is
/// made only where one is needed (<see cref="ToString"/>).
/// </summary>
/// <remarks>
/// Compared by content, never by where it stands: two slices are equal exactly when the strings they
/// stand for are, so a pipeline value holding one caches as it did when it held the string.
/// </remarks>
internal readonly struct TextSlice : IEquatable<TextSlice>
{
    private readonly string? _text;

    /// <summary>The whole of <paramref name="text"/>.</summary>
    public TextSlice(string text)
        : this(text, 0, text.Length)
    {
    }

    public TextSlice(string text, int start, int length)
    {
        if ((uint)start > (uint)text.Length || (uint)length > (uint)(text.Length - start))
        {
            throw new ArgumentOutOfRangeException(nameof(length), $"{start}+{length} is outside a text of {text.Length} chars");
        }

        _text = text;
        Start = start;
        Length = length;
    }

    public static TextSlice Empty => new(string.Empty);

    /// <summary>The text the slice is part of.</summary>
    public string Text => _text ?? string.Empty;

    /// <summary>Where it starts in <see cref="Text"/>.</summary>
    public int Start { get; }

    public int Length { get; }

    public char this[int index] => (uint)index < (uint)Length ? Text[Start + index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Where <paramref name="value"/> first occurs in the slice (ordinal), or -1; as <see cref="string.IndexOf(string, StringComparison)"/> on its string.</summary>
    public int IndexOf(string value)
    {
        var at = Text.IndexOf(value, Start, Length, StringComparison.Ordinal);
        return at < 0 ? -1 : at - Start;
    }

    public bool Equals(TextSlice other) =>
        Length == other.Length && string.CompareOrdinal(Text, Start, other.Text, other.Start, Length) == 0;

    public override bool Equals(object? obj) => obj is TextSlice other && Equals(other);

    /// <summary>A hash of the characters (FNV-1a), so equal content hashes alike wherever it stands.</summary>
    public override int GetHashCode() => (int)Fnv1a.Hash(Text, Start, Length);

    public static bool operator ==(TextSlice left, TextSlice right) => left.Equals(right);

    public static bool operator !=(TextSlice left, TextSlice right) => !left.Equals(right);

    /// <summary>The slice's string: the text itself when the slice is all of it, otherwise a new one.</summary>
    public override string ToString() => Start == 0 && Length == Text.Length ? Text : Text.Substring(Start, Length);
}
