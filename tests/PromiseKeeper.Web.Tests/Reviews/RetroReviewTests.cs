using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Pages.Incidents;
using PromiseKeeper.Web.Pages.Incidents.Playbook;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Reviews;

/// <summary>A team lead sends a retro back or approves it; the account manager sees the comments and resubmits; only then the incident closes.</summary>
public sealed class RetroReviewTests(WebAppFixture app) : ReviewTest(app)
{
    private const string SendBackComments = "The root cause stops at the symptom.\nAsk why once more: why was the date not checked?";

    [Fact]
    public async Task A_retro_sent_back_is_changed_and_resubmitted_and_once_approved_the_incident_closes()
    {
        var (owner, id) = await SubmittedRetroAsync("Release slipped");
        var lead = await LeadAsync();
        using var leadHttp = await App.CreateSignedInClientAsync(lead);
        using var ownerHttp = await App.CreateSignedInClientAsync(owner);

        // The lead reads the retro and sends it back.
        var review = await GetHtmlAsync(leadHttp, $"/Incidents/{id}/RetroReview");
        Assert.Contains("Delivery confirms every date before it goes into a client email", review, StringComparison.Ordinal);
        Assert.Contains("Approve</button>", review, StringComparison.Ordinal);
        App.Clock.Now = FixedClock.Start.AddMinutes(10);
        using (var sentBack = await PostReviewAsync(leadHttp, id, "SendBack", SendBackComments, review))
        {
            Assert.Equal("/Reviews", Location(sentBack));
        }

        var retro = (await ReadAsync(id)).Retro!;
        Assert.Equal((RetroReviewStatus.SentBack, SendBackComments, "Tara Whitfield", App.Clock.Now), (retro.Status, retro.ReviewComments, retro.ReviewedByName, retro.ReviewedAt));
        Assert.Equal("Sent the retro back with comments for changes.", await LastEventAsync(id));
        Assert.Contains("The retro went back to the account manager with your comments.", await GetHtmlAsync(leadHttp, "/Reviews"), StringComparison.Ordinal);

        // Closing is refused while the retro is sent back; the incident page says why and shows the comments.
        var details = WebUtility.HtmlDecode(await GetHtmlAsync(ownerHttp, $"/Incidents/{id}"));
        Assert.Contains("Review: Sent back for changes.", details, StringComparison.Ordinal);
        Assert.Contains("Ask why once more: why was the date not checked?", details, StringComparison.Ordinal);
        Assert.Contains("The team lead sent the retro back: make the changes they asked for and submit it again.", details, StringComparison.Ordinal);
        var refused = await Assert.ThrowsAsync<DomainException>(async () => await CloseAsync(owner, id));
        Assert.Contains("The team lead sent the retro back", refused.Message, StringComparison.Ordinal);

        // The account manager sees the comments at the top, changes the retro and submits it again.
        var page = WebUtility.HtmlDecode(await GetHtmlAsync(ownerHttp, $"/Incidents/{id}/Retro"));
        Assert.Contains("Tara Whitfield sent the retro back", page, StringComparison.Ordinal);
        Assert.Contains("Ask why once more: why was the date not checked?", page, StringComparison.Ordinal);
        Assert.Contains("Submit again</button>", page, StringComparison.Ordinal);
        using (var saved = await ownerHttp.PostFormAsync($"/Incidents/{id}/Retro",
        [
            new("Data.Version", HttpForms.InputValue(page, "Data.Version")!),
            new("Data.WhatHappened", HttpForms.TextareaValue(page, "Data.WhatHappened")),
            new("Data.RootCauseCategory", nameof(RootCauseCategory.PromiseWithoutCheckingCapacity)),
            new("Data.RootCause", "Sales had no way to check delivery's capacity before promising a date."),
            new("Data.LessonsLearned", HttpForms.TextareaValue(page, "Data.LessonsLearned")),
            new(HttpForms.TokenField, HttpForms.AntiforgeryToken(page)),
        ]))
        {
            Assert.Equal($"/Incidents/{id}/Retro", Location(saved));
        }

        using (var resubmitted = await ownerHttp.PostFormAsync($"/Incidents/{id}/Retro?handler=Submit", VersionField(page, await VersionAsync(id))))
        {
            Assert.Equal($"/Incidents/{id}", Location(resubmitted));
        }

        retro = (await ReadAsync(id)).Retro!;
        Assert.Equal((RetroReviewStatus.Submitted, "Sales had no way to check delivery's capacity before promising a date."), (retro.Status, retro.RootCause));
        Assert.Equal("Resubmitted the retro after the team lead's comments, with 1 prevention measure(s).", await LastEventAsync(id));
        await Assert.ThrowsAsync<DomainException>(async () => await CloseAsync(owner, id));

        // Back in the lead's queue, with the earlier comments on the review page; the lead approves.
        Assert.Contains("Release slipped", await GetHtmlAsync(leadHttp, "/Reviews"), StringComparison.Ordinal);
        review = WebUtility.HtmlDecode(await GetHtmlAsync(leadHttp, $"/Incidents/{id}/RetroReview"));
        Assert.Contains("Sent back by Tara Whitfield", review, StringComparison.Ordinal);
        Assert.Contains("Sales had no way to check delivery's capacity", review, StringComparison.Ordinal);
        using (var approved = await PostReviewAsync(leadHttp, id, "Approve", "  Much better.  ", review))
        {
            Assert.Equal("/Reviews", Location(approved));
        }

        retro = (await ReadAsync(id)).Retro!;
        Assert.Equal((RetroReviewStatus.Approved, "Much better.", "Tara Whitfield"), (retro.Status, retro.ReviewComments, retro.ReviewedByName));
        Assert.Equal("Approved the retro and its prevention measures.", await LastEventAsync(id));
        var reviews = await GetHtmlAsync(leadHttp, "/Reviews");
        Assert.Contains("The retro is approved.", reviews, StringComparison.Ordinal);
        Assert.Contains("No retro is waiting for a review.", reviews, StringComparison.Ordinal);
        Assert.Contains("Approved by Tara Whitfield", await GetHtmlAsync(ownerHttp, $"/Incidents/{id}/Retro"), StringComparison.Ordinal);

        Assert.Equal(PlaybookStage.Closed, await CloseAsync(owner, id));
    }

