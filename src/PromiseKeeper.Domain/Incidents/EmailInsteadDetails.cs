using PromiseKeeper.Domain.Texts;

namespace PromiseKeeper.Domain.Incidents;

/// <summary>A careful written message for when a call is impossible (stage 3), as typed. It still offers to talk.</summary>
public sealed record EmailInsteadDetails
{
    public const int ReasonMaxLength = 1000;

    /// <summary>Why a call is not possible.</summary>
    public string? Reason { get; init; }

    public string? Message { get; init; }

    /// <inheritdoc cref="ClientWording.Sentence"/>
    public string? ClientSentence { get; init; }

    /// <summary>How the client texts greet the contact; the full name when not given.</summary>
    public GreetingForm? Greeting { get; init; }

    /// <inheritdoc cref="ClientWording.ContactTitle"/>
    public string? ContactTitle { get; init; }

    public Checked<MessageInsteadOfCall> Parse()
    {
        var check = new RuleCheck();
        var reason = check.Text(nameof(Reason), Reason, ReasonMaxLength, Messages.Of("email-instead.reason-missing"));
        var wording = ClientWording.Parse(check, ClientSentence, Greeting, ContactTitle);
        var message = check.Text(nameof(Message), Message, CallDetails.ClientTextMaxLength, Messages.Of("email-instead.message-missing"));
        return Checked<MessageInsteadOfCall>.From(check, () => new MessageInsteadOfCall(reason, message, wording));
    }
}

/// <summary>The written message instead of a call, checked: only <see cref="EmailInsteadDetails.Parse"/> makes one.</summary>
public sealed record MessageInsteadOfCall
{
    internal MessageInsteadOfCall(string reason, string message, ClientWording wording) => (Reason, Message, Wording) = (reason, message, wording);

    public string Reason { get; }

    public string Message { get; }

    public ClientWording Wording { get; }
}
