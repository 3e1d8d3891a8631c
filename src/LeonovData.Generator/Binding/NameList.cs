using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LeonovData.Generator.Model;

namespace LeonovData.Generator.Binding;

/// <summary>
/// The names an entity is mentioned by, each once, in the order first met (the generated docs show
/// that order); empty names are not names. Most entities have one name in a document, and often in
/// the corpus: it is kept without a list, which with its array was a quarter of what linking allocated.
/// </summary>
internal sealed class NameList
{
    private string? _first;
    private List<string>? _more;

    public void Add(string name)
    {
        if (name.Length == 0)
        {
            return;
        }

        if (_first is null)
        {
            _first = name;
        }
        else if (!string.Equals(_first, name, StringComparison.Ordinal) && _more?.Contains(name, StringComparer.Ordinal) != true)
        {
            (_more ??= new List<string>()).Add(name);
        }
    }

    /// <summary>Empties it for another entity (<see cref="MentionedNamesScratch"/>).</summary>
    public void Clear()
    {
        _first = null;
        _more?.Clear();
    }

    /// <summary>The first name; empty when there is none.</summary>
    public string First => _first ?? string.Empty;

    /// <summary>The names after the first.</summary>
    public EquatableArray<string> MoreToEquatableArray() =>
        _more is null || _more.Count == 0 ? EquatableArray<string>.Empty : new EquatableArray<string>(ImmutableArray.CreateRange(_more));

    public EquatableArray<string> ToEquatableArray()
    {
        if (_first is null)
        {
            return EquatableArray<string>.Empty;
        }

        if (_more is null || _more.Count == 0)
        {
            return new EquatableArray<string>(ImmutableArray.Create(_first));
        }

        var all = ImmutableArray.CreateBuilder<string>(1 + _more.Count);
        all.Add(_first);
        all.AddRange(_more);
        return new EquatableArray<string>(all.MoveToImmutable());
    }
}
