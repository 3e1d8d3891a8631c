using System;
using System.Collections;
using System.Collections.Generic;
using LeonovData.Generator.Binding;

namespace LeonovData.Generator.Checks;

/// <summary>Lookups over a corpus, built once per run so that no rule scans every statement per statement.</summary>
/// <remarks>
/// The statements are copied once into one array, grouped by subject and property (groups in corpus
/// order of first statement, statements in corpus order within each); a group is a run of it. A list
/// per subject and property was most of what building the index allocated: most have one statement.
/// </remarks>
internal sealed class CorpusIndex
{
    private readonly Dictionary<string, string> _kinds;
    private readonly Dictionary<(string Subject, string Property), int> _groupOf;
    private readonly Statement[] _grouped;

    // Each of _grouped's statements' position in the corpus's statements.
    private readonly int[] _positions;

    // Where each group's run starts in _grouped; one more than groups, so each run ends where the next starts.
    private readonly int[] _starts;

    public CorpusIndex(Corpus corpus)
    {
        Corpus = corpus;
        // Sized once: grown by doubling, the tables were as much garbage again as they kept.
        _kinds = new Dictionary<string, string>(corpus.Entities.Count, StringComparer.Ordinal);
        foreach (var entity in corpus.Entities)
        {
            _kinds.Add(entity.Id, entity.Kind);
        }

        var statements = corpus.Statements;
        _groupOf = new Dictionary<(string Subject, string Property), int>(statements.Count);
        var groups = new int[statements.Count];
        var counts = new List<int>(statements.Count);
        for (var i = 0; i < statements.Count; i++)
        {
            var key = (statements[i].Subject, statements[i].Property);
            if (!_groupOf.TryGetValue(key, out var group))
            {
                _groupOf[key] = group = counts.Count;
                counts.Add(0);
            }

            groups[i] = group;
            counts[group]++;
        }

        _starts = new int[counts.Count + 1];
        for (var g = 0; g < counts.Count; g++)
        {
            _starts[g + 1] = _starts[g] + counts[g];
        }

        _grouped = new Statement[statements.Count];
        _positions = new int[statements.Count];
        var next = (int[])_starts.Clone();
        for (var i = 0; i < statements.Count; i++)
        {
            var at = next[groups[i]]++;
            _grouped[at] = statements[i];
            _positions[at] = i;
        }
    }

    public Corpus Corpus { get; }

    public string? KindOf(string entityId) => _kinds.TryGetValue(entityId, out var kind) ? kind : null;

    /// <summary>The statements of one subject and property, in corpus order.</summary>
    public StatementRun Of(string subject, string property) =>
        _groupOf.TryGetValue((subject, property), out var group) ? Run(group) : default;

    /// <summary>Every subject–property group, in corpus order of first statement.</summary>
    public IEnumerable<StatementRun> Groups
    {
        get
        {
            for (var group = 0; group < _starts.Length - 1; group++)
            {
                yield return Run(group);
            }
        }
    }

    /// <summary>The schema's property for a statement, or null.</summary>
    public Schema.PropertySpec? PropertyOf(Statement statement) =>
        KindOf(statement.Subject) is { } kind ? Corpus.Schema.Property(kind, statement.Property) : null;

    private StatementRun Run(int group) => new(_grouped, _positions, _starts[group], _starts[group + 1] - _starts[group]);
}

/// <summary>The statements of one subject and property: a run of the index's array, read without copying it.</summary>
internal readonly struct StatementRun : IReadOnlyList<Statement>
{
    private readonly Statement[]? _statements;
    private readonly int[]? _positions;
    private readonly int _start;

    public StatementRun(Statement[] statements, int[] positions, int start, int count)
    {
        _statements = statements;
        _positions = positions;
        _start = start;
        Count = count;
    }

    public int Count { get; }

    public Statement this[int index] => (uint)index < (uint)Count ? _statements![_start + index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Where statement <paramref name="index"/> of the run stands among the corpus's statements.</summary>
    public int PositionOf(int index) => (uint)index < (uint)Count ? _positions![_start + index] : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<Statement> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _statements![_start + i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
