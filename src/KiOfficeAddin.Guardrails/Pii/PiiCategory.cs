namespace KiOfficeAddin.Guardrails.Pii;

/// <summary>Kinds of personal data the detector protects. <see cref="PiiCategoryNames"/> gives the contract names.</summary>
public enum PiiCategory
{
    Person,
    Address,
    Email,
    Phone,
    Iban,
    TaxId,
    TaxNumber,
    VatId,
    IdCard,
    Passport,
    SocialSecurity,
    HealthInsurance,
    DateOfBirth,
    LicensePlate,
    CaseReference,
    CreditCard,
}

/// <summary>Special categories of personal data (GDPR Art. 9), flagged per document.</summary>
public enum SpecialCategory
{
    Health,
    Religion,
    Ethnicity,
    Politics,
    Union,
    SexualOrientation,
    Biometric,
    Genetic,
}

/// <summary>The upper-case names used in the API, the corpus and placeholders (PERSON, TAX_ID, …).</summary>
public static class PiiCategoryNames
{
    private static readonly string[] Names =
    [
        "PERSON", "ADDRESS", "EMAIL", "PHONE", "IBAN", "TAX_ID", "TAX_NUMBER", "VAT_ID", "ID_CARD", "PASSPORT",
        "SOCIAL_SECURITY", "HEALTH_INSURANCE", "DATE_OF_BIRTH", "LICENSE_PLATE", "CASE_REFERENCE", "CREDIT_CARD",
    ];

    private static readonly string[] SpecialNames =
        ["HEALTH", "RELIGION", "ETHNICITY", "POLITICS", "UNION", "SEXUAL_ORIENTATION", "BIOMETRIC", "GENETIC"];

    public static string ToContractName(this PiiCategory category) => Names[(int)category];

    public static string ToContractName(this SpecialCategory category) => SpecialNames[(int)category];

    public static bool TryParse(string name, out PiiCategory category)
    {
        var index = Array.IndexOf(Names, name);
        category = (PiiCategory)Math.Max(index, 0);
        return index >= 0;
    }
}
