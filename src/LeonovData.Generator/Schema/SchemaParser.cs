using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using LeonovData.Generator.Diagnostics;
using LeonovData.Generator.Model;
using LeonovData.Generator.Syntax;
using LeonovData.Generator.Values;

namespace LeonovData.Generator.Schema;

/// <summary>
/// Reads <c>.leoschema</c> files (docs/schema.md): attribute blocks of the annotation language,
/// one per declaration, with <c>%comments%</c> between them. Reusing the attribute syntax means one
/// grammar, one set of error messages, and exact positions for free.
/// </summary>
internal static class SchemaParser
{
    private static readonly string[] s_entityKeys = { "type", "plural", "doc", "born", "died", "within" };
    private static readonly string[] s_propertyKeys = { "of", "type", "card", "member", "doc", "posthumous", "counts", "from", "to", "after", "min", "max", "inverse", "qualifiers" };
    private static readonly string[] s_qualifierKeys = { "type", "card", "member", "doc" };

    /// <summary>Reads one schema file; types are resolved later, when all files are merged.</summary>
    public static SchemaModel ParseFile(string path, string text, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var lines = new LineMap(path, text);
        var attributes = new AttributeParser(text, new DocumentMarkup(lines), diagnostics);
        var kinds = new List<KindSpec>();
        var properties = new List<PropertySpec>();

        var position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        while (position < text.Length)
        {
            var c = text[position];
            if (char.IsWhiteSpace(c))
            {
                position++;
            }
            else if (c == '%')
            {
                var close = text.IndexOf('%', position + 1);
                if (close < 0)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnclosedComment, lines.Locate(position, 1)));
                    break;
                }

