namespace GameScheduler.Discord.Gateway;

/// <summary>
/// What resuming needs: the session id and resume URL from READY, and the last dispatch sequence seen. Written by the receive
/// loop, read by the heartbeat loop.
/// </summary>
internal sealed class GatewaySession
{
    private readonly Lock stateLock = new();
    private string? id;
    private Uri? resumeUrl;
    private int? sequence;

    public bool CanResume
    {
        get
        {
            lock (stateLock)
            {
                return id is not null && resumeUrl is not null;
            }
        }
    }

    public int? Sequence
    {
        get
        {
            lock (stateLock)
            {
                return sequence;
            }
        }
    }

    public Uri? ResumeUrl
    {
        get
        {
            lock (stateLock)
            {
                return resumeUrl;
            }
        }
    }

    public void Start(string sessionId, Uri resumeGatewayUrl)
    {
        lock (stateLock)
        {
            id = sessionId;
            resumeUrl = resumeGatewayUrl;
        }
    }

    /// <summary>Records a dispatch's sequence number.</summary>
    /// <returns>False for a sequence already seen (a replay overlapping what arrived before), which must not be delivered again.</returns>
    public bool Advance(int received)
    {
        lock (stateLock)
        {
            if (received <= sequence)
            {
                return false;
            }

            sequence = received;
            return true;
        }
    }

    public Resume ResumeCommand(string token)
    {
        lock (stateLock)
        {
            return new Resume(token, id ?? throw new InvalidOperationException("No session to resume."), sequence);
        }
    }

    /// <summary>Forgets the session, so the next connection identifies afresh and sequences start over.</summary>
    public void Clear()
    {
        lock (stateLock)
        {
            id = null;
            resumeUrl = null;
            sequence = null;
        }
    }
}
