namespace KiOfficeAddin.Guardrails.Pii.Text;

/// <summary>
/// Tables written with bars ("Nr. | Name, Vorname | geb. | Anschrift"), tabs (a table copied out of Word or Excel) or
/// semicolons (an Excel list saved as CSV: "Name;Vorname;geb."), as staff paste lists into mails and notes. The first bar or tab line of a block is the header; it says what each column
/// holds, and the rows below it (lines with the same number of cells) follow until a blank line; a line without
/// separators inside the block is a sub-heading. A column's header is the evidence for all of its cells: a name column
/// holds people whether the lexicons know them or not, a "geb." column holds dates of birth.
/// </summary>
internal static class BarTable
{
    /// <summary>Decides from a trimmed header cell whether its column is wanted.</summary>
    public delegate bool HeaderTest(ReadOnlySpan<char> header);

    /// <summary>A body cell (trimmed, maybe empty) with its table (counted from 0), column and the span of its column's header.</summary>
    public readonly record struct Cell(int Table, int Column, int HeaderStart, int HeaderEnd, int Start, int End)
    {
        public ReadOnlySpan<char> Header(string text) => text.AsSpan(HeaderStart, HeaderEnd - HeaderStart);
    }

    /// <summary>The cells (start, end) of every column whose header <paramref name="isWanted"/> accepts.</summary>
    public static List<(int Start, int End)> CellsUnder(string text, HeaderTest isWanted) => CellsUnder(text, Read(text), isWanted);

    /// <summary>As <see cref="CellsUnder(string, HeaderTest)"/>, from the cells <see cref="Read"/> gave already.</summary>
    public static List<(int Start, int End)> CellsUnder(string text, List<Cell> read, HeaderTest isWanted)
    {
        var cells = new List<(int Start, int End)>();
        foreach (var cell in read)
        {
            if (isWanted(cell.Header(text)))
            {
                cells.Add((cell.Start, cell.End));
            }
        }
        return cells;
    }

    /// <summary>
    /// Every body cell of every table, in text order, so that a reader can judge a column by its header, by what its
    /// cells hold, or both, from one reading of the text.
    /// </summary>
    public static List<Cell> Read(string text)
    {
        var cells = new List<Cell>();
        if (!text.Contains('|', StringComparison.Ordinal) && !text.Contains('\t', StringComparison.Ordinal) && !text.Contains(';', StringComparison.Ordinal)
            && !text.Contains(QuotedComma, StringComparison.Ordinal))
        {
            return cells;
        }
        ReadTables(text, cells);
        return cells;
    }

    /// <summary>The body cells of the text's tables, for a text with a bar, a tab or a semicolon (the header buffer is zeroed at each call).</summary>
    // "\"Kassenzeichen\",\"Schuldner\",\"Geburtsdatum\"": a CSV export with every field in quotes, whose fields may hold
    // semicolons and commas of their own; the quote-comma-quote between two fields is the separator.
    private const string QuotedComma = "\",\"";

    private static void ReadTables(string text, List<Cell> cells)
    {
        var separator = '|';
        var quoted = false;
        // The header cells of the current table; tables wider than 64 columns are not lists people write by hand.
        var headerBuffer = default(FixedBuffer64<(int Start, int End)>);
        Span<(int Start, int End)> headers = headerBuffer;
        var table = -1;
        var columns = -1;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            if (quoted)
            {
                ReadQuotedLine(text, lineStart, line, ref columns, headers, table, cells);
                quoted = columns >= 0;
            }
            else if (columns < 0 && line.StartsWith('"') && line.Count(QuotedComma) >= 2)
            {
                quoted = true;
                table++;
                ReadQuotedLine(text, lineStart, line, ref columns, headers, table, cells);
            }
            else
            {
                if (columns >= 0 && line.IndexOf(separator) < 0 && line.IsWhiteSpace())
                {
                    columns = -1;
                }
                if ((columns < 0 && line.IndexOf('|') < 0 && line.Count('\t') < 2 && line.Count(';') < 2) || (columns >= 0 && line.IndexOf(separator) < 0))
                {
                    // Not a table line (a tab or semicolon table needs three columns in its header), or a sub-heading.
                }
                else if (columns < 0)
                {
                    separator = line.IndexOf('|') >= 0 ? '|' : line.Count('\t') >= 2 ? '\t' : ';';
                    columns = 0;
                    table++;
                    foreach (var cell in line.Split(separator))
                    {
                        if (columns < headers.Length)
                        {
                            headers[columns] = Trimmed(text, lineStart, cell.GetOffsetAndLength(line.Length));
                        }
                        columns++;
                    }
                }
                else if (line.Count(separator) + 1 == columns
                         || (separator != '|' && (line.Count(separator) + 1 > columns
                             || (line.Count(separator) + 2 == columns && columns >= 5 && line.Length > 0 && line[0] != separator))))
                {
                    // (A tab or semicolon row may run on past the header with a remark that only some rows have, or stop
                    // one short of a wide header, the last column an export leaves empty; the cells beyond the header's are not read.)
                    var index = 0;
                    foreach (var cell in line.Split(separator))
                    {
                        if (index < headers.Length)
                        {
                            var (start, end) = Trimmed(text, lineStart, cell.GetOffsetAndLength(line.Length));
                            cells.Add(new Cell(table, index, headers[index].Start, headers[index].End, start, end));
                        }
                        index++;
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    /// <summary>
    /// One line of a quoted CSV table: its header (when <paramref name="columns"/> is below zero) or a row with as many
    /// fields; any other line ends the table (<paramref name="columns"/> back to -1).
    /// </summary>
    private static void ReadQuotedLine(string text, int lineStart, ReadOnlySpan<char> line, ref int columns,
        Span<(int Start, int End)> headers, int table, List<Cell> cells)
    {
        line = line.TrimEnd('\r');
        if (!line.StartsWith('"') || !line.EndsWith('"') || line.Length < 2 || (columns >= 0 && line.Count(QuotedComma) + 1 != columns))
        {
            columns = -1;
            return;
        }
        var header = columns < 0;
        var index = 0;
        // Without the outer quotes, the fields are separated by the quote-comma-quote.
        var inner = line[1..^1];
        foreach (var field in inner.Split(QuotedComma))
        {
            var (offset, length) = field.GetOffsetAndLength(inner.Length);
            var span = Trimmed(text, lineStart + 1, (offset, length));
            if (index < headers.Length)
            {
                if (header)
                {
                    headers[index] = span;
                }
                else
                {
                    cells.Add(new Cell(table, index, headers[index].Start, headers[index].End, span.Start, span.End));
                }
            }
            index++;
        }
        columns = header ? index : columns;
    }

    private static (int Start, int End) Trimmed(string text, int lineStart, (int Offset, int Length) cell)
    {
        var start = lineStart + cell.Offset;
        var end = start + cell.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return (start, end);
    }
}
