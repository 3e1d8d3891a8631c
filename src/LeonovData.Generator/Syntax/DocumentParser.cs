using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using LeonovData.Generator.Diagnostics;
using LeonovData.Generator.Model;

namespace LeonovData.Generator.Syntax;

/// <summary>
/// The strict, linear parser of annotated documents (docs/format.md). One pass, no backtracking,
/// no exceptions: every problem becomes a diagnostic at its exact position and parsing goes on,
/// so one typo does not hide the next.
/// </summary>
internal sealed class DocumentParser
{
    /// <summary>How deep spans may nest; real annotation needs three or four levels.</summary>
    public const int MaxDepth = 16;

    private readonly string _path;
    private readonly string _text;
    private readonly LineMap _lines;
    private readonly DocumentMarkup _markup;
    private readonly AttributeParser _attributes;
    private readonly StringBuilder _stripped;
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly List<OpenSpan> _open;
    private readonly List<ClosedSpan> _closed;
    private readonly Scratch _scratch;
    private readonly CancellationToken _cancellationToken;

    private DocumentParser(string path, string text, CancellationToken cancellationToken)
    {
        _path = path;
        _text = text;
        _cancellationToken = cancellationToken;
        _scratch = Scratch.Take();
        _lines = new LineMap(path, text, _scratch.LineStarts);
        _markup = new DocumentMarkup(_lines, _scratch.Pool, _scratch.Attributes);
        _attributes = new AttributeParser(text, _markup, _diagnostics);
        // Room for every span at once: grown by doubling, the list made twice the garbage it kept.
        var brackets = Count(text, '[');
        (_stripped, _open, _closed) = (_scratch.Stripped, _scratch.Open, _scratch.Closed);
        if (_closed.Capacity < brackets)
        {
            _closed.Capacity = brackets;
        }

        _stripped.EnsureCapacity(StrippedCapacity(text, brackets));
    }

    /// <summary>
    /// About how long the stripped text will be: the text less its brackets and its blocks closed on
    /// their line. Markup is more than half of a densely annotated file, and a builder of the whole
    /// file's size was the largest thing parsing allocated (for most files on the large-object heap).
    /// A guess that is short costs the builder one more chunk, nothing else.
    /// </summary>
    private static int StrippedCapacity(string text, int brackets)
    {
        var markup = 2 * brackets;
        var close = -1;
        var lineEnd = -1;
        for (var open = text.IndexOf('{'); open >= 0; open = text.IndexOf('{', open + 1))
        {
            // The first '}' and line break after a '{' serve every '{' before them: linear, whatever the file.
            if (close < open && (close = text.IndexOf('}', open + 1)) < 0)
            {
                break;
            }

            if (lineEnd < open && (lineEnd = text.IndexOf('\n', open + 1)) < 0)
            {
                lineEnd = text.Length;
            }

            if (close < lineEnd)
            {
                markup += close - open + 1;
                open = close;
            }
        }

        return Math.Max(16, text.Length - markup);
    }

    private static int Count(string text, char c)
    {
        var count = 0;
        for (var at = text.IndexOf(c); at >= 0; at = text.IndexOf(c, at + 1))
        {
            count++;
        }

        return count;
    }

    /// <summary>Parses one document; a cancelled build stops it within a few thousand characters.</summary>
    public static ParsedDocument Parse(string path, string text, CancellationToken cancellationToken = default)
    {
        var parser = new DocumentParser(path, text, cancellationToken);
        try
        {
            return parser.Run();
        }
        finally
        {
            parser._scratch.Return();
        }
    }

