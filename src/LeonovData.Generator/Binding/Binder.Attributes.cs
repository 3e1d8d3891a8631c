using System;
using System.Collections.Generic;
using System.Linq;
using LeonovData.Generator.Diagnostics;
using LeonovData.Generator.Model;
using LeonovData.Generator.Schema;
using LeonovData.Generator.Syntax;
using LeonovData.Generator.Values;

namespace LeonovData.Generator.Binding;

/// <summary>What a span's attributes say it is, and whether each of them is used where it stands.</summary>
internal sealed partial class Binder
{
    private string? ReadZone(SpanNode span)
    {
        var kind = span.Block.Pair("kind");
        if (kind is { Value: "body" or "references" or "noise" } zone)
        {
            return zone.Value;
        }

        Report(DiagnosticDescriptors.UnknownAttribute, kind is { } other ? span.Block.ValueLocationOf(other) : span.Location, "a zone needs kind=body, kind=references or kind=noise");
        return null;
    }

    /// <summary>Whether attribute <paramref name="index"/> repeats an earlier one (any two #ids; a class or key twice). A block has a handful of attributes: no set needed.</summary>
    private static bool RepeatsAnEarlier(AttributeList attributes, int index)
    {
        var attribute = attributes[index];
        for (var j = 0; j < index; j++)
        {
            var earlier = attributes[j];
            if (earlier.Form == attribute.Form && (attribute.Form == AttributeForm.Id || string.Equals(earlier.Name, attribute.Name, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The keys that fit some spans and not others, in the order their misfits are reported.</summary>
    private static readonly string[] s_contextualKeys = { "kind", "of", "rank", "why", "v", "cmp", "dates", "name", "on", "statement" };

    /// <summary>Why key <paramref name="name"/> does not fit this span, or null when it does.</summary>
    private static string? Misplaced(string name, AttributeBlock block, bool isValue, bool isQualifier, bool makesStatement, bool declares) => name switch
    {
        "kind" => !block.HasClass("zone") ? "kind= belongs to zone markers ([]{.zone kind=references})" : null,
        "of" => isQualifier ? "a qualifier (on=) refines its statement, whose subject it shares; remove of=" : null,
        "rank" => isQualifier ? "a qualifier (on=) is not ranked; rank the statement it refines" : !makesStatement ? "rank= ranks a statement, but this span makes none (add p=)" : null,
        "why" => block.Pair("rank") is null ? "why= explains a rank; add rank=preferred or rank=deprecated, or remove why=" : null,
        "v" => !isValue ? "v= gives a value's normalised form, but this span names an entity" : null,
        "cmp" => !isValue ? "cmp= qualifies an amount, but this span names an entity" : null,
        "dates" => !isValue ? "dates= says how this span's numeric date is ordered, but this span names an entity" : null,
        "name" => !declares ? "name= gives the display name of an entity where it is declared (#id without e=)" : null,
        "on" => block.Pair("p") is null ? "on= makes the span a qualifier, which needs p=<qualifier>" : null,
        _ => !declares ? "statement= names the statement of a span that declares an entity (#id without e=); on other spans #id names it"
            : !makesStatement ? "statement= names the statement this span makes, but it makes none (add p=)" : null,
    };

    /// <summary>
    /// Every attribute must be understood and used: one that would be silently ignored (of= on a
    /// qualifier, v= on an entity) is an error, because the annotator meant something by it. The
    /// span is still bound without it, so that one mistake gives one error.
    /// </summary>
    /// <returns>False when the span must not be bound: it is ambiguous or names nothing.</returns>
    private bool CheckAttributes(SpanNode span, bool isValue)
    {
        var ok = true;
        var block = span.Block;
        for (var i = 0; i < block.Attributes.Count; i++)
        {
            var attribute = block.Attributes[i];
            if (RepeatsAnEarlier(block.Attributes, i))
            {
                var what = attribute.Form switch
                {
                    AttributeForm.Id => "a second #id",
                    AttributeForm.Class => $"'.{attribute.Name}' twice",
                    _ => $"'{attribute.Name}=' twice",
                };
                Misfit(block, attribute, $"the span has {what}; a span states one thing, so keep one");
                ok = false;
            }
            else if (attribute.Form == AttributeForm.Pair && Array.IndexOf(s_spanKeys, attribute.Name) < 0)
            {
                Misfit(block, attribute, $"'{attribute.Name}' is not an attribute of a span{Suggest.DidYouMean(attribute.Name, s_spanKeys)}; spans take e= of= p= on= v= cmp= rank= why= name= dates= statement=");
            }
        }

        var isQualifier = block.Pair("on") is not null;
        var makesStatement = block.Pair("p") is not null && !isQualifier;
        var declares = !isValue && block.Pair("e") is null && block.Id is not null;
        foreach (var name in s_contextualKeys)
        {
            if (block.Pair(name) is { } attribute && Misplaced(name, block, isValue, isQualifier, makesStatement, declares) is { } reason)
            {
                Misfit(block, attribute, reason);
            }
        }

        if (block.Id is { } id && !declares && !makesStatement)
        {
            Misfit(block, id, isQualifier
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

    private void Misfit(AttributeBlock block, AttributeNode attribute, string message) =>
        Report(DiagnosticDescriptors.UnknownAttribute, block.LocationOf(attribute), message);

    /// <summary>The span's one kind: a value kind or an entity kind of the schema; markers aside.</summary>
    /// <param name="report">Gets why the span has no kind, or null not to say (the declarations read kinds with no binder of their own).</param>
    private static string? KindOf(SchemaModel schema, SpanNode span, List<DiagnosticInfo>? report)
    {
        string? kind = null;
        foreach (var attribute in span.Block.Attributes)
        {
            if (attribute.Form != AttributeForm.Class || Array.IndexOf(s_markers, attribute.Name) >= 0)
            {
                continue;
            }

            if (Array.IndexOf(s_valueKinds, attribute.Name) < 0 && schema.Kind(attribute.Name) is null)
            {
                if (report is not null)
                {
                    var known = s_valueKinds.Concat(schema.Kinds.Select(static k => k.Id)).Concat(s_markers);
                    report.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownKind, span.Block.LocationOf(attribute), attribute.Name, Suggest.DidYouMean(attribute.Name, known)));
                }

                return null;
            }

            if (kind is not null)
            {
                if (report is not null)
                {
                    report.Add(DiagnosticInfo.Create(DiagnosticDescriptors.AmbiguousSpan, span.Block.LocationOf(attribute), kind, attribute.Name));
                }

                return null;
            }

            kind = attribute.Name;
        }

        if (kind is null && report is not null)
        {
            report.Add(DiagnosticInfo.Create(DiagnosticDescriptors.IncompleteSpan, span.Location, "a span needs a kind: an entity kind such as .person, or a value kind such as .date"));
        }

        return kind;
    }
}
