namespace BudgetSdk.Regions;

/// <summary>
/// What <see cref="AdministrativeDivisions.Resolve"/> found in a text such as a department's name (部门名称): the one
/// division it names, or the divisions a shared name could mean, or nothing.
/// </summary>
/// <param name="Division">The division the text names; null when it names none, or a name several divisions share.</param>
/// <param name="Candidates">Every division the text could mean: the one <paramref name="Division"/>, the divisions of an
/// ambiguous name (普陀区: 310107 and 330903), or none.</param>
/// <param name="Name">The name found in the text (e.g. 平山县 in 平山县下口镇财政所); null when none was found.</param>
public sealed record RegionMatch(AdministrativeDivision? Division, IReadOnlyList<AdministrativeDivision> Candidates, string? Name)
{
    /// <summary>A text that names no division.</summary>
    public static RegionMatch None { get; } = new(null, Array.Empty<AdministrativeDivision>(), null);

    /// <summary>True when the text names exactly one division.</summary>
    public bool IsResolved => Division is not null;

    /// <summary>True when the text names a name several divisions share and nothing in it (or the province given)
    /// chooses between them.</summary>
    public bool IsAmbiguous => Division is null && Candidates.Count > 1;
}
