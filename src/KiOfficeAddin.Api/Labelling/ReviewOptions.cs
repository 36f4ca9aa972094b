using System.ComponentModel.DataAnnotations;

namespace KiOfficeAddin.Api.Labelling;

/// <summary>Who may confirm an AI-assisted text, and how long the content-free record of an answer is kept.</summary>
public sealed class ReviewOptions
{
    public const string SectionName = "Review";

    /// <summary>Roles that may confirm (functions, never names), e.g. "Sachbearbeitung", "Sachgebietsleitung".</summary>
    [Required]
    [MinLength(1, ErrorMessage = "Review:ReviewerRoles needs at least one role.")]
    public string[] ReviewerRoles { get; set; } = [];

    /// <summary>Records kept at most; the oldest go first.</summary>
    [Range(100, 1_000_000)]
    public int RecordCapacity { get; set; } = 10_000;

    /// <summary>Hours an answer can still be confirmed after it was generated.</summary>
    [Range(1, 168)]
    public int RecordLifetimeHours { get; set; } = 24;
}
