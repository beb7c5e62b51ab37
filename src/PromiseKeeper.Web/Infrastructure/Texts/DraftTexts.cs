using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Web.Infrastructure.Texts;

/// <summary>
/// Ready-to-edit drafts for the client-facing steps of the playbook: asking for a call, the voicemail, the plan for the
/// conversation, the written message when a call is impossible, and the recap. The wording is in
/// <c>Texts/&lt;language&gt;/draft-*.liquid</c>; the values come from <see cref="DraftValues.From"/>. The client texts take
/// only <see cref="DraftFacts"/>, which holds nothing internal; only the call plan (never sent) takes <see cref="CallPlanFacts"/>.
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
    public string CallRequestEmail(DraftFacts facts, string language = LiquidTemplates.DefaultLanguage) =>
        Render(CallRequestEmailTemplate, facts, language);

    /// <summary>A 20–30 second voicemail: who calls, what about, please call back; no details of the failure.</summary>
    public string VoicemailScript(DraftFacts facts, string language = LiquidTemplates.DefaultLanguage) =>
        Render(VoicemailTemplate, facts, language);

    /// <summary>The account manager's plan for the conversation; the third section depends on whose fault it is.</summary>
    public string CallPlan(CallPlanFacts facts, string language = LiquidTemplates.DefaultLanguage) =>
        templates.Render(CallPlanTemplate, CallPlanValues.From(facts), language);

    /// <summary>A careful, honest written message for when a call is impossible, still offering to talk.</summary>
    public string EmailInstead(DraftFacts facts, string language = LiquidTemplates.DefaultLanguage) =>
        Render(EmailInsteadTemplate, facts, language);

    /// <summary>The follow-up after the conversation: what happened, what was agreed, next steps with owners and dates.</summary>
    public string Recap(DraftFacts facts, string language = LiquidTemplates.DefaultLanguage) =>
        Render(RecapTemplate, facts, language);

    private string Render(string template, DraftFacts facts, string language) =>
        templates.Render(template, DraftValues.From(facts), language);
}
