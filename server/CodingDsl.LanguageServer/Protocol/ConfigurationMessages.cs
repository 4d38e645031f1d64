using Newtonsoft.Json.Linq;

namespace CodingDsl.LanguageServer.Protocol;

/// <summary>One item of a workspace/configuration request: a settings section, optionally for a resource.</summary>
public sealed record ConfigurationItem(string? Section, string? ScopeUri = null);

public sealed record ConfigurationParams(IReadOnlyList<ConfigurationItem> Items);

/// <summary>workspace/didChangeConfiguration: `settings` is whatever the client sends (null when it expects a pull).</summary>
public sealed record DidChangeConfigurationParams(JToken? Settings);

/// <summary>Registration options for workspace/didChangeConfiguration: the section whose changes to report.</summary>
public sealed record DidChangeConfigurationRegistrationOptions(string Section);
