using BudgetSdk.Rendering.Publishing.Pdf;

namespace BudgetSdk.Tests.Rendering.Publishing.Html;

/// <summary>
/// A test that needs headless Chromium and poppler-utils (pdfinfo, pdftotext): skipped, with what to install, on a
/// machine without them. CI installs both, so there it always runs.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>Skips the test when Chromium or poppler is missing.</summary>
    public ChromiumFactAttribute()
    {
        if (Chromium.Find() is null)
        {
            Skip = "no headless Chromium: " + Chromium.Install;
        }
        else if (Poppler.Find("pdfinfo") is null || Poppler.Find("pdftotext") is null)
        {
            Skip = "no pdfinfo/pdftotext: apt-get install poppler-utils";
        }
    }
}
