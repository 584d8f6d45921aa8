using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OutlookFollowUp.Api.Contracts;
using OutlookFollowUp.Core.Content;
using OutlookFollowUp.Integration.Tests.Azurite;
using OutlookFollowUp.Storage.Content;

namespace OutlookFollowUp.Integration.Tests.Api;

[Collection(AzuriteCollection.Name)]
public sealed class AdminTests : IDisposable
{
    private readonly ApiFactory _factory;
    private readonly HttpClient _admin;

    public AdminTests(AzuriteFixture azurite)
    {
        _factory = new(azurite);
        _admin = _factory.ClientFor(TestTokens.Admin(Guid.NewGuid()));
    }

    public void Dispose() => _factory.Dispose();

    private Task<IReadOnlyList<ContentItem>> LibraryAsync() =>
        _factory.Services.GetRequiredService<IContentLibrary>().ListAsync(TestTokens.TenantId);

    private static JsonObject Item(string id, string url = "https://example.com/guide") => new()
    {
        ["id"] = id,
        ["title"] = "A guide to cutting churn",
        ["url"] = url,
        ["summary"] = "Five habits of teams that keep their customers.",
        ["kind"] = "case-study",
        ["tags"] = new JsonArray("Churn", "retention"),
        ["aboutProduct"] = false,
    };

    [Fact]
    public async Task An_admin_loads_the_content_library_as_json()
    {
        var response = await _admin.PutJsonAsync("/api/admin/content", new JsonArray(Item("churn-guide"), Item("pricing-101", "https://example.com/pricing")));

        await response.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(2, (await response.ReadAsync<ContentUploadResponse>()).Count);
        var library = await LibraryAsync();
        Assert.Equal(["churn-guide", "pricing-101"], library.Select(i => i.Id));
        Assert.Equal(ContentKind.CaseStudy, library[0].Kind);
        Assert.Equal(["churn", "retention"], library[0].Tags);
    }

    [Fact]
    public async Task An_admin_loads_the_content_library_as_csv_with_quoted_fields()
    {
        const string csv = "id,title,url,summary,kind,tags,aboutProduct\r\n"
            + "churn-guide,\"Churn, explained\",https://example.com/churn,\"A \"\"practical\"\" guide\nin two lines\",article,churn;retention,false\r\n"
            + "demo-day,Demo day,https://example.com/demo,,event,events,true\r\n";

        var response = await _admin.PutAsync("/api/admin/content", new StringContent(csv, Encoding.UTF8, "text/csv"));

        await response.ShouldBeAsync(HttpStatusCode.OK);
        var library = await LibraryAsync();
        Assert.Equal(2, library.Count);
        Assert.Equal("Churn, explained", library[0].Title);
        Assert.Equal("A \"practical\" guide\nin two lines", library[0].Summary);
        Assert.True(library[1].AboutProduct);
        Assert.Equal(ContentKind.Event, library[1].Kind);
    }

    [Fact]
    public async Task A_csv_row_with_a_bad_link_is_400_naming_its_line_and_nothing_is_loaded()
    {
        const string csv = "id,title,url\nok,Fine,https://example.com/ok\nbad,Bad,javascript:alert(1)\n";

        var response = await _admin.PutAsync("/api/admin/content", new StringContent(csv, Encoding.UTF8, "text/csv"));

        Assert.Equal(["line 3.url"], (await response.ProblemAsync(HttpStatusCode.BadRequest)).Keys);
        Assert.Empty(await LibraryAsync());
    }

