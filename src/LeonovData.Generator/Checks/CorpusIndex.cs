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
/// A group is found through its subject: a table of subjects, and each subject's groups chained in
/// arrays. A table keyed by subject and property held an entry per group, most of what was left; a
/// subject has a few properties, a corpus many subjects.
/// </remarks>
internal sealed class CorpusIndex
{
    private readonly Dictionary<string, string> _kinds;

    // Each subject's last group (the head of its chain); each group's property and the subject's
    // group before it (-1 at the chain's end).
    private readonly Dictionary<string, int> _lastGroupOf;
    private readonly string[] _propertyOf;
    private readonly int[] _previousOfSubject;
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
        _lastGroupOf = new Dictionary<string, int>(Math.Min(statements.Count, corpus.Entities.Count + 1), StringComparer.Ordinal);
        var groups = new int[statements.Count];

        // Per group, sized for a group per statement: the index lives only while a group is checked.
        var counts = new int[statements.Count];
        _propertyOf = new string[statements.Count];
        _previousOfSubject = new int[statements.Count];
        var groupCount = 0;
        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            var group = Find(statement.Subject, statement.Property);
            if (group < 0)
            {
                group = groupCount++;
                _propertyOf[group] = statement.Property;
                _previousOfSubject[group] = _lastGroupOf.TryGetValue(statement.Subject, out var last) ? last : -1;
                _lastGroupOf[statement.Subject] = group;
            }

            groups[i] = group;
            counts[group]++;
        }

        _starts = new int[groupCount + 1];
        for (var g = 0; g < groupCount; g++)
        {
            _starts[g + 1] = _starts[g] + counts[g];
        }

        _grouped = new Statement[statements.Count];
        _positions = new int[statements.Count];

        // Each group's next free place, counted from its start (counts is done with and reused).
        var next = counts;
        Array.Copy(_starts, next, groupCount);
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
    public StatementRun Of(string subject, string property)
    {
        var group = Find(subject, property);
        return group >= 0 ? Run(group) : default;
    }

    /// <summary>The group of a subject and property, or -1: a walk down the subject's chain.</summary>
    private int Find(string subject, string property)
    {
        if (!_lastGroupOf.TryGetValue(subject, out var group))
        {
            return -1;
        }

        while (group >= 0 && !string.Equals(_propertyOf[group], property, StringComparison.Ordinal))
        {
            group = _previousOfSubject[group];
        }

        return group;
    }

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
