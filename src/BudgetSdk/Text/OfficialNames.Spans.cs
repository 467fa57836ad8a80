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
        // Runs of characters that stay are found and copied vectorised; only the ones between them go through Map.
        var length = 0;
        while (true)
        {
            var next = name.IndexOfAny(Changing);
            var run = next < 0 ? name : name[..next];
            if (run.Length > destination.Length - length)
            {
                return -1;
            }

            run.CopyTo(destination[length..]);
            length += run.Length;
            if (next < 0)
            {
                return length;
            }

            var mapped = Map(name[next]);
            if (mapped != '\0')
            {
                if (length == destination.Length)
                {
                    return -1;
                }

                destination[length++] = mapped;
            }

            name = name[(next + 1)..];
        }
    }
}
