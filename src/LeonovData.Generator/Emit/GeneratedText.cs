using System;
using System.Text;

namespace LeonovData.Generator.Emit;

/// <summary>
/// A generated file's text as <see cref="SourceWriter"/> wrote it, handed to the compiler without a
/// string of the whole file (<c>GeneratedSourceText</c>): the builder's chunks already hold every
/// character, and a string would be a second copy of the file, on the large-object heap (a shard of
/// the 100 × 1,000 corpus is about 600 K chars). Compared by value, as a step's output must be.
/// Nothing writes to the builder once it is here.
/// </summary>
internal sealed class GeneratedText : IEquatable<GeneratedText>
{
    // Long enough that comparing two files costs a few copies, short enough to stay off the large-object heap.
    private const int CompareBlock = 4096;

    private readonly StringBuilder _text;

    public GeneratedText(StringBuilder text) => _text = text;

    public int Length => _text.Length;

    public void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count) =>
        _text.CopyTo(sourceIndex, destination, destinationIndex, count);

    public override string ToString() => _text.ToString();

    public bool Equals(GeneratedText? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.Length != Length)
        {
            return false;
        }

        var mine = new char[Math.Min(CompareBlock, Length)];
        var theirs = new char[mine.Length];
        for (var start = 0; start < Length; start += mine.Length)
        {
            var count = Math.Min(mine.Length, Length - start);
            CopyTo(start, mine, 0, count);
            other.CopyTo(start, theirs, 0, count);
            for (var i = 0; i < count; i++)
            {
                if (mine[i] != theirs[i])
                {
                    return false;
                }
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as GeneratedText);

    // The length and the text's ends: cheap, and equal texts hash equally; the driver compares, it does not hash.
    public override int GetHashCode() =>
        Length == 0 ? 0 : unchecked((Length * 31 + _text[0]) * 31 + _text[Length - 1]);
}
