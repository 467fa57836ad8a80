namespace BudgetSdk.Forms.Schema;

/// <summary>
/// A form file (<c>*.budget.json</c> of kind <c>form</c>) that does not describe a form: says which file, where in it (a JSON
/// path such as <c>$.tables[3].columns[1].sums[0]</c>) and what was expected. No half-read form escapes.
/// </summary>
public sealed class FormSchemaException : Exception
{
    /// <summary>Creates the exception.</summary>
    public FormSchemaException(string file, string path, string message, Exception? inner = null)
        : base($"{file}: {path}: {message}", inner)
    {
        File = file;
        Path = path;
        Detail = message;
    }

    /// <summary>The form file.</summary>
    public string File { get; }

    /// <summary>The JSON path of the offending value.</summary>
    public string Path { get; }

    /// <summary>What was wrong and what was expected.</summary>
    public string Detail { get; }
}
