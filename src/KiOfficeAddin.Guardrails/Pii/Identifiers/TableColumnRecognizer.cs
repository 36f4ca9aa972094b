using KiOfficeAddin.Guardrails.Pii.Text;

namespace KiOfficeAddin.Guardrails.Pii.Identifiers;

/// <summary>
/// Values in the columns of bar tables (<see cref="BarTable"/>) whose header says what they are: "Aktenzeichen" or
/// "Kassenzeichen" (file numbers in any office's format), "Kennzeichen" (plates, also foreign ones), "Telefon",
/// "Dokument"/"Seriennummer" (ID-card and passport numbers, "PA …"/"RP …"), and "Steuernummer". The header is the context word the cells
/// lack; a cell still needs the shape of its kind (digits, a plausible length).
/// </summary>
internal static class TableColumnRecognizer
{
    private enum Column : byte { None, CaseFile, Plate, Phone, Document, Address, PersonNumber, TaxNumber }

    public static void Find(string text, List<Candidate> output)
    {
        var cells = BarTable.Read(text);
        if (cells.Count == 0)
        {
            return;
        }
        AddPlateColumnsWithoutHeader(text, cells, output);
        // Kind by kind, as the candidates have always been added: overlap resolution breaks ties by list order.
        foreach (var kind in (ReadOnlySpan<Column>)[Column.CaseFile, Column.Plate, Column.Phone, Column.Document, Column.Address, Column.PersonNumber, Column.TaxNumber])
        {
            foreach (var cell in cells)
            {
                var header = cell.Header(text);
                if (HeaderSays(kind, header))
                {
                    AddCell(text, kind, cell.Start, cell.End, output, passportColumn: kind == Column.Document && IsPassportHeader(header));
                }
            }
        }
    }

    private static bool HeaderSays(Column kind, ReadOnlySpan<char> header) => kind switch
    {
        Column.CaseFile => IsCaseFileHeader(header),
        Column.Plate => IsPlateHeader(header),
        Column.Phone => IsPhoneHeader(header),
        Column.Document => IsDocumentHeader(header),
        Column.PersonNumber => IsPersonNumberHeader(header),
        Column.TaxNumber => IsTaxNumberHeader(header),
        _ => IsAddressHeader(header),
    };

    private static void AddCell(string text, Column kind, int start, int end, List<Candidate> output, bool passportColumn)
    {
        // "BRI D 6195 / HSK-K 7": two vehicles of one person in one cell.
        if (kind == Column.Plate && text.IndexOf(" / ", start, end - start, StringComparison.Ordinal) is var slash and > 0)
        {
            AddCell(text, kind, start, slash, output, passportColumn);
            AddCell(text, kind, slash + 3, end, output, passportColumn);
            return;
        }
        // A remark in parentheses is not part of the value: "DJE 51HK (PL)".
        var remark = text.IndexOf('(', start, end - start);
        var valueEnd = remark > start && kind != Column.Phone ? remark : end;
        while (valueEnd > start && char.IsWhiteSpace(text[valueEnd - 1]))
        {
            valueEnd--;
        }
        var value = text.AsSpan(start, valueEnd - start);
        var digits = 0;
        var letters = 0;
        foreach (var c in value)
        {
            digits += char.IsAsciiDigit(c) ? 1 : 0;
            letters += char.IsLetter(c) ? 1 : 0;
        }
        switch (kind)
        {
            case Column.CaseFile when digits >= 4 && value.Length <= 30 && value.Count(' ') <= 3:
                output.Add(new(PiiCategory.CaseReference, start, valueEnd, CandidatePriority.CaseReference));
                break;
            case Column.Plate when digits >= 1 && letters >= 1 && value.Length is >= 4 and <= 12 && value.Count(' ') <= 2:
                output.Add(new(PiiCategory.LicensePlate, start, valueEnd, CandidatePriority.LicensePlate));
                break;
            case Column.Phone when digits is >= 6 and <= 16 && !value.ContainsAnyExcept(PhoneCharacters):
                output.Add(new(PiiCategory.Phone, start, valueEnd, CandidatePriority.Phone));
                break;
            case Column.Document:
                AddDocumentNumber(text, start, valueEnd, digits, output, passportColumn);
                break;
            case Column.Address:
                AddAddressCell(text, start, valueEnd, output);
                break;
            case Column.PersonNumber when digits is >= 9 and <= 13 && letters == 0 && value.Length <= 16:
                output.Add(new(PiiCategory.SocialSecurity, start, valueEnd, CandidatePriority.CaseReference));
                break;
            // "5332041216124" (the 13 digits of the federal form), "18/320/23811": a creditor's or taxpayer's number.
            case Column.TaxNumber when digits is >= 10 and <= 13 && !value.ContainsAnyExcept(TaxNumberCharacters):
                output.Add(new(PiiCategory.TaxNumber, start, valueEnd, CandidatePriority.CaseReference));
                break;
        }
    }

