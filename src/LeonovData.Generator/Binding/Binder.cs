using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using LeonovData.Generator.Diagnostics;
using LeonovData.Generator.Model;
using LeonovData.Generator.Schema;
using LeonovData.Generator.Syntax;
using LeonovData.Generator.Values;

namespace LeonovData.Generator.Binding;

/// <summary>
/// Turns parsed documents into entities and statements against the schema. Works on the whole
/// corpus at once because ids resolve across documents: 003 declares Voskhod 2, 001 mentions it.
/// </summary>
internal sealed partial class Binder
{
    // Read by the leo tool too, to name a span by its kind.
    internal static readonly string[] s_markers = { "sic", "variant", "conv", "zone", "source" };
    private static readonly string[] s_spanKeys = { "e", "of", "p", "on", "v", "cmp", "rank", "why", "name", "kind", "dates", "statement" };
    private static readonly string[] s_valueKinds = ValueParser.KindNames;

    private readonly SchemaModel _schema;
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly Dictionary<string, LocationInfo> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EntityDraft> _entities = new(StringComparer.Ordinal);
    private readonly List<StatementDraft> _statements = new();
    private readonly List<PendingQualifier> _qualifiers = new();
    private readonly List<Mention> _mentions = new();
    private readonly List<SourceDocument> _documents = new();

    // Ids whose declaring block was broken (a syntax error, reported): references to them are
    // not errors of their own, or one slip would be reported again at every later mention.
    private readonly HashSet<string> _brokenIds = new(StringComparer.Ordinal);

    private readonly CancellationToken _cancellationToken;

    private Binder(SchemaModel schema, CancellationToken cancellationToken)
    {
        _schema = schema;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Binds the corpus; a cancelled build stops it at the next document or span.</summary>
    public static Result<Corpus> Bind(IEnumerable<ParsedDocument> documents, SchemaModel schema, CancellationToken cancellationToken = default)
    {
        var binder = new Binder(schema, cancellationToken);
        var ordered = documents.OrderBy(static d => d.RelativePath, StringComparer.Ordinal).ThenBy(static d => d.Path, StringComparer.Ordinal).ToList();
        return binder.Run(ordered);
    }

    private Result<Corpus> Run(List<ParsedDocument> documents)
    {
        foreach (var document in documents)
        {
            DeclareDocument(document);
            _brokenIds.UnionWith(document.BrokenIds);

            // A malformed block states nothing (see BindSpans): the statement it names is broken too.
            foreach (var span in document.Spans.Where(static s => s.Block.HasErrors))
            {
                BreakStatementName(span);
            }
        }

        foreach (var document in documents)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            DeclareEntities(document);
        }

        var headers = documents.Select(d => HeaderReader.Read(d, _entities.Keys, _brokenIds, _diagnostics)).ToList();
        for (var i = 0; i < documents.Count; i++)
        {
            var before = _statements.Count;
            BindSpans(documents[i], headers[i]);
            var h = headers[i];
            if (h is not null)
            {
                _documents.Add(h with { Statements = _statements.Count - before });
            }
        }

        AttachQualifiers();

        var entities = _entities.Values
            .OrderBy(static e => e.Kind, StringComparer.Ordinal)
            .ThenBy(static e => e.Id, StringComparer.Ordinal)
            .Select(static e => new Entity(e.Id, e.Kind, e.Name, e.Names.ToEquatableArray(), e.Citation, e.Location))
            .ToEquatableArray();
        var statements = _statements
            .Select(static s => s.Statement with { Qualifiers = s.Qualifiers.ToEquatableArray() })
            .ToEquatableArray();
        var corpus = new Corpus(_schema, _documents.ToEquatableArray(), entities, statements, _mentions.ToEquatableArray());
        return new Result<Corpus>(corpus, _diagnostics.ToEquatableArray());
    }

    private void DeclareDocument(ParsedDocument document)
    {
        if (document.Header?.Id is { } id)
        {
            Claim(id.Name, id.Location);
        }
    }

    private void DeclareEntities(ParsedDocument document)
    {
        foreach (var span in document.Spans)
        {
            var kind = KindOf(span, report: false);
            if (kind is null || _schema.Kind(kind) is null || span.Block.Pair("e") is not null || span.Block.Id is not { } id)
            {
                continue;
            }

            if (!Claim(id.Name, id.Location))
            {
                continue;
            }

            var name = span.Block.Pair("name")?.Value ?? span.Covered;
            _entities[id.Name] = new EntityDraft(id.Name, kind, WhiteSpace.Fold(name), CiteSpan(document, span), span.Location);
        }
    }

