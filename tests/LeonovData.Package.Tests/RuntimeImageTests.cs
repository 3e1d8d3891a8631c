namespace LeonovData.Package.Tests;

using LeonovData.Package.Tests.TestSupport;
using Xunit;

/// <summary>
/// A program built from the package runs LeonovData.Runtime's ReadyToRun image for its machine: the
/// .NET host picks runtimes/&lt;rid&gt;/lib/net8.0/ over lib/net8.0/ (the package makes images for
/// linux-x64, linux-arm64, win-x64 and osx-arm64 when it is packed on Linux x64).
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class RuntimeImageTests(PackageFixture package)
{
    [Fact]
    public void A_program_runs_the_runtime_image_for_its_machine()
    {
        var app = Consumer.Create(package, "Image").Write("Program.cs", """
            Console.WriteLine(LeonovData.People.AlexeiLeonov.Born);
            Console.WriteLine(Path.GetRelativePath(AppContext.BaseDirectory, typeof(LeonovData.Corpus).Assembly.Location).Replace('\\', '/'));
            """);

        var expected = PackageFixture.PackedWithImages ? "runtimes/linux-x64/lib/net8.0/LeonovData.Runtime.dll" : "LeonovData.Runtime.dll";
        Assert.Equal("1934-05-30\n" + expected + "\n", app.BuildAndRun());
    }
}
