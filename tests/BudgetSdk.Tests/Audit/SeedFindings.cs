namespace BudgetSdk.Tests.Audit;

/// <summary>
/// The exact findings of each seed, as <c>rule severity location: printed, expected</c>. docs/cli.md explains each.
/// Errors: 000 leaves its 三公 totals blank; 001 prints its plans as amounts or fractions under “(%)”; 002 prints 301 a
/// cent below its 款 and reserves more for small firms than it buys. Warnings: 001 pays 退休费 (30302) from 行政运行
/// rather than 2080501/2080502; 002 has 30110 ≠ 21011; indicator values that cannot be read (0发生率, ≥98 是否满意);
/// 成本指标 that do not restate the budget (000's 43600元 is per person for 3 persons, unsaid; 002's projects split
/// the budget over several 成本指标, each compared with the whole).
/// </summary>
public static class SeedFindings
{
    public static IReadOnlyDictionary<string, string[]> Expected { get; } = new Dictionary<string, string[]>
    {
        ["000"] = new[]
        {
            "BDR0705 error T9/合计/合计: printed blank, expected 15.50",
            "BDR0705 error T9/“三公”经费小计/合计: printed blank, expected 15.50",
            "BDR0705 error T9/二、公务用车购置及运维费/合计: printed blank, expected 3.50",
            "BDR0802 warning projects[3].indicators[3].value: printed 43600元, expected 13.08万元",
            $"BDR0804 warning projects[4].indicators[1].value: printed 0发生率, expected {Readable}",
            $"BDR0804 warning projects[4].indicators[4].value: printed 0发生率, expected {Readable}",
        },
        ["001"] = new[]
        {
            "BDR0603 warning T6/30302/合计: printed 24.53, expected 0.00",
            $"BDR0804 warning projects[4].indicators[6].value: printed ≥98 是否满意, expected {Readable}",
            "BDR0902 error projects[0].plan: printed 7.50 15.00 22.50 30.00, expected 25% 50% 75% 100%",
            "BDR0902 error projects[1].plan: printed 0.25 0.50 0.75 1.00, expected 25% 50% 75% 100%",
            "BDR0902 error projects[2].plan: printed 37.50 75.00 112.50 150.00, expected 25% 50% 75% 100%",
            "BDR0902 error projects[3].plan: printed 32.50 65.00 97.50 130.00, expected 25% 50% 75% 100%",
            "BDR0902 error projects[4].plan: printed 44.00 62.72 74.72 86.72, expected 50.74% 72.32% 86.16% 100%",
        },
        ["002"] = new[]
        {
            "BDR0401 error Procurement/C21040000 物业管理服务/预留中小微企业份额: printed 1034.40, expected at most 595.02万元",
            "BDR0604 warning T6/30110/合计: printed 16.04, expected 16.61",
            "BDR0701 error T6/301/合计: printed 267.41, expected 267.42",
            "BDR0802 warning projects[1].indicators[6].value: printed ≤2万元, expected 4.00万元",
        },
    };

    /// <summary>The summary line of the text report.</summary>
    public static IReadOnlyDictionary<string, string> Summary { get; } = new Dictionary<string, string>
    {
        ["000"] = "3 errors, 3 warnings",
        ["001"] = "5 errors, 2 warnings",
        ["002"] = "2 errors, 2 warnings",
    };

    /// <summary>What BDR0804 expects of a 指标值.</summary>
    private const string Readable = "an operator, a number and a unit; a date; a yes/no form; or text";
}
