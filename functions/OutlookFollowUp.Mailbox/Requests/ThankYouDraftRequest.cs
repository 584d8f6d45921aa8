using OutlookFollowUp.Core.Composition;

namespace OutlookFollowUp.Mailbox.Requests;

/// <summary>A thank-you reply draft in the prospect's thread.</summary>
/// <param name="StepKey">Our key of the plan step; one step, one draft, ever.</param>
/// <param name="OriginalMessageId">The REST id of the prospect's message the rep marked (from the add-in).</param>
/// <param name="Content">
/// Composed by Core. The body is put above the quoted original; the subject is not used, because the reply keeps
/// "RE: original subject" so it stays in the prospect's conversation.
/// </param>
/// <param name="StepStartedAt">
/// When the sweep first started this step, persisted before the first attempt. A reply draft in the thread created
/// after it and not carrying a step key can only be one an earlier attempt made, so it is adopted, not duplicated.
/// </param>
/// <param name="Category">Outlook category for the draft, or null for none.</param>
/// <param name="OriginalInternetMessageId">
/// The original's Internet Message-ID, which the add-in also reports: the REST id changes when the rep files the
/// message before the sweep runs, the Message-ID does not, so the message is found again by it.
/// </param>
/// <param name="ClaimedBefore">
/// Whether an earlier attempt at the step may have made the item (it was claimed before: a crash, a lost response, an
/// expired lease). On a step's first attempt (false) the item is created without looking it up first; the step key it
/// carries lets any later attempt find it.
/// </param>
public sealed record ThankYouDraftRequest(
    string StepKey,
    string OriginalMessageId,
    ComposedMessage Content,
    DateTimeOffset StepStartedAt,
    string? Category = null,
    string? OriginalInternetMessageId = null,
    bool ClaimedBefore = true);
