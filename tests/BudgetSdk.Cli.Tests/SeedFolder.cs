using BudgetSdk.Tests;

namespace BudgetSdk.Cli.Tests;

/// <summary>
/// A temp folder holding copies of the three seeds (002 in a subfolder, so folders are seen to be read recursively),
/// a binary file, an empty file and a hidden file; deleted with the folder.
/// </summary>
public sealed class SeedFolder : IDisposable
{
    public SeedFolder(bool seeds = true, bool bad = true)
    {
        Root = Directory.CreateTempSubdirectory("budget-batch-").FullName;
        if (seeds)
        {
            foreach (var id in Seeds.Ids)
            {
                var target = id == "002" ? System.IO.Path.Join(Root, "sub", Name(id)) : System.IO.Path.Join(Root, Name(id));
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
                File.Copy(Seeds.PathOf(id), target);
            }

            // Hidden: never read, or the summary would count a fourth document with its findings.
            File.Copy(Seeds.PathOf("000"), System.IO.Path.Join(Root, ".hidden.txt"));
        }

        if (bad)
        {
            File.WriteAllBytes(Binary, [0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3]);
            File.WriteAllBytes(Empty, []);
        }
    }

    public string Root { get; }

    /// <summary>A file of binary bytes (an ELF header).</summary>
    public string Binary => System.IO.Path.Join(Root, "bad.bin");

    /// <summary>An empty file.</summary>
    public string Empty => System.IO.Path.Join(Root, "empty.txt");

    /// <summary>The copy of a seed.</summary>
    public string PathOf(string id) => id == "002" ? System.IO.Path.Join(Root, "sub", Name(id)) : System.IO.Path.Join(Root, Name(id));

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static string Name(string id) => System.IO.Path.GetFileName(Seeds.PathOf(id));
}
