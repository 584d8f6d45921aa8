using System.Text.Json.Serialization;

namespace OutlookFollowUp.GraphSandbox.Faults;

/// <summary>When a dropped connection happens relative to the request's effect.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DropMode>))]
public enum DropMode
{
    /// <summary>The change is applied, then the connection dies: the client cannot know it worked (an unknown outcome).</summary>
    AfterWrite,

    /// <summary>The connection dies before anything changes: a plain, safely repeatable failure.</summary>
    BeforeWrite,

    /// <summary>Either of the two, chosen at random per drop.</summary>
    Either,
}
