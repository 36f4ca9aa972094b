using System.Text.RegularExpressions;

namespace KiOfficeAddin.Guardrails.Policy;

/// <summary>Where a decision request was found.</summary>
public enum DecisionRequestSource
{
    Instructions,
    Text,
}

/// <summary>A request to decide about people or to monitor staff: the rule it breaks and the pattern that saw it.</summary>
public sealed record DecisionRequestMatch(string RuleId, string PatternId, DecisionRequestSource Source);

/// <summary>
/// Recognises German requests that ask the assistant to decide about people (grant or refuse an application, rate or
/// choose an applicant; GDPR Art. 22, § 35a VwVfG) or to monitor and evaluate staff (LPVG NRW § 72 Abs. 3 Nr. 2).
/// Legitimate work on a decision the clerk already took (rephrase a refusal, summarise an application, draft a reply)
/// passes: the patterns look for the assistant being asked to decide — imperatives, "ob"-questions, yes/no questions
/// about an outcome, "wer/welche"-choices — and ignore quoted text and outcomes reported in a "dass"-clause.
/// The user's instructions are read in full; the selected text only for requests addressed to the assistant
/// ("du" imperatives and questions without first person), because a citizen's mail naturally asks for a decision.
/// </summary>
public static partial class DecisionRequestClassifier
{
    private const string Decision = PolicyRuleIds.AutomatedDecisionRefused;
    private const string Staff = PolicyRuleIds.StaffMonitoringRefused;

    // Word groups (the input is lower-cased). Each quantifier is bounded; windows stay inside one sentence.
    private const string ObjectNoun =
        @"[\wäöüß-]{0,30}(?:antrag|anträge|antrags|widerspruch|widersprüche|widerspruchs|einspruch|einsprüche|einspruchs|bewerbung|bewerbungen|gesuch|zuschuss|zuschüsse|förderung|fördermittel|befreiung|stundung|erlass|ermäßigung|genehmigung|erlaubnis|kostenübernahme|sondernutzung|platz|plätze|wohnung|vergabe|einbürgerung|zulassung|beihilfe|härtefall|elterngeld|wohngeld)\b";

    private const string Outcome =
        @"(?:bewilligt|bewilligen|genehmigt|genehmigen|abgelehnt|ablehnen|gewährt|gewähren|zurückgewiesen|zurückweisen|stattgegeben|stattgeben|stattzugeben|erteilt|erteilen|versagt|versagen|anerkannt|anerkennen|abgewiesen|abweisen|befreit|gestundet|erlassen|zugelassen|zulassen|bewilligung|ablehnung|abzulehnen|zu bewilligen)\b";

    private const string PersonNoun =
        @"(?:bewerber[\wäöüß]{0,10}|bewerbung[\wäöüß]{0,20}|kandidat[\wäöüß]{0,5}|antragsteller[\wäöüß]{0,5}|interessent[\wäöüß]{0,5}|familie[\wäöüß]{0,5}|praktikant[\wäöüß]{0,5}|mieter[\wäöüß]{0,5}|schüler[\wäöüß]{0,5}|lebensl[aä]uf[\wäöüß]{0,3}|anschreiben|(?:frau|herrn?) [\wäöüß]{2,30})\b";

    private const string StaffNoun =
        @"(?:kolleg[\wäöüß]{0,6}|mitarbeit[\wäöüß]{0,10}|beschäftigt[\wäöüß]{0,3}|angestellt[\wäöüß]{0,3}|sachbearbeiter[\wäöüß]{0,5}|team|teams|belegschaft|untergeben[\wäöüß]{0,3}|auszubildend[\wäöüß]{0,3}|azubis?|beamt[\wäöüß]{0,5})\b";

    private const string Behaviour =
        @"(?:leistung[\wäöüß]{0,10}|[\wäöüß]{0,15}leistung|produktivität|effizienz|verhalten|arbeitszeit[\wäöüß]{0,5}|anwesenheit[\wäöüß]{0,3}|fehlzeit[\wäöüß]{0,3}|fehltag[\wäöüß]{0,3}|krank[\wäöüß]{0,10}|pausen?|fehler[\wäöüß]{0,5}|bearbeitungszeit[\wäöüß]{0,3}|fallzahl[\wäöüß]{0,3}|erledig[\wäöüß]{0,6}|arbeitsweise|zuverlässigkeit|pünktlichkeit|engagement|motivation|aktivität[\wäöüß]{0,3}|logins?|zeitstempel|tempo|fälle)\b";

