namespace LeonovData.Package.Tests;

using LeonovData.Package.Tests.TestSupport;
using Xunit;

/// <summary>
/// Severities per ID are configured the standard ways. LEO diagnostics are located in .leo files, which
/// the compiler never matches against .editorconfig sections; the generator applies the severities set
/// for the project's C# files itself, so `dotnet_diagnostic.LEO0308.severity` works there too.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class SeverityTests(PackageFixture package)
{
    public static TheoryData<string, string, string, string?> Configurations => new()
    {
        { "nothing configured", "", "", "warning" },
        { ".editorconfig [*] none", ".editorconfig", "root = true\n\n[*]\ndotnet_diagnostic.LEO0308.severity = none\n", null },
        { ".editorconfig [*.cs] error", ".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.LEO0308.severity = error\n", "error" },
        { ".globalconfig none", ".globalconfig", "is_global = true\ndotnet_diagnostic.LEO0308.severity = none\n", null },
        { "NoWarn", "", "", null },
    };

    [Theory]
    [MemberData(nameof(Configurations))]
    public void A_near_miss_name_is_reported_at_the_configured_severity(string configuration, string file, string text, string? expected)
    {
        var consumer = Harbour.Create(package, "Severity", configuration == "NoWarn" ? "<NoWarn>$(NoWarn);LEO0308</NoWarn>" : "")
            .Write("Documents/notes.leo", Harbour.Document("notes", "was launched on [14 April 1891]{.date p=launched}."))
            .Write("Documents/refit.leo", "{#refit .source kind=note subject=marlin}\nThe [Marlyn]{.ship e=marlin} was repainted.\n")
            .Write("Program.cs", "System.Console.WriteLine(Harbour.Facts.Ships.Marlin.Name);\n");
        if (file.Length > 0)
        {
            consumer.Write(file, text);
        }

        var build = consumer.Build();

        BuildAssert.GeneratorLoaded(build);
        var nearMisses = BuildAssert.WithId(build, "LEO0308");
        if (expected is null)
        {
            Assert.True(nearMisses.Count == 0, $"{configuration}: LEO0308 still reported\n{build}");
            Assert.True(build.ExitCode == 0, build.ToString());
            return;
        }

        var misspelling = Assert.Single(nearMisses, d => d.File == consumer.PathOf("Documents/refit.leo"));
        Assert.Equal((2, 5, expected), (misspelling.Line, misspelling.Column, misspelling.Severity));
        Assert.StartsWith("'Marlyn' is one edit away from 'Marlin'", misspelling.Message);
        Assert.Equal(expected == "error" ? 1 : 0, build.ExitCode);
    }
}
