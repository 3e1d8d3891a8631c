using LeonovData.Generator.Diagnostics;
using LeonovData.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LeonovData.Tool.Checking;

/// <summary>
/// The severities a build would apply, read with Roslyn's own .editorconfig and .globalconfig reader.
/// A build applies the .editorconfig severities set for the project's C# files (see
/// <see cref="ConfiguredSeverities"/>): the tool asks for a C# file at the root of the inputs.
/// A .globalconfig applies to every diagnostic of the compilation and so wins, as in a build.
/// </summary>
internal static class EditorConfigSeverities
{
    public static ConfiguredSeverities Read(string projectDirectory)
    {
        var editorConfigs = new List<AnalyzerConfig>();
        var globalConfigs = new List<AnalyzerConfig>();
        for (var folder = new DirectoryInfo(projectDirectory); folder is not null; folder = folder.Parent)
        {
            var globalConfig = Path.Combine(folder.FullName, ".globalconfig");
            if (File.Exists(globalConfig))
            {
                globalConfigs.Add(Parse(globalConfig));
            }

            var editorConfig = Path.Combine(folder.FullName, ".editorconfig");
            if (File.Exists(editorConfig))
            {
                editorConfigs.Add(Parse(editorConfig));
                if (IsRoot(editorConfig))
                {
                    break;
                }
            }
        }

        var set = AnalyzerConfigSet.Create(editorConfigs.Concat(globalConfigs).ToList(), out _);
        var perFile = set.GetOptionsForSourcePath(Path.Combine(projectDirectory, "Program.cs")).TreeOptions;
        var global = set.GlobalConfigOptions.TreeOptions;

        var values = new List<ConfiguredSeverity>();
        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            if (global.TryGetValue(descriptor.Id, out var fromGlobal) && fromGlobal != ReportDiagnostic.Default)
            {
                values.Add(new ConfiguredSeverity(descriptor.Id, fromGlobal));
            }
            else if (perFile.TryGetValue(descriptor.Id, out var fromEditorConfig) && fromEditorConfig != ReportDiagnostic.Default)
            {
                values.Add(new ConfiguredSeverity(descriptor.Id, fromEditorConfig));
            }
        }

        values.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        return values.Count == 0 ? ConfiguredSeverities.None : new ConfiguredSeverities(values.ToEquatableArray());
    }

    // "root = true" before the first section ends the search upwards (Roslyn keeps this to itself).
    private static bool IsRoot(string path) =>
        File.ReadLines(path)
            .Select(static line => line.Trim())
            .TakeWhile(static line => !line.StartsWith('['))
            .Any(static line => line.Replace(" ", "", StringComparison.Ordinal).Equals("root=true", StringComparison.OrdinalIgnoreCase));

    private static AnalyzerConfig Parse(string path) => AnalyzerConfig.Parse(SourceText.From(File.ReadAllText(path)), path);
}
