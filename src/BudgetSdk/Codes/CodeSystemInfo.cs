namespace BudgetSdk.Codes;

/// <summary>
/// A code system such as 支出功能分类 (functional classification) or 部门预算支出经济分类: its id, its official
/// title and the digit count of each level. A code's level follows from its length, its parent from its prefix.
/// </summary>
public sealed class CodeSystemInfo
{
    private readonly int[] _levels;

    /// <summary>Creates the description of a code system; generated code calls this.</summary>
    public CodeSystemInfo(string id, string title, int[] levels)
    {
        Id = id;
        Title = title;
        _levels = (int[])levels.Clone();
    }

    /// <summary>The schema id, e.g. <c>functional</c>.</summary>
    public string Id { get; }

    /// <summary>The official title, e.g. 支出功能分类.</summary>
    public string Title { get; }

    /// <summary>Digit counts of the levels, top first (e.g. 3, 5, 7).</summary>
    public IReadOnlyList<int> Levels => _levels;

    /// <summary>The level of a code of the given length, or null when no level has that length.</summary>
    public CodeLevel? LevelOf(int length)
    {
        var index = Array.IndexOf(_levels, length);
        return index < 0 ? null : (CodeLevel)(index + 1);
    }

    /// <summary>The expected lengths as text for messages, e.g. "3, 5 or 7".</summary>
    internal string DescribeLengths()
        => _levels.Length == 1 ? _levels[0].ToString(System.Globalization.CultureInfo.InvariantCulture)
            : string.Join(", ", _levels[..^1]) + " or " + _levels[^1];

    /// <inheritdoc />
    public override string ToString() => $"{Title} ({Id})";
}
