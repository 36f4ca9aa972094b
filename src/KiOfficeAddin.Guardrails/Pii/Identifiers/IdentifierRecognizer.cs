using System.Text.RegularExpressions;
using KiOfficeAddin.Guardrails.Pii.Lexicons;
using KiOfficeAddin.Guardrails.Pii.Text;

namespace KiOfficeAddin.Guardrails.Pii.Identifiers;

/// <summary>
/// Finds identifiers by shape and keeps those whose check digits hold; shapes without a check digit (tax number
/// layouts, travel document serials, plates, case references) need a context word nearby.
/// </summary>
internal static partial class IdentifierRecognizer
{
    private const int ContextWindowSize = 60;

    public static void Find(string text, List<Candidate> output)
    {
        FindIbans(text, output);
        FindDigitRuns(text, output);
        FindVatIds(text, output);
        FindTaxNumbers(text, output);
        FindSocialSecurityNumbers(text, output);
        FindHealthInsuranceNumbers(text, output);
        FindTravelDocuments(text, output);
        FindLicensePlates(text, output);
        FindCaseReferences(text, output);
    }

    private static void FindIbans(string text, List<Candidate> output)
    {
        Span<char> compact = stackalloc char[40];
        Span<int> positions = stackalloc int[40];
        foreach (var m in IbanShape().EnumerateMatches(text))
        {
            if (m.Index > 0 && char.IsLetterOrDigit(text[m.Index - 1]))
            {
                continue;
            }
            // Collect up to the registry length of letters/digits, remembering where each sits in the text.
            var n = 0;
            for (var i = m.Index; i < m.Index + m.Length && n < compact.Length; i++)
            {
                if (char.IsAsciiLetterOrDigit(text[i]))
                {
                    compact[n] = char.ToUpperInvariant(text[i]);
                    positions[n++] = i;
                }
            }
            var expected = IbanValidator.ExpectedLength(compact[..n]);
            if (expected == 0 || n < expected || !IbanValidator.IsValidCompact(compact[..expected]))
            {
                continue;
            }
            var end = positions[expected - 1] + 1;
            if (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                continue;
            }
            output.Add(new(PiiCategory.Iban, m.Index, end, CandidatePriority.CheckDigit));
        }
    }

    /// <summary>Tax ids and card numbers: maximal digit runs with optional single separators.</summary>
    private static void FindDigitRuns(string text, List<Candidate> output)
    {
        foreach (var m in DigitRun().EnumerateMatches(text))
        {
            var start = m.Index;
            var end = m.Index + m.Length;
            while (end > start && !char.IsAsciiDigit(text[end - 1]))
            {
                end--;
            }
            if (ContextWindow.GluedBefore(text, start) || ContextWindow.GluedAfter(text, end))
            {
                continue;
            }
            var span = text.AsSpan(start, end - start);
            var digits = 0;
            foreach (var c in span)
            {
                if (char.IsAsciiDigit(c))
                {
                    digits++;
                }
            }
            if (digits == 11 && TaxIdValidator.IsValid(span) && !span.Contains('.'))
            {
                output.Add(new(PiiCategory.TaxId, start, end, CandidatePriority.CheckDigit));
            }
            else if (digits is >= 13 and <= 19 && !span.Contains('.') && !span.Contains('/') && CreditCardValidator.IsValid(span)
                     && (digits is 15 or 16 || ContextWindow.Before(text, start, ContextWindowSize, CardContext())))
            {
                output.Add(new(PiiCategory.CreditCard, start, end, CandidatePriority.CheckDigit));
            }
            else if (digits is 10 or 11 or 13 && ContextWindow.Before(text, start, 40, TaxNumberContext()))
            {
                output.Add(new(PiiCategory.TaxNumber, start, end, CandidatePriority.Layout));
            }
        }
    }

    private static void FindVatIds(string text, List<Candidate> output)
    {
        foreach (var m in VatShape().EnumerateMatches(text))
        {
            var span = text.AsSpan(m.Index, m.Length);
            if (!ContextWindow.GluedBefore(text, m.Index) && !ContextWindow.GluedAfter(text, m.Index + m.Length)
                && VatIdValidator.IsValid(span))
            {
                output.Add(new(PiiCategory.VatId, m.Index, m.Index + m.Length, CandidatePriority.CheckDigit));
            }
        }
    }

