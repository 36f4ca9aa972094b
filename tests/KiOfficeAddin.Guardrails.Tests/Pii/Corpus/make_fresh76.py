"""Batch 76: 30 documents from the invented North-German port town Hansestadt Wesermünde-Nord: its Ordnungsamt
(parking, waste and noise fines, German and foreign number plates), trade office (Gewerbean-/ab-/ummeldungen with tax
numbers and VAT IDs, foreign sole traders), harbour office (berth fees, invoices, reminders) and the registration of
seasonal workers; residents from Portugal, Lithuania, the Philippines, Ghana, Denmark and Turkey, mails in English or
mixed Portuguese/German, forms filled in as text. Every person, address and number is invented.

Foreign identifiers and their check algorithms (implemented below):
- Portuguese NIF (9 digits): weights 9..2 on the first 8 digits, check = (11 - sum mod 11) mod 11, 10 -> 0;
  the VAT id is "PT" + NIF.
- Portuguese Cartão de Cidadão ("12345678 9 ZX4"): civil number 8 digits + its check digit (weights 9..2, mod 11,
  10 -> 0), 2-character version, final check digit: from the right, every other character (starting with the one
  next to the check digit) doubled with values 0-9, A=10..Z=35, minus 9 if > 9, check = (10 - sum) mod 10.
- Portuguese IBAN: NIB (bank 4, branch 4, account 11, 2 NIB check digits = 98 - (first 19 digits * 100 mod 97)),
  then ISO 7064 MOD 97-10.
- Lithuanian asmens kodas (11 digits, gender/century digit + YYMMDD + serial 3 + check) and Lithuanian VAT id
  (LT + 9 digits, 8th digit 1): check = sum(d_i * (1 + i mod 9)) mod 11, if 10 then weights 1 + (i + 2) mod 9,
  if again 10 -> 0.  Lithuanian passport / ID card numbers (8 digits): format only, no public check digit.
- Lithuanian IBAN: LT + 2 + bank 5 + account 11, MOD 97-10.
- Danish CPR (DDMMYY-SSSS): weights 4,3,2,7,6,5,4,3,2,1, sum mod 11 = 0 (the pre-2007 modulus-11 rule);
  Danish CVR (8 digits): weights 2,7,6,5,4,3,2,1, sum mod 11 = 0; Danish VAT id "DK" + CVR; Danish IBAN MOD 97-10.
- Turkish T.C. Kimlik No. (11 digits, first not 0): d10 = (10 - sum(d1..d9 with weights 3,1,3,...)) mod 10,
  d11 = (d10 + d1 + ... + d9) mod 10.  Turkish passport (U + 8 digits): format only.
- Ghana Card PIN (GHA-#########-#) and Ghanaian passport (G + 7 digits), Philippine passport (P + 7 digits + letter)
  and SSS number (##-#######-#): format only, no public check algorithm.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)  # marks.py and identifiers.py sit beside this file
from marks import build  # noqa: E402
from identifiers import Identifiers, group, mod97_iban  # noqa: E402

ids = Identifiers(7676)
rng = ids.rng

ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


# --- foreign identifiers with their national check digits -------------------------------------------------------
def _mod11_92(digits8):
    s = sum((9 - i) * int(d) for i, d in enumerate(digits8))
    return (11 - s % 11) % 11 % 10


def pt_nif(first="2"):
    body = first + ids.digits(7)
    return body + str(_mod11_92(body))


def pt_cc_check(payload):
    def cutoff(x):
        return x - 9 if x > 9 else x
    s = sum(cutoff(ALNUM.index(c) * 2) if i % 2 == 0 else ALNUM.index(c) for i, c in enumerate(payload[::-1]))
    return str((10 - s) % 10)


def pt_cc():
    civil = ids.digits(8, True)
    version = rng.choice(["ZZ", "ZX", "ZY", "ZW"])
    payload = civil + str(_mod11_92(civil)) + version
    return f"{civil} {payload[8]} {version}{pt_cc_check(payload)}"


def pt_iban():
    head = rng.choice(["0035", "0033", "0007", "0010", "0018"]) + ids.digits(4) + ids.digits(11)
    nib = head + f"{98 - int(head) * 100 % 97:02d}"
    return mod97_iban("PT", nib)


def ee_lt_check(digits):
    check = sum((1 + i % 9) * int(n) for i, n in enumerate(digits)) % 11
    if check == 10:
        check = sum((1 + (i + 2) % 9) * int(n) for i, n in enumerate(digits)) % 11
    return str(check % 10)


def lt_asmens(first, yymmdd):
    body = first + yymmdd + ids.digits(3)
    return body + ee_lt_check(body)


def lt_vat():
    body = ids.digits(7, True) + "1"
    return "LT" + body + ee_lt_check(body)


def lt_iban():
    return mod97_iban("LT", rng.choice(["73000", "70440", "40100"]) + ids.digits(11))


def dk_cpr(ddmmyy):
    weights = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
    while True:
        body = ddmmyy + rng.choice("0123") + ids.digits(2)
        s = sum(w * int(d) for w, d in zip(weights, body))
        check = (11 - s % 11) % 11
        if check < 10:
            return f"{body[:6]}-{body[6:]}{check}"


def dk_cvr():
    weights = (2, 7, 6, 5, 4, 3, 2, 1)
    while True:
        body = ids.digits(7, True)
        s = sum(w * int(d) for w, d in zip(weights, body))
        check = (11 - s % 11) % 11
        if check < 10:
            return body + str(check)


def dk_iban():
    return mod97_iban("DK", ids.digits(4, True) + ids.digits(10))


def tr_kimlik_check(body):
    c1 = (10 - sum((3, 1)[i % 2] * int(n) for i, n in enumerate(body))) % 10
    c2 = (c1 + sum(int(n) for n in body)) % 10
    return f"{c1}{c2}"


def tr_kimlik():
    body = ids.digits(9, True)
    return body + tr_kimlik_check(body)


def tr_passport():
    return "U" + ids.digits(8, True)


def gh_card():
    return f"GHA-{ids.digits(9, True)}-{ids.digits(1)}"


def gh_passport():
    return "G" + ids.digits(7, True)


def ph_passport():
    return "P" + ids.digits(7, True) + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")


def ph_sss():
    d = ids.digits(10, True)
    return f"{d[:2]}-{d[2:9]}-{d[9]}"


def lt_doc():
    return ids.digits(8, True)


def tax_nds():
    """Niedersachsen Steuernummer FF/FFF/UUUUP (layout only)."""
    return f"{rng.choice(['46', '47', '75'])}/{ids.digits(3)}/{ids.digits(5)}"


def tax_nds_federal():
    """13-digit federal form for Niedersachsen: 23 + FF + 0 + FFF + UUUUP (layout only)."""
    return "23" + rng.choice(["46", "47", "75"]) + "0" + ids.digits(3) + ids.digits(5)


def mobile(prefix):
    return prefix + ids.digits(7, True)


# self-check against published vectors (python-stdnum doctests)
assert pt_cc_check("000000000ZZ") == "4"
assert ee_lt_check("3330924006") == "4"
assert ee_lt_check("10000191901") == "7"
assert sum(w * int(n) for w, n in zip((4, 3, 2, 7, 6, 5, 4, 3, 2, 1), "2110625629")) % 11 == 0
assert tr_kimlik_check("172917160") == "60"
assert sum(w * int(n) for w, n in zip((2, 7, 6, 5, 4, 3, 2, 1), "13585628")) % 11 == 0

# --- fixed public (neutral) data of the town --------------------------------------------------------------------
RATHAUS = "[[N|Am Alten Hafen 1]], [[N|27591 Wesermünde-Nord]]"
OA_HAUS = "[[N|Schleusenstraße 4]], [[N|27591 Wesermünde-Nord]]"
ZENTRALE = "[[N|0471 9280-0]]"
OA_MAIL = "[[N|ordnungsamt@wesermuende-nord.de]]"
BG_MAIL = "[[N|bussgeldstelle@wesermuende-nord.de]]"
GA_MAIL = "[[N|gewerbe@wesermuende-nord.de]]"
HA_MAIL = "[[N|hafenamt@wesermuende-nord.de]]"
BB_MAIL = "[[N|buergerbuero@wesermuende-nord.de]]"
KASSE_IBAN = "[[N|" + group(mod97_iban("DE", "29250000" + "0001047711"), 4) + "]]"

DOCS = []

# ---------------------------------------------------------------------------------------------------------------
# 1 Danish driver disputes a parking fine in English; reply on top
kz1 = f"5.2026.{ids.digits(6)}"
DOCS.append(("outlook", "verwarnungsgeld_daenemark_englisch", f"""From: Bußgeldstelle Wesermünde-Nord <{BG_MAIL}>
Sent: Tuesday, 9 June 2026 10:47
To: [[P|Søren Kjærgaard]] <[[E|soren.kjaergaard@mail.dk]]>
Subject: RE: Parking ticket ferry terminal – reference [[AZ|VG-2026-018734]]

Dear Mr [[P|Kjærgaard]],

thank you for your e-mail and the photos. I have checked the file again. The vehicle with the Danish registration [[KFZ|CX 41 207]] was parked on 30 May 2026 from 14:05 to 16:40 in the short-term zone in front of the ferry terminal, where parking is limited to 30 minutes with a parking disc. Our officer did not find a disc or a ticket behind the windscreen.

You write that your wife, Mrs [[P|Mette Østergaard Kjærgaard]], had bought a ticket at the machine. Unfortunately, the machine at this spot only sells tickets for the long-term car park P3, not for the short-term zone. I am sorry, but the warning fine of 30,00 EUR remains.

Please transfer the amount within one week to the account of the city treasury:
IBAN {KASSE_IBAN}, BIC BRLADE22XXX, reference (Kassenzeichen) [[AZ|{kz1}]].

If the amount is not paid, we will have to start formal proceedings (Bußgeldverfahren), which causes additional fees.

Kind regards

[[P|Okan Yıldız]]
Bußgeldstelle / Ordnungsamt
Hansestadt Wesermünde-Nord
{OA_HAUS}
Phone [[T|+49 471 9280-344]]

-----Original Message-----
From: [[P|Søren Kjærgaard]] <[[E|soren.kjaergaard@mail.dk]]>
Sent: Sunday, 7 June 2026 21:13
To: {BG_MAIL}
Subject: Parking ticket ferry terminal – reference [[AZ|VG-2026-018734]]

Hello,

I received a letter in German about a parking fine (Verwarnungsgeld) for my car [[KFZ|CX 41 207]]. My German is not very good so I write in English, I hope that is OK.

We were on our way back from Helgoland, and my wife [[P|Mette]] bought a parking ticket at the machine, she still has it (photo attached). So I do not understand why we have to pay. Maybe the machine was wrong??

My address is [[A|Kystvejen 48]], [[A|9850 Hirtshals]], Denmark, you can also call me on [[T|+45 28 71 93 05]].

