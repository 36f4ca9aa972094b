using KiOfficeAddin.Guardrails.Pii.Text;

namespace KiOfficeAddin.Guardrails.Pii.Identifiers;

/// <summary>
/// National personal numbers of other states that residents quote to a German office, each read only after its own name
/// (ten to thirteen digits alone are anything) and, where the number has one, only with its check digit right:
/// <list type="bullet">
/// <item>Ukrainian RNOKPP (taxpayer number, ІПН): 10 digits, the first nine weighted −1, 5, 7, 9, 4, 6, 10, 5, 7,
/// modulo 11, modulo 10 — a tax id;</item>
/// <item>Ukrainian UNZR (the population register's record number, printed on the ID card): the birth date YYYYMMDD, a
/// hyphen, four digits and a check digit (the twelve digits weighted 7, 3, 1, modulo 10) — an identity card's number;</item>
/// <item>Czech and Slovak rodné číslo (birth number): YYMMDD/SSSC, the month plus 50 (or 20, 70) for women, the ten
/// digits divisible by 11 — a social-security number, the role it has there;</item>
/// <item>Brazilian CPF (tax payer): 11 digits, two check digits modulo 11 (weights 10…2, then 11…2) — a tax id;</item>
/// <item>Turkish T.C. Kimlik No.: 11 digits, the tenth from the odd and even places, the eleventh the sum modulo 10 — an
/// identity card's number;</item>
/// <item>Lithuanian asmens kodas: 11 digits, weights 1…9,1 modulo 11, on 10 the weights 3…9,1,2,3 — an identity card's;</item>
/// <item>Austrian Sozialversicherungsnummer: a serial of three digits, the check digit (weights 3, 7, 9, 5, 8, 4, 2, 1, 6
/// over the others, modulo 11) and the birth date DDMMYY — a social-security number;</item>
/// <item>Danish CPR-nummer: the birth date DDMMYY and four digits (since 2007 without a modulo-11 check, so only the
/// date is tested) — a social-security number; the Philippine SSS number (no published check) by its name;</item>
/// <item>Danish CVR-nummer: 8 digits, weights 2, 7, 6, 5, 4, 3, 2, 1, modulo 11 — the company's VAT number;</item>
/// <item>Indian Aadhaar: 12 digits, the first 2–9, the Verhoeff check digit — an identity card's number;</item>
/// <item>Bulgarian ЕГН, Greek ΑΜΚΑ, Spanish número de afiliación, Swiss AHV-Nummer, Russian СНИЛС and the South Korean
/// resident registration number, the Polish PESEL and the Moldovan IDNP (each described at its check) — social-security
/// numbers; the Kazakh ИИН, the Iranian
/// national code and the Vietnamese Căn cước (by its name) — identity cards' numbers;</item>
/// <item>JMBG of the former Yugoslav states: DDMMYYY, region, serial and a check digit (weights 7…2 twice, modulo 11) — an
/// identity card's number;</item>
/// <item>Portuguese Cartão de Cidadão: the civil number (8 digits), its check digit, two letters of the card's version
/// and a last check over all twelve characters (letters A = 10 … Z = 35, every second from the right doubled, as Luhn)
/// — an identity card's number.</item>
/// </list>
/// The algorithms are those of python-stdnum (ua.rntrc, cz.rc, br.cpf, tr.tckimlik, lt.asmens, at.vnr, dk.cpr, in_.aadhaar,
/// pt.cc, dk.cvr, and the
/// JMBG as documented by the Serbian and Bosnian registers).
/// </summary>
internal static class ForeignNationalNumbers
{
    // The number's name may stand before a remark in brackets ("SNILS (russische Rentenversicherung, Zeiten in Omsk
    // 1968–1992): …"): every number here has a check digit or its own shape as well.
    private const int ContextReach = 80;

    public static void Find(string text, List<Candidate> output, List<DigitCluster>? clusters)
    {
        if (clusters is null)
        {
            return;
        }
        var digitBuffer = default(FixedBuffer16<char>);
        foreach (var cluster in clusters)
        {
            if (cluster.Digits is 17 or 18 && ChineseResidentNumberEnd(text, cluster) is var residentEnd and > 0)
            {
                output.Add(new(PiiCategory.IdCard, cluster.Start, residentEnd, CandidatePriority.CheckDigit));
                continue;
            }
            if (cluster.Digits == 6 && MexicanPopulationCodeStart(text, cluster) is var curpStart and >= 0)
            {
                output.Add(new(PiiCategory.IdCard, curpStart, curpStart + 18, CandidatePriority.CheckDigit));
                continue;
            }
            if (cluster.Digits == 9 && PortugueseCitizenCardEnd(text, cluster) is var cardEnd and > 0)
            {
                output.Add(new(PiiCategory.IdCard, cluster.Start, cardEnd, CandidatePriority.CheckDigit));
                continue;
            }
            if (cluster.Digits is (< 10 or > 13) and not 8 || (cluster.Start > 0 && char.IsLetterOrDigit(text[cluster.Start - 1]))
                || (cluster.End < text.Length && char.IsLetterOrDigit(text[cluster.End])))
            {
                continue;
            }
            var digits = ((Span<char>)digitBuffer)[..cluster.Digits];
            CheckDigits.Compact(text.AsSpan(cluster.Start, cluster.End - cluster.Start), digits);
            var from = Math.Max(0, cluster.Start - ContextReach);
            var before = text.AsSpan(from, cluster.Start - from);
            var category = Named(digits, text.AsSpan(cluster.Start, cluster.End - cluster.Start), before);
            if (category is { } found)
            {
                output.Add(new(found, cluster.Start, cluster.End, CandidatePriority.CheckDigit));
            }
        }
    }

