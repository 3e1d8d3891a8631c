using System.CommandLine;
using LeonovData.Tool.Inputs;

namespace LeonovData.Tool;

/// <summary>The inputs every command reads, given the same way everywhere.</summary>
internal sealed class CommonOptions
{
    public Argument<string[]> Paths { get; } = new("paths")
    {
        Description = "Folders, files or globs of .leo documents and .leoschema schemas (default: the current folder, recursively, without bin/, obj/ and hidden folders)",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<bool> Leonov { get; } = new("--leonov")
    {
        Description = "Also read the Leonov corpus bundled with the tool (what LeonovDataIncludeLeonovCorpus=true does in a build)",
    };

    public Option<string?> Namespace { get; } = new("--namespace")
    {
        Description = "The LeonovDataNamespace the generated code would use (export compiles it)",
    };

    public Option<bool> Quiet { get; } = new("--quiet", "-q")
    {
        Description = "No progress and no summary on standard error",
    };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Paths);
        command.Options.Add(Leonov);
        command.Options.Add(Namespace);
        command.Options.Add(Quiet);
    }

    /// <summary>Finds the inputs and runs the generator's stages over them.</summary>
    public Analysis Analyse(ParseResult parsed)
    {
        var inputs = InputFiles.Find(parsed.GetValue(Paths) ?? [], parsed.GetValue(Leonov), Environment.CurrentDirectory);
        if (inputs.Documents.IsEmpty && inputs.Schemas.IsEmpty)
        {
            throw new UsageException($"no .leo document or .leoschema schema under {inputs.Root} (give a folder or files, or --leonov for the bundled corpus)");
        }

        var properties = new BuildProperties(inputs.Root, parsed.GetValue(Namespace), visibility: null, parsed.GetValue(Leonov));
        return Analysis.Run(inputs, properties, Progress(parsed));
    }

    public Progress Progress(ParseResult parsed) => Tool.Progress.ForConsole(parsed.GetValue(Quiet));
}
