using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace FactCheck.Benchmarks;

/// <summary>The text one invocation reads, in KB (UTF-8) and articles.</summary>
internal sealed class InputColumn : IColumn
{
    public string Id => nameof(InputColumn);

    public string ColumnName => "Input";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => false;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Text read by one invocation: KB of UTF-8 and number of articles";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var subset = BenchmarkCorpus.SubsetOf(KindOf(benchmarkCase));
        return string.Create(CultureInfo.InvariantCulture, $"{BenchmarkCorpus.Utf8Bytes(subset) / 1024.0:F1} KB / {subset.Count}");
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    /// <summary>The kind of text of a benchmark case (its <c>Kind</c> parameter), or all of the corpus.</summary>
    public static string KindOf(BenchmarkCase benchmarkCase)
        => benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Kind")?.Value as string ?? BenchmarkCorpus.AllKinds;
}

/// <summary>KB of text read per second (mean time of one invocation).</summary>
internal sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "KB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "KB of UTF-8 text read per second on the mean invocation time";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var stats = summary[benchmarkCase]?.ResultStatistics;
        if (stats is null)
        {
            return "NA";
        }

        var kilobytes = BenchmarkCorpus.Utf8Bytes(BenchmarkCorpus.SubsetOf(InputColumn.KindOf(benchmarkCase))) / 1024.0;
        return (kilobytes / (stats.Mean / 1e9)).ToString("F1", CultureInfo.InvariantCulture);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}

/// <summary>Bytes allocated per KB of text read.</summary>
internal sealed class AllocatedPerKilobyteColumn : IColumn
{
    public string Id => nameof(AllocatedPerKilobyteColumn);

    public string ColumnName => "Alloc/KB";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 2;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Managed memory allocated per KB of text read";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var report = summary[benchmarkCase];
        var allocated = report?.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        if (allocated is null)
        {
            return "NA";
        }

        var kilobytes = BenchmarkCorpus.Utf8Bytes(BenchmarkCorpus.SubsetOf(InputColumn.KindOf(benchmarkCase))) / 1024.0;
        return (allocated.Value / kilobytes / 1024.0).ToString("F1", CultureInfo.InvariantCulture) + " KB";
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}