    /// <summary>What the cluster's <paramref name="digits"/> (as written: <paramref name="value"/>) are, named in <paramref name="before"/>.</summary>
    private static PiiCategory? Named(ReadOnlySpan<char> digits, ReadOnlySpan<char> value, ReadOnlySpan<char> before)
    {
        if (digits.Length is 10 or 13 && UkrainianOrCzech(digits, value, before[^Math.Min(before.Length, UkrainianOrCzechReach)..]) is { } eastern)
        {
            return eastern;
        }
        // "Steuernummer (RNOKPP) Ihrer Mutter habe ich aus der Passkopie übernommen: 1906402387": the Ukrainian taxpayer
        // number's check digit is strong enough for its name further back, before a colon.
        if (digits.Length == 10 && value.Length == 10 && IsUkrainianTaxpayerNumber(digits) && before.TrimEnd().EndsWith(":")
            && (ForeignTaxIds.ContainsWord(before, "RNOKPP") || ForeignTaxIds.ContainsWord(before, "РНОКПП")))
        {
            return PiiCategory.TaxId;
        }
        switch (digits.Length)
        {
            case 8:
                // A Danish company's CVR number, which is its VAT number with "DK" before it (weights 2, 7, 6, 5, 4, 3, 2, 1).
                return IsDanishCompanyNumber(digits) && ForeignTaxIds.ContainsWord(before, "CVR") ? PiiCategory.VatId : null;
            case 10:
                if (IsAustrianInsuranceNumber(digits) && (ForeignTaxIds.ContainsWord(before, "SVNR") || ForeignTaxIds.ContainsWord(before, "VSNR")
                    || before.Contains("Sozialversicherungsn", StringComparison.OrdinalIgnoreCase) || before.Contains("SV-N", StringComparison.Ordinal)
                    || before.Contains("Versicherungsnummer", StringComparison.OrdinalIgnoreCase)))
                {
                    return PiiCategory.SocialSecurity;
                }
                if (IsDanishPersonNumber(digits) && ForeignTaxIds.ContainsWord(before, "CPR"))
                {
                    return PiiCategory.SocialSecurity;
                }
                if (IsBulgarianPersonNumber(digits) && (ForeignTaxIds.ContainsWord(before, "ЕГН") || ForeignTaxIds.ContainsWord(before, "EGN")))
                {
                    return PiiCategory.SocialSecurity;
                }
                if (IsIranianNationalCode(digits) && (before.Contains("Melli", StringComparison.OrdinalIgnoreCase)
                    || before.Contains("national code", StringComparison.OrdinalIgnoreCase) || before.Contains("کد ملی", StringComparison.Ordinal)))
                {
                    return PiiCategory.IdCard;
                }
                // The Hungarian tax identification number (adóazonosító jel): 8, the days since 1867, a serial, and the
                // first nine digits weighted 1 … 9 modulo 11.
                if (digits[0] == '8' && IsHungarianTaxNumber(digits) && (before.Contains("adóazonosító", StringComparison.OrdinalIgnoreCase)
                    || before.Contains("ungarische Steuer", StringComparison.OrdinalIgnoreCase) || before.Contains("Hungarian tax", StringComparison.OrdinalIgnoreCase)))
                {
                    return PiiCategory.TaxId;
                }
                // The Polish NIP of a person (weights 6, 5, 7, 2, 3, 4, 5, 6, 7 modulo 11), by its name.
                if (IsPolishTaxNumber(digits) && ForeignTaxIds.ContainsWord(before, "NIP"))
                {
                    return PiiCategory.TaxId;
                }
                // The British NHS number (weights 10 … 2, 11 less the sum modulo 11), by its name.
                if (IsNhsNumber(digits) && ForeignTaxIds.ContainsWord(before, "NHS"))
                {
                    return PiiCategory.HealthInsurance;
                }
                // The Japanese basic pension number (基礎年金番号, four digits, a hyphen, six) has no published check digit: its
                // printed shape and its name decide.
                if (value.Length == 11 && value[4] == '-' && (before.Contains("基礎年金番号", StringComparison.Ordinal)
                    || before.Contains("Basisrentennummer", StringComparison.OrdinalIgnoreCase) || before.Contains("pension number", StringComparison.OrdinalIgnoreCase)))
                {
                    return PiiCategory.SocialSecurity;
                }
                // The Philippine SSS number has no published check digit: its name and its grouping (NN-NNNNNNN-N) decide.
                return ForeignTaxIds.ContainsWord(before, "SSS") ? PiiCategory.SocialSecurity : null;
            case 11:
                if (IsBrazilianTaxpayerNumber(digits) && ForeignTaxIds.ContainsWord(before, "CPF"))
                {
                    return PiiCategory.TaxId;
                }
                if (IsTurkishIdentityNumber(digits) && (before.Contains("Kimlik", StringComparison.OrdinalIgnoreCase) || ForeignTaxIds.ContainsWord(before, "TC")
                    || ForeignTaxIds.ContainsWord(before, "TCKN") || before.Contains("T.C.", StringComparison.Ordinal)))
                {
                    return PiiCategory.IdCard;
                }
                if (IsGreekInsuranceNumber(digits) && (ForeignTaxIds.ContainsWord(before, "AMKA") || ForeignTaxIds.ContainsWord(before, "ΑΜΚΑ")))
                {
                    return PiiCategory.SocialSecurity;
                }
                if (IsRussianInsuranceNumber(digits) && (ForeignTaxIds.ContainsWord(before, "SNILS") || ForeignTaxIds.ContainsWord(before, "СНИЛС")
                    || ForeignTaxIds.ContainsWord(before, "snils")))
                {
                    return PiiCategory.SocialSecurity;
                }
                if (IsPolishPersonNumber(digits) && ForeignTaxIds.ContainsWord(before, "PESEL"))
                {
                    return PiiCategory.SocialSecurity;
                }
                return IsLithuanianPersonalCode(digits) && (before.Contains("asmens kod", StringComparison.OrdinalIgnoreCase) || ForeignTaxIds.ContainsWord(before, "AK"))
                    ? PiiCategory.IdCard : null;
            case 12:
                // The Russian taxpayer number of a person (ИНН): two check digits.
                if (IsRussianPersonTaxNumber(digits) && (ForeignTaxIds.ContainsWord(before, "INN") || ForeignTaxIds.ContainsWord(before, "ИНН")))
                {
                    return PiiCategory.TaxId;
                }
                // The Japanese individual number (マイナンバー, "My Number"): its check digit, by its name.
                if (IsJapaneseIndividualNumber(digits) && (before.Contains("My Number", StringComparison.OrdinalIgnoreCase)
                    || before.Contains("マイナンバー", StringComparison.Ordinal) || before.Contains("個人番号", StringComparison.Ordinal)
                    || before.Contains("Individualnummer", StringComparison.OrdinalIgnoreCase)))
                {
                    return PiiCategory.TaxId;
                }
                if (IsKazakhPersonNumber(digits) && (ForeignTaxIds.ContainsWord(before, "IIN") || ForeignTaxIds.ContainsWord(before, "ИИН")
                    || ForeignTaxIds.ContainsWord(before, "ЖСН")))
                {
                    return PiiCategory.IdCard;
                }
                // The Vietnamese citizen identity card (Căn cước công dân): twelve digits without a published check, by its name.
                if (before.Contains("Căn cước", StringComparison.OrdinalIgnoreCase) || before.Contains("Can cuoc", StringComparison.OrdinalIgnoreCase)
                    || ForeignTaxIds.ContainsWord(before, "CCCD"))
                {
                    return PiiCategory.IdCard;
                }
                if (IsSpanishInsuranceNumber(digits) && (before.Contains("afiliaci", StringComparison.OrdinalIgnoreCase) || ForeignTaxIds.ContainsWord(before, "NUSS")
                    || before.Contains("Seguridad Social", StringComparison.OrdinalIgnoreCase)))
                {
                    return PiiCategory.SocialSecurity;
                }
                return IsAadhaar(digits) && (before.Contains("Aadhaar", StringComparison.OrdinalIgnoreCase) || before.Contains("Aadhar", StringComparison.OrdinalIgnoreCase)
                    || ForeignTaxIds.ContainsWord(before, "UIDAI"))
                    ? PiiCategory.IdCard : null;
            default:
                // The Pakistani CNIC (13 digits, no published check) in its printed shape 5-7-1, by its name.
                if (value.Length == 15 && value[5] == '-' && value[13] == '-' && (ForeignTaxIds.ContainsWord(before, "CNIC")
                    || ForeignTaxIds.ContainsWord(before, "NIC") || before.Contains("Citizenship Number", StringComparison.OrdinalIgnoreCase)
                    || before.Contains("National ID", StringComparison.OrdinalIgnoreCase) || before.Contains("Nationale ID", StringComparison.OrdinalIgnoreCase)))
                {
                    return PiiCategory.IdCard;
                }
                if (IsKoreanResidentNumber(digits) && (before.Contains("Resident Registration", StringComparison.OrdinalIgnoreCase)
                    || ForeignTaxIds.ContainsWord(before, "RRN") || before.Contains("주민등록", StringComparison.Ordinal)))
                {
                    return PiiCategory.SocialSecurity;
                }
                // The French tax number (numéro fiscal, SPI): thirteen digits, the last three the first ten modulo 511.
                if (digits.Length == 13 && IsFrenchTaxNumber(digits) && (before.Contains("fiscal", StringComparison.OrdinalIgnoreCase)
                    || ForeignTaxIds.ContainsWord(before, "SPI") || before.Contains("französische Steuer", StringComparison.OrdinalIgnoreCase)))
                {
                    return PiiCategory.TaxId;
                }
                // The South African identity number: the birth date YYMMDD, a serial, citizenship, 8, and a Luhn check digit.
                if (digits.Length == 13 && IsSouthAfricanIdNumber(digits) && (before.Contains("South African", StringComparison.OrdinalIgnoreCase)
                    || before.Contains("südafrikanisch", StringComparison.OrdinalIgnoreCase) || before.Contains("Identitätsnummer", StringComparison.OrdinalIgnoreCase)
                    || ForeignTaxIds.ContainsWord(before, "RSA")))
                {
                    return PiiCategory.IdCard;
                }
                if (IsMoldovanPersonNumber(digits) && ForeignTaxIds.ContainsWord(before, "IDNP"))
                {
                    return PiiCategory.SocialSecurity;
                }
                if (IsLuxembourgPersonNumber(digits) && (before.Contains("matricule", StringComparison.OrdinalIgnoreCase)
                    || before.Contains("luxemburg", StringComparison.OrdinalIgnoreCase) || before.Contains("luxembourg", StringComparison.OrdinalIgnoreCase)))
                {
                    return PiiCategory.SocialSecurity;
                }
                // The Swiss AHV number: its printed dots (756.1234.5678.97) or its name.
                if (IsSwissInsuranceNumber(digits) && (IsDottedSwissInsuranceNumber(value) || ForeignTaxIds.ContainsWord(before, "AHV")
                    || ForeignTaxIds.ContainsWord(before, "AVS") || before.Contains("Sozialversicherungsn", StringComparison.OrdinalIgnoreCase)))
                {
                    return PiiCategory.SocialSecurity;
                }
                return IsJmbg(digits) && (ForeignTaxIds.ContainsWord(before, "JMBG") || ForeignTaxIds.ContainsWord(before, "EMBG")
                    || before.Contains("matični", StringComparison.OrdinalIgnoreCase) || before.Contains("maticni", StringComparison.OrdinalIgnoreCase))
                    ? PiiCategory.IdCard : null;
        }
    }

