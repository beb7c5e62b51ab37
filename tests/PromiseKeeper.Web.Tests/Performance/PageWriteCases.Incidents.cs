using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Tests.Incidents.Playbook;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Performance;

/// <summary>The POSTs about one incident: the playbook's forms, legal's and the team lead's reviews, reassigning.</summary>
internal static partial class PageWriteCases
{
    private static Dictionary<string, Func<WebAppFixture, Task<WriteCase>>> IncidentRows => new()
    {
        ["POST /Incidents/Details?handler=Move"] = app => OwnerPostsAsync(app, PlaybookStage.InvestigateOrigin, workDone: true, "", "Move",
            invalid: [new("Data.Target", nameof(PlaybookStage.Conversation))]),
        ["POST /Incidents/Details?handler=AskLegalAgain"] = async app =>
        {
            var owner = await app.CreateUserAsync(Roles.AccountManager);
            var legal = await app.CreateUserAsync(Roles.Legal);
            var incident = await app.AnIncident(owner).ContractLinked().AtStage(PlaybookStage.Conversation).SaveAsync();
            await LegalDecidesAsync(app, legal, incident.Id, LegalDecision.ChangesRequired);
            app.Clock.Now = app.Clock.Now.AddHours(1);
            return new WriteCase(owner, $"/Incidents/{incident.Id}", $"/Incidents/{incident.Id}?handler=AskLegalAgain");
        },

        ["POST /Incidents/BlameCheck"] = async app =>
        {
            var owner = await app.CreateUserAsync(Roles.AccountManager);
            var incident = await app.AnIncident(owner).AtStage(PlaybookStage.ScheduleCall).SaveAsync();
            return new WriteCase(owner, $"/Incidents/{incident.Id}/Call", $"/Incidents/{incident.Id}/BlameCheck")
            {
                Input = [new("text", "Our former consultant overpromised, and because of Sam Sales the release slipped.")],
                Answer = System.Net.HttpStatusCode.OK,
            };
        },

        ["POST /Incidents/Details?handler=LegalNote"] = async app =>
        {
            var owner = await app.CreateUserAsync(Roles.AccountManager);
            var incident = await app.AnIncident(owner).ContractLinked().AtStage(PlaybookStage.Conversation).SaveAsync();
            return new WriteCase(owner, $"/Incidents/{incident.Id}", $"/Incidents/{incident.Id}?handler=LegalNote")
            {
                Input = [new("note.Text", "May I mention clause 7 on the call?")],
                Invalid = [new("note.Text", " ")],
            };
        },

        ["POST /Incidents/Details?handler=WaitOnClient"] = app => OwnerPostsAsync(app, PlaybookStage.ScheduleCall, workDone: false, "", "WaitOnClient",
            [new("Pause.Note", "Their board decides on Friday.")],
            invalid: [new("Pause.Note", " ")]),
        ["POST /Incidents/Details?handler=ClientAnswered"] = async app =>
        {
            var owner = await app.CreateUserAsync(Roles.AccountManager);
            var incident = await app.AnIncident(owner).AtStage(PlaybookStage.ScheduleCall)
                .Then(i => i.WaitOnClient(null, "Their board decides on Friday.", Actor.Create(owner.Id, owner.DisplayName), app.Clock.GetUtcNow()))
                .SaveAsync();
            return new WriteCase(owner, $"/Incidents/{incident.Id}", $"/Incidents/{incident.Id}?handler=ClientAnswered");
        },

        ["POST /Incidents/Playbook/Origin"] = app => OwnerPostsAsync(app, PlaybookStage.InvestigateOrigin, workDone: false, "/Origin", null,
            [
                new("Data.PromiseChannel", "Meeting"),
                new("Data.PromiseReference", "Kick-off meeting notes, 1 September"),
                new("Data.PromisedOn", "2026-09-01"),
                new("Data.PromisedBy", "Pat Former"),
                new("Data.ClientGoals", "Launch the winter campaign on the new platform."),
                new("Data.Findings", "Pat promised the date in the kick-off without asking delivery."),
            ],
            invalid: [new("Data.PromisedOn", "2026-13-45")]),
        ["POST /Incidents/Correct"] = app => OwnerPostsAsync(app, PlaybookStage.InvestigateOrigin, workDone: false, "/Correct", null,
            [new("Data.Fault", "ThirdParty"), new("Data.Reason", "The hosting provider's outage caused the delay.")],
            invalid: [new("Data.Fault", "ThirdParty"), new("Data.Reason", " ")]),
        ["POST /Incidents/Playbook/Evidence?handler=Paste"] = app => OwnerPostsAsync(app, PlaybookStage.InvestigateOrigin, workDone: false, "/Evidence", "Paste",
            [new("Data.Title", "Re: go-live date"), new("Data.Text", "We will be live by 1 November.")],
            invalid: [new("Data.Title", "Re: go-live date"), new("Data.Text", "   ")]),
        ["POST /Incidents/Playbook/Evidence?handler=Upload"] = async app =>
            await OwnerPostsAsync(app, PlaybookStage.InvestigateOrigin, workDone: false, "/Evidence", "Upload", [new("Upload.Title", "Signed SOW")],
                invalid: [new("Upload.Title", new string('x', 1000))]) with
            {
                File = ("Upload.File", "sow.pdf", "application/pdf", EvidenceFiles.For("pdf")),
            },
        ["POST /Incidents/Playbook/Alternatives"] = app => OwnerPostsAsync(app, PlaybookStage.ResearchAlternatives, workDone: false, "/Alternatives", null,
            [
                new("Data.Kind", "Discount"),
                new("Data.Description", "A discount on the next invoice"),
                new("Data.ClientDescription", "A discount on your next invoice"),
                new("Data.ValueToClientAmount", "1500"),
                new("Data.ValueToClientCurrency", "EUR"),
            ],
            invalid: [new("Data.Kind", "Discount"), new("Data.Description", "A discount"), new("Data.ClientDescription", "A discount for you"), new("Data.ValueToClientAmount", "1500"), new("Data.ValueToClientCurrency", "EURO")]),
        ["POST /Incidents/Playbook/Alternatives?handler=Confirm"] = async app =>
        {
            var owner = await app.CreateUserAsync(Roles.AccountManager);
            var incident = await app.AnIncident(owner).AtStage(PlaybookStage.ResearchAlternatives).SaveAsync();
            await AddOptionAsync(app, owner, incident.Id);
            return new WriteCase(owner, $"/Incidents/{incident.Id}/Alternatives", $"/Incidents/{incident.Id}/Alternatives?handler=Confirm")
            {
                Input = [new("confirm.ConfirmedBy", "Priya from delivery")],
                Invalid = [new("confirm.ConfirmedBy", " ")],
            };
        },
        ["POST /Incidents/Playbook/Alternatives?handler=Offer"] = app => OwnerPostsAsync(app, PlaybookStage.ResearchAlternatives, workDone: true, "/Alternatives", "Offer",
            [new("offer.InOffer", "false")]),
        ["POST /Incidents/Playbook/Call"] = app => OwnerPostsAsync(app, PlaybookStage.ScheduleCall, workDone: false, "/Call", null,
            [
                new("Data.TimeZone", "Europe/Berlin"),
                new("Data.StartsAt", "2026-11-24T14:00"),
                new("Data.TimeZoneId", "Europe/Ljubljana"),
                new("Data.Channel", "Phone"),
                new("Data.Attendees", "Dana Client <dana@client.example>"),
                new("Data.ClientSentence", "Release 2.4 will not be in production on 1 November as we promised you."),
                new("Data.RequestEmail", "Subject: A call about the delay\n\nCould we talk on Tuesday?"),
                new("Data.VoicemailScript", "Hello Dana, please call me back."),
                new("Data.CallPlan", "Opening, listening, apology, offer."),
                new("Data.RequestSent", "false"),
            ],
            invalid: [new("Data.StartsAt", "tomorrow")]),
        ["POST /Incidents/Playbook/Call?handler=EmailInvitation"] = app => OwnerPostsAsync(app, PlaybookStage.ScheduleCall, workDone: false, "/Call", "EmailInvitation",
            [
                new("Data.TimeZone", "Europe/Berlin"),
                new("Data.StartsAt", "2026-11-24T14:00"),
                new("Data.TimeZoneId", "Europe/Ljubljana"),
                new("Data.Channel", "Phone"),
                new("Data.Attendees", "Dana Client <dana@client.example>; sam@us.example"),
                new("Data.ClientSentence", "Release 2.4 will not be in production on 1 November as we promised you."),
                new("Data.RequestEmail", "Subject: A call about the delay\n\nCould we talk on Tuesday?"),
                new("Data.VoicemailScript", "Hello Dana, please call me back."),
                new("Data.CallPlan", "Opening, listening, apology, offer."),
            ],
            invalid: [new("Data.Attendees", "Dana Client <dana@client.example>; Sam without an address")]),
        ["POST /Incidents/Playbook/Call?handler=Redraft"] = async app => await OwnerPostsAsync(app, PlaybookStage.ScheduleCall, workDone: false, "/Call", "Redraft",
            [new("Data.ClientSentence", "Release 2.4 will not be in production on 1 November as we promised you."), new("Data.LengthMinutes", "45")])
            with { Answer = System.Net.HttpStatusCode.OK },
        ["POST /Incidents/Playbook/WriteInstead?handler=Redraft"] = async app => await OwnerPostsAsync(app, PlaybookStage.ScheduleCall, workDone: false, "/WriteInstead", "Redraft",
            [new("Data.ClientSentence", "Release 2.4 will not be in production on 1 November as we promised you.")])
            with { Answer = System.Net.HttpStatusCode.OK },
        ["POST /Incidents/Playbook/WriteInstead"] = app => OwnerPostsAsync(app, PlaybookStage.ScheduleCall, workDone: false, "/WriteInstead", null,
            [
                new("Data.Reason", "Travelling without phone"),
                new("Data.ClientSentence", "Release 2.4 will not be in production on 1 November as we promised you."),
                new("Data.Message", "Hello Dana,\n\nI am sorry. Can we talk?"),
                new("Data.Sent", "false"),
            ],
            invalid: [new("Data.Reason", " "), new("Data.Message", " ")]),
        ["POST /Incidents/Playbook/Conversation"] = app => OwnerPostsAsync(app, PlaybookStage.Conversation, workDone: false, "/Conversation", null,
            ValidForms.Conversation(),
            invalid: [new("Data.HeldAt", "yesterday")]),
        ["POST /Incidents/Playbook/Recap"] = app => OwnerPostsAsync(app, PlaybookStage.FollowUpRecap, workDone: false, "/Recap", null,
            [new("Data.Text", "Dear Dana,\n\nThank you for the call.")],
            invalid: [new("Data.Text", " ")]),
        ["POST /Incidents/Playbook/Recap?handler=Send"] = app => OwnerPostsAsync(app, PlaybookStage.FollowUpRecap, workDone: false, "/Recap", "Send",
            [new("Data.Text", "Dear Dana,\n\nThank you for the call.")],
            invalid: [new("Data.Text", " ")]),
        ["POST /Incidents/Playbook/Recap?handler=Redraft"] = app => OwnerPostsAsync(app, PlaybookStage.FollowUpRecap, workDone: false, "/Recap", "Redraft"),
        ["POST /Incidents/Playbook/CheckIns"] = app => OwnerPostsAsync(app, PlaybookStage.InternalRetro, workDone: false, "/CheckIns", null,
            [new("Data.PlannedOn", "2026-12-04"), new("Data.Topic", "Walk through the new report")],
            invalid: [new("Data.PlannedOn", "2026-11-01"), new("Data.Topic", "Too early")]),
        ["POST /Incidents/Playbook/CheckIns?handler=SetDone"] = app => OwnerPostsAsync(app, PlaybookStage.InternalRetro, workDone: false, "/CheckIns", "SetDone"),
        ["POST /Incidents/Playbook/Retro"] = app => OwnerPostsAsync(app, PlaybookStage.InternalRetro, workDone: false, "/Retro", null,
            [
                new("Data.WhatHappened", "Short version of what happened."),
                new("Data.RootCauseCategory", "MissedHandover"),
                new("Data.RootCause", "The promise was lost when the account changed hands."),
                new("Data.LessonsLearned", "Hand over open promises explicitly."),
            ],
            invalid: [new("Data.WhatHappened", " "), new("Data.RootCauseCategory", "MissedHandover"), new("Data.RootCause", " "), new("Data.LessonsLearned", " ")]),
        ["POST /Incidents/Playbook/Retro?handler=AddMeasure"] = async app =>
        {
            var dana = await app.CreateUserAsync(Roles.AccountManager, "Dana Delivery");
            return await OwnerPostsAsync(app, PlaybookStage.InternalRetro, workDone: false, "/Retro", "AddMeasure",
                [new("Measure.Description", "Confirm every date with delivery"), new("Measure.OwnerId", dana.Id), new("Measure.DueOn", "2026-12-10")],
                invalid: [new("Measure.Description", "Confirm every date with delivery"), new("Measure.OwnerId", dana.Id), new("Measure.DueOn", "next week")]);
        },
        ["POST /Incidents/Playbook/Retro?handler=MeasureOwner"] = async app =>
        {
            var dana = await app.CreateUserAsync(Roles.AccountManager, "Dana Delivery");
            return await OwnerPostsAsync(app, PlaybookStage.InternalRetro, workDone: true, "/Retro", "MeasureOwner",
                [new("ownerId", dana.Id)], invalid: [new("ownerId", "no-such-user")]);
        },
        ["POST /Incidents/Playbook/CheckIns?handler=Owner"] = async app =>
        {
            var dana = await app.CreateUserAsync(Roles.AccountManager, "Dana Delivery");
            return await OwnerPostsAsync(app, PlaybookStage.InternalRetro, workDone: false, "/CheckIns", "Owner",
                [new("ownerId", dana.Id)], invalid: [new("ownerId", "no-such-user")]);
        },
        ["POST /Work/Owned?handler=MeasureDone"] = async app =>
        {
            var dana = await GivenWorkAsync(app);
            return new WriteCase(dana, "/Work/Owned", "/Work/Owned?handler=MeasureDone")
            {
                Input = [new("doneNote", "Delivery signs off every date now.")],
                Invalid = [new("doneNote", " ")],
            };
        },
        ["POST /Work/Owned?handler=CheckInDone"] = async app => new WriteCase(await GivenWorkAsync(app), "/Work/Owned", "/Work/Owned?handler=CheckInDone"),
        ["POST /Incidents/Playbook/Retro?handler=MeasureStatus"] = app => OwnerPostsAsync(app, PlaybookStage.InternalRetro, workDone: true, "/Retro", "MeasureStatus",
            [new("status", "Done"), new("doneNote", "Delivery signs off every date now.")],
            invalid: [new("status", "Done"), new("doneNote", " ")]),
        ["POST /Incidents/Playbook/Retro?handler=Submit"] = async app =>
        {
            var owner = await app.CreateUserAsync(Roles.AccountManager);
            var incident = await app.AnIncident(owner).AtStage(PlaybookStage.InternalRetro).Then(i =>
            {
                i.SaveRetro(
                    new RetroDetails
                    {
                        WhatHappened = "The date was promised without delivery.",
                        RootCauseCategory = RootCauseCategory.PromiseWithoutCheckingCapacity,
                        RootCause = "Nobody checked capacity.",
                        LessonsLearned = "Check capacity first.",
                    },
                    owner.AsActor(),
                    app.Clock.Now.AddMinutes(-5));
                i.AddPreventionMeasure("Delivery confirms every date", "Delivery lead", DateOnly.FromDateTime(app.Clock.Now.UtcDateTime).AddDays(14), owner.AsActor(), app.Clock.Now.AddMinutes(-4));
            }).SaveAsync();
            return new WriteCase(owner, $"/Incidents/{incident.Id}/Retro", $"/Incidents/{incident.Id}/Retro?handler=Submit");
        },
        ["POST /Incidents/Playbook/NotApplicable"] = app => OwnerPostsAsync(app, PlaybookStage.InvestigateOrigin, workDone: false, "/NotApplicable", null,
            [new("Data.Reason", "The client demands a year of free work and threatens to leave.")],
            invalid: [new("Data.Reason", " ")]),

        ["POST /Incidents/LegalReview"] = async app =>
        {
            var owner = await app.CreateUserAsync(Roles.AccountManager);
            var legal = await app.CreateUserAsync(Roles.Legal);
            var incident = await app.AnIncident(owner).ContractLinked().AtStage(PlaybookStage.ResearchAlternatives).WithStageWorkDone().SaveAsync();
            return new WriteCase(legal, $"/Incidents/{incident.Id}/LegalReview", $"/Incidents/{incident.Id}/LegalReview")
            {
                Input = [new("Data.Decision", "Approved"), new("Data.Notes", "Apologise for the delay; do not admit a breach.")],
                Invalid = [new("Data.Decision", "ChangesRequired"), new("Data.Notes", " ")],
            };
        },
        ["POST /Incidents/LegalReview?handler=Text"] = async app =>
        {
            var (legal, id) = await LegalOpensAsync(app);
            return new WriteCase(legal, $"/Incidents/{id}/LegalReview", $"/Incidents/{id}/LegalReview?handler=Text")
            {
                Input = [new("text.Decision", "ChangesRequired"), new("text.Note", "Do not call it a breach.")],
                Invalid = [new("text.Decision", "ChangesRequired"), new("text.Note", " ")],
            };
        },
        ["POST /Incidents/LegalReview?handler=DoNotSay"] = async app =>
        {
            var (legal, id) = await LegalOpensAsync(app);
            return new WriteCase(legal, $"/Incidents/{id}/LegalReview", $"/Incidents/{id}/LegalReview?handler=DoNotSay")
            {
                Input = [new("doNotSay.Phrase", "breach of contract")],
                Invalid = [new("doNotSay.Phrase", " ")],
            };
        },
        ["POST /Incidents/LegalReview?handler=LegalNote"] = async app =>
        {
            var (legal, id) = await LegalOpensAsync(app);
            return new WriteCase(legal, $"/Incidents/{id}/LegalReview", $"/Incidents/{id}/LegalReview?handler=LegalNote")
            {
                Input = [new("note.Text", "Clause 7 stays out of every text.")],
                Invalid = [new("note.Text", " ")],
            };
        },
        ["POST /Incidents/RetroReview?handler=Approve"] = app => LeadReviewsRetroAsync(app, "Approve"),
        ["POST /Incidents/RetroReview?handler=SendBack"] = app => LeadReviewsRetroAsync(app, "SendBack"),
        ["POST /Incidents/Reassign"] = async app =>
        {
            var owner = await app.CreateUserAsync(Roles.AccountManager);
            var colleague = await app.CreateUserAsync(Roles.AccountManager, "Bea Novak");
            var lead = await app.CreateUserAsync(Roles.TeamLead);
            var incident = await app.AnIncident(owner).SaveAsync();
            return new WriteCase(lead, $"/Incidents/{incident.Id}/Reassign", $"/Incidents/{incident.Id}/Reassign")
            {
                Input = [new("Data.NewOwnerId", colleague.Id), new("Data.Reason", "Alex is on leave.")],
                Invalid = [new("Data.NewOwnerId", ""), new("Data.Reason", "Alex is on leave.")],
            };
        },
    };

