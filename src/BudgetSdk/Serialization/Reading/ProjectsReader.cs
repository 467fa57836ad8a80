using System.Text.Json;
using BudgetSdk.Amounts;
using BudgetSdk.Codes;
using BudgetSdk.Facts;
using BudgetSdk.Vocabulary;

namespace BudgetSdk.Serialization.Reading;

/// <summary>Reads projects (with their 资金支出计划 and 绩效目标) and 政府采购 rows.</summary>
internal static class ProjectsReader
{
    private const string ProjectProperties = "code, name, fiscalFunds, otherFunds, purpose, functionalCode, plan, goals, mediumTermGoal, framework, indicators";
    private const string CodeExpected = "the 21-character project code as a string";
    private const string CatalogueExpected = "a 政府采购品目 code as a string, e.g. \"C22040000\"";
    private const string AmountsExpected = "an array of amounts by source";
    private const string LineProperties = "unitName, projectName, projectBudget, itemName, catalogueCode, measureUnit, quantity, unitPrice, amounts, smeReserved";

    public static Project Project(ref JsonCursor c, EditionCodes codes)
    {
        c.StartObject("a project: an object with " + ProjectProperties);
        string? code = null, name = null, purpose = null;
        Money? fiscal = null;
        Money other = default;
        FunctionalCode? functional = null;
        SpendingPlan? plan = null;
        IReadOnlyList<string> goals = [];
        string? mediumTerm = null;
        Performance.IndicatorFramework? framework = null;
        IReadOnlyList<PendingIndicator> indicators = [];
        while (c.NextProperty(out var property))
        {
            switch (property)
            {
                case "code": code = c.String(CodeExpected); break;
                case "name": name = c.String(Expect.Text); break;
                case "fiscalFunds": fiscal = c.Money(); break;
                case "otherFunds": other = c.Money(); break;
                case "purpose": purpose = c.String(Expect.Text); break;
                case "functionalCode": functional = c.TokenType == JsonTokenType.Null ? null : c.Code(codes.Functional, "null or " + Expect.Functional(codes)); break;
                case "plan": plan = c.OrNull(Plan); break;
                case "goals": goals = c.Strings(); break;
                case "mediumTermGoal": mediumTerm = c.NullableString(Expect.TextOrNull); break;
                case "framework": framework = c.TokenType == JsonTokenType.Null ? null : PerformanceReader.Framework(ref c); break;
                case "indicators": indicators = c.Array("an array of indicators", PerformanceReader.Indicator); break;
                default: throw c.Unknown(property, ProjectProperties);
            }
        }

        var filed = indicators.Count == 0 ? [] : PerformanceReader.Resolve(ref c, indicators, c.Required(framework, "framework", "the id of the indicator framework its indicators are filed in, e.g. \"hebei-2024\""));
        return new Project(
            c.Required(code, "code", CodeExpected),
            c.Required(name, "name", Expect.Text),
            c.Required(fiscal, "fiscalFunds", Expect.Amount),
            other,
            c.Required(purpose, "purpose", Expect.Text),
            functional,
            plan,
            goals)
        {
            MediumTermGoal = mediumTerm,
            Indicators = filed,
        };
    }

    public static ProcurementLine Line(ref JsonCursor c)
    {
        c.StartObject("a procurement row: an object with " + LineProperties);
        string? unit = null, project = null, item = null, catalogue = null, measure = null;
        Money? budget = null, price = null;
        Money sme = default;
        decimal? quantity = null;
        IReadOnlyList<ProcurementAmount>? amounts = null;
        while (c.NextProperty(out var property))
        {
            switch (property)
            {
                case "unitName": unit = c.String(Expect.Text); break;
                case "projectName": project = c.String(Expect.Text); break;
                case "projectBudget": budget = c.Money(); break;
                case "itemName": item = c.String(Expect.Text); break;
                case "catalogueCode": catalogue = c.String(CatalogueExpected); break;
                case "measureUnit": measure = c.String(Expect.Text); break;
                case "quantity": quantity = c.Decimal(Expect.Number); break;
                case "unitPrice": price = c.Money(); break;
                case "amounts": amounts = c.Array(AmountsExpected, Amount); break;
                case "smeReserved": sme = c.Money(); break;
                default: throw c.Unknown(property, LineProperties);
            }
        }

        return new ProcurementLine(
            c.Required(unit, "unitName", Expect.Text),
            c.Required(project, "projectName", Expect.Text),
            c.Required(budget, "projectBudget", Expect.Amount),
            c.Required(item, "itemName", Expect.Text),
            c.Required(catalogue, "catalogueCode", CatalogueExpected),
            c.Required(measure, "measureUnit", Expect.Text),
            c.Required(quantity, "quantity", Expect.Number),
            c.Required(price, "unitPrice", Expect.Amount),
            c.Required(amounts, "amounts", AmountsExpected),
            sme);
    }

    private static SpendingPlan Plan(ref JsonCursor c)
    {
        c.StartObject("null or a plan: an object with march, june, october and december");
        decimal? march = null, june = null, october = null, december = null;
        while (c.NextProperty(out var property))
        {
            switch (property)
            {
                case "march": march = c.Decimal(Expect.Percent); break;
                case "june": june = c.Decimal(Expect.Percent); break;
                case "october": october = c.Decimal(Expect.Percent); break;
                case "december": december = c.Decimal(Expect.Percent); break;
                default: throw c.Unknown(property, "march, june, october, december");
            }
        }

        return new SpendingPlan(
            c.Required(march, "march", Expect.Percent),
            c.Required(june, "june", Expect.Percent),
            c.Required(october, "october", Expect.Percent),
            c.Required(december, "december", Expect.Percent));
    }

    private static ProcurementAmount Amount(ref JsonCursor c)
    {
        c.StartObject("an amount by source: an object with source, amount and carriedOver");
        FundingSource? source = null;
        Money? amount = null;
        var carriedOver = false;
        while (c.NextProperty(out var property))
        {
            switch (property)
            {
                case "source": source = c.Enum(JsonNames.Source); break;
                case "amount": amount = c.Money(); break;
                case "carriedOver": carriedOver = c.Boolean(Expect.Flag); break;
                default: throw c.Unknown(property, "source, amount, carriedOver");
            }
        }

        return new ProcurementAmount(c.Required(source, "source", JsonNames.Source.Expected), c.Required(amount, "amount", Expect.Amount), carriedOver);
    }
}
