using BudgetSdk.Import;
using BudgetSdk.Tables;

namespace BudgetSdk.Tests.Import.Tables;

/// <summary>部门政府采购预算 beyond the seeds: a wrapped project name in tab text, and dropped cells in space text.</summary>
public class ProcurementTests
{
    [Fact]
    public void A_wrapped_project_name_joins_the_item_above()
    {
        var text = string.Join('\n', new[]
        {
            "部门预算收支总表", "434 测试县人民政府办公室", "预算年度：2024",
            "1\t一、一般公共预算拨款收入\t50.00\t一、一般公共服务支出\t50.00",
            "八、政府采购预算情况", "部门政府采购预算", "434 测试县人民政府办公室", "单位：万元",
            "政府采购项目来源\t\t采购物品名称\t政府采购目录序号\t计量单位\t数量\t单价\t政府采购金额（当年部门预算安排资金）\t\t\t\t\t\t2024年预留中小微企业份额\t",
            "项目名称\t预算资金\t\t\t\t\t\t合计\t一般公共预算拨款\t基金预算拨款\t国有资本经营预算拨款\t财政专户核拨\t单位资金\t上年结转结余\t",
            "合计\t\t\t\t\t\t\t50.00\t30.00\t\t\t\t20.00\t\t10.00",
            "测试县人民政府办公室本级小计\t\t\t\t\t\t\t50.00\t30.00\t\t\t\t20.00\t\t10.00",
            "县机关服务中心餐饮服务\t50.00\t餐饮服务\tC22040000\t年\t1\t50.00\t50.00\t30.00\t\t\t\t20.00\t\t10.00",
            "外包项目\t\t\t\t\t\t\t\t\t\t\t\t\t\t",
            "注：同一采购目录序号的物品，其单价会因配置规格不同而变动。",
        });

        var rows = DisclosureImporter.Read(text).Table(TableId.Procurement)!.Rows;
        rows.Count.ShouldBe(3);
        rows[2].Label.ShouldBe("县机关服务中心餐饮服务外包项目｜餐饮服务｜年");
        rows[2].Cells.ShouldBe(new decimal?[] { 50.00m, 1m, 50.00m, 50.00m, 30.00m, null, null, null, 20.00m, null, 10.00m });
    }

    [Fact]
    public void Space_separated_rows_place_their_amounts_by_the_item_fields_and_the_sums()
    {
        var text = string.Join('\n', new[]
        {
            "部门预算收支总表", "434 测试县人民政府办公室 预算年度：2024 单位：万元",
            "1 一、一般公共预算拨款收入 50.00 一、一般公共服务支出 50.00",
            "八、政府采购预算情况", "部门政府采购预算", "434 测试县人民政府办公室 单位：万元",
            "政府采购项目来源", "采购物品", "名称", "2024 年", "预留中",
            "合计 50.00 30.00 20.00 10.00",
            "测试县人民政府办公室本级小计 50.00 30.00 20.00 10.00",
            "餐饮服务外包项目 50.00 餐饮服务 C22040000 年 1 50.00 50.00 30.00 20.00 10.00",
        });

        var table = DisclosureImporter.Read(text).Table(TableId.Procurement)!;
        table.Columns.Count.ShouldBe(11);
        var item = table.Rows.Single(r => r.Code == "C22040000");
        item.Label.ShouldBe("餐饮服务外包项目｜餐饮服务｜年");
        item.Cells.Take(4).ShouldBe(new decimal?[] { 50.00m, 1m, 50.00m, 50.00m });
        item.Cells[^1].ShouldBe(10.00m);
        item.Cells.Skip(4).Take(6).Sum().ShouldBe(50.00m);

        // Whichever fund columns the two amounts are read into, the item, its 小计 and the 合计 agree on them.
        table.Rows.Select(r => string.Join(',', r.Cells.Skip(3))).Distinct().Count().ShouldBe(1);
    }
}
