using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace LeonovData.Generator.Diagnostics;

/// <summary>
/// Every diagnostic LeonovData reports. IDs are stable and grouped by category:
/// LEO00xx syntax, LEO01xx schema, LEO02xx binding and values, LEO03xx consistency across
/// documents, LEO09xx the generator itself. Each message says what is wrong and what to write
/// instead; each help link opens its section of docs/diagnostics.md.
/// </summary>
internal static class DiagnosticDescriptors
{
    public const string HelpLinkBase = "https://github.com/leonovdata/leonovdata/blob/main/docs/diagnostics.md#";

    private const string Syntax = "LeonovData.Syntax";
    private const string Schema = "LeonovData.Schema";
    private const string Binding = "LeonovData.Binding";
    private const string Consistency = "LeonovData.Consistency";
    private const string Generator = "LeonovData.Generator";
    private const string Configuration = "LeonovData.Configuration";
    private const string Emission = "LeonovData.Emission";

    // Syntax. A message without arguments is printed as written (Roslyn formats only when there are
    // arguments), so its braces are single; a message with arguments doubles them.
    public static readonly DiagnosticDescriptor UnclosedSpan = Error("LEO0001", Syntax, "Span never closed", "'[' opens a span that is never closed; close it with ']{...}' or escape a literal bracket as '\\['");
    public static readonly DiagnosticDescriptor MissingAttributeBlock = Error("LEO0002", Syntax, "Span without attribute block", "']' must be followed directly by an attribute block '{{...}}' (found {0}); escape literal brackets as '\\[' and '\\]'");
    public static readonly DiagnosticDescriptor StrayClosingBracket = Error("LEO0003", Syntax, "Unmatched closing bracket", "']' closes no span; escape a literal bracket as '\\]'");
    public static readonly DiagnosticDescriptor StrayBrace = Error("LEO0004", Syntax, "Brace outside an attribute block", "'{0}' outside an attribute block; escape a literal brace as '\\{0}'");
    public static readonly DiagnosticDescriptor UnknownEscape = Error("LEO0005", Syntax, "Unknown escape", "'\\{0}' is not an escape; only \\[ \\] \\{{ \\}} \\\\ and a backslash at the end of a line are; drop the backslash, or write '\\\\' for a literal backslash");
    public static readonly DiagnosticDescriptor UnclosedAttributeBlock = Error("LEO0006", Syntax, "Attribute block never closed", "the attribute block is not closed with '}}' on its line; {0}");
    public static readonly DiagnosticDescriptor UnclosedQuote = Error("LEO0007", Syntax, "Quoted value never closed", "the quoted value of '{0}' is not closed with '\"' on its line");
    public static readonly DiagnosticDescriptor UnquotedPunctuation = Error("LEO0008", Syntax, "Unquoted value with punctuation", "the unquoted value of '{0}' stops at '{1}'; quote the whole value: {0}=\"{2}\"");
    public static readonly DiagnosticDescriptor MalformedAttribute = Error("LEO0009", Syntax, "Malformed attribute", "{0}");
    public static readonly DiagnosticDescriptor NestingTooDeep = Error("LEO0010", Syntax, "Spans nested too deeply", "spans are nested more than {0} deep; flatten the annotation");
    public static readonly DiagnosticDescriptor UnclosedComment = Error("LEO0011", Syntax, "Comment never closed", "the comment opened with '%' is not closed with '%' inside its attribute block");
    public static readonly DiagnosticDescriptor MisplacedHeader = Error("LEO0012", Syntax, "Malformed document header", "{0}");
    public static readonly DiagnosticDescriptor ControlCharacter = Error("LEO0013", Syntax, "Control character in document", "the document contains the control character U+{0:X4}; an annotated document is plain text: replace it with a space or a line break, in the source text too (or is this a binary file?)");

    public static readonly DiagnosticDescriptor SpaceBeforeBlock = Error("LEO0014", Syntax, "Space between a span and its block", "white space separates ']' from its attribute block; remove it: a span's '{' follows its ']' directly");
    public static readonly DiagnosticDescriptor BlockClosesNoSpan = Error("LEO0015", Syntax, "Attribute block without a span", "']' and its attribute block close no span; put '[' where the covered text starts (or escape a literal bracket as '\\]')");
    public static readonly DiagnosticDescriptor BlockWithoutBracket = Error("LEO0016", Syntax, "Attribute block without ']'", "the attribute block follows no ']'; close the span opened at ({0},{1}) with ']' right before its '{{'");
    public static readonly DiagnosticDescriptor TooManyAttributes = Error("LEO0020", Syntax, "Too many attributes", "an attribute block holds at most {0} attributes; split the annotation into spans of their own");

