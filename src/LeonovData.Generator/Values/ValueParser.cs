using System;

namespace LeonovData.Generator.Values;

/// <summary>The entry point of the value grammars: reads the covered text of a typed span, reads
/// its <c>v=</c> form, and decides whether the two agree.</summary>
/// <remarks>Never throws, whatever the input: a grammar defect becomes an error message rather
/// than a generator crash, because a crash would hide every other diagnostic of the build.</remarks>
internal static class ValueParser
{
    /// <summary>Reported only if a grammar has a defect; tests assert it never appears.</summary>
    internal const string InternalError = "the value grammar failed unexpectedly; please report this text";

    public static TextReading ReadText(ValueKind kind, string coveredText, DateOrder order = DateOrder.Undeclared)
    {
        using var scratch = TokenScratch.Begin();
        try
        {
            var text = coveredText ?? string.Empty;
            return kind switch
            {
                ValueKind.Date => DateGrammar.ReadText(text, order),
                ValueKind.Interval => IntervalGrammar.ReadText(text),
                ValueKind.Duration => DurationGrammar.ReadText(text),
                ValueKind.Length or ValueKind.Mass or ValueKind.Speed or ValueKind.Area or ValueKind.Volume or ValueKind.Temperature => QuantityGrammar.ReadText(kind, text),
                ValueKind.Datetime => DateTimeGrammar.ReadText(text, order),
                ValueKind.Age => AgeGrammar.ReadText(text),
                ValueKind.Count => CountGrammar.ReadText(text),
                ValueKind.Ordinal => OrdinalGrammar.ReadText(text),
                ValueKind.Name => FromReading(NameGrammar.Read(text)),
                _ => TextReading.Fail("'" + kind + "' is not a value kind"),
            };
        }
        catch (Exception)
        {
            return TextReading.Fail(InternalError);
        }
    }

    /// <summary>Reads the normalised <c>v=</c> form: ISO 8601 dates, instants and durations, EDTF
    /// intervals, "4.8 m" measures, digits for ages, counts and ordinals, any text for names.</summary>
    public static Value? ReadNormalized(ValueKind kind, string v, out string? error)
    {
        using var scratch = TokenScratch.Begin();
        try
        {
            var text = v ?? string.Empty;
            Value? value;
            (value, error) = kind switch
            {
                ValueKind.Date => Unpack(IsoDate.Read(text)),
                ValueKind.Interval => Unpack(EdtfInterval.Read(text)),
                ValueKind.Duration => Unpack(IsoDuration.Read(text)),
                ValueKind.Length or ValueKind.Mass or ValueKind.Speed or ValueKind.Area or ValueKind.Volume or ValueKind.Temperature => Unpack(QuantityGrammar.ReadNormalized(kind, text)),
                ValueKind.Datetime => Unpack(IsoInstant.Read(text)),
                ValueKind.Age or ValueKind.Count or ValueKind.Ordinal => Unpack(IntegerForm.Read(kind, text)),
                ValueKind.Name => Unpack(NameGrammar.Read(text)),
                _ => (null, "'" + kind + "' is not a value kind"),
            };
            return value;
        }
        catch (Exception)
        {
            error = InternalError;
            return null;
        }
    }

    /// <summary>True when <c>v=</c> says the same as the covered text, or says it more precisely
    /// without contradicting it (text "1965", v=1965-03-18; text "12 minutes", v=PT12M9S).</summary>
    /// <remarks>Hedges are not compared: the text's "almost" and the span's <c>cmp=</c> are checked
    /// against each other elsewhere, and <c>v=</c> has no hedge of its own.</remarks>
    public static bool Agrees(Value fromText, Value fromV)
    {
        switch (fromText)
        {
            case InstantValue textInstant when fromV is InstantValue vInstant:
                return vInstant.TimePrecision >= textInstant.TimePrecision && textInstant.IsCompatibleWith(vInstant);
            case PartialDate textDate when fromV is PartialDate vDate:
                return DateAgrees(textDate, vDate);
            case DateInterval textInterval when fromV is DateInterval vInterval:
                return EndAgrees(textInterval.Start, vInterval.Start) && EndAgrees(textInterval.End, vInterval.End);
            case DurationValue textDuration when fromV is DurationValue vDuration:
                return vDuration.Unit >= textDuration.Unit && textDuration.IsCompatibleWith(vDuration);
            case Quantity textQuantity when fromV is Quantity vQuantity:
                return QuantityAgrees(textQuantity, vQuantity);
            case IntegerValue textNumber when fromV is IntegerValue vNumber:
                return textNumber.Kind == vNumber.Kind && textNumber.Number == vNumber.Number;
            case NameValue textName when fromV is NameValue vName:
                return string.Equals(textName.Normalized, vName.Normalized, StringComparison.Ordinal);
            default:
                return false;
        }
    }

    /// <summary>Every value kind's name, as a span class and a schema type.</summary>
    public static readonly string[] KindNames = BuildKindNames();

    /// <summary>The kind named by a span class: "date", "mass", "datetime" … (exact, lower-case, as
    /// classes are case-sensitive).</summary>
    public static bool TryParseKind(string name, out ValueKind kind)
    {
        var index = System.Array.IndexOf(KindNames, name);
        kind = index < 0 ? default : (ValueKind)index;
        return index >= 0;
    }

    private static string[] BuildKindNames()
    {
        var kinds = (ValueKind[])Enum.GetValues(typeof(ValueKind));
        var names = new string[kinds.Length];
        foreach (var kind in kinds)
        {
            names[(int)kind] = kind.ToString().ToLowerInvariant();
        }

        return names;
    }

    private static bool DateAgrees(PartialDate fromText, PartialDate fromV) =>
        fromV.DatePrecision >= fromText.DatePrecision && fromText.IsCompatibleWith(fromV);

    // An open end in the text ("since 2015") says the range goes on: v= must not close it.
    private static bool EndAgrees(PartialDate? fromText, PartialDate? fromV) =>
        fromText is null ? fromV is null : fromV is not null && DateAgrees(fromText, fromV);

    // Same unit, at least the text's decimal places, and within half a unit of its last digit
    // ("5 m" agrees with "4.8 m"; "4.8 m" does not with "5 m").
    private static bool QuantityAgrees(Quantity fromText, Quantity fromV)
    {
        if (!string.Equals(fromText.Unit, fromV.Unit, StringComparison.Ordinal) || fromV.Scale < fromText.Scale)
        {
            return false;
        }

        var difference = fromText.Amount - fromV.Amount;
        return (difference < 0 ? -difference : difference) <= fromText.HalfResolution;
    }

    private static TextReading FromReading<T>(Reading<T> reading)
        where T : Value =>
        reading.Value is not null ? TextReading.Of(reading.Value) : TextReading.Fail(reading.Error!);

    private static (Value? Value, string? Error) Unpack<T>(Reading<T> reading)
        where T : Value =>
        (reading.Value, reading.Error);
}
