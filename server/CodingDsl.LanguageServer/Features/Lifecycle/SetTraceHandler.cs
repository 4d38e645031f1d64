using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Features.Lifecycle;

public sealed class SetTraceHandler : LspHandler<SetTraceParams>
{
    private readonly ServerLog log;

    public SetTraceHandler(ServerLog log)
        : base(LspMethods.SetTrace, isNotification: true)
    {
        this.log = log;
    }

    public override bool AllowedBeforeInitialize => true;

    protected override Task<object?> HandleAsync(SetTraceParams parameters, CancellationToken cancellationToken)
    {
        log.Trace = parameters.Value;
        return Task.FromResult<object?>(null);
    }
}
