namespace BudgetSdk.Codes;

/// <summary>How a code changed from the previous edition.</summary>
public enum CodeChangeKind
{
    /// <summary>New in this edition (新增).</summary>
    Add,

    /// <summary>Same code, new name (更名).</summary>
    Rename,

    /// <summary>No longer in this edition (取消); with several replacements it was split (拆分).</summary>
    Retire,
}

/// <summary>One change of a code between an edition and the one it is based on.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Code">The code concerned.</param>
/// <param name="Name">The new name, for <see cref="CodeChangeKind.Add"/> and <see cref="CodeChangeKind.Rename"/>.</param>
/// <param name="ReplacedBy">For <see cref="CodeChangeKind.Retire"/>: the codes that take over.</param>
public sealed record CodeChange(CodeChangeKind Kind, string Code, string? Name, IReadOnlyList<string> ReplacedBy);
