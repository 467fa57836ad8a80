namespace BudgetSdk.Forms.Reading.Narrative;

/// <summary>
/// A paragraph of running text with its wrapped lines joined: <see cref="Text"/> and, for each joined line, the offset in
/// <see cref="Text"/> where it starts, so a match can be reported at the line it starts on.
/// </summary>
internal sealed record NarrativeParagraph(int Order, string Text, IReadOnlyList<int> Starts, int FirstLine, int? ItemNumber)
{
    /// <summary>The 1-based document line the character at <paramref name="index"/> was printed on.</summary>
    public int LineAt(int index)
    {
        var i = 0;
        while (i + 1 < Starts.Count && Starts[i + 1] <= index)
        {
            i++;
        }

        return FirstLine + i;
    }
}
