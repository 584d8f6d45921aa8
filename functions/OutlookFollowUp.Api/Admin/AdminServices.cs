using OutlookFollowUp.Storage.Content;
using OutlookFollowUp.Storage.Settings;

namespace OutlookFollowUp.Api.Admin;

/// <summary>The services the admin handlers share (bound with <c>[AsParameters]</c>).</summary>
public sealed record AdminServices(IContentLibrary Content, ITenantSettingsStore Settings);
