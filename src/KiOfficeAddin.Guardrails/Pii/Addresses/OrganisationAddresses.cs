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
        if (candidates.Count == first)
        {
            return;
        }
        // Most texts have no middle dot and no office word on a line above an address: one check each rules them out.
        var dropped = new List<int>();
        for (var i = first; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Category != PiiCategory.Address)
            {
                continue;
            }
            var lineStart = c.Start == 0 ? 0 : text.LastIndexOf('\n', c.Start - 1) + 1;
            var lineEnd = text.IndexOf('\n', c.Start);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            if (IsInOrganisationSenderLine(text, lineStart, c.Start) || IsBelowOrganisationLine(text, lineStart, c.Start, dropped))
            {
                dropped.Add(lineStart);
                candidates.RemoveAt(i--);
            }
        }
    }

    /// <summary>"Stadt Lahnfels · Straßenverkehrsbehörde · Marktplatz 1 · …": the line's first segment is an organisation.</summary>
    private static bool IsInOrganisationSenderLine(string text, int lineStart, int start)
    {
        var line = text.AsSpan(lineStart, start - lineStart);
        var dot = line.IndexOf(" · ", StringComparison.Ordinal);
        return dot > 0 && IsOrganisation(line[..dot]);
    }

    /// <summary>
    /// The address starts its line, and the line above is an office ("Vollstreckungsstelle") or the street just dropped
    /// (the postcode line of the same block).
    /// </summary>
    private static bool IsBelowOrganisationLine(string text, int lineStart, int start, List<int> dropped)
    {
        if (start != lineStart || lineStart < 2)
        {
            return false;
        }
        var aboveEnd = lineStart - 1;
        var aboveStart = text.LastIndexOf('\n', aboveEnd - 1) + 1;
        if (dropped.Contains(aboveStart))
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
