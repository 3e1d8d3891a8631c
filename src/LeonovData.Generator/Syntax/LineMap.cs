using System;
using System.Collections.Generic;
using LeonovData.Generator.Model;

namespace LeonovData.Generator.Syntax;

/// <summary>
/// Turns offsets into the line and column a build prints. Line breaks are those Roslyn's
/// <c>SourceText</c> recognises (CR, LF, CRLF, U+0085, U+2028, U+2029), so our positions are the
/// positions an IDE shows for the same file.
/// </summary>
internal sealed class LineMap
{
    private readonly string _path;
    private readonly int[] _lineStarts;

    /// <param name="path">The path diagnostics name the file by.</param>
    /// <param name="text">The file's text.</param>
    /// <param name="starts">
    /// A list to gather the line starts in, emptied first: the document parser lends its thread's list,
    /// so that a document's lines cost one array of their exact size (a list grown by doubling, then
    /// copied, was most of the int arrays parsing allocated). The map keeps that array, not the list:
    /// a parsed document keeps its map, to place its spans and attributes when asked.
    /// </param>
    public LineMap(string path, string text, List<int>? starts = null)
    {
        _path = path;
        starts ??= new List<int>();
        starts.Clear();
        starts.Add(0);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c is '\n' or '\u0085' or '\u2028' or '\u2029')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = starts.ToArray();
    }

    public LocationInfo Locate(int start, int length)
    {
        var (startLine, startColumn) = Position(start);
        var (endLine, endColumn) = Position(start + length);
        return new LocationInfo(_path, start, length, startLine, startColumn, endLine, endColumn);
    }

    /// <summary>The path diagnostics name the file by.</summary>
    public string Path => _path;

    /// <summary>The line and column of <paramref name="offset"/>, both zero-based.</summary>
    public (int Line, int Column) Position(int offset)
    {
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return (line, offset - _lineStarts[line]);
    }
}
