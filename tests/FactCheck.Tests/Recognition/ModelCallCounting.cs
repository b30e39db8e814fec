using Xunit;

namespace FactCheck.Tests.Recognition;

/// <summary>Tests that read the process-wide count of model calls run alone, so no other test adds to it.</summary>
[CollectionDefinition(nameof(ModelCallCounting), DisableParallelization = true)]
public sealed class ModelCallCounting;
