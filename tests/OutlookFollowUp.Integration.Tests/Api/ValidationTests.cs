using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using OutlookFollowUp.Integration.Tests.Azurite;

namespace OutlookFollowUp.Integration.Tests.Api;

[Collection(AzuriteCollection.Name)]
public sealed class ValidationTests(AzuriteFixture azurite) : IDisposable
{
    private readonly ApiFactory _factory = new(azurite);

    public void Dispose() => _factory.Dispose();

    private static string Today(int days) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days).ToString("yyyy-MM-dd");

    /// <summary>Each case breaks one rule of a valid mark; the key names the case, the value the field the 400 must name.</summary>
    private static readonly Dictionary<string, (Action<JsonObject> Break, string Field)> Cases = new()
    {
        ["missing conversation id"] = (m => m.Remove("conversationId"), "conversationId"),
        ["conversation id too long"] = (m => m["conversationId"] = new string('A', 513), "conversationId"),
        ["conversation id with a space"] = (m => m["conversationId"] = "AAQk AD", "conversationId"),
        ["conversation id with a control character"] = (m => m["conversationId"] = "AAQk\u0001AD", "conversationId"),
        ["missing item id"] = (m => m["itemId"] = "", "itemId"),
        ["internet message id too long"] = (m => m["internetMessageId"] = new string('x', 999), "internetMessageId"),
        ["subject too long"] = (m => m["subject"] = new string('s', 513), "subject"),
        ["subject with a control character"] = (m => m["subject"] = "Re:\u0007 bell", "subject"),
        ["missing prospect"] = (m => m.Remove("prospect"), "prospect"),
        ["e-mail without an at sign"] = (m => m["prospect"]!["email"] = "ann.contoso.example", "prospect.email"),
        ["e-mail with a display name"] = (m => m["prospect"]!["email"] = "Ann <ann@contoso.example>", "prospect.email"),
        ["e-mail too long"] = (m => m["prospect"]!["email"] = new string('a', 250) + "@x.io", "prospect.email"),
        ["e-mail missing"] = (m => m["prospect"]!["email"] = null, "prospect.email"),
        ["prospect name too long"] = (m => m["prospect"]!["name"] = new string('n', 201), "prospect.name"),
        ["company too long"] = (m => m["prospect"]!["company"] = new string('c', 201), "prospect.company"),
        ["unknown reason"] = (m => m["reason"] = "maybe-later", "reason"),
        ["missing reason"] = (m => m.Remove("reason"), "reason"),
        ["unknown stage"] = (m => m["stage"] = "closing", "stage"),
        ["stage in the wrong case"] = (m => m["stage"] = "ColdCall", "stage"),
        ["prospect's words too long"] = (m => m["prospectWords"] = new string('w', 2001), "prospectWords"),
        ["too many goals"] = (m => m["tags"]!["goals"] = new JsonArray([.. Enumerable.Range(0, 21).Select(i => (JsonNode?)JsonValue.Create($"goal {i}"))]), "tags.goals"),
        ["a goal too long"] = (m => m["tags"]!["goals"] = new JsonArray("a", "b", "c", new string('g', 51)), "tags.goals[3]"),
        ["an empty challenge"] = (m => m["tags"]!["challenges"] = new JsonArray(" "), "tags.challenges[0]"),
        ["interests that are not a list"] = (m => m["tags"]!["interests"] = 5, "tags.interests"),
        ["callback agreed that is not a boolean"] = (m => m["callbackAgreed"] = "yes", "callbackAgreed"),
        ["callback date in the past"] = (m => m["callbackDate"] = Today(-3), "callbackDate"),
        ["callback date more than two years out"] = (m => m["callbackDate"] = Today(3 * 366), "callbackDate"),
        ["callback date that is not a date"] = (m => m["callbackDate"] = "next week", "callbackDate"),
        ["contract end in the past"] = (m => m["contractEndsOn"] = Today(-40), "contractEndsOn"),
        ["debrief note too long"] = (m => m["debrief"] = new JsonObject { ["note"] = new string('d', 2001) }, "debrief.note"),
        ["missing time zone"] = (m => m.Remove("timeZone"), "timeZone"),
        ["unknown time zone"] = (m => m["timeZone"] = "Mars/Olympus_Mons", "timeZone"),
        // A real zone without a Windows name: an Outlook event could not be booked in it.
        ["time zone Outlook cannot name"] = (m => m["timeZone"] = "Antarctica/Troll", "timeZone"),
        ["working day that is not a day"] = (m => m["workingHours"] = new JsonObject { ["days"] = new JsonArray("monday", "funday") }, "workingHours.days[1]"),
        ["working hours ending before they start"] = (m => m["workingHours"] = new JsonObject { ["start"] = "17:00", ["end"] = "09:00" }, "workingHours.end"),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task A_mark_that_breaks_one_rule_gets_a_400_naming_that_field_and_stores_nothing(string caseName)
    {
        var client = _factory.ClientFor(TestTokens.Rep(Guid.NewGuid()));
        var (breakIt, field) = Cases[caseName];
        var mark = ApiTestHelpers.Mark();
        breakIt(mark);

        var response = await client.PutJsonAsync("/api/plans", mark);

        var errors = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([field], errors.Keys);
        Assert.Equal(0, await client.CountPlansAsync());
    }

    [Fact]
    public async Task Windows_time_zone_ids_from_outlook_are_accepted()
    {
        var client = _factory.ClientFor(TestTokens.Rep(Guid.NewGuid()));
        var mark = ApiTestHelpers.Mark();
        mark["timeZone"] = "Romance Standard Time";

        await client.MarkAsync(mark);
    }

    [Fact]
    public async Task A_body_over_64_KB_gets_413_and_stores_nothing()
    {
        var client = _factory.ClientFor(TestTokens.Rep(Guid.NewGuid()));
        var mark = ApiTestHelpers.Mark();
        mark["prospectWords"] = new string('w', 70 * 1024);

        var response = await client.PutJsonAsync("/api/plans", mark);

        await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, await client.CountPlansAsync());
    }

    [Fact]
    public async Task A_body_that_is_not_json_gets_415()
    {
        var client = _factory.ClientFor(TestTokens.Rep(Guid.NewGuid()));

        var response = await client.PutAsync("/api/plans", new StringContent("conversationId=x", Encoding.UTF8, "application/x-www-form-urlencoded"));

        await response.ProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Malformed_json_gets_a_400_naming_the_body()
    {
        var client = _factory.ClientFor(TestTokens.Rep(Guid.NewGuid()));

        var response = await client.PutAsync("/api/plans", new StringContent("{\"conversationId\": ", Encoding.UTF8, "application/json"));

        var errors = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Single(errors);
    }

    [Theory]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("pageSize=ten", "pageSize")]
    [InlineData("continuation=not-a-token", "continuation")]
    public async Task Bad_paging_parameters_get_a_400_naming_the_parameter(string query, string field)
    {
        var client = _factory.ClientFor(TestTokens.Rep(Guid.NewGuid()));

        var response = await client.GetAsync($"/api/plans?{query}");

        Assert.Equal([field], (await response.ProblemAsync(HttpStatusCode.BadRequest)).Keys);
    }
}
