using System.CommandLine;
using System.Text.Json;
using LeonovData.Tool.Checking;
using LeonovData.Tool.Exporting;

namespace LeonovData.Tool.Commands;

/// <summary>
/// <c>leo export</c>: the dataset with no C# project. Documents with errors export nothing (a build
/// would produce no data either): their diagnostics go to standard error and the exit code is 1.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CommonOptions common)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "json (the document Dataset.ToJson() writes, byte for byte), jsonl (a statement a line) or csv (a statement a row)",
            DefaultValueFactory = static _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "jsonl", "csv");
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file instead of standard output" };

        var command = new Command("export", "Write the dataset as JSON, JSON Lines or CSV");
        common.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(parsed => Guarded.Run(() =>
        {
            var analysis = common.Analyse(parsed);
            if (Blocked(analysis))
            {
                return ExitCodes.DocumentErrors;
            }

            string json;
            using (common.Progress(parsed).Note("Compiling the generated dataset"))
            {
                json = DatasetCompiler.ToJson(analysis.Corpus, analysis.Options);
            }

            using var stream = Output.Open(parsed.GetValue(output));
            switch (parsed.GetValue(format))
            {
                case "jsonl":
                    using (var document = JsonDocument.Parse(json))
                    {
                        JsonLinesWriter.Write(document, stream);
                    }

                    break;
                case "csv":
                    using (var document = JsonDocument.Parse(json))
                    using (var writer = Output.Writer(stream))
                    {
                        CsvWriter.Write(document, writer);
                    }

                    break;
                default:
                    stream.Write(Output.Utf8.GetBytes(json));
                    break;
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>Prints the run's warnings and errors to standard error; true when errors stop the command.</summary>
    public static bool Blocked(Analysis analysis)
    {
        var report = Report.Of(analysis.Diagnostics, EditorConfigSeverities.Read(analysis.Inputs.Root));
        TextFormat.Write(report, Console.Error);
        return report.Errors > 0;
    }
}
