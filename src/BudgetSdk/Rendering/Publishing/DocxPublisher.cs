using BudgetSdk.Rendering.Document;
using BudgetSdk.Rendering.Publishing.Docx;

namespace BudgetSdk.Rendering.Publishing;

/// <summary>
/// Writes a disclosure as a Word document: the composed blocks (in DOCX text's layout) as
/// a TOC field, Word headings, Word tables with the form's merged header cells and prose in 仿宋, on A4; the package is
/// re-zipped under a fixed time so the same disclosure gives the same bytes.
/// </summary>
internal static class DocxPublisher
{
    public static void Write(Disclosure disclosure, Stream output)
    {
        // DOCX text's layout (TextLayoutOptions.For(DocxCells)) as far as composing reads it: 18 rows a page for the
        // 目录's page numbers, no markdown bold; named here so Publishing needs nothing from Import.
        var blocks = DocumentComposer.Compose(disclosure, new TextLayoutOptions { Bookmarks = true, PageNumbers = true });
        using var package = new MemoryStream();
        var header = disclosure.Header;
        DocxPackage.Write(package, DocxBody.Of(blocks), $"{header.DepartmentName}{header.Year}年部门预算信息公开", header.Year);
        package.Position = 0;
        FixedZip.Copy(package, output);
    }
}
