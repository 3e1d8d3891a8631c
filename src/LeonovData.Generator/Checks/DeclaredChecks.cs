using System.Collections.Generic;
using System.Linq;
using LeonovData.Generator.Binding;
using LeonovData.Generator.Diagnostics;
using LeonovData.Generator.Model;
using LeonovData.Generator.Values;

namespace LeonovData.Generator.Checks;

/// <summary>
/// The checks a schema declares on its properties: the order of two dates of one subject
/// (<c>after=</c>, LEO0309) and a plausible range (<c>min=</c>, <c>max=</c>, LEO0310). Deprecated
/// statements are not checked: a source already marked wrong need not be reported again.
/// </summary>
internal static class DeclaredChecks
{
    // Calendar units as the Gregorian averages: a range check wants plausibility, not a calendar.
    private const decimal SecondsPerMonth = 2_629_746m;
    private const decimal SecondsPerYear = 31_556_952m;

    public static void Check(CorpusIndex index, List<DiagnosticInfo> diagnostics)
    {
        // Built when a property declares an order: most schemas and groups need none.
        ILookup<(string Subject, string Property), Statement>? bySubjectAndProperty = null;
        var corpus = index.Corpus;
        foreach (var statement in corpus.Statements)
        {
            if (statement.Rank == Rank.Deprecated || index.PropertyOf(statement) is not { } property)
            {
                continue;
            }

            if (property.After is { } after)
            {
                bySubjectAndProperty ??= corpus.Statements.Where(static s => s.Rank != Rank.Deprecated).ToLookup(static s => (s.Subject, s.Property));
                var earlier = FirstLaterThan(statement, bySubjectAndProperty[(statement.Subject, after)]);
                if (earlier is not null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.OutOfOrder, statement.Location, earlier.Location,
                        statement.Subject, statement.Property, statement.Value.Normalized, after, earlier.Value.Normalized, earlier.Citation.ToString()));
                }
            }

            var value = statement.Value.Literal;
            if (property.Min is { } min && value is not null && Compare(value, min) < 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OutOfRange, statement.Location, statement.Subject, statement.Property, value.Normalized, "below", "min=" + min.Normalized));
            }
            else if (property.Max is { } max && value is not null && Compare(value, max) > 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OutOfRange, statement.Location, statement.Subject, statement.Property, value.Normalized, "above", "max=" + max.Normalized));
            }
        }
    }

    // A loop in its own method: a lambda over the statement in Check made a closure for every statement checked, ordered or not.
    private static Statement? FirstLaterThan(Statement statement, IEnumerable<Statement> candidates)
    {
        foreach (var other in candidates)
        {
            if (IsCertainlyBefore(statement.Value.Literal, other.Value.Literal))
            {
                return other;
            }
        }

        return null;
    }

    /// <summary>True when every moment <paramref name="value"/> may denote comes before every moment
    /// <paramref name="other"/> may denote; a datetime against a date compares its UTC day.</summary>
    private static bool IsCertainlyBefore(Value? value, Value? other) => (value, other) switch
    {
        (InstantValue a, InstantValue b) => a.CompareAtCoarser(b) < 0,
        _ => DayOf(value) is { } a && DayOf(other) is { } b && a.IsCertainlyBefore(b),
    };

    private static PartialDate? DayOf(Value? value) => value switch
    {
        PartialDate date => date,
        InstantValue instant => new PartialDate(instant.Year, instant.Month, instant.Day),
        _ => null,
    };

    /// <summary>Negative, zero or positive as <paramref name="value"/> is certainly below, possibly
    /// equal to, or certainly above <paramref name="bound"/> (partial dates and truncated times
    /// compare at the coarser precision).</summary>
    private static int Compare(Value value, Value bound) => (value, bound) switch
    {
        (IntegerValue a, IntegerValue b) => a.Number.CompareTo(b.Number),
        (Quantity a, Quantity b) => a.InBaseUnit.CompareTo(b.InBaseUnit),
        (DurationValue a, DurationValue b) => Seconds(a).CompareTo(Seconds(b)),
        (PartialDate a, PartialDate b) => a.IsCertainlyBefore(b) ? -1 : a.IsCertainlyAfter(b) ? 1 : 0,
        (InstantValue a, InstantValue b) => a.CompareAtCoarser(b),
        _ => 0,
    };

    private static decimal Seconds(DurationValue d) =>
        (d.Years * SecondsPerYear) + (d.Months * SecondsPerMonth) + (d.Days * 86400m) + (d.Hours * 3600m) + (d.Minutes * 60m) + d.Seconds;
}
