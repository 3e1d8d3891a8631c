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
/// <remarks>
/// The generator's per-thread scratch all follows one policy, written here once (the other sites
/// point here): a <c>[ThreadStatic]</c> slot holds at most one scratch. It is <em>taken</em> by
/// reading the slot and setting it to null, so a second user on the thread (a nested or re-entered
/// run) finds none and makes its own. It is <em>given back</em> at the end of its use, emptied (no string, slice or statement left in it, so it keeps no document alive),
/// and only when it is no larger than the site's stated limit: a very large document gets scratch of
/// its own, dropped after it, rather than making the thread hold its size for the compiler server's
/// life. A use cut short by an exception either skips the give-back (the scratch is dropped) or, when
/// it is given back by a Dispose, empties it there as on success: a half-filled scratch is never reused.
/// Buffers that are lent rather than taken (<c>Utf8Buffer</c>, <c>Cursor</c>'s builder, the
/// checker's lowering buffer) stay in their slot and are valid until the thread's next lend; they
/// too are kept only up to a stated size, or are small by what they hold (a value's text).
/// </remarks>
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
