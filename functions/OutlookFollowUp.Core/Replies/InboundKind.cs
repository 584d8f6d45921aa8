namespace OutlookFollowUp.Core.Replies;

public enum InboundKind
{
    /// <summary>Someone other than the prospect or their colleagues, such as the rep or a third party on copy.</summary>
    NotFromProspect,

    /// <summary>A person at the prospect's side wrote back: the conversation is open again.</summary>
    RealReply,

    /// <summary>An out-of-office or other autoresponder answered for the prospect.</summary>
    AutomaticReply,

    /// <summary>A delivery report, a mailing-list or bulk message: nobody answered and nobody said they are away.</summary>
    Automated,
}
