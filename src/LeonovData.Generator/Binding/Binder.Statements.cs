using System;
using System.Collections.Generic;
using System.Linq;
using LeonovData.Generator.Diagnostics;
using LeonovData.Generator.Model;
using LeonovData.Generator.Schema;
using LeonovData.Generator.Syntax;
using LeonovData.Generator.Values;

namespace LeonovData.Generator.Binding;

/// <summary>How spans become statements, qualifiers and mentions.</summary>
internal sealed partial class Binder
{
    private void BindValueSpan(ParsedDocument document, SourceDocument? header, SpanNode span, ValueKind kind, ref (SpanNode Span, Value? Value)? previousValue)
    {
        var value = ValueReader.Read(kind, span, document.Header, _diagnostics);
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

    private void BindEntitySpan(ParsedDocument document, SourceDocument? header, SpanNode span, string kind, bool wonItsId)
    {
        var e = span.Block.Pair("e");
        string entityId;
        if (e is { } reference)
        {
            if (!_ids.TryGetEntity(reference.Value, out var claimedId, out var entityKind))
            {
                ReportUnknown(DiagnosticDescriptors.UnknownEntity, reference, _ids.EntityIds, span);
                return;
            }

            if (entityKind != kind)
            {
                Report(DiagnosticDescriptors.WrongEntityKind, span.Block.ValueLocationOf(reference), reference.Value, entityKind, kind);
                return;
            }

            entityId = claimedId;
        }
        else if (span.Block.Id is { } id)
        {
            if (!wonItsId)
            {
                return; // a duplicate declaration, already reported
            }

            entityId = Claimed(id.Name);
        }
        else
        {
            Report(DiagnosticDescriptors.IncompleteSpan, span.Location, $"a .{kind} span names an entity: declare it with #id or refer to a declared one with e=id");
            return;
        }

        // Every mention but a .sic one also names the entity (CorpusLinks gathers the names).
        _mentions.Add(new Mention(entityId, WhiteSpace.Fold(span.Covered), span.Block.HasClass("sic"), span.Block.HasClass("variant"), e is null, Located(span)));

        if (span.Block.Pair("p") is not null)
        {
            State(document, header, span, FactValue.Entity(kind, entityId));
        }
    }

    /// <summary>States the span's value for each property of its <c>p=</c>: one mention may state
    /// several facts (<c>p="commander crew"</c>) without nesting spans around the same words.</summary>
    private void State(ParsedDocument document, SourceDocument? header, SpanNode span, FactValue value)
    {
        var p = span.Block.Pair("p")!.Value;
        if (p.Value.Length > 0 && p.Value.IndexOf(' ') < 0)
        {
            // Almost every span states one property: no array of one for it.
            State(document, header, span, value, p, p.Value);
            return;
        }

        var properties = p.Value.Split(s_propertySeparator, StringSplitOptions.RemoveEmptyEntries);
        if (properties.Length > 1)
        {
            var misfit = span.Block.Pair("on") is not null ? "a qualifier (on=) refines its statement with one qualifier; write one p="
                : StatementName(span, value) is { } name ? $"{(name.Form == AttributeForm.Id ? "#" : "statement=")}{name.Value} names one statement, but p= states {properties.Length}; name none, or split the span"
                : properties.Distinct(StringComparer.Ordinal).Count() < properties.Length ? "p= names a property twice; name each once"
                : null;
            if (misfit is not null)
            {
                Report(DiagnosticDescriptors.UnknownAttribute, span.Block.LocationOf(p), misfit);
                return;
            }
        }

        foreach (var property in properties)
        {
            State(document, header, span, value, p, property);
        }
    }

    private static readonly char[] s_propertySeparator = { ' ' };

    /// <summary>The attribute naming the statement a span makes: <c>statement=</c> on a span that
    /// declares an entity (whose #id is the entity's), #id on any other span that states.</summary>
    private static AttributeNode? StatementName(SpanNode span, FactValue value) =>
        span.Block.Pair("statement")
        ?? (span.Block.Id is { } id && (value.Literal is not null || span.Block.Pair("e") is not null) ? id : null);

    private void State(ParsedDocument document, SourceDocument? header, SpanNode span, FactValue value, AttributeNode p, string propertyId)
    {
        var citation = CiteSpan(document, span);
        if (span.Block.Pair("on") is { } on)
        {
            var qualifier = _schema.Qualifier(propertyId);
            if (qualifier is null)
            {
                Report(DiagnosticDescriptors.UnknownProperty, span.Block.ValueLocationOf(p), propertyId, "the qualifiers", Suggest.DidYouMean(propertyId, _schema.Properties.Where(static q => q.IsQualifier).Select(static q => q.Id)));
                return;
            }

            if (CheckType(qualifier, value, propertyId, span, subject: null))
            {
                _qualifiers.Add(new PendingQualifier(on.Value, ValuePlaceOf(span.Block, on), new Qualifier(propertyId, value, citation, Located(span))));
            }

            return;
        }

        if (ResolveSubject(span, header) is not { } subject)
        {
            return;
        }

        var property = _schema.Property(subject.Kind, propertyId);
        if (property is null)
        {
            Report(DiagnosticDescriptors.UnknownProperty, span.Block.ValueLocationOf(p), propertyId, $"{subject.Kind} {subject.Id}", PropertyAdvice(propertyId, subject.Kind));
            return;
        }

        if (!CheckType(property, value, propertyId, span, subject))
        {
            return;
        }

        var rank = ReadRank(span, out var why);
        if (rank is null)
        {
            return;
        }

        // On an entity span that refers with e=, #id names the statement; on a value span it always
        // does; on a span that declares an entity, statement= does. The id is claimed when the corpus
        // is assembled, after every document's declarations.
        var statementId = StatementName(span, value);
        var statement = new Statement(statementId?.Value, subject.Id, property.Id, value, EquatableArray<Qualifier>.Empty, citation, rank.Value, why, Located(span));
        _statements.Add(statementId is { } named ? new BoundStatement(statement, span.Block.Start + named.Offset, named.Length) : new BoundStatement(statement));
    }

    // Its own method: a lambda in State over the subject's kind would allocate its closure on every statement.
    private string PropertyAdvice(string propertyId, string kind)
    {
        var candidates = _schema.Properties.Where(q => q.Of == kind).Select(static q => q.Id).ToList();
        var suggestion = Suggest.DidYouMean(propertyId, candidates);

        // Nothing close ('birth' for 'born'): the kind's vocabulary is what the annotator needs.
        return suggestion.Length == 0 && candidates.Count > 0 ? $"; the properties of {kind} are {string.Join(", ", candidates)}" : suggestion;
    }

    private (string Id, string Kind)? ResolveSubject(SpanNode span, SourceDocument? header)
    {
        var of = span.Block.Pair("of");
        var subjectId = of?.Value ?? header?.Subject;
        if (subjectId is null)
        {
            Report(DiagnosticDescriptors.IncompleteSpan, span.Location, "this statement has no subject: add of=<entity>, or subject=<entity> to the document header");
            return null;
        }

        if (!_ids.TryGetEntity(subjectId, out var claimedId, out var kind))
        {
            // An unknown header subject is reported once, on the header.
            if (of is { } named)
            {
                ReportUnknown(DiagnosticDescriptors.UnknownEntity, named, _ids.EntityIds, span);
            }
            else if (_ids.IsBroken(subjectId))
            {
                BreakStatementName(span);
            }

            return null;
        }

        return (claimedId, kind);
    }

    /// <param name="subject">The statement's subject; null for a qualifier.</param>
    /// <remarks>It takes the subject, not the message's "kind id": a string made per statement for a message almost never reported.</remarks>
    private bool CheckType(PropertySpec property, FactValue value, string propertyId, SpanNode span, (string Id, string Kind)? subject)
    {
        if (property.Type == value.Type)
        {
            return true;
        }

        var owner = subject is { } of ? $"{of.Kind} {of.Id}" : "a qualifier";
        Report(DiagnosticDescriptors.TypeMismatch, span.Location, propertyId, owner, property.Type, value.Type);
        return false;
    }

    private Rank? ReadRank(SpanNode span, out string? why)
    {
        why = span.Block.Pair("why")?.Value;
        if (span.Block.Pair("rank") is not { } rank)
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
            Report(DiagnosticDescriptors.UnknownAttribute, span.Block.ValueLocationOf(rank), $"rank={rank.Value} is not a rank; write rank=preferred or rank=deprecated");
        }
        else if (result != Rank.Normal && string.IsNullOrWhiteSpace(why))
        {
            Report(DiagnosticDescriptors.RankWithoutReason, span.Block.LocationOf(rank), rank.Value);
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
                Report(DiagnosticDescriptors.BadConversion, span.Location, ".conv marks a unit conversion, so the span must be a measure: .length, .mass, .speed, .area, .volume or .temperature");
            }

            return;
        }

        if (previous?.Value is not Quantity original || original.Kind != converted.Kind)
        {
            var kind = FactValue.KindName(converted.Kind);
            Report(DiagnosticDescriptors.BadConversion, span.Location, previous?.Value is Quantity other
                ? $".conv marks a conversion of the value span just before it, but that is a {FactValue.KindName(other.Kind)} and this a {kind}"
                : $".conv marks a conversion of the value span just before it, but there is no {kind} before it in this document");
            return;
        }

        if (!converted.AgreesAsConversionOf(original, roundFigures: true))
        {
            Report(DiagnosticDescriptors.ConversionMismatch, span.Location, span.Covered, converted.Normalized, previous.Value.Span.Covered, original.Normalized);
        }
    }
}
