namespace BudgetSdk.Tables;

/// <summary>
/// One printed row: its code (科目编码, when the table has one), its label, and its amounts in 万元 with two
/// decimals, one per amount column (0 prints blank). T1 and T4 print income and expense side by side: their rows
/// carry the income label in <see cref="Label"/> and the expense label in <see cref="ExpenseLabel"/>.
/// </summary>
public sealed class TableRow : IEquatable<TableRow>
{
    private readonly decimal[] _cells;

    /// <summary>Creates a row.</summary>
    public TableRow(string? code, string label, IReadOnlyList<decimal> cells, string? expenseLabel = null)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(cells);
        Code = code;
        Label = label;
        ExpenseLabel = expenseLabel;
        _cells = cells.ToArray();
    }

    /// <summary>科目编码, or null for 合计 and template lines.</summary>
    public string? Code { get; }

    /// <summary>科目名称 or 项目; the income side of T1/T4 (empty where the income side has no line).</summary>
    public string Label { get; }

    /// <summary>The expense side's 项目 of T1/T4; null in other tables.</summary>
    public string? ExpenseLabel { get; }

    /// <summary>The amounts in 万元, one per <see cref="BudgetTable.Columns"/> entry.</summary>
    public IReadOnlyList<decimal> Cells => _cells;

    /// <summary>The amount in the named column.</summary>
    public decimal this[int column] => _cells[column];

    /// <inheritdoc />
    public bool Equals(TableRow? other) => other is not null && Code == other.Code && Label == other.Label
        && ExpenseLabel == other.ExpenseLabel && _cells.SequenceEqual(other._cells);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TableRow);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Label, ExpenseLabel, _cells.Length);

    /// <inheritdoc />
    public override string ToString()
        => string.Join(" | ", new[] { Code, Label, ExpenseLabel }.Where(s => s is not null)
            .Concat(_cells.Select(c => c == 0m ? string.Empty : c.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture))));
}
