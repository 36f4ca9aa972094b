using System.Text;

namespace KiOfficeAddin.Guardrails.Pii;

/// <summary>
/// Restores a model's answer chunk by chunk (see <see cref="PseudonymMap"/> for the rules). Releases text as soon as it
/// cannot be part of a placeholder; holds back at most <see cref="PseudonymMap.MaxPlaceholderLength"/> characters.
/// The concatenated output equals <see cref="PseudonymMap.Restore"/> of the concatenated input for any chunking,
/// because both run this same character-by-character reading. One stream per instance; not thread-safe.
/// </summary>
public sealed class StreamingRestorer
{
    private readonly PseudonymMap map;
    private readonly string pseudonymized;
    private readonly PseudonymOccurrence[] occurrences;
    private readonly PlaceholderLexer lexer = new();
    private readonly StringBuilder held = new(PseudonymMap.HoldBackBound);
    private readonly StringBuilder output;
    private readonly bool[] mentioned;
    private readonly List<string> unknownPlaceholders = [];
    private readonly HashSet<string> unknownSeen = new(StringComparer.Ordinal);

    // The last released characters, so that a value can be fitted to the words just before it.
    private readonly char[] releasedTail = new char[TailLength];

    // The last characters read (raw, with placeholders), and a copy of them as they stood before the current token.
    private readonly char[] readTail = new char[PseudonymMap.ContextLength];
    private readonly char[] tokenContext = new char[PseudonymMap.ContextLength];
    private readonly bool useContext;
    private int readTailNext;
    private int readTailCount;
    private int releasedTailLength;

    private Mode mode;
    private bool echo = true;
    private int position;
    private int occurrenceCursor;
    private int tokenStart;
    private int tokenLength;
    private string resolvedValue = "";
    private int restored;
    private int unknown;
    private RestorationReport? report;

    internal StreamingRestorer(PseudonymMap map, int capacity)
    {
        this.map = map;
        pseudonymized = map.PseudonymizedText;
        occurrences = map.Occurrences;
        mentioned = new bool[map.Identities.Count];
        useContext = map.HasContexts;
        output = new StringBuilder(capacity);
    }

    private const int TailLength = 64;

    private enum Mode
    {
        Text,
        Token,
        AfterPerson,
        AfterPersonApostrophe,
        AfterPersonS,
    }

    /// <summary>Characters received but not yet released, because they may still become a placeholder.</summary>
    public int HeldBackLength => held.Length;

    /// <summary>What restoration found; final after <see cref="Complete"/>.</summary>
    public RestorationReport Report => report ?? BuildReport();

    /// <summary>Takes the next chunk and returns the restored text that can be released now (possibly empty).</summary>
    public string Push(string chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        Append(chunk);
        return Release();
    }

    /// <summary>Ends the stream and returns everything still held back.</summary>
    public string Complete()
    {
        ObjectDisposedException.ThrowIf(report is not null, this);
        switch (mode)
        {
            case Mode.Token:
                output.Append(held); // an unfinished placeholder is just text
                break;
            case Mode.AfterPerson:
                output.Append(resolvedValue);
                break;
            case Mode.AfterPersonApostrophe:
                output.Append(resolvedValue).Append(held, tokenLength, held.Length - tokenLength);
                break;
            case Mode.AfterPersonS:
                output.Append(Genitive(resolvedValue)); // the end of the text ends the word
                break;
        }
        held.Clear();
        mode = Mode.Text;
        report = BuildReport();
        return Release();
    }

    private string Release()
    {
        var released = output.ToString();
        var keep = Math.Min(TailLength, releasedTailLength + released.Length);
        var fromOld = keep - Math.Min(keep, released.Length);
        releasedTail.AsSpan(releasedTailLength - fromOld, fromOld).CopyTo(releasedTail);
        released.AsSpan(released.Length - (keep - fromOld)).CopyTo(releasedTail.AsSpan(fromOld));
        releasedTailLength = keep;
        output.Clear();
        return released;
    }

