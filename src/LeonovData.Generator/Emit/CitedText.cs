using System;
using System.Text;
using LeonovData.Generator.Model;

namespace LeonovData.Generator.Emit;

/// <summary>
/// The text a shard's citations cut their quotes and sentences from: each distinct sentence once, in
/// the order first cited, carried by a literal of its own (see <see cref="ShardEmitter"/>). A
/// citation names its sentence by index and its quote by where it starts in that sentence, so the
/// text is stored once however many facts a sentence states, and the runtime reads it only when a
/// citation's quote or sentence is first read.
/// </summary>
/// <remarks>
/// Sentences rather than the document's stripped text: a citation's sentence is already folded and
/// cut exactly as the binder cut it (<c>Binding/Sentences.cs</c>), so the runtime repeats no folding
/// rule, and text that no fact cites (reference lists, zones) is not stored at all.
/// </remarks>
internal sealed class CitedText : IDisposable
{
    private readonly Blob _blob;
    private readonly int _table;
    private readonly bool _utf8;
    // Sentences as the binder's slices of their documents' text (compared by content): the text is
    // stored without a string of each sentence being made first.
    private CitedSentences? _sentences;
    private int _units;

    /// <param name="blob">The shard's blob, whose table <paramref name="table"/> gets each sentence's start and length.</param>
    /// <param name="utf8">Whether the text is stored as UTF-8 (offsets in bytes, lone surrogates escaped as in <see cref="Blob.Utf8Safe"/>) rather than UTF-16.</param>
    public CitedText(Blob blob, int table, bool utf8)
    {
        _blob = blob;
        _table = table;
        _utf8 = utf8;
        _sentences = s_kept ?? new CitedSentences();
        s_kept = null;
    }

    /// <summary>
    /// The sentences of the last text disposed on this thread, emptied, for the next: growing the arrays
    /// afresh for each of the 16 shards was a fifth of what emitting the shards allocated (3 MB of
    /// <see cref="TextSlice"/>[] at 100 × 1,000). Only arrays of a size a shard commonly needs are kept,
    /// about 0.7 MB at most per thread, and they hold no slice, so no document's text.
    /// Taken and given back as <see cref="Binding.BinderLists"/> describes.
    /// </summary>
    [ThreadStatic]
    private static CitedSentences? s_kept;

    private const int MaxKeptSentences = 1 << 14;

    private CitedSentences Sentences => _sentences ?? throw new ObjectDisposedException(nameof(CitedText));

    /// <summary>Gives its sentences to the thread's next text; the text must not be used after it.</summary>
    public void Dispose()
    {
        // Given once: a second Dispose must not hand the same sentences to a second text.
        if (_sentences is not { } kept)
        {
            return;
        }

        _sentences = null;
        if (kept.Capacity <= MaxKeptSentences)
        {
            kept.Clear();
            s_kept = kept;
        }
    }

    /// <summary>
    /// Appends the text as a string literal (<see cref="Literals.AppendString"/>), sentence by sentence
    /// straight into the generated file rather than through a string of the whole text first. Only a
    /// target without UTF-8 literals comes here; each sentence is made a string as it is written.
    /// </summary>
    public void AppendLiteral(StringBuilder builder)
    {
        if (JoinsAPair())
        {
            var whole = new StringBuilder(_units);
            for (var i = 0; i < Sentences.Count; i++)
            {
                whole.Append(Sentences[i].Text, Sentences[i].Start, Sentences[i].Length);
            }

            Literals.AppendString(builder, whole.ToString());
            return;
        }

        builder.Append('"');
        for (var i = 0; i < Sentences.Count; i++)
        {
            Literals.AppendEscaped(builder, Sentences[i].ToString());
        }

        builder.Append('"');
    }

    /// <summary>The text's UTF-8 bytes, sentence after sentence (a UTF-8 text's offsets count these),
    /// lent until the thread's next (<see cref="Utf8Buffer"/>).</summary>
    public ArraySegment<byte> Utf8()
    {
        if (!_utf8)
        {
            throw new InvalidOperationException("the text is UTF-16");
        }

        var bytes = Utf8Buffer.Lend(_units);
        var at = 0;
        for (var i = 0; i < Sentences.Count; i++)
        {
            var sentence = Sentences[i];
            at += Encoding.UTF8.GetBytes(sentence.Text, sentence.Start, sentence.Length, bytes, at);
        }

        return new ArraySegment<byte>(bytes, 0, at);
    }

    /// <summary>
    /// Whether a sentence ends with half a surrogate pair and the next begins with the other half:
    /// escaped one by one they would be two lone surrogates (escaped), in the whole text one pair (as it is).
    /// </summary>
    private bool JoinsAPair()
    {
        for (var i = 1; i < Sentences.Count; i++)
        {
            var before = Sentences[i - 1];
            var after = Sentences[i];
            if (before.Length > 0 && after.Length > 0 && char.IsHighSurrogate(before[before.Length - 1]) && char.IsLowSurrogate(after[0]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text's length in the literal's units (chars, or bytes when UTF-8).</summary>
    public int Units => _units;

    /// <summary>
    /// Writes a quote and its sentence: the sentence's index, then 1 + where the quote starts in it and
    /// its length; or, for a quote that is not in its sentence, 0 and the quote as a string of the blob.
    /// </summary>
    public void Cite(Record record, string quote, TextSlice sentence)
    {
        record.Number(Sentence(sentence));
        var at = sentence.IndexOf(quote);
        if (at >= 0)
        {
            record.Number(at + 1).Number(quote.Length);
        }
        else
        {
            record.Number(0).Number(_blob.String(quote));
        }
    }

    private int Sentence(TextSlice sentence)
    {
        var index = Sentences.RecordOf(sentence);
        if (index < 0)
        {
            var stored = _utf8 ? Utf8Safe(sentence) : sentence;
            var length = _utf8 ? Utf8Length(stored) : stored.Length;
            index = _blob.Add(_table, _blob.Begin(_table).Number(_units).Number(length));
            Sentences.Add(sentence, stored, index);
            _units += length;
        }

        return index;
    }

    /// <summary>
    /// <see cref="Blob.Utf8Safe"/> of the sentence: the slice itself when it holds no surrogate and does
    /// not start with <see cref="Blob.Escape"/>, as nearly every sentence; otherwise its string, escaped
    /// as a string of it would be (whether a surrogate is lone depends on the slice's ends, not the text's).
    /// </summary>
    private static TextSlice Utf8Safe(TextSlice sentence)
    {
        // Read from the text itself: this runs over every char a shard cites.
        var text = sentence.Text;
        var end = sentence.Start + sentence.Length;
        var safe = sentence.Length == 0 || text[sentence.Start] != Blob.Escape;
        for (var i = sentence.Start; i < end && safe; i++)
        {
            safe = !char.IsSurrogate(text[i]);
        }

        return safe ? sentence : new TextSlice(Blob.Utf8Safe(sentence.ToString()));
    }

    /// <summary>The UTF-8 length of a slice <see cref="Utf8Safe"/> made safe: no lone surrogate, so a
    /// pair is four bytes and every other char one to three (netstandard2.0 counts only whole strings and arrays).</summary>
    private static int Utf8Length(TextSlice slice)
    {
        var text = slice.Text;
        var bytes = 0;
        for (var i = slice.Start; i < slice.Start + slice.Length; i++)
        {
            var c = text[i];
            bytes += c < 0x80 ? 1 : c < 0x800 || char.IsSurrogate(c) ? 2 : 3;
        }

        return bytes;
    }
}