    private const string Article =
        @"(?:(?:den|die|das|dem|der|meine[nrms]?|unsere[nrms]?|diese[nrms]?|alle|jede[nrms]?|beide[n]?|zwei|drei|vier|fünf)\s+)?";

    private const string NotFirstPerson = @"(?<!\b(?:ich|wir)\s)";

    private sealed record Pattern(string Id, string RuleId, Regex Regex, bool ForText, params Regex[] Also)
    {
        public bool Matches(string sentence) => Regex.IsMatch(sentence) && Also.All(also => also.IsMatch(sentence));
    }

    // Staff patterns first: "Bewerte meine Mitarbeiterin Frau Schulz" is staff evaluation, not an applicant rating.
    private static readonly Pattern[] Patterns =
    [
        new("staff-monitor", Staff, MonitorVerb(), true, StaffOrPersonOrBehaviour()),
        new("staff-control", Staff, ControlVerb(), true, StaffWord(), BehaviourWord()),
        new("staff-assess", Staff, AssessStaff(), true),
        new("staff-estimate", Staff, EstimateStaff(), true),
        new("staff-figures", Staff, FiguresVerb(), true, StaffWord(), BehaviourWord()),
        new("staff-ranking-question", Staff, StaffRankingQuestion(), true),
        new("decide-imperative", Decision, DecideImperative(), true),
        new("decide-formal", Decision, DecideFormal(), false),
        new("decide-help", Decision, DecideHelp(), true),
        new("decide-recommend", Decision, DecideRecommend(), true),
        new("outcome-question", Decision, OutcomeQuestion(), true),
        new("outcome-whether", Decision, OutcomeWhether(), true),
        new("outcome-whether-formal", Decision, OutcomeWhetherFormal(), false),
        new("entitlement-question", Decision, EntitlementQuestion(), true),
        new("grant-imperative", Decision, GrantImperative(), true),
        new("grant-formal", Decision, GrantFormal(), false),
        new("refuse-imperative", Decision, RefuseImperative(), true),
        new("justify-outcome", Decision, JustifyOutcome(), true),
        new("applicant-assess", Decision, AssessApplicant(), true),
        new("applicant-choice", Decision, ApplicantChoice(), true, PersonOrObject()),
        new("applicant-ranking", Decision, ApplicantRanking(), true, PersonOrObject()),
        new("applicant-order", Decision, ApplicantOrder(), true),
        new("applicant-suitability", Decision, ApplicantSuitability(), true),
    ];

    /// <summary>The first decision or monitoring request in the instructions, then in the text; <c>null</c> if none.</summary>
    public static DecisionRequestMatch? Classify(string? instructions, string? text)
    {
        return Find(instructions, DecisionRequestSource.Instructions) ?? Find(text, DecisionRequestSource.Text);
    }

