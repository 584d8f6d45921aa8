namespace OutlookFollowUp.Core.Reasons;

/// <summary>The reasons in force for one tenant: the defaults with that tenant's overrides applied.</summary>
public sealed class ReasonCatalog
{
    private readonly Dictionary<string, ReasonDefinition> _byCode;

    private ReasonCatalog(IEnumerable<ReasonDefinition> reasons)
    {
        Reasons = [.. reasons];
        _byCode = Reasons.ToDictionary(r => r.Code, StringComparer.Ordinal);
    }

    public static ReasonCatalog Default { get; } = new(DefaultReasons.All);

    public IReadOnlyList<ReasonDefinition> Reasons { get; }

    public bool Contains(string code) => _byCode.ContainsKey(code);

    public ReasonDefinition Get(string code) =>
        _byCode.TryGetValue(code, out var reason)
            ? reason
            : throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown reason code.");

    /// <summary>
    /// The label people read for a code; the code itself for one this catalog does not know (a plan marked with a
    /// reason that has since been removed still shows something meaningful).
    /// </summary>
    public string LabelOf(string code) => _byCode.TryGetValue(code, out var reason) ? reason.Label : code;

    /// <summary>Applies a tenant's overrides. Overrides for unknown codes are rejected rather than silently dropped.</summary>
    public ReasonCatalog WithOverrides(IEnumerable<ReasonOverride> overrides)
    {
        var merged = new Dictionary<string, ReasonDefinition>(_byCode, StringComparer.Ordinal);
        foreach (var o in overrides)
        {
            var current = Get(o.Code);
            merged[o.Code] = current with
            {
                Label = o.Label ?? current.Label,
                Hint = o.Hint ?? current.Hint,
                CallbackWindow = o.CallbackWindow ?? current.CallbackWindow,
                FollowUpDays = o.FollowUpDays ?? current.FollowUpDays,
                SuggestedOpening = o.SuggestedOpening ?? current.SuggestedOpening,
                ThankYouByDefault = o.ThankYouByDefault ?? current.ThankYouByDefault,
            };
        }

        return new ReasonCatalog(Reasons.Select(r => merged[r.Code]));
    }
}
