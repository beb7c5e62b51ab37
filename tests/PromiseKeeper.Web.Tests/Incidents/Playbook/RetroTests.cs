using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Pages.Incidents;
using PromiseKeeper.Web.Pages.Incidents.Playbook;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Incidents.Playbook;

public sealed class RetroTests(WebAppFixture app) : LateStagePageTest(app)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(FixedClock.Start.UtcDateTime);

    [Fact]
    public async Task Saving_the_retro_stores_every_field_with_a_timeline_event()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.InternalRetro);

        await SaveRetroAsync(owner, id, r => r with { RootCause = "  The date was never checked with delivery.  " });

        var retro = Assert.IsType<Retro>((await ReadAsync(id)).Retro);
        Assert.Equal("We promised a date without checking; the client found out late.", retro.WhatHappened);
        Assert.Equal(RootCauseCategory.PromiseWithoutCheckingCapacity, retro.RootCauseCategory);
        Assert.Equal("The date was never checked with delivery.", retro.RootCause);
        Assert.Equal("Dates go to clients only after delivery confirms them.", retro.LessonsLearned);
        Assert.False(retro.IsSubmitted);
        Assert.Equal("Saved the retro.", await LastEventAsync(id));
    }

    [Theory]
    [InlineData("WhatHappened", "Summarise what happened.")]
    [InlineData("RootCauseCategory", "Choose the kind of root cause.")]
    [InlineData("RootCause", "Explain the root cause: why did the promise break?")]
    [InlineData("LessonsLearned", "Write down what the team learned.")]
    public async Task A_missing_retro_field_is_reported_on_that_field(string field, string message)
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.InternalRetro);

        var messages = await FieldMessagesAsync(async () => await SaveRetroAsync(owner, id, r => field switch
        {
            "WhatHappened" => r with { WhatHappened = " " },
            "RootCauseCategory" => r with { RootCauseCategory = null },
            "RootCause" => r with { RootCause = null },
            _ => r with { LessonsLearned = "" },
        }));

        Assert.Equal(message, Assert.Contains(field, messages));
        Assert.Single(messages);
        Assert.Null((await ReadAsync(id)).Retro);
    }

    [Fact]
    public async Task The_retro_cannot_be_written_before_the_recap_is_sent()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.FollowUpRecap);

        var save = await Assert.ThrowsAsync<DomainException>(async () => await SaveRetroAsync(owner, id));
        var add = await Assert.ThrowsAsync<DomainException>(async () => await AddMeasureAsync(owner, id));
        var submit = await Assert.ThrowsAsync<DomainException>(async () => await SubmitAsync(owner, id));

        const string expected = "You can work on the retro at the \"Internal retro\" stage; this incident is at \"Follow-up recap\".";
        Assert.Equal([expected, expected, expected], new[] { save.Message, add.Message, submit.Message });
        var incident = await ReadAsync(id);
        Assert.Null(incident.Retro);
        Assert.Empty(incident.PreventionMeasures);
    }

    [Fact]
    public async Task Adding_a_measure_stores_it_as_planned_with_a_timeline_event()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.InternalRetro);

        var dana = await DanaAsync();
        await AddMeasureAsync(owner, id, " Delivery confirms every date ", dana.Id, new DateOnly(2026, 12, 15));

        var measure = Assert.Single((await ReadAsync(id)).PreventionMeasures);
        Assert.Equal(("Delivery confirms every date", "Dana Delivery", dana.Id, new DateOnly(2026, 12, 15), MeasureStatus.Planned), (measure.Description, measure.Owner, measure.OwnerId, measure.DueOn, measure.Status));
        Assert.Equal("Added a prevention measure: Delivery confirms every date (owner Dana Delivery, due 2026-12-15).", await LastEventAsync(id));
    }

    [Theory]
    [InlineData("", "dana", 5, "Description", "Describe the measure so anyone can tell whether it was done.")]
    [InlineData("Confirm dates", " ", 5, "OwnerId", "Every measure needs an owner: who will make it happen?")]
    [InlineData("Confirm dates", "no-such-user", 5, "OwnerId", "Choose someone from the list.")]
    [InlineData("Confirm dates", "deactivated", 5, "OwnerId", "Dana Delivery is no longer an active user: choose someone else.")]
    [InlineData("Confirm dates", "dana", null, "DueOn", "Every measure needs a due date.")]
    [InlineData("Confirm dates", "dana", -1, "DueOn", "The due date is in the past; choose a realistic date from today on.")]
    public async Task A_broken_measure_rule_is_reported_on_its_field(string description, string owner, int? dueInDays, string field, string message)
    {
        var (user, id) = await IncidentAtAsync(PlaybookStage.InternalRetro);
        var dana = await DanaAsync();
        if (owner == "deactivated")
        {
            await App.WithDbAsync(db => db.Users.Where(u => u.Id == dana.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsActive, false)));
        }

        var version = await VersionAsync(id);
        var ownerId = owner is "dana" or "deactivated" ? dana.Id : owner;
        var command = new AddPreventionMeasure.Command { Id = id, Version = version, Description = description, OwnerId = ownerId, DueOn = dueInDays is { } days ? Today.AddDays(days) : null };

        var messages = await FieldMessagesAsync(async () => await App.SendAsync(user, m => m.Send(command)));

        Assert.Equal(message, Assert.Contains(field, messages));
        Assert.Empty((await ReadAsync(id)).PreventionMeasures);
    }

    [Fact]
    public async Task A_measure_status_is_changed_with_a_timeline_event_and_needs_a_status()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.InternalRetro);
        var measureId = await AddMeasureAsync(owner, id);

        await SetStatusAsync(owner, id, measureId, MeasureStatus.InProgress);

        Assert.Equal(MeasureStatus.InProgress, Assert.Single((await ReadAsync(id)).PreventionMeasures).Status);
        Assert.Equal("Prevention measure \"Delivery confirms every date before it goes to a client\" is now in progress.", await LastEventAsync(id));

        var invalid = await Assert.ThrowsAsync<DomainException>(async () => await SetStatusAsync(owner, id, measureId, null));
        Assert.Equal("Choose a status for the measure.", Assert.Single(invalid.Violations, v => v.Field == "Status").Message);
        var unknown = await Assert.ThrowsAsync<DomainException>(async () => await SetStatusAsync(owner, id, Guid.NewGuid(), MeasureStatus.Done, "Done."));
        Assert.Equal("That measure is not part of this incident; reload the page to see the current ones.", unknown.Message);
    }

    [Fact]
    public async Task Submitting_needs_a_saved_retro_and_a_measure_then_locks_the_retro_and_lets_the_incident_close()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.InternalRetro);

        var unsaved = await Assert.ThrowsAsync<DomainException>(async () => await SubmitAsync(owner, id));
        await SaveRetroAsync(owner, id);
        var noMeasure = await Assert.ThrowsAsync<DomainException>(async () => await SubmitAsync(owner, id));
        Assert.Equal("Write and save the retro before submitting it.", unsaved.Message);
        Assert.Equal("Add at least one prevention measure with an owner and a due date before submitting the retro.", noMeasure.Message);
        Assert.False((await ReadAsync(id)).Retro!.IsSubmitted);

        await AddMeasureAsync(owner, id);
        App.Clock.Now = FixedClock.Start.AddMinutes(5);
        await SubmitAsync(owner, id);

        var retro = (await ReadAsync(id)).Retro!;
        Assert.Equal((App.Clock.Now, "Alex Morgan"), (retro.SubmittedAt, retro.SubmittedByName));
        Assert.Equal("Submitted the retro with 1 prevention measure(s); it waits for a team lead's review.", await LastEventAsync(id));
        var locked = await Assert.ThrowsAsync<DomainException>(async () => await SaveRetroAsync(owner, id));
        Assert.StartsWith("The retro has been submitted and waits for a team lead's review; it can be changed again only if they send it back.", locked.Message, StringComparison.Ordinal);

        // Closing waits for a team lead's approval of the retro.
        var unapproved = await Assert.ThrowsAsync<DomainException>(async () =>
            await App.SendAsync(owner, async m => await m.Send(new MoveToStage.Command { Id = id, Target = PlaybookStage.Closed, Version = await VersionAsync(id), OpenCheckIns = OpenCheckInsOnClose.Keep })));
        Assert.Contains("A team lead has to approve the retro first.", unapproved.Message, StringComparison.Ordinal);
        await ApproveAsync(id);

        var stage = await App.SendAsync(owner, async m => await m.Send(new MoveToStage.Command { Id = id, Target = PlaybookStage.Closed, Version = await VersionAsync(id), OpenCheckIns = OpenCheckInsOnClose.Keep }));
        Assert.Equal(PlaybookStage.Closed, stage);
        Assert.Equal(PlaybookStage.Closed, (await ReadAsync(id)).Stage);
    }

    [Fact]
    public async Task A_measure_can_still_be_moved_on_after_closing_but_not_on_an_incident_marked_not_applicable()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.Closed);
        var measure = Assert.Single((await ReadAsync(id)).PreventionMeasures);

        await SetStatusAsync(owner, id, measure.Id, MeasureStatus.Done, "Delivery now signs off every date.");

        var done = Assert.Single((await ReadAsync(id)).PreventionMeasures);
        Assert.Equal((MeasureStatus.Done, "Delivery now signs off every date."), (done.Status, done.DoneNote));

        var notApplicable = await AddIncidentAsync(owner, PlaybookStage.InternalRetro);
        var measureId = await AddMeasureAsync(owner, notApplicable);
        await App.SendAsync(owner, async m => await m.Send(new NotApplicableModel.Command { Id = notApplicable, Version = await VersionAsync(notApplicable), Reason = "They demanded a full rebuild for free." }));
        var refused = await Assert.ThrowsAsync<DomainException>(async () => await SetStatusAsync(owner, notApplicable, measureId, MeasureStatus.Done, "Done anyway."));
        Assert.Equal("This incident is marked as not applicable; it has no prevention measures to track.", refused.Message);
    }

    [Fact]
    public async Task Another_account_manager_s_incident_is_not_found()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.InternalRetro);
        var measureId = await AddMeasureAsync(owner, id);
        var other = await App.CreateUserAsync(Roles.AccountManager);

        await Assert.ThrowsAsync<NotFoundException>(async () => await SaveRetroAsync(other, id));
        await Assert.ThrowsAsync<NotFoundException>(async () => await AddMeasureAsync(other, id));
        await Assert.ThrowsAsync<NotFoundException>(async () => await SetStatusAsync(other, id, measureId, MeasureStatus.Done));
        await Assert.ThrowsAsync<NotFoundException>(async () => await SubmitAsync(other, id));
        using var http = await App.CreateSignedInClientAsync(other);
        using var response = await http.GetAsync(new Uri($"/Incidents/{id}/Retro", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var incident = await ReadAsync(id);
        Assert.Null(incident.Retro);
        Assert.Equal(MeasureStatus.Planned, Assert.Single(incident.PreventionMeasures).Status);
    }

    [Fact]
    public async Task Legal_may_not_work_on_the_retro()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.InternalRetro, contractReference: "SLA 2");
        var measureId = await AddMeasureAsync(owner, id);
        var legal = await App.CreateUserAsync(Roles.Legal);

        await Assert.ThrowsAsync<ForbiddenException>(async () => await SaveRetroAsync(legal, id));
        await Assert.ThrowsAsync<ForbiddenException>(async () => await AddMeasureAsync(legal, id));
        await Assert.ThrowsAsync<ForbiddenException>(async () => await SetStatusAsync(legal, id, measureId, MeasureStatus.Done));
        await Assert.ThrowsAsync<ForbiddenException>(async () => await SubmitAsync(legal, id));
        await AssertLegalIsRefusedAsync($"/Incidents/{id}/Retro");
        Assert.Null((await ReadAsync(id)).Retro);
    }

    [Fact]
    public async Task A_stale_version_is_refused_as_a_concurrent_change()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.InternalRetro);
        var measureId = await AddMeasureAsync(owner, id);
        var stale = await VersionAsync(id) - 1;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(async () => await App.SendAsync(owner, m => m.Send(ValidRetro(id, stale))));
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(async () =>
            await App.SendAsync(owner, m => m.Send(new AddPreventionMeasure.Command { Id = id, Version = stale, Description = "Another", OwnerId = owner.Id, DueOn = Today.AddDays(3) })));
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(async () =>
            await App.SendAsync(owner, m => m.Send(new SetMeasureStatus.Command(id, measureId, MeasureStatus.Done, stale, "Done."))));
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(async () => await App.SendAsync(owner, m => m.Send(new SubmitRetro.Command(id, stale))));

        var incident = await ReadAsync(id);
        Assert.Null(incident.Retro);
        Assert.Equal(MeasureStatus.Planned, Assert.Single(incident.PreventionMeasures).Status);
    }

    [Fact]
    public async Task The_page_starts_what_happened_from_the_timeline_and_saves_the_retro_over_http()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.InternalRetro);
        using var http = await App.CreateSignedInClientAsync(owner);

        var html = await GetHtmlAsync(http, $"/Incidents/{id}/Retro");

        var whatHappened = HttpForms.TextareaValue(html, "Data.WhatHappened");
        Assert.Contains("Logged the broken promise", whatHappened, StringComparison.Ordinal);
        Assert.Contains("Sent the recap to the client.", whatHappened, StringComparison.Ordinal);
        Assert.Contains("No prevention measures yet.", html, StringComparison.Ordinal);

        using var response = await http.PostFormAsync($"/Incidents/{id}/Retro",
        [
            new("Data.Version", HttpForms.InputValue(html, "Data.Version")!),
            new("Data.WhatHappened", "Short version of what happened."),
            new("Data.RootCauseCategory", "MissedHandover"),
            new("Data.RootCause", "The promise was lost when the account changed hands."),
            new("Data.LessonsLearned", "Hand over open promises explicitly."),
            new(HttpForms.TokenField, HttpForms.AntiforgeryToken(html)),
        ]);

        Assert.Equal($"/Incidents/{id}/Retro", Location(response));
        var retro = (await ReadAsync(id)).Retro!;
        Assert.Equal(("Short version of what happened.", RootCauseCategory.MissedHandover), (retro.WhatHappened, retro.RootCauseCategory));
        var page = await GetHtmlAsync(http, $"/Incidents/{id}/Retro");
        Assert.Contains("The retro is saved.", page, StringComparison.Ordinal);
        Assert.Equal("Short version of what happened.", HttpForms.TextareaValue(page, "Data.WhatHappened"));
        Assert.Equal("MissedHandover", HttpForms.SelectedOption(page, "Data.RootCauseCategory"));
    }

    [Fact]
    public async Task A_root_cause_that_names_a_person_gets_a_blameless_wording_hint_on_the_retro_and_incident_pages()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.InternalRetro);
        await SaveRetroAsync(owner, id, r => r with { RootCause = "Anna forgot to check the capacity." });
        using var http = await App.CreateSignedInClientAsync(owner);

        foreach (var path in new[] { $"/Incidents/{id}/Retro", $"/Incidents/{id}" })
        {
            var html = await GetHtmlAsync(http, path);
            Assert.Contains("This names a person as the cause", html, StringComparison.Ordinal);
            Assert.Contains("\u201CAnna forgot to\u201D", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        }

        await SaveRetroAsync(owner, id, r => r with { RootCause = "Nobody checked the capacity before the date went out." });
        Assert.DoesNotContain("This names a person as the cause", await GetHtmlAsync(http, $"/Incidents/{id}/Retro"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adding_a_measure_without_an_owner_over_http_shows_the_message_there_and_keeps_the_retro_on_screen()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.InternalRetro);
        await SaveRetroAsync(owner, id);
        using var http = await App.CreateSignedInClientAsync(owner);
        var html = await GetHtmlAsync(http, $"/Incidents/{id}/Retro");

        using var response = await http.PostFormAsync($"/Incidents/{id}/Retro?handler=AddMeasure",
        [
            new("Measure.Version", HttpForms.InputValue(html, "Measure.Version")!),
            new("Measure.Description", "Confirm every date with delivery"),
            new("Measure.OwnerId", ""),
            new("Measure.DueOn", "2026-12-10"),
            new(HttpForms.TokenField, HttpForms.AntiforgeryToken(html)),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal("Every measure needs an owner: who will make it happen?", HttpForms.ValidationMessage(page, "Measure.OwnerId"));
        Assert.Equal("Confirm every date with delivery", HttpForms.InputValue(page, "Measure.Description"));
        Assert.Equal("We promised a date without checking; the client found out late.", HttpForms.TextareaValue(page, "Data.WhatHappened"));
        Assert.Empty((await ReadAsync(id)).PreventionMeasures);
    }

    [Fact]
    public async Task A_measure_date_that_does_not_bind_is_shown_on_the_measure_form_and_not_as_retro_errors()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.InternalRetro);
        await SaveRetroAsync(owner, id);
        using var http = await App.CreateSignedInClientAsync(owner);
        var html = await GetHtmlAsync(http, $"/Incidents/{id}/Retro");

        using var response = await http.PostFormAsync($"/Incidents/{id}/Retro?handler=AddMeasure",
        [
            new("Measure.Version", HttpForms.InputValue(html, "Measure.Version")!),
            new("Measure.Description", "Confirm every date with delivery"),
            new("Measure.OwnerId", owner.Id),
            new("Measure.DueOn", "next week"),
            new(HttpForms.TokenField, HttpForms.AntiforgeryToken(html)),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.NotEqual(string.Empty, HttpForms.ValidationMessage(page, "Measure.DueOn"));
        Assert.Equal(string.Empty, HttpForms.ValidationMessage(page, "Data.WhatHappened"));
        Assert.Equal(string.Empty, HttpForms.ValidationMessage(page, "Data.RootCause"));
        Assert.Equal("We promised a date without checking; the client found out late.", HttpForms.TextareaValue(page, "Data.WhatHappened"));
        Assert.Empty((await ReadAsync(id)).PreventionMeasures);
    }

    [Fact]
    public async Task Submitting_without_measures_over_http_shows_the_refusal_and_after_submitting_the_incident_closes_and_measures_still_move()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.InternalRetro);
        await SaveRetroAsync(owner, id);
        using var http = await App.CreateSignedInClientAsync(owner);
        var html = await GetHtmlAsync(http, $"/Incidents/{id}/Retro");

        using var refused = await http.PostFormAsync($"/Incidents/{id}/Retro?handler=Submit", VersionField(html, await VersionAsync(id)));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Add at least one prevention measure with an owner and a due date before submitting the retro.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False((await ReadAsync(id)).Retro!.IsSubmitted);

        using var added = await http.PostFormAsync($"/Incidents/{id}/Retro?handler=AddMeasure",
        [
            new("Measure.Version", (await VersionAsync(id)).ToString(CultureInfo.InvariantCulture)),
            new("Measure.Description", "Confirm every date with delivery"),
            new("Measure.OwnerId", owner.Id),
            new("Measure.DueOn", "2026-11-23"),
            new(HttpForms.TokenField, HttpForms.AntiforgeryToken(html)),
        ]);
        Assert.StartsWith($"/Incidents/{id}/Retro", Location(added), StringComparison.Ordinal);

        using var submitted = await http.PostFormAsync($"/Incidents/{id}/Retro?handler=Submit", VersionField(html, await VersionAsync(id)));
        Assert.Equal($"/Incidents/{id}", Location(submitted));
        Assert.True((await ReadAsync(id)).Retro!.IsSubmitted);
        await ApproveAsync(id);

        var details = await GetHtmlAsync(http, $"/Incidents/{id}");
        using var closed = await http.PostFormAsync($"/Incidents/{id}?handler=Move",
        [
            new("Data.Target", "Closed"),
            new("Data.OpenCheckIns", "Keep"),
            new("Data.Version", (await VersionAsync(id)).ToString(CultureInfo.InvariantCulture)),
            new(HttpForms.TokenField, HttpForms.AntiforgeryToken(details)),
        ]);
        Assert.Equal($"/Incidents/{id}", Location(closed));
        Assert.Equal(PlaybookStage.Closed, (await ReadAsync(id)).Stage);

        // Closed and submitted: the retro is read-only, and the measure can still be moved on.
        // A day later (signed in again: the login cookie lasts 8 hours), the measure due today is overdue.
        App.Clock.Now = FixedClock.Start.AddDays(1);
        using var later = await App.CreateSignedInClientAsync(owner);
        var page = await GetHtmlAsync(later, $"/Incidents/{id}/Retro");
        Assert.Contains("Submitted by Alex Morgan", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Data.WhatHappened\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Submit the retro</button>", page, StringComparison.Ordinal);
        Assert.Contains("Overdue", page, StringComparison.Ordinal);
        var measure = Assert.Single((await ReadAsync(id)).PreventionMeasures);
        Assert.Contains($"name=\"measureId\" value=\"{measure.Id}\"", page, StringComparison.Ordinal);

        using var moved = await later.PostFormAsync($"/Incidents/{id}/Retro?handler=MeasureStatus",
        [
            new("measureId", measure.Id.ToString()),
            new("status", "Done"),
            new("doneNote", "Delivery signs off every date now."),
            new("Data.Version", (await VersionAsync(id)).ToString(CultureInfo.InvariantCulture)),
            new(HttpForms.TokenField, HttpForms.AntiforgeryToken(page)),
        ]);
        Assert.StartsWith($"/Incidents/{id}/Retro", Location(moved), StringComparison.Ordinal);
        Assert.Equal(MeasureStatus.Done, Assert.Single((await ReadAsync(id)).PreventionMeasures).Status);
        var after = await GetHtmlAsync(later, $"/Incidents/{id}/Retro");
        Assert.Contains("The measure is now &quot;Done&quot;.", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Overdue", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_version_over_http_shows_the_concurrency_message()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.InternalRetro);
        using var http = await App.CreateSignedInClientAsync(owner);
        var html = await GetHtmlAsync(http, $"/Incidents/{id}/Retro");
        await SaveRetroAsync(owner, id);

        using var response = await http.PostFormAsync($"/Incidents/{id}/Retro?handler=AddMeasure",
        [
            new("Measure.Version", HttpForms.InputValue(html, "Measure.Version")!),
            new("Measure.Description", "Confirm every date with delivery"),
            new("Measure.OwnerId", owner.Id),
            new("Measure.DueOn", "2026-12-10"),
            new(HttpForms.TokenField, HttpForms.AntiforgeryToken(html)),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(ConcurrencyMessage, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty((await ReadAsync(id)).PreventionMeasures);
    }

    [Fact]
    public async Task The_page_issues_the_same_number_of_sql_statements_however_many_measures_there_are()
    {
        var (owner, id) = await IncidentAtAsync(PlaybookStage.InternalRetro);
        await AddMeasureAsync(owner, id);
        using var http = await App.CreateSignedInClientAsync(owner);
        _ = await GetHtmlAsync(http, $"/Incidents/{id}/Retro");
        var few = (await App.GetCountingSqlAsync(http, $"/Incidents/{id}/Retro")).Sql.Count;
        for (var i = 0; i < 6; i++)
        {
            await AddMeasureAsync(owner, id, $"Measure {i}");
        }

        var many = (await App.GetCountingSqlAsync(http, $"/Incidents/{id}/Retro")).Sql.Count;

        Assert.InRange(few, 2, 5);
        Assert.Equal(few, many);
    }

    private static RetroModel.Command ValidRetro(long id, uint version) => new()
    {
        Id = id,
        Version = version,
        WhatHappened = "We promised a date without checking; the client found out late.",
        RootCauseCategory = RootCauseCategory.PromiseWithoutCheckingCapacity,
        RootCause = "Nobody checked the date with delivery.",
        LessonsLearned = "Dates go to clients only after delivery confirms them.",
    };

    private async Task SaveRetroAsync(TestUser user, long id, Func<RetroModel.Command, RetroModel.Command>? change = null)
    {
        var command = ValidRetro(id, await VersionAsync(id));
        await App.SendAsync(user, m => m.Send(change is null ? command : change(command)));
    }

    /// <summary>Adds a measure owned by <paramref name="ownerId"/>, else by the one adding it.</summary>
    private async Task<Guid> AddMeasureAsync(TestUser user, long id, string? description = "Delivery confirms every date before it goes to a client", string? ownerId = null, DateOnly? dueOn = null)
    {
        var version = await VersionAsync(id);
        return await App.SendAsync(user, m => m.Send(new AddPreventionMeasure.Command { Id = id, Version = version, Description = description, OwnerId = ownerId ?? user.Id, DueOn = dueOn ?? Today.AddDays(14) }));
    }

    private Task<TestUser> DanaAsync() => App.CreateUserAsync(Roles.AccountManager, "Dana Delivery");

    private async Task SetStatusAsync(TestUser user, long id, Guid measureId, MeasureStatus? status, string? doneNote = null)
    {
        var version = await VersionAsync(id);
        await App.SendAsync(user, m => m.Send(new SetMeasureStatus.Command(id, measureId, status, version, doneNote)));
    }

    /// <summary>A team lead approves the submitted retro, so the incident may close.</summary>
    private async Task ApproveAsync(long id)
    {
        var lead = await App.CreateUserAsync(Roles.TeamLead);
        var version = await VersionAsync(id);
        await App.SendAsync(lead, m => m.Send(new ApproveRetro.Command(id, version, null)));
    }

    private async Task SubmitAsync(TestUser user, long id)
    {
        var version = await VersionAsync(id);
        await App.SendAsync(user, m => m.Send(new SubmitRetro.Command(id, version)));
    }

    private static List<KeyValuePair<string, string>> VersionField(string html, uint version) =>
    [
        new("Data.Version", version.ToString(CultureInfo.InvariantCulture)),
        new(HttpForms.TokenField, HttpForms.AntiforgeryToken(html)),
    ];
}
