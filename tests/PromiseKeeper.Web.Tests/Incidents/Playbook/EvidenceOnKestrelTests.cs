using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PromiseKeeper.Domain.Evidence;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Incidents.Playbook;

/// <summary>
/// The request size limit is enforced by Kestrel, which the in-memory test server does not have: this runs the
/// app on a real Kestrel port (same database, same clock) to prove the Evidence page lifts the app's 1 MB cap
/// for itself and for no other page.
/// </summary>
public sealed class EvidenceOnKestrelTests(WebAppFixture app) : WebAppTest(app)
{
    [Fact]
    public async Task On_a_real_server_a_5_MB_upload_is_stored_an_11_MB_one_gets_a_clear_message_and_other_pages_keep_the_1_MB_cap()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var clientId = await App.AddClientAsync("Acme");
        var incident = TestIncidents.Log(owner, clientId, App.Clock.Now.AddDays(-1), App.Clock.Now.AddHours(-2));
        await App.WithDbAsync(async db =>
        {
            db.Incidents.Add(incident);
            await db.SaveChangesAsync();
        });
        var (kestrel, address) = KestrelApp.Start(App);
        await using var server = kestrel;
        // A browser-like client over real sockets: keeps cookies, does not follow redirects.
        using var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
        using var http = new HttpClient(handler) { BaseAddress = address };
        Assert.Equal(HttpStatusCode.Redirect, (await http.PostLoginAsync(owner.Email, TestUser.Password)).StatusCode);

        var fiveMegabytes = EvidenceFiles.Text(5 * 1024 * 1024);
        using (var accepted = await EvidenceForms.UploadAsync(http, incident.Id, "server-log.txt", fiveMegabytes))
        {
            Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        }

        using (var tooLarge = await EvidenceForms.UploadAsync(http, incident.Id, "full-log.txt", EvidenceFiles.Text(11 * 1024 * 1024)))
        {
            Assert.Equal(HttpStatusCode.OK, tooLarge.StatusCode);
            Assert.Equal(
                "This file is 11.0 MB; the limit is 10 MB per file. Compress it, or split it into smaller files.",
                HttpForms.ValidationMessage(await tooLarge.Content.ReadAsStringAsync(), "Upload.File"));
        }

        var stored = await App.WithDbAsync(db => db.EvidenceDocumentContents.Select(c => c.Bytes.Length).ToListAsync());
        Assert.Equal([fiveMegabytes.Length], stored);

        // Any other page still refuses a body over 1 MB.
        var token = await http.GetAntiforgeryTokenAsync("/Incidents/Log");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), HttpForms.TokenField },
            { new ByteArrayContent(EvidenceFiles.Text(2 * 1024 * 1024)) { Headers = { ContentType = new MediaTypeHeaderValue("text/plain") } }, "Data.File", "big.txt" },
        };
        using var elsewhere = await http.PostAsync(new Uri("/Incidents/Log", UriKind.Relative), content);
        Assert.True(elsewhere.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, $"The Log page answered {elsewhere.StatusCode} to a 2 MB body.");
        Assert.Equal(1, await App.WithDbAsync(db => db.EvidenceDocumentContents.CountAsync()));
        Assert.True(EvidenceFileCheck.MaxSizeBytes < 11 * 1024 * 1024);
    }
}
