namespace LeonovData.Generator.Values;

/// <summary>A name exactly as covered; <see cref="Normalized"/> folds its white space.</summary>
internal sealed record NameValue(string Text) : Value
{
    public override ValueKind Kind => ValueKind.Name;

    // Computed on demand rather than stored: a stored copy would go stale under `with { Text = … }`.
    public override string Normalized => WhiteSpace.Fold(Text);

    public override string? Precision => null;
}
