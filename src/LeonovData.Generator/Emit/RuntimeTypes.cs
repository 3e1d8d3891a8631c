namespace LeonovData.Generator.Emit;

/// <summary>
/// The public types of LeonovData.Runtime (namespace <c>LeonovData</c>) and the generated
/// <c>Dataset</c>: the schema's own type names must not take them, or a consumer that imports both
/// namespaces could not name either. RuntimeTypesTests checks the list against the assembly.
/// </summary>
internal static class RuntimeTypes
{
    public static System.Collections.Generic.IReadOnlyCollection<string> Names { get; } = new[]
    {
        "Area", "Catalogue", "Citation", "Comparator", "Corpus", "DataLiteral", "DataSource", "Dataset", "DatasetCode", "DateInterval", "DatePrecision",
        "Dimension", "Duration", "DurationUnit", "Entity", "EntityData", "EntityLookup", "EntityRef", "Fact", "IMeasure",
        "Instant", "Mass", "PartialDate", "Qualifier", "Quantity", "Rank", "SchemaProperty", "ShardData", "ShardText",
        "Source", "Speed", "Statement", "StringDataSource", "StringShardData", "StringShardText", "Temperature",
        "TimePrecision", "Units", "Volume",
    };
}
