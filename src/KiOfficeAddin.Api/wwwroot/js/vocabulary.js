// German names for the contract names of the API (categories, special categories, data classes, tones).

export const categoryNames = {
  PERSON: "Person", ADDRESS: "Anschrift", EMAIL: "E-Mail", PHONE: "Telefon", IBAN: "IBAN", TAX_ID: "Steuer-ID",
  TAX_NUMBER: "Steuernummer", VAT_ID: "USt-IdNr.", ID_CARD: "Personalausweis", PASSPORT: "Reisepass",
  SOCIAL_SECURITY: "Rentenversicherungsnummer", HEALTH_INSURANCE: "Krankenversichertennummer",
  DATE_OF_BIRTH: "Geburtsdatum", LICENSE_PLATE: "Kfz-Kennzeichen", CASE_REFERENCE: "Aktenzeichen",
  CREDIT_CARD: "Kreditkarte",
};

export const specialCategoryNames = {
  HEALTH: "Gesundheitsdaten", RELIGION: "religiöse Überzeugung", ETHNICITY: "ethnische Herkunft",
  POLITICS: "politische Meinung", UNION: "Gewerkschaftszugehörigkeit", SEXUAL_ORIENTATION: "Sexualleben oder sexuelle Orientierung",
  BIOMETRIC: "biometrische Daten", GENETIC: "genetische Daten",
};

/** Used until GET /api/v1/policy names the data classes. */
export const defaultDataClasses = [
  { id: "public", title: "öffentlich" },
  { id: "internal", title: "intern" },
  { id: "personal", title: "personenbezogen" },
  { id: "special", title: "besondere Kategorien" },
  { id: "social", title: "Sozialgeheimnis" },
  { id: "tax", title: "Steuergeheimnis" },
  { id: "classified", title: "Verschlusssache" },
];

/** Used when the Leitfaden library (GET /api/v1/templates) cannot be reached. */
export const fallbackTemplates = [
  { id: "rewrite", title: "Umformulieren", description: "Formuliert den Text verständlicher und freundlicher.", defaultDataClass: "personal", origin: "rephrased", tones: ["sachlich", "freundlich", "förmlich"] },
  { id: "simplify", title: "Einfache Sprache", description: "Kurze Sätze, bekannte Wörter (DIN ISO 24495-1).", defaultDataClass: "personal", origin: "rephrased", tones: [] },
  { id: "shorten", title: "Kürzen", description: "Kürzt den Text auf das Wesentliche.", defaultDataClass: "personal", origin: "rephrased", tones: [] },
  { id: "reply", title: "Antwort entwerfen", description: "Entwirft eine Antwort auf die Nachricht aus Ihren Stichpunkten.", defaultDataClass: "personal", origin: "generated", tones: ["sachlich", "freundlich", "förmlich"] },
];

const toneNames = { friendly: "freundlich", neutral: "sachlich", factual: "sachlich", formal: "förmlich", plain: "einfach", polite: "höflich" };

export const toneName = (tone) => toneNames[tone] ?? tone;

export const pluralCategory = (category, count) => `${count} × ${categoryNames[category] ?? category}`;
