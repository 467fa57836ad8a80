namespace BudgetSdk.Tables;

/// <summary>
/// One of the nine tables, derived from the facts: never set by hand, so its rows always add up.
/// </summary>
public sealed class BudgetTable : IEquatable<BudgetTable>
{
    private readonly TableRow[] _rows;
    private readonly string[] _columns;

    // Built on the first lookup, so that an audit asking for a row per code stays linear in the rows; a race builds
    // the same index twice, which is harmless.
    private Dictionary<string, TableRow>? _byCode;
    private Dictionary<string, TableRow>? _byLabel;

    /// <summary>Creates a table.</summary>
    public BudgetTable(TableId id, string title, IReadOnlyList<string> columns, IReadOnlyList<TableRow> rows, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        Id = id;
        Title = title;
        _columns = columns.ToArray();
        _rows = rows.ToArray();
        Note = note;
    }

    /// <summary>Which table.</summary>
    public TableId Id { get; }

    /// <summary>The title the template prints, e.g. 部门预算收支总表.</summary>
    public string Title { get; }

    /// <summary>The amount columns in printed order, e.g. 合计, 基本支出, 项目支出.</summary>
    public IReadOnlyList<string> Columns => _columns;

    /// <summary>The rows in printed order.</summary>
    public IReadOnlyList<TableRow> Rows => _rows;

    /// <summary>A note printed under the table, e.g. 注：无国有资本经营预算财政拨款预算，空表列示。 for an empty table.</summary>
    public string? Note { get; }

    /// <summary>True when no row carries an amount (the table prints 空表列示).</summary>
    public bool IsEmpty => _rows.All(r => r.Cells.All(c => c == 0m));

    /// <summary>The row of a code, or null.</summary>
    public TableRow? Row(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        _byCode ??= Index(r => [r.Code]);
        return _byCode.GetValueOrDefault(code);
    }

    /// <summary>The first row with a label (either side), or null.</summary>
    public TableRow? RowLabelled(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        _byLabel ??= Index(r => [r.Label, r.ExpenseLabel]);
        return _byLabel.GetValueOrDefault(label);
    }

    /// <summary>The index of a column by its printed name.</summary>
    /// <exception cref="ArgumentException">The table has no such column.</exception>
    public int Column(string name)
    {
        var index = Array.IndexOf(_columns, name);
        return index >= 0 ? index : throw new ArgumentException($"{Title} has no column '{name}'; it has: {string.Join(", ", _columns)}", nameof(name));
    }

    /// <inheritdoc />
    public bool Equals(BudgetTable? other) => other is not null && Id == other.Id && Title == other.Title
        && _columns.SequenceEqual(other._columns) && _rows.SequenceEqual(other._rows) && Note == other.Note;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as BudgetTable);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, _rows.Length);

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Title} ({_rows.Length} rows)";

    // The first row under each key, as a scan from the top would find it.
    private Dictionary<string, TableRow> Index(Func<TableRow, string?[]> keys)
    {
        var index = new Dictionary<string, TableRow>(StringComparer.Ordinal);
        foreach (var row in _rows)
        {
            foreach (var key in keys(row))
            {
                if (key is not null)
                {
                    index.TryAdd(key, row);
                }
            }
        }

        return index;
    }
}
