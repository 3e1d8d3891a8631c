using System;
using System.Collections.Generic;
using System.Linq;
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
internal sealed class Binder
{
    private static readonly string[] s_markers = { "sic", "variant", "conv", "zone", "source" };
    private static readonly string[] s_spanKeys = { "e", "of", "p", "on", "v", "cmp", "rank", "why", "name", "kind" };
    private static readonly string[] s_valueKinds = { "date", "interval", "duration", "length", "age", "count", "ordinal", "name" };

    private readonly SchemaModel _schema;
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly Dictionary<string, LocationInfo> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EntityDraft> _entities = new(StringComparer.Ordinal);
    private readonly List<StatementDraft> _statements = new();
    private readonly List<PendingQualifier> _qualifiers = new();
    private readonly List<Mention> _mentions = new();
    private readonly List<SourceDocument> _documents = new();

    private Binder(SchemaModel schema) => _schema = schema;

    public static Result<Corpus> Bind(IEnumerable<ParsedDocument> documents, SchemaModel schema)
    {
        var binder = new Binder(schema);
        var ordered = documents.OrderBy(static d => d.FileName, StringComparer.Ordinal).ThenBy(static d => d.Path, StringComparer.Ordinal).ToList();
        return binder.Run(ordered);
    }

    private Result<Corpus> Run(List<ParsedDocument> documents)
    {
        foreach (var document in documents)
        {
            DeclareDocument(document);
        }

        foreach (var document in documents)
        {
            DeclareEntities(document);
        }

        var headers = documents.Select(d => HeaderReader.Read(d, _entities.Keys, _diagnostics)).ToList();
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
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateId, location, first, id, first.Display(FileOf(first.FilePath))));
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

    private void BindValueSpan(ParsedDocument document, SourceDocument? header, SpanNode span, ValueKind kind, ref (SpanNode Span, Value? Value)? previousValue)
    {
        var value = ValueReader.Read(kind, span, _diagnostics);
        if (span.Block.HasClass("conv"))
        {
            CheckConversion(span, value, previousValue);
            return;
        }

        previousValue = (span, value);
        if (span.Block.Pair("p") is null)
        {
            Report(DiagnosticDescriptors.IncompleteSpan, span.Location, $"a .{FactValue.KindName(kind)} span states a value, so it needs p=<property> (with of=<entity> or on=<statement> when it is not about the document's subject)");
            return;
        }

        if (value is not null)
        {
            State(document, header, span, FactValue.Of(value));
        }
    }

    private void BindEntitySpan(ParsedDocument document, SourceDocument? header, SpanNode span, string kind)
    {
        var e = span.Block.Pair("e");
        string entityId;
        if (e is not null)
        {
            if (!_entities.TryGetValue(e.Value, out var entity))
            {
                Report(DiagnosticDescriptors.UnknownEntity, e.ValueLocation, e.Value, Suggest.DidYouMean(e.Value, _entities.Keys));
                return;
            }

            if (entity.Kind != kind)
            {
                Report(DiagnosticDescriptors.WrongEntityKind, e.ValueLocation, e.Value, entity.Kind, kind);
                return;
            }

            entityId = e.Value;
        }
        else if (span.Block.Id is { } id)
        {
            entityId = id.Name;
            if (!_entities.TryGetValue(entityId, out var declared) || declared.Location != span.Location)
            {
                return; // a duplicate declaration, already reported
            }
        }
        else
        {
            Report(DiagnosticDescriptors.IncompleteSpan, span.Location, $"a .{kind} span names an entity: declare it with #id or refer to a declared one with e=id");
            return;
        }

        var isSic = span.Block.HasClass("sic");
        _mentions.Add(new Mention(entityId, WhiteSpace.Fold(span.Covered), isSic, span.Block.HasClass("variant"), e is null, span.Location));
        if (!isSic)
        {
            _entities[entityId].AddName(WhiteSpace.Fold(span.Covered));
        }

        if (span.Block.Pair("p") is not null)
        {
            State(document, header, span, FactValue.Entity(kind, entityId));
        }
    }

    private void State(ParsedDocument document, SourceDocument? header, SpanNode span, FactValue value)
    {
        var p = span.Block.Pair("p")!;
        var citation = CiteSpan(document, span);
        if (span.Block.Pair("on") is { } on)
        {
            var qualifier = _schema.Qualifier(p.Value);
            if (qualifier is null)
            {
                Report(DiagnosticDescriptors.UnknownProperty, p.ValueLocation, p.Value, "the qualifiers", Suggest.DidYouMean(p.Value, _schema.Properties.Where(static q => q.IsQualifier).Select(static q => q.Id)));
                return;
            }

            if (CheckType(qualifier, value, p, span, "a qualifier"))
            {
                _qualifiers.Add(new PendingQualifier(on, new Qualifier(p.Value, value, citation, span.Location)));
            }

            return;
        }

        var subject = ResolveSubject(span, header);
        if (subject is null)
        {
            return;
        }

        var property = _schema.Property(subject.Kind, p.Value);
        if (property is null)
        {
            var candidates = _schema.Properties.Where(q => q.Of == subject.Kind).Select(static q => q.Id).ToList();
            var suggestion = Suggest.DidYouMean(p.Value, candidates);

            // Nothing close ('birth' for 'born'): the kind's vocabulary is what the annotator needs.
            if (suggestion.Length == 0 && candidates.Count > 0)
            {
                suggestion = $"; the properties of {subject.Kind} are {string.Join(", ", candidates)}";
            }

            Report(DiagnosticDescriptors.UnknownProperty, p.ValueLocation, p.Value, $"{subject.Kind} {subject.Id}", suggestion);
            return;
        }

        if (!CheckType(property, value, p, span, $"{subject.Kind} {subject.Id}"))
        {
            return;
        }

        var rank = ReadRank(span, out var why);
        if (rank is null)
        {
            return;
        }

        // On an entity span that refers with e=, #id names the statement; on a value span it always does.
        var statementId = span.Block.Id is { } id && (value.Literal is not null || span.Block.Pair("e") is not null) ? id : null;
        if (statementId is not null && !Claim(statementId.Name, statementId.Location))
        {
            statementId = null;
        }

        var statement = new Statement(statementId?.Name, subject.Id, property.Id, value, EquatableArray<Qualifier>.Empty, citation, rank.Value, why, span.Location);
        _statements.Add(new StatementDraft(statement));
    }

    private EntityDraft? ResolveSubject(SpanNode span, SourceDocument? header)
    {
        var of = span.Block.Pair("of");
        var subjectId = of?.Value ?? header?.Subject;
        if (subjectId is null)
        {
            Report(DiagnosticDescriptors.IncompleteSpan, span.Location, "this statement has no subject: add of=<entity>, or subject=<entity> to the document header");
            return null;
        }

        if (!_entities.TryGetValue(subjectId, out var subject))
        {
            // An unknown header subject is reported once, on the header.
            if (of is not null)
            {
                Report(DiagnosticDescriptors.UnknownEntity, of.ValueLocation, subjectId, Suggest.DidYouMean(subjectId, _entities.Keys));
            }

            return null;
        }

        return subject;
    }

    private bool CheckType(PropertySpec property, FactValue value, AttributeNode p, SpanNode span, string owner)
    {
        if (property.Type == value.Type)
        {
            return true;
        }

        Report(DiagnosticDescriptors.TypeMismatch, span.Location, p.Value, owner, property.Type, value.Type);
        return false;
    }

    private Rank? ReadRank(SpanNode span, out string? why)
    {
        why = span.Block.Pair("why")?.Value;
        var rank = span.Block.Pair("rank");
        if (rank is null)
        {
            return Rank.Normal;
        }

        Rank? result = rank.Value switch
        {
            "preferred" => Rank.Preferred,
            "deprecated" => Rank.Deprecated,
            "normal" => Rank.Normal,
            _ => null,
        };
        if (result is null)
        {
            Report(DiagnosticDescriptors.UnknownAttribute, rank.ValueLocation, $"rank={rank.Value} is not a rank; write rank=preferred or rank=deprecated");
        }
        else if (result != Rank.Normal && string.IsNullOrWhiteSpace(why))
        {
            Report(DiagnosticDescriptors.RankWithoutReason, rank.Location, rank.Value);
            return null;
        }

        return result;
    }

    private void CheckConversion(SpanNode span, Value? value, (SpanNode Span, Value? Value)? previous)
    {
        if (value is not Quantity converted)
        {
            if (value is not null)
            {
                Report(DiagnosticDescriptors.BadConversion, span.Location, ".conv marks a unit conversion, so the span must be a .length");
            }

            return;
        }

        if (previous?.Value is not Quantity original)
        {
            Report(DiagnosticDescriptors.BadConversion, span.Location, ".conv marks a conversion of the value span just before it, but there is no length before it in this document");
            return;
        }

        if (!converted.AgreesAsConversionOf(original))
        {
            Report(DiagnosticDescriptors.ConversionMismatch, span.Location, span.Covered, converted.Normalized, previous.Value.Span.Covered, original.Normalized);
        }
    }

    private void AttachQualifiers()
    {
        var named = _statements.Where(static s => s.Statement.Id is not null).ToDictionary(static s => s.Statement.Id!, StringComparer.Ordinal);
        foreach (var pending in _qualifiers)
        {
            if (named.TryGetValue(pending.On.Value, out var target))
            {
                target.Qualifiers.Add(pending.Qualifier);
            }
            else
            {
                Report(DiagnosticDescriptors.UnknownStatement, pending.On.ValueLocation, pending.On.Value, Suggest.DidYouMean(pending.On.Value, named.Keys));
            }
        }
    }

    private string? ReadZone(SpanNode span)
    {
        var kind = span.Block.Pair("kind");
        if (kind?.Value is "body" or "references" or "noise")
        {
            return kind.Value;
        }

        Report(DiagnosticDescriptors.UnknownAttribute, kind?.ValueLocation ?? span.Location, "a zone needs kind=body, kind=references or kind=noise");
        return null;
    }

    /// <summary>
    /// Every attribute must be understood and used: one that would be silently ignored (of= on a
    /// qualifier, v= on an entity) is an error, because the annotator meant something by it. The
    /// span is still bound without it, so that one mistake gives one error.
    /// </summary>
    /// <returns>False when the span must not be bound: it is ambiguous or names nothing.</returns>
    private bool CheckAttributes(SpanNode span, bool isValue)
    {
        var ok = true;
        var seen = new HashSet<(AttributeForm, string)>();
        var block = span.Block;
        foreach (var attribute in block.Attributes)
        {
            var key = attribute.Form == AttributeForm.Id ? (AttributeForm.Id, "#") : (attribute.Form, attribute.Name);
            if (!seen.Add(key))
            {
                var what = attribute.Form switch
                {
                    AttributeForm.Id => "a second #id",
                    AttributeForm.Class => $"'.{attribute.Name}' twice",
                    _ => $"'{attribute.Name}=' twice",
                };
                Misfit(attribute, $"the span has {what}; a span states one thing, so keep one");
                ok = false;
            }
            else if (attribute.Form == AttributeForm.Pair && Array.IndexOf(s_spanKeys, attribute.Name) < 0)
            {
                Misfit(attribute, $"'{attribute.Name}' is not an attribute of a span{Suggest.DidYouMean(attribute.Name, s_spanKeys)}; spans take e= of= p= on= v= cmp= rank= why= name=");
            }
        }

        var isQualifier = block.Pair("on") is not null;
        var makesStatement = block.Pair("p") is not null && !isQualifier;
        var declares = !isValue && block.Pair("e") is null && block.Id is not null;
        foreach (var (name, reason) in new[]
        {
            ("kind", !block.HasClass("zone") ? "kind= belongs to zone markers ([]{.zone kind=references})" : null),
            ("of", isQualifier ? "a qualifier (on=) refines its statement, whose subject it shares; remove of=" : null),
            ("rank", isQualifier ? "a qualifier (on=) is not ranked; rank the statement it refines" : !makesStatement ? "rank= ranks a statement, but this span makes none (add p=)" : null),
            ("why", block.Pair("rank") is null ? "why= explains a rank; add rank=preferred or rank=deprecated, or remove why=" : null),
            ("v", !isValue ? "v= gives a value's normalised form, but this span names an entity" : null),
            ("cmp", !isValue ? "cmp= qualifies an amount, but this span names an entity" : null),
            ("name", !declares ? "name= gives the display name of an entity where it is declared (#id without e=)" : null),
            ("on", block.Pair("p") is null ? "on= makes the span a qualifier, which needs p=<qualifier>" : null),
        })
        {
            if (reason is not null && block.Pair(name) is { } attribute)
            {
                Misfit(attribute, reason);
            }
        }

        if (block.Id is { } id && !declares && !makesStatement)
        {
            Misfit(id, isQualifier
                ? $"#{id.Name} would name a statement, but a qualifier (on=) is part of another one; remove #{id.Name}"
                : $"#{id.Name} names the statement this span makes, but it makes none: add p=<property> or remove #{id.Name}");
        }

        if (declares && span.Covered.Trim().Length == 0 && block.Pair("name") is null)
        {
            Report(DiagnosticDescriptors.IncompleteSpan, span.Location, "an entity needs a name: cover its name with the span, or give name=\"...\"");
            ok = false;
        }

        return ok;
    }

    private void Misfit(AttributeNode attribute, string message) =>
        Report(DiagnosticDescriptors.UnknownAttribute, attribute.Location, message);

    /// <summary>The span's one kind: a value kind or an entity kind of the schema; markers aside.</summary>
    private string? KindOf(SpanNode span, bool report)
    {
        string? kind = null;
        foreach (var attribute in span.Block.Attributes)
        {
            if (attribute.Form != AttributeForm.Class || Array.IndexOf(s_markers, attribute.Name) >= 0)
            {
                continue;
            }

            if (Array.IndexOf(s_valueKinds, attribute.Name) < 0 && _schema.Kind(attribute.Name) is null)
            {
                if (report)
                {
                    var known = s_valueKinds.Concat(_schema.Kinds.Select(static k => k.Id)).Concat(s_markers);
                    Report(DiagnosticDescriptors.UnknownKind, attribute.Location, attribute.Name, Suggest.DidYouMean(attribute.Name, known));
                }

                return null;
            }

            if (kind is not null)
            {
                if (report)
                {
                    Report(DiagnosticDescriptors.AmbiguousSpan, attribute.Location, kind, attribute.Name);
                }

                return null;
            }

            kind = attribute.Name;
        }

        if (kind is null && report)
        {
            Report(DiagnosticDescriptors.IncompleteSpan, span.Location, "a span needs a kind: an entity kind such as .person, or a value kind such as .date");
        }

        return kind;
    }

    private static Citation CiteSpan(ParsedDocument document, SpanNode span) => new(
        document.FileName,
        span.Location.StartLine + 1,
        span.Location.StartColumn + 1,
        WhiteSpace.Fold(span.Covered),
        Sentences.Around(document.Text, span.TextStart, span.TextEnd));

    private static string FileOf(string path)
    {
        var slash = path.LastIndexOfAny(new[] { '/', '\\' });
        return slash < 0 ? path : path.Substring(slash + 1);
    }

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));

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
