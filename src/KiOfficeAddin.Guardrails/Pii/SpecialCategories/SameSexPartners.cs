using System.Buffers;
using KiOfficeAddin.Guardrails.Pii.Lexicons;
using KiOfficeAddin.Guardrails.Pii.Text;

namespace KiOfficeAddin.Guardrails.Pii.SpecialCategories;

/// <summary>
/// Sexual orientation told by a partner's word and whose partner it is, which no single word shows: "mein Mann Jonas"
/// signed by Tobias, "meine Frau Derya und ich" signed by Jasmin, "sein Ehemann", "mit ihrer Partnerin", "Ihre Ehefrau"
/// in a letter to Frau Sommer, "my husband" signed by a man. The writer's gender is read from the given name of the
/// signature after the phrase (or of the sender in the mail's header) by the gendered given-name lexicons; a name they do
/// not know, or know for both genders ("Andrea", "Kim"), decides nothing.
/// </summary>
internal static class SameSexPartners
{
    private enum Gender : byte { Unknown, Female, Male }

    // The possessives' stems; the search finds them anywhere, the reading below keeps those that start a word.
    private static readonly SearchValues<string> Possessives = SearchValues.Create(
        ["mein", "Mein", "sein", "Sein", "ihr", "Ihr", "my ", "My ", "his ", "her "], StringComparison.Ordinal);

    // How far after the phrase its writer's signature may stand, how long a closing line is, how far back a sender's header
    // or a salutation may stand; and how many phrases a text gets read for (each costs a look around it: a long text of
    // partners' words stays linear).
    private const int SignatureReach = 1_500;
    private const int MaxClosingLine = 40;
    private const int LookBack = 5_000;
    private const int MaxPhrases = 16;

    /// <summary>Adds one piece of evidence for the first same-sex partner found, unless the text has such evidence already.</summary>
    public static void Find(string text, List<Candidate> persons, List<SpecialCategoryEvidence> output)
    {
        foreach (var evidence in output)
        {
            if (evidence.Category == SpecialCategory.SexualOrientation)
            {
                return;
            }
        }
        if (FindCouple(text, persons, output))
        {
            return;
        }
        var span = text.AsSpan();
        var phrases = 0;
        for (var from = 0; from < text.Length && phrases < MaxPhrases;)
        {
            var found = span[from..].IndexOfAny(Possessives);
            if (found < 0)
            {
                return;
            }
            var start = from + found;
            from = start + 2;
            if (start > 0 && char.IsLetter(text[start - 1]) || !ReadPhrase(text, start, out var holder, out var partner, out var end))
            {
                continue;
            }
            phrases++;
            if (OnSubjectLine(text, start))
            {
                continue;
            }
            var holderGender = holder switch
            {
                Holder.Writer => WriterGender(text, start, end, persons),
                Holder.Addressee => AddresseeGender(text, start),
                Holder.He => Gender.Male,
                _ => Gender.Female,
            };
            if (holderGender != Gender.Unknown && holderGender == partner)
            {
                output.Add(new SpecialCategoryEvidence(SpecialCategory.SexualOrientation, start, end));
                return;
            }
        }
    }

    // Words of a wedding: a couple named there marries (or has married) each other.
    private static readonly SearchValues<string> WeddingWords = SearchValues.Create(
        ["trauung", "eheschließung", "brautpaar", "heirat", "hochzeit", "trauplan", "trautermin", "verpartner", "wedding"],
        StringComparison.OrdinalIgnoreCase);

    // How far before a couple its wedding's word may stand (a plan's title above its table), and after it.
    private const int WeddingWordBefore = 1_500;
    private const int WeddingWordAfter = 300;

