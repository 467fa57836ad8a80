namespace BudgetSdk.Forms.Reading;

/// <summary>
/// A text the <see cref="FormReader"/> cannot read by any form: no title of a known form, no department, a region no form
/// covers (<see cref="NoForm"/>). The message is one line and says where and what was expected.
/// </summary>
public sealed class FormReadException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">One line: where and what was expected.</param>
    /// <param name="line">The 1-based line, or null when the problem is the whole text.</param>
    /// <param name="noForm">True when the text reads but the catalogue has no form for its region and year.</param>
    public FormReadException(string message, int? line = null, bool noForm = false)
        : base(line is { } l ? $"line {l}: {message}" : message)
    {
        Line = line;
        NoForm = noForm;
    }

    /// <summary>True when the catalogue has no form for the document's region and year (the message is
    /// <see cref="Schema.FormCatalog.NoFormMessage"/>).</summary>
    public bool NoForm { get; }

    /// <summary>True when the text holds no table title of any form of the catalogue: not a disclosure the schema describes.</summary>
    public bool NoTitles { get; init; }

    /// <summary>The 1-based line the problem is on, or null.</summary>
    public int? Line { get; }
}
