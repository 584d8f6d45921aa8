namespace OutlookFollowUp.Mailbox.Requests;

/// <summary>The mailbox item that now exists for a step, by its immutable id, and how it came to exist.</summary>
public sealed record EnsuredItem(string ImmutableId, EnsureOutcome Outcome);

public enum EnsureOutcome
{
    /// <summary>This call created the item.</summary>
    Created,

    /// <summary>An earlier attempt had created it; found by the step-key property (or the event's transactionId).</summary>
    Found,

    /// <summary>An earlier attempt's createReply draft without the step key yet, completed by this call.</summary>
    Adopted,
}
