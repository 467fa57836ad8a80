using BudgetSdk.Rendering;

namespace BudgetSdk.Tests.Import.Files;

/// <summary>Published files in memory, as a reader gets them.</summary>
internal static class OfficeFiles
{
    public static MemoryStream Published(Disclosure disclosure, PublishFormat format)
    {
        var stream = new MemoryStream();
        DisclosurePublisher.Write(disclosure, format, stream);
        stream.Position = 0;
        return stream;
    }
}
