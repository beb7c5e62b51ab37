using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Web.Infrastructure.Texts;

/// <summary>
/// Ready-to-edit drafts for the client-facing steps of the playbook: asking for a call, the voicemail, the plan for the
/// conversation, the written message when a call is impossible, and the recap. The wording is in
/// <c>Texts/&lt;language&gt;/draft-*.liquid</c>; the values come from <see cref="DraftValues.From(DraftFacts)"/>. The client texts take
/// only <see cref="DraftFacts"/>, which holds nothing internal, and are written in the client's language
/// (<see cref="DraftFacts.Language"/>) whatever the reader's; only the call plan (never sent) takes <see cref="CallPlanFacts"/>
/// and is written in the account manager's language, with the sentences to say in the client's.
/// Emails start with a "Subject: ..." line, then a blank line, then the body.
/// </summary>
public sealed class DraftTexts(LiquidTemplates templates)
{
    public const string CallRequestEmailTemplate = "draft-call-request-email";
    public const string VoicemailTemplate = "draft-voicemail";
    public const string CallPlanTemplate = "draft-call-plan";
    public const string EmailInsteadTemplate = "draft-email-instead";
    public const string RecapTemplate = "draft-recap";

    /// <summary>A short email asking for a call, proposing <see cref="DraftFacts.CallStartsAt"/> when it is set.</summary>
    /// <param name="facts">The client facts.</param>
    /// <param name="language">The language to write in; the client's (<see cref="DraftFacts.Language"/>) when null.</param>
    public string CallRequestEmail(DraftFacts facts, string? language = null) =>
        Render(CallRequestEmailTemplate, facts, language);

    /// <summary>A 20–30 second voicemail: who calls, what about, please call back; no details of the failure.</summary>
    /// <inheritdoc cref="CallRequestEmail" path="/param"/>
    public string VoicemailScript(DraftFacts facts, string? language = null) =>
        Render(VoicemailTemplate, facts, language);

    /// <summary>The account manager's plan for the conversation; the third section depends on whose fault it is.</summary>
    /// <param name="facts">The client facts and the internal record.</param>
    /// <param name="language">The account manager's language; the current UI language when null. The sentences to say are in the client's.</param>
    public string CallPlan(CallPlanFacts facts, string? language = null)
    {
        var planLanguage = Languages.OrEnglish(language ?? Languages.OfCurrentUi());
        return templates.Render(CallPlanTemplate, CallPlanValues.From(facts, planLanguage), planLanguage);
    }

    /// <summary>A careful, honest written message for when a call is impossible, still offering to talk.</summary>
    /// <inheritdoc cref="CallRequestEmail" path="/param"/>
    public string EmailInstead(DraftFacts facts, string? language = null) =>
        Render(EmailInsteadTemplate, facts, language);

    /// <summary>The follow-up after the conversation: what happened, what was agreed, next steps with owners and dates.</summary>
    /// <inheritdoc cref="CallRequestEmail" path="/param"/>
    public string Recap(DraftFacts facts, string? language = null) =>
        Render(RecapTemplate, facts, language);

    private string Render(string template, DraftFacts facts, string? language)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var code = Languages.OrEnglish(language ?? facts.Language);
        return templates.Render(template, DraftValues.From(facts, code), code);
    }
}
