using System.ComponentModel.DataAnnotations;

namespace KiOfficeAddin.Api.Audit;

public sealed class AuditOptions
{
    public const string SectionName = "Audit";

    /// <summary>
    /// Secret key of the HMAC that turns a user's object id into the pseudonym in audit events. Keep it out of the
    /// data-protection officer's reports and rotate it with the retention period: without it a pseudonym cannot be
    /// linked back to a person.
    /// </summary>
    [Required]
    [MinLength(32, ErrorMessage = "Audit:PseudonymKey must be at least 32 characters.")]
    public string PseudonymKey { get; set; } = "";

    /// <summary>Events waiting for the store; more are dropped (and counted in the log) rather than block a request.</summary>
    [Range(100, 1_000_000)]
    public int QueueCapacity { get; set; } = 10_000;
}
