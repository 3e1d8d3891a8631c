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

        /// <summary>
        /// Reads the schema's table as generated code writes it: one row per property,
        /// <c>kind|id|type|one|doc</c> (<c>many</c> for a many-valued one; no kind for a qualifier).
        /// The description comes last and may hold any character, a bar included.
        /// </summary>
        /// <remarks>
        /// Generated code passes a row per property rather than constructing each description: a
        /// constructor call costs the compiler an overload resolution per property on every build,
        /// a string literal almost nothing.
        /// </remarks>
        /// <exception cref="System.ArgumentException">A row does not have the five fields.</exception>
        public static global::System.Collections.Generic.IReadOnlyList<SchemaProperty> Table(params string[] rows)
        {
            if (rows is null)
            {
                throw new global::System.ArgumentNullException(nameof(rows));
            }

            var properties = new SchemaProperty[rows.Length];
            for (var i = 0; i < rows.Length; i++)
            {
                properties[i] = Row(rows[i]);
            }

            return global::System.Array.AsReadOnly(properties);
        }

        private static SchemaProperty Row(string row)
        {
            var kindEnd = Bar(row, 0);
            var idEnd = Bar(row, kindEnd + 1);
            var typeEnd = Bar(row, idEnd + 1);
            var countEnd = Bar(row, typeEnd + 1);
            var kind = kindEnd == 0 ? null : row.Substring(0, kindEnd);
            var count = row.Substring(typeEnd + 1, countEnd - typeEnd - 1);
            if (count != "one" && count != "many")
            {
                throw Malformed(row);
            }

            return new SchemaProperty(kind, row.Substring(kindEnd + 1, idEnd - kindEnd - 1), row.Substring(idEnd + 1, typeEnd - idEnd - 1), count == "many", row.Substring(countEnd + 1));
        }

        private static int Bar(string row, int start)
        {
            var bar = row?.IndexOf('|', start) ?? -1;
            return bar >= 0 ? bar : throw Malformed(row);
        }

        private static global::System.ArgumentException Malformed(string? row) =>
            new global::System.ArgumentException($"A schema table row is 'kind|id|type|one|doc' (or 'many'), not '{row}'.", "rows");
    }
}
