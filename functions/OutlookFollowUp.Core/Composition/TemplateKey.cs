using OutlookFollowUp.Core.Planning;

namespace OutlookFollowUp.Core.Composition;

/// <summary>
/// Which template a message uses: a step kind, optionally narrowed to one reason. A key without a reason is the
/// kind's default, used whenever no variant exists for the reason at hand.
/// </summary>
public readonly record struct TemplateKey(StepKind Kind, string? ReasonCode = null)
{
    public bool IsKindDefault => ReasonCode is null;

    /// <summary>"follow-up" or "follow-up/price": readable in logs and in error messages to admins.</summary>
    public override string ToString() => ReasonCode is null ? KindName(Kind) : $"{KindName(Kind)}/{ReasonCode}";

    /// <summary>Reads back what <see cref="ToString"/> wrote; false for anything else.</summary>
    public static bool TryParse(string? text, out TemplateKey key)
    {
        key = default;
        var parts = (text ?? "").Split('/');
        if (parts.Length > 2 || (parts.Length == 2 && parts[1].Length == 0))
        {
            return false;
        }

        foreach (var kind in Enum.GetValues<StepKind>())
        {
            if (string.Equals(KindName(kind), parts[0], StringComparison.Ordinal))
            {
                key = new TemplateKey(kind, parts.Length == 2 ? parts[1] : null);
                return true;
            }
        }

        return false;
    }

    private static string KindName(StepKind kind) => kind switch
    {
        StepKind.ThankYou => "thank-you",
        StepKind.FollowUp => "follow-up",
        StepKind.Callback => "callback",
        _ => kind.ToString(),
    };
}
