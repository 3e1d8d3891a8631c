namespace LeonovData.Package.Tests;

using LeonovData.Package.Tests.TestSupport;
using Xunit;

/// <summary>
/// A library that uses LeonovData hands its generated types to the projects that reference it, with
/// the LeonovData.Runtime they derive from; the generator itself stays private to the library (NuGet
/// keeps analyzers and build/ private by default), so they neither run it again nor get a second
/// copy of the types.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class LibraryTests(PackageFixture package)
{
    [Fact]
    public void An_app_uses_the_data_generated_in_a_library_it_references()
    {
        var library = Consumer.Create(package, "Facts", outputType: "Library");
        var app = Consumer.Create(package, "App");
        // The app itself does not reference LeonovData: only the library.
        app.Write(app.Name + ".csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{library.ProjectFile}" />
              </ItemGroup>
            </Project>
            """)
            .Write("Program.cs", "Console.WriteLine(LeonovData.People.AlexeiLeonov.Died);\nConsole.WriteLine(typeof(LeonovData.People).Assembly.GetName().Name);\n");

        Assert.Equal("2019-10-11\nFacts\n", app.BuildAndRun());
    }
}
