using System.CommandLine;
using LeonovData.Tool.Site;

namespace LeonovData.Tool.Commands;

/// <summary><c>leo html -o DIR</c>: the dataset as a static, offline site (docs/cli.md).</summary>
internal static class HtmlCommand
{
    public static Command Create(CommonOptions common)
    {
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = "The folder to write the site into (created; files of the site are replaced)", Required = true };
        var command = new Command("html", "Write a static site: highlighted documents, entity pages, a timeline and the disagreements");
        common.AddTo(command);
        command.Options.Add(output);
        command.SetAction(parsed => Guarded.Run(() =>
        {
            var analysis = common.Analyse(parsed);
            if (ExportCommand.Blocked(analysis))
            {
                return ExitCodes.DocumentErrors;
            }

            var folder = parsed.GetValue(output)!;
            var pages = SiteWriter.Write(analysis, folder.FullName, common.Progress(parsed));
            if (!parsed.GetValue(common.Quiet))
            {
                Console.Error.WriteLine($"{pages} pages in {folder.FullName}; open index.html");
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