    /// <summary>
    /// "2025-06-13;MES F 81;Georgiou Despina;…": an export without a header row whose column holds vehicles' plates. Where
    /// two or more of its cells are plates found already (by their district codes and shape) and most of its cells have
    /// a plate's shape, the others of that shape are plates too ("XR-431-P", "PO 8E558", "MES F 81"), the first line's
    /// cell with them (the reader took that line for the header).
    /// </summary>
    private static void AddPlateColumnsWithoutHeader(string text, List<BarTable.Cell> cells, List<Candidate> output)
    {
        var plates = new List<(int Start, int End)>();
        foreach (var c in output)
        {
            if (c.Category == PiiCategory.LicensePlate)
            {
                plates.Add((c.Start, c.End));
            }
        }
        if (plates.Count < 2)
        {
            return;
        }
        plates.Sort();
        var columns = new Dictionary<(int Table, int Column), (int Cells, int Shaped, int Found, int HeaderStart, int HeaderEnd)>();
        foreach (var cell in cells)
        {
            var (count, shaped, found, _, _) = columns.GetValueOrDefault((cell.Table, cell.Column));
            if (cell.End > cell.Start)
            {
                count++;
                shaped += IsPlateShaped(text.AsSpan(cell.Start, cell.End - cell.Start)) ? 1 : 0;
                found += IsFoundPlate(plates, cell.Start, cell.End) ? 1 : 0;
            }
            columns[(cell.Table, cell.Column)] = (count, shaped, found, cell.HeaderStart, cell.HeaderEnd);
        }
        HashSet<int>? headersRead = null;
        foreach (var cell in cells)
        {
            var c = columns[(cell.Table, cell.Column)];
            if (c.Found < 2 || c.Shaped * 4 < c.Cells * 3 || IsPlateHeader(cell.Header(text)))
            {
                continue;
            }
            if (IsPlateShaped(text.AsSpan(cell.Start, cell.End - cell.Start)) && !IsFoundPlate(plates, cell.Start, cell.End))
            {
                output.Add(new(PiiCategory.LicensePlate, cell.Start, cell.End, CandidatePriority.LicensePlate));
            }
            if ((headersRead ??= []).Add(cell.HeaderStart) && IsPlateShaped(cell.Header(text)) && !IsFoundPlate(plates, cell.HeaderStart, cell.HeaderEnd))
            {
                output.Add(new(PiiCategory.LicensePlate, cell.HeaderStart, cell.HeaderEnd, CandidatePriority.LicensePlate));
            }
        }
    }

    private static bool IsFoundPlate(List<(int Start, int End)> plates, int start, int end)
    {
        var i = plates.BinarySearch((start, int.MinValue));
        i = i < 0 ? ~i : i;
        return i < plates.Count && plates[i].Start == start && plates[i].End <= end;
    }

    /// <summary>Two or three groups of capitals and digits, 4 to 10 characters, with both: "MES F 81", "XR-431-P", "PO 8E558".</summary>
    private static bool IsPlateShaped(ReadOnlySpan<char> value)
    {
        if (value.Length is < 4 or > 10)
        {
            return false;
        }
        int digits = 0, letters = 0, groups = 1;
        for (var i = 0; i < value.Length; i++)
        {
            var ch = value[i];
            if (char.IsAsciiDigit(ch))
            {
                digits++;
            }
            else if (char.IsAsciiLetterUpper(ch) || ch is 'Ä' or 'Ö' or 'Ü')
            {
                letters++;
            }
            else if (ch is ' ' or '-' && i > 0 && value[i - 1] is not (' ' or '-'))
            {
                groups++;
            }
            else
            {
                return false;
            }
        }
        return digits >= 1 && letters >= 1 && groups is 2 or 3;
    }

