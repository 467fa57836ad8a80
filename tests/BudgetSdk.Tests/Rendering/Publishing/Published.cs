using System.Text;
using BudgetSdk.Rendering;
using BudgetSdk.Samples;
using BudgetSdk.Tables;

namespace BudgetSdk.Tests.Rendering.Publishing;

/// <summary>Seed 000 (卢龙县人民政府办公室 2024) published in the text formats, as bytes and as text.</summary>
internal static class Published
{
    public static readonly Lazy<Disclosure> Lulong = new(() => Lulong2024.Facts().Build().GetOrThrow());

    public static byte[] CsvBytes(TableId table)
    {
        using var output = new MemoryStream();
        DisclosurePublisher.WriteCsv(Lulong.Value, table, output);
        return output.ToArray();
    }

    /// <summary>The CSV's text after its byte order mark.</summary>
    public static string Csv(TableId table) => new UTF8Encoding(false).GetString(CsvBytes(table)[3..]);

    public static string Markdown()
    {
        using var output = new MemoryStream();
        DisclosurePublisher.Write(Lulong.Value, PublishFormat.Markdown, output);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    /// <summary>RFC 4180 records: just enough of a reader to check the writer's quoting from the other side.</summary>
    public static List<List<string>> Records(string csv)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        return records;
    }
}
