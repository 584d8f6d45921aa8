using OutlookFollowUp.Core.Composition;

namespace OutlookFollowUp.Mailbox.Requests;

/// <summary>A new follow-up draft to the prospect, composed when due.</summary>
/// <param name="StepKey">Our key of the plan step; one step, one draft, ever.</param>
/// <param name="To">The prospect.</param>
/// <param name="Content">Subject (plain text) and HTML body composed and encoded by Core.</param>
/// <param name="Category">Outlook category for the draft, or null for none.</param>
/// <param name="ClaimedBefore">
/// Whether an earlier attempt at the step may have made the item (it was claimed before: a crash, a lost response, an
/// expired lease). On a step's first attempt (false) the item is created without looking it up first; the step key it
/// carries lets any later attempt find it.
/// </param>
public sealed record FollowUpDraftRequest(
    string StepKey,
    DraftRecipient To,
    ComposedMessage Content,
    string? Category = null,
    bool ClaimedBefore = true);

/// <summary>An e-mail address and the name to show with it.</summary>
public sealed record DraftRecipient(string Address, string? Name = null);
