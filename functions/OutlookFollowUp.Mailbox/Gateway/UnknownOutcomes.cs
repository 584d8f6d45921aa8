using Microsoft.Extensions.Logging;
using OutlookFollowUp.Mailbox.Requests;

namespace OutlookFollowUp.Mailbox.Gateway;

/// <summary>
/// The look-up-then-create loop every Ensure* runs. A create whose outcome is unknown (connection lost after the
/// request was sent, server error, timeout) is never simply sent again: the next round looks the item up first and
/// only creates if it is still missing. The same holds across calls: the sweep's next attempt at the step starts with
/// the look-up too. A step's first attempt has nothing to find, so its first round goes straight to the create: one
/// request per effect on the happy path.
/// </summary>
internal sealed partial class UnknownOutcomes(ILogger<UnknownOutcomes> logger)
{
    private const int MaxRounds = 3;

    public async Task<EnsuredItem> EnsureAsync(
        string operation,
        string mailbox,
        Func<CancellationToken, Task<EnsuredItem?>> find,
        Func<CancellationToken, Task<EnsuredItem>> create,
        bool claimedBefore,
        CancellationToken cancellationToken)
    {
        for (var round = 1; ; round++)
        {
            try
            {
                return round == 1 && !claimedBefore
                    ? await create(cancellationToken)
                    : await find(cancellationToken) ?? await create(cancellationToken);
            }
            catch (Exception e) when (round < MaxRounds && !cancellationToken.IsCancellationRequested && GraphFailures.IsUnknownOutcome(e))
            {
                LogUnknownOutcome(logger, operation, mailbox, round, e.GetType().Name);
            }
            catch (Exception e) when (GraphFailures.Translate(e, operation, mailbox, cancellationToken) is { } translated)
            {
                throw translated;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Operation} for mailbox {Mailbox}: outcome unknown after round {Round} ({Error}); looking the item up before creating it again")]
    private static partial void LogUnknownOutcome(ILogger logger, string operation, string mailbox, int round, string error);
}
