using System.IO.Pipelines;
using System.Text;
using Microsoft.AspNetCore.Http.Features;

namespace GameScheduler.Api.Tests.Realtime;

/// <summary>An HTTP context whose response body the test reads as the client would, and whose abort it observes.</summary>
internal sealed class StreamHarness
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly Pipe _body;
    private readonly Lifetime _lifetime = new();
    private readonly StringBuilder _received = new();

    /// <param name="clientBufferBytes">How much the client side holds unread before writes block, as a full socket does.</param>
    public StreamHarness(long clientBufferBytes = 1 << 20)
    {
        _body = new Pipe(new PipeOptions(pauseWriterThreshold: clientBufferBytes, resumeWriterThreshold: clientBufferBytes / 2));
        Context = new DefaultHttpContext();
        Context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(_body.Writer.AsStream()));
        Context.Features.Set<IHttpRequestLifetimeFeature>(_lifetime);
    }

    public DefaultHttpContext Context { get; }

    public bool Aborted => _lifetime.Aborted;

    /// <summary>Reads until the text received so far contains <paramref name="expected"/>; calls <paramref name="tick"/> between reads.</summary>
    public async Task<string> ReadUntilAsync(string expected, Action? tick = null)
    {
        using var deadline = new CancellationTokenSource(Timeout);
        while (!_received.ToString().Contains(expected, StringComparison.Ordinal))
        {
            tick?.Invoke();
            using var poll = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token);
            poll.CancelAfter(TimeSpan.FromMilliseconds(20));
            try
            {
                var read = await _body.Reader.ReadAsync(poll.Token);
                _received.Append(Encoding.UTF8.GetString(read.Buffer));
                _body.Reader.AdvanceTo(read.Buffer.End);
            }
            catch (OperationCanceledException) when (!deadline.IsCancellationRequested)
            {
                // Nothing yet: tick and look again.
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"'{expected}' was not written within {Timeout}. Received: {_received}");
            }
        }

        return _received.ToString();
    }

    /// <summary>What was written since the last read, without waiting for more.</summary>
    public string ReadAvailable()
    {
        if (!_body.Reader.TryRead(out var read))
        {
            return "";
        }

        var text = Encoding.UTF8.GetString(read.Buffer);
        _received.Append(text);
        _body.Reader.AdvanceTo(read.Buffer.End);
        return text;
    }

    private sealed class Lifetime : IHttpRequestLifetimeFeature
    {
        private readonly CancellationTokenSource _aborted = new();

        public bool Aborted { get; private set; }

        public CancellationToken RequestAborted
        {
            get => _aborted.Token;
            set => throw new NotSupportedException();
        }

        public void Abort()
        {
            Aborted = true;
            _aborted.Cancel();
        }
    }
}
