using BudgetSdk.Audit;
using BudgetSdk.Forms.Checking;
using BudgetSdk.Forms.Printed;
using BudgetSdk.Forms.Reading;
using BudgetSdk.Rules;

namespace BudgetSdk.Tests.Forms.Checking;

/// <summary>The ten real documents read by <see cref="FormReader"/> and audited (tests only: the product never reads ../shared).</summary>
internal static class AuditedDocuments
{
    public static readonly string[] All =
    {
        "shanghai/sh-municipal-finance-2025-unit", "shanghai/sh-putuo-finance-2025", "shanghai/sh-putuo-govoffice-2025",
        "shanghai/sh-putuo-wanli-2023", "shanghai/sh-putuo-welfare-2024-unit", "jiangsu/js-court-2019", "jiangsu/js-npc-2019-tables",
        "jiangsu/js-npc-2019-text", "jiangsu/js-party-office-2017-tables", "jiangsu/js-procuratorate-2019",
    };

    public static FormDocument Read(string path)
        => FormReader.Read(File.ReadAllText(Path.Combine(Seeds.RepositoryRoot, "..", "shared", "documents", path + ".layout.txt")));

    public static IReadOnlyList<Finding> Audit(string path) => FormAuditor.Audit(Read(path));
}
