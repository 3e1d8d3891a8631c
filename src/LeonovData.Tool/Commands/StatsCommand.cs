using System.CommandLine;
using LeonovData.Tool.Stats;

namespace LeonovData.Tool.Commands;

/// <summary><c>leo stats</c>: what was annotated, per document and kind, and what looks missed.</summary>
internal static class StatsCommand
{
    public static Command Create(CommonOptions common)
    {
        var json = new Option<bool>("--json") { Description = "Write the figures as JSON" };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file instead of standard output" };
        var command = new Command("stats", "Count spans, statements, entities and precisions per document and kind, and list date-, number- and quantity-like text left unannotated");
        common.AddTo(command);
        command.Options.Add(json);
        command.Options.Add(output);
        command.SetAction(parsed => Guarded.Run(() =>
        {
            var analysis = common.Analyse(parsed);
            var stats = CorpusStats.Of(analysis);
            using var stream = Output.Open(parsed.GetValue(output));
            if (parsed.GetValue(json))
            {
                StatsJson.Write(stats, stream);
            }
            else
            {
                using var writer = Output.Writer(stream);
                StatsText.Write(stats, analysis.Inputs.Root, writer);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
