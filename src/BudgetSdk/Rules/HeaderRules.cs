using BudgetSdk.Codes;

namespace BudgetSdk.Rules;

/// <summary>Rules on who discloses, for which year, and whether the schema covers it.</summary>
internal static class HeaderRules
{
    public static void Check(RuleContext context)
    {
        CheckIdentity(context);
        var header = context.Facts.Header;
        var edition = context.Facts.Edition;
        if (!FunctionalCode.TryGetEdition(edition, out _) || !DepartmentEconomicCode.TryGetEdition(edition, out _))
        {
            context.Report(RuleCatalog.Template, "edition", $"the schema has no code lists of edition {edition}", string.Join(", ", FunctionalCode.Editions), edition.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (context.Template is null)
        {
            context.Report(RuleCatalog.Template, "header", $"the schema has no template parts {string.Join(", ", context.MissingTemplateParts)} for {header.Year} and region {header.RegionCode}", "a template of that year or earlier for the region or its province", "none");
        }

        if (context.Facts.Spending.Count == 0)
        {
            context.Report(RuleCatalog.NotEmpty, "spending", "no spending is stated, so every table would be empty", "at least one amount", "none");
        }
    }

    /// <summary>BDR0001 and BDR0002: who discloses. The audit runs these on a published header too.</summary>
    public static void CheckIdentity(RuleContext context)
    {
        var header = context.Facts.Header;
        if (header.RegionCode is not { Length: 6 } region || !region.All(char.IsAsciiDigit))
        {
            context.Report(RuleCatalog.RegionCode, "header.regionCode", "the region is not a 6-digit GB/T 2260 code", "6 digits, e.g. 130324", header.RegionCode);
        }

        if (header.DepartmentCode is not { Length: 3 } department || !department.All(char.IsAsciiDigit))
        {
            context.Report(RuleCatalog.Department, "header.departmentCode", "the department code is not 3 digits", "3 digits, e.g. 434", header.DepartmentCode);
        }

        if (string.IsNullOrWhiteSpace(header.DepartmentName))
        {
            context.Report(RuleCatalog.Department, "header.departmentName", "the department has no name", "a name, e.g. 卢龙县人民政府办公室", header.DepartmentName);
        }
    }
}
