using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Pages.Incidents.Playbook;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Incidents.Playbook;

public sealed class AlternativesTests(WebAppFixture app) : WebAppTest(app)
{
    private const string FarTooSmallWarning = "The offer is out of proportion to the loss.";

    [Fact]
    public async Task Adding_an_option_stores_it_unconfirmed_and_not_offered_with_a_timeline_event()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager, "Alex Morgan");
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ResearchAlternatives);

        var id = await AddOptionAsync(owner, incident.Id);

        var stored = await App.ReadAsync(incident.Id);
        var option = Assert.Single(stored.Options);
        Assert.Equal(id, option.Id);
        Assert.Equal(CompensationKind.FreeHours, option.Kind);
        Assert.Equal("Forty hours of extra work", option.Description);
        Assert.Equal(new Money(3200m, "EUR"), option.CostToUs);
        Assert.Equal(new Money(6000.50m, "EUR"), option.ValueToClient);
        Assert.False(option.IsConfirmed);
        Assert.False(option.IsOffered);
        var added = stored.Timeline.OrderBy(e => e.OccurredAt).ThenBy(e => e.Id).Last();
        Assert.Equal("Alex Morgan", added.ActorName);
        Assert.StartsWith("Added an option: Forty hours of extra work", added.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_option_typed_with_who_confirmed_it_is_confirmed_at_once_and_a_blank_cost_is_no_cost()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ResearchAlternatives);

        var command = await ValidOptionAsync(incident.Id) with
        {
            ConfirmedBy = "  Delivery lead ",
            CostToUsAmount = null,
            CostToUsCurrency = "EUR",
            ValueToClientCurrency = "usd",
        };

        await App.SendAsync(owner, m => m.Send(command));

        var option = Assert.Single((await App.ReadAsync(incident.Id)).Options);
        Assert.Equal("Delivery lead", option.ConfirmedBy);
        Assert.Equal(App.Clock.Now, option.ConfirmedAt);
        Assert.Null(option.CostToUs);
        Assert.Equal(new Money(6000.50m, "USD"), option.ValueToClient);
    }

    private static readonly Dictionary<string, (Func<AlternativesModel.Command, AlternativesModel.Command> Break, string Field)> Failures = new()
    {
        ["kind missing"] = (c => c with { Kind = null }, "Kind"),
        ["description missing"] = (c => c with { Description = "  " }, "Description"),
        ["description too long"] = (c => c with { Description = new string('d', OptionDetails.DescriptionMaxLength + 1) }, "Description"),
        ["client description missing"] = (c => c with { ClientDescription = "  " }, "ClientDescription"),
        ["value of nothing"] = (c => c with { ValueToClientAmount = 0m }, "ValueToClientAmount"),
        ["value with three decimals"] = (c => c with { ValueToClientAmount = 10.125m }, "ValueToClientAmount"),
        ["value negative"] = (c => c with { ValueToClientAmount = -1m }, "ValueToClientAmount"),
        ["value currency not a code"] = (c => c with { ValueToClientCurrency = "EURO" }, "ValueToClientCurrency"),
        ["value currency missing"] = (c => c with { ValueToClientCurrency = " " }, "ValueToClientCurrency"),
        ["cost currency not a code"] = (c => c with { CostToUsCurrency = "E1R" }, "CostToUsCurrency"),
        ["cost with three decimals"] = (c => c with { CostToUsAmount = 0.001m }, "CostToUsAmount"),
        ["confirmed by too long"] = (c => c with { ConfirmedBy = new string('c', IncidentDetails.NameMaxLength + 1) }, "ConfirmedBy"),
    };

    public static TheoryData<string> FailureNames => [.. Failures.Keys];

    [Theory]
    [MemberData(nameof(FailureNames))]
    public async Task Each_broken_rule_of_an_option_is_reported_on_its_field_and_nothing_is_written(string failure)
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ResearchAlternatives);
        var (breakRule, field) = Failures[failure];
        var command = breakRule(await ValidOptionAsync(incident.Id));

        var exception = await Assert.ThrowsAsync<DomainException>(async () => await App.SendAsync(owner, m => m.Send(command)));

        Assert.Contains(exception.Violations, v => v.Field == field && !string.IsNullOrWhiteSpace(v.Message));
        Assert.Empty((await App.ReadAsync(incident.Id)).Options);
    }

    [Fact]
    public async Task Confirming_an_option_records_who_confirmed_it_with_a_timeline_event()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ResearchAlternatives);
        var optionId = await AddOptionAsync(owner, incident.Id);

        var description = await ConfirmAsync(owner, incident.Id, optionId, "Jamie, delivery lead");

        var stored = await App.ReadAsync(incident.Id);
        var option = Assert.Single(stored.Options);
        Assert.Equal("Forty hours of extra work", description);
        Assert.Equal("Jamie, delivery lead", option.ConfirmedBy);
        Assert.Contains(stored.Timeline, e => e.Description == "Jamie, delivery lead confirmed we can deliver: Forty hours of extra work.");
    }

    [Fact]
    public async Task Confirming_without_a_name_says_so_at_the_top_naming_the_option()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ResearchAlternatives);
        var optionId = await AddOptionAsync(owner, incident.Id);

        var exception = await Assert.ThrowsAsync<DomainException>(() => ConfirmAsync(owner, incident.Id, optionId, " "));

        Assert.Empty(exception.Violations);
        Assert.Equal("\"Forty hours of extra work\" is not confirmed: Enter who confirmed that we can deliver this option.", exception.Message);
        Assert.False(Assert.Single((await App.ReadAsync(incident.Id)).Options).IsConfirmed);
    }

    [Fact]
    public async Task A_confirmed_option_can_be_added_to_the_offer_and_taken_out_again()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ResearchAlternatives);
        var optionId = await AddOptionAsync(owner, incident.Id, confirmedBy: "Delivery lead");

        await ChangeOfferAsync(owner, incident.Id, optionId, inOffer: true);
        var offered = await App.ReadAsync(incident.Id);
        await ChangeOfferAsync(owner, incident.Id, optionId, inOffer: false);
        var withdrawn = await App.ReadAsync(incident.Id);

        Assert.True(Assert.Single(offered.Options).IsOffered);
        Assert.Contains(offered.Timeline, e => e.Description == "Added to the offer: Forty hours of extra work.");
        Assert.False(Assert.Single(withdrawn.Options).IsOffered);
        Assert.Contains(withdrawn.Timeline, e => e.Description == "Took out of the offer: Forty hours of extra work.");
    }

    [Fact]
    public async Task An_unconfirmed_option_is_refused_for_the_offer_with_the_reason()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ResearchAlternatives);
        var optionId = await AddOptionAsync(owner, incident.Id);

        var exception = await Assert.ThrowsAsync<DomainException>(() => ChangeOfferAsync(owner, incident.Id, optionId, inOffer: true));

        Assert.StartsWith("\"Forty hours of extra work\" cannot be offered yet", exception.Message, StringComparison.Ordinal);
        Assert.False(Assert.Single((await App.ReadAsync(incident.Id)).Options).IsOffered);
    }

    [Fact]
    public async Task Posting_add_to_offer_for_an_unconfirmed_option_shows_the_refusal_at_the_top_of_the_page()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ResearchAlternatives);
        var optionId = await AddOptionAsync(owner, incident.Id);
        using var http = await App.CreateSignedInClientAsync(owner);
        var page = await GetPageAsync(http, incident.Id);
        Assert.Contains("Only a confirmed option can be offered: record who confirmed it first.", page, StringComparison.Ordinal);

        using var response = await http.PostFormAsync($"/Incidents/{incident.Id}/Alternatives?handler=Offer", new Dictionary<string, string>
        {
            ["offer.OptionId"] = optionId.ToString(),
            ["offer.InOffer"] = "true",
            ["offer.Version"] = (await App.VersionAsync(incident.Id)).ToString(CultureInfo.InvariantCulture),
            [HttpForms.TokenField] = HttpForms.AntiforgeryToken(page),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("cannot be offered yet: first ask the team or a manager to confirm we can deliver it", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        // The add form is shown fresh, ready to use, not filled with another form's empty values.
        Assert.Equal((await App.VersionAsync(incident.Id)).ToString(CultureInfo.InvariantCulture), HttpForms.InputValue(html, "Data.Version"));
        Assert.Equal(string.Empty, HttpForms.ValidationMessage(html, "Data.Kind"));
        Assert.False(Assert.Single((await App.ReadAsync(incident.Id)).Options).IsOffered);
    }

    [Fact]
    public async Task Confirming_and_offering_through_the_page_redirect_back_with_a_message()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ResearchAlternatives);
        var optionId = await AddOptionAsync(owner, incident.Id);
        using var http = await App.CreateSignedInClientAsync(owner);
        var page = await GetPageAsync(http, incident.Id);

        using var confirmed = await http.PostFormAsync($"/Incidents/{incident.Id}/Alternatives?handler=Confirm", new Dictionary<string, string>
        {
            ["confirm.OptionId"] = optionId.ToString(),
            ["confirm.ConfirmedBy"] = "Priya from delivery",
            ["confirm.Version"] = HttpForms.InputValue(page, "Data.Version")!,
            [HttpForms.TokenField] = HttpForms.AntiforgeryToken(page),
        });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal($"/Incidents/{incident.Id}/Alternatives", confirmed.Location());
        page = await GetPageAsync(http, incident.Id);
        Assert.Contains("Recorded who confirmed we can deliver", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Contains("Confirmed by Priya from delivery", page, StringComparison.Ordinal);

        using var offered = await http.PostFormAsync($"/Incidents/{incident.Id}/Alternatives?handler=Offer", new Dictionary<string, string>
        {
            ["offer.OptionId"] = optionId.ToString(),
            ["offer.InOffer"] = "true",
            ["offer.Version"] = HttpForms.InputValue(page, "Data.Version")!,
            [HttpForms.TokenField] = HttpForms.AntiforgeryToken(page),
        });
        Assert.Equal(HttpStatusCode.Redirect, offered.StatusCode);
        page = await GetPageAsync(http, incident.Id);
        Assert.Contains("is now part of the offer.", page, StringComparison.Ordinal);
        Assert.Contains("Take out of offer", page, StringComparison.Ordinal);
        Assert.True(Assert.Single((await App.ReadAsync(incident.Id)).Options).IsOffered);
    }

    [Fact]
    public async Task Outside_the_research_stage_every_change_is_refused_and_the_page_is_read_only()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ScheduleCall);
        var optionId = (await App.ReadAsync(incident.Id)).Options.Single().Id;

        var add = await Assert.ThrowsAsync<DomainException>(() => AddOptionAsync(owner, incident.Id));
        var confirm = await Assert.ThrowsAsync<DomainException>(() => ConfirmAsync(owner, incident.Id, optionId, "Someone"));
        var withdraw = await Assert.ThrowsAsync<DomainException>(() => ChangeOfferAsync(owner, incident.Id, optionId, inOffer: false));

        const string Refusal = "You can change the alternatives and the offer at the \"Research alternatives\" stage; this incident is at \"Schedule the call\".";
        Assert.All(new[] { add, confirm, withdraw }, e => Assert.Equal(Refusal, e.Message));
        var stored = await App.ReadAsync(incident.Id);
        Assert.True(Assert.Single(stored.Options).IsOffered);

        using var http = await App.CreateSignedInClientAsync(owner);
        var page = WebUtility.HtmlDecode(await GetPageAsync(http, incident.Id));
        Assert.Contains("so the options and the offer can only be read here.", page, StringComparison.Ordinal);
        Assert.Contains("Forty hours of extra work from our team on what matters most to them now", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Add the option", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Take out of offer", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_account_manager_s_incident_is_not_found()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var other = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ResearchAlternatives);

        await Assert.ThrowsAsync<NotFoundException>(() => AddOptionAsync(other, incident.Id));
        await Assert.ThrowsAsync<NotFoundException>(async () => await App.SendAsync(other, m => m.Send(new AlternativesModel.Query(incident.Id))));
        using var http = await App.CreateSignedInClientAsync(other);
        using var response = await http.GetAsync(new Uri($"/Incidents/{incident.Id}/Alternatives", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty((await App.ReadAsync(incident.Id)).Options);
    }

    [Fact]
    public async Task Legal_may_not_change_the_options_and_is_refused_the_page()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var legal = await App.CreateUserAsync(Roles.Legal);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ResearchAlternatives, contractReference: "SLA 3.1");

        await Assert.ThrowsAsync<ForbiddenException>(() => AddOptionAsync(legal, incident.Id));
        using var http = await App.CreateSignedInClientAsync(legal);
        using var response = await http.GetAsync(new Uri($"/Incidents/{incident.Id}/Alternatives", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Location(), StringComparison.Ordinal);
        using var denied = await http.GetAsync(response.Headers.Location);

        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Empty((await App.ReadAsync(incident.Id)).Options);
    }

    [Fact]
    public async Task A_stale_version_is_refused_as_a_concurrent_change_and_the_page_says_so()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ResearchAlternatives);
        using var http = await App.CreateSignedInClientAsync(owner);
        var page = await GetPageAsync(http, incident.Id);
        var staleVersion = uint.Parse(HttpForms.InputValue(page, "Data.Version")!, CultureInfo.InvariantCulture);
        await App.SendAsync(owner, m => m.Send(ValidOption(incident.Id, staleVersion) with { Description = "Someone else's option" }));

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(async () => await App.SendAsync(owner, m => m.Send(ValidOption(incident.Id, staleVersion))));
        using var response = await http.PostFormAsync($"/Incidents/{incident.Id}/Alternatives", FormFields(page));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Someone else changed this record while you were editing it.", html, StringComparison.Ordinal);
        Assert.Equal("A discount on the next invoice", HttpForms.TextareaValue(html, "Data.Description"));
        Assert.Equal("Someone else's option", Assert.Single((await App.ReadAsync(incident.Id)).Options).Description);
    }

    [Fact]
    public async Task Posting_the_add_form_stores_the_option_and_shows_it_on_the_page()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ResearchAlternatives);
        using var http = await App.CreateSignedInClientAsync(owner);
        var page = await GetPageAsync(http, incident.Id);
        Assert.Contains("Add an option", page, StringComparison.Ordinal);
        Assert.Contains("No options yet.", page, StringComparison.Ordinal);

        using var response = await http.PostFormAsync($"/Incidents/{incident.Id}/Alternatives", FormFields(page));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Incidents/{incident.Id}/Alternatives", response.Location());
        var option = Assert.Single((await App.ReadAsync(incident.Id)).Options);
        Assert.Equal((CompensationKind.Discount, new Money(1500m, "EUR"), "Finance lead"), (option.Kind, option.ValueToClient, option.ConfirmedBy));
        var after = WebUtility.HtmlDecode(await GetPageAsync(http, incident.Id));
        Assert.Contains("The option is added. It is confirmed, so you can put it into the offer.", after, StringComparison.Ordinal);
        Assert.Contains("A discount on the next invoice", after, StringComparison.Ordinal);
        Assert.Contains("1,500.00 EUR", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posting_the_add_form_without_a_client_description_shows_the_message_on_that_field_and_keeps_the_input()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ResearchAlternatives);
        using var http = await App.CreateSignedInClientAsync(owner);
        var page = await GetPageAsync(http, incident.Id);

        using var response = await http.PostFormAsync(
            $"/Incidents/{incident.Id}/Alternatives",
            FormFields(page).Where(f => f.Key != "Data.ClientDescription"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("Describe the option as the client should read it; the client texts use only this description.", HttpForms.ValidationMessage(html, "Data.ClientDescription"));
        Assert.Equal("A discount on the next invoice", HttpForms.TextareaValue(html, "Data.Description"));
        Assert.Empty((await App.ReadAsync(incident.Id)).Options);
    }

    [Fact]
    public async Task An_option_without_a_money_value_is_added_and_shown_without_a_zero()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        // A loss with cents, so the page's only "0.00" would be a zero value printed for the option.
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ResearchAlternatives, d => d with { OurLossAmount = 4_321.5m });
        using var http = await App.CreateSignedInClientAsync(owner);
        var page = await GetPageAsync(http, incident.Id);

        using var response = await http.PostFormAsync(
            $"/Incidents/{incident.Id}/Alternatives",
            FormFields(page).Where(f => f.Key is not "Data.ValueToClientAmount" and not "Data.CostToUsAmount").Append(new("Data.ValueToClientAmount", "")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var option = Assert.Single((await App.ReadAsync(incident.Id)).Options);
        Assert.Null(option.ValueToClient);
        var after = WebUtility.HtmlDecode(await GetPageAsync(http, incident.Id));
        Assert.Contains("No money value", after, StringComparison.Ordinal);
        Assert.DoesNotContain("0.00", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_currency_of_a_new_option_defaults_to_the_currency_of_the_loss()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AddIncidentAsync(owner, PlaybookStage.ResearchAlternatives, d => d with { OurLossAmount = null, OurLossCurrency = null, ClientClaimedLossAmount = 8000m, ClientClaimedLossCurrency = "CHF" });
        using var http = await App.CreateSignedInClientAsync(owner);

        var page = await GetPageAsync(http, incident.Id);

        Assert.Equal("CHF", HttpForms.InputValue(page, "Data.ValueToClientCurrency"));
        Assert.Equal("CHF", HttpForms.InputValue(page, "Data.CostToUsCurrency"));
    }

    [Fact]
    public async Task The_page_warns_loudly_when_the_offer_is_more_than_ten_times_smaller_than_the_loss()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AddIncidentAsync(
            owner,
            PlaybookStage.ResearchAlternatives,
            d => d with { OurLossAmount = 20_000m, OurLossCurrency = "EUR", ClientClaimedLossAmount = 30_000m, ClientClaimedLossCurrency = "EUR" },
            i => Offer(i, owner, 1_000m));
        using var http = await App.CreateSignedInClientAsync(owner);

        var page = WebUtility.HtmlDecode(await GetPageAsync(http, incident.Id));

        Assert.Contains(FarTooSmallWarning, page, StringComparison.Ordinal);
        Assert.Contains("The offer (1,000.00 EUR) is 30 times smaller than the client's loss (30,000.00 EUR).", page, StringComparison.Ordinal);
        Assert.Contains("The larger of our estimate (20,000.00 EUR) and the client's claim (30,000.00 EUR).", page, StringComparison.Ordinal);
        Assert.Contains("30 : 1", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_does_not_warn_when_the_offer_is_in_proportion_to_the_loss()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var incident = await App.AddIncidentAsync(
            owner,
            PlaybookStage.ResearchAlternatives,
            d => d with { OurLossAmount = 30_000m, OurLossCurrency = "EUR" },
            i => Offer(i, owner, 10_000m));
        using var http = await App.CreateSignedInClientAsync(owner);

        var page = WebUtility.HtmlDecode(await GetPageAsync(http, incident.Id));

        Assert.DoesNotContain(FarTooSmallWarning, page, StringComparison.Ordinal);
        Assert.Contains("The offer is worth 1 : 3 of the loss, the same order of magnitude.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_reads_with_the_same_few_statements_however_many_options_there_are()
    {
        var owner = await App.CreateUserAsync(Roles.AccountManager);
        var few = await App.AddIncidentAsync(owner, PlaybookStage.ResearchAlternatives, prepare: i => Offer(i, owner, 1_000m));
        var many = await App.AddIncidentAsync(owner, PlaybookStage.ResearchAlternatives, prepare: i =>
        {
            for (var n = 0; n < 8; n++)
            {
                Offer(i, owner, 1_000m + n);
            }
        });
        using var http = await App.CreateSignedInClientAsync(owner);

        var fewSql = (await App.GetCountingSqlAsync(http, $"/Incidents/{few.Id}/Alternatives")).Sql;
        var manySql = (await App.GetCountingSqlAsync(http, $"/Incidents/{many.Id}/Alternatives")).Sql;

        // The header, the incident, its options and its legal reviews.
        Assert.InRange(fewSql.Count, 1, 4);
        Assert.Equal(fewSql.Count, manySql.Count);
    }

    private static void Offer(Incident incident, TestUser owner, decimal value)
    {
        var option = incident.AddOption(
            new OptionDetails { Kind = CompensationKind.Discount, Description = "A discount", ClientDescription = "A discount for you", ValueToClientAmount = value, ValueToClientCurrency = "EUR", ConfirmedBy = "Finance lead" },
            owner.AsActor(),
            FixedClock.Start.AddMinutes(-5));
        incident.AddToOffer(option.Id, owner.AsActor(), FixedClock.Start.AddMinutes(-4));
    }

    private async Task<AlternativesModel.Command> ValidOptionAsync(long incidentId) =>
        ValidOption(incidentId, await App.VersionAsync(incidentId));

    private async Task<Guid> AddOptionAsync(TestUser user, long incidentId, string? confirmedBy = null)
    {
        var command = await ValidOptionAsync(incidentId) with { ConfirmedBy = confirmedBy };
        return await App.SendAsync(user, m => m.Send(command));
    }

    private async Task<string> ConfirmAsync(TestUser user, long incidentId, Guid optionId, string? confirmedBy)
    {
        var command = new ConfirmOption.Command { Id = incidentId, OptionId = optionId, ConfirmedBy = confirmedBy, Version = await App.VersionAsync(incidentId) };
        return await App.SendAsync(user, m => m.Send(command));
    }

    private async Task<string> ChangeOfferAsync(TestUser user, long incidentId, Guid optionId, bool inOffer)
    {
        var command = new ChangeOffer.Command { Id = incidentId, OptionId = optionId, InOffer = inOffer, Version = await App.VersionAsync(incidentId) };
        return await App.SendAsync(user, m => m.Send(command));
    }

    private static AlternativesModel.Command ValidOption(long incidentId, uint version) => new()
    {
        Id = incidentId,
        Version = version,
        Kind = CompensationKind.FreeHours,
        Description = "Forty hours of extra work",
        ClientDescription = "Forty hours of our work for you, at no cost",
        CostToUsAmount = 3200m,
        CostToUsCurrency = "EUR",
        ValueToClientAmount = 6000.50m,
        ValueToClientCurrency = "EUR",
    };

    private static async Task<string> GetPageAsync(HttpClient http, long id)
    {
        using var response = await http.GetAsync(new Uri($"/Incidents/{id}/Alternatives", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static List<KeyValuePair<string, string>> FormFields(string page) =>
    [
        new("Data.Version", HttpForms.InputValue(page, "Data.Version")!),
        new("Data.Kind", "Discount"),
        new("Data.Description", "A discount on the next invoice"),
        new("Data.ClientDescription", "A discount on your next invoice"),
        new("Data.ValueToClientAmount", "1500"),
        new("Data.ValueToClientCurrency", "EUR"),
        new("Data.CostToUsAmount", "1500"),
        new("Data.CostToUsCurrency", "EUR"),
        new("Data.ConfirmedBy", "Finance lead"),
        new(HttpForms.TokenField, HttpForms.AntiforgeryToken(page)),
    ];
}
