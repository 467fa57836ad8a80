using System.Globalization;

namespace BudgetSdk.Serialization;

/// <summary>
/// Thrown by <see cref="DisclosureJson"/> when a document cannot be read: it is not JSON, has the wrong shape, holds
/// a value that is not allowed, or has edited derived data. Says where (<see cref="Path"/>, <see cref="LineNumber"/>,
/// <see cref="BytePositionInLine"/>) and what was expected, so the document can be fixed by hand.
/// </summary>
/// <remarks>Facts that are well-formed but break a rule raise <see cref="Rules.DisclosureValidationException"/> instead.</remarks>
public sealed class DisclosureJsonException : Exception
{
    /// <summary>Creates the exception; the message is built from the parts.</summary>
    /// <param name="path">The JSON path of the offending value, e.g. <c>$.spending[3].amount</c>.</param>
    /// <param name="lineNumber">The 1-based line of the offending token.</param>
    /// <param name="bytePositionInLine">The 1-based byte (not character) column of the offending token within its line.</param>
    /// <param name="reason">What is wrong, e.g. <c>found number 267.58</c>.</param>
    /// <param name="expected">What would be accepted there.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public DisclosureJsonException(string path, long lineNumber, long bytePositionInLine, string reason, string expected, Exception? innerException = null)
        : base(Describe(path, lineNumber, bytePositionInLine, reason, expected), innerException)
    {
        Path = path;
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
        Reason = reason;
        Expected = expected;
    }

    /// <summary>The JSON path of the offending value (or of a missing property), e.g. <c>$.spending[3].amount</c>.</summary>
    public string Path { get; }

    /// <summary>The line of the offending token, counted from 1 as editors do (unlike <see cref="System.Text.Json.JsonException"/>, which counts from 0).</summary>
    public long LineNumber { get; }

    /// <summary>The byte column of the offending token within its line, counted from 1; a Chinese character is 3 bytes of UTF-8.</summary>
    public long BytePositionInLine { get; }

    /// <summary>What is wrong, e.g. <c>found number 267.58</c>.</summary>
    public string Reason { get; }

    /// <summary>What would be accepted there, e.g. <c>a non-negative amount in 万元 as a string, e.g. "267.58"</c>.</summary>
    public string Expected { get; }

    private static string Describe(string path, long line, long column, string reason, string expected)
        => string.Create(CultureInfo.InvariantCulture, $"{path} (line {line}, byte {column}): {reason}; expected {expected}");
}