    [Fact]
    public async Task Sending_back_without_comments_shows_the_message_at_the_comments_field()
    {
        var (_, id) = await SubmittedRetroAsync();
        using var http = await App.CreateSignedInClientAsync(await LeadAsync());
        var review = await GetHtmlAsync(http, $"/Incidents/{id}/RetroReview");

        using var response = await PostReviewAsync(http, id, "SendBack", "   ", review);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("Say what should change, so the account manager knows what to do.", HttpForms.ValidationMessage(html, "Data.Comments"));
        Assert.Contains("Send back</button>", html, StringComparison.Ordinal);
        Assert.Equal(RetroReviewStatus.Submitted, (await ReadAsync(id)).Retro!.Status);
    }

    [Fact]
    public async Task A_retro_that_is_not_waiting_cannot_be_decided_and_the_page_explains_its_status()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.InternalRetro);
        var lead = await LeadAsync();

        var notSubmitted = await Assert.ThrowsAsync<DomainException>(async () => await DecideAsync(lead, id, approve: true, "Fine."));
        Assert.Equal("The retro has not been submitted for review.", notSubmitted.Message);
        using var http = await App.CreateSignedInClientAsync(lead);
        var page = await GetHtmlAsync(http, $"/Incidents/{id}/RetroReview");
        Assert.Contains("the account manager has not submitted the retro", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Approve</button>", page, StringComparison.Ordinal);

        var submitted = await AddSubmittedRetroAsync(owner, "Submitted one");
        await DecideAsync(lead, submitted, approve: true, null);
        var again = await Assert.ThrowsAsync<DomainException>(async () => await DecideAsync(lead, submitted, approve: false, "Wait."));
        Assert.Equal("The retro is already approved.", again.Message);
        var approvedPage = await GetHtmlAsync(http, $"/Incidents/{submitted}/RetroReview");
        Assert.Contains("The retro is approved; there is nothing more to decide.", approvedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Send back</button>", approvedPage, StringComparison.Ordinal);

        // Posted from a page opened before the approval: the refusal shows at the top.
        using var stalePost = await PostReviewAsync(http, submitted, "Approve", null, approvedPage, await VersionAsync(submitted));
        Assert.Equal(HttpStatusCode.OK, stalePost.StatusCode);
        var refusal = await stalePost.Content.ReadAsStringAsync();
        Assert.Contains("Your decision was not saved.", refusal, StringComparison.Ordinal);
        Assert.Contains("The retro is already approved.", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_version_gives_the_concurrency_message()
    {
        var (owner, id) = await SubmittedRetroAsync();
        var lead = await LeadAsync();
        var stale = await VersionAsync(id) - 1;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(async () =>
            await App.SendAsync(lead, m => m.Send(new ApproveRetro.Command(id, stale, null))));
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(async () =>
            await App.SendAsync(lead, m => m.Send(new SendRetroBack.Command(id, stale, "Change it."))));

        using var http = await App.CreateSignedInClientAsync(lead);
        var review = await GetHtmlAsync(http, $"/Incidents/{id}/RetroReview");
        await App.SendAsync(owner, async m => await m.Send(new SetMeasureStatus.Command(
            id, Assert.Single((await ReadAsync(id)).PreventionMeasures).Id, MeasureStatus.InProgress, await VersionAsync(id))));
        using var response = await PostReviewAsync(http, id, "Approve", "Good work.", review);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(ConcurrencyMessage, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(RetroReviewStatus.Submitted, (await ReadAsync(id)).Retro!.Status);
    }

    [Theory]
    [InlineData(Roles.AccountManager)]
    [InlineData(Roles.Legal)]
    [InlineData(Roles.Admin)]
    public async Task Only_a_team_lead_may_review(string role)
    {
        var (owner, id) = await SubmittedRetroAsync();
        var user = role == Roles.AccountManager ? owner : await App.CreateUserAsync(role);

        await Assert.ThrowsAsync<ForbiddenException>(async () => await DecideAsync(user, id, approve: true, null));
        await Assert.ThrowsAsync<ForbiddenException>(async () => await DecideAsync(user, id, approve: false, "Change it."));
        await Assert.ThrowsAsync<ForbiddenException>(async () => await App.SendAsync(user, m => m.Send(new RetroReviewModel.Query(id))));

        using var http = await App.CreateSignedInClientAsync(user);
        using var page = await http.GetAsync(new Uri($"/Incidents/{id}/RetroReview", UriKind.Relative));
        Assert.StartsWith("/Account/AccessDenied", Location(page), StringComparison.Ordinal);
        foreach (var handler in new[] { "Approve", "SendBack" })
        {
            using var post = await http.PostFormAsync($"/Incidents/{id}/RetroReview?handler={handler}",
                [new("Data.Version", (await VersionAsync(id)).ToString(CultureInfo.InvariantCulture)), new("Data.Comments", "Change it.")]);
            Assert.StartsWith("/Account/AccessDenied", Location(post), StringComparison.Ordinal);
        }

        Assert.Equal(RetroReviewStatus.Submitted, (await ReadAsync(id)).Retro!.Status);
    }

    [Fact]
    public async Task A_missing_incident_is_not_found()
    {
        var lead = await LeadAsync();

        await Assert.ThrowsAsync<NotFoundException>(async () => await App.SendAsync(lead, m => m.Send(new ApproveRetro.Command(987_654, 1, null))));
        using var http = await App.CreateSignedInClientAsync(lead);
        using var response = await http.GetAsync(new Uri("/Incidents/987654/RetroReview", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_incident_page_shows_the_status_and_a_team_lead_gets_the_link_to_review()
    {
        var (owner, id) = await SubmittedRetroAsync();
        var lead = await LeadAsync();
        using var ownerHttp = await App.CreateSignedInClientAsync(owner);
        using var leadHttp = await App.CreateSignedInClientAsync(lead);

        var ownerPage = WebUtility.HtmlDecode(await GetHtmlAsync(ownerHttp, $"/Incidents/{id}"));
        var leadPage = await GetHtmlAsync(leadHttp, $"/Incidents/{id}");

        Assert.Contains("Review: Waiting for a team lead's review.", ownerPage, StringComparison.Ordinal);
        Assert.Contains("A team lead has to approve the retro first.", ownerPage, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Incidents/{id}/RetroReview", ownerPage, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Incidents/{id}/RetroReview\"", leadPage, StringComparison.Ordinal);
    }

    private async Task DecideAsync(TestUser user, long id, bool approve, string? comments)
    {
        var version = await VersionAsync(id);
        await App.SendAsync(user, m => approve
            ? m.Send(new ApproveRetro.Command(id, version, comments))
            : m.Send(new SendRetroBack.Command(id, version, comments)));
    }

    private async Task<PlaybookStage> CloseAsync(TestUser user, long id)
    {
        var version = await VersionAsync(id);
        return await App.SendAsync(user, m => m.Send(new MoveToStage.Command { Id = id, Target = PlaybookStage.Closed, Version = version, OpenCheckIns = OpenCheckInsOnClose.Keep }));
    }

    private static List<KeyValuePair<string, string>> VersionField(string html, uint version) =>
    [
        new("Data.Version", version.ToString(CultureInfo.InvariantCulture)),
        new(HttpForms.TokenField, HttpForms.AntiforgeryToken(html)),
    ];
}
