namespace PromiseKeeper.Domain.Incidents;

/// <summary>Who told whom first about the broken promise.</summary>
public enum FirstDisclosure
{
    /// <summary>We told the client before they found out.</summary>
    WeToldTheClient = 0,

    /// <summary>The client noticed and told us.</summary>
    ClientToldUs = 1,

    /// <summary>The client heard it from someone else (a third party, the press, a colleague of theirs).</summary>
    ClientHeardElsewhere = 2,
}
