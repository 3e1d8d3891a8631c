namespace LeonovData.Package.Tests;

using LeonovData.Package.Tests.TestSupport;
using Xunit;

/// <summary>A consumer's own documents and schema: a corpus of its own, or an extension of Leonov's.</summary>
[Collection(PackageCollection.Name)]
public sealed class OwnDocumentsTests(PackageFixture package)
{
    [Fact]
    public void The_OwnCorpus_sample_prints_the_same_through_the_package_as_through_the_project_reference()
    {
        var throughProjectReference = RepositorySample.BuildAndRun(package, "OwnCorpus");

        var throughPackage = Consumer.Create(package, "OwnCorpus", RepositorySample.OptionsOf("OwnCorpus"))
            .Copy(Harbour.SampleDirectory, "*.cs")
            .Copy(Path.Combine(Harbour.SampleDirectory, "Documents"), "*", "Documents")
            .BuildAndRun();

        Assert.Equal(throughProjectReference, throughPackage);
        Assert.Contains("Marlin, designed by Ada Brennan, built at Port Ellery", throughPackage);
        Assert.Contains("launched  14 April 1891 (1891-04-14)", throughPackage);
    }

    [Fact]
    public void The_LeonovTimeline_sample_prints_the_same_through_the_package_as_through_the_project_reference()
    {
        var sample = Path.Combine(Repository.Samples, "LeonovTimeline");
        var throughProjectReference = RepositorySample.BuildAndRun(package, "LeonovTimeline");
        var jsonThroughProjectReference = RepositorySample.Run(package, "LeonovTimeline", "--json");

        var consumer = Consumer.Create(package, "LeonovTimeline").Copy(sample, "*.cs");
        var throughPackage = consumer.BuildAndRun();
        var jsonThroughPackage = consumer.Run("--json");

        Assert.Equal(throughProjectReference, throughPackage);
        Assert.Equal(jsonThroughProjectReference.Output, jsonThroughPackage.Output);
        Assert.Contains("30 May 1934", throughPackage);
        Assert.Contains("11 October 2019", throughPackage);
        Assert.Contains("18 March 1965", throughPackage);
        Assert.Contains("PT12M9S", throughPackage);
    }

    [Fact]
    public void Documents_and_a_schema_of_ones_own_extend_the_Leonov_corpus()
    {
        // A schema of one's own makes the bundled corpus step aside unless the project asks for it.
        var output = Consumer.Create(package, "Extends", "<LeonovDataIncludeLeonovCorpus>true</LeonovDataIncludeLeonovCorpus>")
            .Write("my.leoschema", "% my.leoschema %\n{.property #hobby of=person type=name card=many member=Hobbies doc=\"A pastime.\"}\n")
            .Write("my-notes.leo", "{#my-notes .source kind=note subject=alexei-leonov}\nBesides flying, [Leonov]{.person e=alexei-leonov} loved [painting]{.name p=hobby}.\n")
            .Write("Program.cs", """
                using LeonovData;
                Console.WriteLine(string.Join(", ", People.AlexeiLeonov.Hobbies));
                Console.WriteLine(People.AlexeiLeonov.HobbyFacts.Single().Citation);
                Console.WriteLine(Dataset.Sources.Count);
                """)
            .BuildAndRun();

        Assert.Equal("painting\nmy-notes.leo(2,57)\n5\n", output);
    }
}
