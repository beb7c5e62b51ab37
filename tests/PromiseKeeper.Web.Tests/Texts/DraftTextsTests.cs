using PromiseKeeper.Domain;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Domain.Language;
using PromiseKeeper.Domain.Texts;
using PromiseKeeper.Web.Infrastructure.Texts;

namespace PromiseKeeper.Web.Tests.Texts;

/// <summary><see cref="DraftTexts"/>: every draft renders from the facts, in the right tone for whose fault it is.</summary>
public class DraftTextsTests
{
    private static readonly DraftTexts Drafts = new(new LiquidTemplates());

    private static readonly DateTimeOffset CallAt = new(2026, 12, 3, 13, 0, 0, TimeSpan.Zero);

    private const string Sentence = "The reports we promised you for the end of May will not be ready then.";

    private const string Agreed = "You will receive the reports by 15 June, and twenty hours of our work on what you need most.";

    private static DraftFacts Facts(Fault fault = Fault.Ours) => DraftFactsCombinations.Bare(fault) with
    {
        ClientSentence = Sentence,
        Offer =
        [
            new ClientOfferLine("Twenty hours of extra work for you at no charge", new Money(2_000m, "EUR")),
            new ClientOfferLine("A new, firm date for your reports", null),
        ],
        CallStartsAt = CallAt,
        CallTimeZoneId = "Europe/Ljubljana",
        CallChannel = CallChannel.Video,
        OfferResponse = OfferResponse.Accepted,
        Agreed = Agreed,
        UpdateDays = [new DateOnly(2026, 12, 10), new DateOnly(2026, 12, 17)],
    };

    private static DraftFacts BareFacts(Fault fault) => DraftFactsCombinations.Bare(fault);

    private static readonly Dictionary<string, Func<DraftFacts, string>> AllDrafts = new(StringComparer.Ordinal)
    {
        [nameof(Drafts.CallRequestEmail)] = f => Drafts.CallRequestEmail(f),
        [nameof(Drafts.VoicemailScript)] = f => Drafts.VoicemailScript(f),
        [nameof(Drafts.CallPlan)] = f => Drafts.CallPlan(DraftFactsCombinations.Plan(f)),
        [nameof(Drafts.EmailInstead)] = f => Drafts.EmailInstead(f),
        [nameof(Drafts.Recap)] = f => Drafts.Recap(f),
    };

    private static readonly string[] Emails = [nameof(Drafts.CallRequestEmail), nameof(Drafts.EmailInstead), nameof(Drafts.Recap)];

    public static TheoryData<string, Fault, bool> EveryDraftForEveryFault()
    {
        var data = new TheoryData<string, Fault, bool>();
        foreach (var draft in AllDrafts.Keys)
        {
            foreach (var fault in Enum.GetValues<Fault>())
            {
                data.Add(draft, fault, true);
                data.Add(draft, fault, false);
            }
        }

        return data;
    }

    private static DraftFacts FactsFor(Fault fault, bool full) => full ? Facts(fault) : BareFacts(fault);

    [Theory]
    [MemberData(nameof(EveryDraftForEveryFault))]
    public void Every_draft_renders_for_every_fault_with_and_without_optional_facts(string draft, Fault fault, bool full)
    {
        var text = AllDrafts[draft](FactsFor(fault, full));

        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
        Assert.DoesNotContain("}}", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", text, StringComparison.Ordinal);
        Assert.Equal(text.TrimEnd(), text);
        Assert.Contains("Ana Novak", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EveryDraftForEveryFault))]
    public void No_draft_blames_anyone_or_denies_the_promise(string draft, Fault fault, bool full)
    {
        string[] forbidden =
        [
            "never promised", "didn't promise", "did not promise", "you should have", "your fault", "'s fault",
            "was not our fault", "the developers", "the programmers", "sales", "not my fault",
        ];

        var text = AllDrafts[draft](FactsFor(fault, full));

        foreach (var phrase in forbidden)
        {
            Assert.DoesNotContain(phrase, text, StringComparison.OrdinalIgnoreCase);
        }

        // The product's own drafts must pass the product's own blame-language check.
        Assert.Empty(BlameLanguage.Check(text));
    }

