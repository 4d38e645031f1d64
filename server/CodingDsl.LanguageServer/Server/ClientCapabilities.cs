using Newtonsoft.Json.Linq;

namespace CodingDsl.LanguageServer.Server;

/// <summary>The few client capability flags the server acts on, read from the raw `initialize` capabilities.</summary>
public sealed class ClientCapabilities
{
    public static readonly ClientCapabilities None = new(null);

    public ClientCapabilities(JObject? raw)
    {
        WatchedFilesDynamicRegistration = Flag(raw, "workspace.didChangeWatchedFiles.dynamicRegistration");
        PullDiagnostics = raw?.SelectToken("textDocument.diagnostic") is JObject;
        DiagnosticRefresh = Flag(raw, "workspace.diagnostics.refreshSupport");
        WorkspaceConfiguration = Flag(raw, "workspace.configuration");
        ConfigurationChangeDynamicRegistration = Flag(raw, "workspace.didChangeConfiguration.dynamicRegistration");
        CompletionLabelDetails = Flag(raw, "textDocument.completion.completionItem.labelDetailsSupport");
        CompletionEditRangeDefault = raw?.SelectToken("textDocument.completion.completionList.itemDefaults") is JArray defaults
            && defaults.Any(d => d is JValue { Type: JTokenType.String } name && (string?)name == "editRange");
    }

    public bool WatchedFilesDynamicRegistration { get; }

    /// <summary>The client pulls diagnostics (textDocument/diagnostic); the server then does not push them too.</summary>
    public bool PullDiagnostics { get; }

    public bool DiagnosticRefresh { get; }

    /// <summary>The client answers workspace/configuration: settings are pulled, not taken from didChangeConfiguration.</summary>
    public bool WorkspaceConfiguration { get; }

    public bool ConfigurationChangeDynamicRegistration { get; }

    /// <summary>The client shows a completion item's labelDetails on every row (VS Code); `detail` it shows only for the selected one.</summary>
    public bool CompletionLabelDetails { get; }

    /// <summary>The client takes a completion list's shared edit range once (`itemDefaults.editRange`, VS Code 1.7x+) instead of a range in every item.</summary>
    public bool CompletionEditRangeDefault { get; }

    private static bool Flag(JObject? raw, string path) => raw?.SelectToken(path) is JValue { Type: JTokenType.Boolean } value && (bool)value;
}
