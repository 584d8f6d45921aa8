using Microsoft.Graph.Models;
using OutlookFollowUp.Mailbox.Requests;

namespace OutlookFollowUp.Mailbox.Gateway;

/// <summary>
/// Follow-up drafts: look up by step key; otherwise one POST /messages that creates the draft with the step key in
/// the same write, so the draft can never exist without its key. That POST is not marked idempotent: after an unknown
/// outcome it is sent again only after a new look-up (see <see cref="UnknownOutcomes"/>).
/// </summary>
internal sealed class FollowUpDrafts(MailboxGraph graph)
{
    public async Task<EnsuredItem?> FindAsync(string mailbox, string stepKey, CancellationToken cancellationToken) =>
        await graph.FindMessageIdAsync(mailbox, stepKey, cancellationToken) is { } id ? new EnsuredItem(id, EnsureOutcome.Found) : null;

    public async Task<EnsuredItem> CreateAsync(string mailbox, FollowUpDraftRequest request, CancellationToken cancellationToken)
    {
        var draft = await graph.Client.Users[mailbox].Messages.PostAsync(
            new Message
            {
                Subject = request.Content.Subject,
                Body = new ItemBody { ContentType = BodyType.Html, Content = request.Content.HtmlBody },
                ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = request.To.Address, Name = request.To.Name ?? request.To.Address } }],
                Categories = request.Category is null ? null : [request.Category],
                SingleValueExtendedProperties = [StepKeyProperty.For(request.StepKey)],
            },
            cancellationToken: cancellationToken);
        return new EnsuredItem(draft?.Id ?? throw new InvalidOperationException("Graph created a draft without an id."), EnsureOutcome.Created);
    }
}