    private static void FindTaxNumbers(string text, List<Candidate> output)
    {
        foreach (var m in TaxNumberShape().EnumerateMatches(text))
        {
            if (ContextWindow.GluedBefore(text, m.Index) || ContextWindow.GluedAfter(text, m.Index + m.Length))
            {
                continue;
            }
            // Three slash groups are the classic layout; the two-group Baden-Württemberg form needs a context word.
            var slashes = text.AsSpan(m.Index, m.Length).Count('/');
            if (slashes == 2 || ContextWindow.Before(text, m.Index, 40, TaxNumberContext()))
            {
                output.Add(new(PiiCategory.TaxNumber, m.Index, m.Index + m.Length, CandidatePriority.Layout));
            }
        }
    }

    private static void FindSocialSecurityNumbers(string text, List<Candidate> output)
    {
        foreach (var m in SocialSecurityShape().EnumerateMatches(text))
        {
            if (!ContextWindow.GluedBefore(text, m.Index) && !ContextWindow.GluedAfter(text, m.Index + m.Length)
                && SocialSecurityNumberValidator.IsValid(text.AsSpan(m.Index, m.Length)))
            {
                output.Add(new(PiiCategory.SocialSecurity, m.Index, m.Index + m.Length, CandidatePriority.CheckDigit));
            }
        }
    }

    private static void FindHealthInsuranceNumbers(string text, List<Candidate> output)
    {
        foreach (var m in HealthInsuranceShape().EnumerateMatches(text))
        {
            if (!ContextWindow.GluedBefore(text, m.Index) && !ContextWindow.GluedAfter(text, m.Index + m.Length)
                && HealthInsuranceNumberValidator.IsValid(text.AsSpan(m.Index, m.Length)))
            {
                output.Add(new(PiiCategory.HealthInsurance, m.Index, m.Index + m.Length, CandidatePriority.CheckDigit));
            }
        }
    }

    private static void FindTravelDocuments(string text, List<Candidate> output)
    {
        foreach (var m in TravelDocumentShape().EnumerateMatches(text))
        {
            if (ContextWindow.GluedBefore(text, m.Index) || ContextWindow.GluedAfter(text, m.Index + m.Length))
            {
                continue;
            }
            var span = text.AsSpan(m.Index, m.Length);
            var idContext = ContextWindow.Before(text, m.Index, ContextWindowSize, IdCardContext());
            var passportContext = ContextWindow.Before(text, m.Index, ContextWindowSize, PassportContext());
            if (idContext && TravelDocumentValidator.IsIdCard(span))
            {
                output.Add(new(PiiCategory.IdCard, m.Index, m.Index + m.Length, CandidatePriority.Layout));
            }
            else if (passportContext && TravelDocumentValidator.IsPassport(span))
            {
                output.Add(new(PiiCategory.Passport, m.Index, m.Index + m.Length, CandidatePriority.Layout));
            }
            else if ((idContext || passportContext) && (TravelDocumentValidator.IsIdCard(span) || TravelDocumentValidator.IsPassport(span)))
            {
                var category = TravelDocumentValidator.IsPassport(span) ? PiiCategory.Passport : PiiCategory.IdCard;
                output.Add(new(category, m.Index, m.Index + m.Length, CandidatePriority.Layout));
            }
        }
    }

    private static void FindLicensePlates(string text, List<Candidate> output)
    {
        foreach (var m in LicensePlateShape().EnumerateMatches(text))
        {
            if (ContextWindow.GluedBefore(text, m.Index) || ContextWindow.GluedAfter(text, m.Index + m.Length))
            {
                continue;
            }
            var span = text.AsSpan(m.Index, m.Length);
            var separator = span.IndexOfAny(' ', '-', ':');
            var district = span[..separator];
            var hyphenated = span[separator] == '-';
            var context = ContextWindow.Before(text, m.Index, ContextWindowSize, PlateContext());
            var known = PiiLexicons.DistrictCodes.Contains(district);
            if (context || (known && hyphenated))
            {
                output.Add(new(PiiCategory.LicensePlate, m.Index, m.Index + m.Length, CandidatePriority.LicensePlate));
            }
        }
    }

    private static void FindCaseReferences(string text, List<Candidate> output)
    {
        foreach (var match in CaseReference().EnumerateMatches(text))
        {
            // The value follows the context word; find where it starts (after the separator).
            var span = text.AsSpan(match.Index, match.Length);
            var valueMatch = CaseReferenceValue().Match(text, match.Index, match.Length);
            if (!valueMatch.Success)
            {
                continue;
            }
            var start = valueMatch.Index;
            var end = valueMatch.Index + valueMatch.Length;
            while (end > start && !char.IsLetterOrDigit(text[end - 1]))
            {
                end--;
            }
            var value = text.AsSpan(start, end - start);
            if (value.IndexOfAnyInRange('0', '9') < 0 || span.IsEmpty)
            {
                continue;
            }
            output.Add(new(PiiCategory.CaseReference, start, end, CandidatePriority.CaseReference));
        }
    }

