using System.Text;

namespace LeonovData.Synthetic;

/// <summary>
/// Writes an annotated document and, beside it, the text that stripping its markup must give back,
/// so that the header's sha256= is right by construction and a test can compare the two.
/// </summary>
internal sealed class AnnotatedWriter
{
    private readonly StringBuilder _annotated = new();
    private readonly StringBuilder _plain = new();

    public string Annotated => _annotated.ToString();

    public string Plain => _plain.ToString();

    public int Length => _plain.Length;

    /// <summary>Literal text; brackets and backslashes are escaped in the annotated form.</summary>
    public AnnotatedWriter Text(string text)
    {
        foreach (var c in text)
        {
            if (c is '[' or ']' or '{' or '}' or '\\')
            {
                _annotated.Append('\\');
            }

            _annotated.Append(c);
        }

        _plain.Append(text);
        return this;
    }

    /// <summary>A span: the covered text and its attribute block (without the braces).</summary>
    public AnnotatedWriter Span(string covered, string attributes)
    {
        _annotated.Append('[');
        Text(covered);
        _annotated.Append("]{").Append(attributes).Append('}');
        return this;
    }

    /// <summary>A line break of the source text.</summary>
    public AnnotatedWriter Line()
    {
        _annotated.Append('\n');
        _plain.Append('\n');
        return this;
    }

    /// <summary>A line continuation: a break in the annotated file only, the way 003 keeps long lines reviewable.</summary>
    public AnnotatedWriter Continuation()
    {
        _annotated.Append("\\\n");
        return this;
    }
}
