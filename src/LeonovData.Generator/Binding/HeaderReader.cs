using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using LeonovData.Generator.Diagnostics;
using LeonovData.Generator.Model;
using LeonovData.Generator.Syntax;
using LeonovData.Generator.Values;

namespace LeonovData.Generator.Binding;

/// <summary>Reads a document's header and checks that annotation left the source text intact (sha256=).</summary>
internal static class HeaderReader
{
    private static readonly string[] s_keys = { "kind", "subject", "outlet", "title", "author", "url", "published", "retrieved", "licence", "dates", "sha256" };

    public static SourceDocument? Read(ParsedDocument document, IdTable ids, List<DiagnosticInfo> diagnostics)
    {
        if (document.Header is not { } header)
        {
            var start = LocationInfo.FileStart(document.Path);
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.HeaderProblem, start, "the document has no header; start it with a line such as {#my-article .source kind=news subject=<entity id>}"));
            return null;
        }

        if (!header.HasClass("source") || header.Id is not { } id)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.HeaderProblem, header.Location, "the header needs .source and the document's #id, e.g. {#my-article .source kind=news}"));
            return null;
        }

        foreach (var attribute in header.Attributes.Where(static a => a.Form == AttributeForm.Pair && Array.IndexOf(s_keys, a.Name) < 0))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownAttribute, header.LocationOf(attribute), $"'{attribute.Name}' is not a header key{Suggest.DidYouMean(attribute.Name, s_keys)}; headers take {string.Join("= ", s_keys)}="));
        }

        var subject = header.Pair("subject");
        if (subject is { } named && ids.KindOf(named.Value) is null && !ids.IsBroken(named.Value))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownEntity, header.ValueLocationOf(named), named.Value, Binder.UnknownIdAdvice(DiagnosticDescriptors.UnknownEntity, named.Value, ids.EntityIds)));
        }

        var published = Date(header, "published", diagnostics);
        var retrieved = Date(header, "retrieved", diagnostics);

        if (header.Pair("dates") is { } dates && !DateOrders.TryParse(dates.Value, out _))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownAttribute, header.ValueLocationOf(dates), DateOrders.NotAnOrder(dates.Value)));
        }

        CheckHash(document, header, diagnostics);

        return new SourceDocument(
            id.Name,
            document.RelativePath,
            header.Pair("kind")?.Value,
            header.Pair("outlet")?.Value,
            header.Pair("title")?.Value,
            header.Pair("author")?.Value,
            header.Pair("url")?.Value,
            published,
            retrieved,
            header.Pair("licence")?.Value,
            subject?.Value,
            0);
    }

    /// <summary>The value of a date key (published=, retrieved=), or null when it is absent or no date.</summary>
    private static string? Date(AttributeBlock header, string key, List<DiagnosticInfo> diagnostics)
    {
        if (header.Pair(key) is not { } pair)
        {
            return null;
        }

        if (ValueParser.ReadNormalized(ValueKind.Date, pair.Value, out var error) is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidNormalizedValue, header.ValueLocationOf(pair), pair.Value, "date", error ?? "write YYYY, YYYY-MM or YYYY-MM-DD"));
            return null;
        }

        return pair.Value;
    }

    private static void CheckHash(ParsedDocument document, AttributeBlock header, List<DiagnosticInfo> diagnostics)
    {
        // With syntax errors the stripped text is a guess; the syntax errors say what to fix first.
        if (header.Pair("sha256") is not { } sha256 || document.HasErrors)
        {
            return;
        }

        var actual = Sha256Hex(document.Text);
        if (!string.Equals(actual, sha256.Value, StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TextChanged, header.ValueLocationOf(sha256), actual, sha256.Value));
        }
    }

    public static string Sha256Hex(string text)
    {
        // A short document's bytes at once; a long one's through a small buffer, encoded straight from
        // the string a piece at a time, each piece ending before a surrogate pair rather than inside one.
        const int Chunk = 4096;
        using var sha = SHA256.Create();
        if (text.Length <= Chunk)
        {
            var all = Encoding.UTF8.GetBytes(text);
            sha.TransformFinalBlock(all, 0, all.Length);
        }
        else
        {
            var bytes = new byte[Encoding.UTF8.GetMaxByteCount(Chunk)];
            for (var at = 0; at < text.Length;)
            {
                var count = Math.Min(Chunk, text.Length - at);
                if (at + count < text.Length && char.IsHighSurrogate(text[at + count - 1]))
                {
                    count--;
                }

                sha.TransformBlock(bytes, 0, Encoding.UTF8.GetBytes(text, at, count, bytes, 0), null, 0);
                at += count;
            }

            sha.TransformFinalBlock(bytes, 0, 0);
        }

        var hash = sha.Hash; // a copy on every read
        var hex = new char[hash.Length * 2];
        for (var i = 0; i < hash.Length; i++)
        {
            hex[2 * i] = HexDigit(hash[i] >> 4);
            hex[(2 * i) + 1] = HexDigit(hash[i] & 15);
        }

        return new string(hex);
    }

    private static char HexDigit(int value) => (char)(value < 10 ? '0' + value : 'a' + value - 10);
}
