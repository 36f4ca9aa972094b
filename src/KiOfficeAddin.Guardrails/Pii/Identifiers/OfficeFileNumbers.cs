using System.Runtime.InteropServices;
using KiOfficeAddin.Guardrails.Pii.Text;

namespace KiOfficeAddin.Guardrails.Pii.Identifiers;

/// <summary>
/// File numbers of offices outside the city whose shape alone names them, with or without a keyword: the
/// Familienkasse's Kindergeldnummer ("881FK589949") and a bailiff's register number ("DR II 1432/25").
/// </summary>
internal static class OfficeFileNumbers
{
    public static void Find(string text, List<Candidate> output) => Find(text, output, DigitClusters.Find(text));

    /// <summary>As <see cref="Find(string, List{Candidate})"/>, with the text's digit clusters (null: not known).</summary>
    public static void Find(string text, List<Candidate> output, List<DigitCluster>? clusters)
    {
        // Each number's digits end or start a cluster next to its letters (which keep other digits from joining it): a
        // text without such a cluster needs no search for "FK" or "DR I".
        if (clusters is null || AnyClusterBeforeFk(text, clusters))
        {
            FindChildBenefitNumbers(text, output);
        }
        if (clusters is null || AnyClusterAfterRegisterNumeral(text, clusters))
        {
            FindBailiffRegisterNumbers(text, output);
        }
    }

    /// <summary>Whether a cluster ends right before "FK" or " FK" (the Familienkasse's three digits).</summary>
    private static bool AnyClusterBeforeFk(string text, List<DigitCluster> clusters)
    {
        foreach (var cluster in CollectionsMarshal.AsSpan(clusters))
        {
            var i = cluster.End < text.Length && text[cluster.End] == ' ' ? cluster.End + 1 : cluster.End;
            if (i + 1 < text.Length && text[i] == 'F' && text[i + 1] == 'K')
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a cluster starts right after "I " (the register's numeral, then the number).</summary>
    private static bool AnyClusterAfterRegisterNumeral(string text, List<DigitCluster> clusters)
    {
        foreach (var cluster in CollectionsMarshal.AsSpan(clusters))
        {
            if (cluster.Start >= 2 && text[cluster.Start - 1] == ' ' && text[cluster.Start - 2] == 'I')
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"881FK589949", "973 FK 317787": three digits (the Familienkasse), "FK", six digits (the case).</summary>
    private static void FindChildBenefitNumbers(string text, List<Candidate> output)
    {
        for (var at = text.IndexOf("FK", StringComparison.Ordinal); at >= 0; at = text.IndexOf("FK", at + 2, StringComparison.Ordinal))
        {
            var officeEnd = at > 0 && text[at - 1] == ' ' ? at - 1 : at;
            var caseStart = at + 2 < text.Length && text[at + 2] == ' ' ? at + 3 : at + 2;
            var start = officeEnd - 3;
            var end = caseStart + 6;
            if (start < 0 || end > text.Length || !CheckDigits.AreDigits(text.AsSpan(start, officeEnd - start)) || !CheckDigits.AreDigits(text.AsSpan(caseStart, end - caseStart))
                || (start > 0 && char.IsLetterOrDigit(text[start - 1])) || (end < text.Length && char.IsLetterOrDigit(text[end])))
            {
                continue;
            }
            output.Add(new(PiiCategory.CaseReference, start, end, CandidatePriority.Layout));
        }
    }

    /// <summary>"DR II 1432/25": the Dienstregister (I or II) of a Gerichtsvollzieher, a number and the year.</summary>
    private static void FindBailiffRegisterNumbers(string text, List<Candidate> output)
    {
        for (var at = text.IndexOf("DR I", StringComparison.Ordinal); at >= 0; at = text.IndexOf("DR I", at + 4, StringComparison.Ordinal))
        {
            if (at > 0 && char.IsLetterOrDigit(text[at - 1]))
            {
                continue;
            }
            var i = at + 3;
            while (i < text.Length && i - at < 6 && text[i] == 'I')
            {
                i++;
            }
            if (i >= text.Length || text[i] != ' ')
            {
                continue;
            }
            var number = ++i;
            while (i < text.Length && i - number < 6 && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
            if (i == number || i >= text.Length || text[i] != '/')
            {
                continue;
            }
            var year = ++i;
            while (i < text.Length && i - year < 4 && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
            if (i - year is 2 or 4 && (i >= text.Length || !char.IsLetterOrDigit(text[i])))
            {
                output.Add(new(PiiCategory.CaseReference, at, i, CandidatePriority.Layout));
            }
        }
    }
}
