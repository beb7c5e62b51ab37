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

    private static DraftFacts Facts(Fault fault = Fault.Ours) => DraftFactsCombinations.Bare(fault) with
    {
        Offer =
        [
            new OfferLine("Twenty hours of extra work at no charge", new Money(2_000m, "EUR")),
            new OfferLine("Early access to the forecasting module", null),
        ],
        CallStartsAt = CallAt,
        CallTimeZoneId = "Europe/Ljubljana",
        CallChannel = CallChannel.Video,
        CallAttendees = "Ana Novak, Maja Kovač",
        OfferResponse = OfferResponse.Accepted,
        ConversationSummary = "Ana explained the board expects June figures.",
        NextSteps =
        [
            new NextStepLine("Deliver the reporting module", "Maja Kovač", new DateOnly(2026, 12, 10)),
            new NextStepLine("Confirm the June figures are complete", "Ana Novak", null),
        ],
    };

    private static DraftFacts BareFacts(Fault fault) => DraftFactsCombinations.Bare(fault);

    private static readonly Dictionary<string, Func<DraftFacts, string>> AllDrafts = new(StringComparer.Ordinal)
    {
        [nameof(Drafts.CallRequestEmail)] = f => Drafts.CallRequestEmail(f),
        [nameof(Drafts.VoicemailScript)] = f => Drafts.VoicemailScript(f),
        [nameof(Drafts.CallPlan)] = f => Drafts.CallPlan(f),
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
    [InlineData(Fault.Ours, "3. Apology")]
    [InlineData(Fault.ThirdParty, "3. Regret")]
    [InlineData(Fault.ForceMajeure, "3. Regret")]
    [InlineData(Fault.Disputed, "3. Clarify once")]
    [InlineData(Fault.Client, "3. Clarify once")]
    public void Call_plan_has_exactly_the_acknowledgement_section_that_fits_the_fault(Fault fault, string section)
    {
        string[] sections = ["3. Apology", "3. Regret", "3. Clarify once"];

        var plan = Drafts.CallPlan(Facts(fault));

        Assert.Contains(section, plan, StringComparison.Ordinal);
        foreach (var other in sections.Where(s => s != section))
        {
            Assert.DoesNotContain(other, plan, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Call_plan_apology_is_for_the_company_and_personal_and_the_clarification_accepts_no_blame()
    {
        Assert.Contains("on behalf of the company and personally", Drafts.CallPlan(Facts(Fault.Ours)), StringComparison.Ordinal);
        Assert.Contains("Do not accept blame that is not ours", Drafts.CallPlan(Facts(Fault.Client)), StringComparison.Ordinal);
        Assert.DoesNotContain("I am sorry, on behalf", Drafts.CallPlan(Facts(Fault.Client)), StringComparison.Ordinal);
    }

    [Fact]
    public void Call_plan_has_all_its_sections_in_order()
    {
        var plan = Drafts.CallPlan(Facts());

        string[] headings = ["1. Opening", "2. Listening", "3. Apology", "4. Their view of the damage", "5. The offer", "6. Closing"];
        var positions = headings.Select(h => plan.IndexOf(h, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("recap", plan[positions[^1]..], StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(nameof(Drafts.CallPlan))]
    [InlineData(nameof(Drafts.EmailInstead))]
    [InlineData(nameof(Drafts.Recap))]
    public void Offer_lines_appear_with_their_value_to_the_client(string draft)
    {
        var text = AllDrafts[draft](Facts());

        var withValue = Line(text, "Twenty hours of extra work at no charge");
        Assert.Contains("2,000.00 EUR", withValue, StringComparison.Ordinal);
        Assert.Contains("Early access to the forecasting module", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Call_plan_without_an_offer_warns_against_improvising_one()
    {
        var plan = Drafts.CallPlan(BareFacts(Fault.Ours));

        Assert.Contains("No offer is recorded yet", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Then what we offer", plan, StringComparison.Ordinal);
    }

    [Fact]
    public void Call_request_proposes_the_call_time_in_the_given_time_zone()
    {
        var email = Drafts.CallRequestEmail(Facts());

        Assert.Contains("Thursday 3 December 2026 at 14:00 (Europe/Ljubljana)", email, StringComparison.Ordinal);
        Assert.Contains("on a video call", email, StringComparison.Ordinal);
        Assert.DoesNotContain("When would suit you", email, StringComparison.Ordinal);
    }

    [Fact]
    public void Call_request_without_a_time_asks_when_suits_them()
    {
        var email = Drafts.CallRequestEmail(Facts() with { CallStartsAt = null });

        Assert.Contains("When would suit you", email, StringComparison.Ordinal);
        Assert.DoesNotContain("2026", email, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_time_zone_is_refused_with_a_message_a_person_can_act_on()
    {
        var error = Assert.Throws<DomainException>(() => Drafts.CallRequestEmail(Facts() with { CallTimeZoneId = "Mars/Olympus" }));

        Assert.Contains("Mars/Olympus", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Voicemail_is_short_names_the_caller_and_keeps_the_details_for_the_call()
    {
        var script = Drafts.VoicemailScript(Facts());
        var spoken = string.Join(' ', script.Split('\n').Where(l => !l.StartsWith('(')));
        var words = spoken.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

        Assert.InRange(words, 40, 80); // about 20–30 seconds at a calm pace
        Assert.Contains("Maja Kovač", spoken, StringComparison.Ordinal);
        Assert.Contains("Reporting module delivered three weeks late", spoken, StringComparison.Ordinal);
        Assert.Contains("call me back", spoken, StringComparison.Ordinal);
        Assert.Contains("email", spoken, StringComparison.Ordinal);
        Assert.DoesNotContain("end of May", script, StringComparison.Ordinal);
        Assert.DoesNotContain("2,000.00", script, StringComparison.Ordinal);
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
        Assert.Contains("The monthly reporting module would be live by the end of May.", email, StringComparison.Ordinal);
        Assert.Contains("Call me whenever it suits you", email, StringComparison.Ordinal);
        if (fault != Fault.Ours)
        {
            Assert.DoesNotContain("apologise", email, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Recap_lists_next_steps_with_owner_and_due_date()
    {
        var recap = Drafts.Recap(Facts());

        Assert.Equal("- Deliver the reporting module: Maja Kovač, by 10 December 2026", Line(recap, "Deliver the reporting module"));
        Assert.Contains("Ana Novak", Line(recap, "Confirm the June figures are complete"), StringComparison.Ordinal);
        Assert.DoesNotContain("no dated next steps", recap, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Recap_without_next_steps_says_there_are_no_dated_next_steps_yet()
    {
        var recap = Drafts.Recap(Facts() with { NextSteps = [] });

        Assert.Contains("no dated next steps yet", recap, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Recap_thanks_them_recounts_the_conversation_and_invites_corrections()
    {
        var recap = Drafts.Recap(Facts());

        Assert.Contains("Thank you for taking the time", recap, StringComparison.Ordinal);
        Assert.Contains("Ana explained the board expects June figures.", recap, StringComparison.Ordinal);
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
            Summary = "{% if FaultIsOurs %}late{% endif %}",
        };

        var text = AllDrafts[draft](facts);

        Assert.Contains("{{ OwnerName }}", text, StringComparison.Ordinal);
        Assert.Contains("{% if FaultIsOurs %}late{% endif %}", text, StringComparison.Ordinal);
        if (draft == nameof(Drafts.CallPlan))
        {
            Assert.Contains("{{ X }} Ltd", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_language_without_its_own_drafts_falls_back_to_english()
    {
        Assert.Equal(Drafts.Recap(Facts()), Drafts.Recap(Facts(), "sl"));
    }

    private static string Line(string text, string containing) =>
        Assert.Single(text.Split('\n'), l => l.Contains(containing, StringComparison.Ordinal));
}
