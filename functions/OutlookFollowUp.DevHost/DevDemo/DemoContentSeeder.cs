using OutlookFollowUp.Core.Content;
using OutlookFollowUp.DevHost.DevIdentity;
using OutlookFollowUp.Storage.Content;

namespace OutlookFollowUp.DevHost.DevDemo;

/// <summary>
/// Gives the development tenant a small content library on start-up when it has none, so follow-ups in a local demo
/// have something to match against the prospect's goals. An admin's upload (PUT /api/admin/content) replaces it.
/// </summary>
internal sealed partial class DemoContentSeeder(IContentLibrary library, ILogger<DemoContentSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            if ((await library.ListAsync(DevIdentityHandler.TenantId, cancellationToken)).Count == 0)
            {
                await library.ReplaceAsync(DevIdentityHandler.TenantId, Items, cancellationToken);
                Seeded(Items.Count);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A demo convenience must not keep the host from starting; the API reports storage problems itself.
            NotSeeded(e.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "demo content: {Count} items loaded for the development tenant")]
    private partial void Seeded(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "demo content: not loaded ({Reason})")]
    private partial void NotSeeded(string reason);

    private static readonly IReadOnlyList<ContentItem> Items =
    [
        Item("cost-of-waiting", "What standing still costs: a one-page worksheet", ContentKind.Tip, false,
            "Five questions that put a number on keeping the current process for another year.", "reduce costs", "budget planning"),
        Item("stock-count-checklist", "A stock count that takes a morning, not a weekend", ContentKind.Article, false,
            "A checklist from warehouse managers who halved their counting time without new tools.", "manual stock counts", "reduce costs", "logistics"),
        Item("clinic-scheduling", "Three scheduling habits of clinics with short waiting lists", ContentKind.Article, false,
            "Practical ideas for fuller diaries and fewer no-shows.", "patient experience", "scheduling"),
        Item("retention-playbook", "Keeping customers in year two", ContentKind.Tip, false,
            "What teams with high renewal rates do in the months after the sale.", "customer retention", "grow revenue"),
        Item("harbour-case", "How a regional distributor cut picking errors by a third", ContentKind.CaseStudy, true,
            "A distributor of our size and sector on what changed after switching, and what it cost.", "logistics", "reduce costs", "manual stock counts"),
        Item("payback-story", "Paid back in seven months: a finance director's account", ContentKind.Testimonial, true,
            "Why a mid-sized manufacturer signed after saying no the first time.", "reduce costs", "budget planning"),
        Item("planning-webinar", "Planning next year's operations budget (webinar)", ContentKind.Event, false,
            "A 40-minute session on building a budget case your board will read.", "budget planning", "grow revenue"),
        Item("retail-case", "A retailer's first year with automated replenishment", ContentKind.CaseStudy, true,
            "From weekly stock-outs to none in a quarter, told by the operations lead.", "automation", "customer retention", "logistics"),
    ];

    private static ContentItem Item(string id, string title, ContentKind kind, bool aboutProduct, string summary, params string[] tags) =>
        new()
        {
            Id = id,
            Title = title,
            Url = new Uri($"https://content.example/{id}"),
            Summary = summary,
            Kind = kind,
            Tags = tags,
            AboutProduct = aboutProduct,
        };
}
