using PromiseKeeper.Domain.Language;

namespace PromiseKeeper.Domain.Tests;

/// <summary>
/// At least twenty sentences per blame category that must be found and twenty careful ones near the same
/// category that must not: first and third person, present and past tense, people named or described by role,
/// current or former. Complements the phrase-exact cases of <see cref="BlameLanguageTests"/>.
/// </summary>
public class BlameCoverageTests
{
    public static TheoryData<string> ColleagueBlame() =>
    [
        "It was someone else here who promised you that date.",
        "That was somebody else's promise, not mine.",
        "Your previous account manager has left the company, so I cannot say why he agreed to it.",
        "Mark no longer works here, which is why nobody followed up.",
        "Our former consultant overpromised on the timeline.",
        "A former colleague made that commitment without checking.",
        "He made that promise before I joined.",
        "This was agreed before I took over your account.",
        "I only took over the account last month.",
        "I wasn't in the loop when the deal was signed.",
        "I was not involved in the original agreement.",
        "My team lead was supposed to confirm the dates.",
        "Whoever handled your account before me dropped the ball.",
        "Our old sales rep promised far too much.",
        "The intern made a mistake with your order.",
        "It was Peter's mistake, not ours.",
        "It's my colleague's fault that the date slipped.",
        "Honestly, it wasn't me who promised it.",
        "The person responsible has since left the company.",
        "That commitment came from a colleague who is no longer with us.",
        "Somebody else on the team made that call.",
        "The project manager forgot to order the parts.",
    ];

    public static TheoryData<string> TeamBlame() =>
    [
        "The warehouse team lost your order.",
        "Our delivery partner let us down.",
        "The payment provider caused the outage.",
        "It was the courier's fault.",
        "Accounting made a mistake with your invoice.",
        "Blame the helpdesk for that one.",
        "Our installers were supposed to come on Tuesday.",
        "That's down to the product team.",
        "Because of our subcontractor, the launch slipped.",
        "The printers messed up the colours.",
        "It's the hosting provider's fault.",
        "The security team held things up.",
        "Procurement forgot to order the licences.",
        "HR never told us about the change.",
        "The platform team should never have promised that.",
        "Our lab got it wrong.",
        "It was the other office that dropped the ball.",
        "The factory was late with the parts, not us.",
        "Sales is to blame for this.",
        "The developers' mistake cost you a week.",
        "Due to our supplier, your order is late.",
    ];

    public static TheoryData<string> ClientBlame() =>
    [
        "You were the ones who changed the scope.",
        "You approved the design yourself.",
        "You yourself signed off on the plan.",
        "You never sent us the logo files.",
        "Your staff failed to test the release.",
        "Had you checked the proof, this would not have happened.",
        "As we already explained, the deadline depends on your data.",
        "You should've asked before changing it.",
        "The problem lies with your side.",
        "Your IT department didn't respond for a week.",
        "You didn't pay the deposit on time.",
        "This delay was caused by your late approval.",
        "You keep changing your mind.",
        "You forgot to mention the second site.",
        "Did you even test it before launch?",
        "You're being unreasonable about the date.",
        "There is no need to get upset.",
        "You were late in sending the requirements.",
        "It's on you to check the invoices.",
        "You neglected to back up your data.",
        "Your manager refused to sign the change request.",
        "If you'd read our email, you would have known.",
    ];

    public static TheoryData<string> Denial() =>
    [
        "Our team never promised that feature.",
        "Nobody here ever agreed to that price.",
        "No such commitment was ever made.",
        "That date was never confirmed.",
        "It was never meant as a promise.",
        "That was only ever a rough guess.",
        "It's just a minor bug.",
        "We only estimated the date.",
        "The sales rep didn't actually guarantee anything.",
        "It was never part of the contract.",
        "We never said it would be ready in May.",
        "Strictly speaking, it was delivered.",
        "No real harm was done.",
        "You didn't really lose anything.",
        "Delays are part of the job.",
        "It could have been a lot worse.",
        "There has never been a deadline for this.",
        "He never said that.",
        "That was just a ballpark figure.",
        "It isn't a big deal.",
        "Anna never committed to a date.",
    ];

    public static TheoryData<string> CarefulAboutColleagues() =>
    [
        "I will call you myself on Monday.",
        "My colleague Anna will join the call to walk you through the fix.",
        "Anna has joined the project to help us finish it.",
        "Someone from our team will be at your office at nine.",
        "I am taking over your account personally, so you have one contact.",
        "We promised the report by Friday and did not deliver it.",
        "Our former approach to estimates was wrong, and we have changed it.",
        "The person who will install the update is Marko.",
        "He will send you the new schedule today.",
        "She will confirm the delivery slot tomorrow.",
        "I was involved in the original plan and I own this.",
        "I am sorry I was not clearer about the risks.",
        "Someone else from our team will also be on the call.",
        "I have not been in touch often enough, and that changes now.",
        "Our previous plan did not work, so here is a new one.",
        "When I took over the account, I should have checked the dates.",
        "Since I joined the project, I have made this my priority.",
        "We made the promise, and we will keep the new date.",
        "The team that made the promise is working on the fix with me.",
        "From now on your account manager is me, Sara.",
    ];

