using System.Globalization;
using LeonovData.Generator.Binding;
using LeonovData.Generator.Values;

namespace LeonovData.Generator.Emit;

/// <summary>
/// Writes a statement's value into a record: a tag naming the codec, then that codec's fields. The
/// runtime's <c>Encoded.Value</c> reads the same tags; a new value kind adds one tag here and one case
/// there. Enums travel as their numbers: the generator's and the runtime's declare the same members in
/// the same order (a test holds them together).
/// </summary>
internal static class ValueCodec
{
    public const int Date = 1;
    public const int Interval = 2;
    public const int Duration = 3;
    public const int Quantity = 4;
    public const int Integer = 5;
    public const int Text = 6;
    public const int EntityRef = 7;
    public const int Instant = 8;

    // A length is a Quantity; each other measure has its own type with the same fields.
    public const int Mass = 9;
    public const int Speed = 10;
    public const int Area = 11;
    public const int Volume = 12;
    public const int Temperature = 13;

    public static void Write(Record record, Blob blob, FactValue value)
    {
        record.Number(blob.String(value.Type));
        if (value.EntityId is not null)
        {
            record.Number(EntityRef).Number(blob.String(value.EntityId));
            return;
        }

        switch (value.Literal)
        {
            case PartialDate d:
                WriteDate(record.Number(Date), d);
                break;
            case DateInterval i:
                record.Number(Interval).Flag(i.Start is not null).Flag(i.End is not null);
                if (i.Start is not null)
                {
                    WriteDate(record, i.Start);
                }

                if (i.End is not null)
                {
                    WriteDate(record, i.End);
                }

                break;
            case DurationValue d:
                record.Number(Duration).Number(d.Years).Number(d.Months).Number(d.Days).Number(d.Hours).Number(d.Minutes).Number(d.Seconds)
                    .Number((int)d.Unit).Number((int)d.Comparator);
                break;
            case Values.Quantity q:
                record.Number(MeasureTag(q.Kind)).Number(blob.String(q.Amount.ToString(CultureInfo.InvariantCulture))).Number(blob.String(q.Unit)).Number(q.Scale).Number((int)q.Comparator);
                break;
            case InstantValue i:
                record.Number(Instant).Signed(i.Year).Number(i.Month).Number(i.Day).Number(i.Hour).Number(i.Minute).Number(i.Second).Number((int)i.TimePrecision);
                break;
            case IntegerValue n:
                record.Number(Integer).Signed(n.Number);
                break;
            default:
                record.Number(Text).Number(blob.String(value.Normalized));
                break;
        }
    }

    private static int MeasureTag(ValueKind kind) => kind switch
    {
        ValueKind.Mass => Mass,
        ValueKind.Speed => Speed,
        ValueKind.Area => Area,
        ValueKind.Volume => Volume,
        ValueKind.Temperature => Temperature,
        _ => Quantity,
    };

    private static void WriteDate(Record record, PartialDate date) =>
        record.Signed(date.Year).Number(date.Month ?? 0).Number(date.Day ?? 0).Flag(date.Approximate);
}
