using System.Security.Claims;
using OutlookFollowUp.Storage;

namespace OutlookFollowUp.Integration.Tests.Storage;

public sealed class RepIdTests
{
    private static readonly Guid Tenant = Guid.Parse("72f988bf-86f1-41af-91ab-2d7cd011db47");
    private static readonly Guid User = Guid.Parse("00000000-0000-0000-66f3-3332eca7ea81");

    [Theory]
    [InlineData("tid", "oid")]
    [InlineData("http://schemas.microsoft.com/identity/claims/tenantid", "http://schemas.microsoft.com/identity/claims/objectidentifier")]
    public void A_rep_is_read_from_the_tokens_tenant_and_object_id_claims(string tenantClaim, string objectClaim)
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(tenantClaim, Tenant.ToString()), new Claim(objectClaim, User.ToString())], "Bearer"));

        Assert.True(RepId.TryFromClaims(user, out var rep));
        Assert.Equal(new RepId(Tenant, User), rep);
        Assert.Equal("72f988bf86f141af91ab2d7cd011db47_000000000000000066f33332eca7ea81", rep.Key);
    }

    [Theory]
    [InlineData(null, "00000000-0000-0000-66f3-3332eca7ea81")]
    [InlineData("72f988bf-86f1-41af-91ab-2d7cd011db47", "x' or PartitionKey ne '")]
    [InlineData("00000000-0000-0000-0000-000000000000", "00000000-0000-0000-66f3-3332eca7ea81")]
    public void Missing_malformed_or_empty_ids_are_not_a_rep(string? tenantId, string? objectId)
    {
        Assert.False(RepId.TryParse(tenantId, objectId, out _));
    }

    [Fact]
    public void A_reps_key_parses_back_to_the_same_rep()
    {
        var rep = new RepId(Tenant, User);

        Assert.True(RepId.TryParseKey(rep.Key, out var parsed));
        Assert.Equal(rep, parsed);
        Assert.False(RepId.TryParseKey(rep.Key.Replace('_', '|'), out _));
    }
}
