namespace KiOfficeAddin.Guardrails.Pii.Text;

/// <summary>
/// A possible entity before overlaps are resolved. Higher <see cref="Priority"/> wins an overlap: a check-digit match
/// beats a phone pattern, which beats a name guess.
/// </summary>
internal readonly record struct Candidate(PiiCategory Category, int Start, int End, int Priority, string? IdentityKey = null)
{
    public int Length => End - Start;
}

/// <summary>Overlap priorities, strongest evidence first.</summary>
internal static class CandidatePriority
{
    public const int Email = 100;
    public const int CheckDigit = 95;
    public const int Layout = 85;
    public const int LicensePlate = 80;
    public const int CaseReference = 75;
    public const int Phone = 70;
    public const int DateOfBirth = 65;
    public const int Address = 60;
    public const int Person = 50;
    public const int PersonRepeat = 45;
    // A stand-alone letter-and-digit word read as a document number by its shape alone (DocumentNumberShapes).
    public const int DocumentNumberShape = 40;
}
