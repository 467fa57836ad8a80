using BudgetSdk.Rendering;

namespace BudgetSdk.Cli;

/// <summary>The <c>--format</c> values of <c>budget render</c> and what each needs of <c>-o</c>.</summary>
internal static class RenderFormats
{
    public static readonly IReadOnlyList<string> Names = ["html", "pdf", "docx", "xlsx", "csv", "md"];

    /// <summary>The format a name stands for; an unknown one is refused in one line (the parser's own refusal adds a
    /// second line of help).</summary>
    public static PublishFormat Parse(string name) => name switch
    {
        "html" => PublishFormat.Html,
        "pdf" => PublishFormat.Pdf,
        "docx" => PublishFormat.Docx,
        "xlsx" => PublishFormat.Xlsx,
        "csv" => PublishFormat.Csv,
        "md" => PublishFormat.Markdown,
        _ => throw new InputException($"--format {name} is no format; expected one of {string.Join(", ", Names)}"),
    };

    /// <summary>A format that can go to standard output: one file of text.</summary>
    public static bool IsText(PublishFormat format) => format is PublishFormat.Html or PublishFormat.Markdown;
}
