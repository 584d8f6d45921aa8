using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using OutlookFollowUp.GraphSandbox.State;

namespace OutlookFollowUp.GraphSandbox.Api;

/// <summary>Mail routes: list with $filter, get, create a draft, update a draft, and createReply.</summary>
internal static class MessagesApi
{
    public static IResult List(HttpContext context, GraphSandbox sandbox) => ListWhere(context, sandbox, _ => true);

    public static IResult ListDrafts(HttpContext context, GraphSandbox sandbox) => ListWhere(context, sandbox, m => m.Folder == "drafts");

    public static IResult Get(HttpContext context, GraphSandbox sandbox, string id)
    {
        var expand = ExpandedProperties.Parse(context.Request.Query["$expand"]);
        var json = SandboxRequest.Mailbox(context).WithMessage(id, m => SelectedFields.Apply(context.Request, GraphJson.Message(m, expand, PreferHeader.ImmutableIds(context.Request))));
        return json is null ? GraphErrors.ItemNotFound(sandbox.Time) : Results.Json(json);
    }

    /// <summary>POST /messages: a new draft in the Drafts folder, extended properties included in the same write.</summary>
    public static async Task<IResult> Create(HttpContext context, GraphSandbox sandbox)
    {
        var body = await RequestBody.ReadAsync(context.Request);
        if (body is null)
        {
            return GraphErrors.BadRequest("RequestBodyRead", "The request body is not a JSON object.", sandbox.Time);
        }

        var now = sandbox.Time.GetUtcNow();
        var draft = new SandboxMessage
        {
            Id = SandboxIds.NewItemId(),
            ConversationId = SandboxIds.NewConversationId(),
            CreatedAt = now,
            LastModifiedAt = now,
            Folder = "drafts",
            IsDraft = true,
            From = FromOwner(context),
        };
        try
        {
            Apply(draft, body);
        }
        catch (FormatException e)
        {
            return GraphErrors.BadRequest("ErrorInvalidRequest", e.Message, sandbox.Time);
        }

        SandboxRequest.Mailbox(context).AddMessage(draft);
        sandbox.Counters.DraftCreated();
        return Results.Json(GraphJson.Message(draft, ExpandedProperties.None, PreferHeader.ImmutableIds(context.Request)), statusCode: StatusCodes.Status201Created);
    }

    /// <summary>PATCH /messages/{id}: writable properties replaced, extended properties added or overwritten by id.</summary>
    public static async Task<IResult> Update(HttpContext context, GraphSandbox sandbox, string id)
    {
        var body = await RequestBody.ReadAsync(context.Request);
        if (body is null)
        {
            return GraphErrors.BadRequest("RequestBodyRead", "The request body is not a JSON object.", sandbox.Time);
        }

        try
        {
            var json = SandboxRequest.Mailbox(context).WithMessage(id, m =>
            {
                Apply(m, body);
                m.LastModifiedAt = sandbox.Time.GetUtcNow();
                return GraphJson.Message(m, ExpandedProperties.None, PreferHeader.ImmutableIds(context.Request));
            });
            return json is null ? GraphErrors.ItemNotFound(sandbox.Time) : Results.Json(json);
        }
        catch (FormatException e)
        {
            return GraphErrors.BadRequest("ErrorInvalidRequest", e.Message, sandbox.Time);
        }
    }

