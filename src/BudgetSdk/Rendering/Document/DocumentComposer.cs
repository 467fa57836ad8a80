using BudgetSdk.Tables;

namespace BudgetSdk.Rendering.Document;

/// <summary>
/// The whole disclosure as blocks, in published order: the 目录 (tables and sections with their pages), the nine
/// tables, then the explanatory part.
/// </summary>
internal static class DocumentComposer
{
    public static IReadOnlyList<Block> Compose(Disclosure disclosure, TextLayoutOptions options)
    {
        var nine = disclosure.Tables.Where(t => t.Id <= TableId.T9).ToArray();
        var blocks = new List<Block>();
        blocks.AddRange(Contents(disclosure, nine, options));
        foreach (var table in nine)
        {
            blocks.Add(new Heading(table.Title, Bookmarked: true));
            blocks.Add(TableGrids.Of(table, disclosure.Header));
        }

        blocks.AddRange(Explanation.Of(disclosure, options));
        return blocks;
    }

    // Page numbers as a PDF would have them: each table starts a page and takes one per RowsPerPage rows; each
    // section one page, section 七 one more per project.
    private static IEnumerable<Block> Contents(Disclosure disclosure, IReadOnlyList<BudgetTable> nine, TextLayoutOptions options)
    {
        yield return new Heading($"{disclosure.Header.Year} 年部门预算信息公开目录");
        yield return new Heading("部门预算公开表");
        var page = 1;
        foreach (var table in nine)
        {
            yield return new ContentsLine(table.Title, page);
            page += Math.Max(1, (table.Rows.Count + options.RowsPerPage - 1) / Math.Max(1, options.RowsPerPage));
        }

        yield return new Heading("部门预算信息公开情况说明");
        for (var section = 1; section <= 11; section++)
        {
            yield return new ContentsLine(disclosure.Template.HeadingOf(section), page);
            page += section == 7 ? 1 + disclosure.Facts.Projects.Count : 1;
        }
    }
}
