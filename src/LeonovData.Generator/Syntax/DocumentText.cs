namespace LeonovData.Generator.Syntax;

/// <summary>
/// A document as read: its path and its text, compared by value. Parsing starts from this rather
/// than from the compiler's <c>AdditionalText</c>, which compares by reference: a driver the
/// compiler server kept from the last build receives new <c>AdditionalText</c> objects for every
/// file, and only a document whose text changed should be parsed again.
/// </summary>
/// <param name="Path">The path the compiler gives.</param>
/// <param name="Text">The text; null when the compiler could not read the file.</param>
internal sealed record DocumentText(string Path, string? Text)
{
    /// <summary>Why the text could not be read, when <see cref="Text"/> is null and the reason is known.</summary>
    public string? Problem { get; init; }
}
