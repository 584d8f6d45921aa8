using OutlookFollowUp.Core.Replies;
using OutlookFollowUp.Core.Scheduling;

namespace OutlookFollowUp.Core.Tests.Replies;

public sealed class ReplyCheckTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneResolver.Resolve("Europe/Paris");

    private static ReplyDecision Decide(params InboundMessage[] messages) =>
        ReplyCheck.Decide(messages, Inbound.Prospect, Inbound.Mark, Paris);

    [Fact]
    public void A_thread_with_nothing_new_from_the_prospect_needs_nothing_done() =>
        Assert.IsType<ReplyDecision.Nothing>(Decide(Inbound.Reply(Inbound.Mark.AddHours(2), from: "sam@fabrikam.com")));

    [Fact]
    public void A_real_reply_re_engages_the_plan()
    {
        var reply = Inbound.Reply(Inbound.Mark.AddDays(3));

        Assert.Equal(new ReplyDecision.Reengaged(reply), Decide(reply));
    }

    [Fact]
    public void A_real_reply_outweighs_out_of_office_notes_before_and_after_it()
    {
        var reply = Inbound.Reply(Inbound.Mark.AddDays(3));

        var decision = Decide(
            Inbound.OutOfOffice(Inbound.Mark.AddDays(1), "Back on Monday 7 December."),
            reply,
            Inbound.OutOfOffice(Inbound.Mark.AddDays(5), "Back on Monday 4 January."));

        Assert.Equal(new ReplyDecision.Reengaged(reply), decision);
    }

    [Fact]
    public void The_earliest_real_reply_is_the_one_the_plan_records_whatever_the_order_graph_returned()
    {
        var first = Inbound.Reply(Inbound.Mark.AddDays(2), from: "lee@contoso.com");
        var second = Inbound.Reply(Inbound.Mark.AddDays(4));

        Assert.Equal(new ReplyDecision.Reengaged(first), Decide(second, first));
    }

    [Fact]
    public void Messages_at_or_before_the_last_check_are_not_looked_at_again() =>
        Assert.IsType<ReplyDecision.Nothing>(Decide(
            Inbound.Reply(Inbound.Mark.AddDays(-1)),
            Inbound.Reply(Inbound.Mark),
            Inbound.OutOfOffice(Inbound.Mark.AddTicks(-1), "Back on 4 January.")));

    [Fact]
    public void An_out_of_office_with_a_return_date_says_the_prospect_is_away_until_then()
    {
        var note = Inbound.OutOfOffice(Inbound.Mark.AddHours(1), "I am out of the office until 18 December.");

        Assert.Equal(new ReplyDecision.Away(note, new DateOnly(2026, 12, 18), Stated: true), Decide(note));
    }

    [Fact]
    public void An_out_of_office_without_a_date_counts_as_a_week_away_from_the_day_it_arrived_in_the_reps_zone()
    {
        // 02:00 UTC on 3 December is still 2 December in New York.
        var note = Inbound.OutOfOffice(new DateTimeOffset(2026, 12, 3, 2, 0, 0, TimeSpan.Zero));

        var decision = ReplyCheck.Decide([note], Inbound.Prospect, Inbound.Mark, TimeZoneResolver.Resolve("America/New_York"));

        Assert.Equal(new ReplyDecision.Away(note, new DateOnly(2026, 12, 9), Stated: false), decision);
    }

    [Fact]
    public void Among_several_out_of_office_notes_the_latest_stated_return_wins_and_the_newest_note_is_reported()
    {
        var longer = Inbound.OutOfOffice(Inbound.Mark.AddHours(1), "Back on Monday 11 January.");
        var shorter = Inbound.OutOfOffice(Inbound.Mark.AddDays(2), "Out until Friday.", from: "lee@contoso.com");
        var undated = Inbound.OutOfOffice(Inbound.Mark.AddDays(3));

        Assert.Equal(new ReplyDecision.Away(undated, new DateOnly(2027, 1, 10), Stated: true), Decide(shorter, undated, longer));
    }
}
