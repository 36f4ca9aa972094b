namespace KiOfficeAddin.Guardrails.Pii.Names;

/// <summary>Names that close a line after a dash, and nicknames in quotes after a found name.</summary>
internal sealed partial class NameRecognizer
{
    /// <summary>
    /// "Stand: 01.10.2025 – B. Vogel" (who wrote a note), "Betr.: Antrag auf ElterngeldPlus – Kowalski-Brandt, Jakob"
    /// (whose file a subject names): after a dash, an initial and a surname, or a surname, a comma and a known given
    /// name, ending the line.
    /// </summary>
    private void FindNamesAfterDashes(bool[] covered)
    {
        for (var dash = text.IndexOf('–'); dash >= 0; dash = dash + 1 < text.Length ? text.IndexOf('–', dash + 1) : -1)
        {
            if (dash == 0 || text[dash - 1] != ' ' || dash + 2 >= text.Length || text[dash + 1] != ' ')
            {
                continue;
            }
            var k = TokenAtOrAfter(dash + 2);
            if (k < 0 || tokens[k].Start != dash + 2 || covered[k])
            {
                continue;
            }
            if (IsInitial(k) && FollowedByDot(k) && k + 1 < tokens.Count && Gap(k, k + 1) is ". "
                && tokens[k + 1].Shape == WordShape.Capitalised && !covered[k + 1] && EndsLine(tokens[k + 1].End))
            {
                AddMention(k, k + 1);
                continue;
            }
            // The surname, hyphenated or not, then ", " and a given name the lexicons know.
            var surnameEnd = k;
            if (k + 1 < tokens.Count && Gap(k, k + 1) is "-" && tokens[k + 1].Shape == WordShape.Capitalised)
            {
                surnameEnd = k + 1;
            }
            var given = surnameEnd + 1;
            if (given < tokens.Count && tokens[k].Shape == WordShape.Capitalised && Gap(surnameEnd, given) is ", "
                && tokens[given].Shape == WordShape.Capitalised && Is(given, WordClass.GivenName) && !Is(k, WordClass.NotName)
                && !Is(given, WordClass.NotName) && !covered[given] && EndsLine(tokens[given].End))
            {
                // Two mentions, as the surname-first rules of lists and headers make them.
                mentions.Add(new PersonMention(tokens[k].Start, tokens[surnameEnd].End, k, surnameEnd, -1, surnameEnd));
                AddMention(given, given);
            }
        }
    }

    /// <summary>"Jessica Baranowski („Jessy“, 15)": a nickname in quotes in brackets right after a found name.</summary>
    private void FindNicknamesAfterNames()
    {
        var found = mentions.Count;
        for (var m = 0; m < found; m++)
        {
            var last = mentions[m].LastToken;
            var nickname = last + 1;
            if (nickname >= tokens.Count || Gap(last, nickname) is not (" („" or " (\"" or " (»" or " (“")
                || tokens[nickname].Shape != WordShape.Capitalised || Is(nickname, WordClass.NotName))
            {
                continue;
            }
            var close = tokens[nickname].End;
            if (close < text.Length && text[close] is '“' or '"' or '«' or '”')
            {
                AddMention(nickname, nickname);
            }
        }
    }
}
