using CodingDsl.LanguageServer.Documents;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using CodingDsl.Language.Configuration;
using CodingDsl.LanguageServer.Analysis;
using CodingDsl.LanguageServer.Protocol;
using CodingDsl.LanguageServer.Server;
using CodingDsl.LanguageServer.Transport;

namespace CodingDsl.LanguageServer.Workspace;

/// <summary>
/// The client's `codingdsl` settings (table paths, severities), handed to the core as
/// <see cref="EditorSettings"/>. Clients that answer workspace/configuration are asked after
/// `initialized` and again on every workspace/didChangeConfiguration (whose payload is then ignored);
/// for the others the payload's `settings.codingdsl` is the settings. New settings re-analyse every
/// document, as a changed codingdsl.json does; settings equal to the last ones change nothing.
/// Diagnostics wait for the first answer (<see cref="ReadyAsync"/>), so a document opened at start is
/// not checked — and the workspace not analysed — once without the settings and again with them.
/// </summary>
public sealed class ClientSettings
{
    public const string Section = "codingdsl";

    /// <summary>How long diagnostics wait for a client that does not answer workspace/configuration.</summary>
    private static readonly TimeSpan FirstAnswerPatience = TimeSpan.FromSeconds(2);

    private readonly ClientConnection client;
    private readonly AnalysisService analysis;
    private readonly DiagnosticsPublisher publisher;
    private readonly WorkspaceFiles workspace;
    private readonly ServerLog log;
    private readonly object gate = new();
    private long requests;
    private string? applied;
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ClientSettings(ClientConnection client, AnalysisService analysis, DiagnosticsPublisher publisher, WorkspaceFiles workspace, ServerLog log)
    {
        this.client = client;
        this.analysis = analysis;
        this.publisher = publisher;
        this.workspace = workspace;
        this.log = log;
    }

    /// <summary>
    /// Completes once the client's first settings are in force: at once for a client that does not
    /// answer workspace/configuration, else when it has answered (or failed to), at most
    /// <see cref="FirstAnswerPatience"/> after the first wait.
    /// </summary>
    public async Task ReadyAsync()
    {
        if (ready.Task.IsCompleted)
        {
            return;
        }
        try
        {
            await ready.Task.WaitAsync(FirstAnswerPatience).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            if (ready.TrySetResult())
            {
                log.Warning($"The client has not answered workspace/configuration within {FirstAnswerPatience.TotalSeconds:0} s; checking without its codingdsl settings until it does.");
            }
        }
    }

    /// <summary>After `initialized`: asks for the settings and to be told when they change.</summary>
    public Task StartAsync() => Guard(async () =>
    {
        var capabilities = client.Capabilities;
        if (capabilities.WorkspaceConfiguration)
        {
            await PullAsync().ConfigureAwait(false);
        }
        ready.TrySetResult();
        if (capabilities.ConfigurationChangeDynamicRegistration)
        {
            await RegisterAsync().ConfigureAwait(false);
        }
    });

    /// <summary>workspace/didChangeConfiguration with its `settings` (any JSON, or null).</summary>
    public Task OnDidChangeAsync(JToken? settings) => Guard(() =>
        client.Capabilities.WorkspaceConfiguration
            ? PullAsync()
            // Clients that push send every section they have: ours is `codingdsl`.
            : ApplyAsync(settings is JObject all ? all[Section] : null));

    private async Task PullAsync()
    {
        var ticket = Interlocked.Increment(ref requests);
        JToken? answer;
        try
        {
            answer = await client.RequestAsync<JToken?>(
                LspMethods.WorkspaceConfiguration, new ConfigurationParams([new ConfigurationItem(Section)]), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            log.Warning($"The client did not answer workspace/configuration ({ex.Message}); the codingdsl settings stay as they were.");
            ready.TrySetResult();
            return;
        }
        if (ticket != Interlocked.Read(ref requests))
        {
            return; // a newer request's answer applies
        }
        if (answer is not JArray { Count: > 0 } values)
        {
            log.Warning($"The client answered workspace/configuration with {Describe(answer)}, not a list with the codingdsl section; the settings stay as they were.");
            ready.TrySetResult();
            return;
        }
        await ApplyAsync(values[0]).ConfigureAwait(false);
    }

    private Task ApplyAsync(JToken? section)
    {
        // Not a setting of the core (the CLI reads whole files): the server's own memory bound.
        var sizeMB = section is JObject values && values["maxDocumentSizeMB"] is JValue { Type: JTokenType.Integer or JTokenType.Float } size ? (double)size : 0;
        var maxLength = sizeMB > 0 ? (int)Math.Min(int.MaxValue / 2, sizeMB * 1024 * 1024) : DocumentStore.DefaultMaxDocumentLength;
        if (analysis.MaxDocumentLength != maxLength)
        {
            analysis.MaxDocumentLength = maxLength;
        }
        // The server's too: how many findings a document's publication carries (0 or not a number: the default).
        var maxDiagnostics = section is JObject limits && limits["maxDiagnosticsPerDocument"] is JValue { Type: JTokenType.Integer or JTokenType.Float } limit ? (int)Math.Clamp((double)limit, 0, int.MaxValue) : 0;
        var limitChanged = publisher.Limit.Set(maxDiagnostics);
        var folder = workspace.Roots.Count > 0 ? workspace.Roots[0] : null;
        var key = $"{folder}\n{section?.ToString(Formatting.None)}";
        EditorSettings settings;
        bool unchanged;
        lock (gate)
        {
            unchanged = key == applied;
            settings = unchanged ? analysis.Configuration.EditorSettings : EditorSettings.FromJson(section, folder);
            if (!unchanged)
            {
                applied = key;
                unchanged = analysis.Configuration.EditorSettings.IsEmpty && settings.IsEmpty;
                analysis.Configuration.SetEditorSettings(settings);
            }
        }
        ready.TrySetResult();
        if (unchanged)
        {
            return limitChanged ? publisher.OnEverythingChangedAsync() : Task.CompletedTask;
        }

        log.Info($"Editor settings: {Summary(settings.Configuration)} (codingdsl.json wins where it sets the same).");
        foreach (var problem in settings.Problems)
        {
            log.Warning(problem.ToString());
        }
        return publisher.OnEverythingChangedAsync();
    }

    private async Task RegisterAsync()
    {
        var options = JToken.FromObject(new DidChangeConfigurationRegistrationOptions(Section), LspJson.Serializer);
        var registration = new Registration("codingdsl-configuration", LspMethods.DidChangeConfiguration, options);
        try
        {
            await client.RequestAsync<JToken?>(LspMethods.RegisterCapability, new RegistrationParams([registration]), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            log.Warning($"The client did not accept a registration for settings changes ({ex.Message}); changed codingdsl settings are seen when the client reports them.");
        }
    }

    private async Task Guard(Func<Task> work)
    {
        try
        {
            await work().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            log.Error($"Applying the codingdsl settings failed: {ex}");
        }
    }

    private static string Summary(CodingDslConfiguration settings)
    {
        static string Count(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";
        return string.Join(", ",
            Count(settings.Opcs.Count, "OPCS-4 table"),
            Count(settings.Icd10.Count, "ICD-10 table"),
            settings.SnomedConceptSnapshot is null ? "no SNOMED CT concept file" : "a SNOMED CT concept file",
            Count(settings.DiagnosticLevels.Count + settings.RuleLevels.Count, "severity override"));
    }

    private static string Describe(JToken? token) => token is null || token.Type == JTokenType.Null ? "nothing" : token.Type.ToString().ToLowerInvariant();
}
