using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using LeonovData.Generator.Diagnostics;
using LeonovData.Generator.Model;
using LeonovData.Generator.Schema;
using LeonovData.Generator.Syntax;
using LeonovData.Generator.Values;

namespace LeonovData.Generator.Binding;

/// <summary>
/// Turns parsed documents into entities and statements against the schema, one document at a time.
/// Ids resolve across documents (003 declares Voskhod 2, 001 mentions it), so binding is three
/// steps: each document's declarations (<see cref="Declare"/>), the corpus's <see cref="IdTable"/>,
/// then each document bound against it (<see cref="BindDocument"/>); <see cref="CorpusAssembler"/>
/// joins the documents. <see cref="Bind"/> composes them for callers without an incremental driver.
/// </summary>
internal sealed partial class Binder
{
    // Read by the leo tool too, to name a span by its kind.
    internal static readonly string[] s_markers = { "sic", "variant", "conv", "zone", "source" };
    private static readonly string[] s_spanKeys = { "e", "of", "p", "on", "v", "cmp", "rank", "why", "name", "kind", "dates", "statement" };
    private static readonly string[] s_valueKinds = ValueParser.KindNames;

    private readonly SchemaModel _schema;
    private readonly IdTable _ids;
    private readonly BinderLists _lists;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly List<EntityDeclaration> _entities;
    private ImmutableArray<BoundStatement>.Builder _statements = ImmutableArray.CreateBuilder<BoundStatement>(0);
    private readonly List<PendingQualifier> _qualifiers;
    private readonly List<Mention> _mentions;
    private readonly SentenceCache _lastSentence = new();

    // Statements this document names that must not be reported as unknown when a qualifier refers
    // to them: their span was broken or referred to a broken id (both already reported).
    private readonly List<string> _brokenNames;

    private readonly CancellationToken _cancellationToken;

    private Binder(SchemaModel schema, IdTable ids, CancellationToken cancellationToken = default)
    {
        _schema = schema;
        _ids = ids;
        _cancellationToken = cancellationToken;
        _lists = BinderLists.Take();
        (_diagnostics, _entities, _qualifiers, _mentions, _brokenNames) = (_lists.Diagnostics, _lists.Entities, _lists.Qualifiers, _lists.Mentions, _lists.BrokenNames);
    }

    /// <summary>The whole corpus at once: the stages the generator runs step by step, composed.</summary>
    public static Result<Corpus> Bind(IEnumerable<ParsedDocument> documents, SchemaModel schema, CancellationToken cancellationToken = default)
    {
        var parsed = documents.ToList();
        var declarations = parsed.Select(d => Declare(d, schema, cancellationToken)).ToList();
        var duplicates = new List<DiagnosticInfo>();
        var ids = IdTable.Build(declarations, duplicates);
        var bound = parsed.Select(d => BindDocument(d, schema, ids, cancellationToken)).ToList();
        var corpus = CorpusAssembler.Assemble(bound, declarations, schema, cancellationToken);
        return new Result<Corpus>(corpus.Value, duplicates.Concat(bound.SelectMany(static d => d.Diagnostics)).Concat(corpus.Diagnostics).ToEquatableArray());
    }

