using System.Text.Json.Nodes;
using Json.Schema;
using Xunit;

namespace FactCheck.Tests.Reports;

/// <summary>A JSON Schema that FactCheck publishes in <c>docs/</c>, loaded once, and the check of real output against it.</summary>
/// <param name="fileName">The schema's file name in <c>docs/</c>.</param>
/// <param name="output">What the output is called in a failure message ("the markup", "the JSON").</param>
internal sealed class PublishedJsonSchema(string fileName, string output)
{
    private readonly Lazy<JsonSchema> schema = new(() => JsonSchema.FromText(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", fileName))));

    public EvaluationResults Evaluate(string json) =>
        schema.Value.Evaluate(JsonNode.Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.List });

    public void AssertValid(string json, string what)
    {
        var results = Evaluate(json);
        if (!results.IsValid)
        {
            var errors = (results.Details ?? []).Where(d => d.HasErrors)
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"));
            Assert.Fail($"{what}: {output} does not match docs/{fileName}:\n{string.Join('\n', errors.Take(20))}");
        }
    }
}
