namespace LeonovData.Package.Tests;

using LeonovData.Package.Tests.TestSupport;
using Xunit;

/// <summary>
/// The bundled corpus ships compiled (build/leonov/compiled/&lt;tfm&gt;/): a project whose whole dataset
/// it is references that assembly instead of compiling the corpus's generated code on every build; any
/// other project compiles from the documents as before (docs/msbuild.md, "The precompiled corpus").
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class PrecompiledCorpusTests(PackageFixture package)
{
    private const string Describe = """
        using LeonovData;
        Console.WriteLine(People.AlexeiLeonov.Born);
        Console.WriteLine(typeof(People).Assembly.GetName().Name);
        Console.WriteLine(Dataset.Sources.Count);
        """;

    private const string EmitGenerated = "<EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>";

    [Fact]
    public void A_default_dataset_consumer_references_the_precompiled_corpus_and_generates_no_source()
    {
        var consumer = Consumer.Create(package, "Precompiled", EmitGenerated).Write("Program.cs", Describe);

        Assert.Equal("1934-05-30\nLeonovData.LeonovCorpus\n4\n", consumer.BuildAndRun());
        Assert.Empty(Generated(consumer));
        Assert.True(File.Exists(consumer.PathOf(Path.Combine("bin", "Debug", "net10.0", "LeonovData.LeonovCorpus.xml"))), "the precompiled corpus's XML docs are not beside it");
    }

    [Fact]
    public void Opting_out_compiles_the_corpus_from_its_documents_with_the_same_output()
    {
        var consumer = Consumer.Create(package, "OptedOut", EmitGenerated + "<LeonovDataPrecompiledCorpus>false</LeonovDataPrecompiledCorpus>").Write("Program.cs", Describe);

        Assert.Equal("1934-05-30\nOptedOut\n4\n", consumer.BuildAndRun());
        Assert.NotEmpty(Generated(consumer));
        Assert.False(File.Exists(consumer.PathOf(Path.Combine("bin", "Debug", "net10.0", "LeonovData.LeonovCorpus.dll"))));
    }

    [Fact]
    public void A_consumer_extending_the_corpus_with_documents_of_its_own_compiles_from_source()
    {
        var output = Consumer.Create(package, "OwnDocument", "<LeonovDataIncludeLeonovCorpus>true</LeonovDataIncludeLeonovCorpus>")
            .Write("my.leoschema", "% my.leoschema %\n{.property #hobby of=person type=name card=many member=Hobbies doc=\"A pastime.\"}\n")
            .Write("my-notes.leo", "{#my-notes .source kind=note subject=alexei-leonov}\nBesides flying, [Leonov]{.person e=alexei-leonov} loved [painting]{.name p=hobby}.\n")
            .Write("Program.cs", Describe)
            .BuildAndRun();

        Assert.Equal("1934-05-30\nOwnDocument\n5\n", output);
    }

    [Fact]
    public void A_document_added_after_the_choice_stops_the_build_and_says_what_to_do()
    {
        // Directory.Build.targets is read after the package's targets chose the precompiled corpus: the
        // document would be compiled apart from the corpus it extends, beside the precompiled types.
        // Default items off, so that the project itself has no document of its own.
        var build = Consumer.Create(package, "LateDocument", "<EnableDefaultLeonovDocumentItems>false</EnableDefaultLeonovDocumentItems>")
            .Write("Directory.Build.targets", "<Project>\n  <ItemGroup>\n    <AdditionalFiles Include=\"late/notes.leo\" />\n  </ItemGroup>\n</Project>\n")
            .Write(Path.Combine("late", "notes.leo"), "{#late-notes .source kind=note subject=alexei-leonov}\n[Leonov]{.person e=alexei-leonov} painted.\n")
            .Write("Program.cs", Describe)
            .Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("references the precompiled Leonov corpus", build.Output, StringComparison.Ordinal);
        Assert.Contains("notes.leo came in after the project file was read", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_app_of_a_library_that_compiled_the_corpus_itself_gets_no_second_copy_of_its_types()
    {
        // LibraryTests: a library on the defaults hands its app the precompiled corpus. Compiled from
        // source in the library, the types are the library's, and the app must not also get the
        // precompiled ones (CS0433).
        var library = Consumer.Create(package, "OptedOutLibrary", "<LeonovDataPrecompiledCorpus>false</LeonovDataPrecompiledCorpus>", outputType: "Library");
        var app = Consumer.CreateAppOf(package, "OtherApp", library)
            .Write("Program.cs", "Console.WriteLine(LeonovData.People.AlexeiLeonov.Died);\nConsole.WriteLine(typeof(LeonovData.People).Assembly.GetName().Name);\n");

        Assert.Equal("2019-10-11\nOptedOutLibrary\n", app.BuildAndRun());
        Assert.False(File.Exists(app.PathOf(Path.Combine("bin", "Debug", "net10.0", "LeonovData.LeonovCorpus.dll"))));
    }

    [Fact]
    public void A_netstandard_CSharp_9_library_compiles_against_the_netstandard_build_and_an_app_runs_it()
    {
        var library = Consumer.Create(package, "Standard", outputType: "Library");
        library.Write(library.Name + ".csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>netstandard2.0</TargetFramework>
                <LangVersion>9</LangVersion>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="LeonovData" Version="{package.Version}" />
              </ItemGroup>
            </Project>
            """)
            .Write("Facts.cs", "namespace Standard\n{\n    public static class Facts\n    {\n        public static string Born => LeonovData.People.AlexeiLeonov.Born?.ToString() ?? \"unknown\";\n    }\n}\n");
        var app = Consumer.CreateAppOf(package, "StandardApp", library)
            .Write("Program.cs", "Console.WriteLine(Standard.Facts.Born);\nConsole.WriteLine(typeof(LeonovData.People).Assembly.GetName().Name);\n");

        Assert.Equal("1934-05-30\nLeonovData.LeonovCorpus\n", app.BuildAndRun());
        var shipped = Path.Combine(package.PackagesFolder, "leonovdata", package.Version, "build", "leonov", "compiled", "netstandard2.0", "LeonovData.LeonovCorpus.dll");
        Assert.Equal(File.ReadAllBytes(shipped), File.ReadAllBytes(library.PathOf(Path.Combine("bin", "Debug", "netstandard2.0", "LeonovData.LeonovCorpus.dll"))));
    }

    /// <summary>The files the generator wrote for the consumer (EmitCompilerGeneratedFiles).</summary>
    private static string[] Generated(Consumer consumer)
    {
        var folder = consumer.PathOf(Path.Combine("obj", "Debug", "net10.0", "generated", "LeonovData.Generator"));
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories) : [];
    }
}
