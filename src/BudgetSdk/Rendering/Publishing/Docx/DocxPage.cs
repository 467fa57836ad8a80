using DocumentFormat.OpenXml.Wordprocessing;

namespace BudgetSdk.Rendering.Publishing.Docx;

/// <summary>The page: A4 portrait (11906 × 16838 twips) with 2 cm margins left and right, 2.54 cm top and bottom.</summary>
internal static class DocxPage
{
    public const int Width = 11906;
    public const int Height = 16838;
    public const int Side = 1134;
    public const int TopBottom = 1440;

    /// <summary>The width between the margins, which every table fills.</summary>
    public const int TextWidth = Width - (2 * Side);

    public static SectionProperties Section() => new(
        new PageSize { Width = Width, Height = Height },
        new PageMargin { Top = TopBottom, Bottom = TopBottom, Left = Side, Right = Side, Header = 851, Footer = 992, Gutter = 0 },
        new DocGrid { Type = DocGridValues.Lines, LinePitch = 312 });
}
