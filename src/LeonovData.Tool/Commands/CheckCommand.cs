using System.CommandLine;
using LeonovData.Tool.Checking;

namespace LeonovData.Tool.Commands;

/// <summary><c>leo check</c>: the diagnostics a build would print, and its verdict as the exit code.</summary>
internal static class CheckCommand
{
    public static Command Create(CommonOptions common)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "text (as a build prints), json (diagnostics as data) or sarif (SARIF 2.1.0)",
            DefaultValueFactory = static _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file instead of standard output" };

        var command = new Command("check", "Report every problem in the documents exactly as a build does; exit 1 on errors");
        common.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(parsed => Guarded.Run(() =>
        {
            var analysis = common.Analyse(parsed);
            var report = Report.Of(analysis.Diagnostics, EditorConfigSeverities.Read(analysis.Inputs.Root));
            using (var stream = Output.Open(parsed.GetValue(output)))
            {
                switch (parsed.GetValue(format))
                {
                    case "json":
                        JsonFormat.Write(report, stream);
                        break;
                    case "sarif":
                        SarifFormat.Write(report, analysis.Inputs.Root, stream);
                        break;
                    default:
                        using (var writer = Output.Writer(stream))
                        {
                            TextFormat.Write(report, writer);
                        }

                        break;
                }
            }

            if (!parsed.GetValue(common.Quiet))
            {
                Console.Error.WriteLine(report.Summary(analysis.Documents.Length));
            }

            return report.Errors > 0 ? ExitCodes.DocumentErrors : ExitCodes.Success;
        }));
        return command;
    }
}
