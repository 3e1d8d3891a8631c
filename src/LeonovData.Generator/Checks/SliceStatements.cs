using System;
using LeonovData.Generator.Binding;
using LeonovData.Generator.Model;

namespace LeonovData.Generator.Checks;

/// <summary>
/// The statements of a document that fall in one subject group (<see cref="GroupSlice"/>): the
/// document's own array and their positions in it, not an array of their own. The driver keeps both
/// the bound document and its slices, and a copy of each slice's statements was a reference per
/// statement of the corpus kept twice.
/// </summary>
/// <remarks>Compared as the array of the statements it stands for: element by element, by the
/// statements' own equality, whatever else the document holds.</remarks>
internal readonly struct SliceStatements : IEquatable<SliceStatements>
{
    private readonly EquatableArray<BoundStatement> _document;
    private readonly EquatableArray<int> _ordinals;

    public SliceStatements(EquatableArray<BoundStatement> document, EquatableArray<int> ordinals)
    {
        _document = document;
        _ordinals = ordinals;
    }

    public int Count => _ordinals.Count;

    public bool IsEmpty => _ordinals.IsEmpty;

    public Statement this[int index] => _document[_ordinals[index]].Statement;

    public bool Equals(SliceStatements other)
    {
        if (Count != other.Count)
        {
            return false;
        }

        for (var i = 0; i < Count; i++)
        {
            if (!this[i].Equals(other[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is SliceStatements other && Equals(other);

    /// <summary>As <see cref="EquatableArray{T}.GetHashCode"/> of the statements' array.</summary>
    public override int GetHashCode()
    {
        var hash = 17;
        for (var i = 0; i < Count; i++)
        {
            hash = unchecked((hash * 31) + this[i].GetHashCode());
        }

        return hash;
    }
}
