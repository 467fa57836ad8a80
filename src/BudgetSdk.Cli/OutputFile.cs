using System.Text;

namespace BudgetSdk.Cli;

/// <summary>
/// The <c>-o</c> file of <c>budget import</c> and <c>budget render</c>. It is refused when it names the input; it is written whole or not at
/// all (a temporary file beside it, moved into place); and an old one is removed when the import fails, so after a
/// run the file exists exactly when the run succeeded and never holds an earlier result.
/// </summary>
internal sealed class OutputFile
{
    // Symbolic links followed at most, as Linux does before it reports ELOOP.
    private const int MaxLinks = 40;

    private readonly string _target;

    private OutputFile(string name, string target)
    {
        Name = name;
        _target = target;
    }

    /// <summary>The file as the command line names it.</summary>
    public string Name { get; }

    /// <summary>The file <paramref name="name"/> names, checked before anything is read.</summary>
    public static OutputFile For(string name, string input)
    {
        if (name.Length == 0)
        {
            throw new InputException("-o names no file (the name is empty); expected the JSON file to write");
        }

        // Written through its links, so a link stays a link and the comparison sees the file itself.
        var target = Resolve(name, 0);
        if (input.Length > 0 && string.Equals(target, Resolve(input, 0), StringComparison.Ordinal))
        {
            throw new InputException($"-o {name} is the input file itself; write the JSON to another file");
        }

        return new OutputFile(name, target);
    }

    public void Write(string text) => Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));

    /// <summary>Writes the bytes as they are (a DOCX, a CSV with its byte order mark).</summary>
    public void Write(byte[] bytes)
    {
        var directory = Path.GetDirectoryName(_target)!;
        if (!Directory.Exists(directory))
        {
            throw new InputException($"cannot write {Name}: no such directory {directory}");
        }

        var temporary = Path.Combine(directory, $".{Path.GetFileName(_target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, _target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"cannot write {Name}: {e.Message}");
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Removes the file an earlier run wrote, since this run failed; says so when it cannot.</summary>
    public void Discard(TextWriter stderr)
    {
        try
        {
            if (File.Exists(_target))
            {
                File.Delete(_target);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"budget: {Name}: the output of an earlier run could not be removed: {e.Message}");
        }
    }

    /// <summary>The full path with every symbolic link in it followed, so that two names of one file compare equal.</summary>
    private static string Resolve(string path, int links)
    {
        var full = Path.GetFullPath(path);
        var parent = Path.GetDirectoryName(full);
        if (parent is null || links > MaxLinks)
        {
            return full;
        }

        var inRealParent = Path.Join(Resolve(parent, links), Path.GetFileName(full));
        try
        {
            var link = new FileInfo(inRealParent);
            return link.LinkTarget is null ? inRealParent : Resolve(link.ResolveLinkTarget(returnFinalTarget: true)!.FullName, links + 1);
        }
        catch (IOException)
        {
            // A loop of links: compared as named.
            return inRealParent;
        }
    }
}
