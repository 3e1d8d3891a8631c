using LeonovData.Fuzz;
using SharpFuzz;

// leonov-fuzz <target>                    run under afl-fuzz (fuzz.sh does this)
// leonov-fuzz <target> --replay <paths>   run files or folders of inputs once, report the first failure
// leonov-fuzz seeds <repository> <out>    write each target's starting inputs to out/<target>/
if (args.Length == 3 && args[0] == "seeds")
{
    SeedInputs.Write(args[1], args[2]);
    return 0;
}

if (args.Length == 0 || !FuzzTargets.All.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine("usage: leonov-fuzz <target> [--replay <file or folder>...] | seeds <repository> <out>");
    Console.Error.WriteLine("targets: " + string.Join(", ", FuzzTargets.All.Keys));
    return 2;
}

if (args.Length > 1 && args[1] == "--replay")
{
    var files = args.Skip(2).SelectMany(static p => Directory.Exists(p) ? Directory.GetFiles(p, "*", SearchOption.AllDirectories) : new[] { p }).Order(StringComparer.Ordinal);
    foreach (var file in files)
    {
        try
        {
            target(FuzzInput.Decode(File.ReadAllBytes(file)));
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"{file}: {e}");
            return 1;
        }
    }

    return 0;
}

Fuzzer.OutOfProcess.Run(stream => target(FuzzInput.Decode(FuzzInput.ReadAll(stream))));
return 0;
