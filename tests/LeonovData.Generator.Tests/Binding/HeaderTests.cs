namespace LeonovData.Generator.Tests.Binding;

using System.Security.Cryptography;
using System.Text;
using LeonovData.Generator.Tests.TestSupport;
using Xunit;

/// <summary>The document header: what it must hold (LEO0213), its keys (LEO0209), and the sha256 of the stripped text (LEO0214).</summary>
public sealed class HeaderTests
{
    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static CorpusOutcome RunFile(string text) => CorpusTexts.Run(("/corpus/doc.leo", text));

    [Fact]
    public void The_header_describes_the_document()
    {
        var outcome = RunFile("{#nss .source kind=news outlet=\"UrduPoint News\" title=\"Leonov dies\" author=\"A. Writer\" url=\"https://example.org/a\" published=2019-10 retrieved=2024-05-02 licence=\"© UrduPoint News, all rights reserved\" subject=leonov}\nBorn [1934]{.date p=born}, died [2019]{.date p=died}.");

        CorpusAssert.None(outcome.Diagnostics);
        var document = outcome.Corpus.Documents.Single(static d => d.Id == "nss");
        Assert.Equal(
            ("doc.leo", "news", "UrduPoint News", "Leonov dies", "2019-10", "leonov", 2),
            (document.RelativePath, document.Kind, document.Outlet, document.Title, document.Published, document.Subject, document.Statements));
        Assert.Equal(
            ("A. Writer", "https://example.org/a", "2024-05-02", "© UrduPoint News, all rights reserved"),
            (document.Author, document.Url, document.Retrieved, document.Licence));
    }

    [Theory]
    [InlineData("Born [1934]{.date of=leonov p=born}.", "LEO0213@1:1", "the document has no header; start it with a line such as {#my-article .source kind=news subject=<entity id>}")]
    [InlineData("{#doc kind=news subject=leonov}\nBorn.", "LEO0213@1:1", "the header needs .source and the document's #id, e.g. {#my-article .source kind=news}")]
    [InlineData("{.source kind=news subject=leonov}\nBorn.", "LEO0213@1:1", "the header needs .source and the document's #id")]
    [InlineData("{#doc .source kind=news publisher=x}\nBorn.", "LEO0209@1:25", "'publisher' is not a header key; did you mean 'published'?; headers take kind= subject= outlet= title= author= url= published= retrieved= licence= dates= sha256=")]
    [InlineData("{#doc .source kind=news license=MIT}\nBorn.", "LEO0209@1:25", "'license' is not a header key; did you mean 'licence'?")]
    [InlineData("{#doc .source retrieved=2024-02-30}\nBorn.", "LEO0208@1:25", "v=\"2024-02-30\" is not a normalised date")]
    [InlineData("{#doc .source published=2019-13}\nBorn.", "LEO0208@1:25", "v=\"2019-13\" is not a normalised date")]
    public void Header_problems(string text, string expected, string message)
    {
        var outcome = RunFile(text);

        CorpusAssert.Exactly(expected, outcome.Diagnostics);
        Assert.StartsWith(message, CorpusAssert.Message(outcome.Diagnostics[0]));
    }

    [Fact]
    public void A_document_without_a_usable_header_is_no_source()
    {
        var outcome = RunFile("{#doc kind=news subject=leonov}\nBorn [1934]{.date of=leonov p=born}.");

        Assert.DoesNotContain(outcome.Corpus.Documents, static d => d.RelativePath == "doc.leo");
    }

    [Fact]
    public void A_matching_sha256_is_silent_in_either_line_ending()
    {
        const string body = "Born [30 May 1934]{.date p=born} in \\[Listvyanka\\],\\\n a village.\n\nEnd.";
        const string stripped = "Born 30 May 1934 in [Listvyanka], a village.\n\nEnd.";
        var file = CorpusTexts.Document("doc", body, extra: "sha256=" + Sha256(stripped)) + "\n";

        CorpusAssert.None(RunFile(file).Diagnostics);
        CorpusAssert.None(RunFile(file.Replace("\n", "\r\n")).Diagnostics);
    }

    [Fact]
    public void A_sha256_that_does_not_match_says_both_hashes()
    {
        var stated = Sha256("the original text");
        var file = CorpusTexts.Document("doc", "the original text, altered", extra: "sha256=" + stated);

        var outcome = RunFile(file);

        var diagnostic = CorpusAssert.Single(outcome.Diagnostics, "LEO0214", 1, 47);
        Assert.Equal(
            $"the text without markup has sha256 {Sha256("the original text, altered")}, but the header says {stated}; annotation must not change what the source says",
            CorpusAssert.Message(diagnostic));
    }

    [Fact]
    public void A_no_break_space_turned_into_a_space_changes_the_hash()
    {
        var stated = Sha256("12\u00A0minutes");

        CorpusAssert.Single(RunFile(CorpusTexts.Document("doc", "12 minutes", extra: "sha256=" + stated)).Diagnostics, "LEO0214");
        CorpusAssert.None(RunFile(CorpusTexts.Document("doc", "12\u00A0minutes", extra: "sha256=" + stated)).Diagnostics);
    }

    [Fact]
    public void The_hash_is_not_checked_when_the_syntax_is_broken()
    {
        var outcome = RunFile(CorpusTexts.Document("doc", "a ] b", extra: "sha256=" + Sha256("a ] b")));

        Assert.Equal(new[] { "LEO0003" }, outcome.Ids);
    }

    [Fact]
    public void The_hash_is_the_sha256_of_the_text_as_utf8_whatever_its_length_and_surrogates()
    {
        // HeaderReader hashes through a 4,096-char buffer: pairs cut by a chunk's end, lone
        // surrogates (written as U+FFFD, as Encoding.UTF8 writes them) and texts of every size around
        // the chunk must hash as the whole text's bytes do.
        var texts = new List<string> { string.Empty, "a", "\uD83D\uDE80", "\uD83D", "x\uDE80y" };
        foreach (var length in new[] { 4095, 4096, 4097, 8192, 10_000 })
        {
            texts.Add(new string('é', length));
            texts.Add(new string('a', length - 1) + "\uD83D\uDE80" + new string('b', 5000));
            texts.Add(new string('a', length - 1) + "\uD83D");
        }

        foreach (var text in texts)
        {
            Assert.Equal(Sha256(text), LeonovData.Generator.Binding.HeaderReader.Sha256Hex(text));
        }
    }
}
