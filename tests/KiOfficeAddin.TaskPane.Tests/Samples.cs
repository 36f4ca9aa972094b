namespace KiOfficeAddin.TaskPane.Tests;

/// <summary>Invented citizen texts (no real person) with personal data the detector finds.</summary>
internal static class Samples
{
    public const string Iban = "DE89 3704 0044 0532 0130 00";
    public const string Email = "k.schneider@example.org";

    public const string LetterParagraph =
        "Ihre Zahlung auf das Konto " + Iban + " ist bei uns leider noch nicht eingegangen. " +
        "Wir bitten Sie daher, den offenen Betrag umgehend zu überweisen. Rückfragen richten Sie bitte an " + Email + ".";

    public const string WordDocument =
        "Stadt Arnsberg – Der Bürgermeister\n\nSehr geehrte Frau Schneider,\n\n" + LetterParagraph +
        "\n\nMit freundlichen Grüßen\nIm Auftrag";

    public const string CitizenMail =
        "Guten Tag,\n\nich habe den Bescheid erhalten, verstehe aber nicht, warum ich nachzahlen soll. " +
        "Meine Kontoverbindung ist " + Iban + ". Bitte antworten Sie an " + Email + ".\n\nViele Grüße\nKarin Schneider";

    public const string ComposeDraft =
        "Sehr geehrte Frau Schneider,\n\nStichpunkte: Nachzahlung berechtigt, Frist 4 Wochen, Ratenzahlung möglich, " +
        "Erstattung auf " + Iban + ".\n\nMit freundlichen Grüßen";
}
