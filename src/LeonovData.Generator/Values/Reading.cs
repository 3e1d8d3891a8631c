namespace LeonovData.Generator.Values;

/// <summary>A value read by a grammar, or the message fragment that says why not.</summary>
internal readonly struct Reading<T>
    where T : class
{
    private Reading(T? value, string? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public string? Error { get; }

    public bool Succeeded => Value is not null;

    public static Reading<T> Ok(T value) => new(value, null);

    public static Reading<T> Fail(string error) => new(null, error);
}
