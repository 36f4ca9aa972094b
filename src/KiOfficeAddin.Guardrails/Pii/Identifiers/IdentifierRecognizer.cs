using System.Collections.Frozen;
using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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

    public static void Find(string text, List<Candidate> output) => Find(text, output, DigitClusters.Find(text));

    /// <summary>As <see cref="Find(string, List{Candidate})"/>, with the text's digit clusters found once for every recognizer.</summary>
    public static void Find(string text, List<Candidate> output, List<DigitCluster>? clusters) =>
        Find(text, output, clusters, leaveCaseReferenceLeads: false);

    /// <summary>
    /// As <see cref="Find(string, List{Candidate}, List{DigitCluster})"/>; with <paramref name="leaveCaseReferenceLeads"/>
    /// the case references at their leads may be left to another pass over the text's word starts (see
    /// <see cref="CaseReferenceLeadPass"/>): true when they were.
    /// </summary>
    internal static bool Find(string text, List<Candidate> output, List<DigitCluster>? clusters, bool leaveCaseReferenceLeads)
    {
        var matches = new List<(int Index, int Length)>();
        FindIbans(text, output, clusters, matches);
        FindDigitRuns(text, output, clusters, matches);
        FindVatIds(text, output, clusters, matches);
        FindTaxNumbers(text, output, clusters, matches);
        FindSocialSecurityNumbers(text, output, clusters, matches);
        FindHealthInsuranceNumbers(text, output, clusters, matches);
        FindTravelDocuments(text, output, clusters, matches);
        FindLicensePlates(text, output, clusters, matches);
        var leadsLeft = FindCaseReferences(text, output, leaveCaseReferenceLeads);
        OfficeFileNumbers.Find(text, output, clusters);
        ForeignPlates.Find(text, output, clusters);
        ForeignVatIds.Find(text, output, clusters);
        ForeignSocialSecurityNumbers.Find(text, output, clusters);
        ForeignTaxIds.Find(text, output, clusters);
        ForeignNationalNumbers.Find(text, output, clusters);
        return leadsLeft;
    }

    internal static void FindIbans(string text, List<Candidate> output) =>
        FindIbans(text, output, DigitClusters.Find(text), []);

    internal static void FindIbans(string text, List<Candidate> output, List<DigitCluster>? clusters, List<(int Index, int Length)> matches)
    {
        var compactBuffer = default(FixedBuffer64<char>);
        var positionBuffer = default(FixedBuffer64<int>);
        var compact = ((Span<char>)compactBuffer)[..40];
        var positions = ((Span<int>)positionBuffer)[..40];
        DigitClusters.Matches(text, IbanWindows, clusters, matches);
        var scannedTo = 0;
        foreach (var m in matches)
        {
            if (m.Index > 0 && char.IsLetterOrDigit(text[m.Index - 1]))
            {
                continue;
            }
            var matchEnd = m.Index + m.Length;
            AddIbanAt(text, m.Index, matchEnd, output, compact, positions);
            // "DE66 5472 … 4637 27 und PT50 9563 …": the shape's repetitions run on through "und" into the next IBAN, which
            // then starts no match of its own. Every later country code inside the match starts the shape's match of its
            // own (which may reach further: a third IBAN after another "und").
            // (From where the previous match's scan stopped: a chain of IBANs joined by "und" is read once, not once per match.)
            for (var k = Math.Max(m.Index + 4, scannedTo); k + 4 <= matchEnd; k++)
            {
                if (char.IsAsciiLetterUpper(text[k]) && char.IsAsciiLetterUpper(text[k + 1]) && !char.IsLetterOrDigit(text[k - 1])
                    && IbanShapeReader.MatchLength(text, k) is var length and > 0)
                {
                    AddIbanAt(text, k, k + length, output, compact, positions);
                    matchEnd = Math.Max(matchEnd, k + length);
                }
            }
            scannedTo = Math.Max(scannedTo, matchEnd - 3);
        }
        if (clusters is not null)
        {
            FindLowerCaseIbans(text, output, clusters);
        }
    }

    /// <summary>The IBAN that starts at <paramref name="start"/>, read up to its country's length from the letters and digits before <paramref name="limit"/>, if its check digits hold.</summary>
    private static void AddIbanAt(string text, int start, int limit, List<Candidate> output, Span<char> compact, Span<int> positions)
    {
        // Collect up to the registry length of letters/digits, remembering where each sits in the text.
        var n = 0;
        for (var i = start; i < limit && n < compact.Length; i++)
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
            return;
        }
        var end = positions[expected - 1] + 1;
        if (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            return;
        }
        output.Add(new(PiiCategory.Iban, start, end, CandidatePriority.CheckDigit));
    }

    /// <summary>
    /// "auf das konto de16 8197 8939 1051 0048 32": an IBAN with a lower-case country code, as quick mails write it, for
    /// the countries whose account part is all digits (DE, AT, BE, ES …). The country code and a digit cluster long enough
    /// for that country's length, validated like any IBAN; the capital form is the pattern's.
    /// </summary>
    private static void FindLowerCaseIbans(string text, List<Candidate> output, List<DigitCluster> clusters)
    {
        var compactBuffer = default(FixedBuffer64<char>);
        var compact = ((Span<char>)compactBuffer)[..40];
        foreach (var cluster in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(clusters))
        {
            if (cluster.Digits < 14)
            {
                continue;
            }
            var code = cluster.Start >= 1 && text[cluster.Start - 1] == ' ' ? cluster.Start - 3 : cluster.Start - 2;
            if (code < 0 || !char.IsAsciiLetterLower(text[code]) || !char.IsAsciiLetterLower(text[code + 1])
                || (code > 0 && char.IsLetterOrDigit(text[code - 1])))
            {
                continue;
            }
            compact[0] = char.ToUpperInvariant(text[code]);
            compact[1] = char.ToUpperInvariant(text[code + 1]);
            var length = IbanValidator.ExpectedLength(compact[..2]);
            if (length == 0 || cluster.Digits < length - 2)
            {
                continue;
            }
            var n = 2;
            var end = cluster.Start;
            for (var i = cluster.Start; i < cluster.End && n < length; i++)
            {
                if (char.IsAsciiDigit(text[i]))
                {
                    compact[n++] = text[i];
                    end = i + 1;
                }
            }
            if (IbanValidator.IsValidCompact(compact[..n]) && (end >= text.Length || !char.IsAsciiDigit(text[end])))
            {
                output.Add(new(PiiCategory.Iban, code, end, CandidatePriority.CheckDigit));
            }
        }
    }

    /// <summary>Tax ids and card numbers: maximal digit runs with optional single separators.</summary>
    internal static void FindDigitRuns(string text, List<Candidate> output) =>
        FindDigitRuns(text, output, DigitClusters.Find(text), []);

    internal static void FindDigitRuns(string text, List<Candidate> output, List<DigitCluster>? clusters, List<(int Index, int Length)> matches)
    {
        if (clusters is null)
        {
            DigitClusters.Matches(text, DigitRunWindows, clusters, matches);
        }
        else
        {
            DigitRunMatches(text, clusters, matches);
        }
        foreach (var m in matches)
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
            // The 13-digit federal form is shaped enough (a Land's prefix, a 0 in fifth place) to take its keyword from
            // further away, or after it: "Steuernummer (Finanzamt Pößneck): 162/651/75014 (bundeseinheitlich 4162…)".
            var taxNumberContext = ContextWindow.Before(text, start, 30, TaxNumberContext())
                || (digits == 13 && (ContextWindow.Around(text, start, end, 80, TaxNumberContext())
                                     || ContextWindow.Before(text, start, 40, TaxOfficeContext())));
            if (taxNumberContext && TaxNumberValidator.IsPlausible(span))
            {
                output.Add(new(PiiCategory.TaxNumber, start, end, CandidatePriority.Layout));
            }
            // (Dots group amounts; "165.038.455.29" is a tax ID only where its name stands before it.)
            else if (digits == 11 && TaxIdValidator.IsValid(span) && (!span.Contains('.') || ContextWindow.Before(text, start, 50, DottedTaxIdContext())))
            {
                output.Add(new(PiiCategory.TaxId, start, end, CandidatePriority.CheckDigit));
            }
            else if (digits is >= 13 and <= 19 && !span.Contains('.') && !span.Contains('/') && CreditCardValidator.IsValid(span)
                     && (digits is 15 or 16 || ContextWindow.Before(text, start, ContextWindowSize, CardContext())))
            {
                output.Add(new(PiiCategory.CreditCard, start, end, CandidatePriority.CheckDigit));
            }
        }
    }

    /// <summary>
    /// The matches of <see cref="DigitRun"/> read off the clusters, without running the pattern on each window: its
    /// window is the cluster itself (<see cref="DigitRunWindows"/>), and a cluster is digits joined by up to three
    /// separators, which the pattern takes as they come. So a match starts at a cluster's first digit and takes as many
    /// as 19 digits (the greedy {8,18}), the next starts at the digit after it, and so on while nine digits are left.
    /// </summary>
    private static void DigitRunMatches(string text, List<DigitCluster> clusters, List<(int Index, int Length)> matches)
    {
        const int MinimumDigits = 9;
        const int MaximumDigits = 19;
        matches.Clear();
        foreach (var cluster in CollectionsMarshal.AsSpan(clusters))
        {
            var start = cluster.Start;
            for (var left = cluster.Digits; left >= MinimumDigits; left -= MaximumDigits)
            {
                var end = start;
                for (var taken = 0; taken < Math.Min(left, MaximumDigits); end++)
                {
                    taken += char.IsAsciiDigit(text[end]) ? 1 : 0;
                }
                matches.Add((start, end - start));
                start = end;
                while (start < cluster.End && !char.IsAsciiDigit(text[start]))
                {
                    start++;
                }
            }
        }
    }

    internal static void FindVatIds(string text, List<Candidate> output) =>
        FindVatIds(text, output, DigitClusters.Find(text), []);

    internal static void FindVatIds(string text, List<Candidate> output, List<DigitCluster>? clusters, List<(int Index, int Length)> matches)
    {
        DigitClusters.Matches(text, VatWindows, clusters, matches);
        foreach (var m in matches)
        {
            var span = text.AsSpan(m.Index, m.Length);
            if (!ContextWindow.GluedBefore(text, m.Index) && !ContextWindow.GluedAfter(text, m.Index + m.Length)
                && VatIdValidator.IsValid(span))
            {
                output.Add(new(PiiCategory.VatId, m.Index, m.Index + m.Length, CandidatePriority.CheckDigit));
            }
        }
    }

    internal static void FindTaxNumbers(string text, List<Candidate> output) =>
        FindTaxNumbers(text, output, DigitClusters.Find(text), []);

    internal static void FindTaxNumbers(string text, List<Candidate> output, List<DigitCluster>? clusters, List<(int Index, int Length)> matches)
    {
        DigitClusters.Matches(text, TaxNumberWindows, clusters, matches);
        foreach (var m in matches)
        {
            if (ContextWindow.GluedBefore(text, m.Index) || ContextWindow.GluedAfter(text, m.Index + m.Length)
                // "Unser Zeichen: ZL-31/0412/2025": an office's letters joined by a hyphen make a file number.
                || (m.Index >= 2 && text[m.Index - 1] == '-' && char.IsAsciiLetterUpper(text[m.Index - 2])))
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

    internal static void FindSocialSecurityNumbers(string text, List<Candidate> output) =>
        FindSocialSecurityNumbers(text, output, DigitClusters.Find(text), []);

    internal static void FindSocialSecurityNumbers(string text, List<Candidate> output, List<DigitCluster>? clusters,
        List<(int Index, int Length)> matches)
    {
        DigitClusters.Matches(text, SocialSecurityWindows, clusters, matches);
        foreach (var m in matches)
        {
            if (!ContextWindow.GluedBefore(text, m.Index) && !ContextWindow.GluedAfter(text, m.Index + m.Length)
                && SocialSecurityNumberValidator.IsValid(text.AsSpan(m.Index, m.Length)))
            {
                output.Add(new(PiiCategory.SocialSecurity, m.Index, m.Index + m.Length, CandidatePriority.CheckDigit));
            }
        }
    }

    internal static void FindHealthInsuranceNumbers(string text, List<Candidate> output) =>
        FindHealthInsuranceNumbers(text, output, DigitClusters.Find(text), []);

    internal static void FindHealthInsuranceNumbers(string text, List<Candidate> output, List<DigitCluster>? clusters,
        List<(int Index, int Length)> matches)
    {
        DigitClusters.Matches(text, HealthInsuranceWindows, clusters, matches);
        bool? insuranceNamed = null;
        foreach (var m in matches)
        {
            // The match is the nine digits; the letter (and an optional space) sit before them.
            var start = text[m.Index - 1] == ' ' ? m.Index - 2 : m.Index - 1;
            var end = m.Index + m.Length;
            // Grouped by spaces ("E 6388 73761") the shape is common (a phone number after a letter), so the insurance
            // must be named in the text.
            if (!ContextWindow.GluedBefore(text, start) && !ContextWindow.GluedAfter(text, end)
                && HealthInsuranceNumberValidator.IsValid(text.AsSpan(start, end - start))
                && (m.Length == 9 || (insuranceNamed ??= HealthInsuranceNamed(text))))
            {
                output.Add(new(PiiCategory.HealthInsurance, start, end, CandidatePriority.CheckDigit));
            }
        }
    }

    /// <summary>
    /// The insurance named anywhere in the text (a list's column "KVNR" stands far above its cells): a letter and nine
    /// digits in groups, valid by the check digit, are then the card's number. Asked once per text, not per number.
    /// </summary>
    private static bool HealthInsuranceNamed(string text)
    {
        var before = text.AsSpan();
        return before.Contains("versicherte", StringComparison.OrdinalIgnoreCase) || before.Contains("KVNR", StringComparison.OrdinalIgnoreCase)
            || before.Contains("KV-Nr", StringComparison.OrdinalIgnoreCase)
            || before.Contains("krankenkasse", StringComparison.OrdinalIgnoreCase) || before.Contains("krankenversicherung", StringComparison.OrdinalIgnoreCase);
    }

    internal static void FindTravelDocuments(string text, List<Candidate> output) =>
        FindTravelDocuments(text, output, DigitClusters.Find(text), []);

    internal static void FindTravelDocuments(string text, List<Candidate> output, List<DigitCluster>? clusters, List<(int Index, int Length)> matches)
    {
        TravelDocumentShapeMatches(text, clusters, matches);
        // A serial counts only after an ID-card or passport word somewhere in the text: asked once, at the first match
        // that can be a serial (most texts have none, and the search of the whole text costs more than the matches).
        bool? contextAnywhere = null;
        foreach (var m in matches)
        {
            if (ContextWindow.GluedBefore(text, m.Index))
            {
                continue;
            }
            var span = text.AsSpan(m.Index, m.Length);
            var serial = span.Length > 10 ? span[..10] : span;
            // Most words of the shape are no serial (a number without its check digit, a word of consonants): the
            // check digits decide before the context patterns run.
            if (!TravelDocumentValidator.IsSerial(serial))
            {
                continue;
            }
            contextAnywhere ??= TravelDocumentContextAnywhere().IsMatch(text);
            if (!contextAnywhere.Value)
            {
                // "BPC5226  NOWAK  JOLANTA  2000-03-07  WALLSTR. 33  KM WD 64  XT60LK4YF2": an export of people without a
                // header row, whose line ends with a card's number and its check digit after a birth date.
                if (span.Length == 10 && EndsPersonRecord(text, m.Index, m.Index + 10))
                {
                    output.Add(new(PiiCategory.IdCard, m.Index, m.Index + 10, CandidatePriority.Layout));
                }
                continue;
            }
            var idContext = ContextWindow.Before(text, m.Index, ContextWindowSize, IdCardContext());
            var passportContext = ContextWindow.Before(text, m.Index, ContextWindowSize, PassportContext());
            if (!idContext && !passportContext
                && NamedDocumentNearby(text, m.Index, m.Index + m.Length, serial) is var named && named != NamedDocument.None)
            {
                idContext = named == NamedDocument.IdCard;
                passportContext = !idContext;
            }
            if (!idContext && !passportContext)
            {
                continue;
            }
            // With an ID-card context word the series letter does not decide (Presidio's ID-card cases use passport
            // series too); a passport needs a passport series (C, F, G, H, J, K) or digits, as in stdnum-js.
            var category = idContext ? PiiCategory.IdCard : PiiCategory.Passport;
            if (idContext && passportContext && TravelDocumentValidator.IsPassport(serial))
            {
                category = PiiCategory.Passport;
            }
            if (category == PiiCategory.Passport && "LMNPRTVWXYlmnprtvwxy".Contains(span[0], StringComparison.Ordinal))
            {
                continue;
            }
            var end = span.Length >= 10 ? MachineReadableZoneEnd(text, m.Index, m.Index + 10) : m.Index + m.Length;
            // "Personalausweis: MT10Y13H6 3": the check digit written apart, as the card prints it in a box of its own.
            if (span.Length == 9 && end + 2 <= text.Length && text[end] == ' ' && char.IsAsciiDigit(text[end + 1])
                && (end + 2 == text.Length || !char.IsLetterOrDigit(text[end + 2])) && CheckDigits.Icao(span) == text[end + 1] - '0')
            {
                end += 2;
            }
            output.Add(new(category, m.Index, end, CandidatePriority.Layout));
        }
    }

    /// <summary>
    /// The matches of <see cref="TravelDocumentShape"/> that can be serials, exactly as the scan of the whole text gives
    /// them. A serial has a digit in its first nine characters (<see cref="TravelDocumentValidator.IsSerial"/>), and a
    /// match consists of <c>[A-Za-z0-9&lt;]</c> only: it lies in a run of those characters that holds a digit (of a digit
    /// cluster) and has nine or more. The pattern runs on each such run with the character on either side (no match
    /// contains them, so the whole-text scan is between matches there, and its \b reads the same characters). Matches in
    /// runs without a digit are left out; they are no serial. Null clusters mean a scan of the whole text.
    /// </summary>
    internal static void TravelDocumentShapeMatches(string text, List<DigitCluster>? clusters, List<(int Index, int Length)> matches)
    {
        matches.Clear();
        if (clusters is null)
        {
            foreach (var m in TravelDocumentShape().EnumerateMatches(text))
            {
                matches.Add((m.Index, m.Length));
            }
            return;
        }
        // The end of the last run visited: runs are visited once each, in order, so the walks stay linear.
        var runEnd = 0;
        foreach (var cluster in CollectionsMarshal.AsSpan(clusters))
        {
            for (var i = Math.Max(cluster.Start, runEnd); i < cluster.End; i++)
            {
                if (!char.IsAsciiDigit(text[i]))
                {
                    continue; // a cluster's separators end runs
                }
                var runStart = i;
                while (runStart > 0 && IsSerialCharacter(text[runStart - 1]))
                {
                    runStart--;
                }
                runEnd = i + 1;
                while (runEnd < text.Length && IsSerialCharacter(text[runEnd]))
                {
                    runEnd++;
                }
                if (runEnd - runStart >= 9 && !TryReadSerialRun(text, runStart, runEnd, matches))
                {
                    var windowStart = Math.Max(0, runStart - 1);
                    var windowEnd = Math.Min(text.Length, runEnd + 1);
                    foreach (var m in TravelDocumentShape().EnumerateMatches(text.AsSpan(windowStart, windowEnd - windowStart)))
                    {
                        matches.Add((windowStart + m.Index, m.Length));
                    }
                }
                i = runEnd;
            }
        }
    }

    private static bool IsSerialCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c == '<';

    /// <summary>
    /// The match of <see cref="TravelDocumentShape"/> in a run of ASCII letters and digits (no "&lt;") between two ASCII
    /// characters that are no word characters (or the text's ends), read without the pattern; false for any other run,
    /// which the pattern reads. In such a run \b holds only at its two ends, so a match is the whole run: nine characters
    /// of the document alphabet, then either nothing or a digit and up to 30 more characters.
    /// </summary>
    private static bool TryReadSerialRun(string text, int runStart, int runEnd, List<(int Index, int Length)> matches)
    {
        if ((runStart > 0 && !IsAsciiNonWordCharacter(text[runStart - 1])) || (runEnd < text.Length && !IsAsciiNonWordCharacter(text[runEnd]))
            || text.AsSpan(runStart, runEnd - runStart).Contains('<'))
        {
            return false;
        }
        var length = runEnd - runStart;
        if (text.AsSpan(runStart, 9).IndexOfAnyExcept(DocumentAlphabet) < 0
            && (length == 9 || (length <= 40 && char.IsAsciiDigit(text[runStart + 9]))))
        {
            matches.Add((runStart, length));
        }
        return true;
    }

    // ASCII characters that \b does not count as word characters: all but letters, digits and "_".
    private static bool IsAsciiNonWordCharacter(char c) => char.IsAscii(c) && !char.IsAsciiLetterOrDigit(c) && c != '_';

    // The first nine characters of TravelDocumentShape.
    private static readonly SearchValues<char> DocumentAlphabet = SearchValues.Create("CFGHJKLMNPRTVWXYZcfghjklmnprtvwxyz0123456789");

    private const int FarContextSize = 200;

    /// <summary>
    /// The serial ends its line, and the line before it holds a full date (a birth date in a person's row): a row of an
    /// export, not a word of a sentence.
    /// </summary>
    private static bool EndsPersonRecord(string text, int start, int end)
    {
        if (end < text.Length && text[end] is not ('\n' or '\r'))
        {
            return false;
        }
        // The line's start within a row's width before the serial (looked for no further).
        var from = Math.Max(0, start - 200);
        var newline = text.AsSpan(from, start - from).LastIndexOf('\n');
        var lineStart = newline < 0 ? (from == 0 ? 0 : -1) : from + newline + 1;
        if (lineStart < 0 || start - lineStart < 20 || !text.AsSpan(lineStart, start - lineStart).EndsWith("  ", StringComparison.Ordinal))
        {
            return false;
        }
        return DateShapeInLine().IsMatch(text.AsSpan(lineStart, start - lineStart));
    }

    // Bounded: fixed digit counts and one separator class.
    [GeneratedRegex(@"\b(?:[0-3][0-9]\.[01][0-9]\.(?:19|20)[0-9]{2}|(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9])\b", RegexOptions.CultureInvariant)]
    private static partial Regex DateShapeInLine();

    private enum NamedDocument : byte { None, IdCard, Passport }

    /// <summary>
    /// "ich hab meinen personalausweis verloren … die nummer hab ich noch von nem foto: MMG64X1P3", "Zur Identifikation:
    /// Y60JV557X (mein Personalausweis)": people name the document once and give its number later, or after it. A serial
    /// with letters and digits mixed (what the document alphabet without vowels makes of few words), introduced as a
    /// number (a colon or "Nr." right before it), counts with the document word up to 200 characters before it or right after.
    /// An ID-card word there makes it an ID card, else a passport word a passport.
    /// </summary>
    private static NamedDocument NamedDocumentNearby(string text, int start, int end, ReadOnlySpan<char> serial)
    {
        var letters = 0;
        foreach (var c in serial[..9])
        {
            letters += char.IsAsciiLetter(c) ? 1 : 0;
        }
        // "Nr. WVYNW8VCW1": eight letters in the serial only where its check digit stands behind it.
        if (letters < 2 || letters > (serial.Length >= 10 ? 8 : 7))
        {
            return NamedDocument.None;
        }
        var before = text.AsSpan(0, start).TrimEnd(' ');
        if (!before.EndsWith(":", StringComparison.Ordinal) && !before.EndsWith("Nr.", StringComparison.OrdinalIgnoreCase)
            && !before.EndsWith("nummer", StringComparison.OrdinalIgnoreCase))
        {
            return NamedDocument.None;
        }
        if (ContextWindow.Before(text, start, FarContextSize, IdCardContext()) || ContextWindow.After(text, end, 30, IdCardContext()))
        {
            return NamedDocument.IdCard;
        }
        if (!ContextWindow.Before(text, start, FarContextSize, PassportContext()) && !ContextWindow.After(text, end, 30, PassportContext()))
        {
            return NamedDocument.None;
        }
        // A passport word named it; an ID-card word in the usual window after the number still makes it an ID card.
        return ContextWindow.After(text, end, ContextWindowSize, IdCardContext()) ? NamedDocument.IdCard : NamedDocument.Passport;
    }

    /// <summary>
    /// After a serial with a valid check digit: the end of a valid machine-readable line that continues it (birth
    /// date, expiry, nationality, check digits), else the end of the serial's check digit (and a nationality D).
    /// </summary>
    private static int MachineReadableZoneEnd(string text, int serialStart, int end)
    {
        var lineEnd = CandidateLineEnd(text, end);
        Span<char> compact = stackalloc char[40];
        var n = CheckDigits.Compact(text.AsSpan(serialStart, lineEnd - serialStart), compact);
        if (n == 26 && TravelDocumentValidator.IsMachineReadableLine(compact[..26]))
        {
            return lineEnd;
        }
        return end < text.Length && text[end] is 'D' or 'd' && (end + 1 == text.Length || !char.IsLetterOrDigit(text[end + 1])) ? end + 1 : end;
    }

    private static int CandidateLineEnd(string text, int end)
    {
        var i = end;
        var last = end;
        while (i < text.Length && i - end < 40)
        {
            var c = text[i];
            if (char.IsAsciiLetter(c) || char.IsAsciiDigit(c) || c == '<')
            {
                i++;
                last = i;
            }
            else if (c is ' ' or '-' && i + 1 < text.Length && (char.IsAsciiDigit(text[i + 1]) || char.IsAsciiLetterUpper(text[i + 1]))
                     && (i + 2 >= text.Length || !char.IsAsciiLetterLower(text[i + 2])))
            {
                i++;
            }
            else
            {
                break;
            }
        }
        return last;
    }

    internal static void FindLicensePlates(string text, List<Candidate> output) =>
        FindLicensePlates(text, output, DigitClusters.Find(text), []);

    internal static void FindLicensePlates(string text, List<Candidate> output, List<DigitCluster>? clusters, List<(int Index, int Length)> matches)
    {
        DigitClusters.Matches(text, LicensePlateWindows, clusters, matches);
        foreach (var m in matches)
        {
            var start = PlateStart(text, m.Index);
            var end = m.Index + m.Length;
            if (ContextWindow.GluedBefore(text, start) || ContextWindow.GluedAfter(text, end))
            {
                continue;
            }
            var span = text.AsSpan(start, end - start);
            var separator = span.IndexOfAny(' ', '-', ':');
            var district = span[..separator];
            var hyphenated = span[separator] == '-';
            var context = ContextWindow.Before(text, start, ContextWindowSize, PlateContext());
            var upper = district.Length <= 3 ? district.ToString().ToUpperInvariant() : "";
            var known = PiiLexicons.DistrictCodes.Contains(upper);
            var lowerCase = char.IsLower(span[0]) || char.IsLower(span[separator + 1]);
            if ((context && (known || !lowerCase)) || (known && hyphenated && !lowerCase))
            {
                output.Add(new(PiiCategory.LicensePlate, start, end, CandidatePriority.LicensePlate));
            }
        }
    }

    /// <summary>
    /// Walks back from the plate's number over what the look-behind of <see cref="LicensePlateShape"/> matched: an
    /// optional space or hyphen, the one or two letters, the separator (" ", "-", ":" or ": ") and the district.
    /// </summary>
    private static int PlateStart(string text, int number)
    {
        var i = number;
        if (text[i - 1] is ' ' or '-')
        {
            i--;
        }
        while (IsDistrictLetter(text[i - 1]))
        {
            i--;
        }
        i -= text[i - 1] == ' ' && text[i - 2] == ':' ? 2 : 1;
        while (i > 0 && IsDistrictLetter(text[i - 1]))
        {
            i--;
        }
        return i;
    }

    private static bool IsDistrictLetter(char c) => char.IsAsciiLetter(c) || c is 'Ä' or 'Ö' or 'Ü' or 'ä' or 'ö' or 'ü';

    internal static void FindCaseReferences(string text, List<Candidate> output) => FindCaseReferences(text, output, leaveLeads: false);

    /// <summary>The case references; with <paramref name="leaveLeads"/> those at their leads may be left to a <see cref="CaseReferenceLeadPass"/> (true when they were).</summary>
    private static bool FindCaseReferences(string text, List<Candidate> output, bool leaveLeads)
    {
        // The lead search compares letters ignoring case ordinally; the pattern's case-insensitive letters also match
        // a few other characters, and a text with one of them takes the whole-text scan.
        var atLeadsOnly = !text.AsSpan().ContainsAny(CaseFoldsToAsciiLetter);
        var leadsLeft = leaveLeads && atLeadsOnly;
        if (!leadsLeft)
        {
            FindCaseReferenceMatches(text, output, atLeadsOnly);
        }
        FindNumberCompoundReferences(text, output);
        FindNrCompoundReferences(text, output);
        return leadsLeft;
    }

    /// <summary>
    /// <see cref="FindCaseReferencesAtLeads"/> driven by another pass over the text's word starts of letters (the keyword
    /// pass's): told every such word start in order, it visits the same leads in the same order (the word starts inside
    /// the digit stretches), with the same results. The text is then classified into words once instead of once more
    /// per stretch, and the stretches' words are not walked a second time.
    /// </summary>
    internal struct CaseReferenceLeadPass
    {
        // The current stretch's leads lie in [leadsStart, leadsEnd); the next stretch is searched from stretchEnd.
        // int.MaxValue in both once no lead is left (no stretch, or the whole-text scan took over).
        private int leadsStart;
        private int leadsEnd;
        private int stretchEnd;
        private LeadScan scan;

        public CaseReferenceLeadPass(string text) => scan = new LeadScan(text.Length);

        /// <summary>A pass that visits nothing.</summary>
        public static CaseReferenceLeadPass None => new() { leadsStart = int.MaxValue, leadsEnd = int.MaxValue };

        /// <summary>Told a word start of letters <paramref name="i"/> (after every earlier one, none left out).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void AtWordStart(string text, int i, List<Candidate> output)
        {
            if (i >= leadsStart && (i >= leadsEnd || (char.IsAsciiLetter(text[i]) && IsLead(text, i))))
            {
                Visit(text, i, output);
            }
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private void Visit(string text, int i, List<Candidate> output)
        {
            if (i >= leadsEnd)
            {
                // Past the stretch: on to the first stretch whose leads do not end before this word.
                while (i >= leadsEnd)
                {
                    if (!NextDigitStretch(text, stretchEnd, out leadsStart, out leadsEnd, out stretchEnd))
                    {
                        leadsStart = leadsEnd = int.MaxValue;
                        return;
                    }
                }
                if (i < leadsStart || !char.IsAsciiLetter(text[i]) || !IsLead(text, i))
                {
                    return;
                }
            }
            if (!AtLead(text, i, output, ref scan))
            {
                leadsStart = leadsEnd = int.MaxValue;
            }
        }
    }

    /// <summary>The matches of <see cref="CaseReference"/>, at its leads only or by a scan of the whole text (the same result).</summary>
    internal static void FindCaseReferenceMatches(string text, List<Candidate> output, bool atLeadsOnly)
    {
        if (atLeadsOnly)
        {
            FindCaseReferencesAtLeads(text, output);
            return;
        }
        foreach (var match in CaseReference().EnumerateMatches(text))
        {
            AddCaseReference(text, match.Index, match.Length, output);
        }
    }

    /// <summary>
    /// The matches of <see cref="CaseReference"/>, found without scanning the whole text with it: every match starts
    /// with a context word at a word boundary, so a hand-written pass looks at word starts only, and the pattern runs
    /// only on a window at a word that begins like a context word (a few per letter). The result is the same as
    /// <c>CaseReference().EnumerateMatches(text)</c> (CaseReferenceLeadTests compares both).
    /// </summary>
    /// <remarks>
    /// Only the word starts of stretches that hold a digit are visited (see <see cref="NextDigitStretch"/>): a match gives
    /// a case reference only with a digit in its value, and a match lies inside one stretch, so a match outside those
    /// stretches gives nothing and hides no lead inside them. Most of a letter's words are never looked at.
    /// </remarks>
    private static void FindCaseReferencesAtLeads(string text, List<Candidate> output)
    {
        var scan = new LeadScan(text.Length);
        for (var from = 0; NextDigitStretch(text, from, out var leadsStart, out var leadsEnd, out var stretchEnd); from = stretchEnd)
        {
            // A match needs \b before its first letter: only word starts can be leads. The stretch starts after a
            // character that is no letter or digit, so its word starts are the text's. (The loop over the words is kept
            // apart from what a lead does, so that its state stays in registers; a word that begins with a digit is no
            // lead and is not visited.)
            var starts = new WordStarts(text.AsSpan(leadsStart, leadsEnd - leadsStart), lettersOnly: true);
            while (starts.MoveNext())
            {
                var i = leadsStart + starts.Current;
                if (char.IsAsciiLetter(text[i]) && IsLead(text, i) && !AtLead(text, i, output, ref scan))
                {
                    return;
                }
            }
        }
    }

    /// <summary>What <see cref="FindCaseReferencesAtLeads"/> carries from one lead to the next.</summary>
    private struct LeadScan(int textLength)
    {
        // Where the next match may start: the end of the last one.
        public int Resume;

        // A lead without a digit in reach cannot give a case reference (its value needs one), but its match would hide
        // a later lead that it overlaps: it is matched only once such a lead follows within reach.
        public int Pending = -1;

        // Letters have a few leads; a text of nothing but context words would make every word a window. Past this
        // many windows the whole-text scan takes over, so the cost stays that of the scan times a small constant.
        public int WindowBudget = 16 + (textLength / 64);

        // The first ASCII digit at or after the last lead asked about: found once and reused until passed, instead of
        // a search of the 192 characters after every lead (most leads have none in reach).
        public int NextDigit = -1;
    }

    /// <summary>
    /// The lead at <paramref name="i"/> (a word that begins like a context word): matched now, kept pending, or, once the
    /// windows are used up, the whole-text scan from here, which ends the search (false).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool AtLead(string text, int i, List<Candidate> output, ref LeadScan scan)
    {
        if (!CouldStartCaseReference(text, i))
        {
            return true;
        }
        if (scan.Pending >= 0 && i < scan.Pending + CaseReferenceMaxLength)
        {
            scan.Resume = MatchAtLead(text, scan.Pending, scan.Resume, output);
            scan.WindowBudget--;
        }
        scan.Pending = -1;
        if (scan.WindowBudget <= 0)
        {
            // No match covers the later of this lead and the end of the last match (an unmatched earlier lead
            // ends before this one; a match outside the visited stretches ends before their next one), so the
            // whole-text scan from there continues exactly.
            foreach (var match in CaseReference().EnumerateMatches(text, Math.Max(i, scan.Resume)))
            {
                AddCaseReference(text, match.Index, match.Length, output);
            }
            return false;
        }
        if (i >= scan.Resume)
        {
            if (scan.NextDigit < i)
            {
                var found = text.AsSpan(i).IndexOfAnyInRange('0', '9');
                scan.NextDigit = found < 0 ? int.MaxValue : i + found;
            }
            if (scan.NextDigit - i >= CaseReferenceMaxLength || !DigitReachable(text, i, scan.NextDigit))
            {
                scan.Pending = i;
            }
            else
            {
                scan.Resume = MatchAtLead(text, i, scan.Resume, output);
                scan.WindowBudget--;
            }
        }
        return true;
    }

    /// <summary>
    /// The next stretch of the text at or after <paramref name="from"/> that holds an ASCII digit: a run of the
    /// characters a match of <see cref="CaseReference"/> can hold (see <see cref="IsCaseReferenceStop"/>), so every match
    /// lies inside one stretch. Its leads can start from <paramref name="leadsStart"/> (the stretch's start) up to
    /// <paramref name="leadsEnd"/> (its last digit: a match that starts after that holds no digit, and hides only leads
    /// after it); <paramref name="stretchEnd"/> is where it ends. False when no digit is left.
    /// </summary>
    private static bool NextDigitStretch(string text, int from, out int leadsStart, out int leadsEnd, out int stretchEnd)
    {
        leadsStart = leadsEnd = stretchEnd = text.Length;
        var digit = from < text.Length ? text.AsSpan(from).IndexOfAnyInRange('0', '9') : -1;
        if (digit < 0)
        {
            return false;
        }
        digit += from;
        leadsStart = from;
        for (var k = digit; k > from;)
        {
            var stop = text.AsSpan(from, k - from).LastIndexOfAnyExcept(CaseReferenceAsciiCharacters);
            if (stop < 0)
            {
                break;
            }
            if (IsCaseReferenceStop(text, from + stop))
            {
                leadsStart = from + stop + 1;
                break;
            }
            k = from + stop;
        }
        stretchEnd = StretchEnd(text, digit + 1, text.Length);
        leadsEnd = digit + text.AsSpan(digit, stretchEnd - digit).LastIndexOfAnyInRange('0', '9');
        return true;
    }

    /// <summary>The first position from <paramref name="from"/> before <paramref name="limit"/> that no match can hold (see <see cref="IsCaseReferenceStop"/>), else <paramref name="limit"/>.</summary>
    private static int StretchEnd(string text, int from, int limit)
    {
        for (var k = from; k < limit;)
        {
            var stop = text.AsSpan(k, limit - k).IndexOfAnyExcept(CaseReferenceAsciiCharacters);
            if (stop < 0)
            {
                break;
            }
            if (IsCaseReferenceStop(text, k + stop))
            {
                return k + stop;
            }
            k += stop + 1;
        }
        return limit;
    }

    /// <summary>
    /// Whether no match of <see cref="CaseReference"/> can hold the character at <paramref name="k"/>, one that is not in
    /// <see cref="CaseReferenceAsciiCharacters"/>: any but a non-ASCII letter or decimal digit (\p{L}, \d), and white
    /// space after "mein", "unser" or "ihr" (the pattern's "\s" there is any white space, a line end too).
    /// </summary>
    private static bool IsCaseReferenceStop(string text, int k)
    {
        var c = text[k];
        if (c >= 128 && char.IsLetterOrDigit(c))
        {
            return false;
        }
        if (!char.IsWhiteSpace(c))
        {
            return true;
        }
        var before = text.AsSpan(0, k);
        return !before.EndsWith("mein", StringComparison.OrdinalIgnoreCase) && !before.EndsWith("unser", StringComparison.OrdinalIgnoreCase)
            && !before.EndsWith("ihr", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether a match of <see cref="CaseReference"/> at <paramref name="lead"/> can reach the digit at
    /// <paramref name="digit"/>: every character a match holds is a letter, a decimal digit, a space, a tab, ":", ".",
    /// "/" or "-", but for the white space after "mein", "unser" or "ihr" (those leads are not ruled out here). A comma,
    /// a bracket or a line end before the digit ("Vorgang, den wir am 12.03. …") means that no match there holds a digit,
    /// so none gives a case reference: such a lead waits like one without a digit in reach.
    /// </summary>
    private static bool DigitReachable(string text, int lead, int digit)
    {
        if (text[lead] is 'm' or 'M' or 'u' or 'U' or 'i' or 'I')
        {
            return true;
        }
        var between = text.AsSpan(lead, digit - lead);
        while (true)
        {
            var stop = between.IndexOfAnyExcept(CaseReferenceAsciiCharacters);
            if (stop < 0)
            {
                return true;
            }
            if (between[stop] < 128 || !(char.IsLetter(between[stop]) || char.IsDigit(between[stop])))
            {
                return false;
            }
            between = between[(stop + 1)..];
        }
    }

    // The ASCII characters a match of CaseReference can hold (its letters ignoring case, digits, [ \t], ":", ".", "/",
    // "-"); any other non-ASCII character it holds is a letter (\p{L}, "ß", umlauts) or a decimal digit (\d).
    private static readonly SearchValues<char> CaseReferenceAsciiCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 \t:./-");

    /// <summary>
    /// The match of <see cref="CaseReference"/> at <paramref name="lead"/>, if there is one and it does not start inside
    /// the previous match (before <paramref name="resume"/>); returns where the next match may start.
    /// </summary>
    private static int MatchAtLead(string text, int lead, int resume, List<Candidate> output)
    {
        if (lead < resume)
        {
            return resume;
        }
        // The window starts one character early so that \b at the lead sees the character before it, and is long
        // enough for the longest match; a match is taken only where it starts at the lead (one starting before it
        // would need a word character there, and then \b fails at the lead in the whole text too).
        var windowStart = Math.Max(0, lead - 1);
        // The window ends where the stretch of the lead does: no match holds the character there, and the pattern reads
        // nothing after a match, so it finds the same match as in a longer window, with less text to walk through.
        var windowEnd = StretchEnd(text, lead, Math.Min(text.Length, lead + CaseReferenceMaxLength));
        foreach (var match in CaseReference().EnumerateMatches(text.AsSpan(windowStart, windowEnd - windowStart)))
        {
            if (windowStart + match.Index == lead)
            {
                AddCaseReference(text, lead, match.Length, output);
                // Matches do not overlap: the whole-text scan resumes after this one.
                return lead + match.Length;
            }
            break;
        }
        return resume;
    }

    /// <summary>Whether a context word of <see cref="CaseReference"/> can begin at <paramref name="i"/> (ignoring case).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsLead(string text, int i)
    {
        // Most words begin with a letter some lead begins with; one look-up by the first two characters rules out nearly
        // all of them without a comparison per lead (and without a branch the processor mispredicts on every other word).
        // A second character other than an ASCII letter takes the comparisons (ignore-case equals folds a few of them
        // onto ASCII letters); a first letter without leads has no bit at all.
        var first = (text[i] | 0x20) - 'a';
        var second = i + 1 < text.Length ? text[i + 1] : '\0';
        var secondBit = char.IsAsciiLetter(second) ? (second | 0x20) - 'a' : NotAnAsciiLetterBit;
        if ((CaseReferenceLeadSecondLetters[first] & (1u << secondBit)) == 0)
        {
            return false;
        }
        // Two ASCII letters that begin a lead ("ge", "un", "be", "vo"): most such words differ from every lead in their
        // third letter ("gerne", "und", "bei", "von"), which the same kind of look-up rules out. Anything but an ASCII
        // letter there takes the comparisons.
        var third = secondBit != NotAnAsciiLetterBit && i + 2 < text.Length ? text[i + 2] : '\0';
        if (char.IsAsciiLetter(third) && (CaseReferenceLeadThirdLetters[(first * 26) + secondBit] & (1u << ((third | 0x20) - 'a'))) == 0)
        {
            return false;
        }
        return StartsWithLead(text.AsSpan(i), CaseReferenceLeads[first]!);
    }

    /// <summary>Whether <paramref name="rest"/> starts with one of <paramref name="leads"/> (ignoring case); out of line, as few words get this far.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool StartsWithLead(ReadOnlySpan<char> rest, string[] leads)
    {
        foreach (var lead in leads)
        {
            if (StartsWithIgnoringCase(rest, lead))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// <c>text.StartsWith(lower, StringComparison.OrdinalIgnoreCase)</c> for a lower-case <paramref name="lower"/>, with
    /// ASCII compared inline: most words that pass the second-letter mask differ from a lead in the third or fourth
    /// letter, and the library call cost more than that comparison. Any other character takes the library call.
    /// </summary>
    private static bool StartsWithIgnoringCase(ReadOnlySpan<char> text, string lower)
    {
        if (text.Length < lower.Length)
        {
            return false;
        }
        for (var k = 0; k < lower.Length; k++)
        {
            var c = text[k];
            if (c == lower[k])
            {
                continue;
            }
            if (c >= 128 || lower[k] >= 128)
            {
                // No Latin-1 letter equals an ASCII one ignoring case ("für" against "fall"): only other pairs take the
                // library call.
                if (c <= 0xFF && lower[k] <= 0xFF && (c < 128) != (lower[k] < 128))
                {
                    return false;
                }
                return text.StartsWith(lower, StringComparison.OrdinalIgnoreCase);
            }
            if (!char.IsAsciiLetterUpper(c) || (c | 0x20) != lower[k])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Cheap tests every match passes at its start: "mein", "unser" and "ihr" lead only to "… Zeichen"/"… Az".</summary>
    private static bool CouldStartCaseReference(string text, int lead)
    {
        var rest = text.AsSpan(lead);
        var possessive = StartsWithIgnoringCase(rest, "mein") ? 4
            : StartsWithIgnoringCase(rest, "unser") ? 5
            : StartsWithIgnoringCase(rest, "ihr") ? 3
            : 0;
        if (possessive == 0)
        {
            return true;
        }
        // "(?:mein|unser|ihr)\s(?:zeichen|az\.?)"; \s is char.IsWhiteSpace in .NET's regex.
        return rest.Length > possessive + 2 && char.IsWhiteSpace(rest[possessive])
            && (StartsWithIgnoringCase(rest[(possessive + 1)..], "zeichen") || StartsWithIgnoringCase(rest[(possessive + 1)..], "az"));
    }

    private static void AddCaseReference(string text, int index, int length, List<Candidate> output)
    {
        // The value lies in the match and needs a digit: most matches at a context word are the words after it
        // ("Zeichen der Zeit", "Vorgang und …"), ruled out here without the value's pattern.
        if (length == 0 || text.AsSpan(index, length).IndexOfAnyInRange('0', '9') < 0)
        {
            return;
        }
        // "our booking ref. PD-88137": a booking's reference names a purchase, not a person's file.
        if (index >= 8 && (text[index] | 0x20) == 'r' && text.AsSpan(index - 8, 8).Equals("booking ", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        // The value follows the context word; find where it starts (after the separator).
        // Match(text, index, length) reads the same span, but makes a Match object for every case reference.
        var valueMatches = CaseReferenceValue().EnumerateMatches(text.AsSpan(index, length));
        if (!valueMatches.MoveNext())
        {
            return;
        }
        var start = index + valueMatches.Current.Index;
        var end = start + valueMatches.Current.Length;
        while (end > start && !char.IsLetterOrDigit(text[end - 1]))
        {
            end--;
        }
        var value = text.AsSpan(start, end - start);
        if (value.IndexOfAnyInRange('0', '9') < 0 || length == 0)
        {
            return;
        }
        output.Add(new(PiiCategory.CaseReference, start, RegisterSuffixEnd(text, end), CandidatePriority.CaseReference));
    }

    /// <summary>
    /// "Ihr Az.: 3101 Js 2381/25 OWi", "Kanzlei-Az. 147/25 LC", "112/25 vdH/ks": a number and year that end a file
    /// number, then the register's letters or the writer's initials, the last thing in the clause. Their end, or
    /// <paramref name="end"/>.
    /// </summary>
    private static int RegisterSuffixEnd(string text, int end)
    {
        if (end < 4 || end + 2 >= text.Length || text[end] != ' ' || !char.IsAsciiDigit(text[end - 1]) || !char.IsAsciiDigit(text[end - 2])
            || text.AsSpan(end - 5, 5).IndexOf('/') < 0)
        {
            return end;
        }
        var i = end + 1;
        var letters = 0;
        while (i < text.Length && char.IsAsciiLetter(text[i]) && letters < 4)
        {
            i++;
            letters++;
        }
        if (letters == 0 || !char.IsAsciiLetterUpper(text[end + 1]) && !(i < text.Length && text[i] == '/'))
        {
            return end;
        }
        if (i + 1 < text.Length && text[i] == '/' && char.IsAsciiLetterLower(text[i + 1]))
        {
            // The typist's initials after the writer's: "vdH/ks".
            i++;
            var typist = 0;
            while (i < text.Length && char.IsAsciiLetterLower(text[i]) && typist < 3)
            {
                i++;
                typist++;
            }
        }
        var clauseEnds = i == text.Length || text[i] is '\n' or '\r' or ',' or ';' or ')' || (text[i] == '.' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));
        return clauseEnds && !char.IsAsciiLetterOrDigit(i < text.Length ? text[i] : ' ') ? i : end;
    }

    /// <summary>
    /// What a match of <see cref="CaseReference"/> can start with, by first letter: the first letters of every context
    /// word of the pattern, compared ignoring case (a test checks this against the pattern).
    /// </summary>
    private static readonly string[]?[] CaseReferenceLeads = GroupByFirstLetter(
        "akten", "az", "gz", "gesch", "mein", "unser", "ihr", "zeichen", "kassen", "kunden", "vorgang", "bescheid",
        "antrags", "vertrags", "mitglieds", "buchungszeichen", "personenkonto", "fall", "ticket", "referenz",
        "objektnummer", "versicherungsschein", "policennummer", "zählernummer", "verfahrensnummer", "bußgeldbescheid",
        "verwarnungsgeld", "förder", "leserausweis", "benutzernummer", "ur", "ref");

    /// <summary>
    /// Per first letter of <see cref="CaseReferenceLeads"/>: a bit per ASCII letter that a lead has second, and where the
    /// letter has leads at all, the bit for any other second character.
    /// </summary>
    private static readonly uint[] CaseReferenceLeadSecondLetters = SecondLetterMasks(CaseReferenceLeads);

    /// <summary>
    /// Per first and second ASCII letter of <see cref="CaseReferenceLeads"/>: a bit per ASCII letter that a lead has
    /// third, all bits where a lead ends after two ("az"). A third character other than an ASCII letter in a lead
    /// ("bußgeld…") sets none: no ASCII letter equals it ignoring case.
    /// </summary>
    private static readonly uint[] CaseReferenceLeadThirdLetters = ThirdLetterMasks(CaseReferenceLeads);

    private static uint[] ThirdLetterMasks(string[]?[] leadsByLetter)
    {
        var masks = new uint[26 * 26];
        for (var letter = 0; letter < leadsByLetter.Length; letter++)
        {
            foreach (var lead in leadsByLetter[letter] ?? [])
            {
                if (!char.IsAsciiLetter(lead[1]))
                {
                    continue; // the filter is not asked for a second character other than an ASCII letter
                }
                var slot = (letter * 26) + ((lead[1] | 0x20) - 'a');
                if (lead.Length == 2)
                {
                    masks[slot] = uint.MaxValue;
                }
                else if (char.IsAsciiLetter(lead[2]))
                {
                    masks[slot] |= 1u << ((lead[2] | 0x20) - 'a');
                }
            }
        }
        return masks;
    }

    // The bit of a second character that is no ASCII letter (or of the text's end) in CaseReferenceLeadSecondLetters.
    private const int NotAnAsciiLetterBit = 26;

    private static uint[] SecondLetterMasks(string[]?[] leadsByLetter)
    {
        var masks = new uint[leadsByLetter.Length];
        for (var letter = 0; letter < leadsByLetter.Length; letter++)
        {
            if (leadsByLetter[letter] is not null)
            {
                masks[letter] |= 1u << NotAnAsciiLetterBit;
            }
            foreach (var lead in leadsByLetter[letter] ?? [])
            {
                if (char.IsAsciiLetter(lead[1]))
                {
                    masks[letter] |= 1u << ((lead[1] | 0x20) - 'a');
                }
            }
        }
        return masks;
    }

    private static string[]?[] GroupByFirstLetter(params string[] leads)
    {
        var byLetter = new string[]?[26];
        foreach (var group in leads.GroupBy(l => l[0]))
        {
            byLetter[group.Key - 'a'] = [.. group];
        }
        return byLetter;
    }

    // Characters that .NET's case-insensitive regex matching equates with a letter of a context word but ordinal
    // ignore-case comparison does not (Kelvin sign, long s, dotted and dotless i, capital sharp s). Texts with one of
    // them take the whole-text scan.
    private static readonly SearchValues<char> CaseFoldsToAsciiLetter = SearchValues.Create("\u212A\u017F\u0130\u0131\u1E9E");

    // The longest match: the longest context word (25, "versicherungsscheinnummer") plus the longest continuation
    // (four words of up to 3 + 20, then [ \t]{0,3}:[ \t]{0,3} and a value of up to 37) = 25 + 92 + 7 + 37 = 161.
    internal const int CaseReferenceMaxLength = 192;

    // Compounds in -nummer that name no case file: invoices, bookings, courses, phones, staff, documents and accounts
    // (hard negatives or other categories), and those the CaseReference pattern already reads.
    private static readonly string[] NotCasePrefixes =
        ["rechnungs", "buchungs", "kurs", "personal", "telefon", "handy", "mobil", "fax", "haus", "steuer", "ausweis",
         "pass", "dienst", "konto", "karten", "versicherten", "versicherungs", "zimmer", "tisch", "artikel", "bestell",
         "liefer", "raum", "platz", "seiten", "serien", "geräte", "fahrgestell", "register", "los", "bus", "linien",
         "dokumenten", "identifikations", "renten", "iban", "ruf", "durchwahl", "service", "hotline", "termin", "grab",
         "kunden", "vorgangs", "bescheid", "antrags", "vertrags", "mitglieds", "fall", "ticket", "referenz", "objekt",
         "zähler", "akten", "verfahrens", "förderungs", "benutzer", "kranken", "haus", "flurstücks", "auftrags", "tour",
         "zug", "flug", "sitz", "park", "post", "schul", "klassen", "start", "mitarbeiter", "personal", "lizenz", "produkt"];

    // NotCasePrefixes by their last letter, in their order (every one ends with an ASCII letter; checked when built).
    private static readonly string[][] NotCasePrefixesByLastLetter = ByLastLetter(NotCasePrefixes);

    private static string[][] ByLastLetter(string[] words)
    {
        var buckets = new List<string>[26];
        for (var letter = 0; letter < 26; letter++)
        {
            buckets[letter] = [];
        }
        foreach (var word in words)
        {
            if (!char.IsAsciiLetter(word[^1]))
            {
                throw new InvalidOperationException($"An excluded prefix must end with an ASCII letter: {word}");
            }
            buckets[(word[^1] | 0x20) - 'a'].Add(word);
        }
        return [.. buckets.Select(b => b.ToArray())];
    }

    /// <summary>
    /// "Wohngeldnummer: WG 2026/00871", "BG-Nummer 32501//0048811", "Beitragsnummer EB-2026-5519": an office's number for
    /// a person's file, named by a compound in -nummer.
    /// </summary>
    private static void FindNumberCompoundReferences(string text, List<Candidate> output)
    {
        var at = text.IndexOf("ummer", StringComparison.Ordinal);
        while (at > 0)
        {
            var next = at + 5;
            var capitalN = text[at - 1] == 'N';
            if ((text[at - 1] == 'n' || capitalN) && (next >= text.Length || !char.IsLetter(text[next])))
            {
                TryReadNumberCompound(text, at - 1, capitalN, output);
            }
            at = next < text.Length ? text.IndexOf("ummer", next, StringComparison.Ordinal) : -1;
        }
    }

    private static void TryReadNumberCompound(string text, int n, bool capitalN, List<Candidate> output)
    {
        var ws = n;
        if (capitalN)
        {
            // "BG-Nummer": only after a hyphen.
            if (ws == 0 || text[ws - 1] != '-')
            {
                return;
            }
            ws--;
        }
        while (ws > 0 && n - ws < 30 && char.IsLetter(text[ws - 1]))
        {
            ws--;
        }
        var prefix = text.AsSpan(ws, n - ws).TrimEnd('-');
        if (prefix.Length < 2 || !char.IsUpper(prefix[0]) || (prefix.Length < 3 && !capitalN) || (ws > 0 && char.IsLetterOrDigit(text[ws - 1])))
        {
            return;
        }
        // Only the compounds whose last letter before "nummer" some excluded prefix ends with are compared; a last
        // character other than an ASCII letter takes the whole list (ignoring case equates a few with ASCII letters).
        var last = prefix[^1];
        foreach (var notCase in char.IsAsciiLetter(last) ? NotCasePrefixesByLastLetter[(last | 0x20) - 'a'] : NotCasePrefixes)
        {
            if (prefix.EndsWith(notCase, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }
        ReadCompoundValue(text, n + 6, output);
    }

    /// <summary>
    /// "Untersuchungs-Nr.: SEU-25-1187", "AZR-Nr.: 161224331007", "Registrierungs-Nr.: BtB-REG 0031/23": compounds in
    /// "-Nr." whose first part names a person's file. Only these: most "-Nr." compounds in the batches name courses,
    /// receipts, plans, invoices, chips and tariffs (79 unlabelled against 16 labelled outside this list).
    /// </summary>
    private static void FindNrCompoundReferences(string text, List<Candidate> output)
    {
        for (var at = text.IndexOf("-Nr", StringComparison.OrdinalIgnoreCase); at > 0; at = text.IndexOf("-Nr", at + 3, StringComparison.OrdinalIgnoreCase))
        {
            var ws = at;
            while (ws > 0 && at - ws < 20 && char.IsLetter(text[ws - 1]))
            {
                ws--;
            }
            if (ws == at || (ws > 0 && char.IsLetterOrDigit(text[ws - 1])) || !IsPersonFileStem(text.AsSpan(ws, at - ws)))
            {
                continue;
            }
            ReadCompoundValue(text, at + 3, output);
        }
    }

    // The register's abbreviation only in capitals ("AZR-Nr."); the German stems in any case ("untersuchungs-nr.").
    private static bool IsPersonFileStem(ReadOnlySpan<char> stem) => stem is "AZR" || PersonFileStems.Contains(stem);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonFileStems = new[]
    {
        "Untersuchungs", "Registrierungs", "Hilfeplan", "Bewerbungs", "Petitions", "Bauantrags", "Bauantrag", "Kindergeld",
        "Abrechnungs", "Widerspruchs", "Einbürgerungs", "Betreuungs", "Fund", "Gutachten", "Vormerk",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The value after a compound's "-nummer" or "-Nr." (its separators from <paramref name="i"/> on): a code of four characters or more with a digit.</summary>
    private static void ReadCompoundValue(string text, int i, List<Candidate> output)
    {
        var limit = Math.Min(text.Length, i + 6);
        while (i < limit && text[i] is ' ' or '\t' or ':' or '.')
        {
            i++;
        }
        if (i >= text.Length || !char.IsLetterOrDigit(text[i]))
        {
            return;
        }
        var start = i;
        // An upper-case letter group separated by one space belongs to the value ("WG 2026/00871").
        var letters = i;
        while (letters < text.Length && letters - i < 6 && char.IsAsciiLetterUpper(text[letters]))
        {
            letters++;
        }
        if (letters > i && letters + 1 < text.Length && text[letters] == ' ' && char.IsAsciiDigit(text[letters + 1]))
        {
            i = letters + 1;
        }
        var end = i;
        while (end < text.Length && end - start < 32 && (char.IsLetterOrDigit(text[end]) || text[end] is '.' or '/' or '-'))
        {
            end++;
        }
        // "AZR-Nummer 1420 8377 1195": a number printed in groups of digits.
        var digitsOnly = CheckDigits.AreDigits(text.AsSpan(start, end - start));
        for (var groups = 0; digitsOnly && groups < 3 && end + 1 < text.Length && text[end] == ' ' && char.IsAsciiDigit(text[end + 1]); groups++)
        {
            var groupEnd = end + 1;
            while (groupEnd < text.Length && char.IsAsciiDigit(text[groupEnd]) && groupEnd - end <= 5)
            {
                groupEnd++;
            }
            if (groupEnd < text.Length && (char.IsLetter(text[groupEnd]) || text[groupEnd] is '/' or '.' or '-' && groupEnd + 1 < text.Length && char.IsAsciiDigit(text[groupEnd + 1])))
            {
                break;
            }
            end = groupEnd;
        }
        // "BtB-REG 0031/23": an office's letters in mixed case, one space, the number.
        if (end + 1 < text.Length && text[end] == ' ' && char.IsAsciiDigit(text[end + 1]) && end - start <= 10
            && text.AsSpan(start, end - start).IndexOfAnyInRange('0', '9') < 0 && char.IsUpper(text[start]))
        {
            end++;
            while (end < text.Length && end - start < 32 && (char.IsLetterOrDigit(text[end]) || text[end] is '.' or '/' or '-'))
            {
                end++;
            }
        }
        while (end > start && !char.IsLetterOrDigit(text[end - 1]))
        {
            end--;
        }
        var value = text.AsSpan(start, end - start);
        if (value.Length >= 4 && value.IndexOfAnyInRange('0', '9') >= 0)
        {
            output.Add(new(PiiCategory.CaseReference, start, end, CandidatePriority.CaseReference));
        }
    }

    // Where each digit-led shape can match (DigitClusters.Matches): the digits it needs in one cluster, and how far
    // before and after the cluster a match and the characters its \b or look-behind read reach.
    // Nine digits or more, nothing around them read.
    internal static readonly ClusterShape DigitRunWindows = new(DigitRun(), MinimumDigits: 9, Before: 0, After: 0);

    // Nine digits; before the first: up to three separators, "DE" and the character \b reads; after: that character.
    // The first digit starts its cluster (an "E" stands before it), and "DE" stands right before the separators.
    internal static readonly ClusterShape VatWindows = new(VatShape(), MinimumDigits: 9, Before: 6, After: 1, Admits: CountryCodeBefore);

    // Nine digits or more inside one cluster; \b reads one character on either side. Both layouts have a slash.
    internal static readonly ClusterShape TaxNumberWindows = new(TaxNumberShape(), MinimumDigits: 9, Before: 1, After: 1,
        Admits: static (text, cluster) => text.AsSpan(cluster.Start, cluster.End - cluster.Start).Contains('/'));

    // The eight digits before the letter end a cluster; after it: " X ", two digits, a space and a digit (seven
    // characters), and the character \b reads after them. (DigitClusterWindowTests pins the pattern these follow from.)
    // The letter follows the cluster's last digit, directly or after one space or hyphen (most clusters of eight are dates).
    internal static readonly ClusterShape SocialSecurityWindows = new(SocialSecurityShape(), MinimumDigits: 8, Before: 1, After: 8,
        Admits: static (text, cluster) => cluster.End < text.Length
            && (char.IsAsciiLetterUpper(text[cluster.End]) || (text[cluster.End] is ' ' or '-' or '.' && cluster.End + 1 < text.Length && char.IsAsciiLetterUpper(text[cluster.End + 1]))));

    // Nine digits that start a cluster; the look-behind reads a letter, a space and the character before the letter.
    // The letter stands right before the cluster, or before one space.
    internal static readonly ClusterShape HealthInsuranceWindows = new(HealthInsuranceShape(), MinimumDigits: 9, Before: 3, After: 1,
        Admits: static (text, cluster) => (cluster.Start >= 1 && char.IsAsciiLetter(text[cluster.Start - 1]))
            || (cluster.Start >= 2 && text[cluster.Start - 1] == ' ' && char.IsAsciiLetter(text[cluster.Start - 2])));

    /// <summary>"DE" (any case) right before the cluster or before up to three of <c>[ \-.]</c> before it.</summary>
    private static bool CountryCodeBefore(string text, DigitCluster cluster)
    {
        var i = cluster.Start;
        while (i > 0 && cluster.Start - i < 3 && text[i - 1] is ' ' or '-' or '.')
        {
            i--;
        }
        return i >= 2 && text[i - 1] is 'E' or 'e' && text[i - 2] is 'D' or 'd';
    }

    // The two check digits start a cluster, after two capitals and an optional space (and the character \b reads);
    // the rest reaches at most 2 + 32 × 3 characters after them, which no pattern reads past. The windows are read by
    // hand (IbanShapeReader), which DigitClusterWindowTests and IbanShapeReaderTests compare with the pattern.
    internal static readonly ClusterShape IbanWindows = new(IbanShape(), MinimumDigits: 2, Before: 4, After: 99,
        Admits: static (text, cluster) => CapitalAt(text, cluster.Start - 1)
            ? CapitalAt(text, cluster.Start - 2)
            : cluster.Start >= 1 && text[cluster.Start - 1] == ' ' && CapitalAt(text, cluster.Start - 2) && CapitalAt(text, cluster.Start - 3),
        Reader: IbanShapeReader.TryRead);

    // The plate's number starts a cluster (a letter, or a letter and " " or "-", stands before it); the look-behind
    // reads at most eight characters back and \b one more; after the number: up to four digits, "E" or "H", and \b.
    internal static readonly ClusterShape LicensePlateWindows = new(LicensePlateShape(), MinimumDigits: 1, Before: 9, After: 6,
        Admits: static (text, cluster) => text[cluster.Start] != '0' && PlateLettersBefore(text, cluster.Start));

    /// <summary>
    /// Whether what stands before <paramref name="number"/> can be the look-behind of <see cref="LicensePlateShape"/>
    /// (every number of a letter and a space would otherwise be a window, "am 12", "Straße 5"): an optional " " or "-",
    /// a run of exactly one or two letters (ASCII or umlauts; a longer run leaves a letter where the separator must be), " ", "-",
    /// ":" or ": ", and a run of one to three district letters (a longer one leaves a letter where \b must be) that no
    /// ASCII letter or digit precedes. A necessary condition only: the pattern decides.
    /// </summary>
    private static bool PlateLettersBefore(string text, int number)
    {
        var i = number;
        if (i > 0 && text[i - 1] is ' ' or '-')
        {
            i--;
        }
        var letters = i;
        while (letters > 0 && i - letters < 3 && IsDistrictLetter(text[letters - 1]))
        {
            letters--;
        }
        if (i - letters is not (1 or 2) || letters < 2 || text[letters - 1] is not (' ' or '-' or ':'))
        {
            return false;
        }
        var districtEnd = text[letters - 1] == ' ' && text[letters - 2] == ':' ? letters - 2 : letters - 1;
        var district = districtEnd;
        while (district > 0 && districtEnd - district < 4 && IsDistrictLetter(text[district - 1]))
        {
            district--;
        }
        return districtEnd - district is >= 1 and <= 3 && (district == 0 || !char.IsAsciiLetterOrDigit(text[district - 1]));
    }

    private static bool CapitalAt(string text, int i) => i >= 0 && char.IsAsciiLetterUpper(text[i]);

    // DigitRun, VatShape, TaxNumberShape, SocialSecurityShape, HealthInsuranceShape, IbanShape and LicensePlateShape run
    // only on windows around digit clusters (the *Windows fields above): a change to one of them needs its window's
    // Before/After derived again (DigitClusterWindowTests pins the patterns and compares windowed and whole-text matches).
    // The shapes below backtrack, but boundedly: every quantifier has a small upper bound, and where one repeats
    // another ({0,3} separators before each digit) the two match disjoint characters, so each start position costs a
    // constant and a scan stays linear (HostileInputTests). Context patterns are alternations of short literals.
    // The case-reference pattern, with its long alternation and optional words, runs NonBacktracking.
    [GeneratedRegex(@"\b[A-Z]{2}[ ]?[0-9]{2}(?:[ \-.]{0,2}[A-Za-z0-9]){11,32}", RegexOptions.CultureInvariant)]
    private static partial Regex IbanShape();

    [GeneratedRegex(@"\d(?:[ \-/.]{0,3}\d){8,18}", RegexOptions.CultureInvariant)]
    private static partial Regex DigitRun();

    [GeneratedRegex(@"\b[Dd][Ee](?:[ \-.]{0,3}\d){9}\b", RegexOptions.CultureInvariant)]
    private static partial Regex VatShape();

    [GeneratedRegex(@"\b(?:\d{2,3}/\d{3,4}/\d{4,5}|\d{5}/\d{5})\b", RegexOptions.CultureInvariant)]
    private static partial Regex TaxNumberShape();

    // "65 120336 P 62 9": the serial number and the check digit may stand apart, as printed on the card; "13-230559-B-046"
    // as some forms group it.
    // "40.030271.I.773": dots as well.
    [GeneratedRegex(@"\b\d{2}[ .-]?\d{6}[ .-]?[A-Z][ .-]?\d{2}[ .-]?\d\b", RegexOptions.CultureInvariant)]
    private static partial Regex SocialSecurityShape();

    // The letter is a look-behind so the search anchors on digits, not on every letter; bounded (two characters).
    [GeneratedRegex(@"(?<=\b[A-Za-z][ ]?)\d(?:[ ]?\d){8}\b", RegexOptions.CultureInvariant)]
    private static partial Regex HealthInsuranceShape();

    [GeneratedRegex(@"\b[CFGHJKLMNPRTVWXYZcfghjklmnprtvwxyz0-9]{9}(?:[0-9][A-Za-z0-9<]{0,30})?\b", RegexOptions.CultureInvariant)]
    private static partial Regex TravelDocumentShape();

    // District and letters are a look-behind so the search anchors on the number, not on every letter; bounded (at
    // most eight characters back). PlateStart finds where the plate begins.
    // The letters after the district may be umlauts too ("BHV-HÖ 77").
    [GeneratedRegex(@"(?<=\b[A-ZÄÖÜa-zäöü]{1,3}(?:[ \-]|: ?)[A-Za-zÄÖÜäöü]{1,2}[ \-]?)[1-9][0-9]{0,3}[EH]?\b", RegexOptions.CultureInvariant)]
    private static partial Regex LicensePlateShape();

    [GeneratedRegex(@"(?i:kreditkarte|karte|kartennummer|visa|mastercard|master card|amex|american express|credit card|card)", RegexOptions.CultureInvariant)]
    private static partial Regex CardContext();

    [GeneratedRegex(@"(?i:identifikationsnummer|steuer-?id\b|\bidnr|\bid-nr)", RegexOptions.CultureInvariant)]
    private static partial Regex DottedTaxIdContext();

    [GeneratedRegex(@"(?i:steuer-?\s?n(?:umme)?r|st\.?-?\s?nr|steuer-?nummer|stnr)", RegexOptions.CultureInvariant)]
    private static partial Regex TaxNumberContext();

    // "Finanzamt Augsburg-Land 9103051801028": the office's name before the federal form.
    [GeneratedRegex(@"(?i:finanzamt)", RegexOptions.CultureInvariant)]
    private static partial Regex TaxOfficeContext();

    // "PA" only in capitals: the identity card's abbreviation in notes ("Nummer des alten PA laut Kopie: …").
    [GeneratedRegex(@"(?i:ausweis|perso\b|pa-?\s?nr|dokumentennummer|personalausweis|identity card|id card|id-karte|aufenthaltstitel|\beat\b|residence card|residence permit|aufenthaltskarte)|\bPA\b", RegexOptions.CultureInvariant)]
    internal static partial Regex IdCardContext();

    // "Passes", "Reisepasses": the genitive ("die Kopie meines Reisepasses (Nr. …)").
    [GeneratedRegex(@"(?i:reisepass|\bpass(?:es)?\b|passnummer|pass-?\s?nr|passport|kinderreisepass)", RegexOptions.CultureInvariant)]
    internal static partial Regex PassportContext();

    // IdCardContext or PassportContext without a word boundary at the start: whenever either finds a word in the
    // 60 characters before a serial (where the window's own start counts as a boundary), this finds it in the text.
    [GeneratedRegex(@"(?i:ausweis|perso\b|pa-?\s?nr|dokumentennummer|identity card|id card|id-karte|pass\b|passes\b|reisepass|passnummer|pass-?\s?nr|passport|aufenthaltstitel|eat\b|residence card|residence permit|aufenthaltskarte)|PA\b", RegexOptions.CultureInvariant)]
    internal static partial Regex TravelDocumentContextAnywhere();

    [GeneratedRegex(@"(?i:kennzeichen|kfz|fahrzeug|auto\b|pkw|lkw|wagen|motorrad|zulassung|parkausweis|parkverstoß|geparkt|halter)", RegexOptions.CultureInvariant)]
    private static partial Regex PlateContext();

    // After the keyword a court's file number keeps its spaces: "3 F 118/25" (chamber, register, number/year) and the
    // social and labour courts' "S 11 SO 42/25" (instance letter, chamber, subject, number/year); so does a utility's
    // customer number printed in groups ("Kundennummer 2108 1175 0").
    internal const string CaseReferencePattern = @"(?i:\b(?:aktenzeichens?|az\.?|gz\.?|geschäftszeichens?|gesch\.-?z(?:eichen)?\.?|(?:mein|unser|ihr)\s(?:zeichen|az\.?)|zeichen|kassenzeichens?|kassen-?nr\.?|kundennummer|kunden-?nr\.?|kundennr\.?|vorgangsnummer|vorgangs-?nr\.?|vorgang|bescheidnummer|bescheid-?nr\.?|antragsnummer|antrags-?nr\.?|vertragsnummer|vertrags-?nr\.?|mitgliedsnummer|mitglieds-?nr\.?|buchungszeichen|personenkonto|fallnummer|fall-?nr\.?|ticketnummer|ticket-?nr\.?|referenznummer|referenz|objektnummer|versicherungsschein(?:nummer)?|policennummer|zählernummer|aktennummer|akten-?nr\.?|verfahrensnummer|bußgeldbescheid-?nr\.?|verwarnungsgeld-?nr\.?|förderungsnummer|förder-?nr\.?|leserausweis(?:nummer)?|benutzernummer|ur-?nr\.?|urkundenrolle|ref\b\.?))(?:(?:[ \t]{1,3}\p{L}{2,20}){1,4}[ \t]{0,3}:[ \t]{0,3}(?:\d{1,4} [A-Z][A-Za-z]{0,3} \d{1,6}/\d{2,4}|[A-Z]{1,2} \d{1,3} [A-Z]{1,3} \d{1,6}/\d{2,4}|\d{3,5}(?: \d{3,5}){1,2}(?: \d)?\b|(?:[A-ZÄÖÜ]{1,5} )?[A-Za-z0-9ÄÖÜäöüß][A-Za-z0-9ÄÖÜäöüß./\-]{1,30})|(?:[ \t]{1,3}[A-ZÄÖÜ]\p{Ll}{2,19}){1,2}[ \t]{1,3}\d{1,4} [A-Z][A-Za-z]{0,3} \d{1,6}/\d{2,4}|[ \t]{0,3}[:.]?[ \t]{0,3}(?:nr\.?[ \t]{0,2})?(?:\d{1,4} [A-Z][A-Za-z]{0,3} \d{1,6}/\d{2,4}|[A-Z]{1,2} \d{1,3} [A-Z]{1,3} \d{1,6}/\d{2,4}|\d{3,5}(?: \d{3,5}){1,2}(?: \d)?\b|(?:[A-ZÄÖÜ]{1,5} )?[A-Za-z0-9ÄÖÜäöüß][A-Za-z0-9ÄÖÜäöüß./\-]{1,30}))";

    [GeneratedRegex(CaseReferencePattern, RegexOptions.NonBacktracking)]
    private static partial Regex CaseReference();

    // Court file numbers keep their inner spaces ("3 F 214/26", "12 K 3456/25", "S 11 SO 42/25").
    [GeneratedRegex(@"(?:\b[A-Z]{1,2} \d{1,3} [A-Z]{1,3} \d{1,6}/\d{2,4}|\d{1,4} [A-Z][A-Za-z]{0,3} \d{1,6}/\d{2,4}|\b\d{3,5}(?: \d{3,5}){1,2}(?: \d)?|(?:\b[A-ZÄÖÜ]{1,5} )?[A-Za-z0-9ÄÖÜäöüß][A-Za-z0-9ÄÖÜäöüß./\-]{1,30})$", RegexOptions.CultureInvariant)]
    private static partial Regex CaseReferenceValue();
}
