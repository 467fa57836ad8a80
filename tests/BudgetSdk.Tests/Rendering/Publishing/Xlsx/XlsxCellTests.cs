using System.Globalization;
using BudgetSdk.Samples;
using BudgetSdk.Tables;
using BudgetSdk.Tests.Disclosures;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetSdk.Tests.Rendering.Publishing.Xlsx;

/// <summary>
/// Seed 000's nine tables read back from the workbook: every printed cell in its own cell, the amounts stored as
/// numbers with the two-decimal format, blank for zero, the three 三公 rows the publisher left blank filled in.
/// </summary>
public class XlsxCellTests
{
    private static readonly Disclosure Lulong = Lulong2024.Facts().Build().GetOrThrow();

    private static readonly TableId[] Nine = Enum.GetValues<TableId>().Where(t => t <= TableId.T9).ToArray();

    [Fact]
    public void Every_printed_cell_of_seed_000s_nine_tables_is_in_its_own_cell_but_the_three_public_totals_filled_in()
    {
        using var book = new WrittenWorkbook(Lulong);
        var printed = PrintedTables.Read("000", Nine.Select(t => Lulong[t].Title).ToArray());
        var differences = new List<string>();
        foreach (var id in Nine)
        {
            var sheet = book.SheetStartingWith($"{id} ");
            var cells = WrittenWorkbook.Cells(sheet);
            var first = book.NumberingRow(sheet) + 1;
            var rows = printed[Lulong[id].Title].Where(r => r.Cells.Any(c => c.Length > 0)).ToList();
            // An empty table prints its note instead of rows (注：无…，空表列示).
            rows.Count.ShouldBe(Lulong[id].Note is null ? Lulong[id].Rows.Count : 0, id.ToString());
            foreach (var (row, i) in rows.Select((r, i) => (r, i)))
            {
                var line = first + i;
                book.Text(cells.GetValueOrDefault(WrittenWorkbook.Ref(0, line))).ShouldBe(row.Number.ToString(CultureInfo.InvariantCulture));
                var written = row.Cells.Select((_, c) => book.Text(cells.GetValueOrDefault(WrittenWorkbook.Ref(c + 1, line))));
                var (ours, theirs) = (string.Join('|', written), string.Join('|', row.Cells));
                if (ours != theirs)
                {
                    differences.Add($"{id} {row.Number}: written {ours}, printed {theirs}");
                }
            }

            // Nothing more in the data rows than the seed prints, and nothing to the right of the table.
            sheet.Descendants<Row>().Count(r => r.RowIndex! >= first && r.RowIndex! < first + rows.Count).ShouldBe(rows.Count);
            var width = Lulong[id].Columns.Count + (id == TableId.T9 ? 2 : 3);
            cells.Keys.ShouldAllBe(k => k[0] - 'A' < width, id.ToString());
        }

        differences.ShouldBe(
            [
                "T9 1: written 合计|15.50|15.50||, printed 合计||||",
                "T9 2: written “三公”经费小计|15.50|15.50||, printed “三公”经费小计||||",
                "T9 4: written 二、公务用车购置及运维费|3.50|3.50||, printed 二、公务用车购置及运维费||||",
            ]);
    }

    [Fact]
    public void Amounts_are_numbers_with_the_two_decimal_format_and_zero_is_a_blank_cell()
    {
        using var book = new WrittenWorkbook(Lulong);
        var (numbers, blanks) = (0, 0);
        foreach (var id in Nine)
        {
            var sheet = book.SheetStartingWith($"{id} ");
            var cells = WrittenWorkbook.Cells(sheet);
            var first = book.NumberingRow(sheet) + 1;
            foreach (var (row, i) in Lulong[id].Rows.Where(_ => Lulong[id].Note is null).Select((r, i) => (r, i)))
            {
                foreach (var (value, k) in row.Cells.Select((v, k) => (v, k)))
                {
                    var cell = cells[WrittenWorkbook.Ref(AmountColumn(id, k), first + i)];
                    book.FormatCode(cell).ShouldBe("0.00", $"{id} row {i + 1} amount {k + 1}");
                    if (value == 0m)
                    {
                        cell.CellValue.ShouldBeNull($"{id} row {i + 1} amount {k + 1}");
                        blanks++;
                        continue;
                    }

                    (cell.DataType is null || cell.DataType.Value == CellValues.Number).ShouldBeTrue($"{id} row {i + 1} amount {k + 1}");
                    decimal.Parse(cell.CellValue!.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture).ShouldBe(value);
                    numbers++;
                }
            }
        }

        (numbers, blanks).ShouldSatisfyAllConditions(() => numbers.ShouldBeGreaterThan(100), () => blanks.ShouldBeGreaterThan(100));
    }

