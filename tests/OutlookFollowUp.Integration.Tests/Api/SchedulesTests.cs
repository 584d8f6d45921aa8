using Microsoft.Extensions.Configuration;
using OutlookFollowUp.Api.Hosting;
using OutlookFollowUp.DevHost.Jobs;
using OutlookFollowUp.Integration.Tests.Azurite;

namespace OutlookFollowUp.Integration.Tests.Api;

[Collection(AzuriteCollection.Name)]
public sealed class SchedulesTests(AzuriteFixture azurite)
{
    [Fact]
    public void The_default_schedules_are_six_field_cron_expressions()
    {
        var schedules = new JobSchedules();
        schedules.Read(new ConfigurationBuilder().Build());

        Assert.Equal([Schedules.Sweep, Schedules.Replies], schedules.ByName.Keys);
        var midnight = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        Assert.Equal(midnight.AddMinutes(5), schedules[Schedules.Sweep].GetNextOccurrence(midnight));
        Assert.Equal(midnight.AddMinutes(2), schedules[Schedules.Replies].GetNextOccurrence(midnight));
    }

    [Fact]
    public void A_configured_schedule_replaces_the_default()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Schedules:Sweep", "30 * * * * *")]).Build();

        var schedules = new JobSchedules();
        schedules.Read(configuration);
        var sweep = schedules[Schedules.Sweep];

        Assert.Equal(new DateTime(2026, 1, 1, 0, 0, 30, DateTimeKind.Utc), sweep.GetNextOccurrence(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void The_dev_host_refuses_to_start_with_a_schedule_that_is_not_six_field_cron()
    {
        using var factory = new ApiFactory(azurite, new Dictionary<string, string?> { ["Schedules:Sweep"] = "*/5 * * * *" });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Schedules__Sweep", error.ToString(), StringComparison.Ordinal);
    }
}
