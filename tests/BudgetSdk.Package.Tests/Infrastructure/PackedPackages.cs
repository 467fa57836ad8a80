using BudgetSdk.Testing;

namespace BudgetSdk.Package.Tests.Infrastructure;

/// <summary>
/// The three packages packed once into a fresh folder with a version of their own, so that no package restored before
/// (the machine's NuGet cache is shared, for speed) can stand in for them; and fresh consumer projects next to it.
/// </summary>
public sealed class PackedPackages : IDisposable
{
    public PackedPackages()
    {
        Root = Directory.CreateTempSubdirectory("budgetsdk-package-").FullName;
        Version = $"0.1.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
        Feed = Path.Combine(Root, "feed");
        Pack = DotNet.Run(RepositoryLayout.Root,
            "pack", "BudgetSdk.Packages.slnf", "-c", "Release", "-o", Feed, "--artifacts-path", Path.Combine(Root, "artifacts"), "-p:Version=" + Version);
        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="budgetsdk-under-test" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        // A folder of the consumers' own, so that no Directory.Build.props of a parent folder is read.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />");
    }

    /// <summary>The temporary folder holding the feed, the consumers and the tool.</summary>
    public string Root { get; }

    /// <summary>The version every package was packed with.</summary>
    public string Version { get; }

    /// <summary>The folder the packages are in (the local NuGet source).</summary>
    public string Feed { get; }

    /// <summary>What dotnet pack did.</summary>
    public DotNet.Outcome Pack { get; }

    /// <summary>
    /// A fresh project in Root/<paramref name="name"/>: the files of Consumers/<paramref name="name"/> and the csproj a user
    /// writes (three lines that matter: the SDK, the framework and the PackageReference), warnings as errors.
    /// </summary>
    /// <param name="name">The folder under Consumers/ whose files the project gets.</param>
    /// <param name="folder">The project's folder under Root; <paramref name="name"/> when null.</param>
    /// <param name="properties">More MSBuild properties for the project, as XML.</param>
    public string CreateConsumer(string name, string? folder = null, string properties = "")
    {
        var directory = Path.Combine(Root, folder ?? name);
        var source = Path.Combine(AppContext.BaseDirectory, "Consumers", name);
        Directory.CreateDirectory(directory);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)), overwrite: true);
        }

        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="BudgetSdk" Version="{Version}" />
              </ItemGroup>
            </Project>
            """);
        return directory;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temporary folder is the system's to clean then.
        }
    }
}
