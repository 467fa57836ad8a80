namespace BudgetSdk.Cli.Tests;

/// <summary>A test that needs Linux: bash, <c>mkfifo</c>, <c>/dev/full</c>, <c>/dev/zero</c>; skipped elsewhere.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute() => Skip = OperatingSystem.IsLinux() ? null : "needs Linux (bash and its devices)";
}

/// <summary>A theory that needs Linux, like <see cref="LinuxFactAttribute"/>.</summary>
public sealed class LinuxTheoryAttribute : TheoryAttribute
{
    public LinuxTheoryAttribute() => Skip = OperatingSystem.IsLinux() ? null : "needs Linux (bash and its devices)";
}
