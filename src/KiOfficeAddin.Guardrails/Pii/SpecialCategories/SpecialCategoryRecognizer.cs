using System.Text.RegularExpressions;
using KiOfficeAddin.Guardrails.Pii.Text;

namespace KiOfficeAddin.Guardrails.Pii.SpecialCategories;

/// <summary>
/// GDPR Art. 9 evidence: words and phrases that reveal health, religion, ethnic origin, political opinion, union
/// membership, sexual orientation, biometric or genetic data. One scan finds every cue; the short match is then
/// classified. Words that only name an institution (Krankenversicherung, Verkehrsbehinderung, a party's council
/// group) are not evidence about a person.
/// </summary>
internal static partial class SpecialCategoryRecognizer
{
    public static void Find(string text, List<SpecialCategoryEvidence> output)
    {
        foreach (var m in AnyCue().EnumerateMatches(text))
        {
            var cue = text.AsSpan(m.Index, m.Length);
            SpecialCategory? category =
                Health().IsMatch(cue) ? SpecialCategory.Health
                : Religion().IsMatch(cue) ? SpecialCategory.Religion
                : Ethnicity().IsMatch(cue) ? SpecialCategory.Ethnicity
                : Union().IsMatch(cue) ? SpecialCategory.Union
                : SexualOrientation().IsMatch(cue) ? SpecialCategory.SexualOrientation
                : Biometric().IsMatch(cue) ? SpecialCategory.Biometric
                : Genetic().IsMatch(cue) ? SpecialCategory.Genetic
                : Politics().IsMatch(cue) ? SpecialCategory.Politics
                : Party().IsMatch(cue) && ContextWindow.Around(text, m.Index, m.Index + m.Length, 60, Membership()) ? SpecialCategory.Politics
                : null;
            if (category is { } c)
            {
                output.Add(new SpecialCategoryEvidence(c, m.Index, m.Index + m.Length));
            }
        }
    }

    private const string HealthCues =
        @"diagnos|erkrank|krankheit|allergi|unverträglichkeit|schwerbehindert|\bbehinderung|\bbehindert(?:e|en|er|es)?\b|\bgdb\b|grad\sder\sbehinderung|pflegegrad|pflegestufe|pflegebedürftig|pflegedienst|pflegeheim|rollstuhl|rollator|schlaganfall|herzinfarkt|\bkrebs|tumor|chemotherap|depressi|psychisch|psychiatr|psychotherap|therapie|medikament|attest|arztbrief|krankenhaus|klinik|\breha\b|rehabilitation|diabet|demenz|alzheimer|\bsucht|suchterkrank|alkoholabhängig|drogenabhängig|\bhiv\b|\baids\b|schwanger|operiert|krankgeschrieben|arbeitsunfähig|au-bescheinigung|chronisch|epilep|asthma|multiple\ssklerose|parkinson|autis|\badhs\b|trisomie|erblindet|sehbehindert|blindengeld|gehörlos|hörgeschädigt|gelähmt|lähmung|querschnitt|merkzeichen|hospiz|palliativ|dialyse|transplant|infektion|covid|ärztlich|befund|symptom|inkontinen|suizid|essstörung|magersucht|insulin|adrenalin|autoinjektor|notfallmedikament|anfallsleiden|behandelnde[rn]?\s(?:arzt|ärztin)|facharzt|fachärztin|hausarzt|hausärztin|kinderarzt|kinderärztin|krankschreibung|pflegekasse|pflegegeld|schwerbehindertenausweis|eingliederungshilfe";

    private const string ReligionCues =
        @"kirchenaustritt|kirchenmitglied|kirchensteuer|konfession|religion|religiös|glaubensgemeinschaft|katholisch|evangelisch|protestantisch|muslimisch|\bmuslim|\bmoslem|islamisch|\bislam\b|jüdisch|\bjude\b|\bjüdin|synagoge|moschee|buddhist|hinduis|freikirch|zeugen\sjehovas|neuapostolisch|orthodox|getauft|\btaufe\b|konfirmation|firmung|erstkommunion|ramadan|kopftuch|gottesdienst|kirchengemeinde|pfarrgemeinde|alevit|atheist|konfessionslos|\bglaube\b|glaubens|aus\sder\skirche";

    private const string EthnicityCues =
        @"ethnisch|ethnie|abstammung|volkszugehörigkeit|\broma\b|\bsinti\b|migrationshintergrund|hautfarbe|rassistisch|rassismus|herkunftsland|kurdisch|\bkurde|\bkurdin|jesidisch|\bjeside";

    private const string UnionCues =
        @"gewerkschaft|ver\.di|\bverdi\b|ig\smetall|\bgew\b|\bdgb\b|\bdbb\b|\bkomba\b|ig\sbce|ig\sbau|marburger\sbund|tarifkommission|vertrauensleute|vertrauensfrau|vertrauensmann";

    private const string SexualOrientationCues =
        @"homosexu|heterosexu|bisexu|\bschwul|lesbisch|\blesbe|\bqueer|\blgbt|gleichgeschlechtlich|sexuelle\sorientierung|sexuelle\sidentität|sexualleben|transgender|transsexu|transident|intergeschlechtlich|nicht-binär|nichtbinär|coming-out|lebenspartnerschaft|eingetragene\spartnerschaft|geschlechtsangleich";

    private const string BiometricCues =
        @"fingerabdr|biometri|gesichtserkennung|iris-?scan|gesichtsbild|handvenen|stimmerkennung|stimmprofil|retina-?scan";

    private const string GeneticCues =
        @"genetisch|gentest|\bdna\b|erbkrank|genanalyse|vaterschaftstest|abstammungsgutachten|erbgut|\bgenom|chromosom|gendefekt|genmutation|\bbrca";

    private const string PoliticsCues =
        @"parteimitglied|parteizugehörigkeit|politische\s(?:überzeugung|meinung|einstellung|gesinnung|betätigung|haltung)|mitglied\s(?:der|in\sder|bei\sder)\spartei|ortsverband|ortsverein|wahlkampf";

    private const string PartyCues = @"\bspd\b|\bcdu\b|\bcsu\b|\bfdp\b|\bafd\b|bündnis\s90|die\sgrünen|die\slinke|\bbsw\b|\bnpd\b|\bdkp\b|\bmlpd\b|freie\swähler|piratenpartei";

    [GeneratedRegex(HealthCues + "|" + ReligionCues + "|" + EthnicityCues + "|" + UnionCues + "|" + SexualOrientationCues + "|" + BiometricCues + "|" + GeneticCues + "|" + PoliticsCues + "|" + PartyCues, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnyCue();

    [GeneratedRegex(HealthCues, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Health();

    [GeneratedRegex(ReligionCues, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Religion();

    [GeneratedRegex(EthnicityCues, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ethnicity();

    [GeneratedRegex(UnionCues, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Union();

    [GeneratedRegex(SexualOrientationCues, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SexualOrientation();

    [GeneratedRegex(BiometricCues, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Biometric();

    [GeneratedRegex(GeneticCues, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Genetic();

    [GeneratedRegex(PoliticsCues, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Politics();

    [GeneratedRegex(PartyCues, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Party();

    [GeneratedRegex(@"(?i:mitglied|wähl|engagier|aktiv|kandid|gehöre|sympathis|unterstütze|eingetreten|beigetreten|austritt)", RegexOptions.NonBacktracking)]
    private static partial Regex Membership();
}
