using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using LeonovData.Generator.Binding;
using LeonovData.Generator.Diagnostics;
using LeonovData.Generator.Model;
using LeonovData.Generator.Values;

namespace LeonovData.Generator.Checks;

/// <summary>
/// The rules that need the whole corpus: sources that disagree, chronology, count words, ages and
/// near-miss spellings. Each rule is one method; each finding names both sides where there are two.
/// </summary>
internal static class Checker
{
    /// <summary>Checks the whole corpus: its subject groups one after the other, as the generator's steps do.</summary>
    public static EquatableArray<DiagnosticInfo> Check(Corpus corpus, CancellationToken cancellationToken = default) =>
        SubjectGroup.Partition(corpus).SelectMany(g => Check(g, cancellationToken)).ToEquatableArray();

    /// <summary>
    /// Checks one group of subjects. Every rule reads only the statements and mentions of the
    /// subject it checks (and the containment of their values), so groups are independent. A
    /// cancelled build stops between rules.
    /// </summary>
    public static EquatableArray<DiagnosticInfo> Check(SubjectGroup group, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var corpus = group.AsCorpus();
        using var index = new CorpusIndex(corpus);
        cancellationToken.ThrowIfCancellationRequested();
        Conflicts(index, new Containment(group.Containment), diagnostics);
        cancellationToken.ThrowIfCancellationRequested();
        Chronology(index, diagnostics);
        cancellationToken.ThrowIfCancellationRequested();
        Counts(index, diagnostics);
        cancellationToken.ThrowIfCancellationRequested();
        Ages(index, diagnostics);
        cancellationToken.ThrowIfCancellationRequested();
        NearMisses(corpus, diagnostics);
        DeclaredChecks.Check(index, diagnostics);
        return diagnostics.ToEquatableArray();
    }