    // Schema
    public static readonly DiagnosticDescriptor SchemaSyntax = Error("LEO0101", Schema, "Malformed schema entry", "{0}");
    public static readonly DiagnosticDescriptor SchemaUnknownType = Error("LEO0102", Schema, "Unknown type in schema", "'{0}' is neither a value kind ({1}) nor an entity kind of the schema{2}");
    public static readonly DiagnosticDescriptor SchemaDuplicate = Error("LEO0103", Schema, "Duplicate schema entry", "{0} is declared twice; keep one declaration");
    public static readonly DiagnosticDescriptor NoSchema = Error("LEO0104", Schema, "No schema", "annotated documents were found but no schema; add a .leoschema file to AdditionalFiles (or keep the bundled Leonov corpus)");

    // Binding and values
    public static readonly DiagnosticDescriptor UnknownKind = Error("LEO0201", Binding, "Unknown kind", "'.{0}' is not a kind of the schema{1}");
    public static readonly DiagnosticDescriptor UnknownProperty = Error("LEO0202", Binding, "Unknown property", "'{0}' is not a property of {1}{2}");
    public static readonly DiagnosticDescriptor InvalidValue = Error("LEO0203", Binding, "Value does not parse", "'{0}' is not {1}: {2}");
    public static readonly DiagnosticDescriptor ValueDisagrees = Error("LEO0204", Binding, "v= disagrees with the text", "{0} disagrees with the covered text '{1}' ({2}); correct one of them");
    public static readonly DiagnosticDescriptor UnknownEntity = Error("LEO0205", Binding, "Unknown entity id", "'{0}' is not a declared entity; {1}");
    public static readonly DiagnosticDescriptor DuplicateId = Error("LEO0206", Binding, "Duplicate id", "'#{0}' is already declared at {1}; ids must be unique across all documents");
    public static readonly DiagnosticDescriptor IncompleteSpan = Error("LEO0207", Binding, "Span is incomplete", "{0}");
    public static readonly DiagnosticDescriptor InvalidNormalizedValue = Error("LEO0208", Binding, "Invalid v= value", "v=\"{0}\" is not a normalised {1}: {2}");
    public static readonly DiagnosticDescriptor UnknownAttribute = Error("LEO0209", Binding, "Unknown or invalid attribute", "{0}");
    public static readonly DiagnosticDescriptor TypeMismatch = Error("LEO0210", Binding, "Value of the wrong type", "property '{0}' of {1} holds {2} values, but the span is '.{3}'; write '.{2}', or choose another property");
    public static readonly DiagnosticDescriptor UnknownStatement = Error("LEO0211", Binding, "Unknown statement id", "on={0} names no statement; {1}");
    public static readonly DiagnosticDescriptor RankWithoutReason = Error("LEO0212", Binding, "Rank without a reason", "rank={0} needs why=\"...\" saying why this source wins or loses");
    public static readonly DiagnosticDescriptor HeaderProblem = Error("LEO0213", Binding, "Document header problem", "{0}");
    public static readonly DiagnosticDescriptor TextChanged = Error("LEO0214", Binding, "Annotation altered the source text", "the text without markup has sha256 {0}, but the header says {1}; annotation must not change what the source says");
    public static readonly DiagnosticDescriptor ValueNeedsV = Error("LEO0215", Binding, "Text needs a normalised value", "'{0}' {1}; give the value with v=, e.g. {2}");
    public static readonly DiagnosticDescriptor BadConversion = Error("LEO0216", Binding, "Conversion without a neighbour", "{0}");
    public static readonly DiagnosticDescriptor WrongEntityKind = Error("LEO0218", Binding, "Entity of another kind", "'{0}' is a {1}, but the span is '.{2}'; write '.{1}' or refer to another entity");
    public static readonly DiagnosticDescriptor AmbiguousSpan = Error("LEO0217", Binding, "Span has several kinds", "a span has one kind, but this one has '.{0}' and '.{1}'");
    public static readonly DiagnosticDescriptor QualifierNotTaken = Error("LEO0219", Binding, "Qualifier the property does not take", "property '{0}' of {1} does not take the qualifier '{2}'; {3}, or add '{2}' to the property's qualifiers= in the schema");
    public static readonly DiagnosticDescriptor ValueTooLong = Error("LEO0240", Binding, "Value text too long", "a {0} is at most {1} characters of text; annotate the value alone, not the sentence around it");

