using System;
using System.Collections.Generic;
using LeonovData.Generator.Model;

namespace LeonovData.Generator.Binding;

/// <summary>
/// The lists a <see cref="Binder"/> gathers one document's entities, qualifiers, mentions, broken
/// names and diagnostics in, kept by the thread from document to document and cleared after each.
/// Grown by doubling for every document, their dropped arrays were as much garbage again as the
/// exact arrays the bound document keeps (a corpus mentions tens of thousands of entities).
/// </summary>
internal sealed class BinderLists
{
    // A document that needed more room than this gives its lists up rather than keep them for the thread.
    private const int MaxKept = 1 << 14;

    [ThreadStatic]
    private static BinderLists? s_kept;

    public List<DiagnosticInfo> Diagnostics { get; } = new();

    public List<EntityDeclaration> Entities { get; } = new();

    public List<PendingQualifier> Qualifiers { get; } = new();

    public List<Mention> Mentions { get; } = new();

    public List<string> BrokenNames { get; } = new();

    /// <summary>The thread's lists, or new ones (also when another binder on this thread holds them).</summary>
    public static BinderLists Take()
    {
        var lists = s_kept ?? new BinderLists();
        s_kept = null;
        return lists;
    }

    /// <summary>Clears the lists (their contents are copied out by then) and gives them back to the thread.</summary>
    public void Return()
    {
        var largest = Math.Max(Math.Max(Diagnostics.Capacity, Entities.Capacity), Math.Max(Math.Max(Qualifiers.Capacity, Mentions.Capacity), BrokenNames.Capacity));
        Diagnostics.Clear();
        Entities.Clear();
        Qualifiers.Clear();
        Mentions.Clear();
        BrokenNames.Clear();
        if (largest <= MaxKept)
        {
            s_kept = this;
        }
    }
}
