namespace LeonovData.Package.Tests;

using LeonovData.Package.Tests.TestSupport;
using Xunit;

/// <summary>
/// A library that uses LeonovData hands its data types to the projects that reference it, with the
/// LeonovData.Runtime they derive from; NuGet passes the generator on too, and the package's targets
/// take it out again in a project without a reference of its own, so they neither run it again nor
/// get a second copy of the types (CS0436). On the default dataset the types are the precompiled
/// corpus's, which the app gets as the library's dependency (PrecompiledCorpusTests).
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class LibraryTests(PackageFixture package)
{
    [Fact]
    public void An_app_uses_the_data_generated_in_a_library_it_references()
    {
        // The library uses the data in its API: a library that uses none of it depends on nothing of
        // the precompiled corpus, and hands it on to nobody (docs/msbuild.md).
        var library = Consumer.Create(package, "Facts", outputType: "Library")
            .Write("Facts.cs", "namespace Facts;\n/// <summary>Cosmonauts.</summary>\npublic static class Cosmonauts\n{\n    /// <summary>Alexei Leonov.</summary>\n    public static LeonovData.Person Leonov => LeonovData.People.AlexeiLeonov;\n}\n");
        // The app itself does not reference LeonovData: only the library.
        var app = Consumer.CreateAppOf(package, "App", library)
            .Write("Program.cs", "Console.WriteLine(Facts.Cosmonauts.Leonov.Born);\nConsole.WriteLine(LeonovData.People.AlexeiLeonov.Died);\nConsole.WriteLine(typeof(LeonovData.People).Assembly.GetName().Name);\n");

        Assert.Equal("1934-05-30\n2019-10-11\nLeonovData.LeonovCorpus\n", app.BuildAndRun());
    }
}
