using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.BrowserTests.PageObjects;

/// <summary>The least work on each stage's page that lets an incident move on, done through the pages.</summary>
public static class PlaybookSteps
{
    /// <summary>Does the work of <paramref name="stage"/> from the incident's page and comes back to it.</summary>
    /// <param name="now">"Now" as a wall-clock time in the browser's zone.</param>
    public static async Task DoWorkAsync(IncidentPage incident, PlaybookStage stage, DateTime now)
    {
        switch (stage)
        {
            case PlaybookStage.InvestigateOrigin:
                var origin = await incident.OpenStageAsync("Record where the promise came from");
                await origin.FillAsync("How the promise came about", "The date went into the proposal before the team had estimated the work.");
                await origin.SaveAndReturnAsync("Save where the promise came from");
                break;
            case PlaybookStage.ResearchAlternatives:
                var alternatives = await incident.OpenStageAsync("Research alternatives and build the offer");
                await alternatives.AddOfferedOptionAsync("Free hours of work", "Sixty hours of work on what they need most", "9000");
                await alternatives.BackToIncidentAsync();
                break;
            case PlaybookStage.ScheduleCall:
                var call = await incident.OpenStageAsync("Plan the call with the client");
                await call.FillAsync("What went wrong, for the client", "What we promised you will not be ready on the agreed date.");
                await call.FillAsync("Starts at", LocalTime(now.Date.AddDays(1).AddHours(10)));
                await call.ChooseAsync("How", "Video call");
                // The email is drafted again for the call as typed; a save would ask for that first.
                await call.ClickAsync("Redraft the texts from the details above");
                await Assertions.Expect(call.Page).ToHaveURLAsync(new Regex("handler=Redraft"));
                await call.SaveAndReturnAsync("Save and mark the request email as sent");
                break;
            case PlaybookStage.Conversation:
                var conversation = await incident.OpenStageAsync("Record the conversation");
                await conversation.FillAsync("When it took place", LocalTime(now.AddMinutes(-5)));
                await conversation.FillAsync("What was said", "They were upset; we listened, apologised and agreed on the offer.");
                await conversation.FillAsync("What you agreed, for the client", "You will get sixty hours of our work on what you need most.");
                await conversation.CheckAsync("Yes, they had room to vent");
                await conversation.CheckAsync("We apologised, for the company and personally");
                await conversation.CheckAsync("Accepted the offer");
                await conversation.SaveAndReturnAsync("Save the conversation");
                break;
            case PlaybookStage.FollowUpRecap:
                var recap = await incident.OpenStageAsync("Write and send the recap");
                await recap.ClickAsync("Mark as sent");
                await recap.BackToIncidentAsync();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(stage), stage, "Only the stages before the internal retro are walked through the pages.");
        }
    }

    /// <summary>The value a datetime-local input takes: yyyy-MM-ddTHH:mm.</summary>
    public static string LocalTime(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
}
