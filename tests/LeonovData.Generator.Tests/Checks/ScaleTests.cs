namespace LeonovData.Generator.Tests.Checks;

using System.Diagnostics;
using System.Text;
using LeonovData.Generator.Tests.TestSupport;
using Xunit;
using Xunit.Abstractions;

/// <summary>
/// A corpus far larger than the Leonov seeds goes through bind and check without a blow-up: no
/// rule may scan the corpus per statement or per entity. Times are printed, not asserted; the
/// timeout only catches a quadratic regression (which at this size takes minutes).
/// </summary>
public sealed class ScaleTests
{
    private readonly ITestOutputHelper _output;

    public ScaleTests(ITestOutputHelper output) => _output = output;

    [Fact(Timeout = 120_000)]
    public async Task Thousands_of_people_and_statements_bind_and_check_in_linear_time()
    {
        const int people = 4_000;
        var declarations = new StringBuilder();
        var facts = new StringBuilder();
        for (var i = 0; i < people; i++)
        {
            declarations.Append($"[Person {i}]{{.person #p{i}}} ");
            facts.Append($"[Person {i}]{{.person e=p{i}}} born [{1900 + (i % 50)}]{{.date of=p{i} p=born}}, died [{1990 + (i % 20)}]{{.date of=p{i} p=died}}, ")
                .Append($"retired [{1960 + (i % 20)}]{{.date of=p{i} p=retired}}, friend of [Person {(i + 1) % people}]{{.person e=p{(i + 1) % people} of=p{i} p=friend}}.\n");
        }

        await Task.Run(() =>
        {
            var clock = Stopwatch.StartNew();
            var outcome = CorpusTexts.Run(CorpusTexts.Doc("a-people", declarations.ToString()), CorpusTexts.Doc("b-facts", facts.ToString()));
            _output.WriteLine($"{people} people, {outcome.Corpus.Statements.Count} statements: {clock.ElapsedMilliseconds} ms");

            CorpusAssert.None(outcome.Diagnostics);
            Assert.Equal(people * 4, outcome.Corpus.Statements.Count);
        });
    }
}
