namespace LeonovData.Generator.Tests.Checks;

using LeonovData.Generator.Binding;
using LeonovData.Generator.Checks;
using LeonovData.Generator.Syntax;
using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>
/// A subject group keeps where its statements are stated as runs (a file and its statements'
/// positions), and a document's slice reads its statements from the document's own array: both
/// must compare as the per-statement arrays they replace, so that a group is checked again exactly
/// when one of its statements changed.
/// </summary>
public sealed class GroupPlacesTests
{
    private static readonly (string Path, string Text) First = CorpusTexts.Doc("a", "The flight was in [1965]{.date of=voskhod-2 p=date}.\nHe died in [1934]{.date p=died}.");
    private static readonly (string Path, string Text) Second = CorpusTexts.Doc("b", "[1966]{.date of=voskhod-2 p=date} [1935]{.date p=died}");

    [Fact]
    public void A_document_bound_twice_cuts_equal_slices()
    {
        var (once, again, _) = BindTwice(First.Text);

        Assert.NotSame(once.Statements.AsImmutableArray()[0].Statement, again.Statements.AsImmutableArray()[0].Statement);
        Assert.Equal(GroupSlice.Of(once), GroupSlice.Of(again));
        Assert.Equal(GroupSlice.Of(once).Select(static s => s.GetHashCode()), GroupSlice.Of(again).Select(static s => s.GetHashCode()));
    }

    [Fact]
    public void An_edited_value_changes_the_slice_of_its_subject_only()
    {
        var (once, _, edited) = BindTwice(First.Text, First.Text.Replace("1934", "1933"));

        var before = GroupSlice.Of(once);
        var after = GroupSlice.Of(edited);
        var changed = before.Zip(after).Where(static p => !p.First.Equals(p.Second)).ToList();

        // The other statement is in another sentence: its citation, and so its slice, are unchanged.
        var slice = Assert.Single(changed);
        Assert.Equal(SubjectGroup.Of("leonov"), slice.First.Group);
        Assert.Equal(slice.First.Ordinals, slice.Second.Ordinals);
    }

    [Fact]
    public void A_groups_places_are_one_run_per_file_in_statement_order()
    {
        var corpus = CorpusTexts.Run(First, Second).Corpus;

        foreach (var group in SubjectGroup.Partition(corpus))
        {
            Assert.Equal(group.Statements.Count, group.Places.Sum(static r => r.Ordinals.Count));
            Assert.All(group.Places.Zip(group.Places.Skip(1)), pair => Assert.NotEqual(pair.First.Path, pair.Second.Path));
            var at = 0;
            foreach (var run in group.Places)
            {
                foreach (var ordinal in run.Ordinals)
                {
                    var statement = group.Statements[at++];
                    Assert.Equal(run.Document, statement.Citation.Document);
                    Assert.Same(statement, corpus.Statements.Where(s => s.Citation.Document == run.Document).ElementAt(ordinal));
                }
            }
        }
    }

    [Fact]
    public void Resolving_a_group_addresses_each_canonical_statement_in_its_document()
    {
        var corpus = CorpusTexts.Run(First, Second).Corpus;
        var canonical = Resolution.Canonical(corpus);

        foreach (var group in SubjectGroup.Partition(corpus))
        {
            foreach (var slice in Resolution.Resolve(group).Slices)
            {
                for (var i = 0; i < slice.Statements.Count; i++)
                {
                    var expected = canonical[slice.Statements[i]];
                    var key = slice.CanonicalOf(i);
                    Assert.Equal(expected is null, key is null);
                    if (expected is not null)
                    {
                        var document = corpus.Statements.Where(s => s.Citation.Document == key!.Value.Document).ToList();
                        Assert.Same(expected, document[key!.Value.Ordinal]);
                    }
                }
            }
        }
    }

    private static (BoundDocument Once, BoundDocument Again, BoundDocument Edited) BindTwice(string text, string? edited = null)
    {
        var outcome = CorpusTexts.Run(First);
        var declarations = outcome.Documents.Select(d => Binder.Declare(d, outcome.Schema)).ToList();
        var ids = IdTable.Build(declarations, new List<Model.DiagnosticInfo>());
        BoundDocument Bind(string t) => Binder.BindDocument(DocumentParser.Parse(First.Path, t), outcome.Schema, ids);
        return (Bind(text), Bind(text), Bind(edited ?? text));
    }
}
