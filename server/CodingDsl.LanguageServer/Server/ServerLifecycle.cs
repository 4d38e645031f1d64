namespace CodingDsl.LanguageServer.Server;

/// <summary>The LSP lifecycle: created → initialized → shut down → exited, and the process exit code.</summary>
public sealed class ServerLifecycle
{
    private readonly TaskCompletionSource<int> exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile int state;

    private const int Created = 0;
    private const int InitializedState = 1;
    private const int ShutDownState = 2;

    public bool IsInitialized => state >= InitializedState;

    public bool IsShutDown => state >= ShutDownState;

    public Task<int> Exited => exited.Task;

    /// <summary>Marks the server initialized; false when `initialize` was already received.</summary>
    public bool TryInitialize() => Interlocked.CompareExchange(ref state, InitializedState, Created) == Created;

    public void ShutDown() => state = ShutDownState;

    /// <summary>`exit`: code 0 after `shutdown`, 1 without (LSP).</summary>
    public void Exit() => exited.TrySetResult(IsShutDown ? 0 : 1);
}
