namespace KiOfficeAddin.Guardrails.Copyright;

/// <summary>
/// The current index of registered protected texts. Replaced as a whole on reload, so a check always sees one
/// consistent index.
/// </summary>
public sealed class ProtectedTextLibrary
{
    private ProtectedTextIndex current;

    public ProtectedTextLibrary(ProtectedTextIndex? index = null) => current = index ?? ProtectedTextIndex.Empty;

    /// <summary>The index in force.</summary>
    public ProtectedTextIndex Current => Volatile.Read(ref current);

    /// <summary>Puts a freshly built index in force.</summary>
    public void Replace(ProtectedTextIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        Volatile.Write(ref current, index);
    }

    /// <summary>Reads every <c>*.txt</c> (UTF-8) under <paramref name="folder"/>, named by relative path.</summary>
    public static ProtectedTextIndex LoadFolder(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var root = Path.GetFullPath(folder);
        var texts = Directory
            .EnumerateFiles(root, "*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => new ProtectedText(Path.GetRelativePath(root, path).Replace('\\', '/'), File.ReadAllText(path)));
        return ProtectedTextIndex.Build(texts);
    }
}
