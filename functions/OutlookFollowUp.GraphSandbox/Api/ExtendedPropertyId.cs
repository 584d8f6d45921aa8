using System.Text.RegularExpressions;

namespace OutlookFollowUp.GraphSandbox.Api;

/// <summary>
/// The id formats of a single-value extended property ("Outlook extended properties overview"): a MAPI type, then
/// either a property set GUID with a string name (<c>String {guid} Name Color</c>) or numeric id
/// (<c>Integer {guid} Id 0x8233</c>), or a property tag (<c>String 0x4001</c>). Graph refuses any other id.
/// </summary>
internal static partial class ExtendedPropertyId
{
    public static bool IsValid(string id) => Pattern().IsMatch(id);

    [GeneratedRegex(
        @"^(Binary|Boolean|CLSID|Currency|Double|Float|Integer|Long|Object|Short|String|SystemTime)(Array)? "
        + @"(\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\} (Name \S.*|Id 0x[0-9a-fA-F]{1,4})|0x[0-9a-fA-F]{4})$")]
    private static partial Regex Pattern();
}