    [Theory]
    [InlineData(nameof(Drafts.CallRequestEmail))]
    [InlineData(nameof(Drafts.EmailInstead))]
    [InlineData(nameof(Drafts.Recap))]
    public void Emails_start_with_a_subject_line_then_a_blank_line_and_are_signed_by_the_owner(string draft)
    {
        Assert.Contains(draft, Emails);
        var lines = AllDrafts[draft](Facts()).Split('\n');

        Assert.StartsWith("Subject: ", lines[0], StringComparison.Ordinal);
        Assert.True(lines[0].Length > "Subject: ".Length + 5);
        Assert.Equal("", lines[1]);
        Assert.Equal("Maja Kovač", lines[^1]);
    }

    [Theory]
    [InlineData(GreetingForm.FirstName, null, "Hello Ana,")]
    [InlineData(GreetingForm.FullName, null, "Hello Ana Novak,")]
    [InlineData(GreetingForm.TitleAndSurname, "Dr", "Hello Dr Novak,")]
    public void Emails_greet_the_contact_as_the_account_manager_chose(GreetingForm form, string? title, string greeting)
    {
        foreach (var draft in Emails)
        {
            var text = AllDrafts[draft](Facts() with { Greeting = form, ContactTitle = title });

            Assert.Equal(greeting, text.Split('\n')[2]);
        }
    }

