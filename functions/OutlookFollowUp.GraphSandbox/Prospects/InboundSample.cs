namespace OutlookFollowUp.GraphSandbox.Prospects;

/// <summary>Kinds of mail that arrive in a marked thread, each written with the headers its real sender puts on it.</summary>
public enum InboundSample
{
    /// <summary>The prospect answers from Outlook.</summary>
    OutlookReply,

    /// <summary>The prospect answers through a CRM or sequencing tool, which asks autoresponders to stay quiet.</summary>
    CrmReply,

    /// <summary>Exchange Online's automatic reply (out-of-office).</summary>
    ExchangeOutOfOffice,

    /// <summary>Gmail's vacation responder: its own subject, no "Automatic reply" prefix.</summary>
    GmailVacation,

    /// <summary>A mailing-list message from the prospect's company that lands in the thread.</summary>
    MailingList,

    /// <summary>A non-delivery report from the prospect's mail server.</summary>
    DeliveryFailure,
}
