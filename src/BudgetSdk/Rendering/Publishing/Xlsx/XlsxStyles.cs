using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetSdk.Rendering.Publishing.Xlsx;

/// <summary>
/// The workbook's stylesheet and the index of each cell format in it. Amounts use the custom number format
/// <see cref="AmountFormatId"/> <c>0.00</c>: two decimals and no thousands separator, so a cell shows what every other
/// format prints (seed 000 prints 1630.30, not 1,630.30); it is declared in the file (id ≥ 164) rather than left to
/// the reader's built-in table.
/// </summary>
internal static class XlsxStyles
{
    public const uint AmountFormatId = 164;
    public const string AmountFormatCode = "0.00";

    public const uint Title = 1;
    public const uint PageLeft = 2;
    public const uint PageCentre = 3;
    public const uint PageRight = 4;
    public const uint Header = 5;
    public const uint Text = 6;
    public const uint Amount = 7;
    public const uint Number = 8;
    public const uint Serial = 9;
    public const uint Note = 10;

    // 宋体, the font the published tables print in; charset 134 is GB2312, so Excel picks the East Asian face.
    private const string FontName = "宋体";

    public static Stylesheet Create()
    {
        var fonts = new Fonts(Font(10, bold: false), Font(10, bold: true), Font(16, bold: true));
        var fills = new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }));
        var borders = new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), Thin());
        CellFormat[] formats =
        [
            Format(0, 0, 0, null, null, wrap: false),
            Format(2, 0, 0, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center, wrap: false),
            Format(0, 0, 0, HorizontalAlignmentValues.Left, VerticalAlignmentValues.Center, wrap: false),
            Format(0, 0, 0, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center, wrap: false),
            Format(0, 0, 0, HorizontalAlignmentValues.Right, VerticalAlignmentValues.Center, wrap: false),
            Format(1, 1, 0, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center, wrap: true),
            Format(0, 1, 0, HorizontalAlignmentValues.Left, VerticalAlignmentValues.Center, wrap: true),
            Format(0, 1, AmountFormatId, HorizontalAlignmentValues.Right, VerticalAlignmentValues.Center, wrap: false),
            Format(0, 1, 0, HorizontalAlignmentValues.Right, VerticalAlignmentValues.Center, wrap: false),
            Format(0, 1, 0, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center, wrap: false),
            Format(0, 0, 0, HorizontalAlignmentValues.Left, VerticalAlignmentValues.Top, wrap: true),
        ];
        fonts.Count = (uint)fonts.ChildElements.Count;
        fills.Count = (uint)fills.ChildElements.Count;
        borders.Count = (uint)borders.ChildElements.Count;
        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = AmountFormatId, FormatCode = AmountFormatCode }) { Count = 1 },
            fonts,
            fills,
            borders,
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(formats) { Count = (uint)formats.Length },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static Font Font(double size, bool bold)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = size }, new FontName { Val = FontName }, new FontFamilyNumbering { Val = 3 }, new FontCharSet { Val = 134 });
        return font;
    }

    private static Border Thin()
        => new(
            new LeftBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
            new RightBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
            new TopBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
            new BottomBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
            new DiagonalBorder());

    private static CellFormat Format(uint font, uint border, uint numberFormat, HorizontalAlignmentValues? horizontal, VerticalAlignmentValues? vertical, bool wrap)
    {
        var format = new CellFormat
        {
            NumberFormatId = numberFormat,
            FontId = font,
            FillId = 0,
            BorderId = border,
            FormatId = 0,
            ApplyFont = font != 0,
            ApplyBorder = border != 0,
            ApplyNumberFormat = numberFormat != 0,
        };
        if (horizontal is not null || vertical is not null || wrap)
        {
            format.ApplyAlignment = true;
            format.Append(new Alignment { Horizontal = horizontal, Vertical = vertical, WrapText = wrap ? true : null });
        }

        return format;
    }
}
