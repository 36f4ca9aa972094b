using KiOfficeAddin.Guardrails.Readability;

namespace KiOfficeAddin.Guardrails.Tests.Readability;

/// <summary>
/// Twelve German texts counted by hand. Counting conventions (also those of the calculator):
/// a word is a run of letters (hyphenated compounds are one word, "E-Mail"), a number, or a symbol read aloud
/// (§ = Pa-ra-graf, % = Pro-zent); syllables are spoken syllables (numbers as spoken: 62 = zwei-und-sech-zig,
/// "3." = drit-ten; acronyms spelled: NRW = en-er-we; abbreviations by their expansion: "z. B." = zum Bei-spiel,
/// two words; "ggf." = ge-ge-be-nen-falls); long words have more than six letters (abbreviations and symbols by
/// their expansion, numerals never); a sentence ends at . ! ? or a blank line, not after an abbreviation or ordinal.
/// The expected scores are computed here from the hand counts with the formulas of domain.md:
/// FRE = 180 − ASL − 58.5 × ASW; WSTF = 0.1935·MS + 0.1672·SL + 0.1297·IW − 0.0327·ES − 0.875.
/// </summary>
public sealed class ReadabilityCalculatorTests
{
    public static TheoryData<string, HandCount> Texts => new()
    {
        {
            // Der1 Hund1 bellt1 | Die1 Kat-ze2 schläft1
            "Der Hund bellt. Die Katze schläft.",
            new(Words: 6, Sentences: 2, Syllables: 7, Polysyllabic: 0, LongWords: 1 /* schläft */, Monosyllabic: 5)
        },
        {
            // Sehr1 ge-ehr-te3 Frau1 Mül-ler2 vie-len2 Dank1 für1 Ih-re2 An-fra-ge3 vom1 drit-ten2 März1 |
            // Wir1 ha-ben2 Ih-ren2 An-trag2 er-hal-ten3
            "Sehr geehrte Frau Müller, vielen Dank für Ihre Anfrage vom 3. März. Wir haben Ihren Antrag erhalten.",
            new(17, 2, 30, Polysyllabic: 3 /* geehrte Anfrage erhalten */, LongWords: 3 /* same */, Monosyllabic: 7)
        },
        {
            // Bit-te2 be-ach-ten3 Sie1 die1 Fris-ten2 | Der1 Be-scheid2 wird1 Ih-nen2 per1 Post1 zu-ge-stellt3
            "Bitte beachten Sie die Fristen. Der Bescheid wird Ihnen per Post zugestellt.",
            new(12, 2, 20, Polysyllabic: 2, LongWords: 4 /* beachten Fristen Bescheid zugestellt */, Monosyllabic: 6)
        },
        {
            // Die1 neu-e2 Feu-er-wehr3 kauft1 zwei1 Lei-tern2 | Häu-ser2 brau-chen2 Rauch-mel-der3
            "Die neue Feuerwehr kauft zwei Leitern. Häuser brauchen Rauchmelder.",
            new(9, 2, 17, Polysyllabic: 2, LongWords: 4 /* Feuerwehr Leitern brauchen Rauchmelder */, Monosyllabic: 3)
        },
        {
            // Die1 Si-tu-a-ti-on5 im1 Mu-se-um3 ist1 schwie-rig2 | Die1 Fa-mi-li-e4 war-tet2 auf1 ei-ne2 Lö-sung2
            "Die Situation im Museum ist schwierig. Die Familie wartet auf eine Lösung.",
            new(12, 2, 25, Polysyllabic: 3, LongWords: 3 /* Situation schwierig Familie */, Monosyllabic: 5)
        },
        {
            // Nach1 Pa-ra-graf3 zwei-und-sech-zig4 Bau-o2 en-er-we3 ist1 zum1 Bei-spiel2 ein1 Gar-ten-haus3
            // ge-neh-mi-gungs-frei5 | Bit-te2 fra-gen2 Sie1 ge-ge-be-nen-falls5 beim1 Bau-amt2 nach1
            "Nach § 62 BauO NRW ist z. B. ein Gartenhaus genehmigungsfrei. Bitte fragen Sie ggf. beim Bauamt nach.",
            new(18, 2, 40, Polysyllabic: 6 /* § 62 NRW Gartenhaus genehmigungsfrei ggf. */,
                LongWords: 5 /* Paragraf Beispiel Gartenhaus genehmigungsfrei gegebenenfalls */, Monosyllabic: 7)
        },
        {
            // Schrei-ben2 Sie1 uns1 ei-ne2 E-Mail2 | Das1 Bür-ger-bü-ro4 ist1 von1 acht1 bis1 zwölf1 Uhr1 ge-öff-net3
            "Schreiben Sie uns eine E-Mail. Das Bürgerbüro ist von 8 bis 12 Uhr geöffnet.",
            new(14, 2, 22, Polysyllabic: 2, LongWords: 3 /* Schreiben Bürgerbüro geöffnet */, Monosyllabic: 9)
        },
        {
            // Sie1 be-kom-men3 Geld1 | Das1 Geld1 kommt1 je-den2 Mo-nat2 | Sie1 müs-sen2 nichts1 tun1
            "Sie bekommen Geld. Das Geld kommt jeden Monat. Sie müssen nichts tun.",
            new(12, 3, 17, Polysyllabic: 1, LongWords: 1 /* bekommen */, Monosyllabic: 8)
        },
        {
            // Die1 Ge-wäh-rung3 der1 be-an-trag-ten4 Leis-tun-gen3 setzt1 vor-aus2 dass1 die1 er-for-der-li-chen5
            // Nach-wei-se3 frist-ge-recht3 vor-ge-legt3 wer-den2
            "Die Gewährung der beantragten Leistungen setzt voraus, dass die erforderlichen Nachweise fristgerecht vorgelegt werden.",
            new(14, 1, 33, Polysyllabic: 7, LongWords: 7, Monosyllabic: 5)
        },
        {
            // Ha-ben2 Sie1 die1 Quit-tung2 | Brin-gen2 Sie1 bit-te2 Ko-pi-en3 mit1 | Dan-ke2 für1 Ih-re2 Ge-duld2
            "Haben Sie die Quittung? Bringen Sie bitte Kopien mit! Danke für Ihre Geduld.",
            new(13, 3, 22, Polysyllabic: 1 /* Kopien */, LongWords: 2 /* Quittung Bringen */, Monosyllabic: 5)
        },
        {
            // Be-ur-tei-lung4 des1 An-trags2 || Wir1 prü-fen2 Ih-ren2 An-trag2 sorg-fäl-tig3 (heading, blank line)
            "Beurteilung des Antrags\n\nWir prüfen Ihren Antrag sorgfältig.",
            new(8, 2, 17, Polysyllabic: 2, LongWords: 3 /* Beurteilung Antrags sorgfältig */, Monosyllabic: 2)
        },
        {
            // Im1 Jahr1 zwei-tau-send-sechs-und-zwan-zig7 än-dert2 sich1 die1 Ge-bühr2 | Sie1 steigt1 um1 fünf1 Pro-zent2
            "Im Jahr 2026 ändert sich die Gebühr. Sie steigt um 5 Prozent.",
            new(12, 2, 21, Polysyllabic: 1 /* 2026 */, LongWords: 1 /* Prozent */, Monosyllabic: 8)
        },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void WordsAndSentencesMatchTheHandCount(string text, HandCount hand)
    {
        var result = ReadabilityCalculator.Analyze(text);
        Assert.Equal(hand.Words, result.Words);
        Assert.Equal(hand.Sentences, result.Sentences);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void FleschReadingEaseIsWithinOnePointOfTheHandComputation(string text, HandCount hand)
    {
        var asl = (double)hand.Words / hand.Sentences;
        var asw = (double)hand.Syllables / hand.Words;
        var expected = 180 - asl - (58.5 * asw);
        var result = ReadabilityCalculator.Analyze(text);
        Assert.InRange(result.FleschReadingEase, expected - 1, expected + 1);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void WienerSachtextformelIsWithinOnePointOfTheHandComputation(string text, HandCount hand)
    {
        var ms = 100.0 * hand.Polysyllabic / hand.Words;
        var sl = (double)hand.Words / hand.Sentences;
        var iw = 100.0 * hand.LongWords / hand.Words;
        var es = 100.0 * hand.Monosyllabic / hand.Words;
        var expected = (0.1935 * ms) + (0.1672 * sl) + (0.1297 * iw) - (0.0327 * es) - 0.875;
        var result = ReadabilityCalculator.Analyze(text);
        Assert.InRange(result.WienerSachtextformel, expected - 1, expected + 1);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void SyllablesMatchTheHandCount(string text, HandCount hand)
    {
        Assert.Equal(hand.Syllables, ReadabilityCalculator.Analyze(text).Syllables);
    }

    [Fact]
    public void PlainTextScoresEasierThanOfficialese()
    {
        var plain = ReadabilityCalculator.Analyze("Sie bekommen Geld. Das Geld kommt jeden Monat. Sie müssen nichts tun.");
        var officialese = ReadabilityCalculator.Analyze(
            "Die Gewährung der beantragten Leistungen setzt voraus, dass die erforderlichen Nachweise fristgerecht vorgelegt werden.");
        Assert.True(plain.FleschReadingEase > officialese.FleschReadingEase + 40);
        Assert.True(plain.WienerSachtextformel < officialese.WienerSachtextformel);
        Assert.Equal("sehr schwer", officialese.Assessment);
    }

    [Fact]
    public void EmptyTextHasNoWordsAndNoScore()
    {
        var result = ReadabilityCalculator.Analyze("  \n ");
        Assert.Equal(0, result.Words);
        Assert.Equal(0, result.FleschReadingEase);
        Assert.Equal("kein Text", result.Assessment);
    }

    [Fact]
    public void DotsInsideAddressesAndAbbreviationsDoNotEndSentences()
    {
        var result = ReadabilityCalculator.Analyze("Infos unter www.arnsberg.de und bzw. im Rathaus, Str. 5. Danke.");
        Assert.Equal(2, result.Sentences);
    }

    public sealed record HandCount(int Words, int Sentences, int Syllables, int Polysyllabic, int LongWords, int Monosyllabic);
}
