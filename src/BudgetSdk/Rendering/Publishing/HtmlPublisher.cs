using System.Text;
using BudgetSdk.Rendering.Document;
using BudgetSdk.Rendering.Publishing.Html;

namespace BudgetSdk.Rendering.Publishing;

/// <summary>
/// Writes a disclosure as one self-contained HTML file (UTF-8, no scripts, no external resources, fonts by name) with
/// print CSS for A4, laid out from the same composed blocks as every other format. The markup is well-formed XML too
/// (every element closed, only XML entities), so tests and tools can read it back with an XML parser.
/// </summary>
internal static class HtmlPublisher
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(Disclosure disclosure, Stream output)
    {
        var bytes = Utf8.GetBytes(Html(disclosure));
        output.Write(bytes, 0, bytes.Length);
    }

    public static string Html(Disclosure disclosure)
    {
        // Default options: no markdown ** in the glossary; pages and bookmarks are the text layouts' concern, not HTML's.
        var blocks = DocumentComposer.Compose(disclosure, new TextLayoutOptions());
        var header = disclosure.Header;
        return HtmlDocumentWriter.Write(blocks, $"{header.DepartmentName}{header.Year}年部门预算信息公开");
    }
}
