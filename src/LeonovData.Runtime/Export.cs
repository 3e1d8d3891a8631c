namespace LeonovData
{
    public sealed partial class Corpus
    {
        /// <summary>The name and major version of the JSON export's format (docs/export.md); it changes only when a field changes meaning or goes away.</summary>
        public const string ExportFormat = "leonovdata-export/1";

        /// <summary>
        /// The whole dataset as one JSON document (docs/export.md, docs/export.schema.json): the format's
        /// name and version, the sources with their origin and licence, the entities with every name
        /// and where they were declared, and the statements with normalised values and citations.
        /// </summary>
        /// <param name="entities">Every entity of the dataset, by kind then id (the generated <c>Dataset.Entities</c>).</param>
        public string ToJson(global::System.Collections.Generic.IReadOnlyList<Entity> entities)
        {
            var json = new global::System.Text.StringBuilder();
            json.Append("{\n  \"format\": ");
            Text(json, ExportFormat);
            json.Append(",\n  \"sources\": ");
            Objects(json, Sources, static (row, source) =>
            {
                Field(row, "id", source.Id, first: true);
                Field(row, "path", source.Document);
                Field(row, "kind", source.Kind);
                Field(row, "title", source.Title);
                Field(row, "outlet", source.Outlet);
                Field(row, "author", source.Author);
                Field(row, "url", source.Url);
                Field(row, "published", source.Published?.ToString());
                Field(row, "retrieved", source.Retrieved?.ToString());
                Field(row, "licence", source.Licence);
                Field(row, "subject", source.Subject);
            });
            json.Append(",\n  \"entities\": ");
            Objects(json, entities, static (row, entity) =>
            {
                Field(row, "id", entity.Id, first: true);
                Field(row, "kind", entity.Kind);
                Field(row, "name", entity.Name);
                row.Append(", \"names\": [");
                for (var n = 0; n < entity.Names.Count; n++)
                {
                    if (n > 0)
                    {
                        row.Append(", ");
                    }

                    Text(row, entity.Names[n]);
                }

                row.Append(']');
                Cite(row, entity.Citation);
            });
            json.Append(",\n  \"statements\": ");
            Objects(json, Statements, static (row, statement) =>
            {
                Field(row, "subject", statement.Subject, first: true);
                Field(row, "property", statement.Property);
                Value(row, statement.Type, statement.Value, statement.Citation);
                Field(row, "rank", statement.Rank.ToString().ToLowerInvariant());
                if (statement.Why is not null)
                {
                    Field(row, "why", statement.Why);
                }

                row.Append(", \"qualifiers\": [");
                for (var q = 0; q < statement.Qualifiers.Count; q++)
                {
                    var qualifier = statement.Qualifiers[q];
                    row.Append(q == 0 ? "{" : ", {");
                    Field(row, "property", qualifier.Property, first: true);
                    Value(row, qualifier.Type, qualifier.Value, qualifier.Citation);
                    row.Append('}');
                }

                row.Append(']');
            });
            return json.Append("\n}\n").ToString();
        }

        /// <summary>One object per line, so that a diff of two exports shows the facts that changed.</summary>
        private static void Objects<T>(global::System.Text.StringBuilder json, global::System.Collections.Generic.IReadOnlyList<T> items, global::System.Action<global::System.Text.StringBuilder, T> write)
        {
            if (items.Count == 0)
            {
                json.Append("[]");
                return;
            }

            json.Append("[\n");
            for (var i = 0; i < items.Count; i++)
            {
                json.Append("    {");
                write(json, items[i]);
                json.Append(i + 1 < items.Count ? "},\n" : "}\n");
            }

            json.Append("  ]");
        }

        private static void Field(global::System.Text.StringBuilder json, string name, string? value, bool first = false)
        {
            json.Append(first ? "\"" : ", \"").Append(name).Append("\": ");
            if (value is null)
            {
                json.Append("null");
            }
            else
            {
                Text(json, value);
            }
        }

        private static void Cite(global::System.Text.StringBuilder json, Citation citation)
        {
            Field(json, "source", citation.Document);
            json.Append(", \"line\": ").Append(citation.Line.ToString(global::System.Globalization.CultureInfo.InvariantCulture));
            json.Append(", \"column\": ").Append(citation.Column.ToString(global::System.Globalization.CultureInfo.InvariantCulture));
            Field(json, "quote", citation.Quote);
        }

        private static void Value(global::System.Text.StringBuilder json, string type, object value, Citation citation)
        {
            Field(json, "type", type);
            json.Append(", \"value\": ");
            if (value is int number)
            {
                json.Append(number.ToString(global::System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                Text(json, value.ToString() ?? string.Empty);
            }

            Field(json, "precision", PrecisionOf(value));

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
                Field(json, "comparator", comparator switch
                {
                    Comparator.LessThan => "lt",
                    Comparator.AtMost => "le",
                    Comparator.GreaterThan => "gt",
                    Comparator.AtLeast => "ge",
                    _ => "ca",
                });
            }

            Cite(json, citation);
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
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                switch (c)
                {
                    case '"': json.Append("\\\""); break;
                    case '\\': json.Append("\\\\"); break;
                    case '\n': json.Append("\\n"); break;
                    case '\r': json.Append("\\r"); break;
                    case '\t': json.Append("\\t"); break;
                    default:
                        // A lone surrogate has no UTF-8 form; escaped, the export stays valid JSON
                        // that every reader can load (a pair is one character and goes as it is).
                        var paired = char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                            : char.IsLowSurrogate(c) ? i > 0 && char.IsHighSurrogate(text[i - 1])
                            : true;
                        if (c < ' ' || !paired)
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