    /// <summary>
    /// "Hendrik de Vries &amp; Ole Brandes | Schloss" in a wedding plan, "die Trauung von Jana Wolf und Mia Brenner": two
    /// people named in full and joined by "&amp;" or "und", both given names of one gender, where a wedding is spoken of.
    /// </summary>
    private static bool FindCouple(string text, List<Candidate> persons, List<SpecialCategoryEvidence> output)
    {
        var span = text.AsSpan();
        if (persons.Count < 2 || span.IndexOfAny(WeddingWords) < 0)
        {
            return false;
        }
        // The longest mention that starts at each position (the name rules may also give a part of a name).
        var byStart = new Dictionary<int, Candidate>();
        foreach (var person in persons)
        {
            if (!byStart.TryGetValue(person.Start, out var known) || known.End < person.End)
            {
                byStart[person.Start] = person;
            }
        }
        foreach (var first in byStart.Values)
        {
            var joint = span[first.End..].StartsWith(" & ") ? 3 : span[first.End..].StartsWith(" und ") ? 5 : 0;
            if (joint == 0 || !byStart.TryGetValue(first.End + joint, out var second)
                || !IsFullName(span[first.Start..first.End]) || !IsFullName(span[second.Start..second.End]))
            {
                continue;
            }
            var from = Math.Max(0, first.Start - WeddingWordBefore);
            var to = Math.Min(text.Length, second.End + WeddingWordAfter);
            var gender = GenderOf(span[first.Start..first.End]);
            if (gender != Gender.Unknown && gender == GenderOf(span[second.Start..second.End]) && span[from..to].IndexOfAny(WeddingWords) >= 0)
            {
                output.Add(new SpecialCategoryEvidence(SpecialCategory.SexualOrientation, first.Start, second.End));
                return true;
            }
        }
        return false;
    }

    private static bool IsFullName(ReadOnlySpan<char> name) => name.Contains(' ') && !name.Contains('\n');

    private enum Holder : byte { Writer, Addressee, He, She }

    /// <summary>"Betreff: WG: Termin für … meine Frau": a forwarded subject quotes someone else's words.</summary>
    private static bool OnSubjectLine(string text, int position)
    {
        var from = Math.Max(0, position - 200);
        var line = text.AsSpan(from, position - from);
        line = line[(line.LastIndexOf('\n') + 1)..].TrimStart(" >");
        return line.StartsWith("Betreff:", StringComparison.Ordinal) || line.StartsWith("Subject:", StringComparison.Ordinal);
    }

    /// <summary>
    /// A possessive and a partner's word at <paramref name="start"/>: "mein Mann", "meinem Ehemann", "meiner Verlobten",
    /// "seinem Lebensgefährten", "ihre Partnerin", "Ihre Frau", "my wife"; whose partner it is, the partner's gender
    /// and the phrase's end.
    /// </summary>
    private static bool ReadPhrase(string text, int start, out Holder holder, out Gender partner, out int end)
    {
        holder = Holder.Writer;
        partner = Gender.Unknown;
        end = start;
        var english = text[start] is 'm' or 'M' && start + 1 < text.Length && text[start + 1] == 'y' || text[start] == 'h';
        var stemLength = english ? text.AsSpan(start).IndexOf(' ') : text[start] is 'i' or 'I' ? 3 : 4;
        var i = start + stemLength;
        // The ending: "", e, em, en, er (German only).
        var endingStart = i;
        while (!english && i < text.Length && i - endingStart < 2 && text[i] is 'e' or 'm' or 'n' or 'r' or 's')
        {
            i++;
        }
        var ending = text.AsSpan(endingStart, i - endingStart);
        if (!english && ending is not ("" or "e" or "em" or "en" or "er"))
        {
            return false;
        }
        if (i >= text.Length || text[i] != ' ')
        {
            return false;
        }
        var nounStart = i + 1;
        var nounEnd = nounStart;
        while (nounEnd < text.Length && (char.IsLetter(text[nounEnd]) || text[nounEnd] == '-'))
        {
            nounEnd++;
        }
        if (nounEnd < text.Length && char.IsLetterOrDigit(text[nounEnd]))
        {
            return false;
        }
        partner = english ? EnglishPartner(text.AsSpan(nounStart, nounEnd - nounStart)) : GermanPartner(text.AsSpan(nounStart, nounEnd - nounStart), ending);
        if (partner == Gender.Unknown)
        {
            return false;
        }
        holder = text[start] switch
        {
            'm' or 'M' => Holder.Writer,
            's' or 'S' => Holder.He,
            'I' when !english => Holder.Addressee,
            'h' when text[start + 1] == 'i' => Holder.He,
            _ => Holder.She,
        };
        end = nounEnd;
        return true;
    }

