using System.Runtime.InteropServices;
using KiOfficeAddin.Guardrails.Pii.Text;

namespace KiOfficeAddin.Guardrails.Pii.Names;

/// <summary>
/// Gives every mention of one person the same identity key and covers later mentions of a found name: the surname
/// alone ("Herr Klein" … "Klein"), the given name alone, and the genitive ("Müllers").
/// </summary>
internal static class PersonIdentities
{
    /// <summary>Words after which a form of a found name is a noun or a place ("der Weber", "im Klein"), compared ignoring case.</summary>
    internal static readonly string[] Articles =
        ["der", "die", "das", "dem", "den", "des", "ein", "eine", "einen", "einem", "einer", "im", "am", "vom", "zum", "zur", "beim", "ins"];

    public static void Resolve(string text, WordTokens tokens, IReadOnlyList<PersonMention> mentions, List<Candidate> output)
    {
        if (mentions.Count == 0)
        {
            return;
        }
        // The maps live in a workspace of the thread, emptied after each text: they were most of what the detector
        // allocated per letter. Taken off the thread while in use, so a nested call would build its own.
        var workspace = threadWorkspace ?? new Workspace();
        threadWorkspace = null;
        try
        {
            workspace.Begin(text);
            // The mentions as a span: read through the list's interface, every mention cost a call.
            Resolve(text, tokens, mentions is List<PersonMention> list ? CollectionsMarshal.AsSpan(list) : [.. mentions], output, workspace);
        }
        finally
        {
            if (workspace.End())
            {
                threadWorkspace = workspace;
            }
        }
    }

    [ThreadStatic]
    private static Workspace? threadWorkspace;

