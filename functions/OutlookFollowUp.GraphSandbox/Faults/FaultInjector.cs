namespace OutlookFollowUp.GraphSandbox.Faults;

/// <summary>Decides, per request, which fault (if any) the sandbox plays: scripted faults first, then the random rates.</summary>
internal sealed class FaultInjector
{
    private readonly Lock gate = new();
    private readonly List<(ScriptedFault Fault, int Remaining)> scripted = [];
    private SandboxFaults faults = SandboxFaults.None;
    private Random random = new(SandboxFaults.None.Seed);

    public SandboxFaults Current
    {
        get
        {
            lock (gate)
            {
                return faults;
            }
        }
    }

    /// <summary>Replaces the knobs and restarts the random sequence from the new seed, so runs are reproducible.</summary>
    public void Set(SandboxFaults value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (gate)
        {
            faults = value;
            random = new Random(value.Seed);
        }
    }

    public void Script(ScriptedFault fault)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fault.Times, 1);
        lock (gate)
        {
            scripted.Add((fault, fault.Times));
        }
    }

    public void ClearScripted()
    {
        lock (gate)
        {
            scripted.Clear();
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            scripted.Clear();
            faults = SandboxFaults.None;
            random = new Random(faults.Seed);
        }
    }

    public TimeSpan NextLatency()
    {
        lock (gate)
        {
            var jitter = faults.LatencyJitterMs > 0 ? random.Next(faults.LatencyJitterMs + 1) : 0;
            return TimeSpan.FromMilliseconds(faults.LatencyMs + jitter);
        }
    }

    public FaultKind Decide(string mailboxId, string mailboxUpn, string method, string path)
    {
        lock (gate)
        {
            for (var i = 0; i < scripted.Count; i++)
            {
                var (fault, remaining) = scripted[i];
                if (Matches(fault, mailboxId, mailboxUpn, method, path))
                {
                    if (remaining <= 1)
                    {
                        scripted.RemoveAt(i);
                    }
                    else
                    {
                        scripted[i] = (fault, remaining - 1);
                    }

                    return fault.Kind;
                }
            }

            if (faults.FailingMailboxes.Any(m => IsMailbox(m, mailboxId, mailboxUpn)))
            {
                return FaultKind.ServiceUnavailable;
            }

            var roll = random.NextDouble();
            if (roll < faults.ThrottleRate)
            {
                return FaultKind.Throttle;
            }

            roll -= faults.ThrottleRate;
            if (roll < faults.ServerErrorRate)
            {
                return FaultKind.ServiceUnavailable;
            }

            roll -= faults.ServerErrorRate;
            if (roll < faults.DropRate)
            {
                return faults.DropMode switch
                {
                    DropMode.BeforeWrite => FaultKind.DropBeforeWrite,
                    DropMode.AfterWrite => FaultKind.DropAfterWrite,
                    _ => random.Next(2) == 0 ? FaultKind.DropBeforeWrite : FaultKind.DropAfterWrite,
                };
            }

            return FaultKind.None;
        }
    }

    private static bool Matches(ScriptedFault fault, string mailboxId, string mailboxUpn, string method, string path) =>
        (fault.Method is null || fault.Method.Equals(method, StringComparison.OrdinalIgnoreCase))
        && (fault.PathEndsWith is null || path.EndsWith(fault.PathEndsWith, StringComparison.OrdinalIgnoreCase))
        && (fault.Mailbox is null || IsMailbox(fault.Mailbox, mailboxId, mailboxUpn));

    private static bool IsMailbox(string wanted, string id, string upn) =>
        wanted.Equals(id, StringComparison.OrdinalIgnoreCase) || wanted.Equals(upn, StringComparison.OrdinalIgnoreCase);
}
