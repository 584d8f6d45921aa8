using OutlookFollowUp.Core.Replies;

namespace OutlookFollowUp.Core.Tests.Replies;

public sealed class AutomaticRepliesTests
{
    [Theory]
    [InlineData("Auto-Submitted", "auto-replied")]
    [InlineData("auto-submitted", "auto-generated")]
    [InlineData("Auto-Submitted", "auto-replied; owner-email=\"pat@contoso.com\"")]
    [InlineData("X-Auto-Response-Suppress", "All")]
    [InlineData("x-autoreply", "yes")]
    [InlineData("X-Autorespond", "Out of office")]
    [InlineData("Precedence", "auto_reply")]
    [InlineData("Precedence", "Bulk")]
    [InlineData("Precedence", "junk")]
    public void A_message_with_an_autoresponder_header_is_automatic(string name, string value) =>
        Assert.True(AutomaticReplies.IsAutomatic(Inbound.WithHeader(name, value)));

    [Theory]
    [InlineData("Auto-Submitted", "no")]
    [InlineData("Auto-Submitted", " No ")]
    [InlineData("Precedence", "list")]
    [InlineData("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent")]
    [InlineData("X-MS-Exchange-Inbox-Rules-Loop", "pat@contoso.com")]
    public void A_header_that_a_persons_message_can_carry_is_not_enough(string name, string value) =>
        Assert.False(AutomaticReplies.IsAutomatic(Inbound.WithHeader(name, value)));

    [Theory]
    [InlineData("Automatic reply: RE: Our call")]
    [InlineData("automatic REPLY: RE: Our call")]
    [InlineData("Auto: RE: Our call")]
    [InlineData("Autoreply: RE: Our call")]
    [InlineData("Out of Office: RE: Our call")]
    [InlineData("Out of office RE: Our call")]
    [InlineData("Abwesend: AW: Our call")]
    [InlineData("Abwesenheitsnotiz: AW: Our call")]
    [InlineData("Réponse automatique : RE: Our call")]
    [InlineData("Automatisch antwoord: RE: Our call")]
    [InlineData("Respuesta automática: RE: Our call")]
    [InlineData("Risposta automatica: R: Our call")]
    [InlineData("  Automatic reply: RE: Our call")]
    public void A_message_whose_subject_starts_with_an_automatic_reply_marker_is_automatic(string subject) =>
        Assert.True(AutomaticReplies.IsAutomatic(Inbound.WithSubject(subject)));

    [Fact]
    public void A_real_reply_that_talks_about_automatic_replies_is_not_automatic()
    {
        var reply = Inbound.Message(
            Inbound.Mark.AddHours(1),
            Inbound.Prospect,
            "RE: Our call",
            "My automatic reply is on and I am out of office until Friday, but I wanted to answer you myself.",
            [new("Received", "from mx.contoso.com"), new("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent")]);

        Assert.False(AutomaticReplies.IsAutomatic(reply));
    }

    [Fact]
    public void A_person_answering_about_an_out_of_office_is_not_automatic() =>
        Assert.False(AutomaticReplies.IsAutomatic(Inbound.WithSubject("RE: Out of office next week?")));
}
