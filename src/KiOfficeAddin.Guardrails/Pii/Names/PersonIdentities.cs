using KiOfficeAddin.Guardrails.Pii.Text;

namespace KiOfficeAddin.Guardrails.Pii.Names;

/// <summary>
/// Gives every mention of one person the same identity key and covers later mentions of a found name: the surname
/// alone ("Herr Klein" … "Klein"), the given name alone, and the genitive ("Müllers").
/// </summary>
internal static class PersonIdentities
{
    private static readonly string[] Articles =
        ["der", "die", "das", "dem", "den", "des", "ein", "eine", "einen", "einem", "einer", "im", "am", "vom", "zum", "zur", "beim", "ins"];

    public static void Resolve(string text, List<WordToken> tokens, IReadOnlyList<PersonMention> mentions, List<Candidate> output)
    {
        if (mentions.Count == 0)
        {
            return;
        }
        string WordOf(int k) => text.Substring(tokens[k].Start, tokens[k].Length);
        static string Norm(string w) => w.ToLowerInvariant();

        // "anna weber": the key of a full name, built once per mention and straight from the text.
        var fullKeys = new string?[mentions.Count];
        string FullKey(int i)
        {
            if (fullKeys[i] is { } known)
            {
                return known;
            }
            var given = tokens[mentions[i].GivenToken];
            var surname = tokens[mentions[i].SurnameToken];
            Span<char> key = stackalloc char[given.Length + 1 + surname.Length];
            text.AsSpan(given.Start, given.Length).ToLowerInvariant(key);
            key[given.Length] = ' ';
            text.AsSpan(surname.Start, surname.Length).ToLowerInvariant(key[(given.Length + 1)..]);
            return fullKeys[i] = new string(key);
        }

        // Full names (given + surname) define the people; single-word mentions attach to them when unambiguous.
        var keysBySurname = new Dictionary<string, PersonKeys>(StringComparer.OrdinalIgnoreCase);
        var keysByGiven = new Dictionary<string, PersonKeys>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.GivenToken >= 0 && m.GivenToken != m.SurnameToken)
            {
                var key = FullKey(i);
                Add(keysBySurname, WordOf(m.SurnameToken), key);
                Add(keysByGiven, WordOf(m.GivenToken), key);
            }
        }
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        // Particles written before a found surname ("Katharina von Bredow-Pieper"): a later "von Bredow" keeps its particle.
        var particles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.SurnameToken > 0 && tokens[m.SurnameToken - 1].Shape == WordShape.Lower
                && NameWords.Particles.Contains(text.AsSpan(tokens[m.SurnameToken - 1].Start, tokens[m.SurnameToken - 1].Length)))
            {
                particles.Add(WordOf(m.SurnameToken - 1));
            }
        }
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            string key;
            if (m.GivenToken >= 0 && m.GivenToken != m.SurnameToken)
            {
                key = FullKey(i);
            }
            else
            {
                key = SingleKey(WordOf(m.SurnameToken), keysBySurname, keysByGiven);
            }
            output.Add(new Candidate(PiiCategory.Person, m.Start, m.End, CandidatePriority.Person, key));
        }
        foreach (var (surname, keys) in keysBySurname)
        {
            var key = keys.Several ? Norm(surname) : keys.First;
            AddForms(forms, surname, key);
        }
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            // Middle names and two-word surnames come back alone or in the full line: "María José Fernández Ruiz".
            if (m.GivenToken >= 0 && m.SurnameToken - m.GivenToken >= 2)
            {
                var key = FullKey(i);
                for (var t = m.GivenToken + 1; t < m.SurnameToken; t++)
                {
                    if (tokens[t].Shape == WordShape.Capitalised && tokens[t].Length >= 3)
                    {
                        AddForms(forms, WordOf(t), key);
                    }
                }
            }
        }
        foreach (var (surname, keys) in keysBySurname)
        {
            // A double name is also used in part: "Bredow-Pieper" … "Pieper".
            if (surname.Contains('-', StringComparison.Ordinal))
            {
                var key = keys.Several ? Norm(surname) : keys.First;
                foreach (var part in surname.Split('-'))
                {
                    if (part.Length >= 4 && char.IsUpper(part[0]))
                    {
                        AddForms(forms, part, key);
                    }
                }
            }
        }
        foreach (var (given, keys) in keysByGiven)
        {
            if (given.Length >= 3 && !keys.Several && !forms.ContainsKey(given))
            {
                AddForms(forms, given, keys.First);
            }
        }
        foreach (var m in mentions)
        {
            if (m.GivenToken < 0 || m.GivenToken == m.SurnameToken)
            {
                var word = WordOf(m.SurnameToken);
                if (word.Length >= 3 && !forms.ContainsKey(word))
                {
                    AddForms(forms, word, SingleKey(word, keysBySurname, keysByGiven));
                }
            }
        }
        var lookup = forms.GetAlternateLookup<ReadOnlySpan<char>>();
        // Most tokens cannot be a form: a bit per first character (modulo 64) rules them out before hashing.
        var firstCharacters = 0UL;
        foreach (var form in forms.Keys)
        {
            firstCharacters |= 1UL << form[0];
        }
        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (t.Shape == WordShape.Other || (firstCharacters & (1UL << text[t.Start])) == 0
                || !lookup.TryGetValue(text.AsSpan(t.Start, t.Length), out var key))
            {
                continue;
            }
            if (k > 0 && tokens[k - 1].End + 2 > t.Start && IsArticle(text.AsSpan(tokens[k - 1].Start, tokens[k - 1].Length)))
            {
                continue;
            }
            var start = t.Start;
            if (k > 0 && tokens[k - 1].End + 1 == t.Start && text[tokens[k - 1].End] == ' ')
            {
                var previous = tokens[k - 1];
                var word = text.AsSpan(previous.Start, previous.Length);
                if (previous.Shape == WordShape.Lower && particles.Contains(word.ToString()))
                {
                    start = previous.Start;
                }
            }
            else if (k > 0 && tokens[k - 1].Length == 1 && char.IsUpper(text[tokens[k - 1].Start]) && tokens[k - 1].End + 2 == t.Start
                     && text.AsSpan(tokens[k - 1].End, 2) is ". ")
            {
                // "W. Brökelmann": the initial belongs to the person.
                start = tokens[k - 1].Start;
            }
            output.Add(new Candidate(PiiCategory.Person, start, t.End, CandidatePriority.PersonRepeat, key));
        }
    }

    private static string SingleKey(string word, Dictionary<string, PersonKeys> bySurname, Dictionary<string, PersonKeys> byGiven)
    {
        var bare = word.EndsWith('s') && word.Length > 3 && bySurname.ContainsKey(word[..^1]) ? word[..^1] : word;
        if (bySurname.TryGetValue(bare, out var s) && !s.Several)
        {
            return s.First;
        }
        if (byGiven.TryGetValue(bare, out var g) && !g.Several)
        {
            return g.First;
        }
        return bare.ToLowerInvariant();
    }

    private static void AddForms(Dictionary<string, string> forms, string word, string key)
    {
        if (NameWords.NotNames.Contains(word))
        {
            // "Frau Freitag" is found after her honorific; "am Freitag" elsewhere stays a weekday.
            return;
        }
        forms.TryAdd(word, key);
        if (!word.EndsWith('s') && !word.EndsWith('ß') && !word.EndsWith('z') && !word.EndsWith('x'))
        {
            forms.TryAdd(word + "s", key);
        }
        forms.TryAdd(word + "'", key);
    }

    private static void Add(Dictionary<string, PersonKeys> map, string word, string key)
    {
        map[word] = map.TryGetValue(word, out var keys)
            ? keys with { Several = keys.Several || !string.Equals(keys.First, key, StringComparison.Ordinal) }
            : new PersonKeys(key, Several: false);
    }

    /// <summary>The first identity key seen for a word, and whether a different one was seen too (then it is ambiguous).</summary>
    private readonly record struct PersonKeys(string First, bool Several);

    private static bool IsArticle(ReadOnlySpan<char> word)
    {
        foreach (var a in Articles)
        {
            if (word.Equals(a, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
