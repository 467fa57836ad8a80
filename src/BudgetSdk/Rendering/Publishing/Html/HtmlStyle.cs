namespace BudgetSdk.Rendering.Publishing.Html;

/// <summary>
/// The style sheet of the published HTML: the Hebei form's look (宋体 tables with 1px black collapsed borders, centred
/// bold titles, 仿宋 prose) on screen and on A4 paper. Fonts are named, never loaded, so the file needs no network; Noto
/// CJK (Debian's fonts-noto-cjk) stands in where 宋体 and 仿宋 are not installed.
/// </summary>
internal static class HtmlStyle
{
    public const string Css = """
        @page { size: A4; margin: 15mm 15mm 12mm 15mm; }
        @page wide { size: A4 landscape; margin: 15mm 12mm 14mm 12mm; }
        html { font-family: "SimSun", "宋体", "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 10.5pt; color: #000; background: #fff; }
        body { margin: 0 auto; padding: 24px 40px; max-width: 1100px; }
        h1 { font-size: 18pt; font-weight: bold; text-align: center; margin: 0 0 8mm; }
        h2 { font-size: 12pt; font-weight: bold; margin: 5mm 0 2mm; }
        h2.title { font-size: 16pt; text-align: center; margin: 0 0 4mm; }
        h2.group { font-size: 14pt; margin: 6mm 0 3mm; }
        p { font-family: "FangSong", "仿宋", "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 12pt; line-height: 1.7; text-indent: 2em; margin: 0 0 1.5mm; }
        p.unit { text-align: right; text-indent: 0; font-size: 10.5pt; margin: 0 0 1mm; }
        p.note { text-indent: 0; font-size: 10.5pt; margin: 2mm 0 0; }
        .part, .sheet { break-before: page; }
        .wide { page: wide; }
        nav p { text-indent: 0; display: flex; }
        nav a { color: #000; text-decoration: none; }
        nav p::after { content: ""; flex: 1; border-bottom: 1px dotted #000; margin: 0 0 0.45em 0.5em; }
        table { border-collapse: collapse; width: 100%; line-height: 1.3; }
        th, td { border: 1px solid #000; padding: 2px 5px; vertical-align: middle; }
        th { font-weight: bold; text-align: center; }
        td { text-align: left; }
        td.n { text-align: right; white-space: nowrap; }
        table.paged td, th.s { white-space: nowrap; }
        table.form { table-layout: fixed; }
        table.form td { overflow-wrap: anywhere; }
        td.c { text-align: center; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        thead tr.page-header th { border: none; font-weight: normal; padding: 0 0 2mm; }
        .page-header div { display: flex; justify-content: space-between; }
        @media screen { .part, .sheet { margin-top: 48px; } }
        @media print { body { margin: 0; padding: 0; max-width: none; } h2.title { margin-top: 0; } }
        """;
}
