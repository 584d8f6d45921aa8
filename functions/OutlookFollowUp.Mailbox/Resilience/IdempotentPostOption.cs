using Microsoft.Kiota.Abstractions;

namespace OutlookFollowUp.Mailbox.Resilience;

/// <summary>
/// Marks a POST that may be sent again as it is, because repeating it cannot create a second item: today only the
/// create-event POST, which carries a deterministic transactionId that Graph de-duplicates. The resilience pipeline
/// retries unmarked POSTs only when Graph certainly did not process them (429). Kiota copies request options into
/// <see cref="HttpRequestMessage.Options"/> keyed by their type's full name, which is how the handler finds it.
/// </summary>
internal sealed class IdempotentPostOption : IRequestOption
{
    public static IdempotentPostOption Instance { get; } = new();

    private static readonly HttpRequestOptionsKey<IRequestOption> Key = new(typeof(IdempotentPostOption).FullName!);

    public static bool IsMarked(HttpRequestMessage request) => request.Options.TryGetValue(Key, out _);
}