    private static readonly System.Buffers.SearchValues<char> PhoneCharacters = System.Buffers.SearchValues.Create("0123456789 +()/-");

    private static readonly System.Buffers.SearchValues<char> TaxNumberCharacters = System.Buffers.SearchValues.Create("0123456789 /");

    /// <summary>"Steuernummer", "St.-Nr.", "StNr": a column of tax numbers (not "USt-IdNr", the VAT number's).</summary>
    private static bool IsTaxNumberHeader(ReadOnlySpan<char> header) =>
        header.Length <= 20 && (header.StartsWith("Steuernummer", StringComparison.OrdinalIgnoreCase) || header.StartsWith("Steuer-Nr", StringComparison.OrdinalIgnoreCase)
            || header.StartsWith("St.-Nr", StringComparison.OrdinalIgnoreCase) || header.StartsWith("StNr", StringComparison.OrdinalIgnoreCase));

    /// <summary>"PA T29L7PWM34", "Reisepass C01X00T47": the last word of 8 to 10 capitals and digits with a digit in it.</summary>
    private static void AddDocumentNumber(string text, int start, int end, int digits, List<Candidate> output, bool passportColumn)
    {
        var i = end;
        while (i > start && char.IsAsciiLetterOrDigit(text[i - 1]))
        {
            i--;
        }
        var number = text.AsSpan(i, end - i);
        // "DX 694018": a Romanian identity card's series and number, apart.
        if (number.Length == 6 && !number.ContainsAnyExceptInRange('0', '9') && i - start == 3 && char.IsAsciiLetterUpper(text[start])
            && char.IsAsciiLetterUpper(text[start + 1]) && text[start + 2] == ' ')
        {
            output.Add(new(passportColumn ? PiiCategory.Passport : PiiCategory.IdCard, start, end, CandidatePriority.CaseReference));
            return;
        }
        if (number.Length is < 8 or > 10 || number.ContainsAnyExceptInRange('0', 'Z') || number.IndexOfAnyInRange('0', '9') < 0
            || number.ContainsAnyInRange(':', '@'))
        {
            // "BP-L1-68840" under "AusweisNr": a permit's or pass's own number (a resident's parking permit, a library
            // card), no travel document's shape but the holder's number all the same.
            var whole = text.AsSpan(start, end - start);
            if (whole.Count(' ') == 0 && whole.Length is >= 6 and <= 20 && whole.Count('-') > 0 && digits >= 4)
            {
                output.Add(new(PiiCategory.CaseReference, start, end, CandidatePriority.CaseReference));
            }
            return;
        }
        var cell = text.AsSpan(start, i - start).Trim();
        var passport = passportColumn || cell.StartsWith("RP", StringComparison.Ordinal) || cell.StartsWith("Reisepass", StringComparison.OrdinalIgnoreCase)
            || cell.StartsWith("Pass", StringComparison.OrdinalIgnoreCase);
        output.Add(new(passport ? PiiCategory.Passport : PiiCategory.IdCard, i, end, CandidatePriority.CaseReference));
    }

    /// <summary>
    /// "Lange Reihe 31", "OT Neu Zarnitz", "Am Teich 4, 07318 Saalfeld": under "Anschrift" or "Wohnort" each part of the
    /// cell (split at a comma) that has a house number, a postcode or an "OT" is an address.
    /// </summary>
    private static void AddAddressCell(string text, int start, int end, List<Candidate> output)
    {
        var partStart = start;
        while (partStart < end)
        {
            var comma = text.IndexOf(',', partStart, end - partStart);
            var partEnd = comma < 0 ? end : comma;
            var part = text.AsSpan(partStart, partEnd - partStart).Trim();
            var offset = partStart + (text.AsSpan(partStart, partEnd - partStart).Length - text.AsSpan(partStart, partEnd - partStart).TrimStart().Length);
            var hasDigit = part.IndexOfAnyInRange('0', '9') >= 0;
            var hasLetter = false;
            foreach (var c in part)
            {
                hasLetter |= char.IsLetter(c);
            }
            // "Pers.-Nr. 40117" in an address column is a note, not an address.
            if (part.Length is >= 4 and <= 60 && hasLetter && (hasDigit || part.StartsWith("OT ", StringComparison.Ordinal))
                && !part.Contains("Nr", StringComparison.OrdinalIgnoreCase))
            {
                output.Add(new(PiiCategory.Address, offset, offset + part.Length, CandidatePriority.Address));
            }
            partStart = partEnd + 1;
        }
    }

