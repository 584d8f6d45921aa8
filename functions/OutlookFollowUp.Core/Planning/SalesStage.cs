namespace OutlookFollowUp.Core.Planning;

/// <summary>Where in the sales process the "no" came; the earlier, the more likely it is a reflex or a trust gap.</summary>
public enum SalesStage
{
    ColdCall,
    Discovery,
    Demo,
    Proposal,
    Negotiation,
}
