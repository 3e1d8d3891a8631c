using System.Collections.Generic;
using System.Text;
using LeonovData.Generator.Diagnostics;
using LeonovData.Generator.Model;

namespace LeonovData.Generator.Syntax;

/// <summary>
/// Parses one <c>{...}</c> attribute block: <c>.class</c>, <c>#id</c>, <c>key=value</c>,
/// <c>key="quoted value"</c> and <c>%comments%</c>, separated by white space. A block must close
/// on its own line: a forgotten <c>}</c> is then reported where it happened instead of swallowing
/// the rest of the file.
/// </summary>
internal sealed class AttributeParser
{
    /// <summary>How many attributes one block may hold; real annotation writes fewer than ten.</summary>
    public const int MaxAttributes = 32;

    private readonly string _text;
    private readonly DocumentMarkup _markup;
    private readonly LineMap _lines;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly TextPool _pool;
    // Where the block being parsed starts: its attributes are placed from there.
    private int _blockStart;

    // The block being parsed's first attribute among the document's.
    private int _first;
    private bool _swallowedClose;
    private bool _reportedTooMany;

    // The block being parsed meets markup before its '}': it was never closed, so punctuation
    // after a bare value is the prose that follows the block ("statement=x, [Neil]…").
    private bool _unclosed;

    /// <param name="markup">Where the document's blocks keep their attributes, its lines and the pool of its words.</param>
    public AttributeParser(string text, DocumentMarkup markup, List<DiagnosticInfo> diagnostics)
    {
        _text = text;
        _markup = markup;
        _lines = markup.Lines;
        _diagnostics = diagnostics;
        _pool = markup.Pool;
    }

    /// <summary>Parses the block whose '{' is at <paramref name="start"/>.</summary>
    /// <returns>The block, or null when it is not closed on its line (reported).</returns>
    /// <remarks>
    /// A block that meets markup (<c>[</c>, <c>]</c> or <c>{</c>) before its <c>}</c> was not closed:
    /// "[Apollo 11]{.mission #apollo-11 flew. [Neil]{…}". It then ends after its last well-formed
    /// attribute, with one error, so that the prose and the spans after it parse as they were meant.
    /// </remarks>
    public AttributeBlock? Parse(int start, out int end)
    {
        _first = _markup.AttributeCount;
        _blockStart = start;
        var position = start + 1;
        var errorsBefore = _diagnostics.Count;
        var markup = MarkupBeforeClose(start + 1);
        _unclosed = markup >= 0;
        _swallowedClose = false;
        _reportedTooMany = false;
        while (true)
        {
            if (markup >= 0 && position >= markup)
            {
                return Unclosed(start, position, out end);
            }

            if (position >= _text.Length || IsLineBreak(_text[position]))
            {
                // An unclosed quote or comment has already been reported and swallowed the '}':
                // one error for one mistake.
                if (!_swallowedClose)
                {
                    Report(DiagnosticDescriptors.UnclosedAttributeBlock, start, 1, CloseAdvice());
                }

                BreakIds();
                _markup.Truncate(_first);
                end = position;
                return null;
            }

            var c = _text[position];
            if (c == '}')
            {
                end = position + 1;
                return Block(start, end, _diagnostics.Count > errorsBefore);
            }

            var errors = _diagnostics.Count;
            var attributeStart = position;
            if (IsSpace(c))
            {
                position++;
            }
            else if (c == '%')
            {
                position = Comment(position);
            }
            else if (c is '.' or '#')
            {
                position = Name(position, c == '.' ? AttributeForm.Class : AttributeForm.Id);
                Bound(attributeStart, position);
            }
            else if (IsNameChar(c))
            {
                position = Pair(position);
                Bound(attributeStart, position);
            }
            else
            {
                Report(DiagnosticDescriptors.MalformedAttribute, position, 1, $"'{c}' cannot start an attribute; write .kind, #id or key=value");
                position = SkipAttribute(position + 1);
            }

            // In an unclosed block the first thing that is no attribute is the prose after it: its
            // errors would only repeat the missing '}'.
            if (markup >= 0 && _diagnostics.Count > errors)
            {
                _diagnostics.RemoveRange(errors, _diagnostics.Count - errors);
                return Unclosed(start, attributeStart, out end);
            }
        }
    }