    /// <summary>The owner of an incident at <paramref name="stage"/> posts the form of the page at <paramref name="page"/> (under the incident's path).</summary>
    private static async Task<WriteCase> OwnerPostsAsync(
        WebAppFixture app,
        PlaybookStage stage,
        bool workDone,
        string page,
        string? handler,
        IReadOnlyList<KeyValuePair<string, string>>? input = null,
        IReadOnlyList<KeyValuePair<string, string>>? invalid = null)
    {
        var owner = await app.CreateUserAsync(Roles.AccountManager);
        var seed = app.AnIncident(owner).AtStage(stage);
        var incident = await (workDone ? seed.WithStageWorkDone() : seed).SaveAsync();
        var path = $"/Incidents/{incident.Id}{page}";
        return new WriteCase(owner, path, handler is null ? path : $"{path}?handler={handler}")
        {
            Input = input ?? [],
            Invalid = invalid,
        };
    }

    /// <summary>Someone of another team given a measure and a check-in of an account manager's incident.</summary>
    private static async Task<TestUser> GivenWorkAsync(WebAppFixture app)
    {
        var owner = await app.CreateUserAsync(Roles.AccountManager);
        var dana = await app.CreateUserAsync(Roles.AccountManager, "Dana Delivery", await app.AddTeamAsync($"Delivery {Guid.NewGuid():N}"));
        var by = Domain.Actor.Create(owner.Id, owner.DisplayName);
        var to = Domain.Actor.Create(dana.Id, dana.DisplayName);
        var today = DateOnly.FromDateTime(app.Clock.Now.UtcDateTime);
        await app.AnIncident(owner).AtStage(PlaybookStage.InternalRetro).Then(incident =>
        {
            incident.AddPreventionMeasure("Confirm every date with delivery", to, today.AddDays(7), by, app.Clock.Now);
            incident.PlanCheckIn(today, "Progress on the fix", to, by, app.Clock.Now);
        }).SaveAsync();
        return dana;
    }

    private static async Task<WriteCase> LeadReviewsRetroAsync(WebAppFixture app, string handler)
    {
        var owner = await app.CreateUserAsync(Roles.AccountManager);
        var lead = await app.CreateUserAsync(Roles.TeamLead);
        var incident = await app.AnIncident(owner).AtStage(PlaybookStage.InternalRetro).WithStageWorkDone().SaveAsync();
        var path = $"/Incidents/{incident.Id}/RetroReview";
        return new WriteCase(lead, path, $"{path}?handler={handler}")
        {
            Input = [new("Data.Comments", "Name the person who confirms dates.")],
            Invalid = handler == "SendBack" ? [new("Data.Comments", " ")] : null,
        };
    }
}
