using System.Diagnostics;
using System.Globalization;

namespace CodingDsl.LanguageServer.Server;

/// <summary>
/// When one incoming message reached the server and moved through it: read from the input, its
/// handler started and ended, its answer written. Traced with the handling time, so bench/lsp can
/// tell a slow handler from a message that waited in the queue before it or behind its own answer's
/// serialisation (measured until now only from outside, with strace).
/// </summary>
internal sealed class MessageTiming(long arrived)
{
    private static readonly AsyncLocal<MessageTiming?> CurrentTiming = new();

    /// <summary>The timing of the message whose handling this code runs in (it flows from dispatch into the handler); null outside one.</summary>
    public static MessageTiming? Current
    {
        get => CurrentTiming.Value;
        set => CurrentTiming.Value = value;
    }

    /// <summary>When the read that brought the message's last bytes returned (<see cref="Stopwatch.GetTimestamp"/>).</summary>
    public long Arrived { get; } = arrived;

    public long Started { get; set; }

    public long Ended { get; set; }

    public long Written { get; set; }

    /// <summary>The trace line's text, kept until the answer is written (a request) or sent at once (a notification).</summary>
    public string? Message { get; set; }

    public string? Verbose { get; set; }

    /// <summary>"arrived → started a ms" and, once written, "ended → written b ms".</summary>
    public string Describe()
    {
        var queued = Elapsed(Arrived, Started);
        return Written == 0
            ? string.Create(CultureInfo.InvariantCulture, $"arrived → started {queued:0.0} ms")
            : string.Create(CultureInfo.InvariantCulture, $"arrived → started {queued:0.0} ms, ended → written {Elapsed(Ended, Written):0.0} ms");
    }

    private static double Elapsed(long from, long to) => from == 0 || to < from ? 0 : Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;
}
