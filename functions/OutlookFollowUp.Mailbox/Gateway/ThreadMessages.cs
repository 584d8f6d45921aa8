using System.Globalization;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using OutlookFollowUp.Mailbox.Requests;
using Header = System.Collections.Generic.KeyValuePair<string, string>;

namespace OutlookFollowUp.Mailbox.Gateway;

/// <summary>
/// The reply check's reads and writes in a thread: the messages received in a conversation since an instant, in one
/// request, and the flag and categories put on a prospect's reply so the rep sees it in Outlook.
/// </summary>
internal sealed class ThreadMessages(MailboxGraph graph)
{
    private const int MaxMessages = ThreadMessage.MaxPerRead;

    private static readonly string[] Fields =
        ["id", "from", "receivedDateTime", "subject", "body", "uniqueBody", "internetMessageHeaders", "categories"];

    /// <summary>
    /// The conversationId of the marked message as Graph names it, by its id, else by its Message-ID when the id died
    /// in a move (404 ErrorItemNotFound); null when neither finds it.
    /// </summary>
    public async Task<string?> ConversationOfAsync(string mailbox, string messageId, string? internetMessageId, CancellationToken cancellationToken)
    {
        try
        {
            var message = await graph.Client.Users[mailbox].Messages[messageId].GetAsync(r => r.QueryParameters.Select = ["conversationId"], cancellationToken);
            return message?.ConversationId;
        }
        catch (ODataError gone) when (gone.ResponseStatusCode == 404 && gone.Error?.Code == "ErrorItemNotFound")
        {
            return internetMessageId is null
                ? null
                : (await graph.FindByInternetMessageIdAsync(mailbox, internetMessageId, ["conversationId"], cancellationToken))?.ConversationId;
        }
    }

    public async Task<IReadOnlyList<ThreadMessage>> GetAsync(string mailbox, string conversationId, DateTimeOffset receivedAfter, CancellationToken cancellationToken)
    {
        // Graph refuses to sort a filtered list unless the sort property leads the filter ("InefficientFilter"), and
        // compares instants to the second in its examples; the exact bound is applied below.
        var after = receivedAfter.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var page = await graph.Client.Users[mailbox].Messages.GetAsync(r =>
        {
            r.QueryParameters.Filter = $"receivedDateTime gt {after} and conversationId eq '{StepKeyProperty.Escape(conversationId)}' and isDraft eq false";
            r.QueryParameters.Orderby = ["receivedDateTime asc"];
            r.QueryParameters.Select = Fields;
            r.QueryParameters.Top = MaxMessages;
        }, cancellationToken);

        var messages = new List<ThreadMessage>();
        while (page is not null)
        {
            messages.AddRange((page.Value ?? []).Select(Read).OfType<ThreadMessage>().Where(m => m.ReceivedAt > receivedAfter));

            // Graph may return fewer than $top with a nextLink; follow it only until a full batch is in hand.
            if (messages.Count >= MaxMessages || page.OdataNextLink is not { } next)
            {
                break;
            }

            page = await graph.Client.Users[mailbox].Messages.WithUrl(next).GetAsync(cancellationToken: cancellationToken);
        }

        return [.. messages.OrderBy(m => m.ReceivedAt).Take(MaxMessages)];
    }

    // Setting both properties to given values makes the PATCH safe for the pipeline to repeat.
    public Task FlagAsync(string mailbox, string messageId, IReadOnlyList<string> categories, CancellationToken cancellationToken) =>
        graph.Client.Users[mailbox].Messages[messageId].PatchAsync(
            new Message
            {
                Flag = new FollowupFlag { FlagStatus = FollowupFlagStatus.Flagged },
                Categories = [.. categories],
            },
            cancellationToken: cancellationToken);

    // Received mail always has an id and a received time; anything without them is not a reply we could act on.
    private static ThreadMessage? Read(Message m) =>
        m.Id is null || m.ReceivedDateTime is not { } received
            ? null
            : new ThreadMessage(
                m.Id,
                m.From?.EmailAddress?.Address,
                m.From?.EmailAddress?.Name,
                received,
                m.Subject ?? "",
                MessageText.Of(string.IsNullOrWhiteSpace(m.UniqueBody?.Content) ? m.Body : m.UniqueBody, ThreadMessage.MaxBodyText),
                [.. (m.InternetMessageHeaders ?? []).Where(h => h.Name is not null).Select(h => new Header(h.Name!, h.Value ?? ""))],
                [.. m.Categories ?? []]);
}