    [Fact]
    public async Task A_json_item_with_an_unknown_kind_or_a_duplicate_id_is_400_naming_the_item()
    {
        var bad = Item("b");
        bad["kind"] = "podcast";

        var response = await _admin.PutJsonAsync("/api/admin/content", new JsonArray(Item("a"), bad, Item("a")));

        var errors = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["[1].kind", "[2].id"], errors.Keys.Order());
        Assert.Empty(await LibraryAsync());
    }

    [Fact]
    public async Task After_a_missing_item_each_error_still_names_its_own_item()
    {
        var untitled = Item("c");
        untitled["title"] = "";

        var response = await _admin.PutJsonAsync("/api/admin/content", new JsonArray(Item("a"), null, untitled));

        var errors = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["[1]", "[2].title"], errors.Keys.Order());
        Assert.Empty(await LibraryAsync());
    }

    [Fact]
    public async Task Content_in_another_format_is_415()
    {
        var response = await _admin.PutAsync("/api/admin/content", new StringContent("<items/>", Encoding.UTF8, "application/xml"));

        await response.ProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Reason_overrides_change_the_catalog_the_reps_of_that_tenant_see()
    {
        var overrides = new JsonArray(new JsonObject
        {
            ["code"] = "price",
            ["label"] = "Budget / price",
            ["callbackWindow"] = new JsonObject { ["fromDays"] = 30, ["toDays"] = 45 },
            ["followUpDays"] = new JsonArray(7, 21),
        });

        await (await _admin.PutJsonAsync("/api/admin/reasons", overrides)).ShouldBeAsync(HttpStatusCode.OK);

        var saved = await (await _admin.GetAsync("/api/admin/reasons")).ReadAsync<ReasonOverrideDto[]>();
        Assert.Equal("Budget / price", Assert.Single(saved).Label);
        var catalog = await (await _factory.ClientFor(TestTokens.Rep(Guid.NewGuid())).GetAsync("/api/reasons")).ReadAsync<ReasonsResponse>();
        var price = catalog.Reasons.Single(r => r.Code == "price");
        Assert.Equal(("Budget / price", 30, 45), (price.Label, price.CallbackWindow.FromDays, price.CallbackWindow.ToDays));
        Assert.Equal([7, 21], price.FollowUpDays);
        Assert.Equal(OutlookFollowUp.Core.Reasons.ReasonCatalog.Default.Get("no-need").Label, catalog.Reasons.Single(r => r.Code == "no-need").Label);
    }

    [Theory]
    [InlineData("""[{"code":"maybe"}]""", "[0].code")]
    [InlineData("""[{"code":"price"},{"code":"price"}]""", "[1].code")]
    [InlineData("""[{"code":"price","callbackWindow":{"fromDays":50,"toDays":10}}]""", "[0].callbackWindow.toDays")]
    [InlineData("""[{"code":"price","followUpDays":[10,5]}]""", "[0].followUpDays[1]")]
    [InlineData("""[{"code":"price","label":"   "}]""", "[0].label")]
    public async Task Bad_reason_overrides_are_400_naming_the_field_and_nothing_changes(string body, string field)
    {
        var response = await _admin.PutAsync("/api/admin/reasons", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal([field], (await response.ProblemAsync(HttpStatusCode.BadRequest)).Keys);
        Assert.Empty(await (await _admin.GetAsync("/api/admin/reasons")).ReadAsync<ReasonOverrideDto[]>());
    }

    [Fact]
    public async Task An_admin_saves_a_template_and_reads_it_back()
    {
        var templates = new JsonArray(new JsonObject
        {
            ["kind"] = "follow-up",
            ["reasonCode"] = "price",
            ["subject"] = "Something useful for you",
            ["htmlBody"] = "<p>Hello,</p><p>I thought this might help.</p>",
        });

        await (await _admin.PutJsonAsync("/api/admin/templates", templates)).ShouldBeAsync(HttpStatusCode.OK);

        var saved = Assert.Single(await (await _admin.GetAsync("/api/admin/templates")).ReadAsync<TemplateDto[]>());
        Assert.Equal(("follow-up", "price", "Something useful for you"), (saved.Kind, saved.ReasonCode, saved.Subject));
    }

    [Fact]
    public async Task A_template_the_sandbox_refuses_is_400_naming_its_field()
    {
        var templates = new JsonArray(new JsonObject
        {
            ["kind"] = "thank-you",
            ["subject"] = "Thanks",
            ["htmlBody"] = "<p>{{ \"<b>\" | raw }}</p>",
        });

        var response = await _admin.PutJsonAsync("/api/admin/templates", templates);

        Assert.Equal(["[0].htmlBody"], (await response.ProblemAsync(HttpStatusCode.BadRequest)).Keys);
        Assert.Empty(await (await _admin.GetAsync("/api/admin/templates")).ReadAsync<TemplateDto[]>());
    }
}
