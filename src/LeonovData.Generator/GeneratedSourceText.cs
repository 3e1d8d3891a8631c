using System.Text;
using System.Threading;
using LeonovData.Generator.Emit;
using Microsoft.CodeAnalysis.Text;

namespace LeonovData.Generator;

/// <summary>
/// A generated file's text as the compiler reads it: a view of the writer's own chunks
/// (<see cref="GeneratedText"/>) rather than <c>SourceText.From(string)</c> of a copy. The parser,
/// line map and checksum read a <see cref="SourceText"/> through <see cref="CopyTo"/>; the indexer,
/// which they rarely use, reads through a small block so that neighbouring characters do not each
/// walk the builder's chunks.
/// </summary>
internal sealed class GeneratedSourceText : SourceText
{
    private const int BlockLength = 1024;

    private readonly GeneratedText _text;
    private Block? _block;

    public GeneratedSourceText(GeneratedText text) => _text = text;

    // What SourceText.From(string, Encoding.UTF8) gave before: the compiler requires an encoding for added sources.
    public override Encoding Encoding => Encoding.UTF8;

    public override int Length => _text.Length;

    public override char this[int position]
    {
        get
        {
            // A block is never changed once made, so readers on other threads see a whole one or another.
            var block = Volatile.Read(ref _block);
            if (block is null || position < block.Start || position >= block.Start + block.Chars.Length)
            {
                if ((uint)position >= (uint)Length)
                {
                    throw new System.ArgumentOutOfRangeException(nameof(position));
                }

                var start = position - position % BlockLength;
                var chars = new char[System.Math.Min(BlockLength, Length - start)];
                _text.CopyTo(start, chars, 0, chars.Length);
                block = new Block(start, chars);
                Volatile.Write(ref _block, block);
            }

            return block.Chars[position - block.Start];
        }
    }

    public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count) =>
        _text.CopyTo(sourceIndex, destination, destinationIndex, count);

    private sealed class Block
    {
        public Block(int start, char[] chars)
        {
            Start = start;
            Chars = chars;
        }

        public int Start { get; }

        public char[] Chars { get; }
    }
}
