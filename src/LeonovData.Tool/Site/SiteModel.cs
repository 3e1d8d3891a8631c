using LeonovData.Generator.Binding;
using LeonovData.Generator.Checks;
using LeonovData.Generator.Model;
using LeonovData.Generator.Syntax;

namespace LeonovData.Tool.Site;

/// <summary>A document of the site: its syntax, its header's description, and its page's name.</summary>
internal sealed record SiteDocument(ParsedDocument Parsed, SourceDocument? Source, string Slug)
{
    public string Title => Source?.Title ?? Source?.Id ?? Parsed.RelativePath;
}

/// <summary>
/// Everything the pages look up, computed once from the bound corpus: which facts each span states,
/// which statements state the same fact (the generator's own <see cref="Resolution"/>), and where
/// every span's anchor is, so that every citation on every page is a link.
/// </summary>
internal sealed class SiteModel
{
    private readonly Dictionary<(string Path, int Start), (SiteDocument Document, int Span)> _anchors = new();
    private readonly Dictionary<Statement, Statement?> _canonical;
    private readonly ILookup<Statement, Statement> _sameFact;

    public SiteModel(Analysis analysis)
    {
        Corpus = analysis.Corpus;
        _canonical = Resolution.Canonical(Corpus);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var parsed in analysis.Documents)
        {
            var source = Corpus.Documents.FirstOrDefault(d => d.RelativePath == parsed.RelativePath);
            var slug = Html.Slug(source?.Id ?? Path.GetFileNameWithoutExtension(parsed.RelativePath));
            while (!used.Add(slug))
            {
                slug += "-";
            }

            var document = new SiteDocument(parsed, source, slug);
            Documents.Add(document);
            for (var index = 0; index < parsed.Spans.Count; index++)
            {
                _anchors.TryAdd((parsed.Path, parsed.Spans[index].Start), (document, index));
            }
        }

        StatementsAt = Corpus.Statements.ToLookup(static s => (s.Location.FilePath, s.Location.Start));
        QualifiersAt = Corpus.Statements.SelectMany(static s => s.Qualifiers.Select(q => (Owner: s, Qualifier: q))).ToLookup(static p => (p.Qualifier.Location.FilePath, p.Qualifier.Location.Start));
        MentionsAt = Corpus.Mentions.ToLookup(static m => (m.Location.FilePath, m.Location.Start));
        Entities = Corpus.Entities.ToDictionary(static e => e.Id, StringComparer.Ordinal);
        // Ids differing only in case or punctuation still get a page each.
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in Corpus.Entities)
        {
            var slug = Html.Slug(entity.Id);
            while (!taken.Add(slug))
            {
                slug += "-";
            }

            slugs[entity.Id] = slug;
        }

        EntitySlugs = slugs;
        _sameFact = Corpus.Statements.Where(s => CanonicalOf(s) is not null).ToLookup(s => CanonicalOf(s)!);
    }

    public Corpus Corpus { get; }

    public List<SiteDocument> Documents { get; } = [];

    public ILookup<(string, int), Statement> StatementsAt { get; }

    public ILookup<(string, int), (Statement Owner, Qualifier Qualifier)> QualifiersAt { get; }

    public ILookup<(string, int), Mention> MentionsAt { get; }

    public IReadOnlyDictionary<string, Entity> Entities { get; }

    public IReadOnlyDictionary<string, string> EntitySlugs { get; }

    /// <summary>The statement that states <paramref name="statement"/>'s value canonically, or null when it lost to a preferred or more precise one.</summary>
    public Statement? CanonicalOf(Statement statement) => _canonical.TryGetValue(statement, out var canonical) ? canonical : statement;

    /// <summary>Every statement of the same fact (same canonical statement), <paramref name="statement"/> included.</summary>
    public IEnumerable<Statement> SameFact(Statement statement) =>
        CanonicalOf(statement) is { } canonical ? _sameFact[canonical] : [statement];

    /// <summary>The link to the span at <paramref name="location"/>, from a page <paramref name="depth"/> folders down.</summary>
    public string Link(LocationInfo location, int depth)
    {
        var up = string.Concat(Enumerable.Repeat("../", depth));
        return _anchors.TryGetValue((location.FilePath, location.Start), out var anchor)
            ? $"{up}documents/{anchor.Document.Slug}.html#s{anchor.Span}"
            : $"{up}index.html";
    }

    public string EntityLink(string id, int depth) =>
        EntitySlugs.TryGetValue(id, out var slug) ? string.Concat(Enumerable.Repeat("../", depth)) + "entities/" + slug + ".html" : "#";

    /// <summary>An entity's name where it is known, else its id.</summary>
    public string NameOf(string id) => Entities.TryGetValue(id, out var entity) ? entity.Name : id;

    public string DocumentTitle(string path) => Documents.FirstOrDefault(d => d.Parsed.Path == path)?.Title ?? Path.GetFileName(path);
}