    [Theory]
    [InlineData(Fault.Ours, "3. Apology")]
    [InlineData(Fault.ThirdParty, "3. Regret")]
    [InlineData(Fault.ForceMajeure, "3. Regret")]
    [InlineData(Fault.Disputed, "3. Clarify once")]
    [InlineData(Fault.Client, "3. Clarify once")]
    public void Call_plan_has_exactly_the_acknowledgement_section_that_fits_the_fault(Fault fault, string section)
    {
        string[] sections = ["3. Apology", "3. Regret", "3. Clarify once"];

        var plan = AllDrafts[nameof(Drafts.CallPlan)](Facts(fault));

        Assert.Contains(section, plan, StringComparison.Ordinal);
        foreach (var other in sections.Where(s => s != section))
        {
            Assert.DoesNotContain(other, plan, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Call_plan_apology_is_for_the_company_and_personal_and_the_clarification_accepts_no_blame()
    {
        var plan = AllDrafts[nameof(Drafts.CallPlan)];
        Assert.Contains("on behalf of the company and personally", plan(Facts(Fault.Ours)), StringComparison.Ordinal);
        Assert.Contains("Do not accept blame that is not ours", plan(Facts(Fault.Client)), StringComparison.Ordinal);
        Assert.DoesNotContain("I am sorry, on behalf", plan(Facts(Fault.Client)), StringComparison.Ordinal);
    }

    [Fact]
    public void Call_plan_has_all_its_sections_in_order_and_the_internal_record_to_prepare_with()
    {
        var plan = AllDrafts[nameof(Drafts.CallPlan)](Facts());

        string[] headings = ["1. Opening", "2. Listening", "3. Apology", "4. Their view of the damage", "5. The offer", "6. Closing"];
        var positions = headings.Select(h => plan.IndexOf(h, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("recap", plan[positions[^1]..], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Reporting module delivered three weeks late", plan, StringComparison.Ordinal);
        Assert.Contains(Sentence, plan, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(nameof(Drafts.CallPlan))]
    [InlineData(nameof(Drafts.EmailInstead))]
    [InlineData(nameof(Drafts.Recap))]
    public void Offer_lines_show_a_money_value_only_when_they_have_one(string draft)
    {
        var text = AllDrafts[draft](Facts());

        Assert.Contains("2,000.00 EUR", Line(text, "Twenty hours of extra work"), StringComparison.Ordinal);
        Assert.DoesNotContain("EUR", Line(text, "A new, firm date"), StringComparison.Ordinal);
        Assert.DoesNotContain("0.00", text.Replace("2,000.00", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Call_plan_without_an_offer_warns_against_improvising_one()
    {
        var plan = AllDrafts[nameof(Drafts.CallPlan)](BareFacts(Fault.Ours));

        Assert.Contains("No offer is recorded yet", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Then what we offer", plan, StringComparison.Ordinal);
    }

    [Fact]
    public void Call_request_proposes_the_call_time_in_the_given_time_zone_for_the_chosen_length()
    {
        var email = Drafts.CallRequestEmail(Facts() with { CallLength = TimeSpan.FromMinutes(45) });

        Assert.Contains("Thursday 3 December 2026 at 14:00 (Europe/Ljubljana)", email, StringComparison.Ordinal);
        Assert.Contains("on a video call", email, StringComparison.Ordinal);
        Assert.Contains("45 minutes should be enough", email, StringComparison.Ordinal);
        Assert.Contains(Sentence, email, StringComparison.Ordinal);
        Assert.DoesNotContain("When would suit you", email, StringComparison.Ordinal);
        Assert.DoesNotContain("half an hour", email, StringComparison.Ordinal);
    }

    [Fact]
    public void Call_request_without_a_time_asks_when_suits_them_for_the_chosen_length()
    {
        var email = Drafts.CallRequestEmail(Facts() with { CallStartsAt = null, CallLength = TimeSpan.FromMinutes(60) });

        Assert.Contains("When would suit you for an hour", email, StringComparison.Ordinal);
        Assert.DoesNotContain("2026", email, StringComparison.Ordinal);
    }

    [Fact]
    public void Call_request_gives_the_meeting_link_when_there_is_one()
    {
        Assert.Contains("You can join here: https://meet.example.com/abc", Drafts.CallRequestEmail(Facts() with { MeetingLink = "https://meet.example.com/abc" }), StringComparison.Ordinal);
        Assert.DoesNotContain("join here", Drafts.CallRequestEmail(Facts()), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_time_zone_is_refused_with_a_message_a_person_can_act_on()
    {
        var error = Assert.Throws<DomainException>(() => Drafts.CallRequestEmail(Facts() with { CallTimeZoneId = "Mars/Olympus" }));

        Assert.Contains("Mars/Olympus", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Voicemail_is_short_names_the_caller_and_their_number_and_keeps_the_details_for_the_call()
    {
        var script = Drafts.VoicemailScript(Facts() with { OwnerPhone = "+386 1 234 5678" });
        var spoken = string.Join(' ', script.Split('\n').Where(l => !l.StartsWith('(')));
        var words = spoken.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

        Assert.InRange(words, 40, 80); // about 20–30 seconds at a calm pace
        Assert.Contains("Maja Kovač", spoken, StringComparison.Ordinal);
        Assert.Contains("My number is +386 1 234 5678", spoken, StringComparison.Ordinal);
        Assert.Contains("call me back", spoken, StringComparison.Ordinal);
        Assert.Contains("email", spoken, StringComparison.Ordinal);
        Assert.DoesNotContain(Sentence, script, StringComparison.Ordinal);
        Assert.DoesNotContain("2,000.00", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Voicemail_without_a_phone_number_in_the_profile_leaves_a_clear_placeholder()
    {
        Assert.Contains("My number is [your phone number]", Drafts.VoicemailScript(Facts()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Fault.Ours, "I apologise")]
    [InlineData(Fault.ThirdParty, "I truly regret it")]
    [InlineData(Fault.ForceMajeure, "I truly regret it")]
    [InlineData(Fault.Disputed, "Whatever the cause")]
    [InlineData(Fault.Client, "Whatever the cause")]
    public void Email_instead_acknowledges_in_the_way_that_fits_the_fault_and_offers_to_talk(Fault fault, string acknowledgement)
    {
        var email = Drafts.EmailInstead(Facts(fault));

        Assert.Contains(acknowledgement, email, StringComparison.Ordinal);
        Assert.Contains(Sentence, email, StringComparison.Ordinal);
        Assert.Contains("Call me whenever it suits you", email, StringComparison.Ordinal);
        if (fault != Fault.Ours)
        {
            Assert.DoesNotContain("apologise", email, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData(nameof(Drafts.EmailInstead))]
    [InlineData(nameof(Drafts.Recap))]
    public void Without_the_words_for_the_client_the_draft_asks_for_them_instead_of_using_anything_internal(string draft)
    {
        var text = AllDrafts[draft](Facts() with { ClientSentence = null, Agreed = null });

        Assert.Contains("[In a sentence or two: what went wrong, and what it means for you]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Recap_is_written_to_the_client_from_what_was_agreed_and_names_the_update_days()
    {
        var recap = Drafts.Recap(Facts());

        Assert.Contains(Agreed, recap, StringComparison.Ordinal);
        Assert.Contains("I will update you on how things stand on 10 December 2026 and 17 December 2026", recap, StringComparison.Ordinal);
    }

    [Fact]
    public void Recap_without_update_days_promises_to_keep_them_posted()
    {
        var recap = Drafts.Recap(Facts() with { UpdateDays = [] });

        Assert.Contains("I will keep you posted", recap, StringComparison.Ordinal);
        Assert.DoesNotContain("update you on how things stand on", recap, StringComparison.Ordinal);
    }

    [Fact]
    public void Recap_without_what_was_agreed_leaves_a_gap_to_fill()
    {
        Assert.Contains("[What you and I agreed", Drafts.Recap(Facts() with { Agreed = null }), StringComparison.Ordinal);
    }

    [Fact]
    public void Recap_thanks_them_and_invites_corrections()
    {
        var recap = Drafts.Recap(Facts());

        Assert.Contains("Thank you for taking the time", recap, StringComparison.Ordinal);
        Assert.Contains("unclear, missing", recap, StringComparison.Ordinal);
    }

    [Fact]
    public void Recap_words_an_accepted_offer_differently_from_a_countered_or_rejected_one()
    {
        var accepted = Drafts.Recap(Facts() with { OfferResponse = OfferResponse.Accepted });
        var countered = Drafts.Recap(Facts() with { OfferResponse = OfferResponse.Countered });
        var rejected = Drafts.Recap(Facts() with { OfferResponse = OfferResponse.Rejected });
        var none = Drafts.Recap(Facts() with { OfferResponse = null });

        Assert.Contains("You accepted this proposal", accepted, StringComparison.Ordinal);
        Assert.DoesNotContain("You accepted", countered, StringComparison.Ordinal);
        Assert.DoesNotContain("You accepted", rejected, StringComparison.Ordinal);
        Assert.Contains("You asked for changes", countered, StringComparison.Ordinal);
        Assert.Contains("does not work for you", rejected, StringComparison.Ordinal);
        Assert.Equal(4, new HashSet<string>([accepted, countered, rejected, none], StringComparer.Ordinal).Count);
    }

    [Theory]
    [InlineData(nameof(Drafts.CallRequestEmail))]
    [InlineData(nameof(Drafts.VoicemailScript))]
    [InlineData(nameof(Drafts.CallPlan))]
    [InlineData(nameof(Drafts.EmailInstead))]
    [InlineData(nameof(Drafts.Recap))]
    public void Values_containing_template_tags_are_inserted_literally(string draft)
    {
        var facts = Facts() with
        {
            ClientName = "{{ X }} Ltd",
            ContactName = "{{ OwnerName }}",
            ClientSentence = "{% if FaultIsOurs %}late{% endif %}",
        };

        var text = AllDrafts[draft](facts);

        Assert.Contains("{{ OwnerName }}", text, StringComparison.Ordinal);
        if (draft is not nameof(Drafts.VoicemailScript))
        {
            Assert.Contains("{% if FaultIsOurs %}late{% endif %}", text, StringComparison.Ordinal);
        }

        if (draft == nameof(Drafts.CallPlan))
        {
            Assert.Contains("{{ X }} Ltd", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_language_without_its_own_drafts_falls_back_to_english()
    {
        // A language PromiseKeeper does not speak is English throughout: the template and the values.
        Assert.Equal(Drafts.Recap(Facts()), Drafts.Recap(Facts(), "de"));
    }

    private static string Line(string text, string containing) =>
        Assert.Single(text.Split('\n'), l => l.Contains(containing, StringComparison.Ordinal));
}
