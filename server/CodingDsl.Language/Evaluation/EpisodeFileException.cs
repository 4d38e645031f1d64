namespace CodingDsl.Language.Evaluation;

/// <summary>An episode file that cannot be read at all (no header, unknown columns): a one-line reason for people.</summary>
public sealed class EpisodeFileException(string message) : Exception(message);
