using BudgetSdk.Tables;
using BudgetSdk.Tests.Audit;

namespace BudgetSdk.Cli.Tests;

/// <summary>A document that prints some tables only is audited (exit 1, one error per missing table); text cut off inside a table is refused (exit 2).</summary>
public class MissingPartsTests
{
    [Fact]
    public void A_document_without_T3_exits_1_naming_the_missing_table()
    {
        using var file = new TempFile(SeedCuts.Without(TableId.T3));

        var run = Budget.Run("audit", file.Path);

        run.Exit.ShouldBe(1, run.Err);
        run.Out.Split('\n').Select(l => l.Trim()).ShouldContain("BDR0907 T3: 部门预算支出总表 is missing");
    }

    [Fact]
    public void A_text_cut_off_inside_a_table_exits_2()
    {
        var lines = SeedCuts.Lines();
        var (start, _) = SeedCuts.TableLines(lines, TableId.T4);
        using var file = new TempFile(string.Join('\n', lines.Take(start + 25)));

        var run = Budget.Run("audit", file.Path);

        run.Exit.ShouldBe(2, run.Out);
        run.ErrLines.ShouldHaveSingleItem().ShouldStartWith($"budget: {file.Path}: truncated: the text ends in 部门预算财政拨款收支总表 (line {start + 1}); ");
    }
}
