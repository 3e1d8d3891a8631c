using System.Text;

namespace LeonovData.Fuzz;

/// <summary>
/// Bytes from afl-fuzz (or a file) as the text the generator would read. UTF-8 by default; bytes
/// that start with FF FE are UTF-16LE, so the fuzzer can reach lone surrogates, which no UTF-8
/// decoder produces but a compiler's <c>SourceText</c> can hold.
/// </summary>
internal static class FuzzInput
{
    public static string Decode(byte[] bytes) =>
        bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE
            ? Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2)
            : Encoding.UTF8.GetString(bytes);

    public static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
