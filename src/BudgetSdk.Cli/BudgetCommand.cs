using System.CommandLine;

namespace BudgetSdk.Cli;

/// <summary>The command tree: <c>budget audit</c>, <c>budget import</c>, <c>budget render</c> and <c>budget schema export</c>, with a global <c>--verbose</c>.</summary>
internal sealed class BudgetCommand
{
    private readonly Argument<string[]> _auditFile = new("file") { Description = "The published disclosures: files (PDF, DOCX, XLSX or extracted text), folders (read recursively) or globs (*.pdf, **/*.txt).", Arity = ArgumentArity.OneOrMore };
    private readonly Argument<string> _importFile = new("file") { Description = "The published disclosure (PDF, DOCX, XLSX or extracted text), or a folder of them (with -o <directory>)." };
    private readonly Argument<string> _renderFile = new("disclosure.json") { Description = "The disclosure as BudgetSdk JSON (what budget import writes)." };

    public BudgetCommand(TextWriter stdout, TextWriter stderr, Batch.Terminal terminal)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "The report format: text (for reading), json, sarif (SARIF 2.1.0, for code-scanning tools) or csv (one row per finding); one report for the whole run.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong(AuditCommand.Formats);
        var audit = new Command("audit", "Check published disclosures against every rule; exit 1 when one breaks a rule of error severity, 2 when none could be read.") { _auditFile, format };
        audit.SetAction(parsed =>
        {
            var inputs = parsed.GetRequiredValue(_auditFile);
            var chosen = parsed.GetValue(format) ?? "text";
            return Batch.BatchInputs.IsBatch(inputs)
                ? Batch.BatchAudit.Run(inputs, chosen, stdout, stderr, terminal)
                : AuditCommand.Run(inputs[0], chosen, stdout);
        });

        var output = new Option<string?>("--output", "-o") { Description = "The JSON file to write, standard output when left out; for a folder, the directory of its JSON files." };
        var printed = new Option<bool>("--printed") { Description = "Write the document as printed (blank cells as null, wrong totals kept) instead of the disclosure its facts build." };
        var import = new Command("import", "Build the disclosure from the document's facts and write it as BudgetSdk JSON; exit 1 when the facts break a rule.") { _importFile, output, printed };
        import.SetAction(parsed =>
        {
            var input = parsed.GetRequiredValue(_importFile);
            return Directory.Exists(input)
                ? Batch.BatchImport.Run(input, parsed.GetValue(output), parsed.GetValue(printed), stdout, stderr, terminal)
                : ImportCommand.Run(input, parsed.GetValue(output), parsed.GetValue(printed), stdout, stderr);
        });

        var publishFormat = new Option<string>("--format", "-f")
        {
            Description = $"The format to publish: {string.Join(", ", RenderFormats.Names)}.",
            Required = true,
        };
        var target = new Option<string?>("--output", "-o") { Description = "The file to write (for csv: the directory, one file per table); html and md go to standard output when left out." };
        var render = new Command("render", "Publish a disclosure's JSON as the official document: HTML, PDF, DOCX, XLSX, CSV per table, or Markdown.") { _renderFile, publishFormat, target };
        render.SetAction(parsed => RenderCommand.Run(parsed.GetRequiredValue(_renderFile), parsed.GetRequiredValue(publishFormat), parsed.GetValue(target), stdout, stderr));

        var exportFormat = new Option<string>("--format", "-f") { Description = "The export format: csv (a code list: code, name, level, parent, aliases) or json-schema (a JSON Schema, draft 2020-12, of a JSON format).", DefaultValueFactory = _ => "csv" };
        exportFormat.AcceptOnlyFromAmong(SchemaCommand.Formats);
        var system = new Option<string?>("--system") { Description = $"The code system of a code list: {string.Join(", ", SchemaCommand.Systems)} (functional when left out)." };
        system.AcceptOnlyFromAmong(SchemaCommand.Systems);
        var edition = new Option<int?>("--edition") { Description = "The edition (budget year) of a code list; the newest the schema ships when left out." };
        var document = new Option<string?>("--document") { Description = $"The JSON format of a JSON Schema: {string.Join(", ", SchemaCommand.Documents)} (disclosure when left out)." };
        document.AcceptOnlyFromAmong(SchemaCommand.Documents);
        var exportTarget = new Option<string?>("--output", "-o") { Description = "The file to write; standard output when left out." };
        var export = new Command("export", "Write a code list of the shipped schema as CSV, or the JSON Schema of the disclosure or form facts JSON, for tools outside .NET (SQL, Python, JavaScript, a spreadsheet).") { exportFormat, system, edition, document, exportTarget };
        export.SetAction(parsed => SchemaCommand.Export(parsed.GetValue(exportFormat) ?? "csv", parsed.GetValue(document), parsed.GetValue(system), parsed.GetValue(edition), parsed.GetValue(exportTarget), stdout));
        var schema = new Command("schema", "The shipped schema: its code lists, and the JSON Schema of its JSON formats.") { export };

        Root = new RootCommand("budget: audits, imports and publishes 部门预算信息公开 (department budget disclosures).") { audit, import, render, schema, Verbose };
    }

    public RootCommand Root { get; }

    /// <summary>
    /// How the command line is parsed: without response files, so an argument such as <c>@x.txt</c> is the file of
    /// that name, as the shell passed it, and not a list of further arguments to read.
    /// </summary>
    public static ParserConfiguration Parsing { get; } = new() { ResponseFileTokenReplacer = null };

    /// <summary>Shows the stack trace of an unexpected error.</summary>
    public Option<bool> Verbose { get; } = new("--verbose") { Description = "Show the stack trace of an unexpected error.", Recursive = true };

    /// <summary>How an error line starts: <c>budget: seed.txt: </c>, or <c>budget: </c> when no file is named (or its name is empty).</summary>
    public string Prefix(ParseResult parsed)
    {
        var file = parsed.GetResult(_auditFile) is not null ? (parsed.GetValue(_auditFile) is [var one] ? one : null)
            : parsed.GetResult(_importFile) is not null ? parsed.GetValue(_importFile)
            : parsed.GetResult(_renderFile) is not null ? parsed.GetValue(_renderFile)
            : null;
        return string.IsNullOrEmpty(file) ? "budget: " : $"budget: {file}: ";
    }
}