    public static TheoryData<string> CarefulAboutTeams() =>
    [
        "Our warehouse team will pack your order first thing tomorrow.",
        "The delivery partner confirmed the new slot for Thursday.",
        "We have asked our supplier to give you priority.",
        "Our developers are fixing the import today.",
        "Sales and support will both have the new date.",
        "We chose the supplier, so the delay is ours to fix.",
        "The payment provider is back online, and your orders are going through.",
        "Our lab has re-run every sample at no cost to you.",
        "Our installers will come on Tuesday morning.",
        "The engineering team has added a check so this cannot happen again.",
        "Accounting will refund the difference this week.",
        "The courier will collect the parcel from your office.",
        "We are working with the hosting provider to prevent this.",
        "Because of our mistake, the launch moved to June.",
        "Due to our error, you were charged twice.",
        "Our product team owns this fix.",
        "The security team reviewed the change and approved it.",
        "Our support team is available around the clock.",
        "The helpdesk will give you a ticket number for tracking.",
        "Our partners at the factory are now shipping daily.",
    ];

    public static TheoryData<string> CarefulAboutTheClient() =>
    [
        "You told us the date mattered, and we should have listened.",
        "You were right to raise this with us.",
        "You approved the plan on the basis of our estimate, which was wrong.",
        "Thank you for sending the files so quickly.",
        "You did nothing wrong.",
        "You asked the right questions at the start.",
        "If you have any questions, please call me.",
        "If you had plans that depended on the date, we will help rework them.",
        "You should receive the refund within five days.",
        "Your team has been patient with us, and we are grateful.",
        "Your manager is welcome to join the call.",
        "You never have to chase us for updates again.",
        "You did not deserve this.",
        "Please let us know if your team needs anything else.",
        "You are not to blame for any of this.",
        "None of the delay was on your side.",
        "You changed nothing; the error was ours.",
        "We know you changed your plans for this launch.",
        "You replied quickly, and we did not.",
        "Your feedback on the draft was very helpful.",
    ];

    public static TheoryData<string> CarefulAboutThePromise() =>
    [
        "We promised a June release and we missed it.",
        "We did promise it, and we will keep the new date.",
        "There was a clear promise, and we broke it.",
        "It was a firm commitment and we treat it as one.",
        "This is a big deal, and we are treating it that way.",
        "It was not just an estimate: you planned around it.",
        "The delay is two weeks, and we know that hurts.",
        "We guaranteed the date in writing.",
        "Our team promised this, and our team will deliver it.",
        "I cannot undo the damage, but I can limit it.",
        "Technical problems are no excuse.",
        "We take this seriously; it is not a small thing for your business.",
        "Nobody should have to chase us like this.",
        "No harm to your data was done, and we checked every record.",
        "We never want this to happen again.",
        "We never gave you the update we promised.",
        "I did not keep the promise I made to you.",
        "We did not deliver what we said we would.",
        "The date was agreed in March, and we missed it.",
        "This was a promise, not an estimate.",
    ];

    [Theory]
    [MemberData(nameof(ColleagueBlame))]
    public void Blame_on_a_colleague_is_found(string text) => AssertFound(text, BlameCategory.BlamesColleague);

    [Theory]
    [MemberData(nameof(TeamBlame))]
    public void Blame_on_another_team_or_a_supplier_is_found(string text) => AssertFound(text, BlameCategory.BlamesAnotherTeam);

    [Theory]
    [MemberData(nameof(ClientBlame))]
    public void Blame_on_the_client_is_found(string text) => AssertFound(text, BlameCategory.BlamesClient);

    [Theory]
    [MemberData(nameof(Denial))]
    public void Denying_or_shrinking_the_promise_is_found(string text) => AssertFound(text, BlameCategory.DeniesPromise);

    [Theory]
    [MemberData(nameof(CarefulAboutColleagues))]
    [MemberData(nameof(CarefulAboutTeams))]
    [MemberData(nameof(CarefulAboutTheClient))]
    [MemberData(nameof(CarefulAboutThePromise))]
    public void Careful_wording_is_left_alone(string text) =>
        Assert.True(BlameLanguage.Check(text).Count == 0, $"\"{text}\" was reported: {string.Join("; ", BlameLanguage.Check(text).Select(f => $"{f.Category} \"{f.Phrase}\""))}");

    [Fact]
    public void Every_category_has_at_least_twenty_sentences_each_way()
    {
        Assert.All(new[] { ColleagueBlame(), TeamBlame(), ClientBlame(), Denial(), CarefulAboutColleagues(), CarefulAboutTeams(), CarefulAboutTheClient(), CarefulAboutThePromise() },
            sentences => Assert.True(sentences.Count >= 20));
    }

    private static void AssertFound(string text, BlameCategory category)
    {
        var findings = BlameLanguage.Check(text);
        Assert.True(findings.Any(f => f.Category == category),
            $"\"{text}\": expected {category}, found {(findings.Count == 0 ? "nothing" : string.Join("; ", findings.Select(f => $"{f.Category} \"{f.Phrase}\"")))}");
    }
}
