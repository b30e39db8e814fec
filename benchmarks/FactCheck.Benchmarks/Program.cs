using BenchmarkDotNet.Running;

namespace FactCheck.Benchmarks;

/// <summary>
/// BenchmarkDotNet benchmarks (<c>--filter *Throughput*</c> and so on), plus commands:
/// <c>cold-start</c>, <c>memory</c>, <c>agreement</c>, <c>quick</c> and <c>store</c>. Every mode takes <c>--corpus DIR</c>,
/// <c>--published yyyy-MM-dd</c> and <c>--articles N</c> (see <see cref="BenchmarkCorpus"/>).
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (ColdStartCommand.IsChild(args, out var side))
        {
            return ColdStartCommand.RunChild(side);
        }

        args = BenchmarkCorpus.TakeOptions(args);
        switch (args.FirstOrDefault())
        {
            case "cold-start":
                return ColdStartCommand.Run(args[1..]);
            case "agreement":
                return AgreementCommand.Run(args[1..]);
            case "quick":
                return QuickCommand.Run(args[1..]);
            case "memory":
                return await MemoryCommand.RunAsync(args[1..]);
            case "store":
                return await StoreCommand.RunAsync(args[1..]);
            default:
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                return 0;
        }
    }
}
