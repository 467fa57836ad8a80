using BudgetSdk.Amounts;
using BudgetSdk.Facts;
using BudgetSdk.Tables;
using BudgetSdk.Templates;

namespace BudgetSdk.Building.Derivation;

/// <summary>Derives the two schedules of the explanatory sections: 政府采购预算 (八) and 固定资产占用情况表 (九).</summary>
internal static class ScheduleTables
{
    public static BudgetTable Procurement(IReadOnlyList<ProcurementLine> lines, DisclosureTemplate template, MidpointRounding midpoint)
    {
        var funds = template.ProcurementFunds.Lines;
        var columns = new[] { "预算资金", "数量", "单价", "合计" }.Concat(funds.Select(f => f.Label)).Append("预留中小微企业份额").ToArray();

        // Each fund column is one rounding group, as is the SME column, so every subtotal adds up.
        var fundCells = funds.Select(f => Apportionment.RoundGroup(lines.Select(l => Money.Sum(l.Amounts.Where(a => InColumn(a, f)).Select(a => a.Amount))).ToArray(), midpoint)).ToArray();
        var sme = Apportionment.RoundGroup(lines.Select(l => l.SmeReserved).ToArray(), midpoint);
        var lineRows = lines.Select((l, i) =>
        {
            var byFund = fundCells.Select(c => c[i]).ToArray();

            // The share is rounded in its own column; a share equal to the purchase could round a cent above the
            // purchase's own rounding, which would print a share larger than the purchase. Subtotals sum the cells.
            var share = Math.Min(sme[i], byFund.Sum());
            var cells = new[] { Apportionment.RoundWan(l.ProjectBudget, midpoint), l.Quantity, Apportionment.RoundWan(l.UnitPrice, midpoint), byFund.Sum() }
                .Concat(byFund).Append(share).ToArray();
            return (Unit: l.UnitName, Row: new TableRow(l.CatalogueCode, $"{l.ProjectName}｜{l.ItemName}｜{l.MeasureUnit}", cells));
        }).ToArray();

        var rows = new List<TableRow> { Subtotal("合计", lineRows.Select(r => r.Row), columns.Length) };
        foreach (var unit in lineRows.GroupBy(r => r.Unit))
        {
            rows.Add(Subtotal(unit.Key + "小计", unit.Select(r => r.Row), columns.Length));
            rows.AddRange(unit.Select(r => r.Row));
        }

        return new BudgetTable(TableId.Procurement, "部门政府采购预算", columns, rows);
    }

    public static BudgetTable Assets(Assets assets, MidpointRounding midpoint)
    {
        var values = Apportionment.RoundGroup(new[] { assets.BuildingValue, assets.VehicleValue, assets.EquipmentValue, assets.OtherValue }, midpoint);
        var rows = new[]
        {
            new TableRow(null, "资产总额", new[] { 0m, values.Sum() }),
            new TableRow(null, "1、房屋（平方米）", new[] { assets.BuildingArea, values[0] }),
            new TableRow(null, "其中：办公用房（平方米）", new[] { assets.OfficeArea, Apportionment.RoundWan(assets.OfficeValue, midpoint) }),
            new TableRow(null, "2、车辆（台、辆）", new[] { (decimal)assets.Vehicles, values[1] }),
            new TableRow(null, "3、单价在 20 万元以上的设备", new[] { (decimal)assets.Equipment, values[2] }),
            new TableRow(null, "4、其他固定资产", new[] { (decimal)assets.OtherItems, values[3] }),
        };
        return new BudgetTable(TableId.Assets, "部门固定资产占用情况表", new[] { "数量", "价值" }, rows);
    }

    /// <summary>A 合计/小计 row: the money columns summed; 预算资金, 数量 and 单价 are not summed in print.</summary>
    private static TableRow Subtotal(string label, IEnumerable<TableRow> rows, int columns)
    {
        var cells = new decimal[columns];
        foreach (var row in rows)
        {
            for (var i = 3; i < columns; i++)
            {
                cells[i] += row[i];
            }
        }

        return new TableRow(null, label, cells);
    }

    private static bool InColumn(ProcurementAmount amount, TemplateLine column) => amount.CarriedOver
        ? column.Keys.Contains("CarryOver") || column.Keys.Contains(amount.Source.IsFiscal() ? "FiscalCarryOver" : "NonFiscalCarryOver")
        : column.Keys.Contains(amount.Source.ToString());
}