    // Consistency across documents
    public static readonly DiagnosticDescriptor Conflict = Error("LEO0301", Consistency, "Sources disagree", "{0}.{1} is {2} here but {3} at {4}; if the sources really disagree, mark the one to trust with rank=preferred why=\"...\" (or the other rank=deprecated)");
    public static readonly DiagnosticDescriptor BeforeBirth = Error("LEO0302", Consistency, "Date before birth", "{0}.{1} is dated {2}, before {3} was born ({4}); check the date, or the subject (of=) if the fact is about someone else");
    public static readonly DiagnosticDescriptor AfterDeath = Error("LEO0303", Consistency, "Date after death", "{0}.{1} is dated {2}, after {3} died ({4}); check the date, or mark '{1}' posthumous=true in the schema if it can happen after death");
    public static readonly DiagnosticDescriptor CountMismatch = Error("LEO0304", Consistency, "Count word disagrees", "'{0}' says {1}, but {2} has {3} '{4}' statement(s); annotate the missing ones or correct the count");
    public static readonly DiagnosticDescriptor ConversionMismatch = Error("LEO0305", Consistency, "Unit conversion disagrees", "'{0}' ({1}) is not a conversion of '{2}' ({3}); the amounts differ by more than their rounding");
    public static readonly DiagnosticDescriptor AgeMismatch = Error("LEO0306", Consistency, "Age does not follow from the dates", "'{0}' says {1} years, but {5}'s dates, {2} to {3}, give {4}; check the age, the dates, or the subject (of=)");
    public static readonly DiagnosticDescriptor WeekdayMismatch = Error("LEO0307", Consistency, "Weekday does not fit the date", "the text says '{0}', but {1} was a {2}; correct v= or the text");
    public static readonly DiagnosticDescriptor NearMiss = Warning("LEO0308", Consistency, "Possible misspelling", "'{0}' is one edit away from '{1}', a name of {2}; mark a misspelling kept verbatim with .sic, or an accepted spelling with .variant");

    // Emission (issue 7): bounds of the generated data.
    public static readonly DiagnosticDescriptor DataTooLarge = Error("LEO0501", Emission, "Generated data too large", "{0} holds more data than one generated literal can carry; {1}");
    public static readonly DiagnosticDescriptor TooManyNamedEntities = Warning("LEO0502", Emission, "Too many entities for named accessors", "kind '{0}' has {1} entities; only the first {2} by id get a named accessor, the others are reached with {3}.Get(id) or {3}.All; split the kind if each needs a name in code");
    public static readonly DiagnosticDescriptor RuntimeMissing = Error("LEO0503", Emission, "LeonovData.Runtime not referenced", "the generated types need the LeonovData.Runtime assembly of LeonovData {0}, which the LeonovData package adds to the project's references; this compilation {1}; reference the package without ExcludeAssets=compile, or reference LeonovData.Runtime.dll of the same version");
    public static readonly DiagnosticDescriptor OutOfOrder = Error("LEO0309", Consistency, "Dates out of the schema's order", "{0}.{1} is {2}, before its {3} ({4}) at {5}, but the schema says {1} comes after {3}; check both dates, or the subject (of=)");
    public static readonly DiagnosticDescriptor OutOfRange = Error("LEO0310", Consistency, "Value outside its plausible range", "{0}.{1} is {2}, {3} the schema's {4}; check the value, or widen the range in the schema");

    // MSBuild options
    public static readonly DiagnosticDescriptor InvalidOption = Error("LEO0801", Configuration, "Invalid MSBuild option", "{0}={1} is not valid: {2}");
    public static readonly DiagnosticDescriptor SchemaRepeatsBundled = Error("LEO0802", Configuration, "Own schema repeats the bundled Leonov schema", "{0} the bundled Leonov schema, which the project includes; to use only your own schema set <LeonovDataIncludeLeonovCorpus>false</LeonovDataIncludeLeonovCorpus> (or leave it unset), to extend the Leonov corpus remove the repeated declarations");