    /// <summary>Ids declared by blocks that could not become part of a span (a block never
    /// closed, or one after a ']' that closes nothing); references to them are not errors of their own.</summary>
    public List<string> BrokenIds { get; } = new();

    /// <summary>Records the id of a block the parser could not attach to a span.</summary>
    public void Broken(AttributeBlock? block)
    {
        if (block?.Id is { } id)
        {
            BrokenIds.Add(id.Name);
        }
    }

    /// <summary>Records the ids of the block being parsed, which will be no block.</summary>
    private void BreakIds()
    {
        for (var i = _first; i < _markup.AttributeCount; i++)
        {
            var attribute = _markup.Attribute(i);
            if (attribute.Form == AttributeForm.Id)
            {
                BrokenIds.Add(attribute.Name);
            }
        }
    }

    /// <summary>Ends a block that was never closed before <paramref name="stop"/>, after its last
    /// attribute; it states nothing (it may lack what came after), but it still declares its entity.</summary>
    private AttributeBlock Unclosed(int start, int stop, out int end)
    {
        Report(DiagnosticDescriptors.UnclosedAttributeBlock, start, 1, CloseAdvice());
        end = stop;
        while (end > start + 1 && IsSpace(_text[end - 1]))
        {
            end--;
        }

        return Block(start, end, hasErrors: true);
    }

    /// <summary>The block being parsed, from <paramref name="start"/> to <paramref name="end"/> (on one line: a block closes on its line).</summary>
    private AttributeBlock Block(int start, int end, bool hasErrors) =>
        new(_markup, start, end - start, _first, (byte)(_markup.AttributeCount - _first), hasErrors);

    private string CloseAdvice()
    {
        if (_markup.AttributeCount == _first)
        {
            return "close it with '}'";
        }

        var last = _markup.Attribute(_markup.AttributeCount - 1);
        return $"close it with '}}' after '{_text.Substring(_blockStart + last.Offset, last.Length)}'";
    }

