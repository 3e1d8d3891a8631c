using LeonovData.Generator.Model;

namespace LeonovData.Generator.Syntax;

/// <summary>
/// Where something on one line of a file stands (a block: a block closes on its line, and its
/// attributes are placed from it), kept as numbers; its <see cref="LocationInfo"/> is made when asked
/// (a diagnostic, a declaration, a qualifier's target). A corpus has hundreds of thousands of
/// attributes and blocks, and an object for each one's place was a quarter of what parsing allocated.
/// </summary>
/// <param name="FilePath">The file it stands in.</param>
/// <param name="Start">Where it starts in the file.</param>
/// <param name="Length">Its length as written.</param>
/// <param name="Line">Its line, zero-based.</param>
/// <param name="Column">The column it starts at, zero-based.</param>
internal readonly record struct LinePlace(string FilePath, int Start, int Length, int Line, int Column)
{
    public LocationInfo ToLocation() => Part(0, Length);

    /// <summary>The part of it <paramref name="offset"/> chars in, <paramref name="length"/> long.</summary>
    public LocationInfo Part(int offset, int length) => new(FilePath, Start + offset, length, Line, Column + offset, Line, Column + offset + length);
}
