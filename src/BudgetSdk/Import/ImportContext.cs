using BudgetSdk.Codes;
using BudgetSdk.Import.Structure;
using BudgetSdk.Import.Text;
using BudgetSdk.Tables;
using BudgetSdk.Templates;

namespace BudgetSdk.Import;

/// <summary>What the readers of one document share: its format, header, template, code lists and the tables read so far.</summary>
internal sealed class ImportContext
{
    private readonly Dictionary<TableId, PrintedTable> _read = new();
    private readonly Dictionary<TableId, Dictionary<string, PrintedRow>> _rowsByKey = new();

    public ImportContext(TextFormat format, Department department, int year, DisclosureTemplate? template)
    {
        Format = format;
        Department = department;
        Template = template;
        Functional = CatalogOf<FunctionalCode>(year, FunctionalCode.TryGetEdition);
        Economic = CatalogOf<DepartmentEconomicCode>(year, DepartmentEconomicCode.TryGetEdition);
    }

    public TextFormat Format { get; }

    public Department Department { get; }

    /// <summary>The template of the year and region, or null when the schema has none (labels are then taken as printed).</summary>
    public DisclosureTemplate? Template { get; }

    public CodeCatalog<FunctionalCode>? Functional { get; }

    public CodeCatalog<DepartmentEconomicCode>? Economic { get; }

    /// <summary>What the document states outside its tables about T3's 合计 row: 基本支出 and 项目支出 as section 二 quotes
    /// them, and the sum of the project tables' 预算数 (when every project prints one); null where it says nothing.</summary>
    public (decimal? Basic, decimal? Project, decimal? Projects) Stated { get; init; }

    /// <summary>The tables the document prints, read or not yet: evidence that needs all of them waits for them.</summary>
    public IReadOnlySet<TableId> Printed { get; init; } = new HashSet<TableId>();

    /// <summary>The tables read so far: later tables take evidence from earlier ones when columns must be recovered.</summary>
    public IReadOnlyDictionary<TableId, PrintedTable> Read => _read;

    /// <summary>Records a table read, indexing its rows by code and by label so evidence lookups stay constant-time.</summary>
    public void Add(PrintedTable table)
    {
        _read[table.Id] = table;
        var index = new Dictionary<string, PrintedRow>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            index.TryAdd(row.Code ?? "label:" + row.Label, row);
            if (row.ExpenseLabel is { Length: > 0 } expense)
            {
                index.TryAdd("expense:" + expense, row);
            }
        }

        _rowsByKey[table.Id] = index;
    }

    /// <summary>The first row of a table with this code, or null.</summary>
    public PrintedRow? RowOf(TableId table, string code) => Find(table, code);

    /// <summary>The first row of a table with this label (income side in T1/T4), or null.</summary>
    public PrintedRow? RowLabelled(TableId table, string label) => Find(table, "label:" + label);

    /// <summary>The first row of T1/T4 with this expense label, or null.</summary>
    public PrintedRow? RowWithExpense(TableId table, string label) => Find(table, "expense:" + label);

    /// <summary>True for a row of the page header every table page repeats (department, 预算年度, 单位：万元, 截止时间).</summary>
    public bool IsPageHeader(SourceRow row)
    {
        var text = row.Text;
        if (text.Contains("预算年度", StringComparison.Ordinal) || text.Contains("截止时间", StringComparison.Ordinal))
        {
            return true;
        }

        if (text.StartsWith("单位：", StringComparison.Ordinal) || text.StartsWith("单位:", StringComparison.Ordinal))
        {
            return true;
        }

        return HeaderReader.Parse(row) is { } department && department.Key == Department.Key;
    }

    private PrintedRow? Find(TableId table, string key)
        => _rowsByKey.TryGetValue(table, out var index) && index.TryGetValue(key, out var row) ? row : null;

    // Code lists exist per edition; a year without its own list reads with the newest list before it.
    private static CodeCatalog<T>? CatalogOf<T>(int year, TryGet<T> tryGet)
        where T : ClassificationCode<T>
    {
        for (var edition = year; edition >= year - 10; edition--)
        {
            if (tryGet(edition, out var catalog))
            {
                return catalog;
            }
        }

        return null;
    }

    private delegate bool TryGet<T>(int year, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CodeCatalog<T>? catalog)
        where T : ClassificationCode<T>;
}
