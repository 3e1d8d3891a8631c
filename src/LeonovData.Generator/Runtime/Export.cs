namespace LeonovData
{
    /// <summary>A property or qualifier of the schema, for tools that describe facts generically.</summary>
    public sealed record SchemaProperty
    {
        /// <summary>Creates a description.</summary>
        public SchemaProperty(string? kind, string id, string type, bool many, string doc)
        {
            Kind = kind;
            Id = id;
            Type = type;
            Many = many;
            Doc = doc;
        }

        /// <summary>The entity kind it belongs to; null for a qualifier.</summary>
        public string? Kind { get; }

        /// <summary>Its name.</summary>
        public string Id { get; }

        /// <summary>Its value type: a value kind or an entity kind.</summary>
        public string Type { get; }

        /// <summary>Whether it may hold several values.</summary>
        public bool Many { get; }

        /// <summary>What it means.</summary>
        public string Doc { get; }
    }

    public static partial class Dataset
    {
        /// <summary>
        /// The whole dataset as a JSON array of statements (docs/export.md): subject, property,
        /// normalised value, precision, source, line, column, quote and qualifiers.
        /// </summary>
        public static string ToJson()
        {
            var json = new global::System.Text.StringBuilder();
            json.Append("[\n");
            var statements = AllStatements;
            for (var i = 0; i < statements.Length; i++)
            {
                var statement = statements[i];
                json.Append("  {\"subject\": ");
                Text(json, statement.Subject);
                json.Append(", \"property\": ");
                Text(json, statement.Property);
                Value(json, statement.Type, statement.Value, statement.Citation);
                json.Append(", \"rank\": ");
                Text(json, statement.Rank.ToString().ToLowerInvariant());
                if (statement.Why is not null)
                {
                    json.Append(", \"why\": ");
                    Text(json, statement.Why);
                }

                json.Append(", \"qualifiers\": [");
                for (var q = 0; q < statement.Qualifiers.Count; q++)
                {
                    var qualifier = statement.Qualifiers[q];
                    json.Append(q == 0 ? "{\"property\": " : ", {\"property\": ");
                    Text(json, qualifier.Property);
                    Value(json, qualifier.Type, qualifier.Value, qualifier.Citation);
                    json.Append('}');
                }

                json.Append("]}");
                json.Append(i + 1 < statements.Length ? ",\n" : "\n");
            }

            return json.Append("]\n").ToString();
        }

        private static void Value(global::System.Text.StringBuilder json, string type, object value, Citation citation)
        {
            json.Append(", \"type\": ");
            Text(json, type);
            json.Append(", \"value\": ");
            if (value is int number)
            {
                json.Append(number.ToString(global::System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                Text(json, value.ToString() ?? string.Empty);
            }

            json.Append(", \"precision\": ");
            var precision = PrecisionOf(value);
            if (precision is null)
            {
                json.Append("null");
            }
            else
            {
                Text(json, precision);
            }

            var stated = value is IMeasure measure ? measure.Stated : value as Quantity?;
            if (stated is { } amount)
            {
                json.Append(", \"amount\": ").Append(amount.Amount.ToString(global::System.Globalization.CultureInfo.InvariantCulture));
                json.Append(", \"unit\": ");
                Text(json, amount.Unit);
            }

            var comparator = value switch
            {
                Duration d => d.Comparator,
                _ => stated?.Comparator ?? Comparator.Exact,
            };
            if (comparator != Comparator.Exact)
            {
                json.Append(", \"comparator\": ");
                Text(json, comparator switch
                {
                    Comparator.LessThan => "lt",
                    Comparator.AtMost => "le",
                    Comparator.GreaterThan => "gt",
                    Comparator.AtLeast => "ge",
                    _ => "ca",
                });
            }

            json.Append(", \"source\": ");
            Text(json, citation.Document);
            json.Append(", \"line\": ").Append(citation.Line.ToString(global::System.Globalization.CultureInfo.InvariantCulture));
            json.Append(", \"column\": ").Append(citation.Column.ToString(global::System.Globalization.CultureInfo.InvariantCulture));
            json.Append(", \"quote\": ");
            Text(json, citation.Quote);
        }

        private static string? PrecisionOf(object value) => value switch
        {
            PartialDate d => d.Precision.ToString().ToLowerInvariant(),
            DateInterval i => (i.Start ?? i.End)?.Precision.ToString().ToLowerInvariant(),
            Duration d => d.Precision.ToString().ToLowerInvariant(),
            Quantity q => (q.Scale == 0 ? "1" : "0." + new string('0', q.Scale - 1) + "1") + " " + q.Unit,
            IMeasure m => PrecisionOf(m.Stated),
            Instant i => i.Precision.ToString().ToLowerInvariant(),
            _ => null,
        };

        private static void Text(global::System.Text.StringBuilder json, string text)
        {
            json.Append('"');
            foreach (var c in text)
            {
                switch (c)
                {
                    case '"': json.Append("\\\""); break;
                    case '\\': json.Append("\\\\"); break;
                    case '\n': json.Append("\\n"); break;
                    case '\r': json.Append("\\r"); break;
                    case '\t': json.Append("\\t"); break;
                    default:
                        if (c < ' ')
                        {
                            json.Append("\\u").Append(((int)c).ToString("x4", global::System.Globalization.CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            json.Append(c);
                        }

                        break;
                }
            }

            json.Append('"');
        }
    }
}
