namespace BudgetSdk.Import.Tables;

/// <summary>
/// A data row as assembled from the text, before its amounts have columns: tab and DOCX text give the cells directly;
/// space-separated text gives the numbers in printed order only, because its empty cells are dropped.
/// </summary>
internal sealed class RawRow
{
    public RawRow(int line) => Line = line;

    public int Line { get; }

    public int? Serial { get; set; }

    public string? Code { get; set; }

    /// <summary>The label, or the income side's label in T1/T4.</summary>
    public string Label { get; set; } = string.Empty;

    /// <summary>The expense side's label in T1/T4.</summary>
    public string ExpenseLabel { get; set; } = string.Empty;

    /// <summary>The cells where the text says which column each amount is in (tab and DOCX text).</summary>
    public decimal?[]? Cells { get; set; }

    /// <summary>Space-separated text: the income amount of T1/T4, whose column the side already tells.</summary>
    public decimal? IncomeAmount { get; set; }

    /// <summary>Space-separated text: the other amounts in printed order (the expense side's in T1/T4).</summary>
    public List<decimal> Numbers { get; } = new();

    public bool HasAmounts => Cells is { } cells ? cells.Any(c => c is not null) : Numbers.Count > 0 || IncomeAmount is not null;

    public bool IsTotal => Code is null && Label == "合计";
}
