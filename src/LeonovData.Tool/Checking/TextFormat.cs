using System.Globalization;
using Microsoft.CodeAnalysis;

namespace LeonovData.Tool.Checking;

/// <summary>
/// One line per diagnostic in the compiler's own words: <c>path(line,col): error LEO0203: message</c>,
/// formatted by Roslyn's <see cref="DiagnosticFormatter"/> as csc formats it. Infos are left out, as
/// a build at its default verbosity leaves them out.
/// </summary>
internal static class TextFormat
{
    private static readonly DiagnosticFormatter Formatter = new();

    public static void Write(Report report, TextWriter output)
    {
        foreach (var diagnostic in report.Diagnostics)
        {
            if (diagnostic.Severity >= DiagnosticSeverity.Warning)
            {
                output.Write(Formatter.Format(diagnostic, CultureInfo.InvariantCulture));
                output.Write('\n');
            }
        }
    }
}
