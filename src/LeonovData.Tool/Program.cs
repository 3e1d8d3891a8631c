using System.CommandLine;
using LeonovData.Tool;
using LeonovData.Tool.Commands;

var common = new CommonOptions();
var root = new RootCommand("leo: check, export, strip, measure and browse LeonovData annotated documents with the generator's own stages (docs/cli.md)");
root.Subcommands.Add(CheckCommand.Create(common));
root.Subcommands.Add(ExportCommand.Create(common));
root.Subcommands.Add(StripCommand.Create());
root.Subcommands.Add(StatsCommand.Create(common));
root.Subcommands.Add(HtmlCommand.Create(common));

var parsed = root.Parse(args);
return parsed.Errors.Count > 0 ? Usage(parsed) : parsed.Invoke();

static int Usage(ParseResult parsed)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine("leo: " + error.Message);
    }

    Console.Error.WriteLine("Run 'leo --help' for usage.");
    return ExitCodes.Usage;
}
