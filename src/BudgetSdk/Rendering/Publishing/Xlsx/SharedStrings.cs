using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetSdk.Rendering.Publishing.Xlsx;

/// <summary>The workbook's shared string table, as Excel writes text: each distinct string once, in order of first use,
/// cells pointing at its index.</summary>
internal sealed class SharedStrings
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];

    public int Add(string text)
    {
        if (!_index.TryGetValue(text, out var index))
        {
            index = _strings.Count;
            _index.Add(text, index);
            _strings.Add(text);
        }

        return index;
    }

    public SharedStringTable ToTable()
    {
        var table = new SharedStringTable(_strings.Select(Item)) { Count = (uint)_strings.Count, UniqueCount = (uint)_strings.Count };
        return table;
    }

    // Line breaks and edge spaces survive only with xml:space="preserve".
    private static SharedStringItem Item(string text)
        => new(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || text.Contains('\n', StringComparison.Ordinal)) ? SpaceProcessingModeValues.Preserve : null });
}
