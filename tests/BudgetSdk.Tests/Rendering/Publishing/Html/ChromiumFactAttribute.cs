using BudgetSdk.Rendering.Publishing.Pdf;

namespace BudgetSdk.Tests.Rendering.Publishing.Html;

/// <summary>
/// A test that needs headless Chromium and poppler-utils (pdfinfo, pdftotext): skipped, with what to install, on a
/// machine without them. CI installs both, so there it always runs.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>Skips the test when Chromium or poppler is missing.</summary>
    public ChromiumFactAttribute() => Skip = ChromiumSkip.Reason();
}

/// <summary>A theory that needs headless Chromium and poppler-utils, skipped as <see cref="ChromiumFactAttribute"/> is.</summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    /// <summary>Skips the theory when Chromium or poppler is missing.</summary>
    public ChromiumTheoryAttribute() => Skip = ChromiumSkip.Reason();
}

/// <summary>Why a test that needs Chromium is skipped here, or null when it runs.</summary>
internal static class ChromiumSkip
{
    public static string? Reason()
        => Chromium.Find() is null ? "no headless Chromium: " + Chromium.Install
            : Poppler.Find("pdfinfo") is null || Poppler.Find("pdftotext") is null ? "no pdfinfo/pdftotext: apt-get install poppler-utils"
            : null;
}