    /// <summary>The ids a document declares: its header's, and each entity span's with #id and no e=.</summary>
    public static DocumentDeclarations Declare(ParsedDocument document, SchemaModel schema, CancellationToken cancellationToken = default)
    {
        var header = document.Header is { Id: { } id } block ? new DeclaredId(id.Name, null, PlaceOf(block, id)) : null;
        var entities = new List<DeclaredId>();
        foreach (var span in document.Spans)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Declaration(schema, span) is { } declared)
            {
                entities.Add(declared);
            }
        }

        // A malformed block states nothing (see BindSpans): the statement it names is broken too.
        var broken = document.BrokenIds.Concat(document.Spans.Where(static s => s.Block.HasErrors).Select(StatementNameOf).Where(static n => n is not null).Select(static n => n!));
        return new DocumentDeclarations(document.Path, document.RelativePath, header, entities.ToEquatableArray(), broken.ToEquatableArray());
    }

    /// <summary>Binds one document's spans against the schema and the corpus's ids.</summary>
    public static BoundDocument BindDocument(ParsedDocument document, SchemaModel schema, IdTable ids, CancellationToken cancellationToken = default)
    {
        var binder = new Binder(schema, ids, cancellationToken);
        return binder.Run(document);
    }

    private BoundDocument Run(ParsedDocument document)
    {
        var header = HeaderReader.Read(document, _ids, _diagnostics);
        _statements = ImmutableArray.CreateBuilder<BoundStatement>(StatingSpans(document));
        BindSpans(document, header);
        var source = header is null ? null : header with { Statements = _statements.Count };
        var bound = new BoundDocument(
            document.Path,
            document.RelativePath,
            source,
            _entities.ToEquatableArray(),
            new EquatableArray<BoundStatement>(_statements.Count == _statements.Capacity ? _statements.MoveToImmutable() : _statements.ToImmutable()),
            _qualifiers.ToEquatableArray(),
            _mentions.ToEquatableArray(),
            _brokenNames.ToEquatableArray(),
            _diagnostics.ToEquatableArray());
        _lists.Return();
        return bound;
    }

    /// <summary>
    /// How many statements the document's spans would state if every one were well formed and named
    /// one property: the room its statements are given at once. Grown by doubling, then copied, the
    /// list was twice the garbage of the array it made; sized right, the array is the builder's own.
    /// </summary>
    private static int StatingSpans(ParsedDocument document)
    {
        var count = 0;
        foreach (var span in document.Spans)
        {
            if (span.Block.Pair("p") is not null && span.Block.Pair("on") is null)
            {
                count++;
            }
        }

        return count;
    }

    private static DeclaredId? Declaration(SchemaModel schema, SpanNode span) =>
        Declares(schema, span) is { } declared ? new DeclaredId(declared.Id.Name, declared.Kind, PlaceOf(span.Block, declared.Id)) : null;

    /// <summary>The kind and the #id of the entity the span declares, if it declares one; its location is not made (only the declarations keep it).</summary>
    private static (string Kind, AttributeNode Id)? Declares(SchemaModel schema, SpanNode span)
    {
        var kind = KindOf(schema, span, report: null);
        return kind is null || schema.Kind(kind) is null || span.Block.Pair("e") is not null || span.Block.Id is not { } id
            ? null
            : (kind, id);
    }

    private void BindSpans(ParsedDocument document, SourceDocument? header)
    {
        var zone = "body";
        (SpanNode Span, Value? Value)? previousValue = null;
        var declarations = 0;
        for (var position = 0; position < document.Spans.Count; position++)
        {
            var span = document.Spans[position];
            _cancellationToken.ThrowIfCancellationRequested();

            // Declared where it stands, in the same pass as the statements: the span's sentence is
            // then cut once for its entity and its statements (a pass of its own cut it twice).
            var wonItsId = DeclareEntity(document, span, ref declarations);
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

            var kind = KindOf(_schema, span, _diagnostics);
            if (kind is null || !CheckAttributes(span, isValue: ValueParser.TryParseKind(kind, out _)))
            {
                continue;
            }

            if (span.Block.Pair("p") is { } p && zone is not "body")
            {
                Report(DiagnosticDescriptors.IncompleteSpan, span.Block.LocationOf(p), $"this span is in a '{zone}' zone, where no facts are stated; end the zone with []{{.zone kind=body}} or remove p=");
                continue;
            }

            if (ValueParser.TryParseKind(kind, out var valueKind))
            {
                BindValueSpan(document, header, span, valueKind, ref previousValue);
            }
            else
            {
                BindEntitySpan(document, header, span, kind, wonItsId);
            }
        }
    }

    /// <summary>Records the entity the span declares, when it declares one and its declaration wins the id.</summary>
    /// <param name="declarations">How many of the document's spans before it declare an id.</param>
    /// <returns>Whether the span declares an entity whose id it won.</returns>
    private bool DeclareEntity(ParsedDocument document, SpanNode span, ref int declarations)
    {
        if (Declares(_schema, span) is not { } declared)
        {
            return false;
        }

        if (!_ids.IsWinner(declared.Id.Name, document.Path, declarations++))
        {
            return false;
        }

        var name = span.Block.Pair("name")?.Value ?? span.Covered;
        _entities.Add(new EntityDeclaration(Claimed(declared.Id.Name), declared.Kind, WhiteSpace.Fold(name), CiteSpan(document, span), Located(span)));
        return true;
    }

    /// <summary>A won id as the corpus's claim spells it (<see cref="IdTable.TryGetEntity"/>): the declarations
    /// and the binding may read the document apart, each with its own copy of the id.</summary>
    private string Claimed(string id) => _ids.TryGetEntity(id, out var claimed, out _) ? claimed : id;

    private Citation CiteSpan(ParsedDocument document, SpanNode span)
    {
        var (line, column) = span.Position;
        return new(document.RelativePath, line + 1, column + 1, WhiteSpace.Fold(span.Covered), Sentences.Around(document.Text, span.TextStart, span.TextEnd, _lastSentence));
    }

    /// <summary>Where the span stands, as numbers and its document's line map (<see cref="SpanPlace"/>): no object made.</summary>
    private static SpanPlace Located(SpanNode span) => new(span.Block.Markup.Lines, span.Start, span.Length);

    /// <summary>Where <paramref name="attribute"/> stands, as <see cref="AttributeBlock.LocationOf"/> places it, with no object made.</summary>
    private static SpanPlace PlaceOf(AttributeBlock block, AttributeNode attribute) => new(block.Markup.Lines, block.Start + attribute.Offset, attribute.Length);

    /// <summary>Where <paramref name="attribute"/>'s value stands, as <see cref="AttributeBlock.ValueLocationOf"/> places it, with no object made.</summary>
    private static SpanPlace ValuePlaceOf(AttributeBlock block, AttributeNode attribute) =>
        new(block.Markup.Lines, block.Start + attribute.Offset + attribute.ValueOffset, attribute.ValueLength);

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));

    /// <summary>Reports an id that names nothing, unless its declaration was broken (already
    /// reported); then the statement this span would have made is broken as well, so that the
    /// qualifiers refining it are not reported in turn.</summary>
    private void ReportUnknown(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, AttributeNode reference, IEnumerable<string> known, SpanNode span)
    {
        if (!_ids.IsBroken(reference.Value))
        {
            Report(descriptor, span.Block.ValueLocationOf(reference), reference.Value, UnknownIdAdvice(descriptor, reference.Value, known));
        }
        else
        {
            BreakStatementName(span);
        }
    }

    private void BreakStatementName(SpanNode span)
    {
        if (StatementNameOf(span) is { } name)
        {
            _brokenNames.Add(name);
        }
    }

    private static string? StatementNameOf(SpanNode span) => span.Block.Pair("statement")?.Value ?? span.Block.Id?.Name;

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
}
