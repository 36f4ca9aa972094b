using KiOfficeAddin.Guardrails.Copyright;

namespace KiOfficeAddin.Guardrails.Tests.Copyright;

public sealed class CopyrightCheckerTests
{
    // A registered press text (invented for the test).
    private const string PressText =
        "Arnsberg. Die Stadtwerke haben am Montag angekündigt, das Fernwärmenetz im Stadtteil Neheim bis zum Jahr 2030 " +
        "deutlich auszubauen. Nach Angaben des Geschäftsführers sollen rund zwölf Kilometer neue Leitungen verlegt werden, " +
        "die vor allem Schulen, Sporthallen und mehrere große, ältere Wohnanlagen an der Ruhr versorgen. Die Kosten des Vorhabens " +
        "schätzt das Unternehmen auf etwa vierzig Millionen Euro, von denen ein erheblicher Teil aus Fördermitteln des " +
        "Landes stammen soll. Anwohnerinnen und Anwohner werden im Frühjahr zu einer Informationsveranstaltung in die " +
        "Stadthalle eingeladen, bei der auch die geplanten Baustellen und Umleitungen vorgestellt werden. Kritik kam " +
        "bereits von einer Bürgerinitiative, die einen früheren Beginn der Arbeiten fordert.";

    // 250 characters of the press text, from a word start to a sentence end.
    private static readonly string Passage = Cut(PressText,
        "die vor allem Schulen", "stammen soll.");

    private const string Lyrics =
        "Am Ufer, wo die Weiden stehn,\n" +
        "da will ich morgens schweigend gehn,\n" +
        "der Nebel zieht vom Fluss herauf,\n" +
        "und alle Türen springen auf.\n" +
        "Die Glocke schlägt im alten Turm,\n" +
        "wir lachen leise gegen Sturm.\n";

    private readonly CopyrightChecker checker = new(
        new ProtectedTextLibrary(ProtectedTextIndex.Build(
        [
            new ProtectedText("presse/stadtwerke-fernwaerme.txt", PressText),
            new ProtectedText("lieder/am-ufer.txt", Lyrics),
        ])),
        new CopyrightOptions());

    [Fact]
    public void ThePlantedPassageIsTwoHundredFiftyCharactersLong()
    {
        Assert.InRange(Passage.Length, 245, 255);
    }

    [Fact]
    public void APlantedPassageFromARegisteredTextIsAPossibleQuotationWithItsSpan()
    {
        var answer = "Sehr geehrte Frau Berger,\n\nvielen Dank für Ihre Nachricht zu unserem Wärmekonzept. " + Passage +
            " Gerne beantworten wir Ihre weiteren Fragen telefonisch.\n\nMit freundlichen Grüßen";
        var notice = Assert.Single(checker.CheckOutput(answer, "Bitte antworte Frau Berger freundlich zur Fernwärme."));
        Assert.Equal("possible_quotation", notice.Code);
        Assert.Equal("Mögliches Zitat – Quelle angeben oder umformulieren", notice.Message);
        Assert.Equal(answer.IndexOf(Passage, StringComparison.Ordinal), notice.Start);
        Assert.Equal(answer.IndexOf(Passage, StringComparison.Ordinal) + Passage.Length, notice.End);
        Assert.Equal("presse/stadtwerke-fernwaerme.txt", notice.Source);
    }

    [Fact]
    public void ThePassageInTheUsersOwnInputGivesNoNotice()
    {
        var input = "Bitte fasse diesen Abschnitt aus der Zeitung freundlich zusammen: " + Passage;
        var answer = "Gern, hier der Abschnitt, leicht eingeleitet: " + Passage + " Viele Grüße";
        Assert.Empty(checker.CheckOutput(answer, input));
    }

    [Fact]
    public void AParaphraseGivesNoNotice()
    {
        const string paraphrase =
            "Der Geschäftsführer erklärte, man wolle etwa zwölf Kilometer zusätzliche Rohre legen. Versorgt würden " +
            "damit hauptsächlich Schulen, Turnhallen und einige größere Wohngebäude entlang der Ruhr. Das Unternehmen " +
            "rechnet mit Ausgaben von ungefähr vierzig Millionen Euro, die zu einem großen Teil vom Land gefördert werden.";
        Assert.Empty(checker.CheckOutput(paraphrase, "Schreibe etwas über den Ausbau der Fernwärme."));
    }

    [Fact]
    public void ANearVerbatimCopyWithOneChangedWordIsStillAPossibleQuotation()
    {
        var altered = Passage.Replace("erheblicher", "großer", StringComparison.Ordinal);
        var answer = "Zur Information: " + altered + " Weitere Details folgen.";
        var notice = Assert.Single(checker.CheckOutput(answer, null));
        Assert.Equal(answer.IndexOf(altered, StringComparison.Ordinal), notice.Start);
        Assert.Equal(answer.IndexOf(altered, StringComparison.Ordinal) + altered.Length, notice.End);
    }

    [Fact]
    public void AShortCommonRunOfProseGivesNoNotice()
    {
        // 13 words shared with the press text, far below 200 characters of prose.
        const string answer = "Wie berichtet, sollen rund zwölf Kilometer neue Leitungen verlegt werden, sagte die Stadt heute.";
        Assert.Empty(checker.CheckOutput(answer, null));
    }