    private static Gender GermanPartner(ReadOnlySpan<char> noun, ReadOnlySpan<char> ending)
    {
        var word = noun.StartsWith("Ehe", StringComparison.OrdinalIgnoreCase) && noun.Length > 5 ? noun[3..] : noun;
        if (word.Equals("Mann", StringComparison.OrdinalIgnoreCase) || word.Equals("Lebensgefährte", StringComparison.OrdinalIgnoreCase)
            || word.Equals("Partner", StringComparison.OrdinalIgnoreCase) || word.Equals("Verlobter", StringComparison.OrdinalIgnoreCase))
        {
            return Gender.Male;
        }
        if (word.Equals("Frau", StringComparison.OrdinalIgnoreCase) || word.Equals("Lebensgefährtin", StringComparison.OrdinalIgnoreCase)
            || word.Equals("Partnerin", StringComparison.OrdinalIgnoreCase))
        {
            return Gender.Female;
        }
        // "meinem Verlobten", "seinen Lebensgefährten": masculine; "meiner Verlobten", "meine Verlobte": feminine.
        if (word.Equals("Verlobten", StringComparison.OrdinalIgnoreCase) || word.Equals("Lebensgefährten", StringComparison.OrdinalIgnoreCase))
        {
            return ending is "em" or "en" ? Gender.Male : ending is "er" ? Gender.Female : Gender.Unknown;
        }
        return word.Equals("Verlobte", StringComparison.OrdinalIgnoreCase) && ending is "e" ? Gender.Female : Gender.Unknown;
    }

    private static Gender EnglishPartner(ReadOnlySpan<char> noun) => noun switch
    {
        "husband" or "boyfriend" or "fiancé" => Gender.Male,
        "wife" or "girlfriend" or "fiancée" => Gender.Female,
        _ => Gender.Unknown,
    };

