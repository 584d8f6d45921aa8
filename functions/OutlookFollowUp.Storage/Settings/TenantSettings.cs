using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Core.Reasons;

namespace OutlookFollowUp.Storage.Settings;

/// <summary>
/// A tenant's edits to the defaults: reason overrides, templates (template key → Liquid source, consumed by the
/// composition's template set) and the planning policy. A tenant that never saved anything gets the defaults.
/// </summary>
public sealed record TenantSettings(
    IReadOnlyList<ReasonOverride> ReasonOverrides,
    IReadOnlyDictionary<string, string> Templates,
    PlanningPolicy Policy)
{
    public static TenantSettings Default { get; } = new([], new Dictionary<string, string>(), PlanningPolicy.Default);
}
