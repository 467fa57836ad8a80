using System.Text.Json;
using BudgetSdk.Amounts;
using BudgetSdk.Vocabulary;

namespace BudgetSdk.Serialization.Writing;

/// <summary>The few value shapes of the format, each written one way only so that output is deterministic.</summary>
internal static class JsonWriting
{
    public static void WriteMoney(this Utf8JsonWriter writer, string name, Money amount) => writer.WriteString(name, JsonAmounts.Wan(amount));

    /// <summary>A plain decimal as a JSON number without trailing zeros (the writer's own format keeps them).</summary>
    public static void WritePlain(this Utf8JsonWriter writer, string name, decimal value)
    {
        writer.WritePropertyName(name);
        writer.WriteRawValue(JsonAmounts.Plain(value), skipInputValidation: true);
    }

    public static void WriteEnum<T>(this Utf8JsonWriter writer, string name, JsonEnum<T> names, T value)
        where T : struct, Enum
        => writer.WriteString(name, names.NameOf(value));

    public static void WriteStrings(this Utf8JsonWriter writer, string name, IEnumerable<string> values)
        => writer.WriteArray(name, values, static (w, value) => w.WriteStringValue(value));

    public static void WriteArray<T>(this Utf8JsonWriter writer, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            write(writer, item);
        }

        writer.WriteEndArray();
    }

    /// <summary>An object, or <c>null</c>: optional objects are always written, so every document has the same properties.</summary>
    public static void WriteNullable<T>(this Utf8JsonWriter writer, string name, T? value, Action<Utf8JsonWriter, T> write)
        where T : class
    {
        writer.WritePropertyName(name);
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            write(writer, value);
        }
    }
}
