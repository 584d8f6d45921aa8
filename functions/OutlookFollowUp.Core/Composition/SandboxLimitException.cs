namespace OutlookFollowUp.Core.Composition;

/// <summary>Raised inside a render when a template exceeds a size limit; turned into a <see cref="TemplateException"/>.</summary>
internal sealed class SandboxLimitException(string message) : Exception(message);
