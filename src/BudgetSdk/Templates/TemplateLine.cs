using System.Collections.ObjectModel;
using System.Text;

namespace BudgetSdk.Templates;

/// <summary>One printed line of a template.</summary>
/// <param name="Label">The label as printed, e.g. 一、一般公共服务支出.</param>
/// <param name="FunctionalClass">The 类 code of 支出功能分类 behind the line, or null when the line has none (e.g. 人行科目).</param>
/// <param name="Keys">What the line sums or stands for, e.g. the funding sources of an income line; empty when none.</param>
/// <param name="Text">A paragraph that goes with the line, e.g. the definition of a glossary term; null when none.</param>
/// <param name="Notes">Notes from the schema.</param>
public sealed record TemplateLine(string Label, string? FunctionalClass, IReadOnlyList<string> Keys, string? Text, string? Notes)
{
    // A copy, so that a caller's list changed later cannot change the line (nor its hash code).
    private readonly ReadOnlyCollection<string> _keys = Freeze(Keys);

    /// <summary>What the line sums or stands for, in schema order; empty when none.</summary>
    public IReadOnlyList<string> Keys
    {
        get => _keys;
        init => _keys = Freeze(value);
    }

    /// <summary>Equal when every member is, the keys compared item by item in order (not as list references).</summary>
    public bool Equals(TemplateLine? other)
        => other is not null
            && Label == other.Label
            && FunctionalClass == other.FunctionalClass
            && Text == other.Text
            && Notes == other.Notes
            && _keys.SequenceEqual(other._keys, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Label);
        hash.Add(FunctionalClass);
        hash.Add(Text);
        hash.Add(Notes);
        foreach (var key in _keys)
        {
            hash.Add(key);
        }

        return hash.ToHashCode();
    }

    // The generated ToString would print the collection's type name; the keys themselves say more.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Label = ").Append(Label)
            .Append(", FunctionalClass = ").Append(FunctionalClass)
            .Append(", Keys = [").AppendJoin(", ", _keys).Append(']')
            .Append(", Text = ").Append(Text)
            .Append(", Notes = ").Append(Notes);
        return true;
    }

    private static ReadOnlyCollection<string> Freeze(IReadOnlyList<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return Array.AsReadOnly(keys.ToArray());
    }
}
