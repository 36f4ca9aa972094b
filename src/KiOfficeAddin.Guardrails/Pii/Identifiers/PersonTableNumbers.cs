using KiOfficeAddin.Guardrails.Pii.Dates;
using KiOfficeAddin.Guardrails.Pii.Text;

namespace KiOfficeAddin.Guardrails.Pii.Identifiers;

/// <summary>
/// The numbers that a list of people gives each of them: "10190632⇥Rühl, Karl-Heinz⇥Wetzlarer Str. 118⇥438,17",
/// "24-09955;Rahimi;Farid;DE28 …", "…;B1;DTZ-25-0418-1115". In a table (<see cref="BarTable"/>) whose rows name people, a
/// column of identifier-shaped values that differ from row to row holds each person's customer, participant, file or
/// certificate number, whatever its header says or whether it has one. Dates, amounts, postcodes, phone numbers and
/// values shared by several rows (a course, a product) are no such column.
/// </summary>
internal static class PersonTableNumbers
{
    public static void Find(string text, IReadOnlyList<Candidate> persons, List<Candidate> output, List<BarTable.Cell>? tableCells = null)
    {
        if (persons.Count == 0)
        {
            return;
        }
        var cells = tableCells ?? BarTable.Read(text);
        if (cells.Count < 4)
        {
            return;
        }
        // Rows: a table's cells come row by row, each row from column 0 on.
        var rows = new int[cells.Count];
        for (var i = 1; i < cells.Count; i++)
        {
            rows[i] = cells[i].Table != cells[i - 1].Table ? 0 : cells[i].Column <= cells[i - 1].Column ? rows[i - 1] + 1 : rows[i - 1];
        }
        // The people's spans sorted by start, for a look-up per cell (a table of thousands of rows names thousands).
        var people = SortedSpans.Of(persons, 0, persons.Count, static p => (p.Start, p.End));
        var first = 0;
        while (first < cells.Count)
        {
            var last = first;
            while (last + 1 < cells.Count && cells[last + 1].Table == cells[first].Table)
            {
                last++;
            }
            FindInTable(text, cells, rows, first, last, people, output);
            first = last + 1;
        }
    }

    private static void FindInTable(string text, List<BarTable.Cell> cells, int[] rows, int first, int last, (int Start, int End)[] people,
        List<Candidate> output)
    {
        var rowCount = rows[last] + 1;
        if (rowCount < 2)
        {
            return;
        }
        // Rows that name a person in one of their cells.
        var personRows = new bool[rowCount];
        var columns = 0;
        for (var i = first; i <= last; i++)
        {
            columns = Math.Max(columns, cells[i].Column + 1);
            if (!personRows[rows[i]] && NamesPerson(cells[i], people))
            {
                personRows[rows[i]] = true;
            }
        }
        if (personRows.Count(named => named) * 2 < rowCount || columns > 64)
        {
            return;
        }
        for (var column = 0; column < columns; column++)
        {
            int values = 0, idLike = 0;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var distinct = true;
            for (var i = first; i <= last; i++)
            {
                if (cells[i].Column != column || cells[i].End == cells[i].Start)
                {
                    continue;
                }
                values++;
                if (IsIdentifierShaped(text.AsSpan(cells[i].Start, cells[i].End - cells[i].Start)))
                {
                    idLike++;
                    distinct &= seen.Add(text[cells[i].Start..cells[i].End]);
                }
            }
            if (idLike < 2 || idLike * 5 < values * 4 || !distinct)
            {
                continue;
            }
            var headerRead = false;
            for (var i = first; i <= last; i++)
            {
                if (cells[i].Column != column)
                {
                    continue;
                }
                if (IsIdentifierShaped(text.AsSpan(cells[i].Start, cells[i].End - cells[i].Start)))
                {
                    output.Add(new(PiiCategory.CaseReference, cells[i].Start, cells[i].End, CandidatePriority.DocumentNumberShape));
                }
                // A log or export without a header row: its first line, which the reader took for the header, is a row
                // like the others, so a number of the same shape there is a person's too.
                if (!headerRead)
                {
                    headerRead = true;
                    var header = cells[i].Header(text);
                    if (IsIdentifierShaped(header) && seen.Add(header.ToString()))
                    {
                        output.Add(new(PiiCategory.CaseReference, cells[i].HeaderStart, cells[i].HeaderEnd, CandidatePriority.DocumentNumberShape));
                    }
                }
            }
        }
    }

    private static bool NamesPerson(BarTable.Cell cell, (int Start, int End)[] people)
    {
        for (var p = SortedSpans.FirstAtOrAfter(people, cell.Start); p < people.Length && people[p].Start < cell.End; p++)
        {
            if (people[p].End <= cell.End)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "10190632", "24-09955", "DTZ-25-0418-1115", "0142.07.0033": five digits or more in one word of letters, digits,
    /// hyphens, slashes and full stops; not a date, an amount, a time or a phone number.
    /// </summary>
    private static bool IsIdentifierShaped(ReadOnlySpan<char> value)
    {
        if (value.Length is < 6 or > 30)
        {
            return false;
        }
        var digits = 0;
        var separators = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is '-' or '/' or '.')
            {
                separators++;
            }
            else if (!char.IsAsciiLetter(c))
            {
                return false; // spaces, commas (amounts), colons (times), plus signs (phones)
            }
        }
        if (digits < 5 || (separators == 0 && digits == value.Length && digits < 6))
        {
            return false;
        }
        // A date ("06.10.2025", "2025-10-06", "12/05/1998") or a phone number written with a leading zero and a hyphen.
        if (DateShapeReader.MatchLength(value, 0) == value.Length || (value[0] == '0' && value.Count('-') == 1 && value.IndexOf('-') is 3 or 4 or 5 && digits >= 9))
        {
            return false;
        }
        return true;
    }
}