                position = close + 1;
            }
            else if (c == '{')
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (attributes.Parse(position, out position) is { } block)
                {
                    Declare(block, lines, kinds, properties, diagnostics);
                }
            }
            else
            {
                var end = position;
                while (end < text.Length && text[end] is not ('\r' or '\n'))
                {
                    end++;
                }

                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SchemaSyntax, lines.Locate(position, end - position), "only {...} declarations and %comments% may stand in a schema file"));
                position = end;
            }
        }

        return new SchemaModel(kinds.ToEquatableArray(), properties.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static string? PathOf(SchemaModel file) =>
        file.Kinds.FirstOrDefault()?.Location.FilePath ?? file.Properties.FirstOrDefault()?.Location.FilePath;

    /// <summary>
    /// Merges schema files and resolves every type, reporting what does not resolve. The bundled
    /// schema (<paramref name="isBundled"/>) is merged first, so that a declaration of the project's
    /// own that repeats one of its is reported in the project's file, once per file (LEO0802), and
    /// never in the package's copy the user cannot edit.
    /// </summary>
    public static SchemaModel Merge(IEnumerable<SchemaModel> files, Func<string, bool>? isBundled = null, CancellationToken cancellationToken = default)
    {
        isBundled ??= static _ => false;
        var diagnostics = new List<DiagnosticInfo>();
        var kinds = new List<KindSpec>();
        var properties = new List<PropertySpec>();
        var declared = new Dictionary<(string Id, string? Of), PropertySpec>();
        foreach (var file in files.OrderBy(f => PathOf(f) is { } path && isBundled(path) ? 0 : 1))
        {
            diagnostics.AddRange(file.Diagnostics);
            var repeatsBundled = new List<LocationInfo>();
            foreach (var kind in file.Kinds)
            {
                var existing = kinds.FirstOrDefault(k => k.Id == kind.Id);
                if (existing is null)
                {
                    kinds.Add(kind);
                }
                else if (isBundled(existing.Location.FilePath) && !isBundled(kind.Location.FilePath))
                {
                    repeatsBundled.Add(kind.Location);
                }
                else
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SchemaDuplicate, kind.Location, existing.Location, $"entity kind '{kind.Id}'"));
                }
            }

            foreach (var property in file.Properties)
            {
                cancellationToken.ThrowIfCancellationRequested();
                // A dictionary, not a scan of the list: a schema of 10,000 properties merged in quadratic time.
                if (!declared.TryGetValue((property.Id, property.Of), out var existing))
                {
                    properties.Add(property);
                    declared[(property.Id, property.Of)] = property;
                }
                else if (isBundled(existing.Location.FilePath) && !isBundled(property.Location.FilePath))
                {
                    repeatsBundled.Add(property.Location);
                }
                else
                {
                    var what = property.IsQualifier ? $"qualifier '{property.Id}'" : $"property '{property.Id}' of {property.Of}";
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SchemaDuplicate, property.Location, existing.Location, what));
                }
            }

            // One error for one cause: the file is a schema of its own, written as if the Leonov corpus were not there.
            if (repeatsBundled.Count > 0)
            {
                var first = repeatsBundled.OrderBy(static l => l.Start).First();
                var what = repeatsBundled.Count == 1 ? "this declaration repeats" : $"this declaration and {repeatsBundled.Count - 1} more of this file repeat";
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SchemaRepeatsBundled, first, what));
            }
        }

        var kindIds = kinds.Select(static k => k.Id).ToList();
        var valid = new List<PropertySpec>();
        foreach (var property in properties)
        {
            if (property.Of is not null && !kindIds.Contains(property.Of))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SchemaUnknownType, property.Location, property.Of, ValueKinds, Suggest.DidYouMean(property.Of, kindIds)));
                continue;
            }

            if (!ValueParser.TryParseKind(property.Type, out _) && !kindIds.Contains(property.Type))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SchemaUnknownType, property.Location, property.Type, ValueKinds, TypeSuggestion(property.Type, kindIds)));
                continue;
            }

            valid.Add(property);
        }

        foreach (var property in valid)
        {
            CheckSibling(property, property.Counts, "counts", valid, diagnostics);
            CheckSibling(property, property.AgeFrom, "from", valid, diagnostics);
            CheckSibling(property, property.AgeTo, "to", valid, diagnostics);
            CheckSibling(property, property.After, "after", valid, diagnostics);
            if (property.After is { } after && (property.Type is not ("date" or "datetime")
                || valid.FirstOrDefault(p => p.Of == property.Of && p.Id == after) is { Type: not ("date" or "datetime") }))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SchemaSyntax, property.Location, $"after={after} orders dates: '{property.Id}' and '{after}' must both be date or datetime properties"));
            }
        }

        foreach (var kind in kinds)
        {
            foreach (var life in new[] { kind.BornProperty, kind.DiedProperty })
            {
                if (life is not null && !valid.Any(p => p.Of == kind.Id && p.Id == life && p.Type == "date"))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SchemaSyntax, kind.Location, $"born= and died= must name date properties of {kind.Id}, but '{life}' is not one"));
                }
            }
        }

        foreach (var kind in kinds.Where(static k => k.WithinProperty is not null))
        {
            if (!valid.Any(p => p.Of == kind.Id && p.Id == kind.WithinProperty && p.Type == kind.Id))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SchemaSyntax, kind.Location, $"within= must name a property of {kind.Id} whose type is {kind.Id}, but '{kind.WithinProperty}' is not one"));
            }
        }

        CheckQualifierNames(properties, valid, diagnostics);
        SchemaNames.Check(kinds, valid, diagnostics);
        return new SchemaModel(kinds.ToEquatableArray(), valid.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// Each name of a property's <c>qualifiers=</c> must be a declared qualifier, named once. A wrong
    /// one is reported where it is written and left out, so the property keeps the others. A qualifier
    /// whose own declaration is broken (reported there) is left out without a second error.
    /// </summary>
    private static void CheckQualifierNames(List<PropertySpec> declared, List<PropertySpec> valid, List<DiagnosticInfo> diagnostics)
    {
        var qualifiers = declared.Where(static p => p.IsQualifier).Select(static p => p.Id).Distinct(StringComparer.Ordinal).ToList();
        var usable = new HashSet<string>(valid.Where(static p => p.IsQualifier).Select(static p => p.Id), StringComparer.Ordinal);
        for (var i = 0; i < valid.Count; i++)
        {
            if (valid[i].Takes is not { } takes)
            {
                continue;
            }

            var kept = new List<QualifierName>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in takes)
            {
                if (!qualifiers.Contains(name.Id))
                {
                    var advice = Suggest.DidYouMean(name.Id, qualifiers);
                    if (advice.Length == 0)
                    {
                        advice = qualifiers.Count == 0 ? "; the schema declares no qualifier" : $"; the qualifiers are {string.Join(", ", qualifiers)}";
                    }

                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SchemaSyntax, name.Location, $"qualifiers= of '{valid[i].Id}' names '{name.Id}', which is not a qualifier of the schema{advice}"));
                }
                else if (!seen.Add(name.Id))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SchemaSyntax, name.Location, $"qualifiers= of '{valid[i].Id}' names '{name.Id}' twice; name each qualifier once"));
                }
                else if (usable.Contains(name.Id))
                {
                    kept.Add(name);
                }
            }

            valid[i] = valid[i] with { Takes = kept.ToEquatableArray() };

            // An age with from= and no to= is measured to its statement's date (LEO0306): a property
            // that cannot take that date would never be checked.
            if (valid[i] is { AgeFrom: not null, AgeTo: null } age && usable.Contains("date") && !SchemaModel.Takes(age, "date"))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SchemaSyntax, age.Location, $"'{age.Id}' measures an age from {age.AgeFrom} to the date its statement is qualified with, so its qualifiers= must include date"));
            }
        }
    }

    private static readonly string[] ValueKindNames = ValueParser.KindNames;

    private static string ValueKinds => string.Join(", ", ValueKindNames);

    // A programmer writes their language's type names; edit distance would answer 'thing' for 'string'.
    private static readonly Dictionary<string, string> s_programmingTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["string"] = "name",
        ["text"] = "name",
        ["int"] = "count",
        ["integer"] = "count",
        ["dateonly"] = "date",
        ["timespan"] = "duration",
    };

    private static string TypeSuggestion(string type, IEnumerable<string> kindIds) =>
        s_programmingTypes.TryGetValue(type, out var kind) ? $"; did you mean '{kind}'?" : Suggest.DidYouMean(type, kindIds.Concat(ValueKindNames));

    private static void CheckSibling(PropertySpec property, string? sibling, string key, List<PropertySpec> all, List<DiagnosticInfo> diagnostics)
    {
        if (sibling is not null && property.Of is not null && !all.Any(p => p.Of == property.Of && p.Id == sibling))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SchemaSyntax, property.Location, $"{key}={sibling} names no property of {property.Of}{Suggest.DidYouMean(sibling, all.Where(p => p.Of == property.Of).Select(static p => p.Id))}"));
        }
    }

    private static void Declare(AttributeBlock block, LineMap lines, List<KindSpec> kinds, List<PropertySpec> properties, List<DiagnosticInfo> diagnostics)
    {
        var classes = block.Attributes.Where(static a => a.Form == AttributeForm.Class).ToList();
        if (classes.Count != 1 || classes[0].Name is not ("entity" or "property" or "qualifier"))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SchemaSyntax, block.Location, "a schema declaration starts with exactly one of .entity, .property or .qualifier"));
            return;
        }

        if (block.Id is not { } id)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SchemaSyntax, block.Location, $"a .{classes[0].Name} needs an #id"));
            return;
        }

        var isEntity = classes[0].Name == "entity";
        var known = isEntity ? s_entityKeys : classes[0].Name == "property" ? s_propertyKeys : s_qualifierKeys;
        foreach (var pair in block.Attributes.Where(static a => a.Form == AttributeForm.Pair))
        {
            if (!known.Contains(pair.Name))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SchemaSyntax, block.LocationOf(pair), $"'{pair.Name}' is not a key of .{classes[0].Name}{Suggest.DidYouMean(pair.Name, known)}"));
            }
        }

        var doc = block.Pair("doc")?.Value ?? string.Empty;
        if (isEntity)
        {
            var typeName = block.Pair("type")?.Value ?? Identifiers.Pascal(id.Name);
            kinds.Add(new KindSpec(id.Name, typeName, block.Pair("plural")?.Value ?? typeName + "s", doc, block.Pair("born")?.Value, block.Pair("died")?.Value, block.Pair("within")?.Value, block.Location));
            return;
        }

        var of = block.Pair("of")?.Value;
        var type = block.Pair("type")?.Value;
        if ((classes[0].Name == "property" && of is null) || type is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SchemaSyntax, block.Location, classes[0].Name == "property" ? "a .property needs of=<kind> and type=<type>" : "a .qualifier needs type=<type>"));
            return;
        }

        var card = block.Pair("card");
        if (card is { Value: not ("one" or "many") } badCard)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SchemaSyntax, block.ValueLocationOf(badCard), $"card={badCard.Value} is not a cardinality; write card=one or card=many"));
        }

        var posthumous = block.Pair("posthumous");
        if (posthumous is { Value: not ("true" or "false") } badPosthumous)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SchemaSyntax, block.ValueLocationOf(badPosthumous), $"posthumous={badPosthumous.Value} must be true or false"));
        }

        properties.Add(new PropertySpec(
            id.Name,
            classes[0].Name == "property" ? of : null,
            type,
            card?.Value == "many",
            block.Pair("member")?.Value ?? Identifiers.Pascal(id.Name),
            doc,
            posthumous?.Value == "true",
            block.Pair("counts")?.Value,
            block.Pair("from")?.Value,
            block.Pair("to")?.Value,
            block.Location)
        {
            After = block.Pair("after")?.Value,
            Inverse = classes[0].Name == "property" ? block.Pair("inverse")?.Value : null,
            Min = Bound(block, "min", type, diagnostics),
            Max = Bound(block, "max", type, diagnostics),
            Takes = block.Pair("qualifiers") is { } takes ? QualifierNames(takes, block.ValueLocationOf(takes), lines) : null,
        });
    }

    /// <summary>
    /// The names of <c>qualifiers="date, with"</c>: separated by commas, spaces or both (an id holds
    /// neither), each located exactly where the value spells it as written, so an error points at
    /// the one name; otherwise (escapes in a quoted value) at the whole value. Which names are
    /// qualifiers is known once every schema file is merged.
    /// </summary>
    private static EquatableArray<QualifierName> QualifierNames(AttributeNode takes, LocationInfo written, LineMap lines)
    {
        var value = takes.Value;
        var exact = written.Length == value.Length;
        var names = new List<QualifierName>();
        for (var i = 0; i < value.Length;)
        {
            if (value[i] == ',' || char.IsWhiteSpace(value[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < value.Length && value[i] != ',' && !char.IsWhiteSpace(value[i]))
            {
                i++;
            }

            var location = exact ? lines.Locate(written.Start + start, i - start) : written;
            names.Add(new QualifierName(value.Substring(start, i - start), location));
        }

        return names.ToEquatableArray();
    }

    /// <summary>A min= or max= in the normalised form of the property's type (v='s form).</summary>
    private static Value? Bound(AttributeBlock block, string key, string type, List<DiagnosticInfo> diagnostics)
    {
        if (block.Pair(key) is not { } bound)
        {
            return null;
        }

        if (!ValueParser.TryParseKind(type, out var kind) || kind is ValueKind.Name or ValueKind.Interval)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SchemaSyntax, block.LocationOf(bound), $"{bound.Name}= sets a plausible range of an amount or a date, not of a {type}; remove it"));
            return null;
        }

        var value = ValueParser.ReadNormalized(kind, bound.Value, out var error);
        if (value is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SchemaSyntax, block.ValueLocationOf(bound), $"{bound.Name}={bound.Value} is not a {type} in v='s form: {error}"));
        }

        return value;
    }
}
