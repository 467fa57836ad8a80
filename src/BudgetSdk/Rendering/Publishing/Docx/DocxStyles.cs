using DocumentFormat.OpenXml.Wordprocessing;

namespace BudgetSdk.Rendering.Publishing.Docx;

/// <summary>
/// The styles part: prose in 仿宋 (三号), tables in 宋体, Heading1/Heading2 with outline levels so the 目录 is a TOC
/// field Word can update, TOC1/TOC2 for its entries, and the East Asian language zh-CN throughout.
/// </summary>
internal static class DocxStyles
{
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Caption = "TableTitle";
    public const string ContentsTitle = "TOCHeading";
    public const string Contents1 = "TOC1";
    public const string Contents2 = "TOC2";
    public const string Cell = "TableText";
    public const string PageHeader = "TableHeaderLine";

    public const string Prose = "仿宋";
    public const string Tables = "宋体";
    public const string Latin = "Times New Roman";

    /// <summary>Half-points: 三号 (16 pt) for prose and titles, 五号 (10.5 pt) for table text.</summary>
    private const string ProseSize = "32";
    private const string CellSize = "21";

    public static Styles Create() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(Fonts(Prose), new FontSize { Val = ProseSize }, new FontSizeComplexScript { Val = ProseSize }, Language())),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "360", LineRule = LineSpacingRuleValues.Auto }))),
        ParagraphStyle("Normal", "Normal", basedOn: null, paragraph: null, run: null, isDefault: true),
        ParagraphStyle(Heading1, "heading 1", "Normal", Centered(outline: 0, keepNext: true), Bold(Tables, "36")),
        ParagraphStyle(Heading2, "heading 2", "Normal", Outline(1), Bold(Tables, ProseSize)),
        ParagraphStyle(Caption, "Table Title", "Normal", Centered(outline: null, keepNext: true), Bold(Tables, ProseSize)),
        ParagraphStyle(ContentsTitle, "TOC Heading", "Normal", Centered(outline: null, keepNext: true), Bold(Tables, "36")),
        ParagraphStyle(Contents1, "toc 1", "Normal", ContentsTabs(indent: null), null),
        ParagraphStyle(Contents2, "toc 2", "Normal", ContentsTabs(indent: "640"), null),
        ParagraphStyle(Cell, "Table Text", "Normal", new StyleParagraphProperties(new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto }), SizedRun(Tables, CellSize)),
        ParagraphStyle(PageHeader, "Table Header Line", Cell, new StyleParagraphProperties(new KeepNext(), new Tabs(new TabStop { Val = TabStopValues.Center, Position = DocxPage.TextWidth / 2 }, new TabStop { Val = TabStopValues.Right, Position = DocxPage.TextWidth })), null));

    /// <summary>The fonts by name: <paramref name="eastAsia"/> for Chinese, Times New Roman for Latin letters and digits.</summary>
    public static RunFonts Fonts(string eastAsia) => new() { EastAsia = eastAsia, Ascii = Latin, HighAnsi = Latin, ComplexScript = Latin };

    private static Languages Language() => new() { Val = "en-US", EastAsia = "zh-CN" };

    private static Style ParagraphStyle(string id, string name, string? basedOn, StyleParagraphProperties? paragraph, StyleRunProperties? run, bool isDefault = false)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }

        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        style.Append(new PrimaryStyle());
        if (paragraph is not null)
        {
            style.Append(paragraph);
        }

        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }

    private static StyleParagraphProperties Centered(int? outline, bool keepNext)
    {
        var properties = new StyleParagraphProperties();
        if (keepNext)
        {
            properties.Append(new KeepNext());
        }

        properties.Append(new SpacingBetweenLines { Before = "240", After = "240" }, new Justification { Val = JustificationValues.Center });
        if (outline is { } level)
        {
            properties.Append(new OutlineLevel { Val = level });
        }

        return properties;
    }

    private static StyleParagraphProperties Outline(int level)
        => new(new KeepNext(), new SpacingBetweenLines { Before = "120", After = "120" }, new OutlineLevel { Val = level });

    private static StyleParagraphProperties ContentsTabs(string? indent)
    {
        var properties = new StyleParagraphProperties(new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = DocxPage.TextWidth }));
        if (indent is not null)
        {
            properties.Append(new Indentation { Left = indent });
        }

        return properties;
    }

    private static StyleRunProperties Bold(string eastAsia, string size)
        => new(Fonts(eastAsia), new Bold(), new FontSize { Val = size }, new FontSizeComplexScript { Val = size });

    private static StyleRunProperties SizedRun(string eastAsia, string size)
        => new(Fonts(eastAsia), new FontSize { Val = size }, new FontSizeComplexScript { Val = size });
}
