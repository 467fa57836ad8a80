using BudgetSdk.Import;
using BudgetSdk.Rendering.Document;
using BudgetSdk.Rendering.Formats;

namespace BudgetSdk.Rendering;

/// <summary>
/// Writes a disclosure as the text of a published document (部门预算信息公开), in any of the three formats
/// <see cref="DisclosureImporter"/> reads: the 目录, the nine tables with their page and column headers, 栏次 and 序号
/// (zero printed blank), then the explanatory sections 一 … 十一 whose sentences quote <see cref="Disclosure.Figures"/>,
/// with the unit table, every project's 绩效目标表, 政府采购预算, 固定资产占用情况表 and the template's 名词解释.
/// </summary>
/// <remarks>
/// Finance staff get a text to publish; tests get documents the importer has never seen. Everything printed comes
/// from the disclosure, so a text read back by the importer must give the same tables, figures and projects.
/// </remarks>
public static class DisclosureTextWriter
{
    /// <summary>The disclosure as document text.</summary>
    /// <param name="disclosure">A built disclosure.</param>
    /// <param name="format">Which extraction the text imitates: tab-separated PDF, space-separated PDF or DOCX text.</param>
    /// <param name="options">Page length, wrapping and converter debris; null for the format's usual layout
    /// (<see cref="TextLayoutOptions.For"/>).</param>
    /// <returns>The text, lines ending in <c>\n</c>.</returns>
    public static string Write(Disclosure disclosure, TextFormat format, TextLayoutOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        var layout = options ?? TextLayoutOptions.For(format);
        FormatWriter writer = format switch
        {
            TextFormat.SpaceSeparated => new SpaceWriter(layout),
            TextFormat.DocxCells => new DocxWriter(layout),
            TextFormat.TabSeparated => new TabWriter(layout),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not a text format"),
        };
        return writer.Write(DocumentComposer.Compose(disclosure, layout));
    }
}
