using System.Collections.Frozen;
using System.Text.Json;
using KiOfficeAddin.Guardrails.Pii;

namespace KiOfficeAddin.Api.Generation;

/// <summary>
/// The texts <see cref="AssistService"/> produced with the pseudonymiser for the model calls in progress. The egress
/// guard cuts them out of an outbound body before it scans the rest: they were analysed in full (with the original
/// context, which sees more than a scan of the pseudonymised text would) and every finding was replaced, so scanning them
/// a second time on the wire doubled the cost of the slowest guardrail without adding protection.
/// Besides them, for the life of the process: the Leitfaden's own wording around the variables
/// (<see cref="TrustPromptTexts"/>), scanned once at start instead of on every request.
/// </summary>
/// <remarks>
/// Safe for any caller: a registered text contains no detectable personal data, so cutting it out of any body — also
/// one built by a direct chat call that bypasses the kernel — hides nothing; everything around it is still scanned.
/// A text that reaches the wire in another form (encoded, split) is simply not found and gets scanned in full.
/// Registrations live for one request and are held in memory only.
/// </remarks>
internal sealed class PseudonymizedTextRegistry
{
    // Shorter texts cost next to nothing to scan; skipping them would not pay for the lookup.
    internal const int MinimumLength = 64;

    private readonly Lock gate = new();
    private readonly Dictionary<string, int> inFlight = new(StringComparer.Ordinal);
    private volatile string[] snapshot = [];
    private volatile string[] promptTexts = [];
    private volatile FrozenSet<string> promptValues = FrozenSet<string>.Empty;

    /// <summary>
    /// Trusts texts the pipeline sends in every request for good: the fixed wording of the prompt templates (cut out
    /// wherever it occurs) and short protocol values such as role names and model ids (skipped when a JSON string is
    /// exactly one of them). Each text only if the detector finds no personal data in clear in it, judged as the egress
    /// guard would judge it; a text that fails stays untrusted, so the guard keeps scanning it in every request (and
    /// refuses the request): fail closed. Returns the texts it trusted.
    /// </summary>
    public IReadOnlyList<string> TrustPromptTexts(IEnumerable<string> texts, PiiDetector detector)
    {
        ArgumentNullException.ThrowIfNull(detector);
        var clean = texts
            .Where(text => text.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Where(text => PlaceholderTokens.CategoriesInClear(text, detector.Analyze(text)).Count == 0)
            .ToArray();
        lock (gate)
        {
            promptTexts = [.. promptTexts.Union(clean.Where(text => text.Length >= MinimumLength), StringComparer.Ordinal)
                .OrderByDescending(text => text.Length)];
            promptValues = FrozenSet.ToFrozenSet(promptValues.Union(clean, StringComparer.Ordinal), StringComparer.Ordinal);
        }
        return clean;
    }

    /// <summary>Whether <paramref name="value"/> is, as a whole, one of the trusted texts (<see cref="TrustPromptTexts"/>).</summary>
    public bool IsTrustedWhole(string value) => promptValues.Contains(value);

    /// <summary>
    /// Registers texts for one request, each also without the white space around it; dispose the result when the
    /// request is over.
    /// </summary>
    /// <remarks>
    /// The trimmed form because a message leaves trimmed (the Leitfaden's template trims it as the kernel's parse of the
    /// markup does): a letter that ends with a line break was otherwise not found in the body and scanned in full on the
    /// wire, a second detector pass. A trimmed text is part of a registered one, so it holds no personal data either.
    /// </remarks>
    public IDisposable Register(params IEnumerable<string> texts)
    {
        var registered = texts.SelectMany(text => (string[])[text, text.Trim()])
            .Where(text => text.Length >= MinimumLength).Distinct(StringComparer.Ordinal).ToArray();
        lock (gate)
        {
            foreach (var text in registered)
            {
                inFlight[text] = inFlight.GetValueOrDefault(text) + 1;
            }
            Publish();
        }
        return new Registration(this, registered);
    }

    /// <summary>
    /// Whether the JSON string <paramref name="value"/> is, as a whole, a text registered for a request in flight:
    /// <see cref="CutOut(string)"/> would leave only a paragraph break of it, so there is nothing to scan, and the
    /// string (a whole letter) need not be read out of the body to find that.
    /// </summary>
    public bool IsRegisteredWhole(JsonElement value)
    {
        // The raw value, quotes and escapes included, is never shorter in bytes than the string in characters.
        var rawLength = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(value).Length - 2;
        foreach (var text in snapshot)
        {
            if (text.Length <= rawLength && value.ValueEquals(text))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// <paramref name="value"/> with every registered text replaced by a paragraph break, so that no detector cue can
    /// join the text before a cut to the text after it.
    /// </summary>
    public string CutOut(string value)
    {
        if (value.Length < MinimumLength)
        {
            return value;
        }
        // The request's own texts first: one that contains the wording is cut out whole. (The other way round, a
        // request text inside the wording, only leaves the wording to be scanned.)
        value = CutOut(value, snapshot);
        return value.Length < MinimumLength ? value : CutOut(value, promptTexts);
    }

    private static string CutOut(string value, string[] texts)
    {
        foreach (var text in texts)
        {
            if (text.Length <= value.Length && value.Contains(text, StringComparison.Ordinal))
            {
                value = value.Replace(text, "\n\n", StringComparison.Ordinal);
            }
        }
        return value;
    }

    private void Release(string[] texts)
    {
        lock (gate)
        {
            foreach (var text in texts)
            {
                if (inFlight.TryGetValue(text, out var count) && count > 1)
                {
                    inFlight[text] = count - 1;
                }
                else
                {
                    inFlight.Remove(text);
                }
            }
            Publish();
        }
    }

    // Readers take the array without locking; longest first, so a text that contains another is cut out whole.
    private void Publish() => snapshot = [.. inFlight.Keys.OrderByDescending(text => text.Length)];

    private sealed class Registration(PseudonymizedTextRegistry registry, string[] texts) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                registry.Release(texts);
            }
        }
    }
}
