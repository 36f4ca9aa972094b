using KiOfficeAddin.Guardrails.Pii.Text;

namespace KiOfficeAddin.Guardrails.Pii.Addresses;

/// <summary>
/// The addresses of offices and firms, which are nobody's personal data: the sender line above the address window
/// ("Stadt Lahnfels · Ordnungsamt · Marktplatz 1 · 35797 Lahnfels"), a footer line ("Niederrhein Wohnbau eG ·
/// Hafenstraße 2 · 47633 Rheinhöhe"), and an address block whose line above the street is an office ("Magistrat der
/// Stadt Wetzlar\nVollstreckungsstelle\nErnst-Leitz-Straße 30\n35578 Wetzlar"). A practice or a one-person business in
/// the same place ("Praxis Dr. Vogel · Birkenleite 11") names no office and keeps its address protected.
/// </summary>
internal static class OrganisationAddresses
{
    /// <summary>Removes from <paramref name="candidates"/> (from index <paramref name="first"/> on) the addresses of organisations.</summary>
    public static void Drop(string text, List<Candidate> candidates, int first)
    {
        // The line starts of the streets dropped so far: the postcode line right below one is dropped with it.
        HashSet<int>? dropped = null;
        // Kept candidates are moved down over the dropped ones, in one pass (a removal each would shift the list each time).
        var kept = first;
        for (var i = first; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Category == PiiCategory.Address)
            {
                var lineStart = LineStart(text, c.Start);
                if (IsInOrganisationSenderLine(text, lineStart, c.Start) || IsBelowOrganisationLine(text, lineStart, c.Start, dropped))
                {
                    (dropped ??= []).Add(lineStart);
                    continue;
                }
            }
            candidates[kept++] = c;
        }
        candidates.RemoveRange(kept, candidates.Count - kept);
    }

    // A sender line or an office's name is short: the search for a line's start looks back this far at most, so that a
    // long one-line text costs each address a bounded look, not a walk to the text's start.
    private const int MaxLineLookBack = 200;

    /// <summary>The start of the line holding <paramref name="position"/>, or -1 when it lies more than 200 characters back.</summary>
    private static int LineStart(string text, int position)
    {
        if (position == 0)
        {
            return 0;
        }
        var from = Math.Max(0, position - MaxLineLookBack);
        var newline = text.LastIndexOf('\n', position - 1, position - from);
        return newline >= 0 ? newline + 1 : from == 0 ? 0 : -1;
    }

    /// <summary>"Stadt Lahnfels · Straßenverkehrsbehörde · Marktplatz 1 · …": the line's first segment is an organisation.</summary>
    private static bool IsInOrganisationSenderLine(string text, int lineStart, int start)
    {
        if (lineStart < 0)
        {
            return false;
        }
        var line = text.AsSpan(lineStart, start - lineStart);
        var dot = line.IndexOf(" · ", StringComparison.Ordinal);
        return dot > 0 && IsOrganisation(line[..dot]);
    }

    /// <summary>
    /// The address starts its line, and the line above is an office ("Vollstreckungsstelle") or the street just dropped
    /// (the postcode line of the same block).
    /// </summary>
    private static bool IsBelowOrganisationLine(string text, int lineStart, int start, HashSet<int>? dropped)
    {
        if (start != lineStart || lineStart < 2)
        {
            return false;
        }
        var aboveEnd = lineStart - 1;
        var aboveStart = LineStart(text, aboveEnd);
        if (aboveStart < 0)
        {
            return false;
        }
        if (dropped is not null && dropped.Contains(aboveStart))
        {
            return true;
        }
        // A line with a digit is a street or a postcode ("Am Erbgericht 3"), not an office's name.
        var above = text.AsSpan(aboveStart, aboveEnd - aboveStart).TrimEnd('\r').Trim();
        return above.Length is > 3 and <= 60 && !above.ContainsAnyInRange('0', '9') && IsOrganisation(above);
    }

    /// <summary>
    /// Whether a word of <paramref name="segment"/> names an authority, a court or a firm that is no one person: not a
    /// one-person business ("Architekturbüro Weiß", "Hausverwaltung Ilić", "Dorfverein … e.V."), whose address the
    /// correspondence treats as the owner's.
    /// </summary>
    private static bool IsOrganisation(ReadOnlySpan<char> segment)
    {
        foreach (var range in segment.SplitAny(" –-/,"))
        {
            var word = segment[range].Trim('.');
            if (word.Length < 2)
            {
                continue;
            }
            if (word is "Stadt" or "Gemeinde" or "Landkreis" or "Kreis" or "Bezirk" or "Magistrat" or "Jobcenter" or "Landrat"
                    or "Bürgermeister" or "Bürgermeisterin" or "Oberbürgermeister" or "Landratsamt" or "Rathaus" or "eG" or "GmbH" or "AG"
                    or "ver.di" or "Stadtwerke" or "Sparkasse" or "Stadtverwaltung" or "Kreisverwaltung" or "Gemeindeverwaltung"
                    or "Fachdienst" or "Fachbereich"
                || EndsWithOfficeWord(word))
            {
                return true;
            }
        }
        return false;
    }

    // "Ordnungsamt", "Bußgeldstelle", "Ausländerbehörde", "Verwaltungsgericht", "Stadtkasse".
    private static bool EndsWithOfficeWord(ReadOnlySpan<char> word) =>
        word.Length >= 6 && char.IsUpper(word[0])
        && (word.EndsWith("amt", StringComparison.Ordinal) || word.EndsWith("stelle", StringComparison.Ordinal)
            || word.EndsWith("behörde", StringComparison.Ordinal) || word.EndsWith("gericht", StringComparison.Ordinal)
            || word.EndsWith("kasse", StringComparison.Ordinal));
}