Best regards / Venlig hilsen
[[P|Søren Kjærgaard]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 2 Hearing letter (Anhörung) for a parking offence, Portuguese resident
az2 = f"OA-32.1-{ids.digits(5)}/26"
DOCS.append(("word", "anhoerung_parkverstoss", f"""Hansestadt Wesermünde-Nord · Ordnungsamt · Bußgeldstelle · {OA_HAUS}

Herrn
[[P|Rui Manuel da Silva Pereira]]
[[A|Lotsenstraße 17]]
[[A|27591 Wesermünde-Nord]]

Aktenzeichen: [[AZ|{az2}]]
Ihr Zeichen: –
Bearbeiterin: [[P|Meike Harms]]
Telefon: [[T|0471 9280-341]]
E-Mail: [[E|m.harms@wesermuende-nord.de]]
Datum: 16.03.2026

Anhörung im Bußgeldverfahren – Parken auf einem Behindertenparkplatz ohne Ausweis

Sehr geehrter Herr [[P|da Silva Pereira]],

Ihnen wird vorgeworfen, am 27.02.2026 um 19:32 Uhr in Wesermünde-Nord, vor dem Haus [[A|Am Fischmarkt 12]], mit dem Pkw, amtliches Kennzeichen [[KFZ|CUX-RP 318]], auf einem durch Zeichen 314 mit Zusatzzeichen „Rollstuhlfahrersymbol“ gekennzeichneten Parkplatz geparkt zu haben, ohne dass ein entsprechender Parkausweis ausgelegt war (§§ 12, 49 StVO, § 24 StVG; Tatbestandsnummer 142178). Regelsatz: 55,00 EUR.

Als Halter des Fahrzeugs ist uns vom Kraftfahrt-Bundesamt Herr [[P|Rui Manuel da Silva Pereira]], geb. [[DOB|04.09.1983]], mitgeteilt worden. Beweismittel: Feststellung der Verkehrsüberwachungskraft Dienstnummer 07, zwei Lichtbilder.

Sie haben Gelegenheit, sich innerhalb von einer Woche nach Zugang zu dem Vorwurf zu äußern. Wenn Sie das Fahrzeug nicht selbst geführt haben, nennen Sie uns bitte Namen und Anschrift der Person, die gefahren ist. Sie sind hierzu nicht verpflichtet. Angaben zur Person (Name, Geburtsdatum, Anschrift) sind jedoch Pflicht (§ 111 OWiG).

Falls Sie den Verstoß einräumen, können Sie den Betrag von 55,00 EUR unter Angabe des Aktenzeichens auf das Konto der Stadtkasse überweisen: IBAN {KASSE_IBAN}. Das Verfahren ist dann abgeschlossen.

Informationen in portugiesischer Sprache erhalten Sie donnerstags von 9 bis 12 Uhr bei Frau [[P|Maria do Céu Ferreira]] (Integrationslotsin) im Bürgerbüro, {RATHAUS}.

Mit freundlichen Grüßen
Im Auftrag

[[P|Harms]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 3 Waste fine: mail in mixed Portuguese/German, forwarded with a working translation
az3 = f"OA-32.4-{ids.digits(5)}/26"
mob3 = mobile("0157 ")
DOCS.append(("outlook", "abfall_bussgeld_portugiesisch", f"""Von: [[P|Maria do Céu Ferreira]] <[[E|mc.ferreira@wesermuende-nord.de]]>
Gesendet: Mittwoch, 22. April 2026 11:05
An: [[P|Okan Yıldız]] <[[E|o.yildiz@wesermuende-nord.de]]>
Cc: {OA_MAIL}
Betreff: WG: Multa lixo / Bußgeld Müll – Az. [[AZ|{az3}]]

Hallo [[P|Okan]],

anbei die Mail von Frau [[P|dos Santos Lopes]], sie war heute auch persönlich bei mir in der Sprechstunde. Kurze Übersetzung (sinngemäß):
Sie bestreitet, die Säcke und den Kühlschrank neben den Containern am [[A|Heringsgang 2]] abgestellt zu haben. Die Säcke mit ihrem Namen drauf (Paketaufkleber) stammten aus ihrem Altpapier, das jemand aus der Tonne genommen habe. Der Kühlschrank gehöre dem Nachbarn aus dem 2. Stock, Herrn [[P|Pundt]], der sei am Samstag umgezogen. Sie bittet um Einstellung des Verfahrens; ihr Sohn [[P|Tiago]] kann bei Rückfragen übersetzen.

Ich halte das für plausibel, würde aber nicht selbst entscheiden wollen. Kannst du bitte übernehmen?

Viele Grüße
[[P|Céu]]

-----Ursprüngliche Nachricht-----
Von: [[P|Fernanda dos Santos Lopes]] <[[E|fernanda.lopes77@sapo.pt]]>
Gesendet: Dienstag, 21. April 2026 22:48
An: {OA_MAIL}
Betreff: Multa lixo / Bußgeld Müll

Boa noite / Guten Abend,

recebi uma carta do Ordnungsamt com uma multa de 100 Euro por causa do lixo (Müll) ao lado dos contentores no [[A|Heringsgang 2]]. Eu não deixei lá nada! Os sacos tinham o meu nome porque eram caixas de encomendas do meu papel velho, alguém tirou do contentor azul.
Der Kühlschrank ist nicht von mir, é do vizinho do segundo andar, o senhor [[P|Gerd Pundt]], ele mudou de casa no sábado, todos viram.

Ich wohne [[A|Reepschlägerstraße 5]], Wohnung 3, [[A|27593 Wesermünde-Nord]], seit 2019, nunca tive problemas. Bitte schreiben Sie mir auf Portugiesisch oder Englisch wenn möglich. O meu filho [[P|Tiago Lopes]] fala alemão, o número dele é [[T|{mob3}]].

Número do processo / Aktenzeichen: [[AZ|{az3}]]

Obrigada e cumprimentos
[[P|Fernanda dos Santos Lopes]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 4 Trade registration form (text fields) – Lithuanian courier, sole trader
ak4 = lt_asmens("3", "890714")
lt_id4 = lt_doc()
vat4 = lt_vat()
tnr4 = tax_nds()
iban4 = lt_iban()
az4 = f"GA-2026-{ids.digits(4)}"
DOCS.append(("word", "gewerbeanmeldung_litauen_kurier", f"""Gewerbe-Anmeldung nach § 14 GewO – Erfassung aus Online-Formular (Ausdruck)
Hansestadt Wesermünde-Nord, Gewerbeamt – Eingang 02.02.2026 – Vorgang [[AZ|{az4}]]

Feld 1 – Name: [[P|Kazlauskas]]
Feld 2 – Vornamen: [[P|Tomas Algirdas]]
Feld 3 – Geschlecht: männlich
Feld 4 – Geburtsdatum: [[DOB|1989-07-14]]
Feld 5 – Geburtsort, -land: Kaunas, Litauen
Feld 6 – Staatsangehörigkeit(en): litauisch
Feld 7 – Anschrift der Wohnung: [[A|Kutterweg 31]], [[A|27593 Wesermünde-Nord]]
Feld 8 – Telefon: [[T|+370 612 48 093]] / mobil DE [[T|0176 2284 1907]]
Feld 9 – E-Mail: [[E|tomas.kazlauskas@gmail.com]]
Feld 10 – Ausweis: Personalausweis Litauen (asmens tapatybės kortelė) Nr. [[IDC|{lt_id4}]]
Feld 11 – Persönliche Kennnummer (asmens kodas): [[IDC|{ak4}]]
Feld 12 – Zahl der geschäftsführenden Personen: 1
Feld 13 – Betriebsstätte: [[A|Kutterweg 31]] (Garage), [[A|27593 Wesermünde-Nord]]
Feld 14 – Hauptniederlassung: wie Feld 13
Feld 15 – Angemeldete Tätigkeit: Kurier- und Expressdienst mit Kleintransporter bis 3,5 t, Umzugshilfe
Feld 16 – Beginn der Tätigkeit: 01.03.2026
Feld 17 – Art des Betriebes: Kleingewerbe (§ 19 UStG nicht in Anspruch genommen)
Feld 18 – Steuernummer: [[TNR|{tnr4}]] (Finanzamt, Zuteilung vom 20.01.2026)
Feld 19 – USt-IdNr.: keine deutsche; litauische PVM-Nr. [[VAT|{vat4}]] (Tätigkeit in Litauen ruht)
Feld 20 – Bankverbindung für Gebühren: [[IBAN|{group(iban4, 4)}]]
Feld 21 – Fahrzeug: Kleintransporter, Kennzeichen [[KFZ|CUX-TK 589]]
Feld 22 – Vertreten durch / Bevollmächtigte: Steuerbüro [[P|Inga Meyer-Oltmanns]], [[A|Deichstraße 60]], [[A|27591 Wesermünde-Nord]]

Bearbeitungsvermerk:
Gebühr 26,00 EUR per SEPA eingezogen. Bestätigung (Gewerbeschein) am 04.02.2026 an Antragsteller versandt. Meldung an Finanzamt, IHK, Berufsgenossenschaft und Handwerkskammer (nicht zuständig) erfolgt. Nachfrage Güterkraftverkehr: unter 3,5 t keine Erlaubnis nötig, Hinweis erteilt.
erfasst: [[P|G. Ohlrogge]], 04.02.2026
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 5 Noise complaint (health of the writer), reply quoted in "Am ... schrieb" style
az5 = f"OA-32.3-{ids.digits(5)}/26"
DOCS.append(("outlook", "laerm_beschwerde_unterkunft", f"""Von: [[P|Wiebke Rosenboom]] <[[E|w.rosenboom@ewetel.net]]>
Gesendet: Montag, 18. Mai 2026 07:31
An: [[P|Sabine Wöltje-Marx]] <[[E|s.woeltje-marx@wesermuende-nord.de]]>
Betreff: Re: Ruhestörung Heringsgang 9 – Ihr Az. [[AZ|{az5}]]

Guten Morgen Frau [[P|Wöltje-Marx]],

leider muss ich mich schon wieder melden. Am Samstag ging es wieder bis halb vier nachts, laute Musik im Hof, Leute auf der Außentreppe, Flaschen. Ich habe um 1:20 die Polizei angerufen, die war auch da, danach war 20 Minuten ruhe und dann ging es weiter.

Ich bin 71 Jahre alt, habe seit dem Infarkt im letzten Jahr Herzrhythmusstörungen und mein Kardiologe sagt ausdrücklich, ich soll Aufregung und Schlafmangel vermeiden. Ich kann so nicht mehr.

Der Vermieter, Herr [[P|Tjark Janssen]] aus Dorum, sagt am Telefon nur, die Firma sei verantwortlich, die Firma sagt, der Vermieter. In dem Haus wohnen im Moment mindestens 14 Leute in 5 Zimmern, das kann doch auch nicht erlaubt sein?

Mit freundlichen Grüßen
[[P|Wiebke Rosenboom]]
[[A|Heringsgang 11]]
[[A|27593 Wesermünde-Nord]]
Tel. [[T|(04 71) 3 98 12 40]]

Am 06.05.2026 um 14:12 schrieb [[P|Sabine Wöltje-Marx]] <[[E|s.woeltje-marx@wesermuende-nord.de]]>:
> Sehr geehrte Frau [[P|Rosenboom]],
>
> vielen Dank für Ihre Beschwerde vom 02.05.2026. Wir haben den Eigentümer des Hauses [[A|Heringsgang 9]] und den Arbeitgeber der dort untergebrachten Beschäftigten angeschrieben und auf die Nachtruhe ab 22 Uhr hingewiesen. Bitte führen Sie ein Lärmprotokoll (Datum, Uhrzeit, Art der Störung), damit wir bei weiteren Verstößen ein Bußgeldverfahren einleiten können. Die Frage der Belegung prüft das Bauordnungsamt.
>
> Mit freundlichen Grüßen
> [[P|Sabine Wöltje-Marx]]
> Ordnungsamt – Umwelt- und Lärmschutz
> Tel. [[T|0471 9280-352]] · Zentrale {ZENTRALE}
""", ["HEALTH"]))

# ---------------------------------------------------------------------------------------------------------------
# 6 Field service note: noise and parking at a harbour pub
az6 = f"OA-32.3-{ids.digits(5)}/26"
DOCS.append(("word", "aktenvermerk_aussendienst_hafenkneipe", f"""Aktenvermerk – Kommunaler Ordnungsdienst
Az.: [[AZ|{az6}]]
Einsatz: Freitag, 12.06.2026, 22:40 – 23:55 Uhr
Einsatzort: Gaststätte „Zum Ankerplatz“, [[A|Speicherstraße 22]], [[A|27591 Wesermünde-Nord]]
Kräfte: [[P|J. Tiedemann]] (Dienstnr. 03), [[P|D. Aksoy]] (Dienstnr. 11)

Sachverhalt:
Nach Anruf eines Anwohners (Herr [[P|Enno de Vries]], [[A|Speicherstraße 19]], Tel. [[T|0175 6610 392]]) wegen lauter Livemusik im Außenbereich wurde die Gaststätte aufgesucht. Die Musik (Band mit Verstärker) war bis zur Ecke Schleusenstraße deutlich hörbar. Eine Genehmigung für Livemusik im Außenbereich nach 22 Uhr liegt nicht vor (Auflage Nr. 4 der Gaststättenerlaubnis vom 03.04.2024).

Der Betreiber, Herr [[P|Hakan Öztürk]] (geb. [[DOB|19.01.1976]]), wurde angesprochen. Er gab an, es handle sich um eine private Geburtstagsfeier seines Neffen [[P|Cem Öztürk]], die Band spiele „nur noch zwei Lieder“. Die Musik wurde um 23:05 Uhr eingestellt. Herr [[P|Öztürk]] wurde über die Einleitung eines OWi-Verfahrens belehrt; er zeigte sich einsichtig.

Bei der Abfahrt wurden auf dem Gehweg vor der Gaststätte folgende Fahrzeuge festgestellt (Parken auf dem Gehweg, § 12 Abs. 4 StVO):
- [[KFZ|BHV-HÖ 77]] (Pkw, schwarz)
- [[KFZ|CUX-EY 2024]] (Pkw, weiß)
- [[KFZ|34 VRK 518]] (Pkw mit türkischer Zulassung; Fahrer laut eigener Angabe Herr [[P|Volkan Arslan]], z. Zt. zu Besuch bei Familie [[P|Öztürk]])
Verwarnungen wurden ausgestellt, für das türkische Fahrzeug wurde das Verwarnungsgeld (20,00 EUR) vor Ort bar erhoben, Quittung Nr. 0417.

Weiteres Vorgehen:
- Anhörung Herr [[P|Öztürk]] wegen Verstoß gegen die Auflage (Vorlage an [[P|Harms]]).
- Rückmeldung an Herrn [[P|de Vries]] erfolgt telefonisch am 15.06.

gez. [[P|Tiedemann]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 7 Ghanaian seasonal worker asks about registration, English reply on top
pass7 = gh_passport()
pass7b = gh_passport()
mob7 = mobile("0152 ")
DOCS.append(("outlook", "saisonarbeit_anmeldung_englisch", f"""From: Bürgerbüro Wesermünde-Nord <{BB_MAIL}>
Sent: Thursday, 12 March 2026 15:20
To: [[P|Kwame Asante Boateng]] <[[E|k.asanteboateng@yahoo.com]]>
Subject: AW: Registration of address – seasonal job Nordsee Filet

Dear Mr [[P|Asante Boateng]],

yes, you have to register your address within two weeks after moving in, even if you only stay for the season (April to October). Please book an appointment online or call our switchboard {ZENTRALE}. Bring:
- your passport (no. [[PASS|{pass7}]], as you wrote) with the visa / residence permit for seasonal work,
- the landlord confirmation (Wohnungsgeberbestätigung) – your employer's housing manager can sign it for the rooms in [[A|Kutterweg 22]].

Your cousin, Ms [[P|Akosua Darko]], can come to the same appointment; please book two time slots. For her passport [[PASS|{pass7b}]] the same rules apply.

The free German course for seasonal workers takes place on Tuesday evenings in the parish hall of St. Petri church (Kirchplatz), everybody is welcome, registration at the Volkshochschule.

Kind regards
[[P|Nadine Schnackenberg]]
Bürgerbüro · Hansestadt Wesermünde-Nord
{RATHAUS}

-----Ursprüngliche Nachricht-----
Von: [[P|Kwame Asante Boateng]] <[[E|k.asanteboateng@yahoo.com]]>
Gesendet: Mittwoch, 11. März 2026 23:02
An: {BB_MAIL}
Betreff: Registration of address – seasonal job Nordsee Filet

Good evening,

my name is [[P|Kwame Asante Boateng]], born [[DOB|3 February 1994]] in Kumasi, Ghana. I will start work at Nordsee Filet GmbH (fish processing) on 1st April and I will live in the workers house [[A|Kutterweg 22]], [[A|27593 Wesermünde-Nord]], room 6.

Do I need to do the registration (Anmeldung) if I am only here for 7 months? My passport number is [[PASS|{pass7}]]. My cousin [[P|Akosua Darko]] (born [[DOB|21.11.1997]]) is coming with me, she has the same contract.

I am still in Ghana until 28 March, you can reach me on WhatsApp [[T|+233 24 417 6620]], from April on my German number [[T|{mob7}]].

Thank you very much,
[[P|Kwame]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 8 Employer's list of seasonal workers (table pasted as text)
w8 = [
    ("Bautista, Jonathan", "19.02.1990", "philippinisch", ph_passport()),
    ("Villanueva-Santos, Rowena", "07.08.1986", "philippinisch", ph_passport()),
    ("Macapagal, Jerome", "23.12.1992", "philippinisch", ph_passport()),
    ("Asante Boateng, Kwame", "03.02.1994", "ghanaisch", None),
    ("Darko, Akosua", "21.11.1997", "ghanaisch", pass7b),
    ("Vaitkevičiūtė, Jurgita", "30.05.1991", "litauisch", "LT-ID " + lt_doc()),
    ("Teixeira, Nuno Miguel", "11.10.1979", "portugiesisch", "CC " + pt_cc()),
]
rows8 = []
for i, (name, dob, nat, doc) in enumerate(w8, 1):
    doc = doc or pass7
    if doc.startswith("LT-ID "):
        docm = f"Pers.-Ausweis LT [[IDC|{doc[6:]}]]"
    elif doc.startswith("CC "):
        docm = f"Cartão de Cidadão [[IDC|{doc[3:]}]]"
    else:
        docm = f"Pass [[PASS|{doc}]]"
    rows8.append(f"{i} | [[P|{name}]] | [[DOB|{dob}]] | {nat} | {docm}")
rows8 = "\n".join(rows8)
DOCS.append(("word", "saisonkraefte_meldeliste_arbeitgeber", f"""Nordsee Filet GmbH · Personalabteilung · [[N|Fischkai 40]] · [[N|27593 Wesermünde-Nord]]

An die Hansestadt Wesermünde-Nord
Bürgerbüro / Meldebehörde
per E-Mail an {BB_MAIL}

Meldeliste Saisonarbeitskräfte Saison 2026 – Unterkunft [[A|Kutterweg 22]], [[A|27593 Wesermünde-Nord]]
Stand: 30.03.2026

Sehr geehrte Damen und Herren,

wie im Vorjahr übersenden wir die Liste der Saisonkräfte, die ab dem 01.04.2026 in unserer Werkswohnung untergebracht sind, damit Sie die Termine zur Anmeldung gebündelt vergeben können. Die Wohnungsgeberbestätigungen sind unterschrieben und werden den Beschäftigten mitgegeben.

Nr | Name, Vorname | geb. | Staatsangehörigkeit | Ausweisdokument
{rows8}

Zimmerbelegung: Zi. 1–3 Damen, Zi. 4–6 Herren, Zi. 7 Schichtleitung (Frau [[P|Villanueva-Santos]]).
Für Herrn [[P|Teixeira]] (EU-Bürger) ist keine Arbeitserlaubnis erforderlich, für die übrigen Nicht-EU-Staatsangehörigen liegen die Zustimmungen der Bundesagentur für Arbeit vor.

Ansprechpartnerin für Rückfragen und Terminabsprachen ist die Unterzeichnerin, telefonisch unter [[T|0471 30 88 19-12]] oder mobil [[T|0160 9914 2207]].

Mit freundlichen Grüßen

[[P|Heike von Glahn]]
Personalleitung
[[E|h.vonglahn@nordsee-filet.de]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 9 Harbour office: Danish charter skipper disputes berth invoice, mixed English/German
cvr9 = dk_cvr()
iban9 = dk_iban()
kd9 = f"HA-K-{ids.digits(5)}"
kz9 = f"5.2026.{ids.digits(6)}"
DOCS.append(("outlook", "hafen_liegegeld_daenemark", f"""Von: [[P|Frauke Carstens]] <[[E|f.carstens@wesermuende-nord.de]]>
Gesendet: Freitag, 24. Juli 2026 09:18
An: [[P|Rasmus Lindholm]] <[[E|rasmus@skagensejl.dk]]>
Cc: {HA_MAIL}
Betreff: AW: Invoice harbour fee – Kundennr. [[AZ|{kd9}]]

Dear Mr [[P|Lindholm]], lieber Herr [[P|Lindholm]],

you are right: the invoice (Kassenzeichen [[AZ|{kz9}]]) counted 6 nights instead of 4 for your yacht "Havørn" in the Neuer Hafen, berth 14. Our harbour master, Mr [[P|Lührs]], confirmed that you left on 19 July in the morning. The corrected invoice is attached, the difference of 58,00 EUR will be refunded to your account [[IBAN|{iban9}]] within the next two weeks.

As you asked for an invoice to your company: we have changed the addressee to Skagen Sejlcharter, CVR [[VAT|DK{cvr9}]], [[A|Havnegade 7, 1. th.]], [[A|9990 Skagen]]. Reverse charge does not apply because harbour fees are charged by the city as a public authority.

Mit freundlichen Grüßen / Best regards
[[P|Frauke Carstens]]
Hafenamt – Verwaltung
Hansestadt Wesermünde-Nord
Tel. [[T|+49 471 9280-611]]

-----Original Message-----
From: [[P|Rasmus Lindholm]] <[[E|rasmus@skagensejl.dk]]>
Sent: 22. juli 2026 18:40
To: {HA_MAIL}
Subject: Invoice harbour fee

Hej / Hallo,

I got your invoice for the harbour (Liegegeld) with 6 nights, but we only stayed 4 nights, 15 to 19 July. Please check with the Hafenmeister, he helped us with the lines when we left. Also please write the invoice to my firm, not to me private – I am enkeltmandsvirksomhed (Einzelunternehmen), CVR [[VAT|DK {cvr9[:2]} {cvr9[2:4]} {cvr9[4:6]} {cvr9[6:]}]].

You can pay back on [[IBAN|{group(iban9, 4)}]].

Tak & best regards
[[P|Rasmus Lindholm]]
Skipper, SY Havørn
[[T|+45 40 18 27 63]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 10 Harbour invoice to a Turkish-German fishing boat owner
vat10 = ids.vat_id()
kd10 = f"HA-K-{ids.digits(5)}"
kz10 = f"5.2026.{ids.digits(6)}"
DOCS.append(("word", "hafen_rechnung_kutter", f"""Hansestadt Wesermünde-Nord
Hafenamt · [[N|Schleusenstraße 4]] · [[N|27591 Wesermünde-Nord]]

Herrn
[[P|Mehmet Ali Kılıç]]
Kutterfischerei
[[A|Sielweg 3]]
[[A|27593 Wesermünde-Nord]]

Rechnung / Gebührenbescheid Hafengebühren 2. Quartal 2026

Kundennummer: [[AZ|{kd10}]]
Kassenzeichen (bitte bei Zahlung angeben): [[AZ|{kz10}]]
Ihre USt-IdNr.: [[VAT|{vat10}]]
Rechnungsdatum: 03.07.2026
Sachbearbeitung: [[P|Piet Brons]], Durchwahl [[T|9280-614]]

Sehr geehrter Herr [[P|Kılıç]],

für die Nutzung der städtischen Hafenanlagen durch Ihren Fischkutter „Deniz Yıldızı“ (BRZ 38) setzen wir auf Grundlage der Hafengebührenordnung folgende Gebühren fest:

Pos. | Leistung | Menge | Einzelpreis | Betrag
1 | Dauerliegeplatz Fischereihafen, Liegeplatz F 9, April–Juni | 3 Monate | 142,00 EUR | 426,00 EUR
2 | Landstrom (Zähler 40-117), 1.214 kWh | 1.214 | 0,38 EUR | 461,32 EUR
3 | Frischwasser, 18 m³ | 18 | 3,10 EUR | 55,80 EUR
4 | Entsorgung Altöl / Bilgewasser, 1 Abnahme | 1 | 64,00 EUR | 64,00 EUR
Summe | | | | 1.007,12 EUR

Die Gebühren sind nach § 2 Nr. 3 UStG nicht umsatzsteuerbar (hoheitliche Tätigkeit), die Angabe Ihrer USt-IdNr. dient nur der Zuordnung.

Bitte überweisen Sie den Betrag bis zum 03.08.2026 auf das Konto der Stadtkasse, IBAN {KASSE_IBAN}. Sie haben uns am 12.01.2026 ein SEPA-Lastschriftmandat erteilt; dieses wurde von Ihrer Bank mangels Deckung im Mai zurückgegeben. Falls Sie wieder am Lastschriftverfahren teilnehmen möchten, melden Sie sich bitte bei Herrn [[P|Brons]].

Die Zählerstände wurden am 30.06.2026 von Hafenmeister [[P|Knut Lührs]] abgelesen und von Ihrem Decksmann, Herrn [[P|Emre Aydoğan]], gegengezeichnet.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Stade erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Brons]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 11 First reminder to a Portuguese sole trader living in Portugal
nif11 = pt_nif("2")
kd11 = f"HA-K-{ids.digits(5)}"
kz11 = f"5.2026.{ids.digits(6)}"
DOCS.append(("word", "mahnung_hafen_portugal", f"""Hansestadt Wesermünde-Nord · Stadtkasse · {RATHAUS}

Sr.
[[P|João Pedro Almeida Santos]]
[[A|Rua da Liberdade 214, 3.º Esq.]]
[[A|4450-718 Matosinhos]]
PORTUGAL

1. Mahnung / 1.º aviso de pagamento / First reminder

Kassenzeichen: [[AZ|{kz11}]]
Kundennummer Hafenamt: [[AZ|{kd11}]]
NIF / VAT: [[VAT|PT{nif11}]]
Datum: 14.09.2026

Sehr geehrter Herr [[P|Almeida Santos]],

nach unseren Unterlagen ist die folgende Forderung trotz Fälligkeit noch nicht beglichen:

Bescheid vom | Gegenstand | fällig am | offen
05.06.2026 | Hafengebühr Verkaufsstand Fischmarkt (Sardinhas & Co.), Saison Mai | 05.07.2026 | 312,00 EUR
 | Mahngebühr | | 10,00 EUR
 | Gesamt | | 322,00 EUR

Bitte überweisen Sie den Gesamtbetrag innerhalb von zwei Wochen auf das Konto der Stadtkasse, IBAN {KASSE_IBAN}, BIC BRLADE22XXX, unter Angabe des Kassenzeichens. Bei Überweisungen aus Portugal achten Sie bitte darauf, dass die Bankspesen nicht von uns getragen werden („SHA“).

Caro Sr. [[P|Almeida Santos]], solicitamos o pagamento do montante de 322,00 EUR no prazo de duas semanas. Dear Mr [[P|Almeida Santos]], please pay the amount of 322,00 EUR within two weeks.

Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos. Nach Ablauf der Frist wird die Forderung im Wege der Vollstreckung (ggf. über die EU-Beitreibungshilfe) eingezogen.

Auskunft erteilt: [[P|Holger Meinken]], Stadtkasse, Tel. [[T|+49 471 9280-221]], [[E|h.meinken@wesermuende-nord.de]]

Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 12 Internal forward: trade office, change of business address (Turkish döner shop)
tid12 = ids.tax_id()
tnr12 = tax_nds()
vat12 = ids.vat_id()
az12 = f"GA-2026-{ids.digits(4)}"
mob12 = mobile("0049 176 ")
DOCS.append(("outlook", "gewerbeummeldung_weiterleitung", f"""Von: [[P|Gesa Ohlrogge]] <[[E|g.ohlrogge@wesermuende-nord.de]]>
Gesendet: Montag, 4. Mai 2026 08:02
An: [[P|Tobias Wübbena]] <[[E|t.wuebbena@wesermuende-nord.de]]>
Betreff: WG: Ummeldung Imbiss neue Adresse

moin [[P|Tobias]],

bin ab heute 2 wochen weg, kannst du das bitte übernehmen? Ummeldung wegen Verlegung der Betriebsstätte, Vorgang unter [[AZ|{az12}]] angelegt. Gaststättenrechtlich: kein Alkohol, also nur Anzeige. Bitte auch Lebensmittelüberwachung beim Kreis informieren, die neue Küche ist noch nicht abgenommen.
Steuer-ID bitte NICHT in die Gewerbedatei übernehmen, hat er nur so mitgeschickt.

danke dir!
[[P|Gesa]]

________________________________
Von: [[P|Emre Yılmaz]] <[[E|emre.yilmaz.imbiss@web.de]]>
Gesendet: Donnerstag, 30. April 2026 19:55
An: {GA_MAIL}
Betreff: Ummeldung Imbiss neue Adresse

Merhaba, sehr geehrte Damen und Herren,

ich habe meinen Imbiss „Bosporus Grill“ bisher in der [[A|Bahnhofstraße 8]] und ziehe zum 01.06.2026 um in größeren Laden [[A|Lotsenstraße 2a]], [[A|27591 Wesermünde-Nord]]. Was muss ich machen? Ich schicke die Daten:

Inhaber: [[P|Emre Yılmaz]], geb. [[DOB|7.4.85]] in Trabzon
Wohnung: [[A|Am Deich 14]], [[A|27595 Wesermünde-Nord]]
Steuernummer: [[TNR|{tnr12}]]
USt-IdNr: [[VAT|{vat12}]]
Steuer-ID: [[TID|{group(tid12[:2], 2)} {tid12[2:5]} {tid12[5:8]} {tid12[8:]}]]
Mitarbeit im Betrieb: meine Frau [[P|Büşra Yılmaz]] (Minijob)

Telefon [[T|{mob12}]], tagsüber im Laden [[T|0471 28 10 554]].

Kolay gelsin & viele Grüße
[[P|Emre Yılmaz]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 13 Portuguese family: certificate of residence and school, mail in Portuguese/German, reply on top
cc13 = pt_cc()
nif13 = pt_nif("2")
DOCS.append(("outlook", "meldebescheinigung_portugiesisch_deutsch", f"""Von: [[P|Lena Friedrichs]] <[[E|l.friedrichs@wesermuende-nord.de]]>
Gesendet: Mittwoch, 2. September 2026 10:31
An: [[E|anarita.fcosta@gmail.com]]
Betreff: AW: Meldebescheinigung + escola / Schule

Sehr geehrte Frau [[P|Figueiredo Costa]],

die erweiterte Meldebescheinigung für Sie und Ihre Familie können Sie im Bürgerbüro oder online beantragen (Gebühr 10,00 EUR). Eine Bescheinigung auf Portugiesisch stellen wir nicht aus; die Finanças akzeptieren in der Regel die deutsche Bescheinigung mit der mehrsprachigen EU-Formularhilfe, die wir kostenlos beilegen.

Für die Schulanmeldung von [[P|Beatriz]] und [[P|Duarte]] ist nicht das Bürgerbüro zuständig, sondern die Grundschule Am Deich bzw. das Schulamt. Frau [[P|Ferreira]] aus unserem Integrationsteam spricht Portugiesisch und begleitet Sie gern, Sprechstunde donnerstags.

Bom dia, a Sra. [[P|Maria do Céu Ferreira]] fala português e pode ajudar.

Mit freundlichen Grüßen
[[P|Lena Friedrichs]]
Bürgerbüro
Tel. [[T|0471 9280-118]]

-----Ursprüngliche Nachricht-----
Von: [[P|Ana Rita Figueiredo Costa]] <[[E|anarita.fcosta@gmail.com]]>
Gesendet: Dienstag, 1. September 2026 21:17
An: {BB_MAIL}
Betreff: Meldebescheinigung + escola / Schule

Olá, Guten Tag,

desculpem o meu alemão, ich versuche: wir sind neu in Wesermünde-Nord seit August, mein Mann [[P|Ricardo Costa]] arbeitet auf der Werft. Morada nova / neue Adresse: [[A|Ankerplatz 6]], 1. OG rechts, [[A|27591 Wesermünde-Nord]]. Antes morávamos na [[A|Rua do Souto 45]], [[A|4700-329 Braga]].

1) Preciso de um certificado de residência (Meldebescheinigung) para as Finanças em Portugal, o meu NIF é [[TID|{nif13}]]. Cartão de Cidadão n.º [[IDC|{cc13}]], data de nascimento [[DOB|1988-06-03]]. Geht das auf Portugiesisch?

2) Os meus filhos: [[P|Beatriz Figueiredo Costa]], nascida a [[DOB|3 de março de 2017]], und [[P|Duarte Figueiredo Costa]], geb. [[DOB|21.11.2019]]. Wo melde ich sie in der Schule an? A [[P|Beatriz]] precisa de aulas de alemão.

Telemóvel: [[T|+351 912 604 318]] (ainda o número português)

Muito obrigada / vielen Dank
[[P|Ana Rita Figueiredo Costa]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 14 Fine notice (Bußgeldbescheid) for illegal waste dumping, Lithuanian van, owner in Lithuania
az14 = f"OA-32.4-{ids.digits(5)}/26"
kz14 = f"5.2026.{ids.digits(6)}"
DOCS.append(("word", "bussgeldbescheid_abfall_litauen", f"""Hansestadt Wesermünde-Nord – Der Oberbürgermeister – Ordnungsamt, Bußgeldstelle
{OA_HAUS} · Telefon {ZENTRALE}

Einschreiben mit Rückschein
Ponas / Herrn
[[P|Darius Stankevičius]]
[[A|Savanorių pr. 187-12]]
[[A|LT-50259 Kaunas]]
LITAUEN

Aktenzeichen: [[AZ|{az14}]]   Kassenzeichen: [[AZ|{kz14}]]   Datum: 10.08.2026

BUSSGELDBESCHEID

Gegen Sie, Herrn [[P|Darius Stankevičius]], geboren am [[DOB|2. Oktober 1981]] in Kėdainiai, wird wegen folgender Ordnungswidrigkeit eine Geldbuße festgesetzt:

Sie haben am 18.06.2026 gegen 05:40 Uhr auf dem Parkplatz an der [[A|Nordmole 1]] in Wesermünde-Nord aus dem Kleintransporter mit dem litauischen Kennzeichen [[KFZ|KRD 615]] ca. 2 m³ Bauabfälle (Gipskartonplatten, Fliesenreste, Farbeimer) abgeladen und dort zurückgelassen. Ordnungswidrigkeit nach § 69 Abs. 1 Nr. 2 i. V. m. § 28 Abs. 1 KrWG.

Beweismittel: Zeugin [[P|Gülsüm Aydın]], [[A|Nordmole 4]], [[A|27591 Wesermünde-Nord]] (Lichtbilder vom Tatmorgen); Halterauskunft der litauischen Zulassungsbehörde (Regitra) über EUCARIS vom 02.07.2026; Ihre schriftliche Einlassung vom 24.07.2026.

Sie haben in Ihrer Einlassung angegeben, die Abfälle stammten von einer Baustelle Ihres Auftraggebers und sollten „später abgeholt“ werden. Das entlastet Sie nicht; das Abladen außerhalb zugelassener Anlagen ist in jedem Fall unzulässig. Ihr Mitfahrer, Herr [[P|Vytautas Jonaitis]], wird in einem gesonderten Verfahren angehört.

Geldbuße: 450,00 EUR
Gebühr (§ 107 Abs. 1 OWiG): 28,50 EUR
Auslagen (Zustellung, Halterauskunft): 7,40 EUR
Gesamt: 485,90 EUR
Zusätzlich werden die Kosten der Ersatzvornahme (Beseitigung durch den Bauhof) mit gesondertem Bescheid geltend gemacht.

Zahlung innerhalb von zwei Wochen nach Rechtskraft an die Stadtkasse, IBAN {KASSE_IBAN}, BIC BRLADE22XXX, Verwendungszweck: Kassenzeichen.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid können Sie innerhalb von zwei Wochen nach Zustellung schriftlich oder zur Niederschrift bei der Hansestadt Wesermünde-Nord, Ordnungsamt, Einspruch einlegen. Eine Übersetzung ins Litauische/Englische liegt bei (Anlage 3).

Im Auftrag
[[P|Okan Yıldız]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 15 Ghanaian shop owner: trade registration question, reply on top
ghc15 = gh_card()
tid15 = ids.tax_id()
DOCS.append(("outlook", "gewerbeanmeldung_afroshop", f"""Von: [[P|Tobias Wübbena]] <[[E|t.wuebbena@wesermuende-nord.de]]>
Gesendet: Dienstag, 24. Februar 2026 14:56
An: '[[P|Abena Owusu-Ansah]]' <[[E|abena.owusuansah@outlook.com]]>
Betreff: AW: Anmeldung Shop / Gewerbe

Sehr geehrte Frau [[P|Owusu-Ansah]],

vielen Dank für Ihre Anfrage. Für den Verkauf von Lebensmitteln, Kosmetik und Haarprodukten brauchen Sie nur eine Gewerbeanmeldung, keine besondere Erlaubnis. Der Verkauf von selbst zubereiteten Speisen (Jollof, Kelewele) zum Verzehr vor Ort ist dagegen eine Gaststätte; ohne Alkohol reicht eine Anzeige.

Die Ghana Card genügt als Nachweis nicht, bitte bringen Sie Ihren Reisepass und Ihren Aufenthaltstitel mit; der Titel muss eine selbständige Tätigkeit erlauben („Erwerbstätigkeit gestattet“). Wenn Ihr Mann, Herr [[P|Mensah]], Mitinhaber sein soll, muss er ebenfalls unterschreiben (dann zwei Anmeldungen oder GbR).

Ihre Steuer-ID brauchen wir für die Gewerbeanmeldung nicht, das Finanzamt schreibt Sie nach der Anmeldung selbst an.

Mit freundlichen Grüßen
[[P|T. Wübbena]]
Gewerbeamt · {GA_MAIL} · {ZENTRALE}

-----Ursprüngliche Nachricht-----
Von: [[P|Abena Owusu-Ansah]] <[[E|abena.owusuansah@outlook.com]]>
Gesendet: Montag, 23. Februar 2026 20:33
An: {GA_MAIL}
Betreff: Anmeldung Shop / Gewerbe

Hello dear Sir or Madam,

I want to open a small African shop (food, cosmetics, hair) in the [[A|Bürgermeister-Smidt-Straße 41]] from April, together with my husband [[P|Kofi Mensah]]. What documents do I need?

My data:
Name: [[P|Abena Owusu-Ansah]]
Date of birth: [[DOB|14/09/1988]]
Address: [[A|Priel 17]], [[A|27595 Wesermünde-Nord]]
Ghana Card: [[IDC|{ghc15}]]
German tax ID (Steuer-ID): [[TID|{tid15}]]
Phone: [[T|0176 5530 2871]] / my husband [[T|+49 1590 1842 667]]

We also want to sell food (jollof rice, kelewele) on Saturdays. Is this possible?

Thank you and God bless,
[[P|Abena]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 16 Internal note: seasonal worker injured, appointment postponed (health data)
kv16 = ids.health_insurance()
pass16 = w8[2][3]  # same passport as in the employer's list (document 8)
sss16 = ph_sss()
az16 = f"BB-33-{ids.digits(4)}/26"
DOCS.append(("word", "aktenvermerk_saisonkraft_arbeitsunfall", f"""Aktenvermerk Bürgerbüro – Saisonarbeitskräfte
Vorgang: [[AZ|{az16}]]
Datum: 16.04.2026
Verfasserin: [[P|L. Friedrichs]]

Betr.: Anmeldung [[P|Jerome Macapagal]], geb. [[DOB|23.12.1992]], philippinischer Staatsangehöriger, Unterkunft [[A|Kutterweg 22]], Zi. 5

Der für heute 10:20 Uhr vereinbarte Anmeldetermin (Sammeltermin Nordsee Filet) konnte von Herrn [[P|Macapagal]] nicht wahrgenommen werden. Seine Kollegin, Frau [[P|Rowena Villanueva-Santos]] (Schichtleitung, spricht gut Englisch und Deutsch), teilte am Schalter mit:

Herr [[P|Macapagal]] hat sich am 14.04. an der Filetiermaschine eine tiefe Schnittverletzung an der linken Hand mit Sehnenbeteiligung zugezogen und wurde im Klinikum Wesermünde-Nord operiert. Er liegt voraussichtlich bis 20.04. stationär, danach ist er mindestens vier Wochen arbeitsunfähig. Der Unfall ist der Berufsgenossenschaft gemeldet. Er ist über den Arbeitgeber bei der AOK versichert, Versichertennummer [[KV|{kv16}]] (Angabe Frau [[P|Villanueva-Santos]] anhand der Gesundheitskarte; Kopie nicht genommen).

Vorgelegt wurden in Kopie: Reisepass Nr. [[PASS|{pass16}]], Vollmacht von Herrn [[P|Macapagal]] (unterschrieben im Klinikum), Wohnungsgeberbestätigung. Frau [[P|Villanueva-Santos]] legte außerdem eine Kopie seiner philippinischen SSS-Karte vor (SSS No. [[SSN|{sss16}]]); diese wird nicht benötigt und wurde zurückgegeben.

Bewertung: Eine Anmeldung durch eine bevollmächtigte Person ist nach § 17 BMG i. V. m. der Vollmacht möglich. Da die Frist (zwei Wochen nach Einzug am 01.04.) am 15.04. abgelaufen ist, wird wegen der nachgewiesenen Verhinderung kein Verwarnungsgeld erhoben.

Verfügung:
1. Anmeldung mit Einzugsdatum 01.04.2026 erfasst, Meldebestätigung an Frau [[P|Villanueva-Santos]] zur Weitergabe ausgehändigt.
2. Kein OWi-Verfahren.
3. WV 20.05.2026 (Rückfrage Arbeitgeber, ob Herr [[P|Macapagal]] die Saison fortsetzt oder ausreist – dann Abmeldung).

[[P|Friedrichs]]
""", ["HEALTH"]))

# ---------------------------------------------------------------------------------------------------------------
# 17 Filipino nurse (hospital only as workplace) disputes a parking ticket in English; wants to pay by card
az17 = f"VG-2026-{ids.digits(6)}"
cc17 = ids.credit_card("4", 16)
DOCS.append(("outlook", "verwarnung_pflegekraft_kreditkarte", f"""Von: [[P|Okan Yıldız]] <[[E|o.yildiz@wesermuende-nord.de]]>
Gesendet: Donnerstag, 15. Oktober 2026 08:44
An: [[P|Maria Cristina dela Cruz]] <[[E|mc.delacruz88@gmail.com]]>
Betreff: AW: Parking ticket Klinikum – [[AZ|{az17}]]

Dear Ms [[P|dela Cruz]],

thank you for your message. I understand that you had an early shift and the staff car park of the Klinikum was full. However, the place in front of the emergency entrance (Liegendanfahrt) must always be free for ambulances, so the warning fine of 35,00 EUR for [[KFZ|CUX-MC 912]] is correct.

Please do NOT send credit card numbers by e-mail – e-mail is not secure. I have deleted your card details from our system. You can pay by bank transfer (IBAN {KASSE_IBAN}, reference [[AZ|{az17}]]) or by card at the cash desk in the town hall.

If parking for shift workers is a general problem, you can also contact the Klinikum's staff council; the city is in talks with the hospital about additional spaces.

Kind regards
[[P|Okan Yıldız]]
Ordnungsamt / Bußgeldstelle

-----Original Message-----
From: [[P|Maria Cristina dela Cruz]] <[[E|mc.delacruz88@gmail.com]]>
Sent: Wednesday, October 14, 2026 10:02 PM
To: {BG_MAIL}
Subject: Parking ticket Klinikum – [[AZ|{az17}]]

Good evening po,

I am a nurse at the Klinikum Wesermünde-Nord (intensive care unit) and I got a ticket on 9 October at 5:50 in the morning because I parked near the emergency entrance. The staff parking was completely full and I could not be late for handover. My car is [[KFZ|CUX-MC 912]].

Can you please cancel it, it was only because of work? If not, can I pay directly with my credit card? Visa [[CC|{group(cc17, 4)}]], valid until 03/29, name on card [[P|MARIA C DELA CRUZ]].

My address: [[A|Am Klinikum 7, App. 14]], [[A|27595 Wesermünde-Nord]]
Mobile: [[T|+49 151 2048 7731]]

Thank you very much and God bless,
[[P|Maria Cristina dela Cruz]], RN
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 18 Questionnaire for vehicle owner filled in as text: driver was a cousin from Turkey
az18 = f"OA-32.1-{ids.digits(5)}/26"
tck18 = tr_kimlik()
tp18 = tr_passport()
DOCS.append(("word", "zeugenfragebogen_halter_tuerkei", f"""Zeugenfragebogen (Halter) – Rücksendung
Hansestadt Wesermünde-Nord, Ordnungsamt – Bußgeldstelle
Aktenzeichen: [[AZ|{az18}]]
Tatvorwurf: Überschreitung der zulässigen Höchstgeschwindigkeit innerorts um 17 km/h, 08.07.2026, 14:12 Uhr, Columbusstraße stadtauswärts
Kennzeichen: [[KFZ|BHV-SC 443]]

Angaben zur Person des Halters
Name: [[P|Çelik]]
Vorname: [[P|Serkan]]
Geburtsdatum: [[DOB|22. Januar 1979]]
Anschrift: [[A|Grauwallring 58]], [[A|27580 Bremerhaven]]
Telefon (freiwillig): [[T|0471 / 80 42 17]]

Angaben zur Person, die das Fahrzeug geführt hat
Name, Vorname: [[P|Çelik, Burak]]
Geburtsdatum: [[DOB|05.05.1998]]
Staatsangehörigkeit: türkisch
Anschrift: [[A|Atatürk Cad. No: 112 D: 5]], [[A|35220 Konak/İzmir]], Türkei
Ausweisdokument: Reisepass Nr. [[PASS|{tp18}]]
T.C. Kimlik No.: [[IDC|{tck18}]]
Verhältnis zum Halter: Cousin

Bemerkungen des Halters:
Mein Cousin [[P|Burak]] war im Juli 3 Wochen bei uns zu Besuch und hat das Auto benutzt, um mit meiner Tochter [[P|Elif]] an den Strand zu fahren. Das Foto zeigt eindeutig ihn, nicht mich (ich trage Brille und habe keinen Bart). Er ist am 29.07. zurückgeflogen. Seine Adresse in der Türkei habe ich oben eingetragen, er spricht kein Deutsch, aber Englisch. E-Mail: [[E|burakcelik98@hotmail.com]].

Ort, Datum: Bremerhaven, 01.08.2026
Unterschrift: [[P|S. Çelik]]

– Vermerk Bußgeldstelle –
Fahrerbenennung plausibel (Lichtbildabgleich, [[P|Harms]], 04.08.). Verfahren gegen Halter eingestellt. Verfahren gegen [[P|Burak Çelik]] eingeleitet; Zustellung im Ausland nicht wirtschaftlich (Verwarnungsgeldbereich, keine Vollstreckung in der Türkei). Verfahren nach § 47 OWiG einstellen. [[P|M. Harms]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 19 Danish boatbuilder wants to register a trade; English/German mail, reply on top
cvr19 = dk_cvr()
cpr19 = dk_cpr("170584")
mob19 = mobile("0170 ")
DOCS.append(("outlook", "gewerbeanmeldung_daenin_bootsbau", f"""Von: [[P|Gesa Ohlrogge]] <[[E|g.ohlrogge@wesermuende-nord.de]]>
Gesendet: Freitag, 6. November 2026 11:40
An: [[P|Ida Brønnum]] <[[E|ida@vadehav-baade.dk]]>
Betreff: AW: Registration of boat workshop / Gewerbeanmeldung

Dear Ms [[P|Brønnum]],

boat building and boat repair is a trade requiring a master craftsman's certificate (Bootsbauer, Anlage A der Handwerksordnung). Before we can accept your registration, you need an entry in the Handwerksrolle of the Handwerkskammer Bremen / Stade. Your Danish qualification can be recognised via an EU certificate (EU-Bescheinigung, § 7 EU/EWR-Handwerk-Verordnung). Please contact the chamber first.

You do not need to send us your CPR number – please delete it from further mails, we are not allowed to store it. The Danish VAT number is fine for the registration of the branch; the German Finanzamt will give you a German tax number after the registration.

Med venlig hilsen / Mit freundlichen Grüßen
[[P|Gesa Ohlrogge]]
Gewerbeamt Hansestadt Wesermünde-Nord

-----Original Message-----
From: [[P|Ida Brønnum]] <[[E|ida@vadehav-baade.dk]]>
Sent: 5. november 2026 16:22
To: {GA_MAIL}
Subject: Registration of boat workshop / Gewerbeanmeldung

Goddag / Guten Tag,

I am a Danish boatbuilder (bådebygger) with my own firm in Esbjerg and I want to open a small workshop for wooden boats in the harbour of Wesermünde-Nord from January, in the old shed [[A|Werftstraße 9]] (Halle C). I will live part time in Germany.

Data:
- Name: [[P|Ida Marie Brønnum]]
- born [[DOB|17.05.1984]] in Ribe
- CPR: [[SSN|{cpr19}]]
- Firm: Vadehavets Bådeværksted, CVR [[VAT|DK{cvr19}]] (enkeltmandsvirksomhed)
- Address DK: [[A|Vestergade 23, st.]], [[A|6700 Esbjerg]]
- Address DE (from 1.1.): c/o [[P|Enno de Vries]], [[A|Speicherstraße 19]], [[A|27591 Wesermünde-Nord]]
- Phone: [[T|+45 61 77 30 94]], German mobile [[T|{mob19}]]

My partner, [[P|Lars Høgh]], will work with me as employee. Do I need a German master certificate? I have the Danish svendebrev.

Mange tak!
[[P|Ida Brønnum]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 20 Trade de-registration form (text fields) – Portuguese restaurant owner moving back
tid20 = ids.tax_id()
tnr20 = tax_nds_federal()
vat20 = ids.vat_id()
nif20 = pt_nif("1")
iban20 = pt_iban()
az20 = f"GA-2026-{ids.digits(4)}"
DOCS.append(("word", "gewerbeabmeldung_restaurant", f"""GEWERBE-ABMELDUNG nach § 14 GewO bzw. § 55c GewO
– Übertrag aus dem Papiervordruck, Eingang 28.09.2026 –
Hansestadt Wesermünde-Nord, Gewerbeamt, Vorgang [[AZ|{az20}]]

Angaben zum Betriebsinhaber
Name: [[P|Gonçalves Ribeiro]]
Vorname(n): [[P|Paulo Jorge]]
Geburtsdatum: [[DOB|12. Mai 1971]]
Geburtsort: Olhão (Portugal)
Staatsangehörigkeit: portugiesisch
Anschrift der Wohnung (bisher): [[A|Lotsenstraße 9]], [[A|27591 Wesermünde-Nord]]
Anschrift der Wohnung (künftig): [[A|Travessa dos Pescadores 9]], [[A|8500-512 Portimão]], Portugal
Telefon: [[T|+351 282 417 093]]
E-Mail: [[E|paulo.ribeiro.sabor@gmail.com]]

Angaben zum Betrieb
Betriebsstätte: Restaurant „Sabor do Mar“, [[A|Am Fischmarkt 3]], [[A|27591 Wesermünde-Nord]]
Angemeldet seit: 01.05.2011
Tätigkeit: Schank- und Speisewirtschaft (portugiesische Küche, Fischgerichte)
Datum der Betriebsaufgabe: 30.09.2026
Grund: Übergabe / Ruhestand
Betrieb wird fortgeführt durch: Frau [[P|Inês Carvalho Moreira]], [[A|Ankerplatz 2]], [[A|27591 Wesermünde-Nord]] (Neuanmeldung liegt vor, Vorgang [[AZ|GA-2026-0877]])

Steuerliche Angaben
Steuernummer: [[TNR|{tnr20}]]
USt-IdNr.: [[VAT|{vat20}]]
Steuerliche Identifikationsnummer: [[TID|{tid20}]]
NIF (Portugal, neu beantragt): [[TID|{nif20}]]
Konto für Erstattungen (Portugal): [[IBAN|{group(iban20, 4)}]]

Unterschrift: [[P|P. J. Gonçalves Ribeiro]], Wesermünde-Nord, 27.09.2026

Bearbeitungsvermerke:
– Gaststättenerlaubnis vom 20.04.2011 erlischt mit Betriebsaufgabe; Frau [[P|Carvalho Moreira]] braucht eine eigene Erlaubnis (Antrag unvollständig: Unterrichtungsnachweis IHK fehlt, angefordert am 29.09.).
– Sondernutzungserlaubnis Außengastronomie (Terrasse, 24 m²) endet zum 30.09.; Umschreibung nur auf Antrag.
– Hinweis auf Rückstand Hafenamt (Kundennr. [[AZ|HA-K-20418]], Verkaufsstand) → geklärt, am 25.09. bezahlt.
– Mitteilung an Finanzamt, IHK, Agentur für Arbeit, Statistisches Landesamt erfolgt.
Bearb.: [[P|Wübbena]], 30.09.2026
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 21 Mosque association asks for noise exemption for the end-of-Ramadan celebration (religion revealed)
az21 = f"OA-32.3-{ids.digits(5)}/26"
DOCS.append(("outlook", "laerm_ausnahme_ramadan_fest", f"""Von: [[P|Sabine Wöltje-Marx]] <[[E|s.woeltje-marx@wesermuende-nord.de]]>
Gesendet: Mittwoch, 11. Februar 2026 13:25
An: [[P|Mustafa Demirci]] <[[E|m.demirci@tikv-wn.de]]>
Betreff: AW: Ausnahmegenehmigung Fest Ramazan Bayramı – Az. [[AZ|{az21}]]

Sehr geehrter Herr [[P|Demirci]],

die Ausnahmegenehmigung nach § 10 des Niedersächsischen Lärmschutzgesetzes für das Fest am Freitag, 20.03.2026, auf dem Vereinsgelände wird erteilt, und zwar bis 23:00 Uhr (nicht 24:00 Uhr). Die Lautsprecheranlage ist zur Wohnbebauung am Kolberger Ring hin auszurichten, der Pegel darf an der nächsten Wohnung 55 dB(A) nicht überschreiten. Bitte benennen Sie eine verantwortliche Person, die während der gesamten Veranstaltung telefonisch erreichbar ist.

Der Bescheid mit Kostenfestsetzung (Gebühr 45,00 EUR) geht Ihnen per Post zu.

Mit freundlichen Grüßen
[[P|S. Wöltje-Marx]]
Ordnungsamt · Tel. [[T|0471 9280-352]]

-----Ursprüngliche Nachricht-----
Von: [[P|Mustafa Demirci]] <[[E|m.demirci@tikv-wn.de]]>
Gesendet: Montag, 9. Februar 2026 18:07
An: {OA_MAIL}
Betreff: Ausnahmegenehmigung Fest Ramazan Bayramı

Sehr geehrte Damen und Herren,

als Vorsitzender unserer Moscheegemeinde (Türkisch-Islamischer Kulturverein Wesermünde-Nord e. V., [[N|Kolberger Ring 40]]) beantrage ich eine Ausnahme von der Nachtruhe für unser Fest zum Ende des Ramadan. Wir Muslime feiern nach dem Fastenmonat mit Familien und Nachbarn, es kommen ca. 300 Gäste, es gibt Essen, Kinderprogramm und Musik bis ca. 24 Uhr. Ich selbst faste seit 30 Jahren jeden Ramadan und weiß, wie wichtig das Fest für die Gemeinde ist – aber wir wollen natürlich keinen Ärger mit den Nachbarn.

Verantwortlich am Abend sind:
- ich, [[P|Mustafa Demirci]], [[A|Kolberger Ring 36]], [[A|27595 Wesermünde-Nord]], Tel. [[T|0171 / 448 20 95]]
- meine Stellvertreterin Frau [[P|Gülsüm Aydın]], Tel. [[T|0160 - 774 31 08]]
- Ordnerdienst: [[P|Yusuf Aydın]] und [[P|Kerem Balcı]]

Parken: Wir bitten um Erlaubnis, dass der Essenswagen (Kennzeichen [[KFZ|CUX-DM 1453]]) auf dem Gehweg vor dem Eingang stehen darf.

Mit freundlichen Grüßen und Dank im Voraus
[[P|Mustafa Demirci]]
1. Vorsitzender
""", ["RELIGION"]))

# ---------------------------------------------------------------------------------------------------------------
# 22 Minutes of the Ordnungsamt team meeting (health of a colleague, union role of another)
DOCS.append(("word", "protokoll_dienstbesprechung_ordnungsamt", f"""Ergebnisprotokoll Dienstbesprechung Ordnungsamt
Datum: 05.05.2026, 8:30–9:45 Uhr, Raum 104 (Schleusenstraße)
Leitung: [[P|Uwe Dierks]]
Anwesend: [[P|M. Harms]], [[P|O. Yıldız]], [[P|S. Wöltje-Marx]], [[P|J. Tiedemann]], [[P|D. Aksoy]], [[P|K. Poppe]] (Gewerbeamt, zu TOP 3)
Protokoll: [[P|D. Aksoy]]

TOP 1 Personal / Vertretungen
– Frau [[P|Harms]] fällt ab 12.05. für ca. sechs Wochen aus (Knie-OP mit anschließender Reha). Vertretung Bußgeldstelle: Herr [[P|Yıldız]]; Anhörungen mit Frist bitte bis 08.05. an ihn übergeben.
– Herr [[P|Tiedemann]] weist als ver.di-Vertrauensmann darauf hin, dass die Dienstplanung für die Sommersaison (Wochenenddienste Hafen) rechtzeitig mit dem Personalrat abzustimmen ist. Herr [[P|Dierks]] sagt Entwurf bis 20.05. zu.

TOP 2 Bußgeldstelle
– Rückstände: 412 offene Verwarnungsgeldverfahren, davon 96 mit ausländischen Kennzeichen (DK, PL, NL, LT). Vollstreckung in DK/NL über die EU-Rahmenbeschlüsse nur ab 70 EUR, darunter Einstellung prüfen.
– Beschwerde [[P|Mensah]] (Az. [[AZ|OA-10-00231/26]]): Stellungnahme des Außendienstes liegt vor, Antwort durch Amtsleitung bis 15.05.

TOP 3 Gewerbe / Gaststätten
– Frau [[P|Poppe]] berichtet: Gaststätte „Zum Ankerplatz“ (Inhaber [[P|Öztürk]]) – nach dem Vorfall vom 12.06. des Vorjahres zwei weitere Beschwerden; Auflagenbescheid wird vorbereitet.
– Saisonbetriebe Fischmarkt: neue Verkaufsstände melden sich bitte sowohl beim Gewerbeamt als auch beim Hafenamt (Herr [[P|Brons]]).

TOP 4 Verschiedenes
– Dienstfahrzeug [[N|CUX-WN 312]] ab 18.05. in der Werkstatt; Ersatz über Bauhof.
– Betriebsausflug 2026: Vorschlag Helgoland, Abstimmung per Umfrage bis 22.05. (Herr [[P|Tiedemann]] organisiert).
– Nächste Dienstbesprechung: 02.06.2026.

f. d. R. [[P|Aksoy]]
""", ["HEALTH", "UNION"]))

# ---------------------------------------------------------------------------------------------------------------
# 23 Complaint about a discriminatory check (ethnic origin revealed), forwarded internally
DOCS.append(("outlook", "beschwerde_kontrolle_weitergeleitet", f"""Von: [[P|Uwe Dierks]] <[[E|u.dierks@wesermuende-nord.de]]>
Gesendet: Dienstag, 28. April 2026 16:10
An: [[P|Jannik Tiedemann]] <[[E|j.tiedemann@wesermuende-nord.de]]>; [[P|Okan Yıldız]] <[[E|o.yildiz@wesermuende-nord.de]]>
Betreff: WG: Complaint – parking control Fischkai 24 April – Az. [[AZ|OA-10-00231/26]]

[[P|Jannik]], bitte bis 06.05. schriftliche Stellungnahme zum Ablauf am 24.04. (wer war dabei, welche Fahrzeuge wurden kontrolliert, Fotos). [[P|Okan]], bitte die Verwarnung zu [[KFZ|CUX-KM 233]] bis zur Klärung anhalten, keine Mahnung.
Ich antworte Herrn [[P|Mensah]] selbst.

[[P|U. Dierks]]
Amtsleiter

-----Ursprüngliche Nachricht-----
Von: [[P|Kofi Mensah]] <[[E|kofi.mensah.wn@gmail.com]]>
Gesendet: Sonntag, 26. April 2026 12:48
An: {OA_MAIL}
Betreff: Complaint – parking control Fischkai 24 April

Dear Sir or Madam,

I want to complain about the parking control on Friday 24 April at about 7:15 in the morning at the Fischkai, in front of the Nordsee Filet gate.

About ten cars were parked on the grass strip there, like every morning during shift change. The officer only put a ticket on my car ([[KFZ|CUX-KM 233]]) and on the car of my colleague from Ghana. When I asked him why not the other cars, he said "you people always park here". I am the only Black man in my shift and I am sure this is the reason. My colleague [[P|Tomas Kazlauskas]] parked right next to me with his van ([[KFZ|CUX-TK 589]]) and he got nothing, he can confirm this.

I have lived in this town for eleven years, my wife has a shop in the Bürgermeister-Smidt-Straße. I pay my fines when I am wrong. But this was not fair and I want an answer.

[[P|Kofi Mensah]]
[[A|Priel 17]]
[[A|27595 Wesermünde-Nord]]
Tel. [[T|+49 1590 1842 667]]
""", ["ETHNICITY"]))

# ---------------------------------------------------------------------------------------------------------------
# 24 Payment reminder (bilingual) to a Danish vehicle owner
kz24 = f"5.2026.{ids.digits(6)}"
az24 = f"VG-2026-{ids.digits(6)}"
DOCS.append(("word", "zahlungserinnerung_daenemark_zweisprachig", f"""Hansestadt Wesermünde-Nord · Ordnungsamt · Bußgeldstelle
{OA_HAUS} · Germany

Fru
[[P|Mette Østergaard Nielsen]]
[[A|Strandvejen 112, 2. tv]]
[[A|9000 Aalborg]]
DANMARK

Zahlungserinnerung / Payment reminder
Aktenzeichen / Reference: [[AZ|{az24}]]
Kassenzeichen / Payment reference: [[AZ|{kz24}]]
Kennzeichen / Registration: [[KFZ|DX 38 417]] (DK)
Datum / Date: 21.09.2026

Sehr geehrte Frau [[P|Østergaard Nielsen]],

mit Schreiben vom 04.08.2026 haben wir Ihnen ein Verwarnungsgeld in Höhe von 25,00 EUR angeboten (Parken ohne gültigen Parkschein, 26.07.2026, 11:48 Uhr, Parkplatz Weserdeich / [[A|Deichstraße 1]]). Eine Zahlung ist bis heute nicht eingegangen.

In Ihrer E-Mail vom 10.08.2026 haben Sie mitgeteilt, dass Ihr Sohn, Herr [[P|Frederik Nielsen]], das Fahrzeug an diesem Tag benutzt hat. Ein Verwarnungsgeld kann auch von einer anderen Person als dem Fahrer bezahlt werden; andernfalls müssten wir ein Bußgeldverfahren gegen Herrn [[P|Nielsen]] einleiten, das mit zusätzlichen Gebühren (mindestens 28,50 EUR) verbunden ist.

Bitte zahlen Sie bis zum 05.10.2026 auf das folgende Konto:
Empfänger: Stadtkasse Wesermünde-Nord
IBAN: {KASSE_IBAN}
BIC: BRLADE22XXX
Verwendungszweck: [[AZ|{kz24}]]

Dear Ms [[P|Østergaard Nielsen]],

on 4 August 2026 we offered you a warning fine of EUR 25.00 for parking without a valid ticket. We have not yet received the payment. You informed us that your son, Mr [[P|Frederik Nielsen]], was driving the car. The fine may be paid by anyone; otherwise formal proceedings against the driver will be opened, causing additional costs. Please pay by 5 October 2026 using the payment reference above.

Rückfragen / Questions: [[P|Meike Harms]], [[T|+49 471 9280-341]], {BG_MAIL}

Mit freundlichen Grüßen / Kind regards
Im Auftrag
[[P|M. Harms]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 25 Information stand of a local election candidate (political opinion revealed)
DOCS.append(("outlook", "sondernutzung_infostand_kandidatin", f"""Von: [[P|Rūta Petrauskienė]] <[[E|ruta.petrauskiene@posteo.de]]>
Gesendet: Samstag, 15. August 2026 09:50
An: {OA_MAIL}
Betreff: Antrag Infostand Fischmarkt September

Sehr geehrte Damen und Herren,

ich kandidiere bei der Kommunalwahl für den Stadtrat auf Listenplatz 4 von Bündnis 90/Die Grünen, Wahlbereich Innenstadt/Hafen (als EU-Bürgerin aus Litauen darf ich das, ich habe extra nachgefragt). Für unseren Ortsverband beantrage ich eine Sondernutzungserlaubnis für einen Infostand:

Ort: Fischmarkt, Fläche vor dem Brunnen (ca. 3 x 3 m, Pavillon + Tisch)
Termine: Samstag 5., 12. und 19. September 2026, jeweils 9–14 Uhr
Verantwortlich: [[P|Rūta Petrauskienė]], [[A|Reepschlägerstraße 21]], [[A|27593 Wesermünde-Nord]], mobil [[T|0151 4620 8837]]
Vertretung: [[P|Jan-Hendrik Oltmanns]], Tel. [[T|0471 / 50 23 61]]
Helfer/innen: [[P|Jurgita Vaitkevičiūtė]], [[P|Sönke Rickmers]], [[P|Aylin Koç]]

Für Auf- und Abbau möchten wir mit dem Lastenanhänger kurz an den Fischmarkt fahren (Zugfahrzeug [[KFZ|CUX-LR 1204]], Halter [[P|Jan-Hendrik Oltmanns]]). Ist dafür eine Ausnahme von der Fußgängerzone nötig?

Im letzten Jahr hatte ich den Stand noch für den deutsch-litauischen Verein angemeldet, das Az. von damals weiß ich leider nicht mehr. Bitte schicken Sie den Bescheid an meine Privatadresse, nicht an die Geschäftsstelle.

Viele Grüße / Pagarbiai
[[P|Rūta Petrauskienė]]
""", ["POLITICS"]))

# ---------------------------------------------------------------------------------------------------------------
# 26 Shipyard's collective registration of temporary workers (semicolon table, social and health insurance numbers)
w26 = [
    ("Žukauskas", "Mindaugas", "3.4.92", "030492", "Z", "AOK Niedersachsen"),
    ("Vaitkevičiūtė", "Jurgita", "30.5.91", "300591", "V", "TK"),
    ("Aydın", "Yusuf", "8.11.87", "081187", "A", "AOK Niedersachsen"),
    ("Reyes", "Mark Anthony", "16.6.95", "160695", "R", "hkk"),
    ("Teixeira", "Nuno Miguel", "11.10.79", "111079", "T", "BARMER"),
]
rows26 = []
for last, first, dob, ddmmyy, letter, kasse in w26:
    ssn = ids.social_security(ddmmyy, letter)
    kv = ids.health_insurance()
    ssn_txt = f"{ssn[:2]} {ssn[2:8]} {ssn[8]} {ssn[9:]}" if last in ("Aydın", "Teixeira") else ssn
    rows26.append(f"[[P|{last}]];[[P|{first}]];[[DOB|{dob}]];[[SSN|{ssn_txt}]];[[KV|{kv}]];{kasse}")
rows26 = "\n".join(rows26)
DOCS.append(("word", "werft_sammelanmeldung_tabelle", f"""Weserwerft Nord GmbH – Lohnbuchhaltung
[[N|Werftstraße 1–5]] · [[N|27591 Wesermünde-Nord]]

An das Bürgerbüro der Hansestadt Wesermünde-Nord
z. Hd. Frau [[P|Schnackenberg]]

Betreff: Befristet Beschäftigte Projekt „Fähre 2026“ – Nachweise zur Wohnsitzanmeldung / Ihre Anfrage vom 19.01.2026

Sehr geehrte Frau [[P|Schnackenberg]],

wie telefonisch besprochen übersenden wir die Angaben unserer befristet beschäftigten Mitarbeiterinnen und Mitarbeiter, die in der werkseigenen Unterkunft [[A|Dockstraße 12]] (Wohnungen 1–5) wohnen. Die Einwilligung der Beschäftigten zur Übermittlung liegt vor. Die Sozialversicherungsnummern sind beigefügt, weil das Jobcenter bzw. die Familienkasse in zwei Fällen (Kindergeld) danach gefragt hat.

Name;Vorname;geb.;RV-Nr.;KV-Nr.;Krankenkasse
{rows26}

Bemerkungen:
– Herr [[P|Reyes]] zieht zum 01.03. in eine eigene Wohnung ([[A|Am Deich 31]]), er meldet sich dann selbst um.
– Frau [[P|Vaitkevičiūtė]] ist zusätzlich bei der Nordsee Filet GmbH als Aushilfe gemeldet (Minijob).
– Herr [[P|Teixeira]] ist Vater von zwei Kindern, die in Portugal leben; der Nachweis für die Familienkasse wurde von ihm direkt eingereicht.

Für Rückfragen: [[P|Anke Tönjes]], Lohnbuchhaltung, Tel. [[T|0471 94 63-207]], [[E|a.toenjes@weserwerft-nord.de]]

Mit freundlichen Grüßen
i. A. [[P|A. Tönjes]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 27 Taxi entrepreneur: registration of additional vehicles; German/Turkish, quoted reply below
tid27 = ids.tax_id()
vat27 = ids.vat_id()
tnr27 = tax_nds()
iban27 = ids.iban_de()
DOCS.append(("outlook", "taxi_unternehmerin_fahrzeuge", f"""Von: [[P|Elif Şahin-Demir]] <[[E|info@taxi-weserblick.de]]>
Gesendet: Mittwoch, 15. April 2026 22:14
An: [[P|Gesa Ohlrogge]] <[[E|g.ohlrogge@wesermuende-nord.de]]>
Betreff: Re: Taxikonzession – Erweiterung um 2 Fahrzeuge

Hallo Frau [[P|Ohlrogge]],

danke für die schnelle Antwort! Anbei die fehlenden Angaben:

Unternehmerin: [[P|Elif Şahin-Demir]], geb. [[DOB|29.08.1982]]
Betriebssitz: [[A|Columbusstraße 87]], [[A|27591 Wesermünde-Nord]]
Steuernummer: [[TNR|{tnr27}]] · USt-IdNr.: [[VAT|{vat27}]]
Steuer-ID (hatten Sie nicht gefragt, aber der Vordruck will es): [[TID|{tid27}]]
Konto für die Gebühren (Lastschrift): [[IBAN|{group(iban27, 4)}]]

Fahrzeuge (bisher 3, neu 2):
– [[KFZ|CUX-TX 101]] (vorhanden)
– [[KFZ|CUX-TX 102]] (vorhanden)
– [[KFZ|CUX-ES 777]] (vorhanden, Großraum)
– NEU: [[KFZ|CUX-TX 104]], Hybrid, Zulassung am 20.04.
– NEU: [[KFZ|CUX-TX 105]], rollstuhlgerecht, Zulassung voraussichtlich Mai

Neue Fahrer mit P-Schein: [[P|Hasan Karakaya]] (seit 01.03.) und [[P|Ayşe Nur Türkmen]] (ab 01.05.). Mein Bruder [[P|Kaan Şahin]] macht weiter die Disposition.

Hayırlı işler und mit freundlichen Grüßen
[[P|Elif Şahin-Demir]]
Taxi Weserblick · [[T|0471 77 11 77]]

Am 14.04.2026 um 08:12 schrieb [[P|Gesa Ohlrogge]] <[[E|g.ohlrogge@wesermuende-nord.de]]>:
> Sehr geehrte Frau [[P|Şahin-Demir]],
> für die Erweiterung Ihrer Genehmigung nach dem PBefG um zwei Fahrzeuge benötigen wir: Steuernummer und USt-IdNr., die amtlichen Kennzeichen aller Fahrzeuge, Unbedenklichkeitsbescheinigungen von Finanzamt und Krankenkassen (nicht älter als 3 Monate) sowie den Eigenkapitalnachweis (2.250 EUR je Fahrzeug). Die Gebühr beträgt 180,00 EUR je Fahrzeug.
> Mit freundlichen Grüßen
> [[P|Gesa Ohlrogge]], Gewerbeamt, Tel. [[T|0471 9280-411]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 28 Berth contract for a houseboat (private Postfach, c/o address, SEPA mandate)
kd28 = f"HA-K-{ids.digits(5)}"
iban28 = ids.iban_de()
idc28a = ids.id_card()
idc28b = ids.id_card(check_digit=True)
mref28 = f"WN-HA-{kd28[5:]}-01"
DOCS.append(("word", "liegeplatzvertrag_hausboot", f"""Hansestadt Wesermünde-Nord – Hafenamt

Nutzungsvertrag über einen Dauerliegeplatz für ein Hausboot (Wohnschiff)
Vertragsnummer / Kundennummer: [[AZ|{kd28}]]

zwischen der Hansestadt Wesermünde-Nord, vertreten durch den Oberbürgermeister, dieser vertreten durch den Hafenmeister,
– nachfolgend „Stadt“ –
und
1. Herrn [[P|Harm-Jan ter Veen]], geb. [[DOB|14.07.1966]], Personalausweis-Nr. [[IDC|{idc28a}]]
2. Frau [[P|Birte ter Veen]] geb. [[P|Hollmann]], geb. am [[DOB|2. Februar 1969]], Personalausweis-Nr. [[IDC|{idc28b}]]
Postanschrift der Nutzer: [[A|Postfach 12 04 17]], [[A|27518 Bremerhaven]]
Zustellanschrift während Werftzeiten: c/o [[P|Wiebke Rosenboom]], [[A|Heringsgang 11]], [[A|27593 Wesermünde-Nord]]
– nachfolgend „Nutzer“ –

§ 1 Gegenstand
Die Stadt überlässt den Nutzern den Liegeplatz H 3 am Schwimmsteg Alter Hafen (Länge 18 m) für das Hausboot „Kleine Freiheit“ (Länge 15,2 m, Breite 5,0 m). Das Boot darf zu Wohnzwecken genutzt werden; eine Anmeldung des Wohnsitzes unter der Bezeichnung „[[A|Alter Hafen, Liegeplatz H 3]]“ ist beim Bürgerbüro vorzunehmen.

§ 2 Laufzeit
Der Vertrag beginnt am 01.05.2026 und läuft auf unbestimmte Zeit. Er kann mit einer Frist von drei Monaten zum Monatsende gekündigt werden.

§ 3 Entgelt
Das monatliche Liegeplatzentgelt beträgt 486,00 EUR zzgl. Strom und Wasser nach Zähler (Abrechnung halbjährlich).

§ 4 SEPA-Lastschriftmandat
Die Nutzer ermächtigen die Stadt, Zahlungen von ihrem Konto mittels Lastschrift einzuziehen.
Kontoinhaber: [[P|Harm-Jan ter Veen]]
IBAN: [[IBAN|{iban28}]]
Mandatsreferenz: [[AZ|{mref28}]]
Gläubiger-ID der Stadt: [[N|DE27ZZZ00000419922]]

§ 5 Pflichten der Nutzer
Die Nutzer halten das Boot in einem verkehrssicheren Zustand, schließen eine Haftpflichtversicherung mit einer Deckungssumme von mindestens 3 Mio. EUR ab und entsorgen Abwasser ausschließlich über die Absauganlage. Notfallkontakt der Nutzer: [[T|0173 4418 902]] (Herr [[P|ter Veen]]), [[T|0049 421 69 33 81]] (Frau [[P|ter Veen]], dienstlich).

Wesermünde-Nord, den 22.04.2026

für die Stadt: [[P|Knut Lührs]], Hafenmeister
die Nutzer: [[P|H.-J. ter Veen]]   [[P|B. ter Veen]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 29 Internal request for a registration record (Ordnungsamt asks Bürgerbüro), quoted reply
az29 = f"VG-2026-{ids.digits(6)}"
DOCS.append(("outlook", "intern_meldeauskunft_zustellung", f"""Von: [[P|Lena Friedrichs]] <[[E|l.friedrichs@wesermuende-nord.de]]>
Gesendet: Montag, 7. September 2026 09:03
An: [[P|Okan Yıldız]] <[[E|o.yildiz@wesermuende-nord.de]]>
Betreff: AW: Meldeauskunft [[P|Bautista]] – Zustellung VG [[AZ|{az29}]]

Hi [[P|Okan]],

laut Register ist Herr [[P|Bautista]] seit 15.08.2026 umgemeldet:
neu: [[A|Nordmole 3]], bei [[P|Villanueva-Santos]], [[A|27591 Wesermünde-Nord]]
alt: [[A|Kutterweg 22]], [[A|27593 Wesermünde-Nord]] (Werkswohnung Nordsee Filet)
Geburtsdatum passt ([[DOB|1990-02-19]]). Keine Auskunftssperre.

Der Brief kam wohl zurück, weil am Briefkasten nur „[[P|R. Villanueva-Santos]] / [[P|E. Santos]]“ steht. Schreib am besten „c/o [[P|Villanueva-Santos]]“ drauf.

LG [[P|Lena]]

Am 04.09.2026 um 14:37 schrieb [[P|Okan Yıldız]] <[[E|o.yildiz@wesermuende-nord.de]]>:
> Hallo [[P|Lena]],
>
> kannst du mir bitte für eine Zustellung die aktuelle Anschrift von [[P|Jonathan Bautista]], geb. [[DOB|19.02.1990]], philippinisch, raussuchen? Verwarnung wegen Parken im Halteverbot Fischkai ([[KFZ|CUX-JB 190]]) kam mit „Empfänger unbekannt“ zurück, letzte bekannte Adresse [[A|Kutterweg 22]].
> Zweck: Zustellung im Verwarnungsgeldverfahren, § 34 BMG.
>
> Danke!
> [[P|Okan]]
> --
> [[P|Okan Yıldız]] | Bußgeldstelle | Tel. [[T|9280-344]] | Zentrale {ZENTRALE}
""", []))

# ---------------------------------------------------------------------------------------------------------------
# 30 Fee notice for a market food truck with a credit-card payment authorisation (form text)
kz30 = f"5.2026.{ids.digits(6)}"
cc30 = ids.credit_card("5", 16)
tnr30 = tax_nds()
vat30 = ids.vat_id()
DOCS.append(("word", "sondernutzung_foodtruck_kreditkarte", f"""Hansestadt Wesermünde-Nord · Hafenamt – Marktverwaltung Fischmarkt
{OA_HAUS}

Frau
[[P|Akosua Darko]]
„Accra Kitchen“ (Food-Truck)
[[A|Kutterweg 22]]
[[A|27593 Wesermünde-Nord]]

Gebührenbescheid Sondernutzung Fischmarkt – Saison 2026
Kassenzeichen: [[AZ|{kz30}]]
Datum: 02.06.2026

Sehr geehrte Frau [[P|Darko]],

für die Aufstellung Ihres Verkaufsfahrzeugs (Kennzeichen [[KFZ|CUX-AD 455]]) auf Standplatz 11 des Fischmarktes an den Samstagen vom 06.06. bis 26.09.2026 (17 Markttage) setzen wir folgende Gebühren fest:

Standgeld 17 x 38,00 EUR = 646,00 EUR
Stromanschluss pauschal 17 x 6,50 EUR = 110,50 EUR
Summe 756,50 EUR

Sie haben bei der Antragstellung die Zahlung per Kreditkarte gewählt. Ihre Angaben aus dem Formular:

Feld: Karteninhaberin – [[P|Akosua Darko]]
Feld: Kartennummer – [[CC|{cc30}]]
Feld: gültig bis – 11/28
Feld: Betrag – 756,50 EUR
Feld: Steuernummer – [[TNR|{tnr30}]]
Feld: USt-IdNr. – [[VAT|{vat30}]]
Feld: Telefon – [[T|+233 20 558 1194]] (Ghana) / [[T|0152 3317 0846]]

Die Belastung erfolgt nach Bestandskraft dieses Bescheides. Die Kartendaten werden danach gelöscht; auf dem Bescheid werden sie künftig nur noch gekürzt ausgewiesen.

Hinweise: Der Standplatz ist bis 7:30 Uhr zu beziehen. Das Fahrzeug darf den Platz während der Marktzeit nicht verlassen. Für die Lebensmittelhygiene ist der Landkreis zuständig; die Bescheinigung nach § 43 IfSG liegt für Sie und Ihre Aushilfe, Frau [[P|Abena Owusu-Ansah]], vor.

Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht Stade erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P|Piet Brons]]
Marktverwaltung, Tel. [[T|0471 9280-614]]
""", []))

# ---------------------------------------------------------------------------------------------------------------
assert len(DOCS) == 30, len(DOCS)
out = os.path.join(HERE, "fresh76.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for i, (channel, template, text, flags) in enumerate(DOCS, 1):
        doc = build(f"F76-{i:03d}", channel, template, text, flags)
        f.write(json.dumps(doc, ensure_ascii=False) + "\n")
