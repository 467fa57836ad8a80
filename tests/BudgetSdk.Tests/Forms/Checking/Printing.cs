using BudgetSdk.Amounts;
using BudgetSdk.Forms.Model;
using BudgetSdk.Forms.Printed;
using BudgetSdk.Forms.Schema;

namespace BudgetSdk.Tests.Forms.Checking;

/// <summary>Small hand-built documents on Shanghai's shipped district form.</summary>
internal static class Printing
{
    public static FormTemplate Form => FormCatalog.Shipped.Select("310107", 2025).ShouldNotBeNull();

    public static FormDocument Document(IEnumerable<PrintedFormTable> tables, IEnumerable<FormQuote>? quotes = null, IEnumerable<FormChange>? changes = null)
        => new(Form, new PrintedHeader("上海市普陀区财政局", 2025, "310107", "department"), tables.ToArray(), (quotes ?? []).ToArray(), (changes ?? []).ToArray());

    /// <summary>A one-sided table in the form's column order; each row is (id, label, cells).</summary>
    public static PrintedFormTable Table(string id, MoneyUnit unit, PrintedNote? note, params (string Id, string Label, decimal?[] Cells)[] rows)
    {
        var side = Form.Table(id).ShouldNotBeNull().Sides[0];
        var line = 10;
        var printed = rows.Select(r => new PrintedFormRow(Kind(r.Id), r.Id, r.Label, r.Cells, line++)).ToArray();
        return new PrintedFormTable(id, id, unit, [new PrintedSide(side.Id, side.Columns.Select(c => c.Id).ToArray(), printed)], note, 1);
    }

    /// <summary>A 功能分类 table (t3/t5 …: 合计, 基本支出, 项目支出) printing one 项 with its 类 and 款, all 基本支出.</summary>
    public static PrintedFormTable OneItem(string table, string item, decimal amount, string? name = null)
        => Table(table, MoneyUnit.Yuan, null,
            (item[..3], Name(item[..3]), [amount, amount, null]),
            (item[..5], Name(item[..5]), [amount, amount, null]),
            (item, name ?? Name(item), [amount, amount, null]),
            ("total", "合计", [amount, amount, null]));

    public static FormQuote Quote(string cell, decimal amount, int? item = null, int line = 98, string sentence = "s")
        => new("item", FormCellRef.TryParse(cell), [Name(cell[3..6]), Name(cell[3..8]), Name(cell[3..10])], amount, 2, item, sentence, line);

    /// <summary>The 2025 edition's name of a 功能分类 code.</summary>
    public static string Name(string code)
        => Enumerable.Range(2015, 11).Reverse().Select(y => BudgetSdk.Codes.FunctionalCode.TryGetEdition(y, out var c) ? c : null).First(c => c is not null)!.Get(code).Name;

    private static PrintedRowKind Kind(string id) => id switch
    {
        "total" => PrintedRowKind.Total,
        "row" => PrintedRowKind.Single,
        _ when id.All(char.IsAsciiDigit) => PrintedRowKind.Code,
        _ => PrintedRowKind.Line,
    };
}
