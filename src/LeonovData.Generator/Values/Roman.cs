using System;

namespace LeonovData.Generator.Values;

/// <summary>Roman numerals I … XX in their canonical form ("III degree", "Order of Glory, II class").</summary>
/// <remarks>A closed table rather than an algorithm: only canonical spellings are numbers, so
/// "IIII" or "VX" are rejected instead of being read generously.</remarks>
internal static class Roman
{
    public const int Max = 20;

    private static readonly string[] Numerals =
    {
        "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
        "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX",
    };

    /// <summary>Case-insensitive ("iii" is 3).</summary>
    public static bool TryParse(string text, out int value)
    {
        for (var i = 1; i < Numerals.Length; i++)
        {
            if (string.Equals(Numerals[i], text, StringComparison.OrdinalIgnoreCase))
            {
                value = i;
                return true;
            }
        }

        value = 0;
        return false;
    }

    /// <summary>The numeral for 1 … 20, or null.</summary>
    public static string? Format(int value) => value >= 1 && value <= Max ? Numerals[value] : null;
}