    private static bool IsAddressHeader(ReadOnlySpan<char> header) =>
        header.Length <= 24 && (header.StartsWith("Adresse", StringComparison.OrdinalIgnoreCase) || header.StartsWith("Wohnort", StringComparison.OrdinalIgnoreCase)
            || header.Equals("Straße", StringComparison.OrdinalIgnoreCase) || header.StartsWith("Straße, Haus", StringComparison.OrdinalIgnoreCase)
            // An export's columns, spelt as databases spell them: "Strasse", "Str_Hausnr", "PLZ_Ort", "PLZ Ort", "PLZ/Ort".
            || header.Equals("Strasse", StringComparison.OrdinalIgnoreCase) || header.StartsWith("Str_", StringComparison.OrdinalIgnoreCase)
            || header.StartsWith("Strasse_", StringComparison.OrdinalIgnoreCase) || header.StartsWith("Straße_", StringComparison.OrdinalIgnoreCase)
            || header.StartsWith("PLZ", StringComparison.OrdinalIgnoreCase)
            // "Anschrift", "letzte Anschrift", "Meldeanschrift", "Wohnadresse": any postal address of the row's person; not
            // an e-mail or web address.
            || header.Contains("anschrift", StringComparison.OrdinalIgnoreCase)
            || (header.Contains("adresse", StringComparison.OrdinalIgnoreCase) && !header.Contains("mail", StringComparison.OrdinalIgnoreCase)
                && !header.Contains("web", StringComparison.OrdinalIgnoreCase) && !header.Contains("IP", StringComparison.Ordinal)
                && !header.Contains("internet", StringComparison.OrdinalIgnoreCase)));

    /// <summary>"PESEL", "SNILS", "CNP", "EGN", "JMBG", "AHV-Nr.": a column of other states' personal numbers.</summary>
    private static bool IsPersonNumberHeader(ReadOnlySpan<char> header) =>
        header.Length <= 24 && (header.StartsWith("PESEL", StringComparison.OrdinalIgnoreCase) || header.StartsWith("SNILS", StringComparison.OrdinalIgnoreCase)
            || header.Equals("CNP", StringComparison.OrdinalIgnoreCase) || header.Equals("EGN", StringComparison.OrdinalIgnoreCase)
            || header.StartsWith("JMBG", StringComparison.OrdinalIgnoreCase) || header.StartsWith("AHV", StringComparison.OrdinalIgnoreCase)
            || header.StartsWith("Personnummer", StringComparison.OrdinalIgnoreCase));

