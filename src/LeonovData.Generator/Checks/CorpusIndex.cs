using System;
using System.Collections;
using System.Collections.Generic;
using LeonovData.Generator.Binding;

namespace LeonovData.Generator.Checks;

/// <summary>Lookups over a corpus, built once per run so that no rule scans every statement per statement.</summary>
/// <remarks>
/// <para>
/// The statements are copied once into one array, grouped by subject and property (groups in corpus
/// order of first statement, statements in corpus order within each); a group is a run of it. A list
/// per subject and property was most of what building the index allocated: most have one statement.
/// A group is found through its subject: a table of subjects, and each subject's groups chained in
/// arrays. A table keyed by subject and property held an entry per group, most of what was left; a
/// subject has a few properties, a corpus many subjects.
/// </para>
/// <para>
/// Its tables and arrays are the thread's (<see cref="Storage"/>), lent to one index at a time and
/// cleared when it is disposed: the checks and the resolution build an index for every subject group,
/// and arrays and tables of their own for each were half of what checking a group allocated. An
/// index is therefore read only while it lives, and nothing read from it (a <see cref="StatementRun"/>)
/// may outlive it.
/// </para>
/// </remarks>
internal sealed class CorpusIndex : IDisposable
{
    private readonly Storage _storage;
    private readonly int _groupCount;
    private bool _disposed;

    public CorpusIndex(Corpus corpus)
    {
        Corpus = corpus;
        _storage = Storage.Take(corpus.Statements.Count);
        var kinds = _storage.Kinds;
        foreach (var entity in corpus.Entities)
        {
            kinds.Add(entity.Id, entity.Kind);
        }

        var statements = corpus.Statements;
        var lastGroupOf = _storage.LastGroupOf;
        var groups = _storage.Groups;

        // Per group, sized for a group per statement: the index lives only while a group is checked.
        var counts = _storage.Counts;
        var propertyOf = _storage.PropertyOf;
        var previousOfSubject = _storage.PreviousOfSubject;
        var subjectOf = _storage.SubjectOf;
        var groupCount = 0;
        var subjectCount = 0;
        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            var group = Find(statement.Subject, statement.Property);
            if (group < 0)
            {
                group = groupCount++;
                propertyOf[group] = statement.Property;
                counts[group] = 0;
                if (lastGroupOf.TryGetValue(statement.Subject, out var last))
                {
                    previousOfSubject[group] = last;
                    subjectOf[group] = subjectOf[last];
                }
                else
                {
                    previousOfSubject[group] = -1;
                    subjectOf[group] = subjectCount++;
                }

                lastGroupOf[statement.Subject] = group;
            }

            groups[i] = group;
            counts[group]++;
        }

        _groupCount = groupCount;
        SubjectCount = subjectCount;
        var starts = _storage.Starts;
        starts[0] = 0;
        for (var g = 0; g < groupCount; g++)
        {
            starts[g + 1] = starts[g] + counts[g];
        }

