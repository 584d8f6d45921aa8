using OutlookFollowUp.Core.Replies;

namespace OutlookFollowUp.Core.Tests.Replies;

public sealed class ReplyClassifierTests
{
    private static InboundKind From(string address, string prospect = Inbound.Prospect) =>
        ReplyClassifier.Classify(Inbound.Reply(Inbound.Mark.AddHours(1), from: address), prospect);

    [Fact]
    public void A_message_from_the_prospect_is_a_real_reply() =>
        Assert.Equal(InboundKind.RealReply, From("pat@contoso.com"));

    [Theory]
    [InlineData("Pat@Contoso.COM")]
    [InlineData(" pat@contoso.com ")]
    public void The_prospects_address_matches_whatever_its_case_and_spacing(string address) =>
        Assert.Equal(InboundKind.RealReply, From(address));

    [Fact]
    public void A_colleague_at_the_prospects_company_answering_in_the_thread_is_a_real_reply() =>
        Assert.Equal(InboundKind.RealReply, From("lee.buyer@CONTOSO.com"));

    [Theory]
    [InlineData("sam@fabrikam.com")]
    [InlineData("pat@contoso.com.fabrikam.net")]
    [InlineData("pat@notcontoso.com")]
    [InlineData("contoso.com@fabrikam.com")]
    public void Someone_at_another_domain_is_not_the_prospect(string address) =>
        Assert.Equal(InboundKind.NotFromProspect, From(address));

    [Theory]
    [InlineData("pat.jones@gmail.com", "sam.smith@gmail.com")]
    [InlineData("pat@outlook.com", "sam@outlook.com")]
    [InlineData("pat@hotmail.com", "sam@hotmail.com")]
    [InlineData("pat@yahoo.co.uk", "sam@yahoo.co.uk")]
    [InlineData("pat@icloud.com", "sam@icloud.com")]
    [InlineData("pat@gmx.de", "sam@gmx.de")]
    [InlineData("pat@web.de", "sam@web.de")]
    [InlineData("pat@proton.me", "sam@proton.me")]
    public void Sharing_a_public_mail_domain_does_not_make_someone_the_prospects_colleague(string prospect, string other)
    {
        Assert.Equal(InboundKind.NotFromProspect, From(other, prospect));
        Assert.Equal(InboundKind.RealReply, From(prospect.ToUpperInvariant(), prospect));
    }

    [Fact]
    public void An_out_of_office_from_the_prospects_side_is_an_automatic_reply() =>
        Assert.Equal(InboundKind.AutomaticReply, ReplyClassifier.Classify(Inbound.OutOfOffice(Inbound.Mark.AddHours(1), from: "lee@contoso.com"), Inbound.Prospect));

    [Fact]
    public void An_out_of_office_from_someone_else_on_copy_is_not_from_the_prospect() =>
        Assert.Equal(InboundKind.NotFromProspect, ReplyClassifier.Classify(Inbound.OutOfOffice(Inbound.Mark.AddHours(1), from: "sam@fabrikam.com"), Inbound.Prospect));
}
