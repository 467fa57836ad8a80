namespace BudgetSdk.Forms.Model;

/// <summary>
/// The three categories of the 政府采购品目分类目录 a form's 政府采购预算表 prints (一、货物 A, 二、工程 B, 三、服务 C): the first
/// letter of a purchase's 品目 code. A document that prints only the categories states one purchase per category, whose
/// 品目 code is the letter alone (the catalogue's top level).
/// </summary>
public static class ProcurementCategory
{
    /// <summary>The categories in printed order.</summary>
    public static IReadOnlyList<string> All { get; } = ["A", "B", "C"];

    /// <summary>The category of a 品目 code (<c>C22040000</c> → <c>C</c>); the code itself when it does not start with one.</summary>
    public static string Of(string catalogueCode)
        => catalogueCode.Length > 0 && catalogueCode[0] is 'A' or 'B' or 'C' ? catalogueCode[..1] : catalogueCode;

    /// <summary>The category's name in the catalogue: 货物, 工程 or 服务.</summary>
    public static string Name(string category) => category switch
    {
        "A" => "货物",
        "B" => "工程",
        "C" => "服务",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "expected A (货物), B (工程) or C (服务)"),
    };
}
