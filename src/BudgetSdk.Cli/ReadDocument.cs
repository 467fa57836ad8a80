using BudgetSdk.Audit;
using BudgetSdk.Facts;
using BudgetSdk.Forms.Checking;
using BudgetSdk.Forms.Printed;
using BudgetSdk.Import;

namespace BudgetSdk.Cli;

/// <summary>A document as read: in Hebei's form (the importer's model) or in another region's form (a form file's model).</summary>
/// <param name="Header">Department, year and region as printed (a form document prints no department code).</param>
internal abstract record ReadDocument(DisclosureHeader Header)
{
    /// <summary>Everything the audit of the document's form finds.</summary>
    public abstract AuditReport Audit();
}

/// <summary>A document in Hebei's form.</summary>
internal sealed record HebeiDocument(PublishedDisclosure Document) : ReadDocument(Document.Header)
{
    public override AuditReport Audit() => Auditor.Audit(Document);
}

/// <summary>A document in a region's form described by a form file (上海市, 江苏省 …).</summary>
internal sealed record FormRead(FormDocument Document)
    : ReadDocument(new DisclosureHeader(Document.Header.RegionCode, string.Empty, Document.Header.Department, Document.Header.Year))
{
    public override AuditReport Audit() => new(FormAuditor.Audit(Document), null);
}
