using System.Text;

namespace BudgetSdk.Cli.Tests;

/// <summary>A file in a directory of its own under the temp directory, deleted with the directory.</summary>
public sealed class TempFile : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("budget-cli-").FullName;

    public TempFile(string text, string name = "document.txt")
        : this(Encoding.UTF8.GetBytes(text), name)
    {
    }

    public TempFile(byte[] bytes, string name = "document.txt")
    {
        Path = System.IO.Path.Combine(_directory, name);
        File.WriteAllBytes(Path, bytes);
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>Another path in the same directory, for output.</summary>
    public string Beside(string name) => System.IO.Path.Combine(_directory, name);

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
