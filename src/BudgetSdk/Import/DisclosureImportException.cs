namespace BudgetSdk.Import;

/// <summary>
/// The text given to <see cref="DisclosureImporter"/> cannot be read as a department budget disclosure. The message is
/// one line saying why (e.g. <c>the text is empty</c>, <c>truncated: 部门预算收支总表 has no rows</c>).
/// </summary>
public sealed class DisclosureImportException : Exception
{
    /// <summary>Creates the exception with a one-line reason.</summary>
    public DisclosureImportException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line reason and the error underneath.</summary>
    public DisclosureImportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>True when the text holds none of the Hebei form's table titles: it may be printed in another region's form
    /// (BudgetSdk.Forms.Reading.FormReader reads those).</summary>
    public bool NoTitles { get; init; }

    /// <summary>Creates the exception with a generic reason.</summary>
    public DisclosureImportException()
        : base("the text is not a department budget disclosure")
    {
    }
}
