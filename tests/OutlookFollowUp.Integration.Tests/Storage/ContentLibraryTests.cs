using OutlookFollowUp.Core.Content;
using OutlookFollowUp.Integration.Tests.Azurite;
using OutlookFollowUp.Storage.Content;

namespace OutlookFollowUp.Integration.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class ContentLibraryTests(AzuriteFixture azurite) : IDisposable
{
    private readonly StorageHarness _storage = new(azurite);
    private IContentLibrary Library => _storage.Get<IContentLibrary>();

    private static ContentItem Item(string id, string title = "Cutting export paperwork", bool aboutProduct = false) => new()
    {
        Id = id,
        Title = title,
        Url = new Uri($"https://example.com/articles/{id}?ref=follow-up#top"),
        Summary = "Five steps that cut the time to clear customs.",
        Kind = ContentKind.CaseStudy,
        Tags = ["grow exports", "logistics", "size:50-200"],
        AboutProduct = aboutProduct,
    };

    [Fact]
    public async Task A_library_round_trips_item_by_item()
    {
        var tenant = Guid.NewGuid();
        ContentItem[] items = [Item("b.2"), Item("a-1", "Our platform", aboutProduct: true)];

        await Library.ReplaceAsync(tenant, items);

        var read = await Library.ListAsync(tenant);
        Assert.Equal(items.OrderBy(i => i.Id, StringComparer.Ordinal).Select(Describe), read.Select(Describe));
    }

    [Fact]
    public async Task Replacing_a_library_removes_items_not_in_the_new_one_and_keeps_other_tenants_apart()
    {
        var tenant = Guid.NewGuid();
        var neighbour = Guid.NewGuid();
        await Library.ReplaceAsync(neighbour, [Item("n")]);
        await Library.ReplaceAsync(tenant, [.. Enumerable.Range(0, 150).Select(i => Item($"old-{i}"))]);

        await Library.ReplaceAsync(tenant, [Item("old-7", "Retitled"), Item("new")]);

        Assert.Equal(["new", "old-7"], (await Library.ListAsync(tenant)).Select(i => i.Id));
        Assert.Equal("Retitled", (await Library.ListAsync(tenant))[1].Title);
        Assert.Equal(["n"], (await Library.ListAsync(neighbour)).Select(i => i.Id));
    }

    [Fact]
    public async Task Upserting_items_keeps_the_rest_of_the_library()
    {
        var tenant = Guid.NewGuid();
        await Library.ReplaceAsync(tenant, [Item("a"), Item("b")]);

        await Library.UpsertAsync(tenant, [Item("b", "New title"), Item("c")]);

        var read = await Library.ListAsync(tenant);
        Assert.Equal(["a", "b", "c"], read.Select(i => i.Id));
        Assert.Equal("New title", read[1].Title);
    }

    private static string Describe(ContentItem i) =>
        $"{i.Id}|{i.Title}|{i.Url}|{i.Summary}|{i.Kind}|{string.Join(",", i.Tags)}|{i.AboutProduct}";

    public void Dispose() => _storage.Dispose();
}
