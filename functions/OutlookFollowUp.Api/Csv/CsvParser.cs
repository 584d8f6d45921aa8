using System.Text;

namespace OutlookFollowUp.Api.Csv;

/// <summary>
/// A small RFC 4180 reader: comma-separated fields, fields quoted with '"' may hold commas, line breaks and doubled
/// quotes; lines end with CRLF or LF; a UTF-8 BOM is skipped. Rows keep the line number they started on, for errors.
/// </summary>
public static class CsvParser
{
    public sealed record Row(int Line, IReadOnlyList<string> Fields);

    public sealed class CsvFormatException(int line, string message) : FormatException($"Line {line}: {message}")
    {
        public int Line { get; } = line;
    }

    public static IReadOnlyList<Row> Parse(string text)
    {
        var rows = new List<Row>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var rowLine = 1;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var quoted = false;
        var fieldStarted = false;

        void EndField()
        {
            fields.Add(field.ToString());
            field.Clear();
            fieldStarted = false;
        }

        void EndRow()
        {
            EndField();
            if (!(fields.Count == 1 && fields[0].Length == 0))
            {
                rows.Add(new Row(rowLine, [.. fields]));
            }

            fields.Clear();
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                        if (i + 1 < text.Length && text[i + 1] is not (',' or '\r' or '\n'))
                        {
                            throw new CsvFormatException(line, "A closing quote must be followed by a comma or a line break.");
                        }
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when !fieldStarted && field.Length == 0:
                    quoted = true;
                    fieldStarted = true;
                    break;
                case '"':
                    throw new CsvFormatException(line, "A quote inside an unquoted field; quote the whole field and double the quote.");
                case ',':
                    EndField();
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case '\r' or '\n':
                    EndRow();
                    line++;
                    rowLine = line;
                    break;
                default:
                    field.Append(c);
                    fieldStarted = true;
                    break;
            }
        }

        if (quoted)
        {
            throw new CsvFormatException(rowLine, "A quoted field is not closed.");
        }

        if (field.Length > 0 || fields.Count > 0 || fieldStarted)
        {
            EndRow();
        }

        return rows;
    }
}
