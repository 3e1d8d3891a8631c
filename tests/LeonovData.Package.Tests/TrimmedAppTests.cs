namespace LeonovData.Package.Tests;

using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using LeonovData.Package.Tests.TestSupport;
using Xunit;

/// <summary>
/// A program published trimmed (<c>PublishTrimmed</c>) reads the same data as the same program built
/// as usual, and keeps the table of contents of its data literals: the runtime reads that literal from
/// the assembly's string heap, no code calls its method, and the generated <c>DynamicDependency</c> is
/// what keeps the trimmer from dropping it (without the table the runtime walks the whole heap). The
/// program is on the default dataset, so its data literals are the precompiled corpus's, which the
/// package's targets make a trimmer root as the program's own assembly is.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class TrimmedAppTests(PackageFixture package)
{
    // The first char of every data literal the generator writes (Emit/PackedLiteral.cs).
    private const char DataLiteral = '\uE04C';

    [Fact]
    public void A_trimmed_program_reads_the_same_data_and_keeps_its_table_of_contents()
    {
        var app = Consumer.Create(package, "Trimmed").Write("Program.cs", """
            using LeonovData;

            Console.WriteLine(People.AlexeiLeonov.Born);
            Console.WriteLine(People.AlexeiLeonov.BornFact?.Citation);
            Console.WriteLine(Dataset.ToJson());
            """);

        var built = app.BuildAndRun();
        var publish = app.Dotnet("publish", app.ProjectFile, "-nologo", "-tl:off", "-nodeReuse:false", "-c", "Release", "-r", System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier, "--self-contained", "-p:PublishTrimmed=true", "-o", app.PathOf("trimmed"));
        Assert.True(publish.ExitCode == 0, publish.ToString());
        Assert.DoesNotContain("warning IL", publish.Output, StringComparison.Ordinal);

        var trimmed = DotNet.RunProgram(app.PathOf(Path.Combine("trimmed", app.Name + (OperatingSystem.IsWindows() ? ".exe" : string.Empty))));
        Assert.True(trimmed.ExitCode == 0, trimmed.ToString());
        Assert.Equal(built, trimmed.Output);

        // The trimmed heap holds the same data literals, table first, one after another: the table lists
        // each one's key and size, so its addresses hold there as they do in the untrimmed build.
        var before = DataLiterals(Path.Combine(Path.GetDirectoryName(app.OutputAssembly)!, "LeonovData.LeonovCorpus.dll"));
        var after = DataLiterals(app.PathOf(Path.Combine("trimmed", "LeonovData.LeonovCorpus.dll")));
        Assert.True(before.Contiguous, "the untrimmed heap's data literals follow one another");
        Assert.True(after.Contiguous, "the trimmed heap's data literals follow one another");
        Assert.True(before.Literals.Count > 1, "the program has data literals besides the table");
        Assert.StartsWith(DataLiteral + "toc", after.Literals[0], StringComparison.Ordinal);
        Assert.Equal(before.Literals, after.Literals);
    }

    /// <summary>The data literals of an assembly's <c>#US</c> heap in order, and whether no other string stands between two of them.</summary>
    private static (List<string> Literals, bool Contiguous) DataLiterals(string assembly)
    {
        using var pe = new PEReader(File.OpenRead(assembly));
        var reader = pe.GetMetadataReader();
        var literals = new List<string>();
        var contiguous = true;
        var ended = false;
        for (var handle = MetadataTokens.UserStringHandle(1); !handle.IsNil; handle = reader.GetNextHandle(handle))
        {
            var text = reader.GetUserString(handle);
            if (text.Length > 0 && text[0] == DataLiteral)
            {
                contiguous &= !ended;
                literals.Add(text);
            }
            else if (literals.Count > 0)
            {
                ended = true;
            }
        }

        return (literals, contiguous);
    }
}
