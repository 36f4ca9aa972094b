using System.Buffers;
using System.Collections.Frozen;
using KiOfficeAddin.Guardrails.Pii.Lexicons;
using KiOfficeAddin.Guardrails.Pii.Text;

namespace KiOfficeAddin.Guardrails.Pii.Names;

/// <summary>One mention of a person: the span (titles included) and the token indices of given name and surname.</summary>
internal readonly record struct PersonMention(int Start, int End, int FirstToken, int LastToken, int GivenToken, int SurnameToken);

/// <summary>
/// Finds people the way German letters and mails show them: after honorifics and salutations, in signatures after a
/// closing, after field labels and relation words, in quoted mail headers, as a known given name followed by a
/// surname, and as a name line above an address. Every later mention of a found surname or given name is covered too.
/// </summary>
internal sealed partial class NameRecognizer
{
    private readonly string text;
    private readonly WordTokens tokens;
    private readonly List<PersonMention> mentions;

    // The rules ask several word-class questions about most tokens; one look-up per token answers all of them.
    private readonly WordClass[] classes;

    // Where each token pass can start (ClassifyAndReadCues): most passes look for a colon, a bracket, an initial or a cue word that
    // most tokens, and many letters, do not have.
    private readonly TokenCueBits cues;

    public NameRecognizer(string text, WordTokens tokens)
    {
        this.text = text;
        this.tokens = tokens;
        mentions = tokens.MentionList();
        (classes, cues) = ClassifyAndReadCues();
    }

    /// <summary>The people found so far; valid while the tokens are (the list is kept with them for the next text).</summary>
    public IReadOnlyList<PersonMention> Mentions => mentions;

    // Words that can start a rule of FindByCues' first scan; a capitalised pair can too (role compounds and ranks). The
    // scan skips every other word, so a new rule in it needs its cue word here (and in NameWords.BuildClasses).
    private const WordClass ByCueTriggers = WordClass.Honorific | WordClass.Title | WordClass.Salutation | WordClass.Relation
        | WordClass.GivenName | WordClass.CareOfCue | WordClass.RankAbbreviationCue | WordClass.Possessive
        | WordClass.PersonPreposition | WordClass.NamePlate | WordClass.BeiCue;

    // Words that can start a rule of FindAfterPatterns' scan, besides a role compound before a colon; as above, a new
    // rule in that scan needs its cue word here.
    private const WordClass AfterPatternTriggers =
        WordClass.ClosingWord | WordClass.HeaderLabel | WordClass.FieldLabel | WordClass.SignatureOrIntroductionCue;

    public void FindByCues()
    {
        // Most words start no rule: the scan visits only a cue word or a capitalised word before another (ByCueStart).
        foreach (var k in TokensWith(TokenCue.ByCueStart))
        {
            var t = tokens[k];
            var word = Word(k);
            if ((classes[k] & ByCueTriggers) == 0)
            {
                // Only a capitalised pair brought the word here, and the role compound's is the one rule below that
                // needs no cue class ("c" and "bei" have theirs): the other tests would all fail.
                if (IsRoleCompoundBeforeName(k, t, word))
                {
                    AddAfterRoleCompound(k, word);
                }
                continue;
            }
            if (Is(k, WordClass.Honorific) && (t.Shape is WordShape.Capitalised or WordShape.Lower))
            {
                var next = k + 1;
                // "Sehr geehrter Herr Professor zur Nieden": the academic address stands where a title would.
                if (next + 1 < tokens.Count && Word(next) is "Professor" or "Professorin" or "Doktor" or "Doktorin"
                    && IsSpaceGap(Gap(next, next + 1), allowDot: false))
                {
                    next++;
                }
                // "Dear Ms Schubert", "Mr Ketelsen says": English writes the short forms without a full stop (the German
                // "Fr"/"Hr" without one are as often Friday or an hour).
                if (word.Length <= 3 && !FollowedByDot(k) && word is not ("Ms" or "Mr" or "Mrs" or "Mme")
                    && !(word is "ms" or "mr" or "mrs" && k > 0 && Word(k - 1) is "Dear" or "dear" or "Hello" or "hello" or "Hi" or "hi"))
                {
                    continue;
                }
                if (next < tokens.Count && Gap(next - 1, next) is var g && IsSpaceGap(g, allowDot: word.Length <= 3 || word is "Mevr"))
                {
                    var informal = t.Shape == WordShape.Lower;
                    if (TryAdd(next, requireEvidence: false, allowLower: informal, allowUpper: true, afterHonorific: true))
                    {
                        if (k > 0 && Is(k - 1, WordClass.Possessive))
                        {
                            // "ich, meine Frau Selam Weldu, Rahel, Noah und Mariam": the family goes on.
                            AddConjoined();
                        }
                    }
                    else if (informal && LowerCaseParticleSurnameEnd(next) is var particleEnd && particleEnd > next)
                    {
                        // "der vermieter herr van der linden": particles and the surname, all in lower case.
                        AddMention(next, particleEnd);
                    }
                    else if (informal && IsLowerCaseSurnameAfter(k, next))
                    {
                        // "der vermieter herr drewes": in a lower-case mail the word after "herr"/"frau" is the surname.
                        TryAdd(next, requireEvidence: false, allowLower: true, allowUpper: false, lowerNeedsLexicon: false, afterHonorific: true);
                    }
                }
                else if (next < tokens.Count && IsAddressBlockHonorificLine(k, next))
                {
                    // "Herrn und Frau\nAbdirahman Mohamed Ali und Faadumo Hassan Nuur": the names line of an address window.
                    if (TryAdd(next, requireEvidence: false, allowLower: false, allowUpper: true))
                    {
                        AddConjoined();
                    }
                }
            }
            else if (t.Shape == WordShape.Capitalised && Is(k, WordClass.Title) && FollowedByDot(k) && !PreviousIsHonorific(k))
            {
                TryAdd(k, requireEvidence: false, allowLower: false, allowUpper: true);
            }
            else if (word is "Dr" && k + 1 < tokens.Count && Gap(k, k + 1) is " " && tokens[k + 1].Shape == WordShape.Capitalised && !PreviousIsHonorific(k))
            {
                // "The doctor on duty, Dr Meinert, said …": English writes the title without its full stop.
                TryAdd(k + 1, requireEvidence: false, allowLower: false, allowUpper: false);
            }
            else if (Is(k, WordClass.Salutation) && k + 1 < tokens.Count && IsSpaceGap(Gap(k, k + 1), allowDot: false)
                     && IsLineStartOrAfterSentence(k, word))
            {
                if (!Is(k + 1, WordClass.Honorific))
                {
                    TryAdd(k + 1, requireEvidence: true, allowLower: t.Shape == WordShape.Lower, allowUpper: false);
                }
            }
            else if (Is(k, WordClass.Relation) && k + 1 < tokens.Count)
            {
                var g = Gap(k, k + 1);
                if (g is " (" && !IsPetName(k, word))
                {
                    AddBracketedRelativeName(k + 1);
                }
                else if (NameWords.IsPluralRelation(word) && IsSpaceGap(g, allowDot: false))
                {
                    // "mit den Zwillingen Awa und Oumar", "unsere Freunde Tomasz und Beate": known given names only, and
                    // at most the one joined by "und" ("mit meinen Freunden Fußball spielen").
                    AddPluralRelativesNames(k + 1);
                }
                else if ((g.Trim().IsEmpty || g.Trim() is "," or ":") && !IsPetName(k, word))
                {
                    // Informal mails write relatives in lower case: "unser sohn yusuf" (a known given name only).
                    if (!g.Contains('\n') && (TryAdd(k + 1, requireEvidence: true, allowLower: t.Shape == WordShape.Lower, allowUpper: false)
                                              || TryAddUnknownRelativeName(k)
                                              || (NameAfterEnglishIs(k) is var afterIs && afterIs > 0
                                                  && TryAdd(afterIs, requireEvidence: false, allowLower: false, allowUpper: false, singleNeedsEvidence: true))
                                              || TryAddNameAfterOf(k)))
                    {
                        AddConjoined();
                    }
                }
            }
            else if (t.Shape == WordShape.Capitalised && Is(k, WordClass.GivenName) && k + 1 < tokens.Count
                     && !PrecededBySaint(k) && !AfterPlacePreposition(k) && IsSpaceGap(Gap(k, k + 1), allowDot: false)
                     && !(word is "Chí" && k > 0 && Word(k - 1) is "Hồ" or "Ho")) // the city, Hồ Chí Minh
            {
                var nextShape = tokens[k + 1].Shape;
                if ((nextShape == WordShape.Capitalised && !NameWords.IsTradeWord(Word(k + 1)))
                    || (nextShape == WordShape.Lower && NameWords.Particles.Contains(Word(k + 1))))
                {
                    TryAdd(k, requireEvidence: true, allowLower: false, allowUpper: false, minimumTokens: 2);
                }
                else if (NameWords.IsTradeWord(Word(k + 1)) && Is(k, WordClass.Surname))
                {
                    // "Kaya Haustechnik": a sole trader's firm; the surname is the person, the trade is not.
                    AddMention(k, k);
                }
                else if (k + 3 < tokens.Count && ((Word(k + 1) is "und" && IsSpaceGap(Gap(k + 1, k + 2), allowDot: false))
                             || (Word(k + 1) is "u" && Gap(k + 1, k + 2) is ". "))
                         && tokens[k + 2].Shape == WordShape.Capitalised
                         && Is(k + 2, WordClass.GivenName) && tokens[k + 3].Shape == WordShape.Capitalised && !Is(k + 3, WordClass.NotName)
                         && IsSpaceGap(Gap(k + 2, k + 3), allowDot: false))
                {
                    // "Ralf und Petra Sauerland", "Karim u. Amira Jlassi": the first given name shares the surname that follows.
                    AddMention(k, k);
                }
            }
            else if (word is "c" or "C" && k + 2 < tokens.Count && tokens[k].End + 2 == tokens[k + 1].End && text[tokens[k].End] == '/'
                     && Word(k + 1) is "o" or "O" && !TextBetween(tokens[k + 1].End, tokens[k + 2].Start).Contains('\n'))
            {
                // "c/o Ifeoma Eze-Brandhoff", "c/o brandes": care of a person, whose name any word may be.
                TryAdd(k + 2, requireEvidence: false, allowLower: true, allowUpper: true, lowerNeedsLexicon: false);
            }
            else if (IsRoleCompoundBeforeName(k, t, word))
            {
                AddAfterRoleCompound(k, word);
            }
            else if (Is(k, WordClass.RankAbbreviationCue) && NameWords.RankAbbreviations.Contains(word) && k + 1 < tokens.Count && tokens[k + 1].Shape == WordShape.Capitalised
                     && IsSpaceGap(Gap(k, k + 1), allowDot: word is "Koll" or "Kolln"))
            {
                // "Zeuge PHK Brandt", "StRin Okonkwo": a rank before a surname, like an honorific.
                TryAdd(k + 1, requireEvidence: false, allowLower: false, allowUpper: false);
            }
            else if (Is(k, WordClass.Possessive | WordClass.PersonPreposition) && LoneGivenNameFollows(k))
            {
                // "unseren Mischa", "die Vaterschaft für Milan": a known given name alone after a possessive or preposition.
                if (TryAdd(k + 1, requireEvidence: true, allowLower: false, allowUpper: false))
                {
                    AddConjoined();
                }
            }
            else if (Is(k, WordClass.Possessive) && t.Shape == WordShape.Lower && k + 1 < tokens.Count && tokens[k + 1].Shape == WordShape.Lower
                     && Is(k + 1, WordClass.GivenName) && !Is(k + 1, WordClass.NotName | WordClass.Relation) && IsSpaceGap(Gap(k, k + 1), allowDot: false))
            {
                // Informal mails: "unsere zeynep", "mein jonas".
                AddMention(k + 1, k + 1);
            }
            else if (Is(k, WordClass.NamePlate) && k + 1 < tokens.Count && Gap(k, k + 1).Trim() is "" or ":" or "„" or "\"" or ": „"
                     && !Gap(k, k + 1).Contains('\n'))
            {
                // "laut Klingelschild Petrović": the word on a name plate is a name, known or not.
                TryAdd(k + 1, requireEvidence: false, allowLower: false, allowUpper: true);
            }
            else if (word is "bei" or "Bei" && k + 1 < tokens.Count && IsSpaceGap(Gap(k, k + 1), allowDot: false))
            {
                FindAfterBei(k);
            }
        }
        FindAfterPatterns();
    }

    /// <summary>
    /// "Kontoinhaber Gottlob Häberle", "Stadtbrandmeister Lehmann", "Bestattungshaus Claußen": a role compound, rank or
    /// owner's firm right before another capitalised word.
    /// </summary>
    private bool IsRoleCompoundBeforeName(int k, WordToken t, ReadOnlySpan<char> word) =>
        t.Shape == WordShape.Capitalised && k + 1 < tokens.Count && tokens[k + 1].Shape == WordShape.Capitalised
        && IsSpaceGap(Gap(k, k + 1), allowDot: false)
        && (NameWords.IsRoleCompoundLabel(word) || NameWords.IsRankWord(word)
            || (NameWords.IsOwnerFirmWord(word) && !PiiLexicons.Cities.Contains(Word(k + 1)) && !CompanyFormFollows(k + 1)));

