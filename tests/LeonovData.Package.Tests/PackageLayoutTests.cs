namespace LeonovData.Package.Tests;

using System.IO.Compression;
using System.Xml.Linq;
using LeonovData.Package.Tests.TestSupport;
using Xunit;

/// <summary>What `dotnet pack` puts in LeonovData.nupkg, read from the package file itself.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageLayoutTests(PackageFixture package)
{
    [Fact]
    public void Generator_is_an_analyzer_and_only_the_runtime_reaches_compile_references()
    {
        var entries = Entries();

        Assert.Contains("analyzers/dotnet/cs/LeonovData.Generator.dll", entries);
        // The compiler loads the generator; the consumer compiles against and runs LeonovData.Runtime,
        // one build for .NET 8 and later (UTF-8 data) and one for netstandard2.0. Nothing else ships:
        // no ref/, no contentFiles/, and no other assembly (neither has dependencies). The precompiled
        // corpus is under build/, which no compiler or NuGet asset looks in: LeonovData.targets
        // references it only where it is the whole dataset.
        Assert.Equal(
            [
                "analyzers/dotnet/cs/LeonovData.Generator.dll",
                "build/leonov/compiled/net8.0/LeonovData.LeonovCorpus.dll",
                "build/leonov/compiled/netstandard2.0/LeonovData.LeonovCorpus.dll",
                "lib/net8.0/LeonovData.Runtime.dll",
                "lib/netstandard2.0/LeonovData.Runtime.dll",
            ],
            entries.Where(static e => e.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) && !e.StartsWith("runtimes/", StringComparison.Ordinal) && !e.StartsWith("build/generator/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Contains("lib/net8.0/LeonovData.Runtime.xml", entries);
        Assert.Contains("lib/netstandard2.0/LeonovData.Runtime.xml", entries);
        Assert.Contains("build/leonov/compiled/net8.0/LeonovData.LeonovCorpus.xml", entries);
        Assert.Contains("build/leonov/compiled/netstandard2.0/LeonovData.LeonovCorpus.xml", entries);
        Assert.DoesNotContain(entries, static e => e.StartsWith("ref/", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, static e => e.StartsWith("content", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_net8_runtime_ships_precompiled_for_each_platform_beside_its_IL()
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        var images = archive.Entries.Where(static e => e.FullName.StartsWith("runtimes/", StringComparison.Ordinal)).ToList();

        if (!PackageFixture.PackedWithImages)
        {
            Assert.Empty(images);
            return;
        }

        Assert.Equal(
            ["runtimes/linux-arm64/lib/net8.0/LeonovData.Runtime.dll", "runtimes/linux-x64/lib/net8.0/LeonovData.Runtime.dll", "runtimes/osx-arm64/lib/net8.0/LeonovData.Runtime.dll", "runtimes/win-x64/lib/net8.0/LeonovData.Runtime.dll"],
            images.Select(static e => e.FullName).Order(StringComparer.Ordinal));
        Assert.False(IsReadyToRun(archive.GetEntry("lib/net8.0/LeonovData.Runtime.dll")!));
        Assert.All(images, static image => Assert.True(IsReadyToRun(image), $"{image.FullName} has no native code"));
    }

    [Fact]
    public void The_generator_ships_precompiled_for_each_platform_where_no_compiler_loads_it_on_its_own()
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        var images = archive.Entries.Where(static e => e.FullName.StartsWith("build/generator/", StringComparison.Ordinal)).ToList();
        if (!PackageFixture.PackedWithImages)
        {
            Assert.Empty(images);
            return;
        }

        // Outside analyzers/: NuGet hands the compiler the IL only, and LeonovData.targets swaps it
        // for the image of the compiler's platform (GeneratorImageTests).
        Assert.Equal(
            ["build/generator/linux-arm64/LeonovData.Generator.dll", "build/generator/linux-x64/LeonovData.Generator.dll", "build/generator/osx-arm64/LeonovData.Generator.dll", "build/generator/win-x64/LeonovData.Generator.dll"],
            images.Select(static e => e.FullName).Order(StringComparer.Ordinal));
        var il = archive.GetEntry("analyzers/dotnet/cs/LeonovData.Generator.dll")!;
        Assert.False(IsReadyToRun(il));
        Assert.All(images, image =>
        {
            Assert.True(IsReadyToRun(image), $"{image.FullName} has no native code");
            // The same assembly: one identity and one module version, whichever file the compiler loads.
            Assert.Equal(Identity(il), Identity(image));
        });
    }

    /// <summary>The assembly's name and module version id.</summary>
    private static (string Name, Guid Mvid) Identity(ZipArchiveEntry entry) => ReadAssembly(entry, static reader =>
    {
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(reader);
        return (metadata.GetAssemblyDefinition().GetAssemblyName().FullName, metadata.GetGuid(metadata.GetModuleDefinition().Mvid));
    });

    /// <summary>Whether an assembly carries ReadyToRun code: its CLI header points at a native header.</summary>
    private static bool IsReadyToRun(ZipArchiveEntry entry) =>
        ReadAssembly(entry, static reader => reader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0);

    private static T ReadAssembly<T>(ZipArchiveEntry entry, Func<System.Reflection.PortableExecutable.PEReader, T> read)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        using var reader = new System.Reflection.PortableExecutable.PEReader(copy);
        return read(reader);
    }

    [Fact]
    public void MSBuild_wiring_is_in_build_and_buildTransitive()
    {
        var entries = Entries();

        Assert.Contains("build/LeonovData.props", entries);
        Assert.Contains("build/LeonovData.targets", entries);
        Assert.Contains("buildTransitive/LeonovData.props", entries);
        Assert.Contains("buildTransitive/LeonovData.targets", entries);
    }

    [Fact]
    public void Leonov_documents_and_schema_are_bundled_as_they_are_in_seeds()
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        var bundled = archive.Entries.Where(static e => e.FullName.StartsWith("build/leonov/", StringComparison.Ordinal) && !e.FullName.StartsWith("build/leonov/compiled/", StringComparison.Ordinal)).ToList();
        var seeds = Directory.GetFiles(Repository.Seeds, "*.leo").Concat(Directory.GetFiles(Repository.Seeds, "*.leoschema")).ToList();

        Assert.Equal(seeds.Select(Path.GetFileName).Order(StringComparer.Ordinal), bundled.Select(static e => e.Name).Order(StringComparer.Ordinal));
        Assert.Contains(bundled, static e => e.Name.EndsWith(".leoschema", StringComparison.Ordinal));
        foreach (var entry in bundled)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            Assert.True(File.ReadAllBytes(Path.Combine(Repository.Seeds, entry.Name)).AsSpan().SequenceEqual(copy.ToArray()), $"{entry.FullName} differs from seeds/{entry.Name}");
        }
    }

    [Fact]
    public void The_export_s_page_and_JSON_Schema_ship_as_they_are_in_docs()
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        foreach (var name in new[] { "export.md", "export.schema.json" })
        {
            var entry = archive.GetEntry("docs/" + name);
            Assert.True(entry is not null, $"docs/{name} is not in the package");
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            Assert.True(File.ReadAllBytes(Path.Combine(Repository.Docs, name)).AsSpan().SequenceEqual(copy.ToArray()), $"docs/{name} in the package differs from the repository's");
        }
    }

    [Fact]
    public void Metadata_is_complete()
    {
        var metadata = Nuspec().Root!.Elements().Single(static e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        Assert.Equal("LeonovData", Value("id"));
        Assert.Equal(package.Version, Value("version"));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        Assert.False(string.IsNullOrWhiteSpace(Value("authors")));
        Assert.Contains("source-generator", Value("tags")!.Split(' '));
        // A file, not an expression: the bundled documents are not all under a licence SPDX can name.
        var license = metadata.Elements().Single(static e => e.Name.LocalName == "license");
        Assert.Equal(("file", "LICENSE"), (license.Attribute("type")?.Value, license.Value));
        Assert.Contains("CC-BY-SA-4.0", Value("description"));
        Assert.Equal("PACKAGE.md", Value("readme"));
        Assert.Contains("PACKAGE.md", Entries());
        // LeonovData.Runtime is needed at run time: not a development dependency, which would keep it
        // out of the consumer's compile references.
        Assert.NotEqual("true", Value("developmentDependency"));
        // Roslyn comes from the compiler that loads the generator: no dependency to restore.
        Assert.DoesNotContain(metadata.Elements(), static e => e.Name.LocalName == "dependencies" && e.Descendants().Any(static d => d.Name.LocalName == "dependency"));
    }

    [Fact]
    public void Licence_and_notice_ship_and_name_each_bundled_document_with_its_licence()
    {
        var licence = Text("LICENSE");
        Assert.StartsWith("MIT License", licence);
        Assert.Contains("CC-BY-SA-4.0", licence);
        Assert.Contains("NOTICE.md", licence);

        var notice = Text("NOTICE.md");
        Assert.Equal(File.ReadAllText(Path.Combine(Repository.Root, "NOTICE.md")), notice);
        foreach (var document in Entries().Where(static e => e.StartsWith("build/leonov/", StringComparison.Ordinal) && e.EndsWith(".leo", StringComparison.Ordinal)))
        {
            var name = Path.GetFileName(document);
            var header = Text(document).Split('\n')[0];
            var licenceKey = System.Text.RegularExpressions.Regex.Match(header, "licence=\"(?<value>[^\"]+)\"");
            Assert.True(licenceKey.Success, $"{document} states no licence= in its header");
            var row = notice.Split('\n').SingleOrDefault(l => l.StartsWith($"| `{name}` |", StringComparison.Ordinal));
            Assert.True(row is not null && row.EndsWith($"| {licenceKey.Groups["value"].Value} |", StringComparison.Ordinal), $"NOTICE.md does not list {name} with its licence");
        }
    }

    [Fact]
    public void A_development_pack_is_a_prerelease_of_its_own_and_a_release_states_its_version()
    {
        Assert.Matches(@"^\d+\.\d+\.\d+-dev\.\d{14}$", package.Version);

        string Evaluate(params string[] properties)
        {
            var result = DotNet.Run(Repository.Root, ["msbuild", Repository.GeneratorProject, "-getProperty:PackageVersion", .. properties]);
            Assert.True(result.ExitCode == 0, result.ToString());
            return result.Output.Trim();
        }

        var first = Evaluate();
        Thread.Sleep(TimeSpan.FromSeconds(1.1));
        Assert.NotEqual(first, Evaluate());
        Assert.Equal("0.1.0", Evaluate("-p:PackageVersion=0.1.0"));
    }

    private string Text(string entryName)
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        using var reader = new StreamReader(archive.GetEntry(entryName)!.Open());
        return reader.ReadToEnd();
    }

    private List<string> Entries()
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        return archive.Entries.Select(static e => e.FullName).ToList();
    }

    private XDocument Nuspec()
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        using var stream = archive.Entries.Single(static e => e.FullName == "LeonovData.nuspec").Open();
        return XDocument.Load(stream);
    }
}
