namespace OutlookFollowUp.GraphSandbox.State;

/// <summary>What the sandbox's $filter evaluator can ask of an event or a message.</summary>
internal interface ISandboxItem
{
    string? StringProperty(string name);

    bool? BoolProperty(string name);

    DateTimeOffset? DateProperty(string name);

    /// <summary>The value of a single-value extended property, matched by id the way Exchange does: ignoring case.</summary>
    string? ExtendedProperty(string id);
}