    /// <summary>
    /// POST /messages/{id}/createReply: a reply draft in the same conversation, addressed to the original sender, with
    /// the original quoted below an optional comment. Like Graph, every call creates another draft: it is not idempotent.
    /// </summary>
    public static async Task<IResult> CreateReply(HttpContext context, GraphSandbox sandbox, string id)
    {
        var body = await RequestBody.ReadAsync(context.Request) ?? [];
        // "message: createReply": a comment or the message's body, never both (400 Bad Request).
        if (!string.IsNullOrEmpty((string?)body["comment"]) && body["message"] is JsonObject { } withBody && withBody.ContainsKey("body"))
        {
            return GraphErrors.BadRequest("ErrorInvalidRequest", "Specify either a comment or the body of the message, not both.", sandbox.Time);
        }

        var mailbox = SandboxRequest.Mailbox(context);
        var now = sandbox.Time.GetUtcNow();
        var reply = mailbox.WithMessage(id, original => new SandboxMessage
        {
            Id = SandboxIds.NewItemId(),
            ConversationId = original.ConversationId,
            CreatedAt = now,
            LastModifiedAt = now,
            Folder = "drafts",
            IsDraft = true,
            Subject = original.Subject.StartsWith("RE:", StringComparison.OrdinalIgnoreCase) ? original.Subject : "RE: " + original.Subject,
            BodyContent = QuotedReply((string?)body["comment"], original),
            From = FromOwner(context),
            ToRecipients = original.From is null ? [] : [original.From],
        });
        if (reply is null)
        {
            return GraphErrors.ItemNotFound(sandbox.Time);
        }

        if (body["message"] is JsonObject message)
        {
            try
            {
                Apply(reply, message);
            }
            catch (FormatException e)
            {
                return GraphErrors.BadRequest("ErrorInvalidRequest", e.Message, sandbox.Time);
            }
        }

        mailbox.AddMessage(reply);
        sandbox.Counters.ReplyCreated();
        return Results.Json(GraphJson.Message(reply, ExpandedProperties.None, PreferHeader.ImmutableIds(context.Request)), statusCode: StatusCodes.Status201Created);
    }

    private static IResult ListWhere(HttpContext context, GraphSandbox sandbox, Func<SandboxMessage, bool> scope)
    {
        ODataFilter filter;
        ODataOrderBy order;
        try
        {
            filter = ODataFilter.Parse(context.Request.Query["$filter"]);
            order = ODataOrderBy.Parse(context.Request.Query["$orderby"]);
        }
        catch (FormatException e)
        {
            return GraphErrors.BadRequest("ErrorInvalidUrlQueryFilter", e.Message, sandbox.Time);
        }

        if (!order.FitsFilter(context.Request.Query["$filter"]))
        {
            return GraphErrors.BadRequest("InefficientFilter", "The restriction or sort order is too complex for this operation.", sandbox.Time);
        }

        var expand = ExpandedProperties.Parse(context.Request.Query["$expand"]);
        var found = SandboxRequest.Mailbox(context).Messages(m => scope(m) && filter.Matches(m), m => (Key: order.KeyOf(m), Json: SelectedFields.Apply(context.Request, GraphJson.Message(m, expand, PreferHeader.ImmutableIds(context.Request)))));
        return Results.Json(Paging.Page(context.Request, order.Sort(found, m => m.Key), m => m.Json));
    }

    private static void Apply(SandboxMessage message, JsonObject body)
    {
        // Read first: a bad flag or property id must be refused before anything else is changed.
        var properties = GraphJson.ExtendedProperties(body["singleValueExtendedProperties"]);
        if (GraphJson.FlagStatus(body["flag"]) is { } flag)
        {
            message.FlagStatus = flag;
        }

        if (body.ContainsKey("subject"))
        {
            message.Subject = (string?)body["subject"] ?? "";
        }

        if (body["body"] is JsonObject content)
        {
            message.BodyContentType = ((string?)content["contentType"] ?? "text").ToLowerInvariant();
            message.BodyContent = (string?)content["content"] ?? "";
        }

        if (GraphJson.Recipients(body["toRecipients"]) is { } to)
        {
            message.ToRecipients = to;
        }

        if (GraphJson.StringList(body["categories"]) is { } categories)
        {
            message.Categories = categories;
        }

        foreach (var (id, value) in properties)
        {
            message.Properties.Set(id, value);
        }
    }

    private static SandboxRecipient FromOwner(HttpContext context)
    {
        var user = SandboxRequest.Mailbox(context).User;
        return new SandboxRecipient(user.UserPrincipalName, user.DisplayName);
    }

    // Outlook-like reply body: the comment, a rule, a short header of the original, then the original body.
    private static string QuotedReply(string? comment, SandboxMessage original)
    {
        var from = original.From is null ? "" : WebUtility.HtmlEncode($"{original.From.Name} <{original.From.Address}>");
        var sent = original.CreatedAt.ToString("R", CultureInfo.InvariantCulture);
        return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            + $"<div>{WebUtility.HtmlEncode(comment ?? "")}</div><hr style=\"display:inline-block;width:98%\">"
            + $"<div id=\"divRplyFwdMsg\"><b>From:</b> {from}<br><b>Sent:</b> {sent}<br><b>Subject:</b> {WebUtility.HtmlEncode(original.Subject)}</div>"
            + $"<div>{original.BodyContent}</div></body></html>";
    }
}
