using System;
using LeonovData.Generator.Syntax;

namespace LeonovData.Generator.Model;

/// <summary>
/// Where a span (or an attribute) stands in its file, as numbers: its offset and length, with its
/// document's <see cref="LineMap"/> to turn them into the path, lines and columns a diagnostic names.
/// A <see cref="LocationInfo"/> is made only when asked for (<see cref="ToLocation"/>): to report a
/// diagnostic, or for the tool.
/// </summary>
/// <remarks>
/// <para>
/// The bound model holds one inside each statement, qualifier, mention and declaration. A
/// <see cref="LocationInfo"/> object each (48 bytes and a reference) was a fifth of what binding a
/// corpus allocated, and the driver kept every one; the line map is the parse's own, made anyway, so a
/// place costs its holder a reference and two numbers and nothing else (the driver keeps each
/// document's line starts, an <c>int</c> per line, instead of a location per span).
/// </para>
/// <para>
/// Compared as the location it stands for: path, offsets, and the lines and columns of its start and
/// end, so that a span that keeps its offsets while a line break moves before or inside it still
/// changes what holds it. Two places of one line map compare by their offsets alone.
/// </para>
/// </remarks>
internal readonly struct SpanPlace : IEquatable<SpanPlace>
{
    /// <summary>The document's <see cref="LineMap"/>, or, for a place given as a location (tests, the tool), that location.</summary>
    private readonly object? _source;

    public SpanPlace(LineMap lines, int start, int length)
    {
        _source = lines;
        Start = start;
        Length = length;
    }

    private SpanPlace(LocationInfo location)
    {
        _source = location;
        Start = location.Start;
        Length = location.Length;
    }

    public int Start { get; }

    public int Length { get; }

    /// <summary>The path diagnostics name the file by.</summary>
    public string Path => _source switch
    {
        LineMap lines => lines.Path,
        LocationInfo location => location.FilePath,
        _ => string.Empty,
    };

    /// <summary>The place <paramref name="location"/> names, kept as that object.</summary>
    public static SpanPlace Of(LocationInfo location) => new(location);

    /// <summary>The location it stands for: a new object on every call, unless it was given as one.</summary>
    public LocationInfo ToLocation() => _source switch
    {
        LineMap lines => lines.Locate(Start, Length),
        LocationInfo location => location,
        _ => LocationInfo.FileStart(string.Empty),
    };

    /// <summary>Another place of the same file, as the binder places a span's attributes.</summary>
    /// <exception cref="InvalidOperationException">The place was given as a location: it has no line map to place another by.</exception>
    public SpanPlace At(int start, int length) => _source is LineMap lines
        ? new SpanPlace(lines, start, length)
        : throw new InvalidOperationException("a place given as a location places nothing else");

    /// <summary>Another place of the same file, or null when it was given as a location (as tests and the tool give places).</summary>
    public SpanPlace? TryAt(int start, int length) => _source is LineMap lines ? new SpanPlace(lines, start, length) : null;

    /// <summary>Whether <paramref name="inner"/> stands within it, in the same file.</summary>
    public bool Encloses(SpanPlace inner) =>
        Start <= inner.Start && inner.Start + inner.Length <= Start + Length && string.Equals(Path, inner.Path, StringComparison.Ordinal);

    public bool Equals(SpanPlace other) =>
        Start == other.Start && Length == other.Length
            && (ReferenceEquals(_source, other._source)
                || (string.Equals(Path, other.Path, StringComparison.Ordinal)
                    && StartPosition == other.StartPosition && EndPosition == other.EndPosition));

    /// <summary>The zero-based line and column of its start.</summary>
    public (int Line, int Column) StartPosition => _source switch
    {
        LineMap lines => lines.Position(Start),
        LocationInfo location => (location.StartLine, location.StartColumn),
        _ => (0, 0),
    };

    private (int Line, int Column) EndPosition => _source switch
    {
        LineMap lines => lines.Position(Start + Length),
        LocationInfo location => (location.EndLine, location.EndColumn),
        _ => (0, 0),
    };

    public override bool Equals(object? obj) => obj is SpanPlace other && Equals(other);

    // Path and offsets only: equal places have equal ones, and hashing needs no line looked up.
    public override int GetHashCode() => ((Path.GetHashCode() * 31) + Start) * 31 + Length;

    public static bool operator ==(SpanPlace left, SpanPlace right) => left.Equals(right);

    public static bool operator !=(SpanPlace left, SpanPlace right) => !left.Equals(right);

    public override string ToString() => ToLocation().Display(Path);
}
