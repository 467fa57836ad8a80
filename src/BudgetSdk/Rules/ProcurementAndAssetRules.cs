using System.Globalization;
using BudgetSdk.Amounts;

namespace BudgetSdk.Rules;

/// <summary>Rules on 政府采购预算 rows and 固定资产 figures.</summary>
internal static class ProcurementAndAssetRules
{
    public static void Check(RuleContext context)
    {
        var facts = context.Facts;
        for (var i = 0; i < facts.Procurement.Count; i++)
        {
            var line = facts.Procurement[i];
            var at = $"procurement[{i}]";
            if (line.SmeReserved > line.Total)
            {
                context.Report(RuleCatalog.SmeShare, at + ".smeReserved", $"{line.ItemName}: the share reserved for 中小微企业 is more than the purchase", "at most " + line.Total, line.SmeReserved.ToString());
            }

            var extended = line.Quantity * line.UnitPrice.Yuan;
            if (Math.Abs(extended - line.Total.Yuan) > Money.YuanPerWan * Apportionment.Cent)
            {
                context.Report(RuleCatalog.QuantityPrice, at, $"{line.ItemName}: {line.Quantity.ToString(CultureInfo.InvariantCulture)} × {line.UnitPrice} is not the amount", Money.FromYuan(Math.Abs(extended)).ToString(), line.Total.ToString());
            }

            if (!IsCatalogueCode(line.CatalogueCode))
            {
                context.Report(RuleCatalog.CatalogueCode, at + ".catalogueCode", $"{line.ItemName}: not a 政府采购品目 code", "A, B or C and 8 digits, e.g. C22040000, or the category letter alone", line.CatalogueCode);
            }
        }

        if (facts.Assets is { } assets && assets.OfficeArea > assets.BuildingArea)
        {
            context.Report(RuleCatalog.OfficeArea, "assets.officeArea", "办公用房 is part of 房屋, so it cannot be larger",
                "at most " + assets.BuildingArea.ToString(CultureInfo.InvariantCulture) + "平方米", assets.OfficeArea.ToString(CultureInfo.InvariantCulture) + "平方米");
        }

        if (facts.Assets is { } valued && valued.OfficeValue > valued.BuildingValue)
        {
            context.Report(RuleCatalog.OfficeArea, "assets.officeValue", "办公用房 is part of 房屋, so its value cannot be larger", "at most " + valued.BuildingValue, valued.OfficeValue.ToString());
        }
    }

    // The letter alone is the catalogue's top level (货物, 工程, 服务): what a document that prints only the categories states.
    private static bool IsCatalogueCode(string code)
        => code is "A" or "B" or "C"
        || (code is { Length: 9 } && code[0] is 'A' or 'B' or 'C' && code.Skip(1).All(char.IsAsciiDigit));
}
