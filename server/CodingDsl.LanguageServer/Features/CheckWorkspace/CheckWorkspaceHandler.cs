using Newtonsoft.Json.Linq;
using CodingDsl.Language.Diagnostics;
using CodingDsl.Language.Workspace;
using CodingDsl.LanguageServer.Analysis;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;

namespace CodingDsl.LanguageServer.Features.CheckWorkspace;

/// <summary>
/// `codingdsl/checkWorkspace` {} → counts and each file's diagnostics: every rule file of the workspace
/// (open ones with their editor text) analysed together, as `codingdsl check` would, with the editor settings
/// applied as in the editor's own diagnostics (the tables already loaded are shared).
/// </summary>
public sealed class CheckWorkspaceHandler : ILspHandler
{
    private readonly ServerServices services;

    public CheckWorkspaceHandler(ServerServices services)
    {
        this.services = services;
    }

    public string Method => CodingDslMethods.CheckWorkspace;

    public bool IsNotification => false;

    public async Task<object?> HandleAsync(JToken? parameters, CancellationToken cancellationToken)
    {
        await services.Workspace.Loaded.WaitAsync(cancellationToken).ConfigureAwait(false);
        var snapshot = services.Documents.Snapshot();
        var analyses = await Task.Run(() => WorkspaceAnalyzer.Analyze(snapshot.ToInputs(), new CodingWorkspace(services.Analysis.Configuration) { DisplayRoots = services.Analysis.DisplayRoots }), cancellationToken).ConfigureAwait(false);
        var files = new List<FileDiagnostics>();
        int errors = 0, warnings = 0, infos = 0;
        for (var i = 0; i < analyses.Count; i++)
        {
            var shown = analyses[i].Diagnostics.Where(d => d.Level != DiagnosticLevel.Off).ToArray();
            errors += shown.Count(d => d.Level == DiagnosticLevel.Error);
            warnings += shown.Count(d => d.Level == DiagnosticLevel.Warning);
            infos += shown.Count(d => d.Level == DiagnosticLevel.Info);
            if (shown.Length > 0)
            {
                files.Add(new FileDiagnostics(snapshot.Documents[i].Uri, LspConvert.ToDiagnostics(analyses[i].Text, shown)));
            }
        }
        return new CheckWorkspaceResult(analyses.Count, errors, warnings, infos, files);
    }
}