    [Fact]
    public void TwelveConsecutiveWordsOfASongAreAPossibleQuotation()
    {
        const string answer = "Zum Abschluss passt ein Vers: gehn, der Nebel zieht vom Fluss herauf, und alle Türen springen auf. Schönen Tag!";
        var notice = Assert.Single(checker.CheckOutput(answer, null));
        Assert.Equal("lieder/am-ufer.txt", notice.Source);
        Assert.Equal("gehn, der Nebel zieht vom Fluss herauf, und alle Türen springen auf.", answer[notice.Start!.Value..notice.End!.Value]);
    }

    [Fact]
    public void ElevenWordsOfASongGiveNoNotice()
    {
        const string answer = "Wie im Lied: Der Nebel zieht vom Fluss herauf, und alle Türen springen auf. Schönen Tag!";
        Assert.Empty(checker.CheckOutput(answer, null));
    }

    [Fact]
    public void WithoutRegisteredTextsNothingIsReported()
    {
        var empty = new CopyrightChecker(new ProtectedTextLibrary(), new CopyrightOptions());
        Assert.Empty(empty.CheckOutput(Passage, null));
    }

    [Theory]
    [InlineData("Arnsberg (dpa) – Die Stadtwerke wollen das Fernwärmenetz ausbauen.", "agency")]
    [InlineData("Düsseldorf (dpa/lnw). Der Landtag hat beschlossen, die Mittel zu erhöhen.", "agency")]
    [InlineData("Neheim. Der Ausbau beginnt im Frühjahr, meldet AFP.", "agency")]
    [InlineData("Ein Artikel über den Ausbau.\n© 2026 Westfalenpost. Alle Rechte vorbehalten.", "copyright_sign")]
    [InlineData("Text der Broschüre. Alle Rechte vorbehalten.", "rights_reserved")]
    [InlineData("Ein Bericht über neue Radwege in der Innenstadt.\nQuelle: Westfälische Rundschau", "source_line")]
    public void PressAndRightsMarkersInTheInputGiveAThirdPartyNotice(string input, string evidence)
    {
        var notice = Assert.Single(checker.CheckInput(input));
        Assert.Equal("third_party_material", notice.Code);
        Assert.Contains("§ 16 UrhG", notice.Message, StringComparison.Ordinal);
        Assert.Equal(evidence, notice.Evidence);
        Assert.True(notice.Start >= 0 && notice.End > notice.Start && notice.End <= input.Length);
    }

    [Fact]
    public void ALongQuotedPassageInTheInputGivesAThirdPartyNotice()
    {
        var input = "Im Buch heißt es: „" + PressText[..260] + "“ Bitte umformulieren.";
        var notice = Assert.Single(checker.CheckInput(input));
        Assert.Equal("long_quotation", notice.Evidence);
        Assert.Equal(input.IndexOf('„', StringComparison.Ordinal), notice.Start);
    }

    [Fact]
    public void AnOrdinanceExcerptGivesNoInputNotice()
    {
        const string ordinance =
            "§ 62 BauO NRW – Genehmigungsfreie Bauvorhaben, Beseitigung von Anlagen\n" +
            "(1) Keiner Baugenehmigung bedürfen\n" +
            "1. Gebäude\n" +
            "a) Gebäude ohne Aufenthaltsräume, Toiletten und Feuerstätten, wenn die Gebäude weder Verkaufs- noch " +
            "Ausstellungszwecken dienen, im Außenbereich nur, wenn sie einem land- oder forstwirtschaftlichen Betrieb " +
            "dienen, mit einem Brutto-Rauminhalt bis zu 75 m³,\n" +
            "Quelle: recht.nrw.de\n\n" +
            "Bitte erkläre dem Bürger in einfacher Sprache, ob sein Gartenhaus genehmigungsfrei ist.";
        Assert.Empty(checker.CheckInput(ordinance));
    }

    [Fact]
    public void AQuotedSatzungParagraphGivesNoInputNotice()
    {
        const string input =
            "Die Friedhofssatzung der Stadt sagt in § 12: „Grabstätten sind innerhalb von sechs Monaten nach der " +
            "Beisetzung gärtnerisch herzurichten und dauernd in einem würdigen Zustand zu halten. Wird eine Grabstätte " +
            "nicht ordnungsgemäß hergerichtet oder gepflegt, fordert die Friedhofsverwaltung die verantwortliche " +
            "Person schriftlich auf, die Grabstätte innerhalb einer angemessenen Frist in Ordnung zu bringen.“";
        Assert.Empty(checker.CheckInput(input));
    }

    [Fact]
    public void AnOrdinaryCitizenLetterGivesNoInputNotice()
    {
        const string letter =
            "Sehr geehrte Damen und Herren, ich möchte mein Auto ummelden und habe dazu eine Frage zu den Unterlagen. " +
            "Muss ich persönlich vorbeikommen oder geht das auch online? Vielen Dank im Voraus.";
        Assert.Empty(checker.CheckInput(letter));
    }

    private static string Cut(string text, string from, string through)
    {
        var start = text.IndexOf(from, StringComparison.Ordinal);
        var end = text.IndexOf(through, start, StringComparison.Ordinal) + through.Length;
        return text[start..end];
    }
}
