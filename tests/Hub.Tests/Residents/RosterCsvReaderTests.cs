using AiPhoneCoverage.Hub.Residents;
using AiPhoneCoverage.Hub.Tests.Infrastructure;

namespace AiPhoneCoverage.Hub.Tests.Residents;

public sealed class RosterCsvReaderTests
{
    private readonly RosterCsvReader _reader = new(new PhoneNumberNormalizer("US"));

    private RosterFile Read(string text) => _reader.Read(new StringReader(text));

    [Fact]
    public void Columns_are_matched_by_header_name_in_any_order_and_case()
    {
        var file = Read("Unit,PHONE,Last_Name,first_name,resident_id,Email,Notes\n4B,512.555.0143 ,Garcia,Maria,t001,maria@example.com,ignored\n");

        var row = Assert.Single(file.Rows);
        Assert.Equal(("t001", "Maria", "Garcia", "4B"), (row.ResidentId, row.FirstName, row.LastName, row.Unit));
        Assert.Equal(["+15125550143"], row.Phones);
        Assert.Equal(2, row.Line);
    }

    [Fact]
    public void A_missing_required_column_rejects_the_whole_file()
    {
        var file = Read("resident_id,first_name,last_name,unit\nt1,A,B,1\n");

        Assert.Equal("line 1: missing column(s) phone", file.FatalError);
        Assert.Empty(file.Rows);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        Assert.NotNull(Read(string.Empty).FatalError);
    }

    [Fact]
    public void Bad_rows_are_reported_with_their_line_and_the_good_rows_kept()
    {
        var text = RosterCsv.Header + "\n" +
            RosterCsv.Row(1) + "\n" +                             // line 2
            "R2,Ann,Lee,2B,not a phone,,\n" +                      // line 3
            "\"R3\",\"Bo, Jr\",\"Li\nMa\",3C,(617) 555-0003,,\n" + // lines 4-5: a quoted field spans two lines
            "R4,,,4D,(617) 555-0004,,\n" +                         // line 6
            "R000001,Dup,Licate,5E,(617) 555-0005,,\n" +           // line 7
            "R6,Cy,Do,6F,(617) 555-0006,(617) 555-0007,nope\n" +   // line 8
            "R7,Di,Ev\n" +                                          // line 9
            "R8,Ed,Fu,,(617) 555-0008,,\n" +                        // line 10
            RosterCsv.Row(9) + "\n";                               // line 11

        var file = Read(text);

        Assert.Null(file.FatalError);
        Assert.Equal(["R000001", "R000009"], file.Rows.Select(r => r.ResidentId));
        Assert.Equal([2, 11], file.Rows.Select(r => r.Line));
        Assert.Equal(
            [
                "line 3: phone '*********ne' is not a phone number",
                "line 4: contains control characters",
                "line 6: first_name and last_name are both empty",
                "line 7: resident_id 'R000001' already appears on line 2",
                "line 8: email is not an e-mail address",
                "line 9: has 3 fields, the header has 7",
                "line 10: unit is empty",
            ],
            file.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_quoted_comma_stays_in_its_field()
    {
        var row = Assert.Single(Read(RosterCsv.Header + "\n\"R1\",\"Bo, Jr\",Li,3C,(617) 555-0003,,\n").Rows);

        Assert.Equal("Bo, Jr", row.FirstName);
    }

    [Fact]
    public void An_invalid_number_is_reported_without_echoing_it_in_full()
    {
        var file = Read(RosterCsv.Header + "\nR1,A,B,1,555-01,,\n");

        Assert.Equal("line 2: phone '****01' is not a valid phone number", Assert.Single(file.Problems).ToString());
    }

    [Fact]
    public void Phone_and_alt_phone_are_normalised_and_deduplicated()
    {
        var row = Assert.Single(Read(RosterCsv.Header + "\nR1,A,B,1,617-555-0100,+1 (617) 555-0100,\n").Rows);

        Assert.Equal(["+16175550100"], row.Phones);
    }
}
