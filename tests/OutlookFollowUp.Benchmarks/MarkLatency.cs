using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using OutlookFollowUp.Testing;

namespace OutlookFollowUp.Benchmarks;

/// <summary>
/// The latency of marking a "no" (<c>PUT /api/plans</c>, a new thread each time: token validation, validation,
/// tenant settings, planning inputs, the plan builder, one plan transaction and the due index) beside a bare Table
/// upsert of one ~1 KB entity, measured in the same run against the same Azurite, interleaved one by one so both see
/// the same machine. The API runs in-process (test server, no sockets); Azurite is reached over loopback HTTP.
/// </summary>
internal static class MarkLatency
{
    private const string Audience = "api://outlook-follow-up-benchmark";
    private static readonly Guid Tenant = new("be0c4000-0000-4000-8000-000000000001");
    private static readonly Guid Rep = new("be0c4000-0000-4000-8000-000000000002");

    public static async Task<int> RunAsync(string[] args)
    {
        var requests = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 500;
        const int warmup = 30;

        Console.WriteLine($"mark-latency: {requests} requests after {warmup} warm-up, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        await using var azurite = await AzuriteProcess.StartAsync();
        var key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "bench" };
        // WebApplicationFactory finds the host's content root through this variable outside a test project.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_OUTLOOKFOLLOWUP_DEVHOST",
            Path.Combine(RepositoryRoot.Find(), "functions", "OutlookFollowUp.DevHost"));
        await using var factory = new Factory(azurite.ConnectionString, key);
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(key));

        var table = new TableClient(azurite.ConnectionString, "benchbareupsert");
        await table.CreateIfNotExistsAsync();
        var payload = new string('x', 1024);

        var marks = new List<double>(requests);
        var remarks = new List<double>(requests);
        var upserts = new List<double>(requests);
        for (var i = 0; i < warmup + requests; i++)
        {
            var measured = i >= warmup;
            var conversation = $"AAQkBench/{i.ToString(CultureInfo.InvariantCulture)}+=";

            var mark = await TimeAsync(async () => Expect(await client.PutAsync("/api/plans", Mark(conversation)), HttpStatusCode.Created));
            var remark = await TimeAsync(async () => Expect(await client.PutAsync("/api/plans", Mark(conversation)), HttpStatusCode.OK));
            var upsert = await TimeAsync(async () =>
                await table.UpsertEntityAsync(new TableEntity("bench", i.ToString("D8", CultureInfo.InvariantCulture)) { ["Payload"] = payload }, TableUpdateMode.Replace));
            if (measured)
            {
                marks.Add(mark);
                remarks.Add(remark);
                upserts.Add(upsert);
            }
        }

        var (markP50, markP95) = (Percentile(marks, 50), Percentile(marks, 95));
        var (remarkP50, remarkP95) = (Percentile(remarks, 50), Percentile(remarks, 95));
        var (upsertP50, upsertP95) = (Percentile(upserts, 50), Percentile(upserts, 95));
        Console.WriteLine();
        Console.WriteLine("                                   median ms    p95 ms");
        Console.WriteLine($"mark a \"no\" (PUT /api/plans, new)   {markP50,9:F2} {markP95,9:F2}");
        Console.WriteLine($"re-mark, unchanged (no write)       {remarkP50,9:F2} {remarkP95,9:F2}");
        Console.WriteLine($"bare Table upsert (1 KB entity)     {upsertP50,9:F2} {upsertP95,9:F2}");
        Console.WriteLine($"ratio mark / bare upsert            {markP50 / upsertP50,9:F1}x {markP95 / upsertP95,8:F1}x");
        var tenth = Math.Max(1, requests / 10);
        Console.WriteLine(
            $"mark median, first {tenth} vs last {tenth} (the rep's other plans grow): {Percentile(marks[..tenth], 50):F2} ms vs {Percentile(marks[^tenth..], 50):F2} ms");
        return 0;
    }

    private static async Task<double> TimeAsync(Func<Task> action)
    {
        var started = Stopwatch.GetTimestamp();
        await action();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private static void Expect(HttpResponseMessage response, HttpStatusCode status)
    {
        if (response.StatusCode != status)
        {
            throw new InvalidOperationException($"Expected {status}, got {response.StatusCode}: {response.Content.ReadAsStringAsync().Result}");
        }
    }

    private static double Percentile(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    private static StringContent Mark(string conversationId) => new($$"""
        {
          "conversationId": "{{conversationId}}",
          "itemId": "AAMkBench-item",
          "internetMessageId": "<bench@mail.example.com>",
          "subject": "Re: Our proposal",
          "prospect": { "email": "ann.smith@contoso.example", "name": "Ann Smith", "company": "Contoso" },
          "reason": "price",
          "stage": "proposal",
          "prospectWords": "More than we can spend this year.",
          "tags": { "goals": ["grow recurring revenue"], "challenges": ["churn"], "interests": ["sailing"] },
          "callbackAgreed": true,
          "timeZone": "Europe/Paris"
        }
        """, Encoding.UTF8, "application/json");

    private static string Token(SecurityKey key) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = $"https://login.microsoftonline.com/{Tenant}/v2.0",
        Audience = Audience,
        Claims = new Dictionary<string, object> { ["tid"] = Tenant.ToString(), ["oid"] = Rep.ToString(), ["scp"] = "access_as_user" },
        Expires = DateTime.UtcNow.AddHours(2),
        SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
    });

    /// <summary>The dev host with real token validation against a local signing key (as in the integration tests).</summary>
    private sealed class Factory(string connectionString, SecurityKey key) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Benchmark");
            builder.UseSetting("Storage:ConnectionString", connectionString);
            builder.UseSetting("Storage:TablePrefix", "bench");
            builder.UseSetting("Api:Audience", Audience);
            builder.UseSetting("Api:TenantId", Tenant.ToString());
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.ConfigureTestServices(services => services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
            {
                var configuration = new OpenIdConnectConfiguration { Issuer = $"https://login.microsoftonline.com/{Tenant}/v2.0" };
                configuration.SigningKeys.Add(key);
                options.Configuration = configuration;
                options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
            }));
        }
    }
}
