using System.Collections.Concurrent;
using OutlookFollowUp.Api.Admin;
using OutlookFollowUp.Core.Composition;
using OutlookFollowUp.Core.Content;
using OutlookFollowUp.Core.Planning;
using OutlookFollowUp.Core.Reasons;
using OutlookFollowUp.Storage.Content;
using OutlookFollowUp.Storage.Settings;

namespace OutlookFollowUp.Jobs.Workers;

/// <summary>
/// A tenant's reasons, templates, policy and content library, read at most once per <see cref="Lifetime"/> per process.
/// A sweep runs hundreds of mailboxes of one tenant; reading the library for each would cost a query per mailbox, and
/// an admin's upload reaches the next steps within half a minute, which is "the library as it is when the step runs".
/// A failed read is not kept.
/// </summary>
public sealed class TenantContentCache(ITenantSettingsStore settings, IContentLibrary library, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<Guid, (DateTimeOffset ReadAt, Lazy<Task<TenantContent>> Content)> _tenants = new();

    public async Task<TenantContent> GetAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var entry = _tenants.AddOrUpdate(tenantId,
            _ => (now, new Lazy<Task<TenantContent>>(() => LoadAsync(tenantId))),
            (_, current) => now - current.ReadAt < Lifetime && !current.Content.Value.IsFaulted
                ? current
                : (now, new Lazy<Task<TenantContent>>(() => LoadAsync(tenantId))));
        return await entry.Content.Value.WaitAsync(cancellationToken);
    }

    // Not cancellable: one read is shared by every step that arrives while it runs.
    private async Task<TenantContent> LoadAsync(Guid tenantId)
    {
        var stored = await settings.GetAsync(tenantId, CancellationToken.None);
        var items = await library.ListAsync(tenantId, CancellationToken.None);
        return new TenantContent(
            ReasonCatalog.Default.WithOverrides(stored.ReasonOverrides),
            new MessageComposer(TemplateCodec.ToTemplateSet(stored.Templates)),
            stored.Policy,
            new ContentMatcher(items));
    }
}

/// <summary>What composing a tenant's messages needs.</summary>
public sealed record TenantContent(ReasonCatalog Catalog, MessageComposer Composer, PlanningPolicy Policy, ContentMatcher Library)
{
    /// <summary>A reason removed since the plan was made reads as "other", so its steps still run.</summary>
    public ReasonDefinition Reason(string code) => Catalog.Contains(code) ? Catalog.Get(code) : Catalog.Get(ReasonCodes.Other);
}