    [GeneratedRegex(@"\b[A-Z]{2}[0-9]{2}(?:[ ]?[A-Z0-9]{1,4}){3,9}", RegexOptions.NonBacktracking)]
    private static partial Regex IbanShape();

    [GeneratedRegex(@"\d(?:[ \-/.]?\d){10,18}", RegexOptions.NonBacktracking)]
    private static partial Regex DigitRun();

    [GeneratedRegex(@"\bDE[ ]?\d{3}[ ]?\d{3}[ ]?\d{3}\b", RegexOptions.NonBacktracking)]
    private static partial Regex VatShape();

    [GeneratedRegex(@"\b(?:\d{2,3}/\d{3,4}/\d{4,5}|\d{5}/\d{5})\b", RegexOptions.NonBacktracking)]
    private static partial Regex TaxNumberShape();

    [GeneratedRegex(@"\b\d{2}[ ]?\d{6}[ ]?[A-Z][ ]?\d{3}\b", RegexOptions.NonBacktracking)]
    private static partial Regex SocialSecurityShape();

    [GeneratedRegex(@"\b[A-Z][ ]?\d{9}\b", RegexOptions.NonBacktracking)]
    private static partial Regex HealthInsuranceShape();

    [GeneratedRegex(@"\b[CFGHJKLMNPRTVWXYZ0-9]{9}[0-9]?\b", RegexOptions.NonBacktracking)]
    private static partial Regex TravelDocumentShape();

    [GeneratedRegex(@"\b[A-ZÄÖÜ]{1,3}(?:[ \-]|: ?)[A-Z]{1,2}[ \-]?[1-9][0-9]{0,3}[EH]?\b", RegexOptions.NonBacktracking)]
    private static partial Regex LicensePlateShape();

    [GeneratedRegex(@"(?i:kreditkarte|karte|kartennummer|visa|mastercard|master card|amex|american express|credit card|card)", RegexOptions.NonBacktracking)]
    private static partial Regex CardContext();

    [GeneratedRegex(@"(?i:steuer-?\s?n(?:umme)?r|st\.?-?\s?nr|steuer-?nummer|stnr)", RegexOptions.NonBacktracking)]
    private static partial Regex TaxNumberContext();

    [GeneratedRegex(@"(?i:ausweis|perso\b|pa-?\s?nr|dokumentennummer|personalausweis|identity card|id card|id-karte)", RegexOptions.NonBacktracking)]
    private static partial Regex IdCardContext();

    [GeneratedRegex(@"(?i:reisepass|\bpass\b|passnummer|pass-?\s?nr|passport|kinderreisepass)", RegexOptions.NonBacktracking)]
    private static partial Regex PassportContext();

    [GeneratedRegex(@"(?i:kennzeichen|kfz|fahrzeug|auto\b|pkw|lkw|wagen|motorrad|zulassung|parkausweis|parkverstoß|geparkt|halter)", RegexOptions.NonBacktracking)]
    private static partial Regex PlateContext();

    [GeneratedRegex(@"(?i:\b(?:aktenzeichen|az\.?|gz\.?|geschäftszeichen|gesch\.-?z(?:eichen)?\.?|(?:mein|unser|ihr)\s(?:zeichen|az\.?)|zeichen|kassenzeichen|kassen-?nr\.?|kundennummer|kunden-?nr\.?|kundennr\.?|vorgangsnummer|vorgangs-?nr\.?|vorgang|bescheidnummer|bescheid-?nr\.?|rechnungsnummer|rechnungs-?nr\.?|antragsnummer|antrags-?nr\.?|vertragsnummer|vertrags-?nr\.?|mitgliedsnummer|mitglieds-?nr\.?|buchungszeichen|personenkonto|fallnummer|fall-?nr\.?|ticketnummer|ticket-?nr\.?|referenznummer|referenz|objektnummer|versicherungsschein(?:nummer)?|policennummer|zählernummer|aktennummer|akten-?nr\.?|verfahrensnummer|bußgeldbescheid-?nr\.?|verwarnungsgeld-?nr\.?))[ \t]{0,3}[:.]?[ \t]{0,3}(?:nr\.?[ \t]{0,2})?[A-Za-z0-9][A-Za-z0-9./\-]{1,30}", RegexOptions.NonBacktracking)]
    private static partial Regex CaseReference();

    [GeneratedRegex(@"[A-Za-z0-9][A-Za-z0-9./\-]{1,30}$", RegexOptions.NonBacktracking)]
    private static partial Regex CaseReferenceValue();
}
