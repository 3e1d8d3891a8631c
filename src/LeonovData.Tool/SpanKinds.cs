using LeonovData.Generator.Binding;
using LeonovData.Generator.Syntax;

namespace LeonovData.Tool;

/// <summary>What a span is, for counting and colouring: its first class that is not a marker (.sic, .conv, .zone…).</summary>
internal static class SpanKinds
{
    public static string Of(SpanNode span)
    {
        foreach (var attribute in span.Block.Attributes)
        {
            if (attribute.Form == AttributeForm.Class && Array.IndexOf(Binder.s_markers, attribute.Name) < 0)
            {
                return attribute.Name;
            }
        }

        return span.Block.HasClass("zone") ? "zone" : "mention";
    }
}
