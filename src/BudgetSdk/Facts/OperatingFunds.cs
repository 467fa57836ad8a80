using BudgetSdk.Codes;
using BudgetSdk.Amounts;

namespace BudgetSdk.Facts;

/// <summary>
/// 机关运行经费 as the department states it, by economic 款 (or as one amount), where it is not simply the 公用经费 of its
/// 基本支出 on 302 商品和服务支出 and 310 资本性支出: a 部门 with 事业单位 counts only its 行政单位 and 参公 units (Shanghai's
/// 街道, whose 机关运行经费 is less than its 302 + 310 公用经费), and Jiangsu's 2017 form counts 项目支出 on those 款 too.
/// </summary>
/// <param name="Code">The economic 款; null when the document states one amount only (Shanghai's 三公 table column).</param>
/// <param name="Amount">The amount (一般公共预算 财政拨款).</param>
public sealed record OperatingFundsAmount(DepartmentEconomicCode? Code, Money Amount);
