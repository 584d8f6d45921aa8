namespace OutlookFollowUp.Integration.Tests.Sweep;

/// <summary>
/// Kills a simulated worker process at a chosen call into storage or the mailbox gateway: that call either never
/// happens or happens without the worker learning its result (the worst case: an effect with no record of it), and
/// every later call of that "process" fails too, so nothing more is written — as when the host dies.
/// </summary>
internal sealed class CrashSwitch
{
    private int _calls;
    private int _killAt = int.MaxValue;
    private bool _afterEffect;
    private volatile bool _killed;

    public int Calls => Volatile.Read(ref _calls);

    public bool Killed => _killed;

    public void Arm(int callNumber, bool afterEffect)
    {
        _killAt = callNumber;
        _afterEffect = afterEffect;
    }

    public async Task<T> AroundAsync<T>(Func<Task<T>> call)
    {
        var number = Interlocked.Increment(ref _calls);
        ThrowIfKilled();
        if (number == _killAt && !_afterEffect)
        {
            Kill();
        }

        var result = await call();
        if (number == _killAt)
        {
            Kill();
        }

        ThrowIfKilled();
        return result;
    }

    public Task AroundAsync(Func<Task> call) => AroundAsync(async () =>
    {
        await call();
        return true;
    });

    public void ThrowIfKilled()
    {
        if (_killed)
        {
            throw new WorkerKilledException();
        }
    }

    private void Kill()
    {
        _killed = true;
        throw new WorkerKilledException();
    }
}

internal sealed class WorkerKilledException : Exception
{
    public WorkerKilledException() : base("The simulated worker process was killed.")
    {
    }

    public WorkerKilledException(string message) : base(message)
    {
    }

    public WorkerKilledException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
