using System.Text;

namespace BudgetSdk.Rendering.Publishing.Pdf;

/// <summary>
/// Chromium stamps the print time into the PDF's document information (/CreationDate, /ModDate), the only bytes that
/// differ between two prints of the same HTML. Each date is overwritten in place with a fixed one, padded with spaces
/// to its old length, so the cross-reference offsets stay right and the same disclosure prints the same bytes (with
/// the same Chromium and fonts).
/// </summary>
internal static class PdfDates
{
    private static readonly byte[] Fixed = Encoding.ASCII.GetBytes("(D:20000101000000Z)");

    public static void Normalise(byte[] pdf)
    {
        foreach (var key in new[] { "/CreationDate", "/ModDate" })
        {
            var name = Encoding.ASCII.GetBytes(key);
            for (var at = pdf.AsSpan().IndexOf(name); at >= 0;)
            {
                Overwrite(pdf, at + name.Length);
                var next = pdf.AsSpan(at + name.Length).IndexOf(name);
                at = next < 0 ? -1 : at + name.Length + next;
            }
        }
    }

    // The value after the key: optional spaces, then a literal string "(D:…)" with no nested parentheses.
    private static void Overwrite(byte[] pdf, int from)
    {
        var open = from;
        while (open < pdf.Length && pdf[open] == (byte)' ')
        {
            open++;
        }

        if (open >= pdf.Length || pdf[open] != (byte)'(')
        {
            return;
        }

        var close = pdf.AsSpan(open).IndexOf((byte)')');
        if (close < 0 || close + 1 < Fixed.Length)
        {
            return;
        }

        Fixed.CopyTo(pdf, open);
        pdf.AsSpan(open + Fixed.Length, close + 1 - Fixed.Length).Fill((byte)' ');
    }
}