    private bool Claim(string id, LocationInfo location)
    {
        if (_ids.TryGetValue(id, out var first))
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateId, location, first, id, first.Display(LocationInfo.FileNameOf(first.FilePath))));
            return false;
        }

        _ids[id] = location;
        return true;
    }

    private void BindSpans(ParsedDocument document, SourceDocument? header)
    {
        var zone = "body";
        (SpanNode Span, Value? Value)? previousValue = null;
        foreach (var span in document.Spans)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (span.Block.HasClass("zone"))
            {
                zone = ReadZone(span) ?? zone;
                continue;
            }

            // A malformed block was reported by the parser; what is left of it would state a wrong fact.
            if (span.Block.HasErrors)
            {
                continue;
            }

            var kind = KindOf(span, report: true);
            if (kind is null || !CheckAttributes(span, isValue: ValueParser.TryParseKind(kind, out _)))
            {
                continue;
            }

            var p = span.Block.Pair("p");
            if (p is not null && zone is not "body")
            {
                Report(DiagnosticDescriptors.IncompleteSpan, p.Location, $"this span is in a '{zone}' zone, where no facts are stated; end the zone with []{{.zone kind=body}} or remove p=");
                continue;
            }

            if (ValueParser.TryParseKind(kind, out var valueKind))
            {
                BindValueSpan(document, header, span, valueKind, ref previousValue);
            }
            else
            {
                BindEntitySpan(document, header, span, kind);
            }
        }
    }

    private static Citation CiteSpan(ParsedDocument document, SpanNode span) => new(
        document.RelativePath,
        span.Location.StartLine + 1,
        span.Location.StartColumn + 1,
        WhiteSpace.Fold(span.Covered),
        Sentences.Around(document.Text, span.TextStart, span.TextEnd));


    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));

    /// <summary>Reports an id that names nothing, unless its declaration was broken (already
    /// reported); then the statement this span would have made is broken as well, so that the
    /// qualifiers refining it are not reported in turn.</summary>
    private void ReportUnknown(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, AttributeNode reference, IEnumerable<string> known, SpanNode? span = null)
    {
        if (!_brokenIds.Contains(reference.Value))
        {
            Report(descriptor, reference.ValueLocation, reference.Value, UnknownIdAdvice(descriptor, reference.Value, known));
        }
        else if (span is not null)
        {
            BreakStatementName(span);
        }
    }

    private void BreakStatementName(SpanNode span)
    {
        if ((span.Block.Pair("statement")?.Value ?? span.Block.Id?.Name) is { } name)
        {
            _brokenIds.Add(name);
        }
    }

    /// <summary>A near id is a typo of it: suggest only that. Declaring the misspelt id would make
    /// a second entity, which is never what the annotator meant.</summary>
    internal static string UnknownIdAdvice(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, string id, IEnumerable<string> known)
    {
        var suggestion = Suggest.Closest(id, known);
        if (suggestion is not null)
        {
            return $"did you mean '{suggestion}'?";
        }

        return descriptor == DiagnosticDescriptors.UnknownStatement
            ? $"name the statement with #{id}"
            : $"declare it once with #{id} on a span of its kind";
    }

    private sealed class EntityDraft
    {
        public EntityDraft(string id, string kind, string name, Citation citation, LocationInfo location)
        {
            Id = id;
            Kind = kind;
            Name = name;
            Citation = citation;
            Location = location;
            AddName(name);
        }

        public string Id { get; }

        public string Kind { get; }

        public string Name { get; }

        public Citation Citation { get; }

        public LocationInfo Location { get; }

        public List<string> Names { get; } = new();

        public void AddName(string name)
        {
            if (name.Length > 0 && !Names.Contains(name, StringComparer.Ordinal))
            {
                Names.Add(name);
            }
        }
    }

    private sealed class StatementDraft
    {
        public StatementDraft(Statement statement) => Statement = statement;

        public Statement Statement { get; }

        public List<Qualifier> Qualifiers { get; } = new();
    }

    private sealed record PendingQualifier(AttributeNode On, Qualifier Qualifier);
}