    private ParsedDocument Run()
    {
        var position = _text.Length > 0 && _text[0] == '\uFEFF' ? 1 : 0;
        CheckControl(position);
        var header = ParseHeader(ref position);
        var lastRawBreakEnd = -1;

        var steps = 0;
        while (position < _text.Length)
        {
            if ((steps++ & 0xFFF) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            var c = _text[position];
            switch (c)
            {
                case '\\':
                    position = Escape(position);
                    break;
                case '[':
                    Open(position);
                    position++;
                    break;
                case ']':
                    position = Close(position);
                    break;
                case '{' when _open.Count > 0 && ClosesOnItsLine(position):
                    position = CloseWithoutBracket(position);
                    break;
                case '{' or '}':
                    Report(DiagnosticDescriptors.StrayBrace, position, 1, c.ToString());
                    _stripped.Append(c);
                    position++;
                    break;
                case '\r':
                    // Stripped text is LF-only, so a CRLF checkout states the same facts as an LF one.
                    _stripped.Append('\n');
                    position += position + 1 < _text.Length && _text[position + 1] == '\n' ? 2 : 1;
                    lastRawBreakEnd = position;
                    break;
                case '\n':
                    _stripped.Append('\n');
                    position++;
                    lastRawBreakEnd = position;
                    break;
                default:
                    _stripped.Append(c);
                    position++;
                    break;
            }
        }

        foreach (var open in _open)
        {
            Report(DiagnosticDescriptors.UnclosedSpan, open.OpenOffset, 1);
        }

        // A file's final line break ends its last line; it is not part of the document
        // (the way POSIX text files work). A document that ends with a line break keeps an empty last line.
        if (lastRawBreakEnd == _text.Length && _stripped.Length > 0 && _stripped[_stripped.Length - 1] == '\n')
        {
            _stripped.Length--;
        }

        var stripped = _stripped.ToString();
        _scratch.Attributes = _markup.Keep(stripped);
        return new ParsedDocument(
            _path,
            LocationInfo.FileNameOf(_path),
            header,
            OrderSpans(),
            stripped,
            _diagnostics.Count == 0 ? EquatableArray<DiagnosticInfo>.Empty : _diagnostics.OrderBy(static d => d.Location?.Start ?? 0).ToEquatableArray())
        {
            BrokenIds = _attributes.BrokenIds.ToEquatableArray(),
        };
    }

    private AttributeBlock? ParseHeader(ref int position)
    {
        if (position >= _text.Length || _text[position] != '{')
        {
            return null;
        }

        var block = _attributes.Parse(position, out var end);
        if (end < _text.Length && _text[end] is not ('\r' or '\n'))
        {
            Report(DiagnosticDescriptors.MisplacedHeader, end, 1, "the header block must stand alone on the first line; start the document text on the next line");
        }

        position = SkipLineBreak(SkipToLineEnd(end));
        return block;
    }

    private int Escape(int position)
    {
        if (position + 1 >= _text.Length)
        {
            Report(DiagnosticDescriptors.UnknownEscape, position, 1, string.Empty);
            _stripped.Append('\\');
            return position + 1;
        }

        var next = _text[position + 1];
        switch (next)
        {
            case '[' or ']' or '{' or '}' or '\\':
                _stripped.Append(next);
                return position + 2;
            case '\r' or '\n':
                // A line continuation: the break exists only in the annotated file, so long source
                // lines can be wrapped for review without changing the source text.
                return SkipLineBreak(position + 1);
            default:
                Report(DiagnosticDescriptors.UnknownEscape, position, 2, next.ToString());
                _stripped.Append('\\');
                return position + 1;
        }
    }

    private void Open(int position)
    {
        if (_open.Count == MaxDepth)
        {
            Report(DiagnosticDescriptors.NestingTooDeep, position, 1, MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var parent = _open.Count == 0 ? -1 : _open[_open.Count - 1].OpenOffset;
        _open.Add(new OpenSpan(position, parent, _stripped.Length, _open.Count));
    }

    private int Close(int position)
    {
        var blockStart = position + 1;
        var gap = blockStart;
        while (gap < _text.Length && _text[gap] is ' ' or '\t' or '\u00A0')
        {
            gap++;
        }

        var isBlock = gap < _text.Length && _text[gap] == '{';
        if (_open.Count == 0)
        {
            Report(isBlock ? DiagnosticDescriptors.BlockClosesNoSpan : DiagnosticDescriptors.StrayClosingBracket, position, 1);
            _stripped.Append(']');
            if (!isBlock)
            {
                return position + 1;
            }

            // "Apollo 11]{.mission #apollo-11}": the '[' was forgotten. The block is read (not
            // reported again as stray braces), but without its start the span cannot be made.
            _attributes.Broken(_attributes.Parse(gap, out var afterBlock));
            return afterBlock;
        }

        if (isBlock && gap > blockStart)
        {
            // "[Apollo 11] {.mission …}": a slip of the thumb. The span is made as meant (without
            // the space, which is no more part of the source than the markup), so the one error
            // does not turn into unknown ids wherever the entity is mentioned again.
            Report(DiagnosticDescriptors.SpaceBeforeBlock, blockStart, gap - blockStart);
            return CloseSpan(position, gap);
        }

        if (!isBlock)
        {
            _open.RemoveAt(_open.Count - 1);
            Report(DiagnosticDescriptors.MissingAttributeBlock, position, 1, Describe(blockStart));
            return position + 1;
        }

        return CloseSpan(position, blockStart);
    }

    /// <summary>"[Apollo 11{.mission #apollo-11}": a block inside an open span, closed on its line, is
    /// the span's own block with its ']' forgotten; one error, and the span is made as meant.</summary>
    private int CloseWithoutBracket(int blockStart)
    {
        var open = _open[_open.Count - 1];
        var opened = _lines.Locate(open.OpenOffset, 1);
        Report(DiagnosticDescriptors.BlockWithoutBracket, blockStart, 1, (opened.StartLine + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), (opened.StartColumn + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        return CloseSpan(blockStart - 1, blockStart);
    }

    /// <summary>Closes the innermost open span with the block at <paramref name="blockStart"/>.</summary>
    private int CloseSpan(int position, int blockStart)
    {
        var open = _open[_open.Count - 1];
        _open.RemoveAt(_open.Count - 1);
        var parsed = _attributes.Parse(blockStart, out var end);

        // A span beyond the depth limit is already an error; materialising its covered text too
        // would copy the same text once per level, quadratic in a file of 10,000 '['.
        if (parsed is { } block && open.Depth < MaxDepth)
        {
            _closed.Add(new ClosedSpan(open.OpenOffset, open.ParentOffset, open.TextStart, _stripped.Length, block));
        }

        return end;
    }

    /// <summary>True when a '}' closes the block at <paramref name="position"/> on its line, before any
    /// other markup: only then is a '{' in text taken for a block (its ']' forgotten).</summary>
    private bool ClosesOnItsLine(int position)
    {
        for (var i = position + 1; i < _text.Length && _text[i] is not ('\r' or '\n'); i++)
        {
            switch (_text[i])
            {
                case '}':
                    return true;
                case '[' or ']' or '{':
                    return false;
            }
        }

        return false;
    }

    /// <remarks>
    /// A span keeps no string of its covered text: it is read from the document's stripped text
    /// (<see cref="DocumentMarkup.Text"/>) where it stands. A span's text ends before the final line
    /// break the stripped text drops: that break comes after the last ']'.
    /// </remarks>
    private EquatableArray<SpanNode> OrderSpans()
    {
        // Spans close inner first; the document lists them as they open. Each opens at its own
        // offset, so the parent's index is found by a binary search.
        _closed.Sort(static (a, b) => a.OpenOffset.CompareTo(b.OpenOffset));
        var offsets = _scratch.Offsets(_closed.Count);
        for (var i = 0; i < _closed.Count; i++)
        {
            offsets[i] = _closed[i].OpenOffset;
        }

        var spans = ImmutableArray.CreateBuilder<SpanNode>(_closed.Count);
        for (var i = 0; i < _closed.Count; i++)
        {
            var s = _closed[i];
            var parent = Array.BinarySearch(offsets, 0, _closed.Count, s.ParentOffset) is var p and >= 0 ? p : -1;
            spans.Add(new SpanNode(parent, s.TextStart, s.TextEnd, s.OpenOffset, s.Block));
        }

        return new EquatableArray<SpanNode>(spans.MoveToImmutable());
    }

    /// <summary>
    /// Reports the first control character anywhere in the file, header and attribute blocks
    /// included: one is enough to say the file is not text. Tab and line breaks (CR, LF, U+0085)
    /// are the only control characters text may hold.
    /// </summary>
    private void CheckControl(int start)
    {
        for (var position = start; position < _text.Length; position++)
        {
            var c = _text[position];
            if (char.IsControl(c) && c is not ('\t' or '\r' or '\n' or '\u0085'))
            {
                Report(DiagnosticDescriptors.ControlCharacter, position, 1, ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                return;
            }
        }
    }

    private string Describe(int position) =>
        position >= _text.Length ? "the end of the file"
        : _text[position] is '\r' or '\n' ? "the end of the line"
        : $"'{_text[position]}'";

    private int SkipToLineEnd(int position)
    {
        while (position < _text.Length && _text[position] is not ('\r' or '\n'))
        {
            position++;
        }

        return position;
    }

    private int SkipLineBreak(int position)
    {
        if (position < _text.Length && _text[position] == '\r')
        {
            position++;
        }

        if (position < _text.Length && _text[position] == '\n')
        {
            position++;
        }

        return position;
    }

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, int start, int length, params string[] arguments) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, _lines.Locate(start, length), arguments));


    /// <summary>
    /// The stripped text's builder and the lists of open and closed spans, kept per thread from one
    /// document to the next: they were more than a tenth of what parsing allocated (the builder alone
    /// is the size of the stripped text, and the closed spans' list one entry per '['), and are done
    /// with once the document's <see cref="ParsedDocument"/> is made. So are the line starts, the
    /// spans' offsets, the pool of short strings (its table grew by doubling in every document) and
    /// the array the blocks' attributes are written into (<see cref="DocumentMarkup"/>).
    /// Only a document's own sizes are kept: after a very large one they are dropped rather than held
    /// for the thread's life.
    /// </summary>
    private sealed class Scratch
    {
        private const int MaxKeptChars = 1 << 18;
        private const int MaxKeptSpans = 1 << 14;
        private const int MaxKeptLines = 1 << 16;
        private const int MaxKeptPool = 1 << 15;
        private const int MaxKeptAttributes = 1 << 15;

        private int[] _offsets = new int[64];

        // Taken and given back as BinderLists describes.
        [ThreadStatic]
        private static Scratch? s_kept;

        public StringBuilder Stripped { get; } = new();

        public List<OpenSpan> Open { get; } = new();

        public List<ClosedSpan> Closed { get; } = new();

        public List<int> LineStarts { get; } = new();

        /// <summary>Its words are cut through the thread's table of the strings its last documents cut (<see cref="RecentStrings.Words"/>).</summary>
        public TextPool Pool { get; } = new(RecentStrings.Words);

        /// <summary>Lent to the document's <see cref="DocumentMarkup"/>, and given back (cleared, perhaps grown) when it keeps its own.</summary>
        public DocumentMarkup.Entry[] Attributes { get; set; } = new DocumentMarkup.Entry[64];

        /// <summary>An array of at least <paramref name="count"/> ints; what it held before is garbage.</summary>
        public int[] Offsets(int count)
        {
            if (_offsets.Length < count)
            {
                _offsets = new int[Math.Max(count, _offsets.Length * 2)];
            }

            return _offsets;
        }

        /// <summary>The thread's scratch, or a new one (also when a parse on this thread is under way).</summary>
        public static Scratch Take()
        {
            var scratch = s_kept ?? new Scratch();
            s_kept = null;
            return scratch;
        }

        /// <summary>Clears it (its spans hold places and blocks) and keeps it for the thread's next document.</summary>
        public void Return()
        {
            Stripped.Clear();
            Open.Clear();
            Closed.Clear();
            Pool.Clear();
            if (Stripped.Capacity <= MaxKeptChars && Closed.Capacity <= MaxKeptSpans && LineStarts.Capacity <= MaxKeptLines && Pool.Capacity <= MaxKeptPool && _offsets.Length <= MaxKeptSpans && Attributes.Length <= MaxKeptAttributes)
            {
                s_kept = this;
            }
        }
    }

    private readonly record struct OpenSpan(int OpenOffset, int ParentOffset, int TextStart, int Depth);

    private readonly record struct ClosedSpan(int OpenOffset, int ParentOffset, int TextStart, int TextEnd, AttributeBlock Block);
}
