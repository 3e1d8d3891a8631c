using System;
using System.Collections.Generic;
using System.Linq;
using LeonovData.Generator.Diagnostics;
using LeonovData.Generator.Emit;
using LeonovData.Generator.Model;

namespace LeonovData.Generator.Schema;

/// <summary>
/// The names a schema gives the generated code (type=, plural=, member=, inverse=) must be C# identifiers that
/// collide with nothing: not with the support types, not with each other. A clash is a schema error
/// at its declaration; left alone it would be a C# error inside generated code, which a user cannot
/// fix there. The offending declaration is dropped, so the rest still generates.
/// </summary>
internal static class SchemaNames
{
    private static readonly HashSet<string> s_keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while", "record", "var", "dynamic", "nameof", "global",
    };

    public static void Check(List<KindSpec> kinds, List<PropertySpec> properties, List<DiagnosticInfo> diagnostics)
    {
        var types = RuntimeTypes.Names.ToDictionary(static n => n, static _ => "a LeonovData support type", StringComparer.Ordinal);
        foreach (var kind in kinds.ToList())
        {
            var problem = TypeProblem("type", kind.TypeName, types) ?? TypeProblem("plural", kind.CatalogueName, types)
                ?? OwnMemberProblem(kind)
                ?? (kind.TypeName == kind.CatalogueName ? $"type= and plural= of {kind.Id} are both '{kind.TypeName}'; the record and its catalogue need different names" : null);
            if (problem is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SchemaSyntax, kind.Location, problem));
                kinds.Remove(kind);
                properties.RemoveAll(p => p.Of == kind.Id || p.Type == kind.Id);
                continue;
            }

            types[kind.TypeName] = $"the type of {kind.Id}";
            types[kind.CatalogueName] = $"the catalogue of {kind.Id}";
        }

        var members = new Dictionary<(string? Of, string Member), string>();
        foreach (var property in properties.ToList())
        {
            var owner = property.Of is null ? "Fact" : kinds.First(k => k.Id == property.Of).TypeName;
            var problem = IsIdentifier(property.MemberName) ? null : $"member={property.MemberName} is not a C# name; write letters, digits and '_', not starting with a digit";
            var names = property.Of is null
                ? QualifierNames(property)
                : new[] { Naming.EntityMember(property, owner), Naming.FactMember(property, owner) };
            problem ??= names.Where(n => members.ContainsKey((property.Of, n))).Select(n => $"'{property.Id}' would generate the member {owner}.{n}, which {members[(property.Of, n)]} generates too; give it another member=").FirstOrDefault();
            if (problem is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SchemaSyntax, property.Location, problem));
                properties.Remove(property);
                continue;
            }

            foreach (var name in names)
            {
                members[(property.Of, name)] = $"'{property.Id}'";
            }
        }

        CheckFactTypes(kinds, properties, types, diagnostics);
        CheckInverses(kinds, properties, members, diagnostics);
    }

    // A property that takes a qualifier gets a type of its own (PersonAwardFact) beside the kinds'
    // types and catalogues, so its name must be free among them; a clash drops the property, as a
    // clash of its members does. First, qualifiers= forgets the qualifiers dropped above.
    private static void CheckFactTypes(List<KindSpec> kinds, List<PropertySpec> properties, Dictionary<string, string> types, List<DiagnosticInfo> diagnostics)
    {
        var qualifiers = new HashSet<string>(properties.Where(static p => p.IsQualifier).Select(static p => p.Id), StringComparer.Ordinal);
        foreach (var property in properties.ToList())
        {
            if (property.IsQualifier)
            {
                continue;
            }

            var current = property;
            if (property.Takes is { } takes && takes.Any(t => !qualifiers.Contains(t.Id)))
            {
                current = property with { Takes = takes.Where(t => qualifiers.Contains(t.Id)).ToEquatableArray() };
                properties[properties.IndexOf(property)] = current;
            }

            if (qualifiers.Count == 0 || current.Takes is { IsEmpty: true })
            {
                continue;
            }

            var name = Naming.FactType(kinds.First(k => k.Id == current.Of).TypeName, current);
            if (types.TryGetValue(name, out var owner))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SchemaSyntax, current.Location, $"'{current.Id}' would generate the type {name} for its facts, which is already {owner}; give it another member="));
                properties.Remove(current);
                continue;
            }

            types[name] = $"the fact type of '{current.Id}' of {current.Of}";
        }
    }

    // A qualifier's accessor, and for a list the field that keeps it, on every fact type that takes it.
    private static string[] QualifierNames(PropertySpec qualifier)
    {
        var member = Naming.QualifierMember(qualifier, "Fact");
        return qualifier.Many ? new[] { member, Naming.KeptField(member) } : new[] { member };
    }

    // inverse= names a member of the value's kind, so it must be free there: not a member of the
    // record, not a property's member, not another inverse. A bad name keeps the property and falls
    // back to the derived name, so only the error stands between the user and a clean build.
    private static void CheckInverses(List<KindSpec> kinds, List<PropertySpec> properties, Dictionary<(string? Of, string Member), string> members, List<DiagnosticInfo> diagnostics)
    {
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            if (property.Inverse is not { } inverse)
            {
                continue;
            }

            var target = kinds.FirstOrDefault(k => k.Id == property.Type);
            var problem = target is null ? $"inverse={inverse} names the reverse of an entity-valued property, and '{property.Id}' holds a {property.Type}; remove it"
                : !IsIdentifier(inverse) ? $"inverse={inverse} is not a C# name; write letters, digits and '_', not starting with a digit"
                : inverse == target.TypeName || Naming.IsEntityMember(inverse) ? $"inverse={inverse} is the name of a member every {target.TypeName} has (or of the type itself); choose another"
                : members.TryGetValue((target.Id, inverse), out var owner) ? $"inverse={inverse} would generate the member {target.TypeName}.{inverse}, which {owner} generates too; choose another"
                : null;
            if (problem is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SchemaSyntax, property.Location, problem));
                properties[i] = property with { Inverse = null };
                continue;
            }

            members[(target!.Id, inverse)] = $"the inverse of '{property.Id}'";
        }
    }

    // "_" is a discard inside the support types' lambdas, and an all-lower-case name may become a keyword (CS8981).
    private static string? TypeProblem(string key, string name, Dictionary<string, string> taken) =>
        !IsIdentifier(name) || s_keywords.Contains(name) || name.All(static c => c == '_') || name.All(static c => c is >= 'a' and <= 'z')
            ? $"{key}={name} is not a C# type name; write a PascalCase name of letters, digits and '_', such as {Identifiers.Pascal(name)}"
        : taken.TryGetValue(name, out var owner) ? $"{key}={name} is already {owner}; give every kind its own type= and plural="
        : null;

    // A type cannot declare a member of its own name (CS0542), and each record and catalogue has members of its own.
    private static string? OwnMemberProblem(KindSpec kind) =>
        Naming.IsEntityMember(kind.TypeName) ? $"type={kind.TypeName} is the name of a member every record has; give {kind.Id} another type="
        : Naming.IsCatalogueMember(kind.CatalogueName) ? $"plural={kind.CatalogueName} is the name of a member every catalogue has; give {kind.Id} another plural="
        : null;

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(static c => c < 128 && (char.IsLetterOrDigit(c) || c == '_'));
}
