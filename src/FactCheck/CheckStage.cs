namespace FactCheck;

/// <summary>The stages of checking one document, in the order they run.</summary>
internal enum CheckStage
{
    /// <summary>Splitting the text into sentences.</summary>
    Segmenting,

    /// <summary>Finding the figures and dates, sentence by sentence.</summary>
    Recognizing,

    /// <summary>Building claims from the figures.</summary>
    ExtractingClaims,

    /// <summary>Running the checks, one after another.</summary>
    RunningChecks,
}
