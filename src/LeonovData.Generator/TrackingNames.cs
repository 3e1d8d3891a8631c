namespace LeonovData.Generator;

/// <summary>
/// The names of the pipeline's steps, for incremental-caching tests. Every name here is a step whose
/// output is a model (tests walk them for compiler objects), so the file filters have none.
/// </summary>
internal static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string Target = nameof(Target);
    public const string EmitOptions = nameof(EmitOptions);
    public const string Parsed = nameof(Parsed);
    public const string Schemas = nameof(Schemas);
    public const string Schema = nameof(Schema);
    public const string Bound = nameof(Bound);
    public const string Checked = nameof(Checked);
    public const string Output = nameof(Output);
    public const string Severities = nameof(Severities);
}
