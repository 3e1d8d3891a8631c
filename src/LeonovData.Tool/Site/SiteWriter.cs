using System.Reflection;
using System.Text;

namespace LeonovData.Tool.Site;

/// <summary>
/// Writes the site: index, one page per document and per entity, the timeline, the disagreements,
/// and the two assets. Pages link with relative URLs only, so the folder works from disk, offline.
/// </summary>
internal static class SiteWriter
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static int Write(Analysis analysis, string folder, Progress progress)
    {
        var site = new SiteModel(analysis);
        Directory.CreateDirectory(Path.Combine(folder, "documents"));
        Directory.CreateDirectory(Path.Combine(folder, "entities"));
        Directory.CreateDirectory(Path.Combine(folder, "assets"));
        foreach (var asset in new[] { "site.css", "site.js" })
        {
            using var resource = Assembly.GetExecutingAssembly().GetManifestResourceStream("LeonovData.Tool.Site." + asset)!;
            using var file = File.Create(Path.Combine(folder, "assets", asset));
            resource.CopyTo(file);
        }

        var pages = 0;
        void Page(string path, string html)
        {
            File.WriteAllText(Path.Combine(folder, path), html, Utf8);
            pages++;
        }

        Page("index.html", IndexPage.Write(site));
        Page("timeline.html", TimelinePage.Write(site));
        Page("disagreements.html", DisagreementsPage.Write(site));
        using (var step = progress.Start("Writing pages", site.Documents.Count + site.Entities.Count))
        {
            foreach (var document in site.Documents)
            {
                Page(Path.Combine("documents", document.Slug + ".html"), DocumentPage.Write(site, document));
                step.Advance();
            }

            foreach (var entity in site.Corpus.Entities)
            {
                Page(Path.Combine("entities", site.EntitySlugs[entity.Id] + ".html"), EntityPage.Write(site, entity));
                step.Advance();
            }
        }

        return pages;
    }
}
