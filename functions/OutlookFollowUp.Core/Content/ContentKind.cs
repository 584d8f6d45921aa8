namespace OutlookFollowUp.Core.Content;

public enum ContentKind
{
    Article,
    Tip,
    CaseStudy,
    Testimonial,
    Event,
}
