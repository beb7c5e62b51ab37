using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Incidents;

/// <summary>The list's CSV downloads (docs/adr/0025): headers, encoding, filters, access, formula escaping and streaming.</summary>
public sealed class ExportTests(WebAppFixture app) : WebAppTest(app)
{
    private static readonly DateTimeOffset Day = FixedClock.Start.AddDays(-2);

    [Fact]
    public async Task The_incident_export_is_utf8_with_a_bom_and_headers_and_holds_only_what_the_user_may_see()
    {
        var am = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var other = await App.CreateUserAsync(Roles.AccountManager);
        var clientId = await App.AddClientAsync("Acme");
        var mine = TestIncidents.Log(am, clientId, Day, App.Clock.Now, summary: "Mine: late pallets");
        var theirs = TestIncidents.Log(other, clientId, Day.AddHours(1), App.Clock.Now, summary: "Theirs: late pallets");
        await AddAsync(mine, theirs);
        using var http = await App.CreateSignedInClientAsync(am);

        using var response = await http.GetAsync(new Uri("/Incidents/Export?Show=all", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var lines = Lines(bytes);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("Incident,Summary,Client,Kind,Stage,Discovered,Account manager", lines[0], StringComparison.Ordinal);
        var row = Assert.Single(lines[1..]);
        Assert.StartsWith($"{mine.Id},Mine: late pallets,Acme,", row, StringComparison.Ordinal);
        Assert.Contains(",Alex Morgan,", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_export_keeps_the_list_s_filters_and_search()
    {
        var am = await App.CreateUserAsync(Roles.AccountManager);
        var clientId = await App.AddClientAsync("Acme");
        var contract = TestIncidents.Log(am, clientId, Day, App.Clock.Now, summary: "Forklift broke", contractReference: "SOW 7");
        var plain = TestIncidents.Log(am, clientId, Day.AddHours(1), App.Clock.Now, summary: "Forklift late");
        var other = TestIncidents.Log(am, clientId, Day.AddHours(2), App.Clock.Now, summary: "Invoice wrong", contractReference: "SOW 8");
        await AddAsync(contract, plain, other);
        using var http = await App.CreateSignedInClientAsync(am);

        var lines = Lines(await http.GetByteArrayAsync(new Uri("/Incidents/Export?ContractLinked=true&Text=forklift", UriKind.Relative)));
        var unknown = Lines(await http.GetByteArrayAsync(new Uri("/Incidents/Export?Severity=Huge", UriKind.Relative)));
        var unbound = Lines(await http.GetByteArrayAsync(new Uri("/Incidents/Export?TeamId=x", UriKind.Relative)));

        Assert.StartsWith($"{contract.Id},", Assert.Single(lines[1..]), StringComparison.Ordinal);
        Assert.Single(unknown);
        Assert.Single(unbound);
    }

    [Fact]
    public async Task Measures_and_check_ins_export_one_row_each_with_their_incident()
    {
        var am = await App.CreateUserAsync(Roles.AccountManager);
        var clientId = await App.AddClientAsync("Acme");
        var incident = TestIncidents.Log(am, clientId, Day, App.Clock.Now, summary: "Late");
        await AddAsync(incident);
        await App.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO \"PreventionMeasures\" (\"Id\", \"IncidentId\", \"Description\", \"Owner\", \"DueOn\", \"Status\") VALUES ({Guid.NewGuid()}, {incident.Id}, 'Check capacity first', 'Sam', {new DateOnly(2026, 12, 1)}, 'Planned')");
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO \"CheckIns\" (\"Id\", \"IncidentId\", \"PlannedOn\", \"Topic\", \"IsDone\") VALUES ({Guid.NewGuid()}, {incident.Id}, {new DateOnly(2026, 12, 2)}, 'How is it going?', false)");
        });
        using var http = await App.CreateSignedInClientAsync(am);

        var measures = Lines(await http.GetByteArrayAsync(new Uri("/Incidents/Export?Of=Measures", UriKind.Relative)));
        var checkIns = Lines(await http.GetByteArrayAsync(new Uri("/Incidents/Export?Of=CheckIns", UriKind.Relative)));

        Assert.StartsWith("Incident,Summary,Client,Prevention measure,Owner,Due on", measures[0], StringComparison.Ordinal);
        Assert.StartsWith($"{incident.Id},Late,Acme,Check capacity first,Sam,2026-12-01,", Assert.Single(measures[1..]), StringComparison.Ordinal);
        Assert.StartsWith("Incident,Summary,Client,Planned on,Topic", checkIns[0], StringComparison.Ordinal);
        Assert.Equal($"{incident.Id},Late,Acme,2026-12-02,How is it going?,,", Assert.Single(checkIns[1..]));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")")]
    [InlineData("+1+2")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    public async Task A_cell_a_spreadsheet_would_run_as_a_formula_is_escaped(string summary)
    {
        var am = await App.CreateUserAsync(Roles.AccountManager);
        var clientId = await App.AddClientAsync("Acme");
        await AddAsync(TestIncidents.Log(am, clientId, Day, App.Clock.Now, summary: summary));
        using var http = await App.CreateSignedInClientAsync(am);

        var row = Lines(await http.GetByteArrayAsync(new Uri("/Incidents/Export", UriKind.Relative)))[1];
        var summaryCell = row[(row.IndexOf(',', StringComparison.Ordinal) + 1)..];

        Assert.False(summaryCell.StartsWith(summary[0]), summaryCell);
        Assert.Matches("^\"?'", summaryCell);
    }

    [Fact]
    public async Task The_export_streams_rows_while_the_query_is_still_reading()
    {
        var am = await App.CreateUserAsync(Roles.AccountManager);
        var clientId = await App.AddClientAsync("Acme");
        var padding = new string('x', 150);
        const int count = 1500;
        await AddAsync([.. Enumerable.Range(0, count).Select(n => TestIncidents.Log(am, clientId, Day.AddMinutes(-n), App.Clock.Now, summary: $"Incident {n} {padding}"))]);
        using var http = await App.CreateSignedInClientAsync(am);
        var probe = Guid.NewGuid().ToString();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/Incidents/Export", UriKind.Relative));
        request.Headers.Add(SqlCommandLog.ProbeHeader, probe);

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(), Encoding.UTF8);
        var header = await reader.ReadLineAsync() ?? string.Empty;
        var first = await reader.ReadLineAsync() ?? string.Empty;

        // The first rows arrived while the database reader is still open: the server did not read them all first.
        Assert.StartsWith("Incident,", header, StringComparison.Ordinal);
        Assert.StartsWith("Incident 0 ", first[(first.IndexOf(',', StringComparison.Ordinal) + 1)..], StringComparison.Ordinal);
        Assert.Equal(0, App.Sql.ReadersClosedFor(probe));

        var rest = (await reader.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(count - 1, rest.Length);
        Assert.Equal(1, App.Sql.ReadersClosedFor(probe));
    }

    private static string[] Lines(byte[] bytes) =>
        Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    private Task AddAsync(params Incident[] incidents) =>
        App.WithDbAsync(async db =>
        {
            db.Incidents.AddRange(incidents);
            await db.SaveChangesAsync();
        });
}
