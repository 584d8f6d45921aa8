namespace OutlookFollowUp.Core.Replies;

/// <summary>
/// Who an inbound message in the marked thread is from, as far as the plan cares: the prospect's side (the prospect, or
/// a colleague at the same company domain answering for them) or anyone else; and for the prospect's side, whether a
/// person, an autoresponder or some other machine (a delivery report, a mailing list) wrote it.
/// </summary>
public static class ReplyClassifier
{
    public static InboundKind Classify(InboundMessage message, string prospectEmail)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(prospectEmail);

        if (!IsFromProspectSide(message.FromAddress.Trim(), prospectEmail.Trim()))
        {
            return InboundKind.NotFromProspect;
        }

        return AutomaticReplies.KindOf(message);
    }

    private static bool IsFromProspectSide(string from, string prospect)
    {
        if (string.Equals(from, prospect, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var prospectDomain = DomainOf(prospect);
        return prospectDomain is not null
            && !PublicMailDomains.Contains(prospectDomain)
            && string.Equals(DomainOf(from), prospectDomain, StringComparison.OrdinalIgnoreCase);
    }

    private static string? DomainOf(string address)
    {
        var at = address.LastIndexOf('@');
        return at > 0 && at < address.Length - 1 ? address[(at + 1)..] : null;
    }
}
