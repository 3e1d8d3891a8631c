using System.Collections.Generic;
using System.Globalization;
using LeonovData.Generator.Diagnostics;
using LeonovData.Generator.Model;
using LeonovData.Generator.Syntax;
using LeonovData.Generator.Values;

namespace LeonovData.Generator.Binding;

/// <summary>
/// Reads the typed value of a value span: from its covered text, from <c>v=</c>, or from both
/// (then they must agree), with an optional <c>cmp=</c>. Reports why a value cannot be read.
/// </summary>
/// <remarks>
/// <c>v=</c> is the escape hatch: text that no grammar reads ("7/24/1969" with no declared order,
/// "the day after") takes its value from <c>v=</c> and stays as the source wrote it. A near miss
/// ("Jluy 20, 1969") is a typo of the annotator until <c>.sic</c> says the source has it.
/// </remarks>
internal static class ValueReader
{
    /// <summary>The longest text a value is read from; the seeds' longest is 62 characters.</summary>
    public const int MaxValueLength = 200;

    public static Value? Read(ValueKind kind, SpanNode span, AttributeBlock? header, List<DiagnosticInfo> diagnostics)
    {
        var covered = span.Covered;
        var givenV = span.Block.Pair("v");

        // A longer text is a sentence annotated as a value; no grammar should be handed a megabyte.
        if (covered.Length > MaxValueLength || givenV?.Value.Length > MaxValueLength)
        {
            var location = covered.Length > MaxValueLength ? span.Location : span.Block.ValueLocationOf(givenV!.Value);
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ValueTooLong, location, FactValue.KindName(kind), MaxValueLength.ToString(CultureInfo.InvariantCulture)));
            return null;
        }

        if (!TryReadOrder(span.Block, header, diagnostics, out var order))
        {
            return null;
        }

        // The attribute itself, read below only where fromV says that v= was given.
        var v = givenV.GetValueOrDefault();
        Value? fromV = null;
        if (givenV is not null)
        {
            fromV = ValueParser.ReadNormalized(kind, v.Value, out var error);
            if (fromV is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidNormalizedValue, span.Block.ValueLocationOf(v), v.Value, FactValue.KindName(kind), error ?? "see docs/format.md §4"));
                return null;
            }
        }

        var reading = ValueParser.ReadText(kind, covered, order);
        Value? value;
        if (reading.Value is not null)
        {
            value = reading.Value;
            if (fromV is not null)
            {
                if (!ValueParser.Agrees(reading.Value, fromV))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ValueDisagrees, span.Block.LocationOf(v), "v=" + v.Value, covered, $"the text says {reading.Value.Normalized}"));
                    return null;
                }

                value = fromV;
            }
        }
        else if (reading.Weekday is { } weekday)
        {
            if (fromV is not PartialDate { Weekday: { } actual } date)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ValueNeedsV, span.Location, covered, "names only a weekday", "v=2019-10-11 (a full date, whose weekday is checked)"));
                return null;
            }

            if (actual != weekday)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WeekdayMismatch, span.Block.LocationOf(v), covered, date.Normalized, actual.ToString()));
                return null;
            }

            value = fromV;
        }
        else if (reading.IsRelative)
        {
            if (fromV is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ValueNeedsV, span.Location, covered, "is relative to other text", Example(kind)));
                return null;
            }

            value = fromV;
        }
        else if (fromV is PartialDate withYear && WithYearOf(covered, withYear) is { } completed)
        {
            // "October 15" in an article dated 2019: the text gives day and month, v= the year;
            // a v= of another day is then a disagreement, not a text that is no date.
            if (!ValueParser.Agrees(completed, withYear))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ValueDisagrees, span.Block.LocationOf(v), "v=" + v.Value, covered, $"the text says {completed.Normalized} with the year of v="));
                return null;
            }

            value = fromV;
        }
        else if (fromV is not null && (span.Block.HasClass("sic") || !DidYouMean.IsNearMiss(reading.Error)))
        {
            value = fromV;
        }
        else
        {
            var advice = fromV is not null ? "; if the source really writes it so, keep it and mark the span .sic"
                : span.Block.HasClass("sic") ? "; a .sic value span gives its value with v=, e.g. " + Example(kind)
                : string.Empty;
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValue, span.Location, covered, FactValue.WithArticle(kind), (reading.Error ?? "it matches no form of docs/format.md §4") + advice));
            return null;
        }

        return ApplyComparator(value, span.Block, covered, diagnostics);
    }

    /// <summary>The declared order of numeric dates (<c>dates=mdy</c>): the span's, else the
    /// header's (a bad header value is reported once, on the header).</summary>
    private static bool TryReadOrder(AttributeBlock block, AttributeBlock? header, List<DiagnosticInfo> diagnostics, out DateOrder order)
    {
        if (block.Pair("dates") is not { } dates)
        {
            DateOrders.TryParse(header?.Pair("dates")?.Value ?? string.Empty, out order);
            return true;
        }

        if (DateOrders.TryParse(dates.Value, out order))
        {
            return true;
        }

        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownAttribute, block.ValueLocationOf(dates), DateOrders.NotAnOrder(dates.Value)));
        return false;
    }

    /// <summary>The covered text read as a date once v='s year is added to it, if that makes it one.</summary>
    private static Value? WithYearOf(string covered, PartialDate v)
    {
        var year = v.Year.ToString(CultureInfo.InvariantCulture);
        foreach (var candidate in new[] { covered + ", " + year, covered + " " + year })
        {
            if (ValueParser.ReadText(ValueKind.Date, candidate).Value is { } withYear)
            {
                return withYear;
            }
        }

        return null;
    }

    private static Value? ApplyComparator(Value value, AttributeBlock block, string covered, List<DiagnosticInfo> diagnostics)
    {
        if (block.Pair("cmp") is not { } cmp)
        {
            return value;
        }

        if (!ComparatorSpelling.TryParse(cmp.Value, out var comparator))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownAttribute, block.ValueLocationOf(cmp), $"cmp={cmp.Value} is not a comparator; write lt, le, gt, ge or ca"));
            return null;
        }

        var stated = value switch
        {
            DurationValue d => d.Comparator,
            Quantity q => q.Comparator,
            IntegerValue i => i.Comparator,
            _ => (Comparator?)null,
        };
        if (stated is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownAttribute, block.LocationOf(cmp), $"cmp= applies to amounts (durations, measures, counts, ages), not to a {FactValue.KindName(value.Kind)}"));
            return null;
        }

        if (stated != Comparator.Exact && stated != comparator)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ValueDisagrees, block.LocationOf(cmp), "cmp=" + cmp.Value, covered, $"the text's hedge means cmp={ComparatorSpelling.Spell(stated.Value)}"));
            return null;
        }

        return value switch
        {
            DurationValue d => d with { Comparator = comparator },
            Quantity q => q with { Comparator = comparator },
            IntegerValue i => i with { Comparator = comparator },
            _ => value,
        };
    }

    private static string Example(ValueKind kind) => kind switch
    {
        ValueKind.Date => "v=1959-12-14",
        ValueKind.Interval => "v=1976/1982",
        ValueKind.Duration => "v=PT12M9S",
        ValueKind.Length => "v=\"4.8 m\"",
        ValueKind.Mass => "v=\"21.3 kg\"",
        ValueKind.Speed => "v=\"11 km/s\"",
        ValueKind.Area => "v=\"30 m²\"",
        ValueKind.Volume => "v=\"5 L\"",
        ValueKind.Temperature => "v=\"-40 °C\"",
        ValueKind.Datetime => "v=1969-07-20T20:17Z",
        _ => "v=2",
    };
}
