namespace KiOfficeAddin.Guardrails.Pii.Text;

/// <summary>
/// Tables written with bars ("Nr. | Name, Vorname | geb. | Anschrift") or tabs (a table copied out of Word or Excel), as
/// staff paste lists into mails and notes. The first bar or tab line of a block is the header; it says what each column holds, and the rows below it (lines with the same
/// number of cells) follow until a line without a bar. A column's header is the evidence for all of its cells: a name
/// column holds people whether the lexicons know them or not, a "geb." column holds dates of birth.
/// </summary>
internal static class BarTable
{
    /// <summary>Decides from a trimmed header cell whether its column is wanted.</summary>
    public delegate bool HeaderTest(ReadOnlySpan<char> header);

    /// <summary>The cells (start, end; trimmed, maybe empty) of every column whose header <paramref name="isWanted"/> accepts.</summary>
    public static List<(int Start, int End)> CellsUnder(string text, HeaderTest isWanted)
    {
        var cells = new List<(int Start, int End)>();
        foreach (var cell in AllCells(text, isWanted))
        {
            cells.Add((cell.Start, cell.End));
        }
        return cells;
    }

    /// <summary>
    /// Every body cell with its table (counted from 0) and column; <paramref name="isWanted"/> limits the columns
    /// (null: all of them), so that a reader can also judge a column by what its cells hold.
    /// </summary>
    public static List<(int Table, int Column, int Start, int End)> AllCells(string text, HeaderTest? isWanted = null)
    {
        var table = -1;
        var cells = new List<(int Table, int Column, int Start, int End)>();
        if (!text.Contains('|', StringComparison.Ordinal) && !text.Contains('\t', StringComparison.Ordinal))
        {
            return cells;
        }
        var separator = '|';
        // Bit i set: column i is wanted. Tables wider than 64 columns are not lists people write by hand.
        ulong wanted = 0;
        var columns = -1;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            // A blank line ends the table; a line without separators inside it is a sub-heading ("Wahlvorstand 1 – …").
            if (columns >= 0 && line.IndexOf(separator) < 0 && line.IsWhiteSpace())
            {
                columns = -1;
            }
            if ((columns < 0 && line.IndexOf('|') < 0 && line.Count('\t') < 2) || (columns >= 0 && line.IndexOf(separator) < 0))
            {
                // Not a table line (a tab table needs three columns in its header), or a sub-heading.
            }
            else if (columns < 0)
            {
                separator = line.IndexOf('|') >= 0 ? '|' : '\t';
                wanted = 0;
                columns = 0;
                table++;
                foreach (var cell in line.Split(separator))
                {
                    if (columns < 64 && (isWanted is null || isWanted(line[cell].Trim())))
                    {
                        wanted |= 1UL << columns;
                    }
                    columns++;
                }
            }
            else if (wanted != 0 && line.Count(separator) + 1 == columns)
            {
                var index = 0;
                foreach (var cell in line.Split(separator))
                {
                    if (index < 64 && (wanted & (1UL << index)) != 0)
                    {
                        var (offset, length) = cell.GetOffsetAndLength(line.Length);
                        var start = lineStart + offset;
                        var end = start + length;
                        while (start < end && char.IsWhiteSpace(text[start]))
                        {
                            start++;
                        }
                        while (end > start && char.IsWhiteSpace(text[end - 1]))
                        {
                            end--;
                        }
                        cells.Add((table, index, start, end));
                    }
                    index++;
                }
            }
            lineStart = lineEnd + 1;
        }
        return cells;
    }
}
