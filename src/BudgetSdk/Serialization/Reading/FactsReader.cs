using BudgetSdk.Amounts;
using BudgetSdk.Codes;
using BudgetSdk.Facts;
using BudgetSdk.Vocabulary;

namespace BudgetSdk.Serialization.Reading;

/// <summary>
/// Reads the facts of the tables: header, units, spending, 基本支出 and “三公”. A property may be left out only
/// where the model has a default (e.g. <c>carriedOver</c>); anything else missing is an error, not a zero.
/// </summary>
internal static class FactsReader
{
    public const string HeaderExpected = "the header: an object with regionCode, departmentCode, departmentName and year";
    private const string RegionExpected = "the 6-digit region code as a string, e.g. \"130324\"";
    private const string DepartmentExpected = "the 3-digit department code as a string, e.g. \"434\"";
    private const string YearExpected = "the budget year as a number, e.g. 2024";

    public static DisclosureHeader Header(ref JsonCursor c)
    {
        c.StartObject(HeaderExpected);
        string? region = null, department = null, name = null;
        int? year = null;
        while (c.NextProperty(out var property))
        {
            switch (property)
            {
                case "regionCode": region = c.String(RegionExpected); break;
                case "departmentCode": department = c.String(DepartmentExpected); break;
                case "departmentName": name = c.String(Expect.Text); break;
                case "year": year = c.Int32(YearExpected); break;
                default: throw c.Unknown(property, "regionCode, departmentCode, departmentName, year");
            }
        }

        return new DisclosureHeader(
            c.Required(region, "regionCode", RegionExpected),
            c.Required(department, "departmentCode", DepartmentExpected),
            c.Required(name, "departmentName", Expect.Text),
            c.Required(year, "year", YearExpected));
    }

    public static OrganizationUnit Unit(ref JsonCursor c)
    {
        c.StartObject("a unit: an object with name, nature, rank and fundingForm");
        string? name = null, rank = null, fundingForm = null;
        UnitNature? nature = null;
        while (c.NextProperty(out var property))
        {
            switch (property)
            {
                case "name": name = c.String(Expect.Text); break;
                case "nature": nature = c.Enum(JsonNames.Nature); break;
                case "rank": rank = c.String(Expect.Text); break;
                case "fundingForm": fundingForm = c.String(Expect.Text); break;
                default: throw c.Unknown(property, "name, nature, rank, fundingForm");
            }
        }

        return new OrganizationUnit(
            c.Required(name, "name", Expect.Text),
            c.Required(nature, "nature", JsonNames.Nature.Expected),
            c.Required(rank, "rank", Expect.Text),
            c.Required(fundingForm, "fundingForm", Expect.Text));
    }

    public static Spending Spending(ref JsonCursor c, EditionCodes codes)
    {
        c.StartObject("a spending fact: an object with code, kind, source, amount and carriedOver");
        FunctionalCode? code = null;
        ExpenseKind? kind = null;
        FundingSource? source = null;
        Money? amount = null;
        var carriedOver = false;
        SpendingPart? part = null;
        while (c.NextProperty(out var property))
        {
            switch (property)
            {
                case "part": part = c.Enum(JsonNames.Part); break;
                case "code": code = c.Code(codes.Functional, Expect.Functional(codes)); break;
                case "kind": kind = c.Enum(JsonNames.Kind); break;
                case "source": source = c.Enum(JsonNames.Source); break;
                case "amount": amount = c.Money(); break;
                case "carriedOver": carriedOver = c.Boolean(Expect.Flag); break;
                default: throw c.Unknown(property, "code, kind, source, amount, carriedOver, part");
            }
        }

        return new Spending(
            c.Required(code, "code", Expect.Functional(codes)),
            c.Required(kind, "kind", JsonNames.Kind.Expected),
            c.Required(source, "source", JsonNames.Source.Expected),
            c.Required(amount, "amount", Expect.Amount),
            carriedOver) { Part = part };
    }

    public static BasicExpenditure Basic(ref JsonCursor c, EditionCodes codes)
    {
        c.StartObject("a 基本支出 fact: an object with code, personnel and publicUse");
        DepartmentEconomicCode? code = null;
        Money personnel = default, publicUse = default;
        while (c.NextProperty(out var property))
        {
            switch (property)
            {
                case "code": code = c.Code(codes.Economic, Expect.Economic(codes)); break;
                case "personnel": personnel = c.Money(); break;
                case "publicUse": publicUse = c.Money(); break;
                default: throw c.Unknown(property, "code, personnel, publicUse");
            }
        }

        return new BasicExpenditure(c.Required(code, "code", Expect.Economic(codes)), personnel, publicUse);
    }

    public static OperatingFundsAmount OperatingFunds(ref JsonCursor c, EditionCodes codes)
    {
        c.StartObject("a 机关运行经费 amount: an object with code (an economic 款, or null for one amount) and amount");
        DepartmentEconomicCode? code = null;
        Money? amount = null;
        while (c.NextProperty(out var property))
        {
            switch (property)
            {
                case "code": code = c.TokenType == System.Text.Json.JsonTokenType.Null ? null : c.Code(codes.Economic, Expect.Economic(codes)); break;
                case "amount": amount = c.Money(); break;
                default: throw c.Unknown(property, "code, amount");
            }
        }

        return new OperatingFundsAmount(code, c.Required(amount, "amount", Expect.Amount));
    }

    public static ThreePublicExpense ThreePublic(ref JsonCursor c)
    {
        c.StartObject("a “三公” fact: an object with component, fund and amount");
        ThreePublicComponent? component = null;
        FundingSource? fund = null;
        Money? amount = null;
        while (c.NextProperty(out var property))
        {
            switch (property)
            {
                case "component": component = c.Enum(JsonNames.Component); break;
                case "fund": fund = c.Enum(JsonNames.Source); break;
                case "amount": amount = c.Money(); break;
                default: throw c.Unknown(property, "component, fund, amount");
            }
        }

        return new ThreePublicExpense(
            c.Required(component, "component", JsonNames.Component.Expected),
            c.Required(fund, "fund", JsonNames.Source.Expected),
            c.Required(amount, "amount", Expect.Amount));
    }
}
