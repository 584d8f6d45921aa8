namespace OutlookFollowUp.Mailbox;

public enum MailboxFailure
{
    /// <summary>Throttled, unavailable, timed out or disconnected after the pipeline's retries: try the step again later.</summary>
    Transient,

    /// <summary>The mailbox's circuit is open: skip its remaining steps for now; other mailboxes are unaffected.</summary>
    MailboxUnavailable,

    /// <summary>Graph refused the request (unknown user, missing message, bad request, no permission): retrying will not help.</summary>
    Permanent,
}