    private static DecisionRequestMatch? Find(string? input, DecisionRequestSource source)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }
        // Quoted passages are material to work on ("Formuliere „Der Antrag wird abgelehnt“ freundlicher"), not requests.
        var unquoted = Quoted().Replace(input, " zitat ");
        // The normalised text is read as a span from a rented buffer: a 4 KB letter's copy was a string of 8 KB per request.
        var rented = System.Buffers.ArrayPool<char>.Shared.Rent(unquoted.Length);
        try
        {
            return Find(rented.AsSpan(0, CollapseWhitespaceAndLower(unquoted, rented)), source);
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static DecisionRequestMatch? Find(ReadOnlySpan<char> normalized, DecisionRequestSource source)
    {
        foreach (var match in Sentence().EnumerateMatches(normalized))
        {
            var span = normalized.Slice(match.Index, match.Length).Trim();
            if (source == DecisionRequestSource.Text && ((!span.EndsWith('?') && !ImperativeStart().IsMatch(span)) || FirstPerson().IsMatch(span)))
            {
                // A document speaks about decisions all the time; only what is addressed to the assistant counts.
                continue;
            }
            var sentence = span.ToString();
            foreach (var pattern in Patterns)
            {
                if ((source == DecisionRequestSource.Instructions || pattern.ForText) && pattern.Matches(sentence))
                {
                    return new DecisionRequestMatch(pattern.RuleId, pattern.Id, source);
                }
            }
        }
        return null;
    }

    /// <summary>
    /// The same string as <c>Regex.Replace(text, @"\s+", " ").ToLowerInvariant()</c> in one pass: a regex replacement
    /// matched every single space of a letter, and the invariant lower-casing went to ICU for everything after the first
    /// umlaut. Runs of ASCII that is not white space, or single spaces, are found and lower-cased with vector
    /// instructions (<see cref="System.Text.Ascii.ToLower(ReadOnlySpan{char}, Span{char}, out int)"/>: A–Z only, as
    /// invariant casing does for ASCII), so a run ends only at a line break, a double space or a character beyond ASCII;
    /// Latin-1 letters (the umlauts) are lower-cased here (À–Þ but × are the character 0x20 above, the rest of Latin-1
    /// has no lower case), and runs of other characters go through the same invariant casing as before (whole runs, so
    /// surrogate pairs stay together). <c>\s</c> is <see cref="char.IsWhiteSpace(char)"/>. Character by character this was
    /// half of the classifier's time on a 4 KB letter, and a vector call per word not much less.
    /// </summary>
    internal static string CollapseWhitespaceAndLower(string text)
    {
        var rented = text.Length > 2048 ? System.Buffers.ArrayPool<char>.Shared.Rent(text.Length) : null;
        var buffer = rented is null ? stackalloc char[text.Length] : rented.AsSpan(0, text.Length);
        var result = new string(buffer[..CollapseWhitespaceAndLower(text, buffer)]);
        if (rented is not null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }
        return result;
    }

    /// <summary><see cref="CollapseWhitespaceAndLower(string)"/> into <paramref name="buffer"/> (as long as the text at least); returns the length written.</summary>
    private static int CollapseWhitespaceAndLower(ReadOnlySpan<char> text, Span<char> buffer)
    {
        var length = 0;
        for (var i = 0; i < text.Length;)
        {
            var end = text[i..].IndexOfAnyExcept(AsciiTextOrSpace);
            var run = end < 0 ? text[i..] : text.Slice(i, end);
            if (run.Length > 0)
            {
                // A double space ends the run after its first space, and the white space after it is skipped.
                var doubled = run.IndexOf("  ", StringComparison.Ordinal);
                if (doubled >= 0)
                {
                    run = run[..(doubled + 1)];
                }
                System.Text.Ascii.ToLower(run, buffer[length..], out var written);
                length += written;
                i += run.Length;
                while (doubled >= 0 && i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }
                continue;
            }
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                // One space per run of white space: when the character before is white space, it is written already.
                if (i == 0 || !char.IsWhiteSpace(text[i - 1]))
                {
                    buffer[length++] = ' ';
                }
                while (++i < text.Length && char.IsWhiteSpace(text[i]))
                {
                }
            }
            else if (c <= '\u00FF')
            {
                buffer[length++] = c is >= '\u00C0' and <= '\u00DE' and not '\u00D7' ? (char)(c + 0x20) : c;
                i++;
            }
            else
            {
                var stop = i + 1;
                while (stop < text.Length && text[stop] > '\u00FF' && !char.IsWhiteSpace(text[stop]))
                {
                    stop++;
                }
                length += text[i..stop].ToLowerInvariant(buffer[length..]);
                i = stop;
            }
        }
        return length;
    }

    // Every ASCII character that char.IsWhiteSpace does not count as white space, and the space: built from that method,
    // so the two cannot disagree.
    private static readonly System.Buffers.SearchValues<char> AsciiTextOrSpace = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 128).Select(code => (char)code).Where(c => c == ' ' || !char.IsWhiteSpace(c))]);

    [GeneratedRegex(@"„[^“”""]{0,600}[“”""]|""[^""]{0,600}""|»[^«]{0,600}«|“[^”]{0,600}”")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"[^.!?;\n]{1,2000}[.!?;]?")]
    private static partial Regex Sentence();

    [GeneratedRegex(@"\b(?:ich|mein[\wäöüß]{0,3}|wir|unser[\wäöüß]{0,3}|uns|mir|mich)\b")]
    private static partial Regex FirstPerson();

    // "du" imperatives of the verbs below, at the start of a sentence (optionally after "bitte").
    [GeneratedRegex(@"^(?:bitte\s+)?(?:entscheide|bewerte|beurteile|benote|bewillige|genehmige|gewähre|lehne|weise|gib|begründe|überwache|kontrolliere|analysiere|vergleiche|schätze|prüfe|sag|sage|erstelle|ordne|sortiere|triff|wähle|empfiehl|hilf)\b")]
    private static partial Regex ImperativeStart();

    [GeneratedRegex(StaffNoun + "|" + PersonNoun + "|" + Behaviour + @"|e-mails?")]
    private static partial Regex StaffOrPersonOrBehaviour();

    [GeneratedRegex(StaffNoun)]
    private static partial Regex StaffWord();

    [GeneratedRegex(Behaviour)]
    private static partial Regex BehaviourWord();

    [GeneratedRegex(PersonNoun + "|" + ObjectNoun)]
    private static partial Regex PersonOrObject();

    [GeneratedRegex(NotFirstPerson + @"\b(?:überwache|überwach|überwachen sie|beobachte|tracke|protokolliere)\b")]
    private static partial Regex MonitorVerb();

    [GeneratedRegex(NotFirstPerson + @"\b(?:kontrolliere|kontrollieren sie|überprüfe|prüfe|prüfen sie)\b")]
    private static partial Regex ControlVerb();

    [GeneratedRegex(NotFirstPerson + @"\b(?:bewerte|beurteile|benote|ranke|vergleiche|analysiere|bewerten sie|beurteilen sie|analysieren sie)\s+(?:bitte\s+)?" + Article + @"(?:[\wäöüß-]+\s+){0,2}?" + StaffNoun)]
    private static partial Regex AssessStaff();

    [GeneratedRegex(NotFirstPerson + @"\b(?:schätze|schätzen sie)\b[^.?!]{0,80}\b" + StaffNoun + @"[^.?!]{0,40}\bein\b")]
    private static partial Regex EstimateStaff();

    [GeneratedRegex(NotFirstPerson + @"\b(?:werte|auswerten|ermittle|zähle|analysiere|vergleiche|erstelle|erstell)\b")]
    private static partial Regex FiguresVerb();

    [GeneratedRegex(@"\b(?:wer|welche[rnms]?)\b[^.?!]{0,80}\b" + StaffNoun + @"[^.?!]{0,80}\b(?:am langsamsten|am schnellsten|am meisten|am wenigsten|am häufigsten|die meisten|die wenigsten|am besten|am schlechtesten|am produktivsten|am faulsten|langsamer|schneller|fehler)")]
    private static partial Regex StaffRankingQuestion();

    [GeneratedRegex(NotFirstPerson + @"\b(?:entscheide|entscheid)\b")]
    private static partial Regex DecideImperative();

    [GeneratedRegex(@"\bentscheiden sie\b|\btreffen sie\b[^.?!]{0,30}\bentscheidung")]
    private static partial Regex DecideFormal();

    [GeneratedRegex(@"\bhilf[\wäöüß]{0,3}\s+(?:mir|uns)\b[^.?!]{0,40}\bentscheid|\b(?:was|wie)\b[^.?!]{0,20}\b(?:würdest|würden|würde|solltest|sollten|soll|sollen)\b[^.?!]{0,40}\bentscheid|\btriff\b[^.?!]{0,30}\b(?:entscheidung|vorauswahl)")]
    private static partial Regex DecideHelp();

    [GeneratedRegex(@"\b(?:empfiehl|empfehlen sie|schlag|schlage|schlagen sie)\b[^.?!]{0,60}\bentscheidung|\bentscheidungs(?:vorschlag|empfehlung)")]
    private static partial Regex DecideRecommend();

    [GeneratedRegex(@"\b(?:soll|sollte|sollen|solltest|sollten|kann|können|darf|dürfen|muss|müssen|würdest|würden|würde|wird|werden)\b(?:(?!\bdass\b)[^.?!]){0,100}\b" + Outcome + @"[^.?!]{0,40}\?")]
    private static partial Regex OutcomeQuestion();

    private const string WhetherTarget =
        @"[^.?!]{0,40}\bob\b[^.?!]{0,120}\b(?:" + Outcome + @"|anspruch[\wäöüß]{0,3}|voraussetzung[\wäöüß]{0,3}|berechtigt|anspruchsberechtigt|leistungsberechtigt|förderfähig|geeignet|begründet|unbegründet|glaubwürdig|zuverlässig|vertrauenswürdig|qualifiziert)";

    [GeneratedRegex(NotFirstPerson + @"\b(?:prüfe|prüf|sag|sage|beurteile|bewerte|schätze|kläre|klär|finde|überlege|analysiere|untersuche|ermittle|stell|stelle|check|checke|bestimme)\b" + WhetherTarget)]
    private static partial Regex OutcomeWhether();

    [GeneratedRegex(@"\b(?:prüfen sie|sagen sie|beurteilen sie|bewerten sie|klären sie|stellen sie)\b" + WhetherTarget)]
    private static partial Regex OutcomeWhetherFormal();

    [GeneratedRegex(@"\b(?:hat|haben|hätte|hätten|besteht|bestehen|steht|stehen)\b[^.?!]{0,60}\banspruch\b[^.?!]{0,80}\?|\b(?:ist|sind|wäre|wären)\b[^.?!]{0,60}\b(?:berechtigt|anspruchsberechtigt|leistungsberechtigt|förderfähig)\b[^.?!]{0,40}\?")]
    private static partial Regex EntitlementQuestion();

    [GeneratedRegex(NotFirstPerson + @"\b(?:bewillige|genehmige|gewähre|versage|verweigere|erteile)\b[^.?!]{0,60}\b" + ObjectNoun)]
    private static partial Regex GrantImperative();

    [GeneratedRegex(@"\b(?:bewilligen sie|genehmigen sie|gewähren sie|versagen sie|erteilen sie)\b[^.?!]{0,60}\b" + ObjectNoun + @"|\b(?:lehnen|weisen) sie\b[^.?!]{0,60}\b" + ObjectNoun + @"[^.?!]{0,40}\b(?:ab|zurück)\b")]
    private static partial Regex GrantFormal();

    [GeneratedRegex(NotFirstPerson + @"\b(?:lehne\b[^.?!]{0,60}\b" + ObjectNoun + @"[^.?!]{0,40}\bab|weise\b[^.?!]{0,60}\b" + ObjectNoun + @"[^.?!]{0,40}\bzurück|gib\b[^.?!]{0,60}\b" + ObjectNoun + @"[^.?!]{0,20}\bstatt|erkenne\b[^.?!]{0,60}\b" + ObjectNoun + @"[^.?!]{0,20}\ban)\b")]
    private static partial Regex RefuseImperative();

    [GeneratedRegex(NotFirstPerson + @"\bbegründe\b[^.?!]{0,80}\b(?:ablehnung|bewilligung|entscheidung|absage|zusage|zurückweisung|versagung|" + Outcome + ")")]
    private static partial Regex JustifyOutcome();

    [GeneratedRegex(NotFirstPerson + @"\b(?:bewerte|beurteile|benote|ranke|sortiere|priorisiere|vergleiche|bewerten sie|beurteilen sie|vergleichen sie)\s+(?:bitte\s+)?" + Article + @"(?:[\wäöüß-]+\s+){0,2}?" + PersonNoun)]
    private static partial Regex AssessApplicant();

    [GeneratedRegex(@"\b(?:wer|wen|wem|welche[rnms]?)\b[^.?!]{0,100}\b(?:am besten|am geeignetsten|geeignet[\wäöüß]{0,3}|qualifiziert[\wäöüß]{0,3}|einstellen|eingestellt|nehmen|einladen|eingeladen|auswählen|ausgewählt|bekommt|bekommen|erhält|erhalten|den zuschlag|vorziehen|bevorzugen|besser)\b")]
    private static partial Regex ApplicantChoice();

    [GeneratedRegex(@"\b(?:erstelle|erstell|gib|mach|mache|triff|vergib|vergebe|bilde)\b[^.?!]{0,60}\b(?:rangliste|rangfolge|reihenfolge|ranking|vorauswahl|shortlist|punktzahl|punkte|note|noten|score|eignungsprofil)\b")]
    private static partial Regex ApplicantRanking();

    [GeneratedRegex(NotFirstPerson + @"\b(?:ordne|sortiere|reihe|priorisiere)\b[^.?!]{0,60}\b" + PersonNoun + @"[^.?!]{0,40}\bnach\b")]
    private static partial Regex ApplicantOrder();

    [GeneratedRegex(@"\b(?:ist|sind|wäre|wären|war)\b[^.?!]{0,60}\b" + PersonNoun + @"[^.?!]{0,60}\b(?:geeignet|ungeeignet|qualifiziert|glaubwürdig|zuverlässig|vertrauenswürdig|kompetent|fähig|die richtige)\b")]
    private static partial Regex ApplicantSuitability();
}