    private static bool IsCaseFileHeader(ReadOnlySpan<char> header) =>
        header.Length <= 24 && (header.StartsWith("Aktenzeichen", StringComparison.OrdinalIgnoreCase) || header.StartsWith("Az", StringComparison.Ordinal)
            || header.StartsWith("Kassenzeichen", StringComparison.OrdinalIgnoreCase) || header.StartsWith("Vorgang", StringComparison.OrdinalIgnoreCase)
            || header.StartsWith("Geschäftszeichen", StringComparison.OrdinalIgnoreCase) || header.StartsWith("Verwarnungs", StringComparison.OrdinalIgnoreCase)
            || header.StartsWith("Kundennummer", StringComparison.OrdinalIgnoreCase) || header.StartsWith("Zeichen", StringComparison.Ordinal)
            // "Verw.-Nr." (a caution's number), "Fund-Nr." (a found item's).
            || header.StartsWith("Verw.", StringComparison.OrdinalIgnoreCase) || header.StartsWith("Kreditor", StringComparison.OrdinalIgnoreCase)
            || header.StartsWith("Debitor", StringComparison.OrdinalIgnoreCase) || header.StartsWith("Mandatsref", StringComparison.OrdinalIgnoreCase)
            // A person's numbers in an office's or a school's list: customer, register entry, examination, BAMF file,
            // matriculation, membership, personnel.
            || header.StartsWith("Kundennr", StringComparison.OrdinalIgnoreCase) || header.StartsWith("Kunden-Nr", StringComparison.OrdinalIgnoreCase)
            || header.StartsWith("Reg.-Nr", StringComparison.OrdinalIgnoreCase) || header.StartsWith("Registernr", StringComparison.OrdinalIgnoreCase)
            || header.StartsWith("Prüfungs-ID", StringComparison.OrdinalIgnoreCase) || header.StartsWith("Prüfungsnr", StringComparison.OrdinalIgnoreCase)
            || header.StartsWith("Teilnehmer-Nr", StringComparison.OrdinalIgnoreCase) || header.StartsWith("BAMF-Kennziffer", StringComparison.OrdinalIgnoreCase)
            || header.StartsWith("Kennziffer", StringComparison.OrdinalIgnoreCase) || header.StartsWith("Matrikel", StringComparison.OrdinalIgnoreCase)
            || header.StartsWith("Mitgliedsnr", StringComparison.OrdinalIgnoreCase) || header.StartsWith("Personalnr", StringComparison.OrdinalIgnoreCase)
            || header.StartsWith("Personal-Nr", StringComparison.OrdinalIgnoreCase) || header.StartsWith("Fund-Nr", StringComparison.OrdinalIgnoreCase)
            || header.StartsWith("Fundnr", StringComparison.OrdinalIgnoreCase) || header.StartsWith("Fundnummer", StringComparison.OrdinalIgnoreCase));

    private static bool IsPlateHeader(ReadOnlySpan<char> header) =>
        header.Length <= 24 && (header.StartsWith("Kennzeichen", StringComparison.OrdinalIgnoreCase) || header.StartsWith("Kfz-Kennzeichen", StringComparison.OrdinalIgnoreCase)
            || header.StartsWith("amtl. Kennzeichen", StringComparison.OrdinalIgnoreCase));

    private static bool IsPhoneHeader(ReadOnlySpan<char> header) =>
        header.Length <= 20 && (header.StartsWith("Telefon", StringComparison.OrdinalIgnoreCase) || header.StartsWith("Tel.", StringComparison.OrdinalIgnoreCase)
            || header.Equals("Tel", StringComparison.OrdinalIgnoreCase) || header.StartsWith("Mobil", StringComparison.OrdinalIgnoreCase)
            || header.StartsWith("Handy", StringComparison.OrdinalIgnoreCase) || header.StartsWith("Rückruf", StringComparison.OrdinalIgnoreCase));

    private static bool IsDocumentHeader(ReadOnlySpan<char> header) =>
        header.Length <= 24 && (header.StartsWith("Dokument", StringComparison.OrdinalIgnoreCase) || header.StartsWith("Ausweis", StringComparison.OrdinalIgnoreCase)
            || header.StartsWith("Seriennummer", StringComparison.OrdinalIgnoreCase) || header.StartsWith("Pass-Nr", StringComparison.OrdinalIgnoreCase)
            || header.StartsWith("Passnummer", StringComparison.OrdinalIgnoreCase) || IsPassportHeader(header)
            // "Karten-Nr.": a residence card's (eAT) number in a foreigners' office's list.
            || header.StartsWith("Karten-Nr", StringComparison.OrdinalIgnoreCase) || header.StartsWith("Kartennummer", StringComparison.OrdinalIgnoreCase)
            || header.StartsWith("Kartennr", StringComparison.OrdinalIgnoreCase)
            // "eAT-Kartennr.": the electronic residence permit's card.
            || header.Contains("-Kartennr", StringComparison.OrdinalIgnoreCase) || header.Contains("-Karten-Nr", StringComparison.OrdinalIgnoreCase));

    /// <summary>"Reisepass-Nr.", "Reisepassnummer", "Pass-Nr.": a column of passport numbers.</summary>
    private static bool IsPassportHeader(ReadOnlySpan<char> header) =>
        header.StartsWith("Reisepass", StringComparison.OrdinalIgnoreCase) || header.StartsWith("Pass-Nr", StringComparison.OrdinalIgnoreCase)
        || header.StartsWith("Passnummer", StringComparison.OrdinalIgnoreCase) || header.StartsWith("Passport", StringComparison.OrdinalIgnoreCase);
}
