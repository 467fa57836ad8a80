using BudgetSdk.Amounts;
using BudgetSdk.Facts;

namespace BudgetSdk.Rules;

/// <summary>The soft checks' figures from exact facts, as <see cref="Building.DisclosureBuilder.Build()"/> runs them.</summary>
internal sealed class FactSoftCheckFigures : ISoftCheckFigures
{
    private readonly RuleContext _context;

    public FactSoftCheckFigures(RuleContext context) => _context = context;

    public decimal Economic(string code) => _context.BasicUnder(code).Wan;

    public decimal Functional(string code) => _context.SpendingUnder(code).Wan;

    public decimal ThreePublic(ThreePublicComponent component)
        => Money.Sum(_context.Facts.ThreePublic.Where(t => t.Component == component && t.Fund.IsFiscal()).Select(t => t.Amount)).Wan;

    public string Format(decimal wan) => Money.FromWan(wan).ToString();
}
