using System.Globalization;
using OutlookFollowUp.Core.Replies;

namespace OutlookFollowUp.Core.Tests.Replies;

public sealed class ReturnDateReaderTests
{
    /// <summary>Tuesday.</summary>
    private static readonly DateOnly ReceivedOn = new(2026, 12, 1);

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("I am back on Monday 11 January.", "2027-01-10")]
    [InlineData("I'll be back in the office on Monday, January 11th, 2027.", "2027-01-10")]
    [InlineData("Returning on 2027-01-12.", "2027-01-11")]
    [InlineData("I will be back January 12th and will reply then.", "2027-01-11")]
    [InlineData("I will return on the 14th of December.", "2026-12-13")]
    [InlineData("I'm back tomorrow.", "2026-12-01")]
    [InlineData("I will be available again from 7 Dec.", "2026-12-06")]
    [InlineData("Ab dem 11.01.2027 bin ich wieder im Büro.", "2027-01-10")]
    [InlineData("Ich bin am Montag, den 11. Januar 2027 wieder erreichbar.", "2027-01-10")]
    [InlineData("Ich bin wieder erreichbar am Montag, den 11. Januar 2027.", "2027-01-10")]
    [InlineData("Zurück am 14.12.", "2026-12-13")]
    public void Back_on_a_day_means_away_until_the_day_before(string text, string expected) =>
        Assert.Equal(Day(expected), ReturnDateReader.LastDayAway(text, ReceivedOn));

    [Theory]
    [InlineData("I am out of the office until 12/01/2027.", "2027-01-12")]
    [InlineData("I am out of the office until 12/25/2026.", "2026-12-25")]
    [InlineData("Out of the office until 12.01.2027, no access to email.", "2027-01-12")]
    [InlineData("Ich bin bis zum 12.01.2027 nicht im Büro.", "2027-01-12")]
    [InlineData("Ich bin bis einschließlich 18. Dezember im Urlaub.", "2026-12-18")]
    [InlineData("Out through December 18.", "2026-12-18")]
    [InlineData("On leave till 18 Dec 2026.", "2026-12-18")]
    [InlineData("I'm out until Friday.", "2026-12-04")]
    [InlineData("I'm out until Tuesday.", "2026-12-08")]
    [InlineData("Ich bin bis Freitag unterwegs.", "2026-12-04")]
    [InlineData("I am away from 21 December to 4 January.", "2027-01-04")]
    [InlineData("Ich bin vom 21.12. bis 04.01.2027 im Urlaub.", "2027-01-04")]
    public void Until_a_day_means_away_until_that_day(string text, string expected) =>
        Assert.Equal(Day(expected), ReturnDateReader.LastDayAway(text, ReceivedOn));

    [Fact]
    public void A_date_without_a_year_is_the_next_one_so_back_in_January_read_in_December_is_next_year() =>
        Assert.Equal(new DateOnly(2027, 1, 4), ReturnDateReader.LastDayAway("I will be back on 5 January.", new DateOnly(2026, 12, 20)));

    [Fact]
    public void A_weekday_named_on_that_same_weekday_is_a_week_away() =>
        Assert.Equal(new DateOnly(2026, 12, 11), ReturnDateReader.LastDayAway("Out until Friday.", new DateOnly(2026, 12, 4)));

    [Fact]
    public void When_the_text_states_several_return_dates_the_latest_counts() =>
        Assert.Equal(
            new DateOnly(2027, 1, 11),
            ReturnDateReader.LastDayAway("I am out until 8 January. Back in the office on Tuesday 12 January.", ReceivedOn));

    [Theory]
    [InlineData("I am currently out of the office with limited access to email.")]
    [InlineData("I will get back to you as soon as possible.")]
    [InlineData("Until then, please contact sales@contoso.com.")]
    [InlineData("I was out until 3 November 2026 and am catching up.")]
    [InlineData("Our contract runs until 12 January 2028.")]
    [InlineData("Back on 1 November.")]
    [InlineData("Ich bin ab dem 21.12. im Urlaub.")]
    [InlineData("I am away from 21 December.")]
    [InlineData("Ich bin am 24.12. nicht im Büro.")]
    [InlineData("Back at my desk until 17.30 today.")]
    [InlineData("")]
    public void A_text_without_a_usable_return_date_gives_none(string text) =>
        Assert.Null(ReturnDateReader.LastDayAway(text, ReceivedOn));
}
