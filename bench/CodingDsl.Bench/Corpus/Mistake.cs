namespace CodingDsl.Bench.Corpus;

/// <summary>A deliberate error planted in a small share of the corpus, so the checker has work to report.</summary>
internal enum Mistake
{
    None,

    /// <summary>A stated title that is not the official one (CDSL0203, with a fix).</summary>
    WrongTitle,

    /// <summary>An image-guided section without its Y53/Y68 code (CDSL0501, with a fix).</summary>
    MissingImageControl,

    /// <summary>A code written without its dot or in lower case (CDSL0201).</summary>
    MalformedCode,
}
