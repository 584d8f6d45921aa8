namespace OutlookFollowUp.Core.Composition;

/// <summary>
/// Collects a render's output and stops it once it passes a size, so a template that loops within the step limit
/// still cannot produce a message of unbounded size. Fluid writes through these overloads only.
/// </summary>
internal sealed class BoundedWriter(int maxLength) : StringWriter(System.Globalization.CultureInfo.InvariantCulture)
{
    public override void Write(char value)
    {
        Reserve(1);
        base.Write(value);
    }

    public override void Write(string? value)
    {
        Reserve(value?.Length ?? 0);
        base.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        Reserve(count);
        base.Write(buffer, index, count);
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        Reserve(buffer.Length);
        base.Write(buffer);
    }

    private void Reserve(int count)
    {
        if (GetStringBuilder().Length + count > maxLength)
            throw new SandboxLimitException($"The output is longer than {maxLength} characters.");
    }
}