    /// <summary>
    /// The position of the first '[', ']' or '{' (outside quotes and comments) that comes before the
    /// block's '}' on its line, or -1. Such markup cannot be inside a block: the '}' was forgotten.
    /// </summary>
    private int MarkupBeforeClose(int position)
    {
        var quoted = false;
        var comment = false;
        for (; position < _text.Length && !IsLineBreak(_text[position]); position++)
        {
            var c = _text[position];
            if (quoted)
            {
                if (c == '\\')
                {
                    position++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
            }
            else if (comment)
            {
                comment = c != '%';
            }
            else if (c == '}')
            {
                return -1;
            }
            else if (c is '[' or ']' or '{')
            {
                return position;
            }
            else
            {
                quoted = c == '"';
                comment = c == '%';
            }
        }

        return -1;
    }

    private int Comment(int start)
    {
        var position = start + 1;
        while (position < _text.Length && !IsLineBreak(_text[position]))
        {
            if (_text[position] == '%')
            {
                return position + 1;
            }

            position++;
        }

        Report(DiagnosticDescriptors.UnclosedComment, start, 1);
        _swallowedClose = true;
        return position;
    }

    private int Name(int start, AttributeForm form)
    {
        var position = start + 1;
        while (position < _text.Length && IsNameChar(_text[position]))
        {
            position++;
        }

        var sigil = form == AttributeForm.Class ? "." : "#";
        if (position == start + 1)
        {
            Report(DiagnosticDescriptors.MalformedAttribute, start, 1, $"'{sigil}' must be followed by a name of letters, digits, '-' or '_'");
            return SkipAttribute(position);
        }

        if (!EndsAttribute(position))
        {
            Report(DiagnosticDescriptors.MalformedAttribute, position, 1, $"'{_text[position]}' cannot follow '{_text.Substring(start, position - start)}'; separate attributes with spaces and use only letters, digits, '-' and '_' in names");
            return SkipAttribute(position);
        }

        var name = _pool.Index(_text, start + 1, position - start - 1);
        _markup.Add(form, name, name, start - _blockStart, position - start);
        return position;
    }

    private int Pair(int start)
    {
        var position = start;
        while (position < _text.Length && IsNameChar(_text[position]))
        {
            position++;
        }

        var keyWord = _pool.Index(_text, start, position - start);
        var key = _pool.Word(keyWord);
        if (position >= _text.Length || _text[position] != '=')
        {
            Report(DiagnosticDescriptors.MalformedAttribute, start, position - start, $"'{key}' needs a value: write {key}=value (a kind is written .{key}, an id #{key})");
            return SkipAttribute(position);
        }

        var valueStart = position + 1;
        if (valueStart < _text.Length && _text[valueStart] == '"')
        {
            return Quoted(start, keyWord, valueStart);
        }

        position = valueStart;
        while (position < _text.Length && IsBareChar(_text[position]))
        {
            position++;
        }

        if (!EndsAttribute(position) && !(_unclosed && position > valueStart))
        {
            var rest = SkipAttribute(position);
            Report(
                DiagnosticDescriptors.UnquotedPunctuation,
                valueStart,
                rest - valueStart,
                key,
                _text[position].ToString(),
                // The suggestion must itself parse: backslashes and quotes escaped as a quoted value wants.
                _text.Substring(valueStart, rest - valueStart).Replace("\\", "\\\\").Replace("\"", "\\\""));
            return rest;
        }

        if (position == valueStart)
        {
            Report(DiagnosticDescriptors.MalformedAttribute, start, position - start, $"'{key}=' has an empty value; write {key}=value or {key}=\"\"");
            return position;
        }

        _markup.Add(AttributeForm.Pair, keyWord, _pool.Index(_text, valueStart, position - valueStart), start - _blockStart, position - start);
        return position;
    }

    private int Quoted(int start, int keyWord, int quote)
    {
        var key = _pool.Word(keyWord);
        var value = new StringBuilder();
        var position = quote + 1;
        while (position < _text.Length && !IsLineBreak(_text[position]))
        {
            var c = _text[position];
            if (c == '"')
            {
                position++;
                if (!EndsAttribute(position))
                {
                    Report(DiagnosticDescriptors.MalformedAttribute, position, 1, $"'{_text[position]}' cannot follow the quoted value of '{key}'; separate attributes with spaces");
                    return SkipAttribute(position);
                }

                _markup.Add(AttributeForm.Pair, keyWord, _pool.Add(value.ToString()), start - _blockStart, position - start, quoted: true);
                return position;
            }

            if (c == '\\' && position + 1 < _text.Length && _text[position + 1] is '"' or '\\')
            {
                value.Append(_text[position + 1]);
                position += 2;
                continue;
            }

            if (c == '\\')
            {
                // At the end of the file or of the line there is no second character to point at or quote.
                var escaped = position + 1 < _text.Length && !IsLineBreak(_text[position + 1]);
                Report(DiagnosticDescriptors.UnknownEscape, position, escaped ? 2 : 1, escaped ? _text[position + 1].ToString() : string.Empty);
            }

            value.Append(c);
            position++;
        }

        Report(DiagnosticDescriptors.UnclosedQuote, quote, 1, key);
        _swallowedClose = true;
        return position;
    }

    /// <summary>Recovers after a malformed attribute: skip to the next space or the block's end.</summary>
    private int SkipAttribute(int position)
    {
        while (position < _text.Length && !IsSpace(_text[position]) && _text[position] != '}' && !IsLineBreak(_text[position]))
        {
            position++;
        }

        return position;
    }

    private bool EndsAttribute(int position) =>
        position >= _text.Length || IsSpace(_text[position]) || _text[position] is '}' or '%' || IsLineBreak(_text[position]);

    // The first attribute past the bound is reported and none after it is kept: one error, and a
    // block of a million attributes costs no more memory than a block of 32.
    private void Bound(int start, int end)
    {
        if (_markup.AttributeCount - _first <= MaxAttributes)
        {
            return;
        }

        _markup.Truncate(_markup.AttributeCount - 1);
        if (!_reportedTooMany)
        {
            _reportedTooMany = true;
            Report(DiagnosticDescriptors.TooManyAttributes, start, end - start, MaxAttributes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, int start, int length, params string[] arguments) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, _lines.Locate(start, length), arguments));

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0';

    private static bool IsLineBreak(char c) => c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029';

    private static bool IsNameChar(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_';

    // Unquoted values are ids, numbers, ISO dates and durations; anything else must be quoted, so
    // that 'v=1965.03' is an error rather than a silently truncated '1965'.
    private static bool IsBareChar(char c) => IsNameChar(c) || c is '/' or '+' or ':';
}
