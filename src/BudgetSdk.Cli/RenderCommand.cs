using System.ComponentModel;
using System.Text;
using BudgetSdk.Rendering;
using BudgetSdk.Rules;
using BudgetSdk.Serialization;

namespace BudgetSdk.Cli;

/// <summary>
/// <c>budget render &lt;disclosure.json&gt; --format html|pdf|docx|xlsx|csv|md [-o path]</c>: a disclosure's JSON
/// (what <c>budget import</c> writes) published as the official document. <c>-o</c> is the file to write, or for csv
/// the directory that gets one file per table; without it HTML and Markdown go to standard output and the other
/// formats are refused, since binary bytes or a folder of files cannot go there.
/// </summary>
internal static class RenderCommand
{
    public static int Run(string path, string formatName, string? output, TextWriter stdout, TextWriter stderr)
    {
        var format = RenderFormats.Parse(formatName);
        if (output is null && !RenderFormats.IsText(format))
        {
            throw new InputException(format == PublishFormat.Csv
                ? "--format csv writes one file per table: name the directory to write them to with -o"
                : $"--format {formatName} is binary: name the file to write with -o");
        }

        var disclosure = Read(path);
        if (format == PublishFormat.Csv)
        {
            CsvFolder.Write(disclosure, output!, path, stdout);
            return ExitCodes.Ok;
        }

        var file = output is null ? null : OutputFile.For(output, path);
        try
        {
            var bytes = Publish(disclosure, format);
            if (file is null)
            {
                stdout.Write(Encoding.UTF8.GetString(bytes));
                return ExitCodes.Ok;
            }

            file.Write(bytes);
            stdout.WriteLine($"wrote {file.Name}: {disclosure}");
            return ExitCodes.Ok;
        }
        catch
        {
            // No earlier rendering stays behind a failed one.
            file?.Discard(stderr);
            throw;
        }
    }

    /// <summary>
    /// The bytes of a single-file format. What a publisher documents as "cannot render here" (a format not available,
    /// no Chromium for PDF, a browser that could not start) is one line, not a crash.
    /// </summary>
    public static byte[] Publish(Disclosure disclosure, PublishFormat format)
    {
        using var bytes = new MemoryStream();
        try
        {
            DisclosurePublisher.Write(disclosure, format, bytes);
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or Win32Exception or PublishingException)
        {
            throw new InputException("cannot render: " + OneLine(e.Message));
        }

        return bytes.ToArray();
    }

    private static Disclosure Read(string path)
    {
        using var json = InputFile.Read(path);
        try
        {
            return DisclosureJson.Deserialize(json);
        }
        catch (Exception e) when (e is DisclosureJsonException or DisclosureValidationException)
        {
            throw new InputException("is no BudgetSdk disclosure JSON: " + OneLine(e.Message));
        }
    }

    private static string OneLine(string text) => string.Join("; ", text.Split('\r', '\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
