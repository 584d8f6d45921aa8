using Microsoft.Graph.Models;

namespace OutlookFollowUp.Mailbox.Gateway;

/// <summary>
/// The single-value extended property every item we create carries: the step's key, under a named property in our own
/// property set. It survives moves, sending (a sent draft keeps it in Sent Items) and immutable-id changes, so it is
/// how an attempt finds what an earlier attempt created.
/// </summary>
internal static class StepKeyProperty
{
    /// <summary>MAPI named property "FollowUpStepKey" in Outlook Follow-Up's property set (a fixed GUID of our own).</summary>
    public const string Id = "String {6f1d2c3b-8a4e-4b7f-9e21-5c0d7a9b3e64} Name FollowUpStepKey";

    /// <summary>The namespace of the transactionIds derived from step keys (see <see cref="DeterministicGuid"/>).</summary>
    public static readonly Guid TransactionNamespace = new("a3c5e7f9-1b2d-4e6f-8a0c-2d4f6b8e0a1c");

    public const int MaxKeyLength = 200;

    /// <summary>
    /// $filter for items carrying this key. Keys are our own hashed values, not user text, but quotes are still
    /// doubled as OData requires, so no key can change the filter's meaning.
    /// </summary>
    public static string Filter(string stepKey) =>
        $"singleValueExtendedProperties/Any(ep: ep/id eq '{Id}' and ep/value eq '{Escape(stepKey)}')";

    /// <summary>$expand that returns just this property, so a lookup can tell our items from others.</summary>
    public static string Expand { get; } = $"singleValueExtendedProperties($filter=id eq '{Id}')";

    public static SingleValueLegacyExtendedProperty For(string stepKey) => new() { Id = Id, Value = stepKey };

    public static string? ValueOn(IEnumerable<SingleValueLegacyExtendedProperty>? properties) =>
        properties?.FirstOrDefault(p => string.Equals(p.Id?.Trim(), Id, StringComparison.OrdinalIgnoreCase))?.Value;

    public static string TransactionIdFor(string stepKey) => DeterministicGuid.Create(TransactionNamespace, stepKey).ToString();

    public static string Escape(string literal) => literal.Replace("'", "''", StringComparison.Ordinal);

    public static void Validate(string stepKey)
    {
        if (string.IsNullOrWhiteSpace(stepKey) || stepKey.Length > MaxKeyLength || stepKey.Any(char.IsControl))
        {
            throw new ArgumentException($"A step key is 1 to {MaxKeyLength} printable characters.", nameof(stepKey));
        }
    }
}
