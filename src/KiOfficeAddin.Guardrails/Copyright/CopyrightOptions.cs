using System.ComponentModel.DataAnnotations;

namespace KiOfficeAddin.Guardrails.Copyright;

/// <summary>Thresholds of the copyright check and the folder of texts the city registers as protected.</summary>
public sealed class CopyrightOptions
{
    public const string SectionName = "Copyright";

    /// <summary>Folder of protected texts (all <c>*.txt</c>, subfolders included); empty: none registered.</summary>
    public string? ProtectedTextsPath { get; set; }

    /// <summary>Reload the folder when a file changes (otherwise only at start).</summary>
    public bool WatchForChanges { get; set; }

    /// <summary>A copied run of prose this long (characters in the answer) gives a notice.</summary>
    [Range(50, 100_000)]
    public int ProseMinimumCharacters { get; set; } = 200;

    /// <summary>A copied run of this many consecutive words of a poem or song gives a notice.</summary>
    [Range(WordShingles.ShingleWords, 1_000)]
    public int VerseMinimumWords { get; set; } = 12;

    /// <summary>A quoted passage in the user's input this long counts as third-party material.</summary>
    [Range(50, 100_000)]
    public int LongQuotationCharacters { get; set; } = 200;
}
