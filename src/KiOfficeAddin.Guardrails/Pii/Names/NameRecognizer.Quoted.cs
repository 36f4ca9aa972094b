using KiOfficeAddin.Guardrails.Pii.Text;

namespace KiOfficeAddin.Guardrails.Pii.Names;

internal sealed partial class NameRecognizer
{
    /// <summary>
    /// A name in quotation marks where the sentence says it is one: a name being spelt, registered or chosen ("den
    /// Familiennamen des Vaters „Nguyễn“", "wird Ihr Name als „LAKSHMI“ geführt"), a nickname ("den hier alle nur
    /// "Mischa" nennen"), or a person known only by it ("an einen Herrn „Petro“", "der neue Freund der Mutter („Besi“)").
    /// Every quoted word must be one a name can be: not a common word, office or place the lexicons know.
    /// </summary>
    private void FindQuotedNames(bool[] covered)
    {
        // Most texts have few quotation marks: each is looked at, not each word.
        var span = text.AsSpan();
        for (var at = span.IndexOfAny(OpeningQuotes); at >= 0 && at + 1 < text.Length; )
        {
            var k = TokenAtOrAfter(at + 1);
            if (k >= 0 && tokens[k].Start == at + 1)
            {
                QuotedNameAt(k, covered);
            }
            var next = span[(at + 1)..].IndexOfAny(OpeningQuotes);
            at = next < 0 ? -1 : at + 1 + next;
        }
    }

    private static readonly System.Buffers.SearchValues<char> OpeningQuotes = System.Buffers.SearchValues.Create("„\"“»«");

    private void QuotedNameAt(int k, bool[] covered)
    {
        var start = tokens[k].Start;
        if (start == 0 || covered[k])
        {
            return;
        }
        // One to four words inside the quotes, joined by single spaces; an upper-case surname may stand first with a
        // comma ("„DARWISH, Yara Mahmoud“"), an initial with its full stop ("„S. ORTMANN-YILDIZ“"), and after the first
        // word a short one the lexicons know otherwise ("„Trần Bảo An“").
        var last = k;
        while (true)
        {
            if (!(IsQuotableNameWord(last) || (last > k && tokens[last].Length <= 3 && tokens[last].Shape == WordShape.Capitalised)
                  || (tokens[last].Length == 1 && char.IsUpper(text[tokens[last].Start]) && last + 1 < tokens.Count && Gap(last, last + 1) is ". ")))
            {
                return;
            }
            var end = tokens[last].End;
            if (end < text.Length && IsClosingQuote(text[end]))
            {
                break;
            }
            if (last - k >= 3 || last + 1 >= tokens.Count
                || Gap(last, last + 1) is not (" " or ". " or ", ") || (Gap(last, last + 1) is ", " && !(last == k && tokens[k].Shape == WordShape.Upper))
                || (Gap(last, last + 1) is ". " && tokens[last].Length != 1))
            {
                return;
            }
            last++;
        }
        if (NamingCueBefore(start - 1) || NamingCueAfter(tokens[last].End + 1))
        {
            AddMention(k, last);
        }
    }

    private bool IsQuotableNameWord(int k)
    {
        var w = Word(k);
        if (w.Length < 2 || tokens[k].Shape is WordShape.Lower or WordShape.Other)
        {
            return false;
        }
        if (Is(k, WordClass.GivenName | WordClass.Surname))
        {
            return true;
        }
        return !Is(k, WordClass.NotName | WordClass.Title | WordClass.Honorific | WordClass.FieldLabel | WordClass.Relation)
            && !NameWords.IsOfficeWord(w) && !NameWords.IsRoleWord(w) && !NameWords.IsJobTitle(w) && !NameWords.HasNounEnding(w)
            && !Lexicons.PiiLexicons.Cities.Contains(w) && !NameWords.IsCalendarWord(w);
    }

    private static bool IsClosingQuote(char c) => c is '“' or '"' or '”' or '«' or '»';

    /// <summary>
    /// A word for a person's name in the 45 characters before the quote, in the same sentence ("Familiennamen",
    /// "Vornamens", "Ihr Name … als"), "genannt", "Herrn" or "Frau" right before it, or a relative or housemate right
    /// before a bracket ("der Mutter („Besi“)", "ein vierter Mieter („Tomek“").
    /// </summary>
    private bool NamingCueBefore(int quote)
    {
        var window = ContextWindow.SentenceBefore(text, quote, 45);
        var trimmed = window.TrimEnd();
        if (trimmed.EndsWith("Herrn") || trimmed.EndsWith("Herr") || trimmed.EndsWith("Frau") || trimmed.EndsWith("genannt")
            || trimmed.EndsWith("nur") || trimmed.EndsWith("namens") 
            // An account's or a card's holder; a shop's "Inhaber „Saigon Bistro“" is its firm's name.
            || trimmed.EndsWith("Kontoinhaberin") || trimmed.EndsWith("Kontoinhaber") || trimmed.EndsWith("Karteninhaberin")
            || trimmed.EndsWith("Karteninhaber"))
        {
            return true;
        }
        if (trimmed.EndsWith("(") && LastWordIsPersonNoun(trimmed[..^1].TrimEnd()))
        {
            return true;
        }
        return window.IndexOfAny(PersonNameWords) >= 0;
    }

    // Words for a person's name (a business's, a ship's or a dog's name — "Name des Geschäfts", "Rufname" — are not).
    private static readonly System.Buffers.SearchValues<string> PersonNameWords = System.Buffers.SearchValues.Create(
        ["vorname", "nachname", "familienname", "ehename", "geburtsname", "mein name", "meinen namen", "ihr name", "ihren namen",
         "sein name", "seinen namen", "dein name", "deinen namen", "namen des vaters", "namen der mutter", "my name", "his name",
         "her name", "vatersname", "schreibweise", "vollständige name", "vollständigen namen", "namensform", "the name"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>"… "Mischa" nennen", "„Tomek“, Nachname unbekannt": the words right after the closing quote say it.</summary>
    private bool NamingCueAfter(int position)
    {
        if (position >= text.Length)
        {
            return false;
        }
        var after = text.AsSpan(position, Math.Min(24, text.Length - position)).TrimStart(" ,");
        return after.StartsWith("nennen") || after.StartsWith("nennt") || after.StartsWith("genannt") || after.StartsWith("Nachname")
            || after.StartsWith("Familienname") || after.StartsWith("eingetragen") || after.StartsWith("erfasst")
            || after.StartsWith("geführt") || after.StartsWith("ist dabei der") || after.StartsWith("der Vorname")
            || after.StartsWith("der Familienname");
    }

    private static bool LastWordIsPersonNoun(ReadOnlySpan<char> before)
    {
        var start = before.Length;
        while (start > 0 && char.IsLetter(before[start - 1]))
        {
            start--;
        }
        var word = before[start..];
        return word.Length > 2 && (NameWords.Relations.Contains(word) || NameWords.IsRoleCompoundLabel(word) || word is "Mieter" or "Mieterin");
    }
}
