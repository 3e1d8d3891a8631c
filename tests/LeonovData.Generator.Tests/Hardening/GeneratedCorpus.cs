namespace LeonovData.Generator.Tests.Hardening;

using System.Globalization;
using System.Text;

/// <summary>
/// A valid corpus made from a <see cref="Tape"/>: a schema with entity kinds (one with a life and
/// one with containment), a property of every value kind, entity-valued and counted properties,
/// qualifiers; and one to three documents that declare entities, state facts about entities declared
/// in other documents, qualify statements across documents, resolve a disagreement by rank, and
/// count statements, in text with escapes, line continuations, CRLF and non-ASCII letters.
/// Besides the files it knows what must come out: the number of statements and each document's
/// text with the markup removed.
/// </summary>
internal sealed record GeneratedCorpus(string Schema, IReadOnlyList<GeneratedDocument> Documents, int Statements)
{
    public const string SchemaPath = "/corpus/generated.leoschema";

    public IEnumerable<(string Path, string Text)> Files => Documents.Select(static d => (d.Path, d.Text)).Prepend((SchemaPath, Schema));

    public override string ToString() =>
        string.Join("\n", Files.Select(static f => $"--- {f.Path}\n{f.Text}")) + $"\n--- {Statements} statements";

    public static GeneratedCorpus From(Tape tape) => new Builder(tape).Build();

