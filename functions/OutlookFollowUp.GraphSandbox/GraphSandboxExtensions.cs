using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OutlookFollowUp.GraphSandbox.Api;

namespace OutlookFollowUp.GraphSandbox;

/// <summary>Mounts the sandbox in any ASP.NET Core host: the dev host, or a test's own WebApplication.</summary>
public static class GraphSandboxExtensions
{
    public static IServiceCollection AddGraphSandbox(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new GraphSandbox(sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    /// <summary>
    /// Maps the Graph v1.0 subset under <paramref name="prefix"/> (point <c>Graph__BaseUrl</c> at it) and the sandbox's
    /// own page and knobs under <paramref name="adminPrefix"/>.
    /// </summary>
    public static IEndpointRouteBuilder MapGraphSandbox(this IEndpointRouteBuilder endpoints, string prefix = "/graph/v1.0", string adminPrefix = "/sandbox")
    {
        var users = endpoints.MapGroup(prefix + "/users/{user}").AddEndpointFilter<GraphRequestFilter>().ExcludeFromDescription();
        users.MapGet("/mailboxSettings", MailboxSettingsApi.Get).WithMetadata(RequiresAppRole.ReadMailboxSettings);
        users.MapGet("/events", EventsApi.List).WithMetadata(RequiresAppRole.ReadCalendar);
        users.MapPost("/events", EventsApi.Create).WithMetadata(RequiresAppRole.WriteCalendar);
        users.MapGet("/events/{id}", EventsApi.Get).WithMetadata(RequiresAppRole.ReadCalendar);
        users.MapGet("/calendarView", EventsApi.CalendarView).WithMetadata(RequiresAppRole.ReadCalendar);
        users.MapGet("/messages", MessagesApi.List).WithMetadata(RequiresAppRole.ReadMail);
        users.MapPost("/messages", MessagesApi.Create).WithMetadata(RequiresAppRole.WriteMail);
        users.MapGet("/messages/{id}", MessagesApi.Get).WithMetadata(RequiresAppRole.ReadMail);
        users.MapPatch("/messages/{id}", MessagesApi.Update).WithMetadata(RequiresAppRole.WriteMail);
        users.MapPost("/messages/{id}/createReply", MessagesApi.CreateReply).WithMetadata(RequiresAppRole.WriteMail);
        users.MapGet("/mailFolders/drafts/messages", MessagesApi.ListDrafts).WithMetadata(RequiresAppRole.ReadMail);
        // No permission check on sending: the app never holds Mail.Send, and RefusedApi answers as Graph then does,
        // counting the attempt so tests can assert there was none.
        users.MapPost("/messages/{id}/send", RefusedApi.Send);
        users.MapPost("/messages/{id}/reply", RefusedApi.Send);
        users.MapPost("/messages/{id}/replyAll", RefusedApi.Send);
        users.MapPost("/messages/{id}/forward", RefusedApi.Send);
        users.MapPost("/sendMail", RefusedApi.Send);
        users.MapMethods("/{**rest}", [HttpMethods.Get, HttpMethods.Post, HttpMethods.Patch, HttpMethods.Put, HttpMethods.Delete], RefusedApi.NotImplemented);

        var admin = endpoints.MapGroup(adminPrefix).ExcludeFromDescription();
        admin.MapGet("/", AdminApi.Page);
        admin.MapGet("/faults", AdminApi.GetFaults);
        admin.MapPost("/faults", AdminApi.SetFaults);
        admin.MapPost("/faults/scripted", AdminApi.ScriptFault);
        admin.MapPost("/reset", AdminApi.Reset);
        admin.MapGet("/counters", AdminApi.Counters);
        admin.MapPost("/mailboxes/{user}/prospect-reply", ProspectReplyApi.Post);
        return endpoints;
    }
}
