namespace LeonovData.Generator.Model;

/// <summary>
/// FNV-1a over UTF-16 code units: a hash that is the same in every process (a string's own hash is
/// randomised per process), for what must not move between builds (a document's shard, a subject's
/// group) and for the generator's small tables of text.
/// </summary>
internal static class Fnv1a
{
    public static uint Hash(string text) => Hash(text, 0, text.Length);

    public static uint Hash(string text, int start, int length)
    {
        var hash = 2166136261u;
        for (var i = start; i < start + length; i++)
        {
            hash = unchecked((hash ^ text[i]) * 16777619u);
        }

        return hash;
    }
}