    // The generator itself
    public static readonly DiagnosticDescriptor InternalError = Error("LEO0901", Generator, "LeonovData failed unexpectedly", "LeonovData failed while {0}: {1}; please report this with the document that caused it");

    private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = new()
    {
        [UnclosedSpan.Id] = UnclosedSpan,
        [MissingAttributeBlock.Id] = MissingAttributeBlock,
        [StrayClosingBracket.Id] = StrayClosingBracket,
        [StrayBrace.Id] = StrayBrace,
        [UnknownEscape.Id] = UnknownEscape,
        [UnclosedAttributeBlock.Id] = UnclosedAttributeBlock,
        [UnclosedQuote.Id] = UnclosedQuote,
        [UnquotedPunctuation.Id] = UnquotedPunctuation,
        [MalformedAttribute.Id] = MalformedAttribute,
        [NestingTooDeep.Id] = NestingTooDeep,
        [UnclosedComment.Id] = UnclosedComment,
        [MisplacedHeader.Id] = MisplacedHeader,
        [ControlCharacter.Id] = ControlCharacter,
        [SpaceBeforeBlock.Id] = SpaceBeforeBlock,
        [BlockClosesNoSpan.Id] = BlockClosesNoSpan,
        [BlockWithoutBracket.Id] = BlockWithoutBracket,
        [TooManyAttributes.Id] = TooManyAttributes,
        [SchemaSyntax.Id] = SchemaSyntax,
        [SchemaUnknownType.Id] = SchemaUnknownType,
        [SchemaDuplicate.Id] = SchemaDuplicate,
        [NoSchema.Id] = NoSchema,
        [UnknownKind.Id] = UnknownKind,
        [UnknownProperty.Id] = UnknownProperty,
        [InvalidValue.Id] = InvalidValue,
        [ValueDisagrees.Id] = ValueDisagrees,
        [UnknownEntity.Id] = UnknownEntity,
        [DuplicateId.Id] = DuplicateId,
        [IncompleteSpan.Id] = IncompleteSpan,
        [InvalidNormalizedValue.Id] = InvalidNormalizedValue,
        [UnknownAttribute.Id] = UnknownAttribute,
        [TypeMismatch.Id] = TypeMismatch,
        [UnknownStatement.Id] = UnknownStatement,
        [RankWithoutReason.Id] = RankWithoutReason,
        [HeaderProblem.Id] = HeaderProblem,
        [TextChanged.Id] = TextChanged,
        [ValueNeedsV.Id] = ValueNeedsV,
        [BadConversion.Id] = BadConversion,
        [AmbiguousSpan.Id] = AmbiguousSpan,
        [WrongEntityKind.Id] = WrongEntityKind,
        [QualifierNotTaken.Id] = QualifierNotTaken,
        [ValueTooLong.Id] = ValueTooLong,
        [Conflict.Id] = Conflict,
        [BeforeBirth.Id] = BeforeBirth,
        [AfterDeath.Id] = AfterDeath,
        [CountMismatch.Id] = CountMismatch,
        [ConversionMismatch.Id] = ConversionMismatch,
        [AgeMismatch.Id] = AgeMismatch,
        [WeekdayMismatch.Id] = WeekdayMismatch,
        [NearMiss.Id] = NearMiss,
        [DataTooLarge.Id] = DataTooLarge,
        [TooManyNamedEntities.Id] = TooManyNamedEntities,
        [RuntimeMissing.Id] = RuntimeMissing,
        [OutOfOrder.Id] = OutOfOrder,
        [OutOfRange.Id] = OutOfRange,
        [InvalidOption.Id] = InvalidOption,
        [SchemaRepeatsBundled.Id] = SchemaRepeatsBundled,
        [InternalError.Id] = InternalError,
    };

    public static IReadOnlyCollection<DiagnosticDescriptor> All => s_byId.Values;

    public static DiagnosticDescriptor ById(string id) => s_byId[id];

    private static DiagnosticDescriptor Error(string id, string category, string title, string message) =>
        Create(id, category, title, message, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Warning(string id, string category, string title, string message) =>
        Create(id, category, title, message, DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Create(string id, string category, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id.ToLowerInvariant());
}