    private sealed class Builder
    {
        private static readonly string[] s_months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Take(12).ToArray();
        private static readonly string[] s_words = { "Alfa", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliett", "Kilo", "Lima", "Mike", "November", "Oscar", "Papa", "Quebec", "Romeo", "Sierra", "Tango" };
        private static readonly string[] s_filler = { " the ", " and ", " was ", ", ", " then ", " in ", " Ж ", " é ", "\u00A0", " \\[sic\\] ", " a \\{note\\} ", " back\\\\slash ", "\n", "\r\n", " line\\\n", " 🚀 " };
        private static readonly string[] s_ordinals = { "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth" };
        private static readonly string[] s_roles = { "commander", "pilot", "flight engineer", "back-up pilot", "chief designer" };

        private static readonly Kind[] s_kinds =
        {
            new("person", "Person", "People"),
            new("mission", "Mission", "Missions"),
            new("place", "Place", "Places"),
            new("event", "Event", "Events"),
        };

        private static readonly (string Id, string Type)[] s_valueProperties =
        {
            ("when", "date"), ("span", "interval"), ("lasted", "duration"), ("size", "length"),
            ("age", "age"), ("tally", "count"), ("position", "ordinal"), ("title", "name"),
        };

        private readonly Tape _tape;
        private readonly StringBuilder _schema = new();
        private readonly List<Property> _properties = new();
        private readonly List<EntityDraft> _entities = new();
        private readonly List<DocumentDraft> _documents = new();
        private int _statements;
        private int _statementIds;

        public Builder(Tape tape) => _tape = tape;

        public GeneratedCorpus Build()
        {
            var kinds = s_kinds.Take(_tape.Between(2, s_kinds.Length)).ToList();
            DeclareSchema(kinds);
            var documentCount = _tape.Between(1, 3);
            for (var i = 0; i < documentCount; i++)
            {
                // A file name with a space and a non-ASCII letter now and then: citations carry it.
                var name = _tape.Chance(20) ? $"doc {i} é" : $"doc-{i}";
                _documents.Add(new DocumentDraft($"/corpus/{(_tape.Chance(20) ? "sub/" : string.Empty)}{name}.leo", $"doc-{i}"));
            }

            var entityCount = _tape.Between(1, 8);
            for (var i = 0; i < entityCount; i++)
            {
                // The first entity is a person: every document's subject.
                var kind = i == 0 ? kinds[0] : _tape.Pick(kinds);
                var entity = new EntityDraft($"{kind.Id}-{i}", kind, $"{s_words[i % s_words.Length]} {s_words[(i * 7 + 3) % s_words.Length]}", _tape.Next(_documents.Count));
                _entities.Add(entity);
                _documents[entity.Home].Items.Add($"[{entity.Name}]{{.{kind.Id} #{entity.Id}}}");
            }

            foreach (var entity in _entities)
            {
                StateFacts(entity);
            }

            var documents = _documents.Select(d => d.Finish(_entities[0].Id, _tape)).ToList();
            return new GeneratedCorpus(_schema.ToString(), documents, _statements);
        }

        private void DeclareSchema(List<Kind> kinds)
        {
            _schema.Append("% generated %\n");
            foreach (var kind in kinds)
            {
                var life = kind.Id == "person" ? " born=born died=died" : string.Empty;
                var within = kind.Id == "place" ? " within=located-in" : string.Empty;
                _schema.Append($"{{.entity #{kind.Id} type={kind.Type} plural={kind.Plural}{life}{within} doc=\"A {kind.Id}.\"}}\n");
            }

            _schema.Append("{.qualifier #at type=date doc=\"When.\"}\n");
            _schema.Append("{.qualifier #as type=name doc=\"In which role.\"}\n");
            _schema.Append("{.qualifier #with type=person card=many member=With doc=\"Together with.\"}\n");

            foreach (var kind in kinds)
            {
                if (kind.Id == "person")
                {
                    Declare(new Property("born", kind, "date", Many: false));
                    Declare(new Property("died", kind, "date", Many: false));
                    if (kinds.Any(static k => k.Id == "mission"))
                    {
                        Declare(new Property("flight", kind, "mission", Many: true));
                        Declare(new Property("flights", kind, "count", Many: false, Counts: "flight"));
                    }
                }

                if (kind.Id == "place")
                {
                    Declare(new Property("located-in", kind, "place", Many: false));
                }

                foreach (var (id, type) in s_valueProperties)
                {
                    // Every value kind on the first kind; a random half of them elsewhere.
                    if (kind == kinds[0] || _tape.Chance(50))
                    {
                        Declare(new Property(id, kind, type, Many: _tape.Chance(30)));
                    }
                }

                var target = _tape.Pick(kinds);
                if (target.Id != "place" || kind.Id != "place")
                {
                    Declare(new Property("link-" + target.Id, kind, target.Id, Many: _tape.Chance(50)));
                }
            }
        }

        private void Declare(Property property)
        {
            _properties.Add(property);
            var card = property.Many ? " card=many" : string.Empty;
            var counts = property.Counts is null ? string.Empty : $" counts={property.Counts}";
            _schema.Append($"{{.property #{property.Id} of={property.Of.Id} type={property.Type}{card}{counts} doc=\"The {property.Id}.\"}}\n");
        }

        private void StateFacts(EntityDraft entity)
        {
            foreach (var property in _properties.Where(p => p.Of == entity.Kind && p.Counts is null))
            {
                if (property.Id is "born" or "died" ? !_tape.Chance(70) : !_tape.Chance(50))
                {
                    continue;
                }

                var targets = _entities.Where(e => e.Kind.Id == property.Type && e != entity).ToList();
                var isEntity = !s_valueProperties.Any(v => v.Type == property.Type) && property.Id is not ("born" or "died");
                if (isEntity && targets.Count == 0)
                {
                    continue;
                }

                var count = property.Many ? _tape.Between(1, 3) : 1;
                var stated = new HashSet<string>(StringComparer.Ordinal);
                for (var i = 0; i < count; i++)
                {
                    var value = isEntity ? null : ValueText(property);
                    var target = isEntity ? _tape.Pick(targets) : null;
                    if (!stated.Add(value ?? target!.Id))
                    {
                        continue;
                    }

                    var attributes = isEntity ? $".{target!.Kind.Id} e={target.Id}" : "." + property.Type;
                    State(entity, property, value ?? target!.Name, attributes);
                }

                // A single value stated again elsewhere: the same words agree; other words need a rank.
                if (!property.Many && !isEntity && _tape.Chance(15))
                {
                    var other = ValueText(property);
                    var rank = other == stated.First() ? string.Empty : " rank=deprecated why=\"a later source corrects it\"";
                    State(entity, property, other, "." + property.Type + rank);
                }

                if (property.Id == "flight")
                {
                    _documents[_tape.Next(_documents.Count)].Items.Add($"[{CountText(stated.Count)}]{{.count of={entity.Id} p=flights}}");
                    _statements++;
                }
            }
        }

        private void State(EntityDraft entity, Property property, string covered, string attributes)
        {
            var id = string.Empty;
            var qualified = _tape.Chance(20);
            if (qualified)
            {
                id = $" #s-{++_statementIds}";
            }

            _documents[_tape.Next(_documents.Count)].Items.Add($"[{covered}]{{{attributes}{id} of={entity.Id} p={property.Id}}}");
            _statements++;
            if (!qualified)
            {
                return;
            }

            var on = $"on=s-{_statementIds}";
            var qualifier = _tape.Next(3) switch
            {
                0 => $"[{DateText(1901, 1999)}]{{.date {on} p=at}}",
                1 => $"[{_tape.Pick(s_roles)}]{{.name {on} p=as}}",
                _ => _entities.FirstOrDefault(e => e.Kind.Id == "person" && e != entity) is { } person
                    ? $"[{person.Name}]{{.person e={person.Id} {on} p=with}}"
                    : $"[{_tape.Pick(s_roles)}]{{.name {on} p=as}}",
            };
            _documents[_tape.Next(_documents.Count)].Items.Add(qualifier);
        }

        private string ValueText(Property property) => property.Type switch
        {
            "date" when property.Id == "born" => _tape.Between(1850, 1899).ToString(CultureInfo.InvariantCulture),
            "date" when property.Id == "died" => DateText(2001, 2019),
            "date" => DateText(1901, 1999),
            "interval" => _tape.Next(3) switch
            {
                0 => $"from {_tape.Between(1901, 1950)} to {_tape.Between(1951, 1999)}",
                1 => $"since {DateText(1901, 1999)}",
                _ => $"{_tape.Between(1901, 1950)}–{_tape.Between(1951, 1999)}",
            },
            "duration" => _tape.Next(4) switch
            {
                0 => $"{_tape.Between(1, 59)} minutes",
                1 => $"{_tape.Between(1, 59)} minutes and {_tape.Between(1, 59)} seconds",
                2 => $"{_tape.Between(2, 40)} days",
                _ => $"{_tape.Between(2, 59)}-minute",
            },
            "length" => _tape.Next(4) switch
            {
                0 => $"{_tape.Between(1, 999)} metres",
                1 => $"{_tape.Between(1, 99)}.{_tape.Between(1, 9)} km",
                2 => $"{_tape.Between(2, 999)} miles",
                _ => $"{_tape.Between(2, 99)}-metre",
            },
            "age" => _tape.Chance(50) ? $"aged {_tape.Between(1, 110)}" : $"{_tape.Between(2, 110)} years old",
            "count" => CountText(_tape.Between(1, 20)),
            "ordinal" => _tape.Chance(50) ? _tape.Pick(s_ordinals) : OrdinalDigits(_tape.Between(1, 200)),
            _ => _tape.Pick(s_roles),
        };

        private string DateText(int fromYear, int toYear)
        {
            var year = _tape.Between(fromYear, toYear);
            var month = s_months[_tape.Next(12)];
            var day = _tape.Between(1, 28);
            return _tape.Next(4) switch
            {
                0 => $"{day} {month} {year}",
                1 => $"{month} {day}, {year}",
                2 => $"{month} {year}",
                _ => year.ToString(CultureInfo.InvariantCulture),
            };
        }

        private static string CountText(int count) => count switch
        {
            1 => "once",
            2 => "twice",
            3 => "three times",
            _ => count.ToString(CultureInfo.InvariantCulture),
        };

        private static string OrdinalDigits(int n)
        {
            var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
            return n.ToString(CultureInfo.InvariantCulture) + suffix;
        }

        private sealed record Kind(string Id, string Type, string Plural);

        private sealed record Property(string Id, Kind Of, string Type, bool Many, string? Counts = null);

        private sealed record EntityDraft(string Id, Kind Kind, string Name, int Home);

        private sealed class DocumentDraft(string path, string id)
        {
            public List<string> Items { get; } = new();

            /// <summary>The items in a shuffled order, joined by filler text; the plain text is what stripping must give back.</summary>
            public GeneratedDocument Finish(string subject, Tape tape)
            {
                var text = new StringBuilder($"{{#{id} .source kind=news subject={subject}}}\n");
                var plain = new StringBuilder();
                var order = Items.OrderBy(_ => tape.Next(1000)).ToList();
                foreach (var item in order)
                {
                    var filler = tape.Pick(s_filler);
                    text.Append(filler).Append(item);
                    plain.Append(Strip(filler)).Append(Strip(item));
                }

                text.Append(".\n");
                plain.Append('.');
                return new GeneratedDocument(path, text.ToString(), plain.ToString());
            }

            // The generator's own markup is simple: escapes, continuations, and spans whose attributes hold no ']'.
            private static string Strip(string piece)
            {
                var plain = new StringBuilder();
                for (var i = 0; i < piece.Length; i++)
                {
                    var c = piece[i];
                    if (c == '\\')
                    {
                        i++;
                        if (piece[i] != '\n')
                        {
                            plain.Append(piece[i]);
                        }
                    }
                    else if (c == ']')
                    {
                        i = piece.IndexOf('}', i);
                    }
                    else if (c == '\r')
                    {
                        // CRLF strips to LF.
                    }
                    else if (c != '[')
                    {
                        plain.Append(c);
                    }
                }

                return plain.ToString();
            }
        }
    }
}

/// <summary>A generated document and its text with the markup removed.</summary>
internal sealed record GeneratedDocument(string Path, string Text, string Plain);
