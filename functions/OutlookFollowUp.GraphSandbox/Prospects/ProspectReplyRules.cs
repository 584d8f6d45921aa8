namespace OutlookFollowUp.GraphSandbox.Prospects;

/// <summary>What a simulated prospect reply may ask for; the admin route answers 400 with the same words.</summary>
internal static class ProspectReplyRules
{
    /// <summary>The first rule broken, named by its JSON field, or null when the request is fine.</summary>
    public static RuleBreak? Check(bool automatic, string? text, DateOnly? returnOn, DateOnly today)
    {
        if (automatic && text is not null)
        {
            return new RuleBreak("text", "An automatic reply writes its own text; leave text out.");
        }

        if (!automatic && returnOn is not null)
        {
            return new RuleBreak("returnOn", "Only an automatic (out-of-office) reply has a return date.");
        }

        if (text is not null && (string.IsNullOrWhiteSpace(text) || text.Length > ProspectReplies.MaxText))
        {
            return new RuleBreak("text", $"The reply's text is 1 to {ProspectReplies.MaxText} characters.");
        }

        return returnOn <= today ? new RuleBreak("returnOn", "The return date is after today.") : null;
    }
}

/// <summary>A broken rule: the JSON field at fault and what is wrong with it.</summary>
internal sealed record RuleBreak(string Field, string Message);
