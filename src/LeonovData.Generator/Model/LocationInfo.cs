using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LeonovData.Generator.Model;

/// <summary>
/// A place in an annotated file, carried as plain data between pipeline stages (a Roslyn
/// <see cref="Location"/> would pin the compilation and defeat caching). Lines and columns are
/// zero-based here, as in Roslyn; diagnostics print them one-based.
/// </summary>
internal sealed record LocationInfo(string FilePath, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public Location ToLocation() => Location.Create(
        FilePath,
        new TextSpan(Start, Length),
        new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));

    /// <summary>The <c>file(line,col)</c> form a build prints, one-based.</summary>
    public string Display(string fileName) => $"{fileName}({StartLine + 1},{StartColumn + 1})";

    /// <summary>The start of a file, for problems that concern the whole file.</summary>
    public static LocationInfo FileStart(string path) => new(path, 0, 0, 0, 0, 0, 0);

    /// <summary>The file name of a path, whichever separator it uses: citations name documents by it.</summary>
    public static string FileNameOf(string path)
    {
        var slash = path.LastIndexOfAny(new[] { '/', '\\' });
        return slash < 0 ? path : path.Substring(slash + 1);
    }
}
