using OutlookFollowUp.Core.Planning;

namespace OutlookFollowUp.Core.Composition;

/// <summary>
/// What a template is filled with. The derived records are the only kinds (the members that feed templates are
/// internal), and each lists the variable names its templates can use. Every model offers:
/// <c>rep_name</c>, <c>prospect_name</c>, <c>prospect_first_name</c>, <c>prospect_company</c>, <c>prospect_email</c>.
/// <see cref="ReasonCode"/> selects a per-reason template variant when there is one.
/// </summary>
public abstract record MessageModel(string ReasonCode, string RepName, Prospect Prospect)
{
    public abstract StepKind Kind { get; }

    internal virtual void Describe(TemplateVariables variables) =>
        variables
            .Text("rep_name", RepName, FieldLimits.Name)
            .Text("prospect_name", Prospect.Name, FieldLimits.Name)
            .Text("prospect_first_name", FirstName(Prospect.Name), FieldLimits.Name)
            .Text("prospect_company", Prospect.Company, FieldLimits.Name)
            .Text("prospect_email", Prospect.Email, FieldLimits.Email);

    // A greeting reads naturally with the first name; the rep reviews every draft, so an odd case is caught there.
    private static string? FirstName(string? name) =>
        name?.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
}
