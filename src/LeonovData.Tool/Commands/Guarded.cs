using LeonovData.Tool.Exporting;
using LeonovData.Tool.Inputs;

namespace LeonovData.Tool.Commands;

/// <summary>Turns a wrong command line into exit code 2 and a defect into exit code 3, each with one clear line.</summary>
internal static class Guarded
{
    public static int Run(Func<int> command)
    {
        try
        {
            return command();
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine("leo: " + e.Message);
            return ExitCodes.Usage;
        }
        catch (ExportException e)
        {
            Console.Error.WriteLine("leo: " + e.Message);
            return ExitCodes.ToolFailure;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine("leo: " + e.Message);
            return ExitCodes.ToolFailure;
        }
        catch (UnauthorizedAccessException e)
        {
            Console.Error.WriteLine("leo: " + e.Message);
            return ExitCodes.ToolFailure;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A defect of the tool: say so in one place, with what a report needs.
            Console.Error.WriteLine("leo: unexpected failure, please report it: " + e);
            return ExitCodes.ToolFailure;
        }
    }
}
