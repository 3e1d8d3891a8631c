using Microsoft.CodeAnalysis;

namespace LeonovData.Benchmarks.Quick;

/// <summary>
/// Not a goal: what an edit that changes the corpus's ids costs (one document declares one entity
/// more), the edit that binds every document again, and parses every document again since the
/// Parsed step keeps no tree (Syntax/DocumentSyntax.cs). Prints the driver's re-run (fastest and
/// median of a few), what it allocates, and the diagnostics' ids (the synthetic corpus has none of
/// its own).
/// </summary>
internal sealed class IdEditProfile : IGoalMeasurement
{
    private const int Runs = 7;

    public int Order => 94;

    public IEnumerable<Goal> Measure(TextWriter log)
    {
        foreach (var (documents, facts) in new[] { (1_000, 10), (100, 1_000) })
        {
            var inputs = new SyntheticInputs(documents, facts);
            var compilation = GeneratorCompilation.Create(files: 1);
            var warm = GeneratorGoals.Driver(inputs).RunGenerators(compilation);
            var (original, _) = inputs.EditedDocument();
            var text = original.GetText()!.ToString();
            var declaring = new Corpus.InMemoryText(original.Path, text + "\n[Zed Nova]{.person #zed-nova-extra} was named once.");

            for (var i = 0; i < 10; i++)
            {
                warm.ReplaceAdditionalText(original, declaring).RunGenerators(compilation);
            }

            var fastest = Clock.FastestMs(Runs, () => warm.ReplaceAdditionalText(original, declaring).RunGenerators(compilation));
            var median = Clock.LastMedianMs;
            var bytes = Clock.AllocatedBytes(() => warm.ReplaceAdditionalText(original, declaring).RunGenerators(compilation));
            var diagnostics = warm.ReplaceAdditionalText(original, declaring).RunGenerators(compilation).GetRunResult().Diagnostics.Select(static d => d.Id);
            log.WriteLine($"  id edit, {documents:N0} docs × {facts:N0}: driver {fastest:0.0} ms (median {median:0.0}), allocated {bytes / 1e6:0.0} MB, diagnostics: {string.Join(", ", diagnostics)}");
        }

        return Array.Empty<Goal>();
    }
}