    /// <summary>
    /// The gender of whoever wrote the phrase: the given name of the signature under the first closing line after it
    /// (within the same message), or of the sender named in the header above it.
    /// </summary>
    private static Gender WriterGender(string text, int phraseStart, int phraseEnd, List<Candidate> persons)
    {
        var limit = Math.Min(text.Length, phraseEnd + SignatureReach);
        // In a quoted message ("> Meine Frau Soo-min macht die Buchhaltung"), its signature is quoted too.
        var phraseLine = text.LastIndexOf('\n', Math.Max(0, phraseStart - 1)) + 1;
        var quoted = text[phraseLine] == '>';
        var lineStart = text.IndexOf('\n', phraseEnd);
        while (lineStart >= 0 && lineStart < limit)
        {
            lineStart++;
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }
            var line = text.AsSpan(lineStart, lineEnd - lineStart).Trim();
            if (quoted && line.StartsWith('>'))
            {
                line = line.TrimStart(" >");
            }
            else if (quoted)
            {
                break;
            }
            if (StartsQuotedMessage(line))
            {
                break;
            }
            if (line.Length is > 0 and <= MaxClosingLine && IsClosingLine(line))
            {
                return GenderOfFirstPersonFrom(text, lineEnd, persons);
            }
            lineStart = lineEnd < text.Length ? lineEnd : -1;
        }
        // The sender in the header of the message the phrase is in ("Von: Reinhardt, Timo <…>").
        var from = Math.Max(0, phraseStart - LookBack);
        var before = text.AsSpan(from, phraseStart - from);
        var header = Math.Max(before.LastIndexOf("Von: ", StringComparison.Ordinal), before.LastIndexOf("From: ", StringComparison.Ordinal));
        return header >= 0 ? GenderOfPersonOnLine(text, from + header, persons) : Gender.Unknown;
    }

    private static bool StartsQuotedMessage(ReadOnlySpan<char> line) =>
        line.StartsWith("-----", StringComparison.Ordinal) || line.StartsWith("Von:", StringComparison.Ordinal)
        || line.StartsWith("From:", StringComparison.Ordinal) || line.StartsWith('>')
        || (line.StartsWith("Am ", StringComparison.Ordinal) && line.EndsWith(':'));

    private static bool IsClosingLine(ReadOnlySpan<char> line) =>
        line.Contains("rüße", StringComparison.Ordinal) || line.Contains("ruß", StringComparison.Ordinal)
        || line.Contains("rüsse", StringComparison.Ordinal) || line.Contains("regards", StringComparison.OrdinalIgnoreCase)
        || line.Contains("Hochachtungsvoll", StringComparison.Ordinal) || line.Contains("Danke", StringComparison.OrdinalIgnoreCase)
        || line.Contains("Thank", StringComparison.Ordinal) || line.Contains("Cheers", StringComparison.Ordinal)
        || line.Contains("Best,", StringComparison.Ordinal) || line is "LG" or "lg" or "VG" or "vg" or "MfG" or "mfg" or "Best" or "Love";

    /// <summary>The gender of the first person found on the three lines after <paramref name="from"/>.</summary>
    private static Gender GenderOfFirstPersonFrom(string text, int from, List<Candidate> persons)
    {
        var limit = from;
        for (var lines = 0; lines < 3 && limit >= 0 && limit < text.Length; lines++)
        {
            limit = text.IndexOf('\n', limit + 1);
        }
        return GenderOfFirstPersonIn(text, from, limit < 0 ? text.Length : limit, persons);
    }

    private static Gender GenderOfPersonOnLine(string text, int lineStart, List<Candidate> persons)
    {
        var lineEnd = text.IndexOf('\n', lineStart);
        return GenderOfFirstPersonIn(text, lineStart, lineEnd < 0 ? text.Length : lineEnd, persons);
    }

    /// <summary>The gender of the first person (in the list's order) who starts after <paramref name="from"/> and before <paramref name="limit"/>.</summary>
    private static Gender GenderOfFirstPersonIn(string text, int from, int limit, List<Candidate> persons)
    {
        foreach (var person in persons)
        {
            if (person.Start > from && person.Start < limit)
            {
                return GenderOf(text.AsSpan(person.Start, person.End - person.Start));
            }
        }
        return Gender.Unknown;
    }

    /// <summary>"Tobias Reindl-Mertens", "Reinhardt, Timo", "jasmin", "Nguyễn Thị Lan": the given name's gender.</summary>
    private static Gender GenderOf(ReadOnlySpan<char> name)
    {
        // A Vietnamese name puts the family name first and tells the gender by its middle name.
        if (name.Contains(" Thị ", StringComparison.Ordinal))
        {
            return Gender.Female;
        }
        if (name.Contains(" Văn ", StringComparison.Ordinal))
        {
            return Gender.Male;
        }
        var comma = name.IndexOf(", ");
        var given = comma > 0 ? name[(comma + 2)..] : name;
        var space = given.IndexOf(' ');
        if (space > 0)
        {
            given = given[..space];
        }
        var female = PiiLexicons.FemaleGivenNames.Contains(given);
        var male = PiiLexicons.MaleGivenNames.Contains(given);
        return female == male ? Gender.Unknown : female ? Gender.Female : Gender.Male;
    }

    /// <summary>
    /// Whom "Ihre"/"Ihr" names: the addressee of the last salutation before it ("Sehr geehrte Frau …", "Lieber Herr …");
    /// with none, a capital at a sentence's start is "her" ("Ihre Ehefrau ist …"), anything else unknown.
    /// </summary>
    private static Gender AddresseeGender(string text, int start)
    {
        var from = Math.Max(0, start - LookBack);
        var before = text.AsSpan(from, start - from);
        var lady = Math.Max(Math.Max(before.LastIndexOf("geehrte Frau", StringComparison.Ordinal), before.LastIndexOf("Liebe Frau", StringComparison.Ordinal)),
            Math.Max(before.LastIndexOf("Hallo Frau", StringComparison.Ordinal), before.LastIndexOf("Tag Frau", StringComparison.Ordinal)));
        var sir = Math.Max(Math.Max(before.LastIndexOf("geehrter Herr", StringComparison.Ordinal), before.LastIndexOf("Lieber Herr", StringComparison.Ordinal)),
            Math.Max(before.LastIndexOf("Hallo Herr", StringComparison.Ordinal), before.LastIndexOf("Tag Herr", StringComparison.Ordinal)));
        if (lady >= 0 || sir >= 0)
        {
            return lady > sir ? Gender.Female : Gender.Male;
        }
        var previous = before.TrimEnd();
        return previous.IsEmpty || previous[^1] is '.' or '!' or '?' ? Gender.Female : Gender.Unknown;
    }
}
