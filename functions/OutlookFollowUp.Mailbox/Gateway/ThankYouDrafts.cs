using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using OutlookFollowUp.Mailbox.Requests;

namespace OutlookFollowUp.Mailbox.Gateway;

/// <summary>
/// Thank-you reply drafts, the one kind that cannot be made exactly once by a single request.
/// </summary>
/// <remarks>
/// <para>
/// A reply draft must come from <c>POST …/messages/{id}/createReply</c> (that is what threads it under the prospect's
/// message), and createReply is not idempotent and takes no transactionId: every call makes another draft. Nor can
/// the step key ride on that call, so a reply draft exists for a moment without its key, until the PATCH that adds
/// our text, the key and the category. Two things can therefore be left behind by an attempt that fails part way:
/// </para>
/// <list type="number">
/// <item>createReply succeeded but its response was lost (dropped connection, timeout, 5xx after the work was done);</item>
/// <item>createReply succeeded and the PATCH failed or never ran (crash, circuit opened, lease expired).</item>
/// </list>
/// <para>
/// In both cases a keyless reply draft sits in the thread. So createReply is never retried blindly (the pipeline does
/// not resend unmarked POSTs) and every attempt, in this call or a later one, runs the same look-up first:
/// </para>
/// <list type="number">
/// <item>a message carrying our step key anywhere in the mailbox (the finished draft, or it already sent by the rep): done;</item>
/// <item>otherwise the drafts in the original's conversation (<c>conversationId eq … and isDraft eq true</c>) created at or
/// after the step started (less a clock-skew margin) that carry no step key: the earliest is ours from an earlier
/// attempt, and is adopted: PATCHed with our text, key and category, instead of creating a second one;</item>
/// <item>only when neither exists, createReply, then PATCH.</item>
/// </list>
/// <para>
/// The adoption window starts at <see cref="ThankYouDraftRequest.StepStartedAt"/>, which the sweep persists before the
/// first attempt, so drafts from before this step (including other steps' finished drafts, which carry their own keys)
/// are never taken. A reply the rep starts by hand in that thread between our attempts would be adopted; our text is
/// then put above theirs rather than replacing it, so nothing the rep wrote is lost, and the window is short because
/// the sweep retries within minutes. Any further keyless drafts are left alone, never deleted.
/// </para>
/// </remarks>
internal sealed class ThankYouDrafts(MailboxGraph graph)
{
    /// <summary>Graph's createdDateTime comes from Exchange's clock, ours from the worker's; allow them to disagree a little.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public async Task<EnsuredItem?> FindAsync(string mailbox, ThankYouDraftRequest request, CancellationToken cancellationToken)
    {
        if (await graph.FindMessageIdAsync(mailbox, request.StepKey, cancellationToken) is { } id)
        {
            return new EnsuredItem(id, EnsureOutcome.Found);
        }

        var orphan = await FindOrphanAsync(mailbox, request, cancellationToken);
        return orphan is null ? null : await CompleteAsync(mailbox, orphan, request, EnsureOutcome.Adopted, cancellationToken);
    }

    public async Task<EnsuredItem> CreateAsync(string mailbox, ThankYouDraftRequest request, CancellationToken cancellationToken)
    {
        var draft = await WithOriginalAsync(mailbox, request, id => graph.Client.Users[mailbox].Messages[id].CreateReply.PostAsync(
            new Microsoft.Graph.Users.Item.Messages.Item.CreateReply.CreateReplyPostRequestBody(),
            cancellationToken: cancellationToken), cancellationToken)
            ?? throw new InvalidOperationException("Graph's createReply returned no draft.");
        return await CompleteAsync(mailbox, draft, request, EnsureOutcome.Created, cancellationToken);
    }

    private async Task<Message?> FindOrphanAsync(string mailbox, ThankYouDraftRequest request, CancellationToken cancellationToken)
    {
        var original = await WithOriginalAsync(mailbox, request, id => graph.Client.Users[mailbox].Messages[id].GetAsync(
            r => r.QueryParameters.Select = ["id", "conversationId"], cancellationToken), cancellationToken);
        if (original?.ConversationId is not { } conversationId)
        {
            return null;
        }

        var drafts = await graph.Client.Users[mailbox].Messages.GetAsync(r =>
        {
            r.QueryParameters.Filter = $"conversationId eq '{StepKeyProperty.Escape(conversationId)}' and isDraft eq true";
            r.QueryParameters.Expand = [StepKeyProperty.Expand];
            r.QueryParameters.Select = ["id", "createdDateTime", "isDraft", "body"];
            r.QueryParameters.Top = 50;
        }, cancellationToken);

        var notBefore = request.StepStartedAt - ClockSkew;
        return drafts?.Value?
            .Where(m => m.IsDraft == true && m.CreatedDateTime >= notBefore && StepKeyProperty.ValueOn(m.SingleValueExtendedProperties) is null)
            .OrderBy(m => m.CreatedDateTime)
            .FirstOrDefault();
    }

    // The add-in's id is a regular one, which Exchange changes when the rep files the message ("Obtain immutable
    // identifiers for Outlook resources"); Graph then answers 404 ErrorItemNotFound, and the message is found again by
    // its Message-ID, which no move changes.
    private async Task<T?> WithOriginalAsync<T>(string mailbox, ThankYouDraftRequest request, Func<string, Task<T?>> call, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await call(request.OriginalMessageId);
        }
        catch (ODataError gone) when (gone.ResponseStatusCode == 404 && gone.Error?.Code == "ErrorItemNotFound" && request.OriginalInternetMessageId is not null)
        {
            var moved = (await graph.FindByInternetMessageIdAsync(mailbox, request.OriginalInternetMessageId, ["id"], cancellationToken))?.Id;
            if (moved is null)
            {
                throw;
            }

            return await call(moved);
        }
    }

    // One PATCH sets text, key and category together, so a draft either is complete or still looks like an orphan.
    private async Task<EnsuredItem> CompleteAsync(string mailbox, Message draft, ThankYouDraftRequest request, EnsureOutcome outcome, CancellationToken cancellationToken)
    {
        var id = draft.Id ?? throw new InvalidOperationException("A reply draft without an id.");
        await graph.Client.Users[mailbox].Messages[id].PatchAsync(
            new Message
            {
                Body = new ItemBody
                {
                    ContentType = BodyType.Html,
                    Content = ReplyBody.Prepend(request.Content.HtmlBody, draft.Body?.Content, draft.Body?.ContentType != BodyType.Text),
                },
                Categories = request.Category is null ? null : [request.Category],
                SingleValueExtendedProperties = [StepKeyProperty.For(request.StepKey)],
            },
            cancellationToken: cancellationToken);
        return new EnsuredItem(id, outcome);
    }
}