    // No stackalloc in here (nor in another method with loops): the runtime compiles such a method once, fully optimised
    // but without the profile-guided second tier, which inlines the maps' comparer and the local functions below.
    private static void Resolve(string text, WordTokens tokens, ReadOnlySpan<PersonMention> mentions, List<Candidate> output, Workspace workspace)
    {
        // Words are kept as spans of the text (TextWord), not substrings: only identity keys become strings. A token's
        // word carries the hash the tokenizer took, so the maps do not hash its characters again.
        TextWord WordOf(int k) => new(tokens[k].Start, tokens[k].Length, tokens.Hash(k), Token: k);
        // The recognizer classified every token already: a form that is a token is not looked up again.
        var classes = tokens.Classes;

        // "anna weber": the key of a full name, built once per mention and straight from the text (by the first loop below).
        var fullKeys = workspace.FullKeys(mentions.Length);
        string FullKey(int i) => fullKeys[i]!;

        // Full names (given + surname) define the people; single-word mentions attach to them when unambiguous.
        var keysBySurname = workspace.KeysBySurname;
        var keysByGiven = workspace.KeysByGiven;
        for (var i = 0; i < mentions.Length; i++)
        {
            var m = mentions[i];
            if (m.GivenToken >= 0 && m.GivenToken != m.SurnameToken)
            {
                // A person named again ("Anna Weber" in the salutation and the signature) finds the key under the surname
                // already and reuses that string instead of building another.
                ref var keys = ref CollectionsMarshal.GetValueRefOrAddDefault(keysBySurname, WordOf(m.SurnameToken), out var seen);
                var key = fullKeys[i] = BuildFullKey(text, tokens[m.GivenToken], tokens[m.SurnameToken], seen ? keys.First : null, workspace);
                keys = seen
                    ? keys with { Several = keys.Several || !string.Equals(keys.First, key, StringComparison.Ordinal) }
                    : new PersonKeys(key, Several: false);
                Add(keysByGiven, WordOf(m.GivenToken), key);
            }
        }
        var forms = workspace.Forms;
        output.EnsureCapacity(output.Count + 2 * mentions.Length);
        // Particles written before a found surname ("Katharina von Bredow-Pieper"): a later "von Bredow" keeps its particle.
        HashSet<TextWord>? particles = null;
        foreach (var m in mentions)
        {
            if (m.SurnameToken > 0 && tokens[m.SurnameToken - 1].Shape == WordShape.Lower
                && NameWords.Particles.Contains(text.AsSpan(tokens[m.SurnameToken - 1].Start, tokens[m.SurnameToken - 1].Length)))
            {
                (particles ??= workspace.Particles).Add(WordOf(m.SurnameToken - 1));
            }
        }
        for (var i = 0; i < mentions.Length; i++)
        {
            var m = mentions[i];
            string key;
            if (m.GivenToken >= 0 && m.GivenToken != m.SurnameToken)
            {
                key = FullKey(i);
            }
            else
            {
                key = SingleKey(text, WordOf(m.SurnameToken), keysBySurname, keysByGiven);
            }
            output.Add(new Candidate(PiiCategory.Person, m.Start, m.End, CandidatePriority.Person, key));
        }
        foreach (var (surname, keys) in keysBySurname)
        {
            var key = keys.Several ? Lower(text, surname) : keys.First;
            AddForms(text, classes, forms, surname, key);
        }
        for (var i = 0; i < mentions.Length; i++)
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
                        AddForms(text, classes, forms, WordOf(t), key);
                    }
                }
            }
        }
        foreach (var (surname, keys) in keysBySurname)
        {
            // A double name is also used in part: "Bredow-Pieper" … "Pieper".
            var word = text.AsSpan(surname.Start, surname.Length);
            if (word.Contains('-'))
            {
                var key = keys.Several ? Lower(text, surname) : keys.First;
                foreach (var part in word.Split('-'))
                {
                    var (offset, length) = part.GetOffsetAndLength(word.Length);
                    if (length >= 4 && char.IsUpper(word[offset]))
                    {
                        AddForms(text, classes, forms, TextWord.Of(text, surname.Start + offset, length), key);
                    }
                }
            }
        }
        foreach (var (given, keys) in keysByGiven)
        {
            if (given.Length >= 3 && !keys.Several && !forms.ContainsKey(given))
            {
                AddForms(text, classes, forms, given, keys.First);
            }
        }
        foreach (var m in mentions)
        {
            if (m.GivenToken < 0 || m.GivenToken == m.SurnameToken)
            {
                var word = WordOf(m.SurnameToken);
                if (word.Length >= 3 && !forms.ContainsKey(word))
                {
                    AddForms(text, classes, forms, word, SingleKey(text, word, keysBySurname, keysByGiven));
                }
            }
        }
        // Most tokens cannot be a form: a bit per form hash rules them out before the map is asked. A token equal to a
        // form hashes like it (the map's comparer hashes the characters as the tokenizer did, a genitive with its "s").
        var formHashes = workspace.FormHashes;
        foreach (var form in forms.Keys)
        {
            var bit = FormHashBit((uint)forms.Comparer.GetHashCode(form));
            formHashes[bit >> 6] |= 1UL << bit;
        }
        var all = tokens.AsSpan();
        var hashes = tokens.Hashes();
        for (var k = 0; k < all.Length; k++)
        {
            var t = all[k];
            var bit = FormHashBit(hashes[k]);
            if (t.Shape == WordShape.Other || (formHashes[bit >> 6] & (1UL << bit)) == 0
                || !forms.TryGetValue(new TextWord(t.Start, t.Length, hashes[k]), out var key))
            {
                continue;
            }
            if (k > 0 && tokens[k - 1].End + 2 > t.Start && FollowsArticle(text, tokens, classes, k))
            {
                continue;
            }
            var start = t.Start;
            if (k > 0 && tokens[k - 1].End + 1 == t.Start && text[tokens[k - 1].End] == ' ')
            {
                var previous = tokens[k - 1];
                if (previous.Shape == WordShape.Lower && particles is not null && particles.Contains(WordOf(k - 1)))
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

    // 256 bits: a letter has a few dozen forms, so most other words find their bit clear.
    private const int FormHashWords = 4;

    /// <summary>"anna weber": the key of a full name spelled from the text; <paramref name="earlier"/> when it is spelled alike.</summary>
    /// <remarks>
    /// Spelled into a buffer of the workspace, not onto the stack: a method with a stackalloc is never inlined, zeroes
    /// the buffer and checks a stack cookie on every call (paired against the stackalloc, the identities stage ran about
    /// 2 % faster).
    /// </remarks>
    private static string BuildFullKey(string text, WordToken given, WordToken surname, string? earlier, Workspace workspace)
    {
        var key = workspace.KeyBuffer(given.Length + 1 + surname.Length);
        LowerInvariant(text.AsSpan(given.Start, given.Length), key);
        key[given.Length] = ' ';
        LowerInvariant(text.AsSpan(surname.Start, surname.Length), key[(given.Length + 1)..]);
        return earlier is not null && key.SequenceEqual(earlier) ? earlier : new string(key);
    }

    private static int FormHashBit(uint hash) => (int)((hash * 0x9E3779B1u) >> 24);

    private static string SingleKey(string text, TextWord word, Dictionary<TextWord, PersonKeys> bySurname, Dictionary<TextWord, PersonKeys> byGiven)
    {
        var bare = word;
        if (text[word.Start + word.Length - 1] == 's' && word.Length > 3 && bySurname.ContainsKey(TextWord.Of(text, word.Start, word.Length - 1)))
        {
            bare = TextWord.Of(text, word.Start, word.Length - 1);
        }
        if (bySurname.TryGetValue(bare, out var s) && !s.Several)
        {
            return s.First;
        }
        if (byGiven.TryGetValue(bare, out var g) && !g.Several)
        {
            return g.First;
        }
        return Lower(text, bare);
    }

    private static string Lower(string text, TextWord word) =>
        string.Create(word.Length, (text, word.Start), static (lower, state) => LowerInvariant(state.text.AsSpan(state.Start, lower.Length), lower));

    /// <summary>
    /// <see cref="MemoryExtensions.ToLowerInvariant"/> into a destination of the same length, with Latin-1 answered inline
    /// (the runtime's case change is a call through the invariant culture's text info for a name of a few letters, and
    /// German names often hold an umlaut or ß). <c>LowerInvariantTests</c> compares it with the runtime's.
    /// </summary>
    internal static void LowerInvariant(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c >= 0x100)
            {
                source.ToLowerInvariant(destination);
                return;
            }
            // The upper-case letters below U+0100 are A–Z and U+00C0–U+00DE without ×; each is its lower case less 0x20.
            destination[i] = char.IsAsciiLetterUpper(c) || (c is >= 'À' and <= 'Þ' and not '×') ? (char)(c | 0x20) : c;
        }
    }

    private static void AddForms(string text, WordClass[]? classes, Dictionary<TextWord, string> forms, TextWord word, string key)
    {
        var w = text.AsSpan(word.Start, word.Length);
        // NotNames.Contains(w): the class of the token the word is, or else asked of the class table with the hash the word
        // carries (the table holds that set's words with this class, compared ignoring case as the set does; a token's
        // class is the table's answer with name classes added, never NotName).
        var wordClass = word.Token >= 0 && classes is not null ? classes[word.Token] : NameWords.ClassTable.Find(w, word.Hash);
        if ((wordClass & WordClass.NotName) != 0)
        {
            // "Frau Freitag" is found after her honorific; "am Freitag" elsewhere stays a weekday.
            return;
        }
        forms.TryAdd(word, key);
        if (w[^1] is not ('s' or 'ß' or 'z' or 'x'))
        {
            forms.TryAdd(word with { Genitive = true }, key);
        }
        // The form with an apostrophe ("Weiß'") is left out: a token never ends in one, so no token could match it.
    }

    private static void Add(Dictionary<TextWord, PersonKeys> map, TextWord word, string key)
    {
        ref var keys = ref CollectionsMarshal.GetValueRefOrAddDefault(map, word, out var seen);
        keys = seen
            ? keys with { Several = keys.Several || !string.Equals(keys.First, key, StringComparison.Ordinal) }
            : new PersonKeys(key, Several: false);
    }

    /// <summary>
    /// The maps of one call, kept for the next text of the thread. Emptied maps keep their insertion order (a cleared
    /// Dictionary fills its entries from the first again), so the forms are added in the same order as by new maps.
    /// </summary>
    private sealed class Workspace
    {
        // A text with more mentions than this would keep large maps alive on the thread; they are dropped instead.
        private const int MaxKeptMentions = 256;

        private readonly TextWordComparer ignoringCase = new(ignoreCase: true);
        private readonly TextWordComparer exact = new(ignoreCase: false);
        private string?[] fullKeys = new string?[16];
        private int mentions;

        public Workspace()
        {
            KeysBySurname = new(ignoringCase);
            KeysByGiven = new(ignoringCase);
            Forms = new(exact);
            Particles = new(exact);
        }

        public Dictionary<TextWord, PersonKeys> KeysBySurname { get; }

        public Dictionary<TextWord, PersonKeys> KeysByGiven { get; }

        public Dictionary<TextWord, string> Forms { get; }

        public HashSet<TextWord> Particles { get; }

        /// <summary>A bit per form hash (<see cref="FormHashBit"/>), all clear at the start of a text.</summary>
        public ulong[] FormHashes { get; } = new ulong[FormHashWords];

        public void Begin(string text)
        {
            ignoringCase.Text = text;
            exact.Text = text;
        }

        /// <summary>Room for a key of <paramref name="length"/> characters, valid until the next call.</summary>
        public Span<char> KeyBuffer(int length)
        {
            if (keyBuffer.Length < length)
            {
                keyBuffer = new char[Math.Max(length, 2 * keyBuffer.Length)];
            }
            return keyBuffer.AsSpan(0, length);
        }

        // Two words of a name fit; a longer key grows the buffer, and a workspace whose buffer grew past the second
        // constant (a hostile text's long words) is dropped rather than kept on the thread.
        private char[] keyBuffer = new char[64];
        private const int MaxKeptKeyLength = 256;

        /// <summary>An empty slot per mention for its full-name key.</summary>
        public string?[] FullKeys(int count)
        {
            if (fullKeys.Length < count)
            {
                fullKeys = new string?[count];
            }
            mentions = count;
            return fullKeys;
        }

        /// <summary>Empties the maps and lets go of the text; false when they grew too large to keep.</summary>
        public bool End()
        {
            Array.Clear(fullKeys, 0, Math.Min(mentions, fullKeys.Length));
            KeysBySurname.Clear();
            KeysByGiven.Clear();
            Forms.Clear();
            Particles.Clear();
            Array.Clear(FormHashes);
            ignoringCase.Text = exact.Text = "";
            return mentions <= MaxKeptMentions && keyBuffer.Length <= MaxKeptKeyLength;
        }
    }

    /// <summary>The first identity key seen for a word, and whether a different one was seen too (then it is ambiguous).</summary>
    private readonly record struct PersonKeys(string First, bool Several);

    /// <summary>
    /// A word of the text by position, with a genitive "s" after it when <see cref="Genitive"/> is set. <see cref="Hash"/>
    /// is <see cref="WordHash.Of"/> of its characters (without the "s"), which the comparer's hash code is made of.
    /// </summary>
    private readonly record struct TextWord(int Start, int Length, uint Hash, bool Genitive = false, int Token = -1)
    {
        public static TextWord Of(string text, int start, int length) => new(start, length, WordHash.Of(text.AsSpan(start, length)));
    }

    /// <summary>Compares <see cref="TextWord"/>s by their characters in the text, exactly or ignoring case.</summary>
    private sealed class TextWordComparer(bool ignoreCase) : IEqualityComparer<TextWord>
    {
        /// <summary>The text the words are positions of.</summary>
        public string Text { get; set; } = "";

        public bool Equals(TextWord a, TextWord b)
        {
            var text = Text;
            var x = text.AsSpan(a.Start, a.Length);
            var y = text.AsSpan(b.Start, b.Length);
            if (a.Genitive != b.Genitive)
            {
                // "Weber" + "s" against "Webers": the plain word is one longer, ends in the "s" and starts with the stem.
                var stem = a.Genitive ? x : y;
                var plain = a.Genitive ? y : x;
                return plain.Length == stem.Length + 1 && IsS(plain[^1]) && Same(stem, plain[..^1]);
            }
            return Same(x, y);
        }

        public int GetHashCode(TextWord word) => (int)(word.Genitive ? WordHash.Append(word.Hash, 's') : word.Hash);

        // Ignoring case, ASCII is compared inline (WordClassTable.EqualsIgnoringCase): the runtime's comparison is a call
        // with a setup of its own for a name of a few letters.
        private bool Same(ReadOnlySpan<char> x, ReadOnlySpan<char> y) =>
            ignoreCase ? x.Length == y.Length && WordClassTable.EqualsIgnoringCase(x, y) : x.SequenceEqual(y);

        private bool IsS(char c) => c == 's' || (ignoreCase && c == 'S');
    }

    // A bit per article's hash (modulo 64): a word equal to one ignoring case has its hash, so a clear bit rules it out.
    private static readonly ulong ArticleHashes = Articles.Aggregate(0UL, static (bits, a) => bits | 1UL << (int)(WordHash.Of(a) & 63));

    /// <summary>Whether the token before <paramref name="k"/> is one of <see cref="Articles"/>: its class says so when the tokens were classified.</summary>
    private static bool FollowsArticle(string text, WordTokens tokens, WordClass[]? classes, int k) =>
        classes is not null
            ? (classes[k - 1] & WordClass.ArticleBeforeForm) != 0
            : MayBeArticle(tokens.Hash(k - 1)) && IsArticle(text.AsSpan(tokens[k - 1].Start, tokens[k - 1].Length));

    private static bool MayBeArticle(uint hash) => (ArticleHashes & (1UL << (int)(hash & 63))) != 0;

    private static bool IsArticle(ReadOnlySpan<char> word)
    {
        // Every article has two to five letters: the length rules out most words before a comparison.
        if (word.Length is < 2 or > 5)
        {
            return false;
        }
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
