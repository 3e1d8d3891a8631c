namespace LeonovData.Generator.Tests.Generator;

using System.Collections;
using System.Reflection;
using System.Text;
using LeonovData.Generator.Emit;
using LeonovData.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Xunit;

/// <summary>
/// Issue 7: a kind with 100,000 entities still compiles and loads. The runtime loads at most 65,535
/// methods per type, so past <see cref="ModelEmitter.MaxNamedEntities"/> a kind gets no more named
/// accessors (LEO0502); every entity stays reachable through the catalogue. This runs the real
/// generator over real documents, compiles its output and reads it back, rather than inspecting text.
/// </summary>
public sealed class LargeKindTests
{
    private const int People = 100_000;
    private const int Documents = 10;

    [Fact]
    public void AKindOfAHundredThousandEntitiesCompilesLoadsAndKeepsEveryEntity()
    {
        var run = GeneratorHarness.Run(Files());

        run.AssertDidNotCrash();
        var warning = Assert.Single(run.Diagnostics);
        Assert.Equal("LEO0502", warning.Id);
        Assert.Empty(run.OutputCompilation.GetDiagnostics().Where(static d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "LEO0502"));

        using var assembly = GeneratedAssembly.Load(run.OutputCompilation);
        var catalogue = assembly.Assembly.GetType("LeonovData.People", throwOnError: true)!;

        // Named accessors stop at the bound, well under the runtime's per-type limit; the type loads.
        var named = catalogue.GetProperties(BindingFlags.Public | BindingFlags.Static).Count(static p => p.Name.StartsWith("Person", StringComparison.Ordinal));
        Assert.Equal(ModelEmitter.MaxNamedEntities, named);

        var all = (ICollection)catalogue.GetProperty("All")!.GetValue(null)!;
        Assert.Equal(People, all.Count);

        // The last entity by id has no accessor of its own, and is still there with its name and declaration.
        var last = catalogue.GetMethod("Get")!.Invoke(null, new object[] { Id(People - 1) })!;
        Assert.Equal(Name(People - 1), last.GetType().GetProperty("Name")!.GetValue(last));
        var citation = last.GetType().GetProperty("Citation")!.GetValue(last)!;
        Assert.Equal($"people-{Documents - 1}.leo", citation.GetType().GetProperty("Document")!.GetValue(citation));

        var first = catalogue.GetProperty("Person000000")!.GetValue(null);
        Assert.Same(catalogue.GetMethod("Get")!.Invoke(null, new object[] { Id(0) }), first);
    }

    private static IEnumerable<(string Path, string Text)> Files()
    {
        yield return (CorpusPipeline.SchemaPath, SmallCorpus.Schema);
        var perDocument = People / Documents;
        for (var d = 0; d < Documents; d++)
        {
            var text = new StringBuilder().Append("{#register-").Append(d).Append(" .source kind=news title=\"Register ").Append(d).Append("\"}\n");
            for (var i = d * perDocument; i < (d + 1) * perDocument; i++)
            {
                text.Append('[').Append(Name(i)).Append("]{.person #").Append(Id(i)).Append("} signed the register.\n");
            }

            yield return ($"/corpus/people-{d}.leo", text.ToString());
        }
    }

    private static string Id(int i) => $"person-{i:D6}";

    private static string Name(int i) => $"Person {i:D6}";
}
