using System.Buffers;

namespace BudgetSdk.Text;

/// <summary>The runtime's span half of <see cref="OfficialNames"/> (the generator compiles only the string half).</summary>
internal static partial class OfficialNames
{
    /// <summary>
    /// Every character that <see cref="Map(char)"/> changes or drops, so that a name holding none of them is already in
    /// normal form and need not be copied. A test holds this to <see cref="Map(char)"/> over every UTF-16 unit.
    /// </summary>
    public static readonly SearchValues<char> Changing = SearchValues.Create("（）［【］】　 \t\r\n\u00A0\0");

    /// <summary>
    /// Writes the normal form of <paramref name="name"/> into <paramref name="destination"/>; the length written, or -1
    /// when it does not fit (a name longer than every name looked for cannot match any).
    /// </summary>
    public static int Normalize(ReadOnlySpan<char> name, Span<char> destination)
    {
        var length = 0;
        foreach (var c in name)
        {
            var mapped = Map(c);
            if (mapped == '\0')
            {
                continue;
            }

            if (length == destination.Length)
            {
                return -1;
            }

            destination[length++] = mapped;
        }

        return length;
    }
}
