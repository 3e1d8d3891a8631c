using System.CommandLine;
using LeonovData.Generator;
using LeonovData.Generator.Diagnostics;
using LeonovData.Tool.Checking;
using LeonovData.Tool.Inputs;

namespace LeonovData.Tool.Commands;

/// <summary>
/// <c>leo strip file.leo</c>: the document with every piece of markup removed, which is the source
/// text exactly (the no-alteration rule), as the parser computes it for the header's sha256 check.
/// </summary>
internal static class StripCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The annotated document (.leo)" };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file instead of standard output" };
        var command = new Command("strip", "Print a document's raw source text: the annotated text with all markup removed");
        command.Arguments.Add(file);
        command.Options.Add(output);
        command.SetAction(parsed => Guarded.Run(() =>
        {
            var path = parsed.GetValue(file)!;
            if (!path.Exists)
            {
                throw new UsageException($"'{path}' does not exist");
            }

            var document = Stages.Parse(new FileText(path.FullName), LeonovData.Generator.Model.DocumentPaths.None, CancellationToken.None);
            if (document.HasErrors)
            {
                // Markup that does not parse cannot be removed faithfully: say where, print nothing.
                TextFormat.Write(Report.Of(document.Diagnostics, ConfiguredSeverities.None), Console.Error);
                return ExitCodes.DocumentErrors;
            }

            using var stream = Output.Open(parsed.GetValue(output));
            stream.Write(Output.Utf8.GetBytes(document.Text));
            return ExitCodes.Success;
        }));
        return command;
    }
}
