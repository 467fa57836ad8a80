namespace BudgetSdk.Tests.Rules;

/// <summary>
/// The words <see cref="RandomDocumentParts"/> draws from, taken from the seeds: departments of the three seed counties,
/// project names, purposes, goals, indicator rows with the value forms each tier prints, bases, purchases and duties.
/// </summary>
internal static class DocumentVocabulary
{
    public static readonly (string Region, string Code, string County)[] Departments =
        [("130324", "434", "卢龙县"), ("130631", "434", "望都县"), ("130321", "430", "青龙满族自治县")];

    public static readonly string[] Offices = ["人民政府办公室", "机关事务服务中心", "发展和改革局", "自然资源和规划局", "市场监督管理局"];

    public static readonly string[] ProjectNames =
    [
        "综合事务经费", "政府网站服务器租赁费及网站维护费", "县机关服务中心餐饮服务外包项目", "劳务派遣经费", "律师顾问费", "云视频会议系统",
        "行政办公中心、民族文化宫空调改造项目经费", "公车信息平台服务费", "物业费欠款项目经费", "消费扶贫款", "金融办城改办工作经费", "政务公开经费",
    ];

    public static readonly string[] Purposes =
    [
        "保障机关工作正常运转；发挥办公室综合协调、服务职能，推进各项工作有序开展。", "用于全县公务用车信息化管理平台服务的费用。",
        "保障政府网站正常运转，实时监测、防护网站数据及网站维护服务。", "主要用于劳务派遣人员工资福利支出，保障热线电话畅通。", "用于完成2024年各项工作",
    ];

    public static readonly string[] Goals =
    [
        "通过将公务用车纳入信息化管理平台，实现对公务车辆的有效监控管理。", "保障机关工作正常有序开展。", "按合同约定足额发放工资、缴纳社保。",
        "提升服务水平，降低运行成本。", "做好来访客商的接待服务工作；组织筹备招商活动，搭建招商引资平台。",
    ];

    // 三级指标 (with a description that is sometimes the same text) and value forms, by 二级 tier.
    public static readonly Dictionary<string, (string Name, string Description, string[] Values)[]> Indicators = new()
    {
        ["数量指标"] = [("保障人数", "保障人数", ["≥39人", "10 人", "3人"]), ("购置设备数量", "反映购置定位设备数量", ["≤500台", "3台"]), ("接待批次", "接待客商来访洽谈批次", ["≥30 批次", "12次"])],
        ["质量指标"] = [("设备运维达标率", "改造后空调设备运维达标率", ["≥95%", "100%"]), ("金融市场稳定", "金融市场稳定", ["总体稳定", "有效保障"])],
        ["时效指标"] = [("补助发放时间", "补助、补贴发放时间", ["按规定时间及时发放", "2024年12月"]), ("服务期限", "服务期限", ["1年", "≤1 年"])],
        ["成本指标"] = [("年工作经费", "年工作经费总额控制", ["cost"])],
        ["社会效益指标"] = [("保障机关正常运转", "通过及时更换存在安全隐患的设备，保障机关工作人员的安全。", ["有效保障", "≥95%"]), ("促进政府工作公开透明", "促进政府工作公开透明", ["明显提升"])],
        ["经济效益指标"] = [("降低运行成本", "降低公车运行费用", ["逐步降低"])],
        ["服务对象满意度指标"] = [("服务对象满意度", "接受服务对象对提供服务的满意程度（百分比）", ["≥95%", "≥90%"]), ("群众满意度", "群众满意度", ["≥98%"])],
    };

    public static readonly string[] Bases = ["计划标准", "年初工作计划", "合同约定", "历史标准", "冀财预〔2023〕12号"];

    public static readonly (string Item, string Code, string Measure)[] Items =
    [
        ("餐饮服务", "C22040000", "年"), ("物业管理服务", "C21040000", "项"), ("台式计算机", "A02010104", "台"), ("复印纸", "A05040101", "箱"), ("其他服务", "C99000000", "项"),
    ];

    public static readonly string[] Duties =
    [
        "围绕县政府工作报告中心工作开展调查研究，及时向县政府领导反映情况，提出建议。", "负责县政府重要会议的准备工作，协助县政府领导组织会议。",
        "负责机关行政事务管理和后勤服务保障工作。", "负责全县政务公开暨行政权力公开透明运行工作。", "承办县政府交办的其他事项。",
    ];
}
