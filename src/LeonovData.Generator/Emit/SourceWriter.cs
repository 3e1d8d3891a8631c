using System;
using System.Text;

namespace LeonovData.Generator.Emit;

/// <summary>
/// Writes C# with indentation and '\n' line endings, so generated files are identical on every OS
/// and snapshot tests compare byte for byte.
/// </summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
            _builder.Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    /// <summary>
    /// Starts a line written piece by piece (<see cref="Append(string)"/>, <see cref="Append(int)"/>,
    /// then <see cref="EndLine"/>), for the lines written once per entity: an interpolated line is a
    /// string of its own before it is copied into the file.
    /// </summary>
    public SourceWriter StartLine()
    {
        _builder.Append(' ', _indent * 4);
        return this;
    }

    public SourceWriter Append(string text)
    {
        _builder.Append(text);
        return this;
    }

    /// <summary>A number as <see cref="Literals.Int"/> writes it; a number that is not negative is ASCII digits in every culture, written without a string.</summary>
    public SourceWriter Append(int value)
    {
        if (value >= 0)
        {
            _builder.Append(value);
        }
        else
        {
            _builder.Append(Literals.Int(value));
        }

        return this;
    }

    public SourceWriter EndLine()
    {
        _builder.Append('\n');
        return this;
    }

    /// <summary>
    /// Writes a line that holds a string literal: <paramref name="before"/>, <paramref name="value"/>
    /// escaped (<see cref="Literals.String"/>), then <paramref name="after"/>. The literal goes straight
    /// into the file rather than through a string of its own: a shard's data is most of its file.
    /// </summary>
    public SourceWriter LineWithString(string before, string value, string after)
    {
        _builder.Append(' ', _indent * 4).Append(before);
        Literals.AppendString(_builder, value).Append(after).Append('\n');
        return this;
    }

    /// <summary>Writes a line that holds a blob as a string literal (<see cref="Blob.AppendLiteral"/>), written straight into the file.</summary>
    public SourceWriter LineWithBlob(string before, Blob blob, string after)
    {
        _builder.Append(' ', _indent * 4).Append(before);
        if (!blob.AppendLiteral(_builder))
        {
            throw new InvalidOperationException("the blob exceeds its bound; Blob.Fits says so before it is written");
        }

        _builder.Append(after).Append('\n');
        return this;
    }

    /// <summary>Writes a line that holds a data literal the runtime reads in place (<see cref="PackedLiteral.AppendCall"/>).</summary>
    public SourceWriter LineWithPacked(string before, string key, byte[] bytes, string after) =>
        LineWithPacked(before, key, new ArraySegment<byte>(bytes), after);

    /// <summary>The same for bytes lent by <see cref="Utf8Buffer"/>.</summary>
    public SourceWriter LineWithPacked(string before, string key, ArraySegment<byte> bytes, string after)
    {
        _builder.Append(' ', _indent * 4).Append(before);
        PackedLiteral.AppendCall(_builder, key, bytes);
        _builder.Append(after).Append('\n');
        return this;
    }

    /// <summary>Writes a line that holds a shard's cited text as a string literal (<see cref="CitedText.AppendLiteral"/>).</summary>
    public SourceWriter LineWithText(string before, CitedText text, string after)
    {
        _builder.Append(' ', _indent * 4).Append(before);
        text.AppendLiteral(_builder);
        _builder.Append(after).Append('\n');
        return this;
    }

    /// <summary>Writes the header line, opens a brace block and returns a scope that closes it.</summary>
    public Block Open(string header)
    {
        Line(header);
        Line("{");
        _indent++;
        return new Block(this);
    }

    /// <summary>Writes pre-formatted text (the file header), re-indented to the current level.</summary>
    public void Raw(string text)
    {
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            Line(line);
        }
    }

    public override string ToString() => _builder.ToString();

    /// <summary>The text written, without a copy; write nothing more once it is taken.</summary>
    public GeneratedText ToText() => new(_builder);

    internal readonly struct Block : IDisposable
    {
        private readonly SourceWriter _writer;

        public Block(SourceWriter writer) => _writer = writer;

        public void Dispose()
        {
            _writer._indent--;
            _writer.Line("}");
        }
    }
}
