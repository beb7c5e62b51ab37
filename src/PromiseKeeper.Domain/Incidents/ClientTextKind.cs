namespace PromiseKeeper.Domain.Incidents;

/// <summary>The texts that reach the client (written or spoken); each is checked for blame language.</summary>
public enum ClientTextKind
{
    CallRequestEmail = 0,
    VoicemailScript = 1,
    CallPlan = 2,
    EmailInsteadOfCall = 3,
    Recap = 4,
}
