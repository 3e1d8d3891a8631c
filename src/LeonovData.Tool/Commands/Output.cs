using System.Text;

namespace LeonovData.Tool.Commands;

/// <summary>Where a command writes: a file when asked, else standard output; UTF-8 without a byte order mark, '\n' line ends.</summary>
internal static class Output
{
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static Stream Open(FileInfo? file)
    {
        if (file is null)
        {
            return Console.OpenStandardOutput();
        }

        file.Directory?.Create();
        return file.Create();
    }

    public static StreamWriter Writer(Stream stream) => new(stream, Utf8, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\n" };
}