        // Each group's next free place, counted from its start (counts is done with and reused).
        var next = counts;
        Array.Copy(starts, next, groupCount);
        for (var i = 0; i < statements.Count; i++)
        {
            var at = next[groups[i]]++;
            _storage.Grouped[at] = statements[i];
            _storage.Positions[at] = i;
        }
    }

    public Corpus Corpus { get; }

    /// <summary>How many subjects the statements have.</summary>
    private int SubjectCount { get; }

    public string? KindOf(string entityId) => _storage.Kinds.TryGetValue(entityId, out var kind) ? kind : null;

    /// <summary>The statements of one subject and property, in corpus order.</summary>
    public StatementRun Of(string subject, string property)
    {
        var group = Find(subject, property);
        return group >= 0 ? Run(group) : default;
    }

    /// <summary>
    /// The statements of one subject, in corpus order (as a lookup by subject gives them): a run of
    /// an array sorted by subject, made on first use. A lookup made a grouping and a growing array
    /// per subject.
    /// </summary>
    public StatementRun OfSubject(string subject)
    {
        if (!_storage.LastGroupOf.TryGetValue(subject, out var group))
        {
            return default;
        }

        if (!_storage.HasBySubject)
        {
            SortBySubject();
        }

        var s = _storage.SubjectOf[group];
        var start = _storage.SubjectStarts[s];
        return new StatementRun(_storage.BySubject, _storage.BySubjectPositions, start, _storage.SubjectStarts[s + 1] - start);
    }

    private void SortBySubject()
    {
        var statements = Corpus.Statements;
        var starts = _storage.SubjectStarts;
        Array.Clear(starts, 0, SubjectCount + 1);
        for (var i = 0; i < statements.Count; i++)
        {
            starts[_storage.SubjectOf[_storage.Groups[i]] + 1]++;
        }

        for (var s = 0; s < SubjectCount; s++)
        {
            starts[s + 1] += starts[s];
        }

        // A stable counting sort: each subject's statements stay in corpus order. The next free place
        // of each subject is kept in Counts, free since the groups were laid out.
        var next = _storage.Counts;
        Array.Copy(starts, next, SubjectCount);
        for (var i = 0; i < statements.Count; i++)
        {
            var at = next[_storage.SubjectOf[_storage.Groups[i]]]++;
            _storage.BySubject[at] = statements[i];
            _storage.BySubjectPositions[at] = i;
        }

        _storage.HasBySubject = true;
    }

    /// <summary>The group of a subject and property, or -1: a walk down the subject's chain.</summary>
    private int Find(string subject, string property)
    {
        if (!_storage.LastGroupOf.TryGetValue(subject, out var group))
        {
            return -1;
        }

        while (group >= 0 && !string.Equals(_storage.PropertyOf[group], property, StringComparison.Ordinal))
        {
            group = _storage.PreviousOfSubject[group];
        }

        return group;
    }

    /// <summary>Every subject–property group, in corpus order of first statement.</summary>
    public IEnumerable<StatementRun> Groups
    {
        get
        {
            for (var group = 0; group < _groupCount; group++)
            {
                yield return Run(group);
            }
        }
    }

    /// <summary>The schema's property for a statement, or null.</summary>
    public Schema.PropertySpec? PropertyOf(Statement statement) =>
        KindOf(statement.Subject) is { } kind ? Corpus.Schema.Property(kind, statement.Property) : null;

    /// <summary>Clears the thread's tables and arrays (they hold no statement once it is done) and gives them back.</summary>
    /// <remarks>
    /// Once only: a second Dispose would clear the tables again after the thread had lent them to
    /// another index, under that index's reads. Reads after it are not checked (every read would pay
    /// for the check); the index is read only inside the <c>using</c> that made it.
    /// </remarks>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _storage.Return(Corpus.Statements.Count, _groupCount);
    }

    private StatementRun Run(int group) => new(_storage.Grouped, _storage.Positions, _storage.Starts[group], _storage.Starts[group + 1] - _storage.Starts[group]);

    /// <summary>An index's tables and arrays, sized for a number of statements and kept by the thread between indexes.</summary>
    private sealed class Storage
    {
        // A group of more statements than this gets arrays of its own, dropped after it.
        private const int MaxKeptStatements = 1 << 16;

        // A corpus of more entities than this gets a table of kinds of its own, dropped after it.
        private const int MaxKeptEntities = 1 << 16;

        // Taken and given back as BinderLists describes.
        [ThreadStatic]
        private static Storage? s_kept;

        private Storage(int capacity)
        {
            Groups = new int[capacity];
            Counts = new int[capacity + 1];
            PropertyOf = new string[capacity];
            PreviousOfSubject = new int[capacity];
            SubjectOf = new int[capacity];
            Starts = new int[capacity + 1];
            Grouped = new Statement[capacity];
            Positions = new int[capacity];
            BySubject = new Statement[capacity];
            BySubjectPositions = new int[capacity];
            SubjectStarts = new int[capacity + 1];
        }

        public Dictionary<string, string> Kinds { get; } = new(StringComparer.Ordinal);

        // Each subject's last group (the head of its chain).
        public Dictionary<string, int> LastGroupOf { get; } = new(StringComparer.Ordinal);

        // Each statement's group.
        public int[] Groups { get; }

        // Each group's statements, then its next free place; then each subject's next free place.
        public int[] Counts { get; }

        // Each group's property, the subject's group before it (-1 at the chain's end), and its subject's number.
        public string[] PropertyOf { get; }

        public int[] PreviousOfSubject { get; }

        public int[] SubjectOf { get; }

        // Where each group's run starts in Grouped; one more than groups, so each run ends where the next starts.
        public int[] Starts { get; }

        public Statement[] Grouped { get; }

        // Each of Grouped's statements' position in the corpus's statements.
        public int[] Positions { get; }

        // The statements by subject (OfSubject), their positions, and where each subject's run starts.
        public Statement[] BySubject { get; }

        public int[] BySubjectPositions { get; }

        // Sized for a subject per statement, as there are never more.
        public int[] SubjectStarts { get; }

        public bool HasBySubject { get; set; }

        private int Capacity => Groups.Length;

        public static Storage Take(int statements)
        {
            var kept = s_kept;
            s_kept = null;
            return kept is not null && kept.Capacity >= statements ? kept : new Storage(Math.Max(statements, kept?.Capacity * 2 ?? 0));
        }

        public void Return(int statements, int groups)
        {
            // LastGroupOf has an entry per subject, never more than the statements; Kinds one per
            // entity, which the statements do not bound.
            var keep = Capacity <= MaxKeptStatements && Kinds.Count <= MaxKeptEntities;
            Kinds.Clear();
            LastGroupOf.Clear();
            Array.Clear(PropertyOf, 0, groups);
            Array.Clear(Grouped, 0, statements);
            if (HasBySubject)
            {
                Array.Clear(BySubject, 0, statements);
                HasBySubject = false;
            }

            if (keep)
            {
                s_kept = this;
            }
        }
    }
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
