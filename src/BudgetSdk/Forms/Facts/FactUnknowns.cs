using BudgetSdk.Codes;
using BudgetSdk.Facts;
using BudgetSdk.Forms.Deriving;
using BudgetSdk.Forms.Model;
using BudgetSdk.Forms.Printed;

namespace BudgetSdk.Forms.Facts;

/// <summary>
/// The amounts a printed document can state, as <see cref="FactAtom"/>s without an amount: spending by (functional leaf
/// code, kind, fund), 基本支出 by (economic leaf 款, 人员/公用), 机关运行经费 (by economic leaf 款 where a table prints it by
/// 款, else one amount), “三公” by (component, fund) and 政府采购 by (品目 category, fund). 机关运行经费 is an amount of its own,
/// not tied to the 公用经费: the document states it (a 部门 with 事业单位 counts only its 行政单位; Jiangsu's 2017 form counts
/// 项目支出 too), and the audit, not the reconstruction, compares the two.
/// The codes are the leaves the
/// document prints (a parent's row is the sum of its children's); the kinds, funds and components are those the form tells
/// apart (see <see cref="FormSelections.Distinguished{T}"/>).
/// </summary>
internal sealed class FactUnknowns
{
    private static readonly ThreePublicComponent[] ThreePublicProper =
    [
        ThreePublicComponent.OverseasTravel, ThreePublicComponent.OverseasTravelAcademic, ThreePublicComponent.VehiclePurchase,
        ThreePublicComponent.VehicleOperation, ThreePublicComponent.Reception,
    ];

    private FactUnknowns(IReadOnlyList<FactAtom> atoms, IReadOnlyDictionary<string, FunctionalCode> functional, IReadOnlyDictionary<string, DepartmentEconomicCode> economic)
    {
        Atoms = atoms;
        Functional = functional;
        Economic = economic;
    }

    /// <summary>The unknown amounts in a fixed order: spending by code, kind, fund; then 基本支出; then “三公”.</summary>
    public IReadOnlyList<FactAtom> Atoms { get; }

    /// <summary>The functional leaf codes, by digits.</summary>
    public IReadOnlyDictionary<string, FunctionalCode> Functional { get; }

    /// <summary>The economic leaf codes, by digits.</summary>
    public IReadOnlyDictionary<string, DepartmentEconomicCode> Economic { get; }

    /// <summary>The unknowns of the document; a printed code that its year's code lists lack is a problem, one line each.</summary>
    public static FactUnknowns Of(FormDocument document, CodeCatalog<FunctionalCode> functionalCodes, CodeCatalog<DepartmentEconomicCode> economicCodes, List<string> problems)
    {
        var selections = FormSelections.Of(document.Form, document.Header.Kind).ToArray();
        var spending = selections.Where(FormSelections.IsSpending).ToArray();

        // 基本支出 by function is split into 人员经费 and 公用经费 only where a column this document prints tells them apart.
        var parts = spending.Any(s => s.Part is not null) ? new BasicPart?[] { BasicPart.Personnel, BasicPart.PublicUse } : new BasicPart?[] { null };
        var kinds = FormSelections.Distinguished(spending.Select(s => s.Kinds), [ExpenseKind.Basic]);
        var funds = FormSelections.Distinguished(spending.Select(s => s.Funds), [FundingSource.GeneralPublicBudget]);
        var carried = spending.Any(s => s.CarriedOver == true) ? new[] { false, true } : new[] { false };
        var threePublic = selections.Where(s => s.Measure == FactMeasure.ThreePublic).ToArray();
        var components = FormSelections.Distinguished(threePublic.Select(s => s.ThreePublic ?? ThreePublicProper), ThreePublicProper);
        var threePublicFunds = FormSelections.Distinguished(threePublic.Select(s => s.Funds), [FundingSource.GeneralPublicBudget]);
        var procurement = selections.Where(s => s.Measure == FactMeasure.Procurement).ToArray();
        var procurementFunds = FormSelections.Distinguished(procurement.Select(s => s.Funds), [FundingSource.GeneralPublicBudget]);
        var categories = DistinguishedCategories(procurement);

        var functional = Leaves(document, RowCodeSystem.Functional, functionalCodes, problems);
        var economic = Leaves(document, RowCodeSystem.DepartmentEconomic, economicCodes, problems);
        var atoms = new List<FactAtom>();
        foreach (var code in functional.Keys)
        {
            foreach (var kind in kinds)
            {
                foreach (var fund in funds)
                {
                    var kindParts = kind == ExpenseKind.Basic ? parts : [null];
                    atoms.AddRange(carried.SelectMany(c => kindParts.Select(p => new FactAtom(FactMeasure.Spending, code, kind, fund, c, p, null, 0m))));
                }
            }
        }

        foreach (var code in economic.Keys)
        {
            atoms.Add(new FactAtom(FactMeasure.BasicByEconomic, code, ExpenseKind.Basic, FundingSource.GeneralPublicBudget, false, BasicPart.Personnel, null, 0m));
            atoms.Add(new FactAtom(FactMeasure.BasicByEconomic, code, ExpenseKind.Basic, FundingSource.GeneralPublicBudget, false, BasicPart.PublicUse, null, 0m));
        }

        if (threePublic.Length > 0)
        {
            foreach (var fund in threePublicFunds)
            {
                atoms.AddRange(components.Select(c => new FactAtom(FactMeasure.ThreePublic, string.Empty, null, fund, false, null, c, 0m)));
            }
        }

        if (selections.Any(s => s.Measure == FactMeasure.OperatingFunds))
        {
            var byCode = OperatingFundsByCode(document.Form);
            var codes = byCode ? economic.Keys.ToArray() : [string.Empty];
            atoms.AddRange(codes.Select(code => new FactAtom(FactMeasure.OperatingFunds, code, null, FundingSource.GeneralPublicBudget, false, null, null, 0m)));
        }

        foreach (var category in procurement.Length > 0 ? categories : [])
        {
            atoms.AddRange(procurementFunds.Select(fund => new FactAtom(FactMeasure.Procurement, category, null, fund, false, null, null, 0m)));
        }

        return new FactUnknowns(atoms, functional, economic);
    }

