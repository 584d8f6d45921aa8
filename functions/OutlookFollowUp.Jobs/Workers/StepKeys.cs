using System.Globalization;

namespace OutlookFollowUp.Jobs.Workers;

/// <summary>The key a step's mailbox item carries (a plan id is 32 hex digits, so the key is short and key-safe).</summary>
public static class StepKeys
{
    public static string For(string planId, int stepNumber) =>
        string.Create(CultureInfo.InvariantCulture, $"{planId}-{stepNumber:D4}");
}