    private static void Conflicts(CorpusIndex index, Containment containment, List<DiagnosticInfo> diagnostics)
    {
        // One list and one set for every subject and property, cleared for the next.
        var firstOfEachValue = new List<Statement>();
        var seen = new HashSet<FactValue>();
        foreach (var group in Resolution.SingleValuedGroups(index))
        {
            if (group.Count == 1)
            {
                continue; // one statement conflicts with none
            }

            var rank = Resolution.RankOfContenders(group);
            // The first earlier statement a value conflicts with is always the first to state its
            // own value, so each statement is compared with one statement per distinct value: a
            // thousand sources repeating one date cost a thousand comparisons, not half a million.
            // (Loops rather than queries: this runs for every single-valued subject and property.)
            firstOfEachValue.Clear();
            seen.Clear();
            for (var i = 0; i < group.Count; i++)
            {
                var later = group[i];
                if (later.Rank != rank)
                {
                    continue;
                }

                var first = FirstIncompatible(firstOfEachValue, later.Value, containment);
                if (first is not null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.Conflict, later.Location, first.Location, later.Subject, later.Property, later.Value.Normalized, first.Value.Normalized, first.Citation.ToString()));
                }

                if (seen.Add(later.Value))
                {
                    firstOfEachValue.Add(later);
                }
            }
        }
    }

    private static Statement? FirstIncompatible(List<Statement> statements, FactValue value, Containment containment)
    {
        foreach (var statement in statements)
        {
            if (!Compatibility.Compatible(statement.Value, value, containment))
            {
                return statement;
            }
        }

        return null;
    }

    private static void Chronology(CorpusIndex index, List<DiagnosticInfo> diagnostics)
    {
        var corpus = index.Corpus;
        // Loops rather than queries: a closure per kind and per entity was most of what this rule allocated.
        foreach (var kind in corpus.Schema.Kinds)
        {
            if (kind.BornProperty is null && kind.DiedProperty is null)
            {
                continue;
            }

            foreach (var entity in corpus.Entities)
            {
                if (entity.Kind != kind.Id)
                {
                    continue;
                }

                var born = kind.BornProperty is null ? null : Resolution.Value(index, entity.Id, kind.BornProperty)?.Value.Literal as PartialDate;
                var died = kind.DiedProperty is null ? null : Resolution.Value(index, entity.Id, kind.DiedProperty)?.Value.Literal as PartialDate;
                if (born is null && died is null)
                {
                    continue;
                }

                var statements = index.OfSubject(entity.Id);
                for (var s = 0; s < statements.Count; s++)
                {
                    var statement = statements[s];
                    if (statement.Rank == Rank.Deprecated || statement.Property == kind.BornProperty || statement.Property == kind.DiedProperty
                        || (statement.Qualifiers.Count == 0 && statement.Value.Literal is not (PartialDate or DateInterval)))
                    {
                        continue; // the last: no date to compare (the loop below would find none)
                    }

                    var property = corpus.Schema.Property(kind.Id, statement.Property);

                    // The statement's value first, then its qualifiers'; an interval's start, then its end.
                    // Indexed rather than an iterator of dates: that was an enumerator per dated statement.
                    for (var i = -1; i < statement.Qualifiers.Count; i++)
                    {
                        var literal = (i < 0 ? statement.Value : statement.Qualifiers[i].Value).Literal;
                        var (first, second) = literal switch
                        {
                            PartialDate date => (date, null),
                            DateInterval interval => (interval.Start, interval.End),
                            _ => ((PartialDate?)null, (PartialDate?)null),
                        };
                        if (OutsideLife(first) || OutsideLife(second))
                        {
                            break;
                        }
                    }

                    bool OutsideLife(PartialDate? date)
                    {
                        if (date is null)
                        {
                            return false;
                        }

                        if (born is not null && date.IsCertainlyBefore(born))
                        {
                            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.BeforeBirth, statement.Location, entity.Id, statement.Property, date.Normalized, entity.Name, born.Normalized));
                            return true;
                        }

                        if (died is not null && date.IsCertainlyAfter(died) && property is { Posthumous: false })
                        {
                            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.AfterDeath, statement.Location, entity.Id, statement.Property, date.Normalized, entity.Name, died.Normalized));
                            return true;
                        }

                        return false;
                    }
                }
            }
        }
    }

    private static void Counts(CorpusIndex index, List<DiagnosticInfo> diagnostics)
    {
        // A deprecated statement is one the annotator already marked as wrong (rank=deprecated
        // why=...); checking it again would leave only a build-wide severity to silence it.
        List<FactValue>? values = null;
        List<FactValue>? representatives = null;
        var keys = Array.Empty<long>();
        foreach (var statement in index.Corpus.Statements)
        {
            if (statement.Rank == Rank.Deprecated || index.PropertyOf(statement) is not { Counts: { } counted } || statement.Value.Literal is not IntegerValue count)
            {
                continue;
            }

            // One list of values and one of representatives for every count, cleared for the next.
            values ??= new List<FactValue>();
            values.Clear();
            var run = index.Of(statement.Subject, counted);
            for (var i = 0; i < run.Count; i++)
            {
                if (run[i].Rank != Rank.Deprecated)
                {
                    values.Add(run[i].Value);
                }
            }

            var distinct = DistinctValues(values, representatives ??= new List<FactValue>(), ref keys);
            var holds = count.Comparator switch
            {
                Comparator.LessThan => distinct < count.Number,
                Comparator.AtMost => distinct <= count.Number,
                Comparator.GreaterThan => distinct > count.Number,
                Comparator.AtLeast => distinct >= count.Number,
                _ => distinct == count.Number,
            };
            if (!holds)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.CountMismatch, statement.Location, statement.Citation.Quote, count.Number.ToString(CultureInfo.InvariantCulture), statement.Subject, distinct.ToString(CultureInfo.InvariantCulture), counted));
            }
        }
    }

    /// <summary>Counts values that denote different things: "1965" and "1965-03-23" are one conferment.</summary>
    /// <remarks>The values are taken most precise first, in their order among equals: a stable sort
    /// as OrderByDescending is, without its sorter, buffers and map for every count (the keys as in
    /// <see cref="Resolution"/>: the score above the reversed position).</remarks>
    private static int DistinctValues(List<FactValue> values, List<FactValue> representatives, ref long[] keys)
    {
        var count = values.Count;
        if (keys.Length < count)
        {
            keys = new long[Math.Max(count, keys.Length * 2)];
        }

        for (var i = 0; i < count; i++)
        {
            keys[i] = ((long)Compatibility.PrecisionScore(values[i]) << 32) | (uint)(count - 1 - i);
        }

        Array.Sort(keys, 0, count);
        representatives.Clear();
        for (var o = count - 1; o >= 0; o--)
        {
            var value = values[count - 1 - (int)(uint)keys[o]];
            if (!AnyCompatible(representatives, value))
            {
                representatives.Add(value);
            }
        }

        return representatives.Count;
    }

    // A loop in its own method: a lambda over the value made a closure and a delegate for every value counted.
    private static bool AnyCompatible(List<FactValue> values, FactValue value)
    {
        foreach (var other in values)
        {
            if (Compatibility.Compatible(other, value))
            {
                return true;
            }
        }

        return false;
    }

    private static void Ages(CorpusIndex index, List<DiagnosticInfo> diagnostics)
    {
        // A deprecated statement is one the annotator already marked as wrong (rank=deprecated
        // why=...); checking it again would leave only a build-wide severity to silence it.
        foreach (var statement in index.Corpus.Statements)
        {
            if (statement.Rank == Rank.Deprecated || index.PropertyOf(statement) is not { AgeFrom: { } from } property || statement.Value.Literal is not IntegerValue age)
            {
                continue;
            }

            var start = Resolution.Value(index, statement.Subject, from)?.Value.Literal as PartialDate;
            var end = property.AgeTo is { } to
                ? Resolution.Value(index, statement.Subject, to)?.Value.Literal as PartialDate
                : DateQualifier(statement)?.Value.Literal as PartialDate;
            if (start is null || end is null)
            {
                continue;
            }

            var youngest = Years(LastDay(start), FirstDay(end));
            var oldest = Years(FirstDay(start), LastDay(end));
            if (age.Number < youngest || age.Number > oldest)
            {
                var range = youngest == oldest ? youngest.ToString(CultureInfo.InvariantCulture) : $"{youngest} to {oldest}";
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.AgeMismatch, statement.Location, statement.Citation.Quote, age.Number.ToString(CultureInfo.InvariantCulture), start.Normalized, end.Normalized, range, statement.Subject));
            }
        }
    }

    // A loop: FirstOrDefault over the qualifiers boxed their enumerator for every age.
    private static Qualifier? DateQualifier(Statement statement)
    {
        foreach (var qualifier in statement.Qualifiers)
        {
            if (qualifier.Property == "date")
            {
                return qualifier;
            }
        }

        return null;
    }

    private static DateTime FirstDay(PartialDate date) => new(date.Year, date.Month ?? 1, date.Day ?? 1);

    private static DateTime LastDay(PartialDate date)
    {
        var month = date.Month ?? 12;
        return new DateTime(date.Year, month, date.Day ?? DateTime.DaysInMonth(date.Year, month));
    }

    private static int Years(DateTime from, DateTime to) =>
        to.Year - from.Year - (to.Month < from.Month || (to.Month == from.Month && to.Day < from.Day) ? 1 : 0);

    private static void NearMisses(Corpus corpus, List<DiagnosticInfo> diagnostics)
    {
        var names = new Dictionary<string, string>(corpus.Entities.Count, StringComparer.Ordinal);
        foreach (var entity in corpus.Entities)
        {
            names.Add(entity.Id, entity.Name);
        }

        // The thread's tables, cleared after each group: made for every group, they were a third of
        // what checking the groups allocated.
        var tables = s_nearMissTables ?? new NearMissTables();
        s_nearMissTables = null;
        var words = tables.Words;
        var known = new List<string>();
        var suspects = new List<(Mention Mention, string Near)>();
        var references = new List<string[]>();
        foreach (var group in ByEntity(corpus.Mentions, tables.RunOf))
        {
            var entityId = group.Array![group.Offset].EntityId;
            names.TryGetValue(entityId, out var name);

            // The declaration and the entity's name are its reference spellings, and so are their
            // short forms ("Leonov" of "Alexei Leonov"): a mention one letter away from a known name
            // is the suspect, never a reference itself, or one typo would put a warning on every
            // correct mention. Most entities have no other mention: nothing more is made for them.
            var hasReferences = false;
            List<Mention>? candidates = null;
            for (var i = group.Offset; i < group.Offset + group.Count; i++)
            {
                var mention = group.Array[i];
                if (mention.IsSic || mention.IsVariant)
                {
                    continue;
                }

                if (!hasReferences)
                {
                    References(group, name, words, references);
                    hasReferences = true;
                }

                if (!IsReference(Cached(words, mention.Text), references))
                {
                    (candidates ??= new List<Mention>()).Add(mention);
                }
            }

            if (candidates is null)
            {
                continue;
            }

            // Loops over lists kept for every entity: queries here made a closure per candidate and
            // a set, lists and iterators per entity, for every entity a typo could concern.
            Known(group, name, known);
            suspects.Clear();
            foreach (var mention in candidates)
            {
                if (Near(mention.Text, known) is { } near)
                {
                    suspects.Add((mention, near));
                }
            }

            // Spans nested around the same words are one mention of them: warn once, at the innermost.
            foreach (var (mention, near) in suspects)
            {
                if (!EnclosesAnother(mention, suspects))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NearMiss, mention.Location, mention.Text, near, entityId));
                }
            }
        }

        tables.Return();
    }

    // Taken and given back as BinderLists describes.
    [ThreadStatic]
    private static NearMissTables? s_nearMissTables;

    /// <summary>The words of each spelling met (split once per group), and each entity's run of mentions (<see cref="ByEntity"/>).</summary>
    private sealed class NearMissTables
    {
        // Tables that held more than this (a group of that many spellings or entities) are dropped
        // rather than kept, with their size, for the thread's life.
        private const int MaxKept = 1 << 14;

        public Dictionary<string, string[]> Words { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> RunOf { get; } = new(StringComparer.Ordinal);

        /// <summary>Clears the tables and gives them back to the thread, unless they grew past <see cref="MaxKept"/>.</summary>
        public void Return()
        {
            var keep = Words.Count <= MaxKept && RunOf.Count <= MaxKept;
            Words.Clear();
            RunOf.Clear();
            if (keep)
            {
                s_nearMissTables = this;
            }
        }
    }

    /// <summary>The entity's spellings that are no typo of their own: its mentions but .sic and .variant ones, then its name; each once, in that order.</summary>
    private static void Known(ArraySegment<Mention> mentions, string? name, List<string> known)
    {
        known.Clear();
        for (var i = mentions.Offset; i < mentions.Offset + mentions.Count; i++)
        {
            var mention = mentions.Array![i];
            if (!mention.IsSic && !mention.IsVariant)
            {
                AddOnce(known, mention.Text);
            }
        }

        AddOnce(known, name ?? string.Empty);
    }

    private static void AddOnce(List<string> texts, string text)
    {
        foreach (var known in texts)
        {
            if (string.Equals(known, text, StringComparison.Ordinal))
            {
                return;
            }
        }

        texts.Add(text);
    }

    /// <summary>The first known spelling one letter away from <paramref name="text"/> that is not a variant of it, or null.</summary>
    private static string? Near(string text, List<string> known)
    {
        foreach (var spelling in known)
        {
            if (IsOneLetterAway(text, spelling) && !IsInitialVariant(text, spelling))
            {
                return spelling;
            }
        }

        return null;
    }

    /// <summary>Whether another suspect of the same words stands inside <paramref name="mention"/>'s span.</summary>
    private static bool EnclosesAnother(Mention mention, List<(Mention Mention, string Near)> suspects)
    {
        foreach (var (other, _) in suspects)
        {
            if (!ReferenceEquals(other, mention) && other.Text == mention.Text && mention.Place.Encloses(other.Place))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The mentions of each entity, in order of each entity's first mention and each in corpus order
    /// (as GroupBy gives them), as runs of one array: GroupBy made a grouping, its array and an
    /// enumerator for every entity of every group, and this runs for every group on a cold build.
    /// </summary>
    /// <param name="runOf">An empty table, filled with each entity's run.</param>
    private static List<ArraySegment<Mention>> ByEntity(EquatableArray<Mention> mentions, Dictionary<string, int> runOf)
    {
        var runs = new int[mentions.Count];
        var counts = new List<int>();
        for (var i = 0; i < mentions.Count; i++)
        {
            if (!runOf.TryGetValue(mentions[i].EntityId, out var run))
            {
                runOf[mentions[i].EntityId] = run = counts.Count;
                counts.Add(0);
            }

            runs[i] = run;
            counts[run]++;
        }

        var starts = new int[counts.Count];
        var segments = new List<ArraySegment<Mention>>(counts.Count);
        var sorted = new Mention[mentions.Count];
        for (int run = 0, start = 0; run < counts.Count; start += counts[run], run++)
        {
            starts[run] = start;
            segments.Add(new ArraySegment<Mention>(sorted, start, counts[run]));
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            sorted[starts[runs[i]]++] = mentions[i];
        }

        return segments;
    }

    /// <summary>The words of an entity's reference spellings: its declarations' and its name's.</summary>
    /// <remarks>Into one list for every entity, cleared first: a list each was made for every entity mentioned.</remarks>
    private static void References(ArraySegment<Mention> mentions, string? name, Dictionary<string, string[]> words, List<string[]> references)
    {
        references.Clear();
        for (var i = mentions.Offset; i < mentions.Offset + mentions.Count; i++)
        {
            if (mentions.Array![i].IsDeclaration)
            {
                references.Add(Cached(words, mentions.Array[i].Text));
            }
        }

        references.Add(Cached(words, name ?? string.Empty));
    }

    /// <summary>
    /// "Neil A. Armstrong" is "Neil Armstrong" with a middle initial, and "Neil Alden Armstrong" with
    /// a name abbreviated: a variant of the name, not a one-letter typo. "Neil B. Armstrong" is
    /// not a variant of "Neil A. Armstrong".
    /// </summary>
    private static bool IsInitialVariant(string a, string b)
    {
        var x = Words(a);
        var y = Words(b);
        if (x.Length == y.Length)
        {
            return x.Zip(y, static (p, q) => p == q || (p.Length == 1 && q.StartsWith(p, StringComparison.Ordinal)) || (q.Length == 1 && p.StartsWith(q, StringComparison.Ordinal)))
                .All(static same => same);
        }

        var xInitials = x.Any(static w => w.Length == 1);
        var yInitials = y.Any(static w => w.Length == 1);
        return xInitials != yInitials && x.Where(static w => w.Length > 1).SequenceEqual(y.Where(static w => w.Length > 1));
    }

    /// <summary>
    /// One edit apart once case, spaces and punctuation are ignored ("Voskhod-2" is "Voskhod 2"), and
    /// only letters differ: "Soyuz 11" and "Soyuz 19" are different things, not a typo.
    /// </summary>
    private static bool IsOneLetterAway(string a, string b)
    {
        // Decided without a string in the common case: most pairs of spellings differ in length by
        // more than one letter, and this runs for every mention against every known spelling.
        var length = SkeletonLength(a);
        if (length < 4 || Math.Abs(length - SkeletonLength(b)) > 1 || !SameDigits(a, b))
        {
            return false;
        }

        var x = Skeleton(a);
        var y = Skeleton(b);
        return x != y && EditDistance.Bounded(x, y, 1) == 1;
    }

    private static int SkeletonLength(string text)
    {
        var length = 0;
        foreach (var c in text)
        {
            length += char.IsLetterOrDigit(c) ? 1 : 0;
        }

        return length;
    }

    /// <summary>Whether both texts have the same digits in the same order ("Soyuz 11" and "Soyuz-11").</summary>
    private static bool SameDigits(string a, string b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && !char.IsDigit(a[i]))
            {
                i++;
            }

            while (j < b.Length && !char.IsDigit(b[j]))
            {
                j++;
            }

            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }

            if (a[i++] != b[j++])
            {
                return false;
            }
        }
    }

    private static string Skeleton(string text)
    {
        var kept = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                kept.Append(char.ToLowerInvariant(c));
            }
        }

        return kept.ToString();
    }

    /// <summary>The words of a name, lower-cased, punctuation dropped: "Voskhod-2" is ["voskhod", "2"].</summary>
    /// <remarks>Each word cut and lowered in one copy: a folded copy of the whole text, as an array and
    /// as a string, was made for every spelling before splitting it.</remarks>
    private static string[] Words(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                count++;
            }
        }

        if (count == 0)
        {
            return Array.Empty<string>();
        }

        var words = new string[count];
        var w = 0;
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var lower = true;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                lower &= char.ToLowerInvariant(text[i]) == text[i];
                i++;
            }

            words[w++] = lower ? text.Substring(start, i - start) : Lowered(text, start, i - start);
        }

        return words;
    }

    [ThreadStatic]
    private static char[]? s_lowered;

    // Longer words get a buffer of their own: the thread keeps a word's copy no longer than this.
    private const int MaxKeptLowered = 256;

    // Char by char, as the words were always lowered, through the thread's buffer.
    private static string Lowered(string text, int start, int length)
    {
        var buffer = length > MaxKeptLowered ? new char[length] : s_lowered ??= new char[MaxKeptLowered];
        for (var i = 0; i < length; i++)
        {
            buffer[i] = char.ToLowerInvariant(text[start + i]);
        }

        return new string(buffer, 0, length);
    }

    // Most mentions repeat a few spellings: split each spelling once.
    private static string[] Cached(Dictionary<string, string[]> words, string text)
    {
        if (!words.TryGetValue(text, out var split))
        {
            words[text] = split = Words(text);
        }

        return split;
    }

    private static bool IsReference(string[] words, List<string[]> references)
    {
        foreach (var reference in references)
        {
            if (IsRunOf(words, reference))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="part"/> is a run of consecutive words of <paramref name="whole"/>.</summary>
    private static bool IsRunOf(string[] part, string[] whole)
    {
        for (var start = 0; part.Length > 0 && start + part.Length <= whole.Length; start++)
        {
            var i = 0;
            while (i < part.Length && string.Equals(part[i], whole[start + i], StringComparison.Ordinal))
            {
                i++;
            }

            if (i == part.Length)
            {
                return true;
            }
        }

        return false;
    }
}
