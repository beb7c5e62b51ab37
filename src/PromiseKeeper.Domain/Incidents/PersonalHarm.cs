namespace PromiseKeeper.Domain.Incidents;

/// <summary>How much the broken promise hurts our contact personally, e.g. in front of their management.</summary>
public enum PersonalHarm
{
    None = 0,
    Some = 1,
    Serious = 2,
}
