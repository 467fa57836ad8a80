namespace BudgetSdk.Rendering;

/// <summary>
/// A disclosure cannot be published in the format asked for on this machine: for PDF, no headless Chromium was found
/// (install it with <c>apt-get install chromium fonts-noto-cjk</c> or set <c>BUDGETSDK_CHROMIUM</c> to its path), or
/// Chromium failed or timed out while printing. The message is one line saying what happened and what to do.
/// </summary>
public sealed class PublishingException : Exception
{
    /// <summary>Creates the exception with a one-line reason.</summary>
    public PublishingException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line reason and the error underneath.</summary>
    public PublishingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic reason.</summary>
    public PublishingException()
        : base("the disclosure could not be published")
    {
    }
}