    internal void Append(ReadOnlySpan<char> chunk)
    {
        ObjectDisposedException.ThrowIf(report is not null, this);
        var i = 0;
        while (i < chunk.Length)
        {
            if (mode == Mode.Text)
            {
                var bracket = chunk[i..].IndexOf('[');
                var run = bracket < 0 ? chunk[i..] : chunk.Slice(i, bracket);
                Track(run);
                output.Append(run);
                i += run.Length;
                if (bracket >= 0)
                {
                    if (useContext)
                    {
                        SnapshotContext();
                    }
                    Track(chunk.Slice(i, 1));
                    held.Append('[');
                    tokenStart = position - 1;
                    lexer.Start();
                    mode = Mode.Token;
                    i++;
                }
                continue;
            }
            if (Step(chunk[i]))
            {
                Track(chunk.Slice(i, 1));
                i++;
            }
        }
    }

    /// <summary>Advances one character in a token or its ending; false when the character was not taken and is read again as text.</summary>
    private bool Step(char c)
    {
        switch (mode)
        {
            case Mode.Token:
                switch (lexer.Feed(c))
                {
                    case LexStep.Continue:
                        held.Append(c);
                        return true;
                    case LexStep.Complete:
                        held.Append(c);
                        // The echo decision includes the closing bracket, which Track has not seen yet.
                        ResolveToken(echo && position < pseudonymized.Length && pseudonymized[position] == c);
                        return true;
                    default:
                        ReleaseHeld();
                        return false;
                }
            case Mode.AfterPerson when c == 's':
                mode = Mode.AfterPersonS;
                held.Append(c);
                return true;
            case Mode.AfterPerson when c is '\'' or '’':
                mode = Mode.AfterPersonApostrophe;
                held.Append(c);
                return true;
            case Mode.AfterPersonApostrophe when c == 's':
                mode = Mode.AfterPersonS;
                held.Append(c);
                return true;
            case Mode.AfterPersonS when !char.IsLetter(c):
                output.Append(Genitive(resolvedValue));
                held.Clear();
                mode = Mode.Text;
                return false;
            default:
                // Not a genitive ending ("[PERSON_1]sche", "[PERSON_1]' "): the value, then the characters as written.
                output.Append(resolvedValue).Append(held, tokenLength, held.Length - tokenLength);
                held.Clear();
                mode = Mode.Text;
                return false;
        }
    }

    private void ResolveToken(bool echoThroughToken)
    {
        if (echoThroughToken)
        {
            // The text so far is the pseudonymised text: put back the spelling that stood exactly here.
            while (occurrenceCursor < occurrences.Length && occurrences[occurrenceCursor].Start < tokenStart)
            {
                occurrenceCursor++;
            }
            if (occurrenceCursor < occurrences.Length && occurrences[occurrenceCursor] is var occurrence
                && occurrence.Start == tokenStart && occurrence.Length == held.Length)
            {
                Resolved(occurrence.Identity);
                output.Append(occurrence.Spelling);
                held.Clear();
            }
            else
            {
                ReleaseHeld(); // placeholder-shaped text the user wrote
            }
            mode = Mode.Text;
            return;
        }
        if (map.TryFindIdentity(lexer.Category, lexer.Number, out var identity))
        {
            Resolved(identity);
            var value = map.Identities[identity];
            if (value.Category == PiiCategory.Person)
            {
                resolvedValue = WithoutRepeatedWords(
                    useContext && map.TryGetSpellingAfter(identity, tokenContext, out var spelling) ? spelling : value.Fullest);
                tokenLength = held.Length;
                mode = Mode.AfterPerson;
                return;
            }
            output.Append(value.Fullest);
            held.Clear();
        }
        else
        {
            if (!map.IsReserved(lexer.Category, lexer.Number))
            {
                unknown++;
                var canonical = PlaceholderSyntax.Format(lexer.Category, lexer.Number);
                if (unknownSeen.Add(canonical))
                {
                    unknownPlaceholders.Add(canonical);
                }
            }
            ReleaseHeld(); // never guessed: it stays visible as the model wrote it
        }
        mode = Mode.Text;
    }

