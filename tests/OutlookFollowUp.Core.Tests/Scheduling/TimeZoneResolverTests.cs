using OutlookFollowUp.Core.Scheduling;

namespace OutlookFollowUp.Core.Tests.Scheduling;

public sealed class TimeZoneResolverTests
{
    [Theory]
    [InlineData("Pacific Standard Time", "America/Los_Angeles")]
    [InlineData("Romance Standard Time", "Europe/Paris")]
    [InlineData("W. Europe Standard Time", "Europe/Berlin")]
    [InlineData("Eastern Standard Time", "America/New_York")]
    [InlineData("Tonga Standard Time", "Pacific/Tongatapu")]
    [InlineData("Samoa Standard Time", "Pacific/Apia")]
    [InlineData("Hawaiian Standard Time", "Pacific/Honolulu")]
    [InlineData("AUS Eastern Standard Time", "Australia/Sydney")]
    public void A_Windows_id_resolves_to_the_same_offsets_as_its_IANA_id_all_year(string windowsId, string ianaId)
    {
        var windows = TimeZoneResolver.Resolve(windowsId);
        var iana = TimeZoneResolver.Resolve(ianaId);

        for (var instant = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero); instant.Year == 2026; instant = instant.AddHours(6))
        {
            Assert.Equal(iana.GetUtcOffset(instant), windows.GetUtcOffset(instant));
        }
    }

    [Theory]
    [InlineData("Pacific/Apia", 13)]
    [InlineData("Tonga Standard Time", 13)]
    [InlineData("Pacific/Honolulu", -10)]
    [InlineData("Hawaiian Standard Time", -10)]
    public void Reps_at_the_edges_of_the_map_get_their_real_offset(string id, int hours)
    {
        var zone = TimeZoneResolver.Resolve(id);

        Assert.Equal(TimeSpan.FromHours(hours), zone.GetUtcOffset(new DateTimeOffset(2026, 11, 23, 15, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void An_unknown_id_is_rejected_with_an_exception_that_names_it()
    {
        var error = Assert.Throws<UnknownTimeZoneException>(() => TimeZoneResolver.Resolve("Mars/Olympus_Mons"));

        Assert.Equal("Mars/Olympus_Mons", error.TimeZoneId);
        Assert.Equal("timeZoneId", error.ParamName);
        Assert.Contains("Mars/Olympus_Mons", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<ArgumentException>(error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("../../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("Europe/Paris\0")]
    [InlineData("Pacific Standard Time<script>")]
    public void Try_resolve_says_no_to_anything_that_is_not_a_time_zone(string? id)
    {
        Assert.False(TimeZoneResolver.TryResolve(id, out var zone));
        Assert.Null(zone);
    }

    [Fact]
    public void Try_resolve_says_no_to_a_very_long_id() =>
        Assert.False(TimeZoneResolver.TryResolve(new string('x', 100_000), out _));

    [Theory]
    [InlineData("Europe/Paris")]
    [InlineData("Romance Standard Time")]
    [InlineData("UTC")]
    public void Try_resolve_finds_IANA_and_Windows_ids(string id)
    {
        Assert.True(TimeZoneResolver.TryResolve(id, out var zone));
        Assert.NotNull(zone);
    }

    [Theory]
    [InlineData("Asia/Kolkata", "India Standard Time")]
    [InlineData("Europe/Paris", "Romance Standard Time")]
    [InlineData("America/Los_Angeles", "Pacific Standard Time")]
    [InlineData("Pacific Standard Time", "Pacific Standard Time")]
    [InlineData("UTC", "UTC")]
    [InlineData("Etc/UTC", "UTC")]
    public void Outlook_gets_the_Windows_name_of_a_zone(string id, string windows) =>
        Assert.Equal(windows, TimeZoneResolver.WindowsIdOf(id));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("Not A Standard Time")]
    public void A_zone_without_a_Windows_name_has_none(string? id) =>
        Assert.Null(TimeZoneResolver.WindowsIdOf(id));
}