    [Fact]
    public void The_three_public_totals_are_the_numbers_15_50_15_50_and_3_50()
    {
        using var book = new WrittenWorkbook(Lulong);
        var sheet = book.SheetStartingWith("T9 ");
        var cells = WrittenWorkbook.Cells(sheet);
        var first = book.NumberingRow(sheet) + 1;

        // 合计, “三公”经费小计 and 二、公务用车购置及运维费: 合计 and 一般公共预算财政拨款.
        foreach (var (row, amount) in new[] { (0, 15.50m), (1, 15.50m), (3, 3.50m) })
        {
            foreach (var column in new[] { "C", "D" })
            {
                var cell = cells[$"{column}{first + row}"];
                decimal.Parse(cell.CellValue!.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture).ShouldBe(amount);
                book.Text(cell).ShouldBe(amount.ToString("0.00", CultureInfo.InvariantCulture));
                book.FormatCode(cell).ShouldBe("0.00");
            }
        }
    }

    [Fact]
    public void Codes_and_names_are_text_and_序号_a_number()
    {
        using var book = new WrittenWorkbook(Lulong);
        var sheet = book.SheetStartingWith("T5 ");
        var cells = WrittenWorkbook.Cells(sheet);
        var first = book.NumberingRow(sheet) + 1;
        var row = Lulong[TableId.T5].Rows.First(r => r.Code is not null);
        var line = first + Lulong[TableId.T5].Rows.ToList().IndexOf(row);

        cells[$"B{line}"].DataType!.Value.ShouldBe(CellValues.SharedString);
        book.Text(cells[$"B{line}"]).ShouldBe(row.Code);
        book.Text(cells[$"C{line}"]).ShouldBe(row.Label);
        cells[$"A{first}"].DataType?.Value.ShouldNotBe(CellValues.SharedString);
        cells[$"A{first}"].CellValue!.Text.ShouldBe("1");
    }

    [Fact]
    public void The_schedules_keep_their_amounts_and_quantities_as_numbers()
    {
        using var book = new WrittenWorkbook(Lulong);
        var assets = Lulong[TableId.Assets];
        var sheet = book.Sheet("固定资产占用情况表");
        var cells = WrittenWorkbook.Cells(sheet);
        var row = sheet.Descendants<Row>().First(r => book.Text(r.Elements<Cell>().First()) == assets.Rows[0].Label).RowIndex!.Value;

        foreach (var (asset, i) in assets.Rows.Select((r, i) => (r, i)))
        {
            var line = (int)row + i;
            book.Text(cells[$"A{line}"]).ShouldBe(asset.Label);
            if (asset.Cells[1] != 0m)
            {
                decimal.Parse(cells[$"C{line}"].CellValue!.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture).ShouldBe(asset.Cells[1]);
                book.FormatCode(cells[$"C{line}"]).ShouldBe("0.00");
            }

            if (asset.Cells[0] != 0m)
            {
                decimal.Parse(cells[$"B{line}"].CellValue!.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture).ShouldBe(asset.Cells[0]);
            }
        }
    }

    [Fact]
    public void A_project_table_keeps_its_预算数_as_a_number_and_its_texts_across_the_table()
    {
        using var book = new WrittenWorkbook(Lulong);
        var project = Lulong.Facts.Projects[0];
        var sheet = book.Sheet(book.Sheets.Single(s => s.Name!.Value!.StartsWith("1、", StringComparison.Ordinal)).Name!);
        var cells = WrittenWorkbook.Cells(sheet);
        var budget = sheet.Descendants<Row>().Single(r => book.Text(r.Elements<Cell>().First()) == "预算规模及资金用途").RowIndex!.Value;

        book.Text(cells["A1"]).ShouldBe($"1、{project.Name}绩效目标表");
        book.Text(cells["A2"]).ShouldBe("单位：万元");
        var (fiscal, other) = Lulong.ProjectFunds[0];
        decimal.Parse(cells[$"C{budget}"].CellValue!.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture).ShouldBe(fiscal + other);
        book.FormatCode(cells[$"C{budget}"]).ShouldBe("0.00");
        book.Text(cells[$"B{budget + 1}"]).ShouldBe(project.Purpose);
        sheet.Descendants<MergeCell>().Select(m => m.Reference!.Value).ShouldContain($"B{budget + 1}:G{budget + 1}");
    }

    // Where the printed form puts a row's k-th amount: after 序号 and the labels (T1/T4 print income and expense side by
    // side), or after 序号, 科目编码 and 科目名称.
    private static int AmountColumn(TableId id, int k) => id switch
    {
        TableId.T1 or TableId.T4 => k == 0 ? 2 : 3 + k,
        TableId.T9 => 2 + k,
        _ => 3 + k,
    };
}
