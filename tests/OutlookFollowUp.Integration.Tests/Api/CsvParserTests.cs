using OutlookFollowUp.Api.Csv;

namespace OutlookFollowUp.Integration.Tests.Api;

public sealed class CsvParserTests
{
    [Fact]
    public void Quoted_fields_keep_commas_doubled_quotes_and_line_breaks()
    {
        var rows = CsvParser.Parse("a,b\r\n\"x, y\",\"say \"\"hi\"\"\nthere\"\r\n");

        Assert.Equal(2, rows.Count);
        Assert.Equal(["x, y", "say \"hi\"\nthere"], rows[1].Fields);
        Assert.Equal(2, rows[1].Line);
    }

    [Fact]
    public void Lines_may_end_with_lf_or_crlf_and_the_last_may_have_no_line_break()
    {
        var rows = CsvParser.Parse("\uFEFFa,b\nc,d\r\ne,");

        Assert.Equal([["a", "b"], ["c", "d"], ["e", ""]], rows.Select(r => r.Fields.ToArray()));
    }

    [Fact]
    public void Blank_lines_are_skipped_and_rows_keep_their_line_numbers()
    {
        var rows = CsvParser.Parse("a\n\nb\n");

        Assert.Equal([1, 3], rows.Select(r => r.Line));
    }

    [Theory]
    [InlineData("a,\"open", 1)]
    [InlineData("a,b\nc,d\"e", 2)]
    [InlineData("\"closed\"x,y", 1)]
    public void Malformed_quoting_is_an_error_naming_the_line(string text, int line)
    {
        var error = Assert.Throws<CsvParser.CsvFormatException>(() => CsvParser.Parse(text));

        Assert.Equal(line, error.Line);
    }
}