    /// <summary>
    /// The name after a role compound or rank, when the lexicons know it; after an owner's firm any name
    /// (<see cref="IsRoleCompoundBeforeName"/>).
    /// </summary>
    private void AddAfterRoleCompound(int k, ReadOnlySpan<char> word) =>
        TryAdd(k + 1, requireEvidence: !NameWords.IsOwnerFirmWord(word), allowLower: false, allowUpper: false);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WordsAfterLowerCaseHonorific = new[]
    {
        "ist", "hat", "war", "wird", "kann", "muss", "soll", "will", "sagt", "sagte", "meint", "kommt", "kam", "geht", "ging",
        "sind", "hatte", "wollte", "möchte", "bekommt", "braucht", "wohnt", "arbeitet", "noch", "schon", "nicht", "doch",
        "dann", "aber", "hier", "dort", "selbst", "bitte", "nochmal", "gestern", "heute", "morgen", "leider",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private bool IsLowerCaseSurnameAfter(int honorific, int next) =>
        tokens[next].Shape == WordShape.Lower && tokens[next].Length >= 3 && !Is(next, WordClass.NotName | WordClass.Relation)
        && !WordsAfterLowerCaseHonorific.Contains(Word(next))
        && (honorific == 0 || !IsDeterminer(honorific - 1));

    /// <summary>
    /// "meine Mutter (Zhou Lihua)", "Sohn (Amir)": the relative's name alone in brackets — two or three name words, or
    /// one known given name; "Betreuer (Aufgabenkreise …)" and "Mutter (Feld M, …)" are not.
    /// </summary>
    private void AddBracketedRelativeName(int first)
    {
        var last = first;
        while (last < tokens.Count && last - first < 3 && tokens[last].Shape == WordShape.Capitalised && IsPlainNameWord(last)
               && !NameWords.HasNounEnding(Word(last)) && (last == first || Gap(last - 1, last) is " "))
        {
            last++;
        }
        last--;
        if (last < first || tokens[last].End >= text.Length || text[tokens[last].End] != ')')
        {
            return;
        }
        if (last > first || (Is(first, WordClass.GivenName) && !PiiLexicons.Cities.Contains(Word(first))))
        {
            AddMention(first, last);
        }
    }

    /// <summary>"van der linden", "von hagen": one or two lower-case particles, then a lower-case word; its token, or -1.</summary>
    private int LowerCaseParticleSurnameEnd(int first)
    {
        // An article does not open a name ("familie der minderheit").
        if (Word(first) is "der" or "die" or "das" or "den" or "dem" or "des")
        {
            return -1;
        }
        var k = first;
        while (k < tokens.Count && k - first < 2 && tokens[k].Shape == WordShape.Lower && NameWords.Particles.Contains(Word(k))
               && k + 1 < tokens.Count && Gap(k, k + 1) is " ")
        {
            k++;
        }
        return k > first && k < tokens.Count && tokens[k].Shape == WordShape.Lower && tokens[k].Length >= 3
            && !Is(k, WordClass.NotName | WordClass.Relation) && !NameWords.Particles.Contains(Word(k)) ? k : -1;
    }

    /// <summary>A line of honorifics alone ("Herrn und Frau", "Frau") above the names line of an address window.</summary>
    private bool IsAddressBlockHonorificLine(int honorific, int next)
    {
        var lineStart = LineStart(tokens[honorific].Start);
        var gap = Gap(next - 1, next);
        if (!text.AsSpan(lineStart, tokens[honorific].Start - lineStart).IsWhiteSpace() || gap.Count('\n') != 1 || !gap.IsWhiteSpace()
            || tokens[next].Shape is not (WordShape.Capitalised or WordShape.Upper))
        {
            return false;
        }
        for (var i = honorific; i < next; i++)
        {
            if (!Is(i, WordClass.Honorific) && Word(i) is not "und")
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A capitalised known given name after <paramref name="k"/> that no surname follows (that case has its own rule).</summary>
    private bool LoneGivenNameFollows(int k)
    {
        var n = k + 1;
        return n < tokens.Count && tokens[n].Shape == WordShape.Capitalised && Is(n, WordClass.GivenName)
            && !Is(n, WordClass.NotName) && IsSpaceGap(Gap(k, n), allowDot: false)
            && (n + 1 >= tokens.Count || tokens[n + 1].Shape != WordShape.Capitalised || !IsSpaceGap(Gap(n, n + 1), allowDot: false));
    }

    /// <summary>
    /// "für meinem Mann Bassel al-Hamwi", "von unsere Sohn Taim", "einen Sohn, Yama,", "der Standesbeamtin Ricarda
    /// Holtgreve": after a determiner and a relation word, a capitalised word is the relative's name even when the
    /// lexicons do not know it, unless it reads as the object of the sentence ("meinem Mann Bescheid geben").
    /// </summary>
    private bool TryAddUnknownRelativeName(int relation)
    {
        var n = relation + 1;
        // A lower-case relation word counts too ("der nachbar Schwalb"): in a lower-case mail a capitalised word after it
        // stands out as a name.
        if (relation == 0 || (tokens[relation].Shape is not (WordShape.Capitalised or WordShape.Lower) && !IsEnglishRelative(relation))
            || (tokens[relation].Shape == WordShape.Lower && !IsEnglishRelative(relation) && Word(relation) is var lower
                && (lower.EndsWith('e') || lower.EndsWith("er", StringComparison.Ordinal)))
            || n >= tokens.Count
            || tokens[n].Shape != WordShape.Capitalised || !(IsDeterminer(relation - 1) || IsNamingWord(relation) || IsColleagueAfterLaut(relation))
            || !IsSpaceGap(Gap(relation - 1, relation), allowDot: false))
        {
            return false;
        }
        var w = Word(n);
        if (w.Length > 14 || Is(n, WordClass.NotName | WordClass.Relation | WordClass.Title | WordClass.Honorific) || NameWords.RelationObjects.Contains(w)
            || NameWords.HasNounEnding(w) || NameWords.IsRoleWord(w) || IsStreetWord(w) || PiiLexicons.Cities.Contains(w)
            || (tokens[n].End < text.Length && text[tokens[n].End] is '-' && !NextIsCapitalisedAfterHyphen(n)))
        {
            return false;
        }
        return TryAdd(n, requireEvidence: false, allowLower: false, allowUpper: false);
    }

    /// <summary>"geboren in Brașov", "aus Hải Phòng", "nach Kraljevo": a place, not a person, without a cue of its own.</summary>
    private bool AfterPlacePreposition(int k) =>
        k > 0 && Word(k - 1) is "in" or "aus" or "nach" && IsSpaceGap(Gap(k - 1, k), allowDot: false);

    private bool NextIsCapitalisedAfterHyphen(int k) =>
        k + 1 < tokens.Count && tokens[k + 1].Start == tokens[k].End + 1 && tokens[k + 1].Shape == WordShape.Capitalised;

    /// <summary>
    /// "er heißt Ostheimer", "ein Mitarbeiter namens Kolb", "Geburtsname Nassar", "née El Ouafi": a verb or adverb of
    /// naming, or a birth name's word, is a cue of its own; no determiner stands before it.
    /// </summary>
    private bool IsNamingWord(int k) => Word(k) is "heißt" or "heisst" or "heiße" or "heisse" or "namens" or "genannt"
        or "Geburtsname" or "Geburtsnamen" or "Mädchenname" or "née" or "geborene";

    /// <summary>"laut Kollegin Hackenbroich": a colleague cited as the source of what the note says.</summary>
    private bool IsColleagueAfterLaut(int k) =>
        Word(k - 1) is "laut" or "lt" && Word(k) is "Kollegin" or "Kollege" or "Kollegen" or "Sachbearbeiterin" or "Sachbearbeiter";

    private bool IsEnglishRelative(int k) => Word(k) is "wife" or "husband" or "son" or "daughter" or "brother" or "sister" or "mother"
        or "father" or "uncle" or "aunt" or "grandmother" or "grandfather" or "fiancé" or "fiancée";

    /// <summary>
    /// "my husband is Arnel Agbayani": the token after an English relative's "is", if two capitalised words follow
    /// (not "is German", "is ill"); else -1.
    /// </summary>
    private int NameAfterEnglishIs(int relation)
    {
        var n = relation + 2;
        return IsEnglishRelative(relation) && n < tokens.Count && Word(relation + 1) is "is" && Gap(relation, relation + 1) is " "
            && Gap(relation + 1, n) is " " && tokens[n].Shape == WordShape.Capitalised
            && n + 1 < tokens.Count && tokens[n + 1].Shape == WordShape.Capitalised && Gap(n, n + 1) is " "
            ? n
            : -1;
    }

    /// <summary>An article or possessive ("der", "meinem", "unsere", "einen", "Ihr", "my") before a relation word.</summary>
    private bool IsDeterminer(int k) =>
        Is(k, WordClass.Possessive) || Word(k) is "der" or "die" or "das" or "dem" or "den" or "des" or "einen" or "eine" or "einem"
            or "einer" or "ein" or "Ihr" or "Ihre" or "Ihrem" or "Ihren" or "Ihrer" or "ihr" or "ihre" or "ihrem" or "ihren" or "ihrer"
            or "Der" or "Die" or "Dem" or "my" or "My" or "our" or "Our" or "his" or "her"; // "Mein", "Unsere" …: possessives in any case

    /// <summary>
    /// The start of the line holding <paramref name="position"/>, looking back at most 200 characters (a longer line
    /// starts "before the window": callers then see text, not a line start, so hostile one-line input stays linear).
    /// </summary>
    private int LineStart(int position)
    {
        var from = Math.Max(0, position - 1);
        var count = Math.Min(200, from + 1);
        var newline = position == 0 ? -1 : text.LastIndexOf('\n', from, count);
        return newline >= 0 ? newline + 1 : position - count >= 1 ? position - count : 0;
    }

    /// <summary>
    /// <see cref="LineStart"/> for positions asked in increasing order, as a scan over the tokens asks: the last newline
    /// is carried along instead of searched for again, so the scan reads each character once, not up to 200 times. The
    /// next newline is found ahead, once per line: a search per asked position cost more than the rest of a token scan.
    /// </summary>
    private struct LineStartsInOrder(string text)
    {
        private int lastNewline = -1;
        private int nextNewline = text.IndexOf('\n');

        public int Before(int position)
        {
            // The last newline before every position asked so far.
            while (nextNewline >= 0 && nextNewline < position)
            {
                lastNewline = nextNewline;
                nextNewline = text.IndexOf('\n', nextNewline + 1);
            }
            // The same window as LineStart: a newline at most 200 characters back, else the start of that window.
            var count = Math.Min(200, Math.Max(0, position - 1) + 1);
            return position > 0 && lastNewline >= position - count ? lastNewline + 1 : position - count >= 1 ? position - count : 0;
        }
    }

    /// <summary>"heißt Luna" next to a dog or cat names a pet, not a person.</summary>
    private bool IsPetName(int k, ReadOnlySpan<char> word)
    {
        if (!word.StartsWith("hei", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        // "einen hund aus dem tierheim (mischling, 4 jahre, heißt frieda)": the animal may stand a few words back.
        for (var b = k - 1; b >= 0 && b >= k - 12; b--)
        {
            if (NameWords.IsAnimal(Word(b)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "klingeln bei wang" (a door bell: any word), "nele hartmann, bei Okafor, Eppendorfer Weg 212, 20259 Hamburg"
    /// (care of: a capitalised word before the rest of an address line).
    /// </summary>
    private void FindAfterBei(int k)
    {
        var n = k + 1;
        if (k > 0 && Word(k - 1).StartsWith("kling", StringComparison.OrdinalIgnoreCase))
        {
            TryAdd(n, requireEvidence: false, allowLower: true, allowUpper: true, lowerNeedsLexicon: false);
            return;
        }
        if (tokens[n].Shape != WordShape.Capitalised || tokens[n].End >= text.Length || text[tokens[n].End] != ','
            || Is(n, WordClass.NotName) || !IsPlainNameWord(n))
        {
            return;
        }
        var lineEnd = text.IndexOf('\n', tokens[n].End, Math.Min(80, text.Length - tokens[n].End));
        var rest = TextBetween(tokens[n].End, lineEnd < 0 ? Math.Min(text.Length, tokens[n].End + 80) : Math.Min(lineEnd, tokens[n].End + 80));
        if (HasPostcode(rest))
        {
            AddMention(n, n);
        }
    }

    private static bool HasPostcode(ReadOnlySpan<char> s)
    {
        var run = 0;
        for (var i = 0; i < s.Length; i++)
        {
            run = char.IsAsciiDigit(s[i]) ? run + 1 : 0;
            if (run == 5 && (i + 1 == s.Length || !char.IsAsciiDigit(s[i + 1])) && i >= 5 && s[i - 5] == ' ')
            {
                return true;
            }
        }
        return false;
    }

    private void FindAfterPatterns()
    {
        foreach (var k in TokensWith(TokenCue.AfterPatternStart))
        {
            // The label's colon, asked by three of the rules below: looked for once.
            var labelColon = LabelColon(k);
            if ((classes[k] & AfterPatternTriggers) == 0 && labelColon <= 0)
            {
                continue;
            }
            var word = Word(k);
            if (Is(k, WordClass.ClosingWord) && IsClosing(k, word))
            {
                var after = tokens[k].End;
                while (after < text.Length && text[after] is ' ' or '\t')
                {
                    after++;
                }
                if (after < text.Length && text[after] is ',' or '!' or '.')
                {
                    after++;
                }
                ReadSignature(after);
            }
            else if (Is(k, WordClass.HeaderLabel) && labelColon > 0)
            {
                ReadHeaderName(labelColon);
            }
            // The colon first: it rules out almost every word before the suffix test of role compounds runs.
            else if (labelColon > 0 && (Is(k, WordClass.FieldLabel) || NameWords.IsRoleCompoundLabel(word)))
            {
                var next = TokenAtOrAfter(labelColon);
                if (next >= 0 && !TextBetween(labelColon, tokens[next].Start).Contains('\n'))
                {
                    // A name field ("Geburtsname: Appel", "Nazwisko: NOWICKA") holds a name even when the lexicons do not
                    // know it; a role's field ("Kind:", "Kontakt:") may hold other words, so one word there needs evidence.
                    if (TryAdd(next, requireEvidence: false, allowLower: false, allowUpper: true, singleNeedsEvidence: !NameWords.IsNameFieldLabel(word)))
                    {
                        TryAddInvertedGivenName();
                        AddConjoined();
                    }
                }
            }
            else if (word is "gez" && FollowedByDot(k) && k + 1 < tokens.Count)
            {
                // "gez. Wollersheim": what follows "signed" is the signer's name, known to the lexicons or not (but
                // "gez. Protokollführer" names a role).
                var role = Is(k + 1, WordClass.FieldLabel | WordClass.NotName) || NameWords.IsRoleWord(Word(k + 1)) || NameWords.IsRankWord(Word(k + 1));
                var nameAfterRole = k + 2 < tokens.Count && tokens[k + 2].Shape == WordShape.Capitalised && IsSpaceGap(Gap(k + 1, k + 2), allowDot: false);
                if (!role)
                {
                    TryAdd(k + 1, requireEvidence: false, allowLower: false, allowUpper: true, singleNeedsEvidence: false);
                }
                else if (nameAfterRole)
                {
                    // "gez. Bürgermeister Brandt", "gez. Schriftführerin Kowalczyk": the name starts after the role, which
                    // is no part of it (a label such as "Schriftführerin" is not read over as a rank is).
                    TryAdd(k + 2, requireEvidence: false, allowLower: false, allowUpper: true, singleNeedsEvidence: false);
                }
            }
            else if (word is "schrieb" or "wrote")
            {
                ReadHeaderName(tokens[k].End);
            }
            else if (IsIntroduction(k, word) && k + 1 < tokens.Count)
            {
                var after = tokens[k].End;
                if (!TextBetween(after, tokens[k + 1].Start).Contains('\n'))
                {
                    TryAdd(k + 1, requireEvidence: true, allowLower: true, allowUpper: false);
                }
            }
        }
        FindNamesBeforeMailAddresses();
        FindLineStartNames();
        FindNamesBeforeBirthCues();
        FindLowerCaseFullNames();
        FindSurnamesByEnding();
        FindFirmSurnames();
        FindLoneGivenNames();
        FindSignatureBlockName();
        FindGivenNamesBeforeKnownSurnames();
        FindConjoinedGivenNames();
        FindColleaguesAddressedOrSigning();
        FindNameColumnCells();
        FindNoteSignOffs();
        FindCapitalSurnamesFirst();
        FindVietnameseNames();
        FindVietnameseNamesByFamilyName();
        FindOwnersAfterTrades();
        FindChildrenWithAges();
        FindInitialledNamesWithRoles();
        FindMerchantNames();
        FindQuotedCallNames();
        FindGivenNamesBeforeVerbs();
        FindGivenNamesInSubjectLines();
        FindSurnameFirstListItems();
        FindInitialledNamesAfterLabels();
        FindInitialledSurnames();
        FindSignaturesAfterClosingLines();
        FindGivenNamesAfterIdentifierNames();
        FindNicknamesBeforeFullNames();
        FindSurnamesFirstAfterArticles();
        FindGivenNamesInLowerCaseMails();
        ExtendLowerCaseGivenNames();
        ExtendSurnameFirstFields();
        FindNamesInOtherScripts();
        FindNamesBelowCardLabels();
        ExtendOverLeadingInitials();
    }

    /// <summary>
    /// "Name / Surname / Nom⏎ARSLAN", "Vornamen / Given names / Prénoms⏎ROJDA": an identity card or passport copied or
    /// scanned as text puts each field's value on the line below its label, which names the field in two or three
    /// languages. The line below a name field's label (one to three words of letters) is the holder's name.
    /// </summary>
    private void FindNamesBelowCardLabels()
    {
        foreach (var label in CardNameLabels)
        {
            for (var at = text.IndexOf(label, StringComparison.Ordinal); at >= 0; at = text.IndexOf(label, at + label.Length, StringComparison.Ordinal))
            {
                // The label ends its line (a remark such as "(1)" may follow), and the line names the field in more than
                // one language.
                // (The search for the line's end is bounded: a long line of labels stays linear.)
                var labelLineEnd = text.IndexOf('\n', at, Math.Min(label.Length + 13, text.Length - at));
                var lineStart = LineStart(at);
                if (labelLineEnd < 0 || labelLineEnd - lineStart > 80
                    || !text.AsSpan(lineStart, labelLineEnd - lineStart).Contains(" / ", StringComparison.Ordinal))
                {
                    continue;
                }
                AddNameLineBelow(labelLineEnd + 1);
            }
        }
    }

    // The English and French words of a name field's label on an identity card or a passport.
    private static readonly string[] CardNameLabels = ["Surname", "Given name", "Prénom"];

    /// <summary>The line at <paramref name="lineStart"/>, when it is one to three words of letters and nothing else: a name.</summary>
    private void AddNameLineBelow(int lineStart)
    {
        var first = TokenAtOrAfter(lineStart);
        if (first < 0 || TextBetween(lineStart, tokens[first].Start).Contains('\n') || !TextBetween(lineStart, tokens[first].Start).IsWhiteSpace())
        {
            return;
        }
        var covered = CoveredTokens();
        {
            var last = first;
            while (last + 1 < tokens.Count && last - first < 2 && Gap(last, last + 1) is " " or "-")
            {
                last++;
            }
            var lineEnd = tokens[last].End;
            while (lineEnd < text.Length && text[lineEnd] is ' ' or '\r')
            {
                lineEnd++;
            }
            if (lineEnd < text.Length && text[lineEnd] != '\n')
            {
                return;
            }
            var names = true;
            for (var i = first; i <= last && names; i++)
            {
                names = tokens[i].Shape is WordShape.Upper or WordShape.Capitalised && tokens[i].Length >= 2 && !covered[i] && IsPlainNameWord(i)
                    && !PiiLexicons.Cities.Contains(Word(i));
            }
            if (names)
            {
                AddMention(first, last);
            }
        }
    }

    /// <summary>
    /// "Zając, Julia⇥geb. …", "Loibl, K.", "Cc: von Bülow, Friederike; …", "Ehegattin: Nkosi-Pillay, Anusha": a found
    /// surname followed by a comma and a known given name (or an initial) that ends a field — a line, a cell, a list entry
    /// — is one name written surname first; and a found given name after "Surname, " at a field's start likewise.
    /// </summary>
    private void ExtendSurnameFirstFields()
    {
        var found = mentions.Count;
        bool[]? covered = null;
        for (var i = 0; i < found; i++)
        {
            var m = mentions[i];
            var next = m.LastToken + 1;
            if (m.FirstToken == m.LastToken && next < tokens.Count && Gap(m.LastToken, next) is ", "
                && tokens[next].Shape == WordShape.Capitalised && (Is(next, WordClass.GivenName) || (IsInitial(next) && FollowedByDot(next)))
                && !Is(next, WordClass.NotName) && EndsField(tokens[next].End + (IsInitial(next) ? 1 : 0)))
            {
                covered ??= CoveredTokens();
                if (!covered[next])
                {
                    mentions[i] = new PersonMention(m.Start, tokens[next].End + (IsInitial(next) ? 1 : 0), m.FirstToken, next, next, m.LastToken);
                }
            }
            var before = m.FirstToken - 1;
            // "Person 2: Trần, Thị Lan, geb. 02.11.1985": given names (a Vietnamese middle name first) before a birth date.
            var givenNames = (m.FirstToken == m.LastToken && Is(m.FirstToken, WordClass.GivenName) && EndsField(m.End))
                || (m.LastToken - m.FirstToken <= 2 && (Is(m.FirstToken, WordClass.GivenName) || Word(m.FirstToken) is "Văn" or "Thị")
                    && (EndsField(m.End) || BirthCueAt(m.End)));
            if (givenNames && before >= 0 && Gap(before, m.FirstToken) is ", "
                && tokens[before].Shape is WordShape.Capitalised or WordShape.Upper && tokens[before].Length >= 3 && !Is(before, WordClass.NotName)
                && StartsField(before))
            {
                covered ??= CoveredTokens();
                if (!covered[before])
                {
                    // The given name that tells people apart: not the Vietnamese middle name ("Trần, Văn Minh" is Minh).
                    var given = Word(m.FirstToken) is "Văn" or "Thị" && m.LastToken > m.FirstToken ? m.FirstToken + 1 : m.FirstToken;
                    mentions[i] = new PersonMention(tokens[before].Start, m.End, before, m.LastToken, given, before);
                }
            }
        }
    }

    /// <summary>", geb. …", ", * …", " (geb. …": a birth date follows the name at <paramref name="end"/>.</summary>
    private bool BirthCueAt(int end)
    {
        var after = text.AsSpan(end, Math.Min(8, text.Length - end));
        return after.StartsWith(", geb", StringComparison.Ordinal) || after.StartsWith(", *", StringComparison.Ordinal)
            || after.StartsWith(" (geb", StringComparison.Ordinal) || after.StartsWith(" (*", StringComparison.Ordinal);
    }

    /// <summary>The field ends at <paramref name="end"/>: a line break, a tab, a semicolon, a mail address, a bracket or a dash.</summary>
    private bool EndsField(int end)
    {
        if (end >= text.Length)
        {
            return true;
        }
        var c = text[end];
        return c is '\n' or '\r' or '\t' or ';' || (c == ' ' && end + 1 < text.Length && text[end + 1] is '<' or '(' or '–' or ' ' or '\t');
    }

    /// <summary>The token opens a field: a line (after a list mark or a label's colon), a cell, or a semicolon's entry.</summary>
    private bool StartsField(int k)
    {
        var i = CharBeforeOnLine(k);
        return i < 0 || text[i] is '\n' or '\t' or ';' or ':' or '–' or '-' or '•' or '>';
    }

    /// <summary>
    /// "Min-jun Kim (김민준)", "Haruto Takahashi (高橋 陽翔)", "Aiko Yamamoto⏎山本 愛子": a found name followed by the
    /// same name in its own script, in brackets or alone on the next line (letters of scripts beyond Latin only, at most
    /// one space between two words).
    /// </summary>
    private void FindNamesInOtherScripts()
    {
        var found = mentions.Count;
        for (var i = 0; i < found; i++)
        {
            var end = mentions[i].End;
            var start = end;
            if (start + 2 < text.Length && text[start] == ' ' && text[start + 1] == '(')
            {
                start += 2;
            }
            else if (start + 1 < text.Length && text[start] == '\n')
            {
                start += 1;
            }
            else
            {
                continue;
            }
            var stop = start;
            var spaces = 0;
            while (stop < text.Length && stop - start < 24 && (IsOtherScriptLetter(text[stop]) || (text[stop] == ' ' && stop > start && spaces++ == 0)))
            {
                stop++;
            }
            var closes = text[start - 1] == '(' ? stop < text.Length && text[stop] == ')' : stop == text.Length || text[stop] is '\n' or '\r';
            if (stop - start < 2 || !closes || text[stop - 1] == ' ')
            {
                continue;
            }
            var first = TokenAtOrAfter(start);
            if (first < 0 || tokens[first].Start != start)
            {
                continue;
            }
            var last = first;
            while (last + 1 < tokens.Count && tokens[last + 1].End <= stop)
            {
                last++;
            }
            if (tokens[last].End == stop)
            {
                AddMention(first, last);
            }
        }
    }

    // Greek, Cyrillic, Arabic, Hebrew, the Indic scripts, Chinese, Japanese and Korean: every letter from U+0370 on.
    private static bool IsOtherScriptLetter(char c) => c >= 0x0370 && char.IsLetter(c);

    /// <summary>
    /// "K.-D. Imhof", "J.W. Hoogeveen": a rule that took the name from its last initial on leaves the first initial of a
    /// double given name readable. An initial joined to the mention's first initial by ".", ". " or ".-" is the same name's.
    /// </summary>
    private void ExtendOverLeadingInitials()
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            var first = m.FirstToken;
            while (first > 0 && m.FirstToken - first < 2 && IsInitial(first) && FollowedByDot(first) && IsInitial(first - 1)
                   && Gap(first - 1, first) is "." or ". " or ".-" && !IsSigningForLead(first - 1))
            {
                first--;
            }
            if (first != m.FirstToken)
            {
                mentions[i] = m with { Start = tokens[first].Start, FirstToken = first };
            }
        }
    }

    /// <summary>The "A." of "i. A." (im Auftrag) or the "V." of "i. V." (in Vertretung): no initial of the name after it.</summary>
    private bool IsSigningForLead(int k) =>
        k > 0 && Word(k) is "A" or "V" && Word(k - 1) is "i" && Gap(k - 1, k) is ". " or ".";

    /// <summary>"Bestattungen Ilmenau GmbH": a company form after the name makes it a company's, not a person's.</summary>
    private bool CompanyFormFollows(int k) =>
        k + 1 < tokens.Count && Word(k + 1) is "GmbH" or "AG" or "KG" or "UG" or "OHG" or "mbH" or "GbR" or "PartG" or "PartGmbB" or "SE";

    private bool IsLowerCaseKnownGivenName(int k) =>
        tokens[k].Length >= 3 && Is(k, WordClass.GivenName) && !Is(k, WordClass.NotName | WordClass.Relation | WordClass.Surname)
        && !NameWords.GivenNamesAlsoNouns.Contains(Word(k));

    /// <summary>
    /// "Nr. | Name, Vorname | Anschrift | Unterschrift", "Verstorbene/r | Nutzungsberechtigte/r", "Name, Vorname | geb.":
    /// in a table written with bars (signature, attendance, collection lists), every cell of a name column is a person,
    /// known to the lexicons or not (<see cref="BarTable"/>).
    /// </summary>
    /// <summary>The cells of the text's tables, as the name rules read them (later stages read them here, not again).</summary>
    public List<BarTable.Cell>? TableCells { get; private set; }

    private void FindNameColumnCells()
    {
        var cells = TableCells = BarTable.Read(text);
        if (cells.Count == 0)
        {
            return;
        }
        // Columns whose header names people come first (the order of mentions decides which spelling keys a person).
        foreach (var cell in cells)
        {
            if (NameWords.IsNameColumnHeader(cell.Header(text)))
            {
                // "Pětr Kral / Mila Delenkowa" under "Brautpaar": two people, two mentions.
                var pair = text.IndexOf(" / ", cell.Start, cell.End - cell.Start, StringComparison.Ordinal);
                if (pair > cell.Start)
                {
                    AddNameCell(cell.Start, pair);
                    AddNameCell(pair + 3, cell.End);
                }
                else
                {
                    AddNameCell(cell.Start, cell.End);
                }
            }
        }
        // A column whose header says nothing the lexicons know ("Schuldner/in", "Einzahler/in") is a name column when its
        // cells read "Surname, Given name" and a given name in them is a known one. One pass counts per column.
        var evidence = new Dictionary<(int Table, int Column), (int SurnameFirst, bool Known)>();
        foreach (var cell in cells)
        {
            if (IsSurnameFirstCell(cell.Start, cell.End, out var knownGiven))
            {
                var (count, known) = evidence.GetValueOrDefault((cell.Table, cell.Column));
                evidence[(cell.Table, cell.Column)] = (count + 1, known || knownGiven);
            }
        }
        HashSet<int>? headersRead = null;
        foreach (var cell in cells)
        {
            if (evidence.TryGetValue((cell.Table, cell.Column), out var e) && e.SurnameFirst >= 2 && e.Known)
            {
                AddNameCell(cell.Start, cell.End);
                // A table without a header row: its first line, which the reader took for the header, holds a person of
                // the same column too ("Vielhaber, Renate⇥CDU⇥9⇥624,30" above "Tiemann, Ludger⇥CDU⇥7⇥574,90").
                if ((headersRead ??= []).Add(cell.HeaderStart) && IsSurnameFirstCell(cell.HeaderStart, cell.HeaderEnd, out var headerGiven) && headerGiven)
                {
                    AddNameCell(cell.HeaderStart, cell.HeaderEnd);
                }
            }
        }
        FindSplitNameColumns(cells);
        FindSurnameFirstNameColumns(cells);
    }

    /// <summary>
    /// "2025-07-21;MES-G 72;Özdemir Mehmet;Am Hüttengraben 32c;…": an export that writes each person surname first without
    /// a comma, often without a header row. A column whose cells are two or three capitalised name words, most of them
    /// ending with a known given name that the first word is not, holds people; its first line's cell too where the
    /// table has no header (the reader took that line for the header).
    /// </summary>
    private void FindSurnameFirstNameColumns(List<BarTable.Cell> cells)
    {
        var columns = new Dictionary<(int Table, int Column), (int Cells, int NameLike, int SurnameFirst, int Repeated)>();
        // People differ from row to row; a column that repeats its values ("Seniorenpark Zeche Helene") names places.
        var values = new HashSet<(int Table, int Column, string Value)>();
        foreach (var cell in cells)
        {
            if (cell.End == cell.Start)
            {
                continue;
            }
            var (count, nameLike, surnameFirst, repeated) = columns.GetValueOrDefault((cell.Table, cell.Column));
            var given = SurnameFirstGivenToken(cell.Start, cell.End, out var isName);
            var repeats = isName && !values.Add((cell.Table, cell.Column, text[cell.Start..cell.End]));
            columns[(cell.Table, cell.Column)] = (count + 1, nameLike + (isName ? 1 : 0), surnameFirst + (given > 0 ? 1 : 0), repeated + (repeats ? 1 : 0));
        }
        HashSet<int>? headersRead = null;
        foreach (var cell in cells)
        {
            if (!columns.TryGetValue((cell.Table, cell.Column), out var c) || c.Cells < 3 || c.NameLike * 4 < c.Cells * 3 || c.SurnameFirst * 2 < c.Cells
                || c.Repeated * 4 > c.Cells)
            {
                continue;
            }
            AddSurnameFirstCell(cell.Start, cell.End);
            if ((headersRead ??= []).Add(cell.HeaderStart))
            {
                AddSurnameFirstCell(cell.HeaderStart, cell.HeaderEnd);
            }
        }
    }

    private void AddSurnameFirstCell(int start, int end)
    {
        SurnameFirstGivenToken(start, end, out var isName);
        if (!isName)
        {
            return;
        }
        var first = TokenAtOrAfter(start);
        var last = first;
        while (last + 1 < tokens.Count && tokens[last + 1].End <= end)
        {
            last++;
        }
        var covered = CoveredTokens();
        for (var k = first; k <= last; k++)
        {
            if (covered[k])
            {
                return;
            }
        }
        var given = first + 1;
        while (given < last && !(Is(given, WordClass.GivenName) && Gap(given - 1, given) is " "))
        {
            given++;
        }
        mentions.Add(new PersonMention(tokens[first].Start, tokens[last].End, first, last, given, given - 1));
    }

    /// <summary>
    /// Whether the cell is two or three capitalised name words and nothing else (<paramref name="isName"/>); if so and
    /// a word after the first is a known given name the first is not, that word's token ("Özdemir Mehmet"), else -1.
    /// </summary>
    private int SurnameFirstGivenToken(int start, int end, out bool isName)
    {
        isName = false;
        var first = TokenAtOrAfter(start);
        if (first < 0 || tokens[first].Start != start || end - start > 40)
        {
            return -1;
        }
        var last = first;
        while (last + 1 < tokens.Count && tokens[last + 1].End <= end)
        {
            last++;
        }
        if (tokens[last].End != end || last == first || last - first > 2)
        {
            return -1;
        }
        var given = -1;
        for (var k = first; k <= last; k++)
        {
            if (tokens[k].Shape != WordShape.Capitalised || tokens[k].Length < 2 || !IsPlainNameWord(k) || NameWords.HasNounEnding(Word(k))
                || NameWords.IsOfficeWord(Word(k)) || Is(k, WordClass.FirmCue) || (k > first && Gap(k - 1, k) is not (" " or "-")))
            {
                return -1;
            }
            if (k > first && given < 0 && Is(k, WordClass.GivenName) && Gap(k - 1, k) is " ")
            {
                given = k;
            }
        }
        isName = true;
        return given > 0 && !Is(first, WordClass.GivenName) ? given : -1;
    }

    /// <summary>
    /// "Noori⇥Shabnam⇥15.03.1999⇥x⇥x", "0412-25-00861;Sultani;Mursal;12.05.1998;B1": attendance lists and exports that
    /// keep the surname and the given name in columns of their own, often without a header row. A column whose cells are
    /// all one to three capitalised words, most of them known given names, holds given names, and the name column beside
    /// it (before it, else after it) the surnames. Where the table has no header, its first line is a row like the others
    /// (the reader took it for the header), so its cells in those columns are names too.
    /// </summary>
    private void FindSplitNameColumns(List<BarTable.Cell> cells)
    {
        var columns = new Dictionary<(int Table, int Column), (int Cells, int NameLike, int KnownGiven, int HeaderStart, int HeaderEnd, bool Capitals)>();
        foreach (var cell in cells)
        {
            var (count, nameLike, known, _, _, capitals) = columns.GetValueOrDefault((cell.Table, cell.Column));
            var isName = IsSplitNameCell(cell.Start, cell.End, out var knownGiven, out var inCapitals);
            columns[(cell.Table, cell.Column)] = (count + 1, nameLike + (isName ? 1 : 0), known + (knownGiven ? 1 : 0), cell.HeaderStart, cell.HeaderEnd,
                capitals || (isName && inCapitals));
        }
        // The columns chosen first, then one pass over the cells (a text of thousands of small tables stays linear).
        HashSet<(int Table, int Column)>? chosen = null;
        foreach (var ((table, column), c) in columns)
        {
            if (c.Cells < 2 || !MostlyNames(c.Cells, c.NameLike, c.Capitals) || c.KnownGiven * 2 < c.Cells)
            {
                continue;
            }
            var surnames = (table, column - 1);
            if (!columns.TryGetValue(surnames, out var s) || !MostlyNames(s.Cells, s.NameLike, s.Capitals) || s.Cells != c.Cells)
            {
                surnames = (table, column + 1);
                if (!columns.TryGetValue(surnames, out s) || !MostlyNames(s.Cells, s.NameLike, s.Capitals) || s.Cells != c.Cells || s.KnownGiven * 2 >= s.Cells)
                {
                    continue;
                }
            }
            // A header row names its columns with words ("Name", "Vorname"); a first row of names is one more row.
            var givenHeader = IsSplitNameCell(c.HeaderStart, c.HeaderEnd, out var headerGiven, out var givenHeaderInCapitals);
            var surnameHeader = IsSplitNameCell(s.HeaderStart, s.HeaderEnd, out _, out var surnameHeaderInCapitals);
            var headerNames = givenHeader && surnameHeader;
            // Names in capitals only in an export without a header row (its first line in capitals like the rest): under a
            // header, a column of capitals next to given names holds codes or countries as often.
            var capitals = c.Capitals || s.Capitals;
            if (capitals && !(headerNames && givenHeaderInCapitals && surnameHeaderInCapitals))
            {
                continue;
            }
            var headerless = headerNames && (headerGiven || capitals);
            if (headerless)
            {
                AddNameCell(s.HeaderStart, s.HeaderEnd);
                AddNameCell(c.HeaderStart, c.HeaderEnd);
            }
            chosen ??= [];
            chosen.Add((table, column));
            chosen.Add(surnames);
        }
        if (chosen is null)
        {
            return;
        }
        foreach (var cell in cells)
        {
            if (chosen.Contains((cell.Table, cell.Column)))
            {
                AddNameCell(cell.Start, cell.End);
            }
        }
    }

    /// <summary>
    /// Every cell of a column reads as a name; in an export in capitals, from five cells on, one may not ("DAS;ANIRBAN": a
    /// surname that is also an article; that cell is still judged on its own). Not under a header of other words: a dog
    /// register's "Nala;Labrador" columns are names and breeds.
    /// </summary>
    private static bool MostlyNames(int cells, int nameLike, bool capitals) => nameLike == cells || (capitals && cells >= 5 && nameLike == cells - 1);

    /// <summary>
    /// One to three capitalised words (hyphens and apostrophes inside them) and nothing else, a particle before the last
    /// allowed ("van den Berg"); the first a known given name or not; the words may be
    /// written in capitals ("NWOSU;CHIAMAKA"), and a title may stand before them ("Dr. Brigitte").
    /// </summary>
    /// <param name="capitals">A word of the cell is written in capitals.</param>
    private bool IsSplitNameCell(int start, int end, out bool knownGiven, out bool capitals)
    {
        knownGiven = false;
        capitals = false;
        if (end <= start || end - start > 40)
        {
            return false;
        }
        var first = TokenAtOrAfter(start);
        if (first < 0 || tokens[first].Start != start)
        {
            return false;
        }
        // "Dr. Brigitte": a title before the given name belongs to the cell, not to the name's words.
        while (first + 1 < tokens.Count && Is(first, WordClass.Title) && FollowedByDot(first) && tokens[first + 1].End <= end
               && IsSpaceGap(Gap(first, first + 1), allowDot: true))
        {
            first++;
        }
        var last = first;
        while (last + 1 < tokens.Count && tokens[last + 1].End <= end)
        {
            last++;
        }
        if (tokens[last].End != end || last - first > 2)
        {
            return false;
        }
        for (var k = first; k <= last; k++)
        {
            var particle = k < last && tokens[k].Shape == WordShape.Lower && NameWords.Particles.Contains(Word(k));
            // "NWOSU;CHIAMAKA": an export in capitals (words of two letters or more).
            var upper = tokens[k].Shape == WordShape.Upper && tokens[k].Length >= 2;
            capitals |= upper;
            if ((tokens[k].Shape != WordShape.Capitalised && !upper && !particle) || (k > first && Gap(k - 1, k) is not " ")
                || (!particle && Is(k, WordClass.NotName | WordClass.FieldLabel)))
            {
                return false;
            }
        }
        knownGiven = Is(first, WordClass.GivenName);
        return true;
    }

    /// <summary>"Schewtschenko, Iryna", "Meyer zu Hartum, Jens": capitalised words, one comma, capitalised words.</summary>
    private bool IsSurnameFirstCell(int start, int end, out bool knownGiven)
    {
        knownGiven = false;
        var comma = text.IndexOf(", ", start, end - start, StringComparison.Ordinal);
        if (comma < 0 || text.IndexOf(',', comma + 1, end - comma - 1) >= 0 || end - start > 50)
        {
            return false;
        }
        var first = TokenAtOrAfter(start);
        if (first < 0 || tokens[first].Start >= comma || tokens[first].Shape != WordShape.Capitalised)
        {
            return false;
        }
        var given = TokenAtOrAfter(comma);
        if (given < 0 || given >= tokens.Count || tokens[given].End > end || tokens[given].Shape != WordShape.Capitalised)
        {
            return false;
        }
        knownGiven = Is(given, WordClass.GivenName);
        return !Is(first, WordClass.NotName) && !Is(given, WordClass.NotName);
    }

    /// <summary>The first " und ", " u. " or " &amp; " in the cell, before any remark in brackets, or null.</summary>
    private (int Start, int End)? JointInCell(int start, int end)
    {
        var cell = text.AsSpan(start, end - start);
        var remark = cell.IndexOf('(');
        if (remark >= 0)
        {
            cell = cell[..remark];
        }
        var best = -1;
        var length = 0;
        foreach (var joint in (ReadOnlySpan<string>)[" und ", " u. ", " & "])
        {
            var at = cell.IndexOf(joint, StringComparison.Ordinal);
            if (at >= 0 && (best < 0 || at < best))
            {
                best = at;
                length = joint.Length;
            }
        }
        return best < 0 ? null : (start + best, start + best + length);
    }

    /// <summary>
    /// One name cell: "Kowalczyk, Helena († 2001)" (surname first: up to three words, particles allowed, then the given
    /// names, which may be words like "An" in "Nguyen, Bao An") or "Anna Kowalski" (up to five capitalised words).
    /// What follows an opening parenthesis is a remark.
    /// </summary>
    private void AddNameCell(int start, int end)
    {
        // A table's total row ("Summe", "Gesamt") in the name column names no one.
        if (text.AsSpan(start, end - start) is "Summe" or "Gesamt" or "Insgesamt" or "Zwischensumme" or "Total" or "Summe:" or "Gesamt:")
        {
            return;
        }
        // "Öztürk, Serkan u. Melek", "Kaya, Deniz und Kaya, Selin": a household in one cell, each person on their own.
        if (JointInCell(start, end) is var (jointStart, jointEnd) && jointStart > start)
        {
            AddNameCell(start, jointStart);
            AddNameCell(jointEnd, end);
            return;
        }
        var remark = text.IndexOf('(', start, end - start);
        if (remark >= 0)
        {
            end = remark;
        }
        // "Pohle, Siegfried, Am Roten Berg 12, 07318 Saalfeld": the address after the name has rules of its own.
        var firstComma = text.IndexOf(", ", start, end - start, StringComparison.Ordinal);
        var secondComma = firstComma < 0 ? -1 : text.IndexOf(", ", firstComma + 2, end - firstComma - 2, StringComparison.Ordinal);
        if (secondComma > 0)
        {
            end = secondComma;
        }
        var first = TokenAtOrAfter(start);
        if (first < 0 || tokens[first].Start >= end)
        {
            return;
        }
        var last = first;
        while (last + 1 < tokens.Count && tokens[last + 1].End <= end)
        {
            last++;
        }
        if (last - first > 4)
        {
            return;
        }
        // A creditors' column holds firms, offices and relatives too: "Stadtwerke Emscherhall", "Vermieter (privat)",
        // "Schwester (privates Darlehen)", "Lotto, Rechnung Nr. …".
        for (var k = first; k <= last; k++)
        {
            if (Is(k, WordClass.Relation) || NameWords.IsOfficeWord(Word(k)) || (k > first && NameWords.HasNounEnding(Word(k)) && Gap(k - 1, k) is ", "))
            {
                return;
            }
        }
        var comma = -1;
        for (var k = first; k <= last; k++)
        {
            if (k > first && Gap(k - 1, k) is ", ")
            {
                if (comma >= 0)
                {
                    return;
                }
                comma = k;
            }
            var capitalised = tokens[k].Shape is WordShape.Capitalised or WordShape.Upper;
            var givenNamePart = comma >= 0 && k >= comma;
            if (!capitalised && !NameWords.Particles.Contains(Word(k)) || (!givenNamePart && Is(k, WordClass.NotName) && !NameWords.Particles.Contains(Word(k))))
            {
                return;
            }
        }
        if (comma > first)
        {
            // Surname first: the identity keys need to know which word is which.
            mentions.Add(new PersonMention(tokens[first].Start, tokens[last].End, first, last, comma, comma - 1));
        }
        else
        {
            AddMention(first, last);
        }
    }

    /// <summary>
    /// "Emre und Zeynep wechseln": a known given name joined by "und" to a person found already; in lower-case mails
    /// "mit den zwei kleinen (finn und mila)": two known given names joined by "und" are two people.
    /// </summary>
    private void FindConjoinedGivenNames()
    {
        var covered = CoveredTokens();
        foreach (var k in TokensWith(TokenCue.AfterConjunction))
        {
            if (tokens[k].Shape == WordShape.Lower && tokens[k - 2].Shape == WordShape.Lower && Word(k - 1) is "und" && !covered[k] && !covered[k - 2]
                && IsLowerCaseKnownGivenName(k) && IsLowerCaseKnownGivenName(k - 2)
                && IsSpaceGap(Gap(k - 2, k - 1), allowDot: false) && IsSpaceGap(Gap(k - 1, k), allowDot: false))
            {
                AddMention(k - 2, k - 2);
                AddMention(k, k);
                continue;
            }
            if (covered[k] || !covered[k - 2] || Word(k - 1) is not ("und" or "oder") || tokens[k].Shape != WordShape.Capitalised
                || !Is(k, WordClass.GivenName) || Is(k, WordClass.NotName) || NameWords.GivenNamesAlsoNouns.Contains(Word(k))
                || !IsSpaceGap(Gap(k - 2, k - 1), allowDot: false) || !IsSpaceGap(Gap(k - 1, k), allowDot: false))
            {
                continue;
            }
            AddMention(k, k);
        }
    }

    /// <summary>
    /// A colleague addressed or signing in a mail between staff, by a known given name: "katrin, kurze frage: …",
    /// "doreen,\ndie frau …" (in lower case, opening a line, a comma right after it), "Wiebke, kannst du das
    /// beantworten?" (capitalised, opening the line, a comma and a word of the informal address follow), "@lars: die
    /// Gasse ist ab 1.4. Zone L3" (a mention), "… greift nur für Räume. – Onno" (a dash after a sentence, the name ends
    /// the line).
    /// </summary>
    private void FindColleaguesAddressedOrSigning()
    {
        foreach (var k in TokensWith(TokenCue.GivenNameWord))
        {
            var t = tokens[k];
            if (t.Shape == WordShape.Lower && t.End < text.Length && text[t.End] == ',' && IsLowerCaseKnownGivenName(k)
                && (t.Start == 0 || text[t.Start - 1] == '\n'))
            {
                AddMention(k, k);
                continue;
            }
            if (t.Length < 3 || Is(k, WordClass.NotName) || (t.Shape != WordShape.Capitalised && t.Shape != WordShape.Lower))
            {
                continue;
            }
            var before = t.Start > 0 ? text[t.Start - 1] : '\n';
            var after = t.End < text.Length ? text[t.End] : '\n';
            if (before == '@' && (t.Start < 2 || char.IsWhiteSpace(text[t.Start - 2])) && after is ':' or ',' or ' ')
            {
                AddMention(k, k);
            }
            else if (t.Shape == WordShape.Capitalised && before == '\n' && after == ',' && k + 1 < tokens.Count && Gap(k, k + 1) is ", "
                     && NameWords.InformalAddressWords.Contains(Word(k + 1)))
            {
                AddMention(k, k);
            }
            else if (t.Shape == WordShape.Capitalised && t.Start >= 4 && text[t.Start - 1] == ' ' && text[t.Start - 2] is '–' or '—'
                     && text[t.Start - 3] == ' ' && text[t.Start - 4] is '.' or '!' or '?' && (after is '\n' or '\r' || t.End == text.Length))
            {
                AddMention(k, k);
            }
        }
    }

    /// <summary>
    /// "Emeka Nwosu ist … der Vater" beside "Herr Nwosu": a capitalised word directly before a surname that an honorific
    /// introduced elsewhere in the text is that person's given name, known to the lexicons or not.
    /// </summary>
    private void FindGivenNamesBeforeKnownSurnames()
    {
        TokenSpellings? surnames = null;
        // Equal words have equal token hashes: a bit per hash (modulo 64) rules out most words before the set is asked.
        var surnameHashes = 0UL;
        foreach (var m in mentions)
        {
            if (m.FirstToken == m.LastToken && m.FirstToken > 0 && Is(m.FirstToken - 1, WordClass.Honorific)
                && tokens[m.LastToken].Shape == WordShape.Capitalised)
            {
                (surnames ??= new TokenSpellings(this, mentions.Count)).Add(m.LastToken);
                surnameHashes |= 1UL << (int)(tokens.Hash(m.LastToken) & 63);
            }
        }
        var anyMentionSurname = false;
        foreach (var m in mentions)
        {
            if (IsSurnameOfMention(m))
            {
                anyMentionSurname = true;
                break;
            }
        }
        if (!anyMentionSurname)
        {
            return;
        }
        var covered = CoveredTokens();
        // The set of every mention's surname is asked only by the double-name and initial passes: most texts have
        // neither cue, and then neither the set nor the substrings are made.
        if (Anywhere(TokenCue.CapitalisedWithHyphen) || Anywhere(TokenCue.InitialWithDot))
        {
            FindDoubleNamesAndInitialsOfSurnames(covered);
        }
        if (surnames is null)
        {
            return;
        }
        // A capitalised given name before a capitalised surname: the pairs of the capitalised words' row.
        foreach (var g in PairsWith(TokenCue.Capitalised))
        {
            var k = g + 1;
            if ((surnameHashes & (1UL << (int)(tokens.Hash(k) & 63))) == 0 || !surnames.Contains(Word(k), tokens.Hash(k)) || covered[g]
                || !IsSpaceGap(Gap(g, k), allowDot: false) || !IsPlainNameWord(g) || NameWords.HasNounEnding(Word(g))
                || NameWords.RelationObjects.Contains(Word(g)) || Is(g, WordClass.Possessive | WordClass.Salutation | WordClass.ClosingWord)
                || PiiLexicons.Cities.Contains(Word(g)))
            {
                continue;
            }
            AddMention(g, k);
        }
    }

    private bool IsSurnameOfMention(PersonMention m) =>
        m.SurnameToken >= 0 && tokens[m.SurnameToken].Shape == WordShape.Capitalised && tokens[m.SurnameToken].Length >= 3;

    /// <summary>
    /// "einen Doppelnamen führen, Brinker-Esposito" beside "Tobias Brinker", "A. Kowalczyk" under a form that named
    /// "Kowalczyk, Andreas": a double name or an initial with the surname of a mention.
    /// </summary>
    private void FindDoubleNamesAndInitialsOfSurnames(bool[] covered)
    {
        // The set is made when a word first passes the shape tests ("E-Mail" and "z. B." do not), and so before this
        // pass adds a mention: it holds the surnames of the mentions found before the pass, as a set made up front would.
        TokenSpellings? allSurnames = null;
        bool IsSurnameOfAnyMention(ReadOnlySpan<char> word) => (allSurnames ??= SurnamesOfMentions()).Contains(word, WordHash.Of(word));
        foreach (var k in TokensWith(TokenCue.CapitalisedWithHyphen))
        {
            // "einen Doppelnamen führen, Brinker-Esposito" beside "Tobias Brinker": a double name with a known surname.
            if (!covered[k] && tokens[k].Shape == WordShape.Capitalised && Word(k).IndexOf('-') is var hyphen && hyphen > 2
                && (IsSurnameOfAnyMention(Word(k)[..hyphen]) || IsSurnameOfAnyMention(Word(k)[(hyphen + 1)..])))
            {
                AddMention(k, k);
            }
        }
        foreach (var initial in TokensWith(TokenCue.InitialWithDot))
        {
            // "A. Kowalczyk" under a form that named "Kowalczyk, Andreas": an initial before a known surname.
            var k = initial + 1;
            if (k < tokens.Count && tokens[k - 1].Shape == WordShape.Upper && tokens[k - 1].Length == 1 && Gap(k - 1, k) is ". " && !covered[k - 1]
                && tokens[k].Shape == WordShape.Capitalised && IsSurnameOfAnyMention(Word(k)))
            {
                AddMention(k - 1, k);
            }
        }
    }

    private TokenSpellings SurnamesOfMentions()
    {
        var surnames = new TokenSpellings(this, mentions.Count);
        foreach (var m in mentions)
        {
            if (IsSurnameOfMention(m))
            {
                surnames.Add(m.SurnameToken);
            }
        }
        return surnames;
    }

    /// <summary>
    /// The exact spellings (ordinal) of some tokens, asked with any span of the text and its <see cref="WordHash"/>: the
    /// surnames of mentions. Open addressing over the tokens' hashes with the tokens' own characters compared, so no
    /// substring and no string hash is made per surname (a set of strings was most of what the surname passes cost).
    /// </summary>
    private sealed class TokenSpellings
    {
        private readonly NameRecognizer recognizer;
        // Token index + 1 per slot, 0 for an empty one; at most half full, and one slot per spelling (a repeated surname
        // is not added again), so a probe stays short however often a text repeats a name.
        private readonly int[] slots;
        private readonly int shift;

        public TokenSpellings(NameRecognizer recognizer, int capacity)
        {
            this.recognizer = recognizer;
            var bits = 3;
            while (1 << bits < capacity * 2)
            {
                bits++;
            }
            slots = new int[1 << bits];
            shift = 32 - bits;
        }

        public void Add(int token)
        {
            var word = recognizer.Word(token);
            ref var slot = ref Probe(word, recognizer.tokens.Hash(token));
            if (slot == 0)
            {
                slot = token + 1;
            }
        }

        public bool Contains(ReadOnlySpan<char> word, uint hash) => Probe(word, hash) != 0;

        // The slot that holds the spelling, or the empty slot where it would go.
        private ref int Probe(ReadOnlySpan<char> word, uint hash)
        {
            var mask = slots.Length - 1;
            // Fibonacci hashing spreads the FNV value over the high bits the table uses.
            for (var i = (int)((hash * 0x9E3779B1u) >> shift); ; i = (i + 1) & mask)
            {
                var entry = slots[i];
                if (entry == 0 || (recognizer.tokens.Hash(entry - 1) == hash && recognizer.Word(entry - 1).SequenceEqual(word)))
                {
                    return ref slots[i];
                }
            }
        }
    }

    /// <summary>
    /// "Ich habe Ferenc (den Sohn) angesprochen", "bitte bring Nikola um 10 Uhr hin; Milica kann nicht": a capitalised word
    /// inside a sentence is a noun in German, so one the lexicons know only as a given name is a person. Articles and
    /// place prepositions before it, a surname after it, or a city of the same spelling rule it out.
    /// </summary>
    private void FindLoneGivenNames()
    {
        bool[]? covered = null;
        foreach (var k in TokensWith(TokenCue.LoneGivenNameStart))
        {
            if (tokens[k].Shape != WordShape.Capitalised || !Is(k, WordClass.GivenName) || !IsUnclaimedGivenName(k)
                || tokens[k - 1].Shape != WordShape.Lower || Is(k - 1, WordClass.NotName) && !Is(k - 1, WordClass.PersonPreposition))
            {
                continue;
            }
            var before = Gap(k - 1, k);
            if (!IsSpaceGap(before, allowDot: false) && before is not (", " or "; "))
            {
                continue;
            }
            if (tokens[k].End < text.Length && text[tokens[k].End] is '-' or '\'' or '’' or '.')
            {
                continue;
            }
            if (k + 1 < tokens.Count && tokens[k + 1].Shape == WordShape.Capitalised && IsSpaceGap(Gap(k, k + 1), allowDot: false))
            {
                continue;
            }
            if (IsPetName(k - 1, Word(k - 1)))
            {
                continue;
            }
            AddLoneMention(k, ref covered);
        }
    }

    /// <summary>
    /// A known given name that no other word class claims (no stop word, title, relation, label, honorific, closing,
    /// salutation or header word) and that is no town, role, street or noun: what every rule for a given name standing
    /// alone requires.
    /// </summary>
    private bool IsUnclaimedGivenName(int k) =>
        !Is(k, WordClass.NotName | WordClass.Title | WordClass.Relation | WordClass.FieldLabel | WordClass.Honorific
               | WordClass.ClosingWord | WordClass.Salutation | WordClass.HeaderLabel)
        && !PiiLexicons.Cities.Contains(Word(k)) && !NameWords.IsRoleWord(Word(k)) && !IsStreetWord(Word(k))
        && !NameWords.GivenNamesAlsoNouns.Contains(Word(k));

    /// <summary>A one-token mention at <paramref name="k"/> unless an earlier mention covers it (the cover found once, on first use).</summary>
    private void AddLoneMention(int k, ref bool[]? covered)
    {
        covered ??= CoveredTokens();
        if (!covered[k])
        {
            AddMention(k, k);
        }
    }

    /// <summary>
    /// "rana und shabnam sind fit für den DTZ", "ich frag dich bzw. hendrik wegen der kinderbetreuung", "lg fritzi": in a
    /// mail written in lower case throughout (most of its lines and sentences open in lower case), a known given name in
    /// lower case is a person wherever it stands, unless a word of the text's common vocabulary claims it or an animal is
    /// named just before it ("unser hund bruno"). In a text that capitalises, a lower-case word is a word.
    /// </summary>
    private void FindGivenNamesInLowerCaseMails()
    {
        // Lines and sentences: the first letter after a line break or a sentence's end (one pass over the characters
        // would cost every text; line breaks and full stops are found by vectorised searches).
        int lowerStarts = 0, capitalStarts = 0;
        for (var i = 0; i >= 0 && i < text.Length; i = text.AsSpan(i).IndexOfAny(LineOrSentenceEnds) is var next and >= 0 ? i + next + 1 : -1)
        {
            var j = i;
            if (i > 0 && text[i - 1] != '\n' && (i >= text.Length || text[i] != ' '))
            {
                continue; // "www.stadt.de", "z.B.": no sentence ends there
            }
            while (j < text.Length && j - i < 4 && text[j] is ' ' or '>' or '\t' or '\r')
            {
                j++;
            }
            if (j + 2 < text.Length && char.IsLetter(text[j]) && char.IsLetter(text[j + 1]) && char.IsLetter(text[j + 2]))
            {
                if (char.IsLower(text[j]))
                {
                    lowerStarts++;
                }
                else if (char.IsUpper(text[j]) && char.IsLower(text[j + 1]))
                {
                    capitalStarts++;
                }
            }
        }
        if (lowerStarts < 3 || lowerStarts < capitalStarts)
        {
            return;
        }
        bool[]? covered = null;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Shape != WordShape.Lower || tokens[k].Length < 3 || !IsLowerCaseKnownGivenName(k) || !IsUnclaimedGivenName(k)
                || NameWords.IsCalendarWord(Word(k)) || (tokens[k].End < text.Length && text[tokens[k].End] is '-' or '@' or '.' && tokens[k].End + 1 < text.Length && char.IsLetter(text[tokens[k].End + 1]))
                || (tokens[k].Start > 0 && text[tokens[k].Start - 1] is '@' or '.' or '/' or '-'))
            {
                continue;
            }
            if (NotNamesInLowerCaseMails.Contains(Word(k)) || (tokens[k].Start > 0 && text[tokens[k].Start - 1] is '„' or '"' or '“'))
            {
                continue;
            }
            var animal = false;
            for (var j = Math.Max(0, k - 6); j < k && !animal; j++)
            {
                animal = NameWords.IsAnimal(Word(j)) || PetWords.Contains(Word(j));
            }
            if (!animal)
            {
                AddLoneMention(k, ref covered);
            }
        }
    }

    private static readonly SearchValues<char> LineOrSentenceEnds = SearchValues.Create("\n.!?");

    // Words of dialect and English mails that the name lexicons also list ("mei frau" is "meine Frau", "ned" is "nicht",
    // "sorry for my bad german"), and proper names that are places.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNamesInLowerCaseMails = new[]
    {
        "mei", "ned", "oda", "mas", "kenna", "german", "said", "valid", "will", "may", "mark", "rose", "saar", "ana", "hast", "dann",
        "april", "june", "august", "hope", "faith",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PetWords = new[]
    {
        "hund", "hündin", "hunde", "rüde", "welpe", "mischling", "katze", "kater", "kätzchen", "pferd", "stute", "dog", "cat", "puppy",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A mail that ends in a contact block without a closing formula ("Aslan Tsurov\n0176 …", "Meseret Tesfaye, Mutter"):
    /// the line of two or three name words directly above the phone, mail or address lines, or ending in a role, is the sender.
    /// </summary>
    private void FindSignatureBlockName()
    {
        var end = TrimEnd(0, text.Length);
        var contactLines = 0;
        for (var lines = 0; lines < 5 && end > 0; lines++)
        {
            var start = end > 0 ? text.LastIndexOf('\n', end - 1) + 1 : 0;
            var line = text.AsSpan(start, end - start).Trim();
            if (line.IsEmpty)
            {
                return;
            }
            if (IsContactLine(line))
            {
                contactLines++;
            }
            else
            {
                TryAddSignatureLine(start, end, roleOnly: contactLines == 0);
                return;
            }
            end = TrimEnd(0, Math.Max(0, start - 1));
            if (start == 0 || text.AsSpan(end, start - end).Count('\n') > 1)
            {
                return;
            }
        }
    }

    private static bool IsContactLine(ReadOnlySpan<char> line) =>
        line[0] == '+' || char.IsAsciiDigit(line[0]) || line.Contains('@') || HasPostcode(line)
        || line.StartsWith("Tel", StringComparison.OrdinalIgnoreCase) || line.StartsWith("Mobil", StringComparison.OrdinalIgnoreCase)
        || line.StartsWith("Fax", StringComparison.OrdinalIgnoreCase) || line.StartsWith("Handy", StringComparison.OrdinalIgnoreCase);

    private void TryAddSignatureLine(int start, int end, bool roleOnly)
    {
        var first = TokenAtOrAfter(start);
        if (first < 0 || tokens[first].Start >= end)
        {
            return;
        }
        var last = first;
        while (last + 1 < tokens.Count && last - first < 2 && tokens[last + 1].Start < end && IsSpaceGap(Gap(last, last + 1), allowDot: false))
        {
            last++;
        }
        for (var t = first; t <= last; t++)
        {
            if (tokens[t].Shape != WordShape.Capitalised || !IsPlainNameWord(t) || PiiLexicons.Cities.Contains(Word(t)))
            {
                return;
            }
        }
        if (last == first)
        {
            return;
        }
        var after = tokens[last].End;
        var rest = TextBetween(after, end).Trim();
        if (rest.IsEmpty && !roleOnly)
        {
            var known = false;
            for (var t = first; t <= last; t++)
            {
                known |= Is(t, WordClass.GivenName | WordClass.Surname);
            }
            if (known && !Covered(first))
            {
                AddMention(first, last);
            }
        }
        else if (rest.StartsWith(", ") && last + 1 < tokens.Count
                 && (Is(last + 1, WordClass.Relation | WordClass.FieldLabel) || NameWords.IsRoleWord(Word(last + 1))) && !Covered(first))
        {
            AddMention(first, last);
        }
    }

    private bool Covered(int k)
    {
        foreach (var m in mentions)
        {
            if (m.FirstToken <= k && k <= m.LastToken)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"laut Nachbarn Petrović", "Dragana Kovačević": an unknown word with a surname's ending is a name anywhere.</summary>
    private void FindSurnamesByEnding()
    {
        bool[]? covered = null;
        foreach (var k in TokensWith(TokenCue.CapitalisedSurnameEnding))
        {
            if (IsStreetWord(Word(k)) || AfterPlacePreposition(k))
            {
                continue;
            }
            covered ??= CoveredTokens();
            if (covered[k])
            {
                continue;
            }
            var first = k;
            if (k > 0 && tokens[k - 1].Shape == WordShape.Capitalised && IsSpaceGap(Gap(k - 1, k), allowDot: false) && !covered[k - 1]
                && (Is(k - 1, WordClass.GivenName) || Is(k - 1, WordClass.SurnameEnding)) && IsPlainNameWord(k - 1))
            {
                first = k - 1;
            }
            AddMention(first, k);
        }
    }

    /// <summary>"Kowalski &amp; Partner", "Yılmaz und Söhne": the surname in a firm name is a person's.</summary>
    private void FindFirmSurnames()
    {
        bool[]? covered = null;
        foreach (var k in TokensWith(TokenCue.FirmCueWord))
        {
            if (NameWords.IsLawFirmWord(Word(k)))
            {
                AddLawFirmPartners(k);
                continue;
            }
            if (k < 2)
            {
                continue;
            }
            var w = Word(k);
            if (w is not ("Partner" or "Partnerin" or "Partnern" or "Co" or "Söhne" or "Sohn" or "Töchter" or "Kollegen"))
            {
                continue;
            }
            var gap = Gap(k - 1, k);
            var s = k - 1;
            if (gap.Trim() is not "&")
            {
                if (Word(k - 1) is not "und" || !IsSpaceGap(gap, allowDot: false))
                {
                    continue;
                }
                s = k - 2;
                if (!IsSpaceGap(Gap(s, k - 1), allowDot: false))
                {
                    continue;
                }
            }
            // A known surname, or any plain word that is no trade or abstract noun ("Lüke & Söhne", not "Bau & Partner").
            if (tokens[s].Shape != WordShape.Capitalised || Is(s, WordClass.NotName) || !IsPlainNameWord(s)
                || (!Is(s, WordClass.Surname) && (NameWords.IsTradeWord(Word(s)) || NameWords.HasFirmNounEnding(Word(s)))))
            {
                continue;
            }
            covered ??= CoveredTokens();
            if (!covered[s])
            {
                AddMention(s, s);
            }
        }
    }

    /// <summary>
    /// "Rechtsanwälte Ullrich &amp; Okafor", "Kanzlei Brandt, Yilmaz und Partner": the partners' surnames after the firm's
    /// word, joined by "&amp;", commas or "und"; "Kunkel Sauer Sikora Rechtsanwälte PartG mbB": before it, where a
    /// partnership's form follows, known surnames. Each a plain capitalised word (not "Kollegen", no trade or abstract
    /// noun), at most four.
    /// </summary>
    private void AddLawFirmPartners(int firmWord)
    {
        var after = firmWord + 1;
        for (var n = 0; n < 4 && after < tokens.Count && IsLawFirmPartner(after) && !CompanyFormFollows(after - 1); n++)
        {
            var gap = Gap(after - 1, after);
            if (n == 0 ? !IsSpaceGap(gap, allowDot: false) : gap.Trim() is not ("&" or ",") && !(Word(after - 1) is "und" && gap is " "))
            {
                break;
            }
            AddMention(after, after);
            after++;
            if (after + 1 < tokens.Count && Word(after) is "und" && Gap(after - 1, after) is " ")
            {
                after++;
            }
        }
        if (firmWord + 1 < tokens.Count && Word(firmWord + 1) is "PartG" or "Partnerschaft" or "PartGmbB")
        {
            var before = firmWord - 1;
            // Before the firm's word only surnames the lexicons know: such firms are also named after a place or an
            // invented word ("Isarauen Rechtsanwälte PartG mbB", "Hanse Legal Rechtsanwälte").
            for (var n = 0; n < 4 && before >= 0 && IsLawFirmPartner(before) && Is(before, WordClass.Surname) && Gap(before, before + 1).Trim() is "" or "&" or ","
                            && !Gap(before, before + 1).Contains('\n'); n++)
            {
                AddMention(before, before);
                before--;
            }
        }
    }

    private bool IsLawFirmPartner(int k) =>
        tokens[k].Shape == WordShape.Capitalised && tokens[k].Length >= 3 && IsPlainNameWord(k) && !Is(k, WordClass.FirmCue)
        && !NameWords.IsTradeWord(Word(k)) && !NameWords.HasFirmNounEnding(Word(k)) && !NameWords.HasNounEnding(Word(k));

    /// <summary>"Kwame Mensah, geboren am …", "Amani Yohannes (geb. …)": two or three capitalised words before a birth cue.</summary>
    private void FindNamesBeforeBirthCues()
    {
        var covered = CoveredTokens();
        foreach (var k in TokensWith(TokenCue.BirthCueWord))
        {
            if (k < 1)
            {
                continue;
            }
            var w = Word(k);
            if (IsFormerNameCue(k, w) && k + 1 < tokens.Count && (tokens[k + 1].Shape == WordShape.Capitalised
                    // "geb. / née  KOÇ": a birth name in capitals, as identity cards write it (not "vormals NPD").
                    || (tokens[k + 1].Shape == WordShape.Upper && tokens[k + 1].Length >= 2 && w is "née" or "geborene" or "geborener"))
                && IsSpaceGap(Gap(k, k + 1), allowDot: true) && IsPlainNameWord(k + 1) && !NameWords.HasNounEnding(Word(k + 1)) && !covered[k + 1])
            {
                // "Florentin Petridis (vormals Aschoff)", "verw. Brinkmann", "geborene Yıldız": a former surname.
                AddMention(k + 1, k + 1);
                continue;
            }
            if (w is "geb" or "geboren" && Gap(k - 1, k) is " " or ", " && tokens[k - 1].Shape == WordShape.Lower && !covered[k - 1]
                && tokens[k - 1].Length >= 3 && Is(k - 1, WordClass.GivenName) && !Is(k - 1, WordClass.NotName | WordClass.Relation) && BirthDateFollows(k))
            {
                // "ich habe 2 kinder, deniz geb 03.05.1998 und baran geb 22.10.2001": a known given name in a lower-case mail
                // (one that is a surname too: the birth date says it is someone's first name here).
                AddMention(k - 1, k - 1);
                continue;
            }
            if (!(w is "geb" && FollowedByDot(k)) && w is not "geboren")
            {
                continue;
            }
            if (w is "geb" && k + 1 < tokens.Count && tokens[k + 1].Shape == WordShape.Capitalised && Gap(k, k + 1) is ". "
                && IsPlainNameWord(k + 1) && !NameWords.IsCalendarWord(Word(k + 1)) && !covered[k + 1])
            {
                // "geb. Hosseini": the birth name.
                AddMention(k + 1, k + 1);
            }
            var last = k - 1;
            var gap = Gap(last, k);
            if (gap is " (" or ", (" && tokens[last].Shape == WordShape.Lower && last > 0 && Is(last - 1, WordClass.Relation)
                && !Is(last, WordClass.NotName) && !covered[last] && BirthDateFollows(k))
            {
                // Informal mails: "unser sohn artur (geb. 03.05.2012)".
                AddMention(last, last);
                continue;
            }
            if (gap is (", " or " (") && last > 0 && tokens[last].Shape == WordShape.Capitalised && Is(last, WordClass.NotName)
                && tokens[last - 1].Shape == WordShape.Capitalised && Is(last - 1, WordClass.GivenName) && IsSpaceGap(Gap(last - 1, last), allowDot: false)
                && !covered[last])
            {
                // "Daniel Zimmer, geb. 09.07.1991": a known given name, then a surname that is also a word.
                AddMention(last - 1, last);
                continue;
            }
            if (gap is not (", " or " (" or ", (") || tokens[last].Shape != WordShape.Capitalised
                || !(IsPlainNameWord(last) || IsMonthAfterVietnameseMiddleName(last)))
            {
                continue;
            }
            var first = last;
            while (first > 0 && last - first < 2 && tokens[first - 1].Shape == WordShape.Capitalised && IsPlainNameWord(first - 1)
                   && IsSpaceGap(Gap(first - 1, first), allowDot: false))
            {
                first--;
            }
            if (first < last && !covered[last])
            {
                AddMention(first, last);
            }
            else if (first == last && !covered[last] && (IsAtListItemStart(last) || (LineStart(tokens[last].Start) == tokens[last].Start && BirthDateEndsLine(k)))
                     && !NameWords.RelationObjects.Contains(Word(last)) && BirthDateFollows(k))
            {
                // "3. Kinder im Haushalt\na) Thabo, geb. 12.04.2014": a list item that is a person with a birth date (the
                // noun endings are not asked: "Denis" ends like "Ergebnis").
                AddMention(last, last);
            }
            else if (first == last && !covered[last] && last > 0 && (Is(last - 1, WordClass.PersonPreposition) || Word(last - 1) is "von" or "und")
                     && !NameWords.HasNounEnding(Word(last)) && !NameWords.RelationObjects.Contains(Word(last)) && BirthDateFollows(k))
            {
                // "der Vater von Tobenna (geb. 19.06.2022)": inside a sentence a capitalised word with a birth date is a person.
                AddMention(last, last);
            }
        }
    }

    /// <summary>"Jana, geb. 1.8.1985⏎": nothing but the birth date follows the cue up to the line's end (a list of children without marks).</summary>
    private bool BirthDateEndsLine(int cue)
    {
        var i = tokens[cue].End;
        var digits = 0;
        while (i < text.Length && i - tokens[cue].End < 16 && text[i] is not '\n' && (char.IsAsciiDigit(text[i]) || text[i] is '.' or ' ' or '/' or '\r'))
        {
            digits += char.IsAsciiDigit(text[i]) ? 1 : 0;
            i++;
        }
        return digits >= 4 && (i == text.Length || text[i] == '\n');
    }

    private bool BirthDateFollows(int cue)
    {
        var i = tokens[cue].End;
        while (i < text.Length && i - tokens[cue].End < 6 && !char.IsAsciiDigit(text[i]) && !char.IsLetter(text[i]))
        {
            i++;
        }
        if (i < text.Length && !char.IsAsciiDigit(text[i]) && text.AsSpan(i).StartsWith("am ", StringComparison.Ordinal))
        {
            i += 3;
        }
        return i < text.Length && char.IsAsciiDigit(text[i]);
    }

    private bool IsFormerNameCue(int k, ReadOnlySpan<char> w) =>
        w is "vormals" or "geborene" or "geborener" or "verwitwete" or "geschiedene"
        // English and French letters: "Anna Lo Bianco née Hirschberger".
        || w is "née"
        || (w is "verw" or "gesch" && FollowedByDot(k))
        // "heiße jetzt Svea Behrens (vorher Lund)": only in brackets is "vorher"/"früher" a former name's cue.
        || (w is "vorher" or "früher" && k > 0 && Gap(k - 1, k).EndsWith("(", StringComparison.Ordinal));

    /// <summary>Informal mails write names in lower case: a known given name followed by a known surname ("nele hartmann").</summary>
    private void FindLowerCaseFullNames()
    {
        var covered = CoveredTokens();
        // A name found at k takes k + 1 with it: the next one can start at k + 2 at the earliest.
        var next = 0;
        foreach (var k in TokensWith(TokenCue.LowerGivenNameBeforeLower))
        {
            if (k < next || !IsSpaceGap(Gap(k, k + 1), allowDot: false))
            {
                continue;
            }
            if (Is(k, WordClass.NotName) || Is(k + 1, WordClass.NotName) || !Is(k, WordClass.GivenName) || !Is(k + 1, WordClass.Surname)
                || covered[k])
            {
                continue;
            }
            AddMention(k, k + 1);
            next = k + 2;
        }
    }

    private bool IsPlainNameWord(int k)
    {
        var w = Word(k);
        return !Is(k, WordClass.NotName | WordClass.Title | WordClass.Relation | WordClass.FieldLabel | WordClass.Honorific)
            && !IsStreetWord(w) && !NameWords.IsRoleWord(w);
    }

    private bool[]? coveredTokens;
    private int coveredMentions;

    /// <summary>
    /// Which tokens the mentions found so far cover, as of this call (callers read it while they add mentions, as a
    /// snapshot). One array for all passes, brought up to date with the mentions added since the last call: the passes
    /// that ask only add mentions, none removes or changes one, so marking the new ones gives the full answer. The next
    /// call updates the same array: a pass must not keep it past a later pass's call.
    /// </summary>
    private bool[] CoveredTokens()
    {
        var covered = coveredTokens ??= tokens.CoveredBuffer();
        for (var i = coveredMentions; i < mentions.Count; i++)
        {
            var m = mentions[i];
            for (var t = m.FirstToken; t <= m.LastToken && t < covered.Length; t++)
            {
                covered[t] = true;
            }
        }
        coveredMentions = mentions.Count;
        return covered;
    }

    /// <summary>
    /// Names that open a line: list items in inverted order ("- Halvorsen, Ingrid: …") or with a name the lexicons know
    /// ("3. Aurelio Bianchi, …"), and initialled signatures ("W. Brökelmann", "M. Gockel, Personalsachbearbeitung")
    /// where the surname is known or the line closes the text (outline headings like "I. Sachverhalt" do neither).
    /// </summary>
    private void FindLineStartNames()
    {
        // Both rules need an initial or two capitalised words after a line start (LineStartCandidate): test that before
        // looking back for the line start.
        foreach (var k in TokensWith(TokenCue.LineStartCandidate))
        {
            if (tokens[k].Length != 1 && (tokens[k].Shape != WordShape.Capitalised || tokens[k + 1].Shape != WordShape.Capitalised))
            {
                continue;
            }
            var lineStart = LineStartBefore(tokens[k].Start);
            if (lineStart < 0)
            {
                continue;
            }
            if (IsInitial(k) && FollowedByDot(k))
            {
                var before = mentions.Count;
                if (TryAdd(k, requireEvidence: false, allowLower: false, allowUpper: false))
                {
                    var m = mentions[^1];
                    var lineEnd = text.IndexOf('\n', m.End) is var nl and >= 0 ? nl : text.Length;
                    var closesLine = EndsLine(m.End) || text[m.End] == ',';
                    var known = Is(m.LastToken, WordClass.Surname);
                    if (!closesLine || !(known || text.AsSpan(lineEnd).Trim().IsEmpty) || m.LastToken == k)
                    {
                        mentions.RemoveRange(before, mentions.Count - before);
                    }
                }
                continue;
            }
            if (tokens[k].Shape != WordShape.Capitalised || tokens[k + 1].Shape != WordShape.Capitalised
                || !IsListItemStart(lineStart, tokens[k].Start) && Gap(k, k + 1) is not ", ")
            {
                continue;
            }
            var first = Word(k);
            var second = Word(k + 1);
            if (Is(k, WordClass.NotName) || Is(k + 1, WordClass.NotName) || IsStreetWord(first) || IsStreetWord(second)
                || NameWords.IsRoleWord(first) || NameWords.IsRoleWord(second))
            {
                continue;
            }
            var gap = Gap(k, k + 1);
            var after = tokens[k + 1].End < text.Length ? text[tokens[k + 1].End] : '\n';
            if (gap is ", " && Is(k + 1, WordClass.GivenName) && after is ':' or ',' or '\n' or ' ' or '(' or '\r')
            {
                mentions.Add(new PersonMention(tokens[k].Start, tokens[k + 1].End, k, k + 1, k + 1, k));
            }
            else if (gap is " " && IsListItemStart(lineStart, tokens[k].Start) && after is ',' or ':' or '('
                     && (Is(k, WordClass.GivenName) || Is(k + 1, WordClass.Surname)))
            {
                AddMention(k, k + 1);
            }
        }
    }

    /// <summary>The start of the line when only spaces, a bullet or an item number precede <paramref name="position"/>; else -1.</summary>
    private int LineStartBefore(int position)
    {
        var i = position;
        while (i > 0 && text[i - 1] is not '\n')
        {
            var c = text[i - 1];
            if (!(c is ' ' or '\t' or '-' or '–' or '•' or '*' or '.' or ')' || char.IsAsciiDigit(c)) || position - i > 8)
            {
                return -1;
            }
            i--;
        }
        return i;
    }

    private bool IsListItemStart(int lineStart, int position) =>
        text.AsSpan(lineStart, position - lineStart).Trim() is var lead && !lead.IsEmpty
        && (lead is "-" or "–" or "•" or "*" || (lead[^1] is '.' or ')' && char.IsAsciiDigit(lead[0])));

    private bool IsClosing(int k, ReadOnlySpan<char> word)
    {
        if (word is "Best")
        {
            // "Best,\nEmeka": English closes with the word alone on its line; "Best practice" is no closing.
            var after = tokens[k].End;
            return after + 1 < text.Length && text[after] == ',' && text[after + 1] is '\n' or '\r' && LineStart(tokens[k].Start) == tokens[k].Start;
        }
        if (word.Length == 4 && (word.Equals("bald", StringComparison.OrdinalIgnoreCase) || word.Equals("dann", StringComparison.OrdinalIgnoreCase)))
        {
            return k > 0 && Word(k - 1).Equals("bis", StringComparison.OrdinalIgnoreCase);
        }
        // The class says what ThanksEndings.Contains(word) would (the table holds that set's words, compared ignoring case as the set does).
        if (Is(k, WordClass.ThanksEnding))
        {
            // "Vielen Dank für Ihre Hilfe!", "Danke im Voraus": a thanks closes the mail only as the end of its line.
            var lineStart = LineStart(tokens[k].Start);
            var i = tokens[k].End;
            while (i < text.Length && text[i] is ' ' or '\t' or '!' or '.' or '\r')
            {
                i++;
            }
            return (i >= text.Length || text[i] == '\n')
                && text.AsSpan(lineStart, tokens[k].Start - lineStart).Contains("dank", StringComparison.OrdinalIgnoreCase);
        }
        return true;
    }

    /// <summary>"Mein Name ist …", "ich bin …", "Halter des Fahrzeugs bin ich, …".</summary>
    private bool IsIntroduction(int k, ReadOnlySpan<char> word)
    {
        if (word is "ist" && k >= 2 && Word(k - 1).Equals("Name", StringComparison.OrdinalIgnoreCase)
            && Word(k - 2).Equals("mein", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (word is "is" && k >= 2 && Word(k - 1) is "name" && Word(k - 2).Equals("my", StringComparison.OrdinalIgnoreCase))
        {
            return true; // "My name is Le Quang Huy"
        }
        if (word is "bin" && k >= 1 && Word(k - 1).Equals("ich", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (word is "am" && k >= 1 && Word(k - 1) is "I" or "i" && Gap(k - 1, k) is " ")
        {
            // "hello, i am Wang Zihan": a full name, two capitalised words ("I am German", "I am Syrian citizen" are no
            // names: a nationality's adjective is read as a given name too often).
            return k + 2 < tokens.Count && tokens[k + 1].Shape == WordShape.Capitalised && tokens[k + 2].Shape == WordShape.Capitalised
                && Gap(k + 1, k + 2) is " " && !IsNationalityAdjective(Word(k + 1));
        }
        if (word is "erschien" or "erschienen" or "vorsprach")
        {
            // Minutes of a visit: "Es erschien …", "Vor mir erschien heute …".
            return true;
        }
        return word.Equals("ich", StringComparison.OrdinalIgnoreCase) && tokens[k].End < text.Length && text[tokens[k].End] == ',';
    }

    private void AddPluralRelativesNames(int k)
    {
        if (k >= tokens.Count || tokens[k].Shape != WordShape.Capitalised || !Is(k, WordClass.GivenName) || !IsPlainNameWord(k))
        {
            return;
        }
        AddMention(k, k);
        if (k + 2 < tokens.Count && Word(k + 1) is "und" && Gap(k, k + 1) is " " && Gap(k + 1, k + 2) is " "
            && tokens[k + 2].Shape == WordShape.Capitalised && Is(k + 2, WordClass.GivenName) && IsPlainNameWord(k + 2))
        {
            AddMention(k + 2, k + 2);
        }
    }

    /// <summary>"German", "Syrian", "Chinese", "Polish", "Thai": an English nationality's adjective by its ending.</summary>
    private static bool IsNationalityAdjective(ReadOnlySpan<char> word) =>
        word.EndsWith("an", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal)
        || word.EndsWith("ic", StringComparison.Ordinal) || word is "Thai" or "Iraqi" or "Greek" or "French" or "Dutch" or "Swiss";

    /// <summary>The position after the colon of a label ("Name:", "Sachbearbeiter(in):", "Mutter (Sorgeberechtigte):"), or -1.</summary>
    private int LabelColon(int k)
    {
        var i = tokens[k].End;
        // Asked for every word: only these characters can follow a label on the way to its colon.
        if (i < text.Length && text[i] is not (' ' or '\t' or '(' or ':' or '/' or '*'))
        {
            return -1;
        }
        var limit = Math.Min(text.Length, i + 30);
        if (i + 3 <= text.Length && (text.AsSpan(i, Math.Min(4, text.Length - i)).StartsWith("(in)") ))
        {
            i += 4;
        }
        else if (i + 3 <= text.Length && text[i] is '/' or '*' or ':' && text.AsSpan(i + 1).StartsWith("in") && (i + 3 == text.Length || !char.IsLetter(text[i + 3])))
        {
            i += 3;
        }
        while (i < limit && text[i] is ' ' or '\t')
        {
            i++;
        }
        if (i < limit && text[i] == '(')
        {
            var close = text.IndexOf(')', i, limit - i);
            if (close < 0 || text.AsSpan(i, close - i).Contains('\n'))
            {
                return -1;
            }
            i = close + 1;
            while (i < limit && text[i] is ' ' or '\t')
            {
                i++;
            }
        }
        if (i + 2 < text.Length && text[i] == '.' && text[i + 1] == '.' && text[i + 2] == '.')
        {
            return AfterDottedLeader(i);
        }
        return i < text.Length && text[i] == ':' ? i + 1 : -1;
    }

    /// <summary>
    /// "Name, Vorname ............ Siddiqui, Imran", "HH-Vorstand .........: DIALLO, Amara": a form's dotted leader
    /// stands for the colon, with or without one after it. The position after it, or -1.
    /// </summary>
    private int AfterDottedLeader(int dots)
    {
        var i = dots;
        var limit = Math.Min(text.Length, dots + 60);
        while (i < limit && text[i] == '.')
        {
            i++;
        }
        var leaderEnd = i;
        while (i < limit && text[i] is ' ' or '\t')
        {
            i++;
        }
        if (i < text.Length && text[i] == ':')
        {
            return i + 1;
        }
        return i > leaderEnd && i < text.Length && text[i] != '\n' ? i : -1;
    }

    /// <summary>Mail headers ("Von: Anna Weber &lt;…&gt;", "… schrieb anna weber &lt;…&gt;:"): names in any case.</summary>
    private void ReadHeaderName(int after)
    {
        var k = TokenAtOrAfter(after);
        if (k < 0 || TextBetween(after, tokens[k].Start).Contains('\n') || NameWords.IsOrganisationHead(Word(k)))
        {
            return;
        }
        var before = mentions.Count;
        TryAdd(k, requireEvidence: false, allowLower: true, allowUpper: true, singleNeedsEvidence: false, lowerNeedsLexicon: false, stopAt: '<');
        if (mentions.Count > before && !NextNonSpaceIs(mentions[^1].End, '<') && !NextNonSpaceIs(mentions[^1].End, ':')
            && !NextNonSpaceIs(mentions[^1].End, '\n') && !IsEvidenced(mentions[^1]))
        {
            mentions.RemoveAt(mentions.Count - 1);
        }
    }

    /// <summary>"Anna Weber &lt;anna.weber@web.de&gt;": the words before the angle bracket on the same line.</summary>
    private void FindNamesBeforeMailAddresses()
    {
        var angle = text.IndexOf('<');
        while (angle >= 0)
        {
            if (IsMailAddressAfter(angle + 1))
            {
                var k = TokenEndingBefore(QuoteStart(angle));
                int first;
                if (k > 0 && !IsNameWord(k))
                {
                    // "Petra Zimmer <p.zimmer@…>": a surname that is also a word ("Zimmer", "Feld") after a given name,
                    // written again in the address itself, is the person's.
                    var given = k - 1;
                    if (tokens[k].Shape == WordShape.Capitalised && tokens[given].Shape == WordShape.Capitalised && Is(given, WordClass.GivenName)
                        && IsSpaceGap(Gap(given, k), allowDot: false) && IsInMailLocalPart(Word(k), angle + 1))
                    {
                        first = given;
                        while (first > 0 && first > k - 3 && IsSpaceGap(Gap(first - 1, first), allowDot: false) && IsNameWord(first - 1))
                        {
                            first--;
                        }
                        AddMention(first, k);
                    }
                    angle = angle + 1 < text.Length ? text.IndexOf('<', angle + 1) : -1;
                    continue;
                }
                first = k;
                while (first > 0 && first > k - 3 && IsSpaceGap(Gap(first - 1, first), allowDot: false) && IsNameWord(first - 1))
                {
                    first--;
                }
                // "Von: Team Parken <parken@…>": an office's display name, not a person's.
                var office = (first > 0 && tokens[first - 1].Shape == WordShape.Capitalised && Is(first - 1, WordClass.NotName)
                    && IsSpaceGap(Gap(first - 1, first), allowDot: false))
                    || (first >= 0 && (NameWords.IsOrganisationHead(Word(first)) || (first == k && Is(k, WordClass.FieldLabel))));
                if (k >= 0 && first <= k && !office && IsNameWord(first) && IsNameWord(k))
                {
                    AddMention(first, k);
                }
            }
            angle = angle + 1 < text.Length ? text.IndexOf('<', angle + 1) : -1;
        }
    }

    /// <summary>Whether the local part of the mail address at <paramref name="start"/> holds <paramref name="word"/>
    /// (ignoring case; "Müller" also as "mueller").</summary>
    private bool IsInMailLocalPart(ReadOnlySpan<char> word, int start)
    {
        if (word.Length < 3)
        {
            return false;
        }
        var at = text.AsSpan(start, Math.Min(65, text.Length - start)).IndexOf('@');
        if (at < 0)
        {
            return false;
        }
        var local = text.AsSpan(start, at);
        if (local.Contains(word, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        Span<char> spelled = stackalloc char[2 * word.Length];
        var length = 0;
        foreach (var c in word)
        {
            var (a, b) = char.ToLowerInvariant(c) switch
            {
                'ä' => ('a', 'e'),
                'ö' => ('o', 'e'),
                'ü' => ('u', 'e'),
                'ß' => ('s', 's'),
                var other => (other, '\0'),
            };
            spelled[length++] = a;
            if (b != '\0')
            {
                spelled[length++] = b;
            }
        }
        return length != word.Length && local.Contains(spelled[..length], StringComparison.OrdinalIgnoreCase);
    }

    private int QuoteStart(int angle)
    {
        var i = angle;
        while (i > 0 && text[i - 1] is ' ' or '\t')
        {
            i--;
        }
        return i > 0 && text[i - 1] == '"' ? i - 1 : i;
    }

    private bool IsMailAddressAfter(int i)
    {
        var limit = Math.Min(text.Length, i + 65);
        var start = i;
        while (i < limit && (char.IsLetterOrDigit(text[i]) || text[i] is '.' or '_' or '+' or '-'))
        {
            i++;
        }
        return i > start && i < text.Length && text[i] == '@';
    }

    /// <summary>A name line right above a street line ("Anna Weber\nHauptstraße 5") is the addressee or sender.</summary>
    public void FindNameLineAbove(int lineStart)
    {
        if (lineStart < 2)
        {
            return;
        }
        var prevEnd = lineStart - 1;
        while (prevEnd > 0 && text[prevEnd - 1] == '\r')
        {
            prevEnd--;
        }
        // Only a line of at most 60 characters can hold the name, so the search for its start looks no further back.
        var searchFrom = Math.Max(0, prevEnd - 1);
        var searchLength = Math.Min(searchFrom + 1, 62);
        var prevStart = text.LastIndexOf('\n', searchFrom, searchLength) + 1;
        if (prevStart == 0 && searchLength < searchFrom + 1)
        {
            return;
        }
        if (prevEnd - prevStart is < 3 or > 60)
        {
            return;
        }
        var k = TokenAtOrAfter(prevStart);
        if (k < 0 || tokens[k].Start >= prevEnd)
        {
            return;
        }
        if (Is(k, WordClass.Honorific))
        {
            return;
        }
        var before = mentions.Count;
        TryAdd(k, requireEvidence: false, allowLower: false, allowUpper: false, minimumTokens: 2);
        if (mentions.Count > before && mentions[^1].End != TrimEnd(prevStart, prevEnd))
        {
            mentions.RemoveAt(mentions.Count - 1);
        }
    }

    private int TrimEnd(int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return end;
    }

    private void ReadSignature(int after)
    {
        var k = TokenAtOrAfter(after);
        var lines = 0;
        while (k >= 0 && k < tokens.Count && lines < 3)
        {
            var gap = TextBetween(after, tokens[k].Start);
            lines += gap.Count('\n');
            if (lines > 2 || gap.Contains("\n\n\n", StringComparison.Ordinal))
            {
                return;
            }
            var word = Word(k);
            // Skip "Im Auftrag", "i. A.", "Ihr", "Ihre", "Dein" … in front of the signature.
            if (NameWords.SignatureLeads.Contains(word))
            {
                after = tokens[k].End;
                k++;
                continue;
            }
            // "> Mit freundlichen Grüßen\n> H.-J. Brückmann": a quoted mail keeps its quote marks in front of each line.
            var trimmedGap = gap.Trim().Trim('>').Trim();
            if (!trimmedGap.IsEmpty && trimmedGap is not ("," or "." or "-" or "–" or "!"))
            {
                return;
            }
            if (LineHasClosingWord(k))
            {
                // "Vielen Dank!\nBest regards / Mit freundlichen Grüßen\nMaria …": the next closing reads the signature.
                return;
            }
            // "Ihre Familienkasse\nIm Auftrag Möbius": the office signs on a line of its own before its clerk.
            if (tokens[k].Shape == WordShape.Capitalised && NameWords.IsOfficeWord(word) && EndsLine(tokens[k].End))
            {
                after = tokens[k].End;
                k++;
                continue;
            }
            if (TryAdd(k, requireEvidence: false, allowLower: true, allowUpper: true, singleNeedsEvidence: true, lowerNeedsLexicon: true))
            {
                if (tokens[mentions[^1].LastToken].Shape == WordShape.Lower)
                {
                    // "jonte weskamp": a known given name, then a surname the lexicons do not know, alone on the line.
                    ReadLowerCaseSignatureLine(k);
                }
                AddConjoined();
            }
            else
            {
                ReadLowerCaseSignatureLine(k);
            }
            return;
        }
    }

    /// <summary>
    /// "viele grüße\nwang xiaoming\n+49 176 …": one to three lower-case words alone on the line after a closing, with only
    /// the end of the text or a phone number after them, are the sender's name even when the lexicons do not know it.
    /// </summary>
    private void ReadLowerCaseSignatureLine(int k)
    {
        var last = k;
        while (last < tokens.Count && last - k < 3 && tokens[last].Shape == WordShape.Lower && !Is(last, WordClass.NotName)
               && (last == k || IsSpaceGap(Gap(last - 1, last), allowDot: false)))
        {
            last++;
        }
        last--;
        var nickname = last >= k ? NicknameAfter(last) : -1;
        if (last < k || (!EndsLine(tokens[last].End) && nickname < 0))
        {
            return;
        }
        if (nickname >= 0)
        {
            AddMention(nickname, nickname);
        }
        var i = nickname >= 0 ? tokens[nickname].End + 1 : tokens[last].End;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        if (i >= text.Length || text[i] == '+' || char.IsAsciiDigit(text[i]) || IsContactLine(i))
        {
            AddMention(k, last);
        }
    }

    private bool LineHasClosingWord(int k)
    {
        for (var j = k; j < tokens.Count && j - k < 8; j++)
        {
            if (j > k && TextBetween(tokens[j - 1].End, tokens[j].Start).Contains('\n'))
            {
                return false;
            }
            if (Is(j, WordClass.ClosingWord) && !Is(j, WordClass.ThanksEnding) && !Word(j).Equals("dann", StringComparison.OrdinalIgnoreCase)
                && !Word(j).Equals("bald", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"xiaoyu wang (sophie)": the nickname in parentheses after a signature name; the index of its token, or -1.</summary>
    private int NicknameAfter(int last)
    {
        var n = last + 1;
        return n < tokens.Count && Gap(last, n) is " (" && tokens[n].End < text.Length && text[tokens[n].End] == ')'
            && tokens[n].Shape is WordShape.Lower or WordShape.Capitalised && !Is(n, WordClass.NotName) && EndsLine(tokens[n].End + 1)
            ? n
            : -1;
    }

    /// <summary>"auf der emst 9, 58638 iserlohn", "b.wojcik@web.de": a line with a postcode, a house number or a mail address.</summary>
    private bool IsContactLine(int start)
    {
        var end = text.IndexOf('\n', start, Math.Min(81, text.Length - start));
        if (end < 0 && text.Length - start > 80)
        {
            return false;
        }
        var line = text.AsSpan(start, (end < 0 ? text.Length : end) - start).TrimEnd();
        if (line.IsEmpty || line.Length > 80)
        {
            return false;
        }
        if (line.Contains('@'))
        {
            return true;
        }
        var run = 0;
        foreach (var c in line)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run == 5)
            {
                return true;
            }
        }
        // A street line: words, then a house number (with a letter) at the end.
        var last = line[^1];
        return char.IsAsciiDigit(last) || (char.IsAsciiLetterLower(last) && line.Length >= 2 && char.IsAsciiDigit(line[^2]));
    }

    /// <summary>"Birgit Voß und Ahmet Voß", "Anna & Tom Weber": a second person joined to the last one found.</summary>
    private void AddConjoined()
    {
        // A list goes on: "Anwesend: Hüseyin Doğan (Vorsitz), Nadia Benhadi, Viktor Schäfer, Ioana Popescu".
        for (var n = 0; n < 8; n++)
        {
            var before = mentions.Count;
            AddNextConjoined();
            if (mentions.Count == before)
            {
                return;
            }
        }
    }

    private void AddNextConjoined()
    {
        var last = mentions[^1];
        var k = last.LastToken + 1;
        // Skip a parenthesis after the first person: "Luka (geb. 12.02.2016) und Ena".
        var close = AfterParenthesis(last.End);
        while (close > 0 && k < tokens.Count && tokens[k].Start < close)
        {
            k++;
        }
        if (k + 1 >= tokens.Count || k == 0)
        {
            return;
        }
        var gap = close > 0 ? TextBetween(close, tokens[k].Start) : Gap(k - 1, k);
        var word = Word(k);
        if (word is "und" or "u" && IsSpaceGap(gap, allowDot: false))
        {
            TryAdd(k + 1, requireEvidence: false, allowLower: true, allowUpper: false, singleNeedsEvidence: true);
        }
        else if (gap.Trim() is "&" or "," or "/")
        {
            TryAdd(k, requireEvidence: false, allowLower: true, allowUpper: false, singleNeedsEvidence: true);
        }
    }

    /// <summary>The position after ")" when a short parenthesis on the same line follows <paramref name="end"/>, or -1.</summary>
    private int AfterParenthesis(int end)
    {
        var i = end;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }
        if (i >= text.Length || text[i] != '(')
        {
            return -1;
        }
        var close = text.IndexOf(')', i, Math.Min(40, text.Length - i));
        return close < 0 || text.AsSpan(i, close - i).Contains('\n') ? -1 : close + 1;
    }

    /// <summary>A person's birth date follows: "Luka (geb. 12.02.2016)", "Ena, geboren am …", "Noah (* 2014)".</summary>
    private bool FollowedByBirthCue(int end)
    {
        var i = end;
        while (i < text.Length && text[i] is ' ' or ',' or '(')
        {
            i++;
        }
        var rest = text.AsSpan(i, Math.Min(8, text.Length - i));
        // An age in parentheses says the same: "mein Sohn Arbnor (9)", "Finn (7 Jahre)".
        var age = i > end && text[i - 1] == '(' && rest.Length >= 2 && char.IsAsciiDigit(rest[0])
            && (rest[1] == ')' || (char.IsAsciiDigit(rest[1]) && rest.Length >= 3 && rest[2] is ')' or ' '));
        return i > end && (age || rest.StartsWith("geb.", StringComparison.Ordinal) || rest.StartsWith("geboren", StringComparison.Ordinal)
            || (rest.StartsWith('*') && rest.Length > 1 && (char.IsAsciiDigit(rest[1]) || rest[1] == ' ')));
    }

    private bool InvertedGivenNameFollows(int k) =>
        k + 1 < tokens.Count && Gap(k, k + 1) is ", " && tokens[k + 1].Shape == WordShape.Capitalised && Is(k + 1, WordClass.GivenName);

    /// <summary>"Name: Weber, Anna" — the given name after the comma belongs to the same person.</summary>
    private void TryAddInvertedGivenName()
    {
        var last = mentions[^1];
        var k = last.LastToken + 1;
        if (k < tokens.Count && Gap(k - 1, k).Trim() is "," && !Gap(k - 1, k).Contains('\n')
            && tokens[k].Shape == WordShape.Capitalised && Is(k, WordClass.GivenName))
        {
            mentions[^1] = last with { End = tokens[k].End, LastToken = k, GivenToken = k, SurnameToken = last.LastToken };
        }
    }

    /// <summary>
    /// "die Tochter von Xidir Xelef Şemo", "Sohn des Józef": whose child (widow, tenant …) someone is, named in full after
    /// "von", or by a given name the lexicons know after "des" ("Sohn des Verstorbenen" names no one).
    /// </summary>
    private bool TryAddNameAfterOf(int relation)
    {
        var of = relation + 1;
        var name = relation + 2;
        if (name >= tokens.Count || Word(of) is not ("von" or "des") || Gap(relation, of) is not " " || !IsSpaceGap(Gap(of, name), allowDot: false)
            || tokens[name].Shape != WordShape.Capitalised || NameWords.IsPluralRelation(Word(relation)) || NameWords.HasNounEnding(Word(name))
            || Is(name, WordClass.NotName) || (Word(of) is "des" && !Is(name, WordClass.GivenName)))
        {
            return false;
        }
        return TryAdd(name, requireEvidence: false, allowLower: false, allowUpper: false, singleNeedsEvidence: true);
    }

    private bool TryAdd(int k, bool requireEvidence, bool allowLower, bool allowUpper, int minimumTokens = 1,
        bool singleNeedsEvidence = false, bool lowerNeedsLexicon = true, char stopAt = '\0', bool afterHonorific = false)
    {
        var first = k;
        var pos = k;
        // Ranks and roles in front of a name are not part of it: "Brandoberinspektor Kai Schnettler".
        while (pos + 1 < tokens.Count && pos - k < 2
               && ((tokens[pos].Shape == WordShape.Capitalised && (NameWords.IsRoleWord(Word(pos))
                        || (NameWords.IsRankWord(Word(pos)) && pos + 1 < tokens.Count && tokens[pos + 1].Shape == WordShape.Capitalised)))
                   || (Is(pos, WordClass.RankAbbreviationCue) && NameWords.RankAbbreviations.Contains(Word(pos))))
               && IsSpaceGap(Gap(pos, pos + 1), allowDot: false))
        {
            pos++;
            first = pos;
        }
        // Titles and initials: "Dr.", "Prof. Dr.", "Dipl.-Ing.", "K.-H."
        while (pos < tokens.Count && (Is(pos, WordClass.Title) || IsInitial(pos)) && FollowedByDot(pos))
        {
            if (pos + 1 >= tokens.Count || !IsSpaceGap(Gap(pos, pos + 1), allowDot: true))
            {
                return false;
            }
            pos++;
            if (Word(pos - 1).Equals("Dipl", StringComparison.OrdinalIgnoreCase) && Gap(pos - 1, pos) is ".-")
            {
                // The subject of a diploma is part of the title: "Dipl.-Sozialpädagogin", "Dipl.-Verwaltungswirt".
                pos++;
                if (pos >= tokens.Count || !IsSpaceGap(Gap(pos - 1, pos), allowDot: true))
                {
                    return false;
                }
            }
        }
        var names = 0;
        var givenToken = -1;
        var lastName = -1;
        var firstName = -1;
        while (pos < tokens.Count && names < 4)
        {
            if (names > 0 || pos > first)
            {
                var gap = Gap(pos - 1, pos);
                if (!IsSpaceGap(gap, allowDot: pos > first && names == 0) || (stopAt != '\0' && gap.Contains(stopAt)))
                {
                    break;
                }
            }
            var t = tokens[pos];
            var w = Word(pos);
            if (t.Shape == WordShape.Lower && NameWords.Particles.Contains(w) && (names > 0 || !requireEvidence) && pos + 1 < tokens.Count)
            {
                if (afterHonorific && names == 1 && !Is(lastName, WordClass.GivenName) && w is "von" && Word(pos + 1) is "der" or "dem" or "den")
                {
                    // "Herr Bögershausen von der Tagesgruppe": after a surname, "von der" names where the person works.
                    break;
                }
                if (afterHonorific && names == 1 && w is "vom" && !Is(pos + 1, WordClass.Surname))
                {
                    // "Herr Hägele vom Autohaus", "Herr Winter vom Schuhgeschäft": where the person works (a name with
                    // "vom", "vom Hofe", has a surname after it).
                    break;
                }
                // "von der Heide", "van Dyk", "al-Hassan": particles only between name words.
                var next = pos + 1;
                if (next < tokens.Count && NameWords.Particles.Contains(Word(next)) && tokens[next].Shape == WordShape.Lower
                    && IsSpaceGap(Gap(pos, next), allowDot: false))
                {
                    next++;
                }
                if (next < tokens.Count && IsSpaceGap(Gap(next - 1, next), allowDot: false) && !Is(next, WordClass.NotName)
                    // "mein Sohn Nikos zum Termin": a common noun after "zum" is where the person goes, not a name.
                    && !NameWords.RelationObjects.Contains(Word(next)) && !NameWords.HasNounEnding(Word(next))
                    && (tokens[next].Shape == WordShape.Capitalised
                        || (allowLower && names > 0 && tokens[lastName].Shape == WordShape.Lower && tokens[next].Shape == WordShape.Lower)))
                {
                    // "ahmad bin yusof": in a lower-case mail the name after the particle is lower case too.
                    pos = next;
                    continue;
                }
                break;
            }
            var ok = t.Shape switch
            {
                WordShape.Capitalised => (names == 0 || !Is(pos, WordClass.Relation)) // "Herrn Reimers Hausärztin"
                    && (!Is(pos, WordClass.NotName) || (afterHonorific && names == 0 && NameWords.IsCalendarWord(w))
                        // "Lena Mai Nguyễn": a month between two name words is a middle name.
                        || (names > 0 && NameWords.IsCalendarWord(w) && pos + 1 < tokens.Count && tokens[pos + 1].Shape == WordShape.Capitalised
                            && IsSpaceGap(Gap(pos, pos + 1), allowDot: false) && !Is(pos + 1, WordClass.NotName))
                        // "Trần Thị Mai" alone on a signature line, or anywhere after a Vietnamese middle name.
                        || (names >= 2 && NameWords.IsCalendarWord(w) && EndsLine(tokens[pos].End))
                        || (names > 0 && IsMonthAfterVietnameseMiddleName(pos)))
                    && !IsStreetWord(w) && !NameWords.IsRoleWord(w),
                WordShape.Upper => allowUpper && w.Length >= 2 && (!Is(pos, WordClass.NotName)
                // "FERREIRA DA COSTA", "VAN DER MEULEN": a particle in capitals between two name words in capitals.
                || (names > 0 && w.Length <= 3 && IsUpperParticle(w) && pos + 1 < tokens.Count && tokens[pos + 1].Shape == WordShape.Upper
                    && IsSpaceGap(Gap(pos, pos + 1), allowDot: false))),
                WordShape.Lower => allowLower && !Is(pos, WordClass.NotName) && !NameWords.Particles.Contains(w)
                    && (!lowerNeedsLexicon || Is(pos, WordClass.GivenName) || Is(pos, WordClass.Surname)),
                // "al-Hamwi", "el-Masri", "abu-Zaid": an article joined to the surname, after another name word.
                WordShape.Other => names > 0 && NameWords.HasJoinedArticle(w),
                _ => false,
            };
            if (!ok || (names > 0 && tokens[pos].Shape != tokens[lastName].Shape && tokens[pos].Shape == WordShape.Lower))
            {
                break;
            }
            if (firstName < 0)
            {
                firstName = pos;
            }
            lastName = pos;
            names++;
            pos++;
        }
        if (names < minimumTokens || names == 0 || (names == 1 && !afterHonorific && Is(firstName, WordClass.Relation)))
        {
            // "Verhältnis zur antragstellenden Person: Sohn": a relation word alone names no one.
            return false;
        }
        if (names >= 2 && (Is(firstName, WordClass.GivenName) || names >= 2))
        {
            givenToken = firstName;
        }
        var evidenced = names >= 2 || Is(firstName, WordClass.GivenName) || Is(firstName, WordClass.Surname);
        if ((requireEvidence || singleNeedsEvidence) && !evidenced)
        {
            // A single unknown capitalised word ends a line in a signature: still a name.
            var addressee = requireEvidence && names == 1 && tokens[firstName].Shape == WordShape.Capitalised
                && tokens[lastName].End < text.Length && text[tokens[lastName].End] is ',' or '!' && first > 0
                && Is(first - 1, WordClass.Salutation);
            if (!addressee && !(singleNeedsEvidence && !requireEvidence && EndsLine(tokens[lastName].End))
                && !(names == 1 && FollowedByBirthCue(tokens[lastName].End)) && !InvertedGivenNameFollows(lastName))
            {
                return false;
            }
        }
        mentions.Add(new PersonMention(tokens[first].Start, tokens[lastName].End, first, lastName, givenToken, lastName));
        return true;
    }

    private static bool IsUpperParticle(ReadOnlySpan<char> word) =>
        word is "DA" or "DE" or "DO" or "DOS" or "DAS" or "DI" or "DEL" or "VAN" or "VON" or "DER" or "DEN" or "TER" or "AL" or "EL" or "BIN" or "LA" or "LE";

    private void AddMention(int first, int last)
    {
        var given = last > first ? first : -1;
        mentions.Add(new PersonMention(tokens[first].Start, tokens[last].End, first, last, given, last));
    }

    /// <summary>A capitalised non-stop word, or a lower-case one the lexicons know as a name (informal mails).</summary>
    private bool IsNameWord(int k)
    {
        return tokens[k].Shape switch
        {
            WordShape.Capitalised => !Is(k, WordClass.NotName),
            WordShape.Lower => !Is(k, WordClass.NotName) && (Is(k, WordClass.GivenName) || Is(k, WordClass.Surname)),
            _ => false,
        };
    }

    private bool IsEvidenced(PersonMention m) =>
        m.LastToken > m.FirstToken || Is(m.FirstToken, WordClass.GivenName) || Is(m.FirstToken, WordClass.Surname);

    private static bool IsStreetWord(ReadOnlySpan<char> w) =>
        // Every ending closes on one of these letters: one test rules out most words. The endings are then filed by their
        // last three letters: a German word in -e ("Frage", "Woche") was compared with four of them, by four calls.
        w[^1] is 'e' or 'E' or 'g' or 'z' && (StreetEndingsIgnoringCase.IsEndOf(w) || StreetEndings.IsEndOf(w));

    private static readonly WordEndings StreetEndingsIgnoringCase = new(StringComparison.OrdinalIgnoreCase, minimumStem: 0, "straße", "strasse");

    private static readonly WordEndings StreetEndings = new(StringComparison.Ordinal, minimumStem: 0, "weg", "platz", "allee", "gasse");

    private bool EndsLine(int end)
    {
        var i = end;
        while (i < text.Length && text[i] is ' ' or '\t' or ',' or '\r')
        {
            i++;
        }
        return i >= text.Length || text[i] == '\n';
    }

    private bool NextNonSpaceIs(int end, char c)
    {
        var i = end;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }
        return i < text.Length && text[i] == c;
    }

    private bool IsInitial(int k) => tokens[k].Length == 1 && char.IsUpper(text[tokens[k].Start]);

    private bool FollowedByDot(int k) => tokens[k].End < text.Length && text[tokens[k].End] == '.';

    private bool PreviousIsHonorific(int k) => k > 0 && Is(k - 1, WordClass.Honorific);

    private bool PrecededBySaint(int k)
    {
        if (k == 0)
        {
            return false;
        }
        var prev = Word(k - 1);
        return prev is "St" or "Sankt" or "Hl" or "Heilige" or "Heiliger" or "heilige" or "heiligen" or "Heiligen";
    }

    private bool IsLineStartOrAfterSentence(int k, ReadOnlySpan<char> word)
    {
        if (word is "geehrte" or "geehrter" or "geehrtes" or "Tag" or "Morgen" or "Abend")
        {
            // "Sehr geehrte …", "Guten Tag …": the phrase itself is the cue.
            return k > 0 && Word(k - 1) is "Sehr" or "sehr" or "Guten" or "guten" or "Schönen" or "schönen";
        }
        var i = CharBeforeOnLine(k);
        return i < 0 || text[i] is '\n' or '\r' or '.' or '!' or '>' or ':' || (text[i] == ',' && SalutationOpensLine(k));
    }

    /// <summary>The position of the last character before token <paramref name="k"/> that is no space or tab, or -1.</summary>
    private int CharBeforeOnLine(int k)
    {
        var i = tokens[k].Start - 1;
        while (i >= 0 && text[i] is ' ' or '\t')
        {
            i--;
        }
        return i;
    }

    /// <summary>"Sehr geehrte Frau Oberbürgermeisterin, liebe Katharina,": a second salutation after the first one's comma.</summary>
    private bool SalutationOpensLine(int k)
    {
        var lineStart = LineStart(tokens[k].Start);
        var first = TokenAtOrAfter(lineStart);
        return first >= 0 && first < k && k - first <= 6 && text.AsSpan(lineStart, tokens[first].Start - lineStart).IsWhiteSpace()
            && (Is(first, WordClass.Salutation) || Word(first) is "Sehr" or "Guten");
    }

    private bool Is(int k, WordClass wordClass) => (classes[k] & wordClass) != 0;

    private ReadOnlySpan<char> Word(int k) => text.AsSpan(tokens[k].Start, tokens[k].Length);

    private ReadOnlySpan<char> Gap(int a, int b) => text.AsSpan(tokens[a].End, Math.Max(0, tokens[b].Start - tokens[a].End));

    private static bool IsSpaceGap(ReadOnlySpan<char> gap, bool allowDot)
    {
        if (allowDot && gap is ".-")
        {
            return true;
        }
        if (gap.Length is 0 or > 3)
        {
            return allowDot && gap is "." or ".-";
        }
        var dots = 0;
        foreach (var c in gap)
        {
            if (c == '.')
            {
                dots++;
                if (!allowDot || dots > 1)
                {
                    return false;
                }
            }
            else if (c is not (' ' or '\u00A0'))
            {
                return false;
            }
        }
        return true;
    }

    private int TokenAtOrAfter(int position)
    {
        int lo = 0, hi = tokens.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Start >= position)
            {
                found = mid;
                hi = mid - 1;
            }
            else
            {
                lo = mid + 1;
            }
        }
        return found;
    }

    private int TokenEndingBefore(int position)
    {
        var k = TokenAtOrAfter(position);
        k = k < 0 ? tokens.Count - 1 : k - 1;
        if (k < 0)
        {
            return -1;
        }
        var gap = text.AsSpan(tokens[k].End, position - tokens[k].End);
        return gap.Trim().IsEmpty && !gap.Contains('\n') ? k : -1;
    }

    private ReadOnlySpan<char> TextBetween(int from, int to) => text.AsSpan(from, Math.Max(0, to - from));
}
