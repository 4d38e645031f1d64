namespace CodingDsl.LanguageServer.Protocol;

public enum MessageType
{
    Error = 1,
    Warning = 2,
    Info = 3,
    Log = 4,
}

public sealed record LogMessageParams(MessageType Type, string Message);