    /// <summary>
    /// The Chinese resident identity number (公民身份号码): six digits of the place, the birth date YYYYMMDD, a serial of
    /// three and a check character (ISO 7064 MOD 11-2: weights 2^(17-i) mod 11, the check (12 − sum mod 11) mod 11, 10 as
    /// "X"), after a word for an identity card or China within 80 characters. The end, or -1.
    /// </summary>
    private static int ChineseResidentNumberEnd(string text, DigitCluster cluster)
    {
        var end = cluster.End;
        if (cluster.Digits == 17)
        {
            if (end >= text.Length || text[end] is not ('X' or 'x'))
            {
                return -1;
            }
            end++;
        }
        if (end - cluster.Start != 18 || (cluster.Start > 0 && char.IsLetterOrDigit(text[cluster.Start - 1]))
            || (end < text.Length && char.IsLetterOrDigit(text[end])))
        {
            return -1;
        }
        var number = text.AsSpan(cluster.Start, 18);
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(number[i]))
            {
                return -1;
            }
            sum += (number[i] - '0') * ((1 << (17 - i)) % 11);
        }
        var check = (12 - (sum % 11)) % 11;
        var written = number[17] is 'X' or 'x' ? 10 : number[17] - '0';
        var year = int.Parse(number[6..10]);
        var month = int.Parse(number[10..12]);
        var day = int.Parse(number[12..14]);
        if (check != written || year is < 1900 or > 2100 || month is < 1 or > 12 || day is < 1 or > 31)
        {
            return -1;
        }
        var from = Math.Max(0, cluster.Start - ContextReach);
        var before = text.AsSpan(from, cluster.Start - from);
        return before.Contains("ID", StringComparison.Ordinal) || before.Contains("identit", StringComparison.OrdinalIgnoreCase)
            || before.Contains("Ausweis", StringComparison.OrdinalIgnoreCase) || before.Contains("chines", StringComparison.OrdinalIgnoreCase)
            || before.Contains("身份", StringComparison.Ordinal) || before.Contains("resident", StringComparison.OrdinalIgnoreCase)
            ? end : -1;
    }

    /// <summary>
    /// The Mexican CURP: four letters of the name, the birth date YYMMDD (the cluster), H or M, the state's two letters,
    /// three consonants of the name, a character against duplicates and a check digit (python-stdnum mx.curp: the
    /// characters valued in "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ", weighted 18 … 2, the check (10 − sum mod 10) mod 10).
    /// Its shape and check suffice. The start, or -1.
    /// </summary>
    private static int MexicanPopulationCodeStart(string text, DigitCluster cluster)
    {
        var start = cluster.Start - 4;
        var end = start + 18;
        if (start < 0 || end > text.Length || cluster.End - cluster.Start != 6 || (start > 0 && char.IsLetterOrDigit(text[start - 1]))
            || (end < text.Length && char.IsLetterOrDigit(text[end])))
        {
            return -1;
        }
        var code = text.AsSpan(start, 18);
        for (var i = 0; i < 18; i++)
        {
            var c = code[i];
            var ok = i switch
            {
                < 4 or (> 10 and < 16) => char.IsAsciiLetterUpper(c),
                < 10 or 17 => char.IsAsciiDigit(c),
                10 => c is 'H' or 'M' or 'X',
                _ => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c),
            };
            if (!ok)
            {
                return -1;
            }
        }
        const string alphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += alphabet.IndexOf(code[i], StringComparison.Ordinal) * (18 - i);
        }
        return (10 - (sum % 10)) % 10 == code[17] - '0' ? start : -1;
    }

    // The Ukrainian and Czech numbers' names are looked for in the 40 characters before them.
    private const int UkrainianOrCzechReach = 40;

    /// <summary>
    /// "RNOKPP: 3326470890", "UNZR 19910127-63380", "rodné číslo 965614/7204": ten digits (a Czech birth number may have
    /// its slash) or the UNZR's thirteen with its hyphen, after their own names.
    /// </summary>
    private static PiiCategory? UkrainianOrCzech(ReadOnlySpan<char> digits, ReadOnlySpan<char> value, ReadOnlySpan<char> before)
    {
        if (value.Length == 14 && value[8] == '-' && IsUkrainianRecordNumber(value))
        {
            return ForeignTaxIds.ContainsWord(before, "UNZR") || ForeignTaxIds.ContainsWord(before, "УНЗР") ? PiiCategory.IdCard : null;
        }
        if (value.Length == 10 && IsUkrainianTaxpayerNumber(digits)
            && (ForeignTaxIds.ContainsWord(before, "RNOKPP") || ForeignTaxIds.ContainsWord(before, "РНОКПП") || ForeignTaxIds.ContainsWord(before, "ІПН")
                || ForeignTaxIds.ContainsWord(before, "IPN")))
        {
            return PiiCategory.TaxId;
        }
        return (value.Length == 10 || (value.Length == 11 && value[6] == '/')) && IsCzechBirthNumber(value)
            && (before.Contains("rodné", StringComparison.OrdinalIgnoreCase) || before.Contains("rodne", StringComparison.OrdinalIgnoreCase)
                || ForeignTaxIds.ContainsWord(before, "RČ") || before.Contains("Geburtsnummer", StringComparison.OrdinalIgnoreCase)
                || before.Contains("birth number", StringComparison.OrdinalIgnoreCase))
            ? PiiCategory.SocialSecurity : null;
    }

    private static int D(ReadOnlySpan<char> digits, int i) => digits[i] - '0';

    /// <summary>
    /// "Cartão de Cidadão 94737233 4 ZY1": the card's end when the cluster is the civil number and its check digit, the
    /// version's letters and the last check digit follow, the check holds and the card is named before it; else 0.
    /// </summary>
    private static int PortugueseCitizenCardEnd(string text, DigitCluster cluster)
    {
        var end = cluster.End + 4;
        if (cluster.End - cluster.Start != 10 || text[cluster.Start + 8] != ' ' || end > text.Length || text[cluster.End] != ' '
            || !char.IsAsciiLetterUpper(text[cluster.End + 1]) || !char.IsAsciiLetterUpper(text[cluster.End + 2]) || !char.IsAsciiDigit(text[cluster.End + 3])
            || (end < text.Length && char.IsLetterOrDigit(text[end])) || (cluster.Start > 0 && char.IsLetterOrDigit(text[cluster.Start - 1])))
        {
            return 0;
        }
        var sum = 0;
        var fromRight = 0;
        for (var i = end - 1; i >= cluster.Start; i--)
        {
            var c = text[i];
            if (c == ' ')
            {
                continue;
            }
            var value = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            if (fromRight++ % 2 == 1)
            {
                value *= 2;
                value = value > 9 ? value - 9 : value;
            }
            sum += value;
        }
        var from = Math.Max(0, cluster.Start - ContextReach);
        var before = text.AsSpan(from, cluster.Start - from);
        return sum % 10 == 0 && (before.Contains("Cidad", StringComparison.OrdinalIgnoreCase) || ForeignTaxIds.ContainsWord(before, "CC")) ? end : 0;
    }

    internal static bool IsBrazilianTaxpayerNumber(ReadOnlySpan<char> digits)
    {
        if (digits.Count(digits[0]) == digits.Length)
        {
            return false; // "111.111.111-11" passes the arithmetic but is no number
        }
        for (var check = 9; check <= 10; check++)
        {
            var sum = 0;
            for (var i = 0; i < check; i++)
            {
                sum += D(digits, i) * (check + 1 - i);
            }
            if ((sum * 10 % 11 % 10) != D(digits, check))
            {
                return false;
            }
        }
        return true;
    }

    internal static bool IsTurkishIdentityNumber(ReadOnlySpan<char> digits)
    {
        if (digits[0] == '0')
        {
            return false;
        }
        var odd = D(digits, 0) + D(digits, 2) + D(digits, 4) + D(digits, 6) + D(digits, 8);
        var even = D(digits, 1) + D(digits, 3) + D(digits, 5) + D(digits, 7);
        var tenth = (((odd * 7) - even) % 10 + 10) % 10;
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            sum += D(digits, i);
        }
        return tenth == D(digits, 9) && sum % 10 == D(digits, 10);
    }

    internal static bool IsLithuanianPersonalCode(ReadOnlySpan<char> digits)
    {
        if (D(digits, 0) is < 1 or > 6)
        {
            return false;
        }
        var check = WeightedModEleven(digits, 1);
        if (check == 10)
        {
            check = WeightedModEleven(digits, 3);
        }
        return (check == 10 ? 0 : check) == D(digits, 10);
    }

    // The weights first, first + 1, … up to 9, then again from 1, over the first ten digits.
    private static int WeightedModEleven(ReadOnlySpan<char> digits, int first)
    {
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            sum += D(digits, i) * ((first - 1 + i) % 9 + 1);
        }
        return sum % 11;
    }

    internal static bool IsAustrianInsuranceNumber(ReadOnlySpan<char> digits)
    {
        ReadOnlySpan<int> weights = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6];
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            sum += D(digits, i) * weights[i];
        }
        // The date part is not tested: numbers given where the birth date was unknown carry a day or month out of range.
        return digits[0] != '0' && sum % 11 == D(digits, 3);
    }

    internal static bool IsDanishCompanyNumber(ReadOnlySpan<char> digits)
    {
        ReadOnlySpan<int> weights = [2, 7, 6, 5, 4, 3, 2, 1];
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += D(digits, i) * weights[i];
        }
        return digits[0] != '0' && sum % 11 == 0;
    }

    internal static bool IsDanishPersonNumber(ReadOnlySpan<char> digits)
    {
        var day = D(digits, 0) * 10 + D(digits, 1);
        var month = D(digits, 2) * 10 + D(digits, 3);
        return day is >= 1 and <= 31 && month is >= 1 and <= 12;
    }

    // Verhoeff's tables: the dihedral group D5's multiplication and the position permutation.
    private static ReadOnlySpan<byte> VerhoeffMultiplication =>
    [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 2, 3, 4, 0, 6, 7, 8, 9, 5, 2, 3, 4, 0, 1, 7, 8, 9, 5, 6, 3, 4, 0, 1, 2, 8, 9, 5, 6, 7,
        4, 0, 1, 2, 3, 9, 5, 6, 7, 8, 5, 9, 8, 7, 6, 0, 4, 3, 2, 1, 6, 5, 9, 8, 7, 1, 0, 4, 3, 2, 7, 6, 5, 9, 8, 2, 1, 0, 4, 3,
        8, 7, 6, 5, 9, 3, 2, 1, 0, 4, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0,
    ];

    private static ReadOnlySpan<byte> VerhoeffPermutation =>
    [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 5, 7, 6, 2, 8, 3, 0, 9, 4, 5, 8, 0, 3, 7, 9, 6, 1, 4, 2, 8, 9, 1, 6, 0, 4, 3, 5, 2, 7,
        9, 4, 5, 3, 1, 2, 6, 8, 7, 0, 4, 2, 8, 6, 5, 7, 3, 9, 0, 1, 2, 7, 9, 3, 8, 0, 6, 4, 1, 5, 7, 0, 4, 6, 9, 1, 3, 2, 5, 8,
    ];

    internal static bool IsFrenchTaxNumber(ReadOnlySpan<char> digits)
    {
        if (digits[0] is not ('0' or '1' or '2' or '3'))
        {
            return false;
        }
        long first = 0;
        for (var i = 0; i < 10; i++)
        {
            first = first * 10 + (digits[i] - '0');
        }
        var check = (digits[10] - '0') * 100 + (digits[11] - '0') * 10 + (digits[12] - '0');
        return first % 511 == check;
    }

    internal static bool IsSouthAfricanIdNumber(ReadOnlySpan<char> digits)
    {
        var month = D(digits, 2) * 10 + D(digits, 3);
        var day = D(digits, 4) * 10 + D(digits, 5);
        return month is >= 1 and <= 12 && day is >= 1 and <= 31 && digits[10] is '0' or '1' && CheckDigits.Luhn(digits);
    }

    internal static bool IsHungarianTaxNumber(ReadOnlySpan<char> digits) =>
        CheckDigits.WeightedSum(digits, [1, 2, 3, 4, 5, 6, 7, 8, 9]) % 11 == D(digits, 9);

    /// <summary>The Polish NIP, a person's tax number and, after "PL", a company's VAT number (weights 6, 5, 7, 2, 3, 4, 5, 6, 7, modulo 11).</summary>
    internal static bool IsPolishTaxNumber(ReadOnlySpan<char> digits) =>
        CheckDigits.WeightedSum(digits, [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11 == D(digits, 9);

    internal static bool IsNhsNumber(ReadOnlySpan<char> digits)
    {
        var check = 11 - CheckDigits.WeightedSum(digits, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11;
        return check != 10 && (check == 11 ? 0 : check) == D(digits, 9);
    }

    /// <summary>
    /// The Russian personal INN: the eleventh digit is the first ten weighted 7, 2, 4, 10, 3, 5, 9, 4, 6, 8, the twelfth the
    /// first eleven weighted 3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8, each modulo 11, modulo 10 (python-stdnum ru.inn).
    /// </summary>
    internal static bool IsRussianPersonTaxNumber(ReadOnlySpan<char> digits)
    {
        return digits.Length == 12
            && CheckDigits.WeightedSum(digits, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11 % 10 == D(digits, 10)
            && CheckDigits.WeightedSum(digits, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11 % 10 == D(digits, 11);
    }

    /// <summary>
    /// The Japanese individual number: the n-th of the first eleven digits counted from the right weighted n + 1 (n ≤ 6)
    /// or n − 5; the remainder modulo 11 of the sum, 0 or 1, gives the check digit 0, else 11 minus it.
    /// </summary>
    internal static bool IsJapaneseIndividualNumber(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 12)
        {
            return false;
        }
        var sum = 0;
        for (var n = 1; n <= 11; n++)
        {
            sum += (digits[11 - n] - '0') * (n <= 6 ? n + 1 : n - 5);
        }
        var remainder = sum % 11;
        return (remainder <= 1 ? 0 : 11 - remainder) == digits[11] - '0';
    }

    internal static bool IsAadhaar(ReadOnlySpan<char> digits)
    {
        if (digits[0] is '0' or '1')
        {
            return false;
        }
        return IsVerhoeffValid(digits);
    }

    /// <summary>Whether <paramref name="digits"/>, its check digit last, passes the Verhoeff check (dihedral group D5).</summary>
    private static bool IsVerhoeffValid(ReadOnlySpan<char> digits)
    {
        var check = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = D(digits, digits.Length - 1 - i);
            check = VerhoeffMultiplication[check * 10 + VerhoeffPermutation[(i % 8) * 10 + digit]];
        }
        return check == 0;
    }

    /// <summary>
    /// Bulgarian ЕГН: the birth date YYMMDD (the month plus 20 for births before 1900, plus 40 from 2000), a serial and a
    /// check digit: the first nine weighted 2, 4, 8, 5, 10, 9, 7, 3, 6, modulo 11, 10 counting as 0 (stdnum bg.egn).
    /// </summary>
    internal static bool IsBulgarianPersonNumber(ReadOnlySpan<char> digits)
    {
        var month = D(digits, 2) * 10 + D(digits, 3);
        var day = D(digits, 4) * 10 + D(digits, 5);
        if (month % 20 is < 1 or > 12 || month > 52 || day is < 1 or > 31)
        {
            return false;
        }
        ReadOnlySpan<int> weights = [2, 4, 8, 5, 10, 9, 7, 3, 6];
        var sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += D(digits, i) * weights[i];
        }
        return sum % 11 % 10 == D(digits, 9);
    }

    /// <summary>
    /// Iranian national code (kod-e melli): ten digits, the first nine weighted 10 … 2, r the sum modulo 11, the check r
    /// when r is below 2, else 11 − r (the civil registry's published rule).
    /// </summary>
    internal static bool IsIranianNationalCode(ReadOnlySpan<char> digits)
    {
        if (digits.Count(digits[0]) == digits.Length)
        {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += D(digits, i) * (10 - i);
        }
        var r = sum % 11;
        return (r < 2 ? r : 11 - r) == D(digits, 9);
    }

    /// <summary>
    /// Russian СНИЛС: nine digits and a two-digit check, the nine weighted 9 … 1; a sum below 100 is the check, 100 and
    /// 101 give 00, a larger sum modulo 101 (100 again 00): the Pension Fund's published rule.
    /// </summary>
    internal static bool IsRussianInsuranceNumber(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += D(digits, i) * (9 - i);
        }
        var check = sum < 100 ? sum : sum is 100 or 101 ? 0 : sum % 101 % 100;
        return check == D(digits, 9) * 10 + D(digits, 10);
    }

    /// <summary>
    /// Kazakh ИИН (individual identification number): the birth date YYMMDD, a century-and-sex digit 1–6, four digits and
    /// a check: the eleven weighted 1 … 11 modulo 11, on 10 the weights 3 … 11, 1, 2 modulo 11, a second 10 not issued.
    /// </summary>
    internal static bool IsKazakhPersonNumber(ReadOnlySpan<char> digits)
    {
        var month = D(digits, 2) * 10 + D(digits, 3);
        if (month is < 1 or > 12 || D(digits, 6) is < 1 or > 6)
        {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < 11; i++)
        {
            sum += D(digits, i) * (i + 1);
        }
        var check = sum % 11;
        if (check == 10)
        {
            sum = 0;
            for (var i = 0; i < 11; i++)
            {
                sum += D(digits, i) * ((i + 2) % 11 + 1);
            }
            check = sum % 11;
        }
        return check != 10 && check == D(digits, 11);
    }

    /// <summary>
    /// South Korean resident registration number: YYMMDD, a century-and-sex digit, six more and a check, the twelve
    /// weighted 2 … 9, 2 … 5, the check 11 less the sum modulo 11, modulo 10 (stdnum kr.rrn).
    /// </summary>
    internal static bool IsKoreanResidentNumber(ReadOnlySpan<char> digits)
    {
        var month = D(digits, 2) * 10 + D(digits, 3);
        if (month is < 1 or > 12)
        {
            return false;
        }
        ReadOnlySpan<int> weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += D(digits, i) * weights[i];
        }
        return (11 - sum % 11) % 10 == D(digits, 12);
    }

    /// <summary>
    /// Polish PESEL: the birth date YYMMDD (the month plus 20 from 2000), a serial, the sex digit and a check: the first
    /// ten weighted 1, 3, 7, 9 repeating, the check 10 less the sum modulo 10, modulo 10 (stdnum pl.pesel).
    /// </summary>
    internal static bool IsPolishPersonNumber(ReadOnlySpan<char> digits)
    {
        var month = D(digits, 2) * 10 + D(digits, 3);
        var day = D(digits, 4) * 10 + D(digits, 5);
        if (month % 20 is < 1 or > 12 || day is < 1 or > 31)
        {
            return false;
        }
        ReadOnlySpan<int> weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            sum += D(digits, i) * weights[i];
        }
        return (10 - sum % 10) % 10 == D(digits, 10);
    }

    /// <summary>
    /// Luxembourg matricule (numéro d'identification national): the birth date YYYYMMDD, three digits, then a Luhn check
    /// digit and a Verhoeff check digit, each over the first eleven.
    /// </summary>
    internal static bool IsLuxembourgPersonNumber(ReadOnlySpan<char> digits)
    {
        var month = D(digits, 4) * 10 + D(digits, 5);
        var day = D(digits, 6) * 10 + D(digits, 7);
        if (month is < 1 or > 12 || day is < 1 or > 31 || D(digits, 0) != 1 && D(digits, 0) != 2)
        {
            return false;
        }
        Span<char> withCheck = stackalloc char[12];
        digits[..11].CopyTo(withCheck);
        withCheck[11] = digits[11];
        if (!CheckDigits.Luhn(withCheck))
        {
            return false;
        }
        withCheck[11] = digits[12];
        return IsVerhoeffValid(withCheck);
    }

    /// <summary>Moldovan IDNP: thirteen digits, weighted 7, 3, 1 repeating over the first twelve, the sum modulo 10 the last.</summary>
    internal static bool IsMoldovanPersonNumber(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += D(digits, i) * (i % 3 == 0 ? 7 : i % 3 == 1 ? 3 : 1);
        }
        return sum % 10 == D(digits, 12);
    }

    /// <summary>Greek ΑΜΚΑ: the birth date DDMMYY, four digits, a Luhn check digit over all eleven (stdnum gr.amka).</summary>
    internal static bool IsGreekInsuranceNumber(ReadOnlySpan<char> digits)
    {
        var day = D(digits, 0) * 10 + D(digits, 1);
        var month = D(digits, 2) * 10 + D(digits, 3);
        return day is >= 1 and <= 31 && month is >= 1 and <= 12 && CheckDigits.Luhn(digits);
    }

    /// <summary>
    /// Spanish número de afiliación a la Seguridad Social: the province (two digits), the number (eight) and two check
    /// digits, the first ten as a number modulo 97 (stdnum es.nss is not published; the rule is the Tesorería's).
    /// </summary>
    internal static bool IsSpanishInsuranceNumber(ReadOnlySpan<char> digits)
    {
        long number = 0;
        for (var i = 0; i < 10; i++)
        {
            number = number * 10 + D(digits, i);
        }
        return number % 97 == D(digits, 10) * 10 + D(digits, 11);
    }

    /// <summary>Swiss AHV-Nummer (AVS): 756, the person's nine digits and an EAN-13 check digit (weights 1, 3; stdnum ch.ssn).</summary>
    internal static bool IsSwissInsuranceNumber(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 13 || !digits.StartsWith("756"))
        {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += D(digits, i) * (i % 2 == 0 ? 1 : 3);
        }
        return (10 - sum % 10) % 10 == D(digits, 12);
    }

    private static bool IsDottedSwissInsuranceNumber(ReadOnlySpan<char> value) =>
        value.Length == 16 && value[3] == '.' && value[8] == '.' && value[13] == '.';

    internal static bool IsJmbg(ReadOnlySpan<char> digits)
    {
        var day = D(digits, 0) * 10 + D(digits, 1);
        var month = D(digits, 2) * 10 + D(digits, 3);
        if (day is < 1 or > 31 || month is < 1 or > 12)
        {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < 6; i++)
        {
            sum += (7 - i) * (D(digits, i) + D(digits, i + 6));
        }
        var check = 11 - sum % 11;
        return (check > 9 ? 0 : check) == D(digits, 12);
    }

    internal static bool IsUkrainianTaxpayerNumber(ReadOnlySpan<char> digits)
    {
        ReadOnlySpan<int> weights = [-1, 5, 7, 9, 4, 6, 10, 5, 7];
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (digits[i] - '0') * weights[i];
        }
        // C#'s remainder keeps the sign; stdnum's Python modulo does not.
        return ((sum % 11 + 11) % 11 % 10) == digits[9] - '0';
    }

    /// <summary>YYYYMMDD-NNNNC with a real date and the 7-3-1 check over the twelve digits before C.</summary>
    internal static bool IsUkrainianRecordNumber(ReadOnlySpan<char> value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (i != 8 && !char.IsAsciiDigit(value[i]))
            {
                return false;
            }
        }
        var year = int.Parse(value[..4], provider: System.Globalization.CultureInfo.InvariantCulture);
        var month = (value[4] - '0') * 10 + value[5] - '0';
        var day = (value[6] - '0') * 10 + value[7] - '0';
        if (year < 1900 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        ReadOnlySpan<int> weights = [7, 3, 1];
        var sum = 0;
        var position = 0;
        for (var i = 0; i < 13; i++)
        {
            if (i == 8)
            {
                continue;
            }
            sum += (value[i] - '0') * weights[position % 3];
            position++;
        }
        return sum % 10 == value[13] - '0';
    }

    /// <summary>YYMMDD(/)SSSC with a real month (plus 20, 50 or 70) and day, the ten digits divisible by 11.</summary>
    internal static bool IsCzechBirthNumber(ReadOnlySpan<char> value)
    {
        long number = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                number = number * 10 + (c - '0');
            }
            else if (c != '/')
            {
                return false;
            }
        }
        var month = (int)(number / 1_000_000 % 100);
        var day = (int)(number / 10_000 % 100);
        month = month > 70 ? month - 70 : month > 50 ? month - 50 : month > 20 ? month - 20 : month;
        return month is >= 1 and <= 12 && day is >= 1 and <= 31 && number % 11 == 0;
    }
}