    /// <summary>True when some table prints 机关运行经费 by economic code (Jiangsu's 机关运行经费支出预算表), not as one amount.</summary>
    private static bool OperatingFundsByCode(FormTemplate form)
        => form.Tables.Any(t => t.Sides.Any(s => s.Rows.Source == RowSource.Codes && s.Rows.CodeSystem == RowCodeSystem.DepartmentEconomic
            && s.Columns.Any(c => t.Select.Narrow(c.Select).Measure == FactMeasure.OperatingFunds)));

    /// <summary>The 品目 categories the procurement selectors tell apart, each standing for those taken with it (as <see cref="FormSelections.Distinguished{T}"/>).</summary>
    private static IReadOnlyList<string> DistinguishedCategories(IReadOnlyList<FactSelector> procurement)
    {
        var named = procurement.Where(s => s.Procurement is not null).Select(s => s.Procurement!).ToArray();
        string Signature(string category) => string.Join(",", named.Select((l, i) => l.Contains(category) ? i : -1).Where(i => i >= 0));
        return ProcurementCategory.All.GroupBy(Signature).Select(g => g.First()).ToArray();
    }

    /// <summary>The codes of a system the document prints that no other printed code of the system extends, in code order.</summary>
    private static SortedDictionary<string, TCode> Leaves<TCode>(FormDocument document, RowCodeSystem system, CodeCatalog<TCode> catalog, List<string> problems)
        where TCode : ClassificationCode<TCode>
    {
        var printed = new SortedSet<string>(StringComparer.Ordinal);
        var where = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in document.Tables)
        {
            foreach (var side in table.Sides)
            {
                var rows = document.Form.Table(table.TableId)?.Side(side.SideId)?.Rows;
                if (rows is not { Source: RowSource.Codes } || rows.CodeSystem != system)
                {
                    continue;
                }

                foreach (var row in side.Rows.Where(r => r.Kind == PrintedRowKind.Code))
                {
                    printed.Add(row.Id);
                    where.TryAdd(row.Id, CellNames.Row(document, table, side, row));
                }
            }
        }

        var leaves = new SortedDictionary<string, TCode>(StringComparer.Ordinal);
        foreach (var code in printed.Where(c => !printed.Any(o => o.Length > c.Length && o.StartsWith(c, StringComparison.Ordinal))))
        {
            if (catalog.TryParse(code, out var parsed) && parsed.Code == code)
            {
                leaves[code] = parsed;
            }
            else
            {
                problems.Add($"{where[code]}: code {code} is not in the {catalog.Edition} {catalog.CodeSystem.Title}");
            }
        }

        return leaves;
    }
}