    private void Resolved(int identity)
    {
        restored++;
        mentioned[identity] = true;
    }

    private void ReleaseHeld()
    {
        output.Append(held);
        held.Clear();
        mode = Mode.Text;
    }

    /// <summary>Follows whether everything read so far equals the pseudonymised text (the echo rule).</summary>
    private void Track(ReadOnlySpan<char> read)
    {
        if (echo)
        {
            echo = position + read.Length <= pseudonymized.Length
                && read.SequenceEqual(pseudonymized.AsSpan(position, read.Length));
        }
        position += read.Length;
        if (useContext)
        {
            foreach (var c in read.Length > readTail.Length ? read[^readTail.Length..] : read)
            {
                readTail[readTailNext] = c;
                readTailNext = (readTailNext + 1) % readTail.Length;
            }
            readTailCount = Math.Min(readTail.Length, readTailCount + read.Length);
        }
    }

    /// <summary>Copies the characters read before a token, oldest first, padded where the text began.</summary>
    private void SnapshotContext()
    {
        var padding = tokenContext.Length - readTailCount;
        tokenContext.AsSpan(0, padding).Fill(PseudonymMap.ContextPadding);
        for (var i = 0; i < readTailCount; i++)
        {
            tokenContext[padding + i] = readTail[(readTailNext - readTailCount + i + readTail.Length) % readTail.Length];
        }
    }

    /// <summary>
    /// Drops leading words of a person's spelling that the text right before the placeholder already has:
    /// "Frau Dr. [PERSON_1]" with "Dr. Laura Kaya" becomes "Frau Dr. Laura Kaya", not "Frau Dr. Dr. Laura Kaya".
    /// Only words, never the last one (the name itself stays whole).
    /// </summary>
    private string WithoutRepeatedWords(string value)
    {
        var cut = value.LastIndexOf(' ');
        while (cut > 0)
        {
            // value[..(cut + 1)] is a run of leading words with its space, e.g. "Dr. " or "Frau Dr. ".
            var words = value.AsSpan(0, cut + 1);
            if (EmittedEndsWith(words))
            {
                return value[(cut + 1)..];
            }
            cut = value.LastIndexOf(' ', cut - 1);
        }
        return value;
    }

    /// <summary>Whether the restored text so far ends with <paramref name="words"/> at a word boundary.</summary>
    private bool EmittedEndsWith(ReadOnlySpan<char> words)
    {
        var available = output.Length + releasedTailLength;
        if (words.Length > available)
        {
            return false;
        }
        for (var i = 1; i <= words.Length; i++)
        {
            if (EmittedFromEnd(i) != words[^i])
            {
                return false;
            }
        }
        return words.Length == available || !char.IsLetterOrDigit(EmittedFromEnd(words.Length + 1));
    }

    private char EmittedFromEnd(int index) =>
        index <= output.Length ? output[output.Length - index] : releasedTail[releasedTailLength - (index - output.Length)];

    /// <summary>German genitive of a name: "Kayas", but "Fuchs'", "Weiß'", "Marx'", "Seitz'".</summary>
    private static string Genitive(string name) =>
        name.Length > 0 && char.ToLowerInvariant(name[^1]) is 's' or 'ß' or 'x' or 'z' ? name + "'" : name + "s";

    private RestorationReport BuildReport()
    {
        var dropped = new Dictionary<PiiCategory, int>();
        for (var i = 0; i < mentioned.Length; i++)
        {
            if (!mentioned[i])
            {
                var category = map.Identities[i].Category;
                dropped[category] = dropped.GetValueOrDefault(category) + 1;
            }
        }
        return new RestorationReport(restored, unknown, unknownPlaceholders.ToArray(), dropped.Values.Sum(), dropped);
    }
}
