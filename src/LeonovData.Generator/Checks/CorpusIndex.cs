using System;
using System.Collections.Generic;
using System.Linq;
using LeonovData.Generator.Binding;

namespace LeonovData.Generator.Checks;

/// <summary>Lookups over a corpus, built once per run so that no rule scans every statement per statement.</summary>
internal sealed class CorpusIndex
{
    private static readonly List<Statement> s_none = new();
    private readonly Dictionary<string, string> _kinds;
    private readonly Dictionary<(string Subject, string Property), List<Statement>> _statements = new();

    public CorpusIndex(Corpus corpus)
    {
        Corpus = corpus;
        _kinds = corpus.Entities.ToDictionary(static e => e.Id, static e => e.Kind, StringComparer.Ordinal);
        foreach (var statement in corpus.Statements)
        {
            var key = (statement.Subject, statement.Property);
            if (!_statements.TryGetValue(key, out var list))
            {
                _statements[key] = list = new List<Statement>();
            }

            list.Add(statement);
        }
    }

    public Corpus Corpus { get; }

    public string? KindOf(string entityId) => _kinds.TryGetValue(entityId, out var kind) ? kind : null;

    /// <summary>The statements of one subject and property, in corpus order.</summary>
    public IReadOnlyList<Statement> Of(string subject, string property) =>
        _statements.TryGetValue((subject, property), out var list) ? list : s_none;

    /// <summary>Every subject–property group, in corpus order of first statement.</summary>
    public IEnumerable<IReadOnlyList<Statement>> Groups => _statements.Values;

    /// <summary>The schema's property for a statement, or null.</summary>
    public Schema.PropertySpec? PropertyOf(Statement statement) =>
        KindOf(statement.Subject) is { } kind ? Corpus.Schema.Property(kind, statement.Property) : null;
}
