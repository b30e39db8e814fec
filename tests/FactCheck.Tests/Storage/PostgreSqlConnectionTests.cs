using FactCheck.Storage;
using FactCheck.Storage.PostgreSql;
using FactCheck.Tests.Cli;
using Xunit;

namespace FactCheck.Tests.Storage;

/// <summary>What happens without a server: these run everywhere.</summary>
public sealed class PostgreSqlConnectionTests
{
    // Port 9 (discard) on the loopback interface: nothing listens there, so the connection is refused at once.
    private const string NoServer = "Host=127.0.0.1;Port=9;Username=factcheck;Database=claims;Timeout=5";

    [Fact]
    public async Task OpenAsync_NoServer_ThrowsClaimStoreExceptionNamingTheServer()
    {
        var error = await Assert.ThrowsAsync<ClaimStoreException>(() => PostgreSqlClaimStore.OpenAsync(NoServer));

        Assert.StartsWith("the claim store postgresql://127.0.0.1:9/claims cannot be used:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_UrlWithPassword_NamesTheServerWithoutThePassword()
    {
        var error = await Assert.ThrowsAsync<ClaimStoreException>(() => PostgreSqlClaimStore.OpenAsync("postgresql://factcheck:s3cret@127.0.0.1:9/claims?Timeout=5"));

        Assert.Contains("postgresql://127.0.0.1:9/claims", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("index")]
    [InlineData("check")]
    public async Task Tool_NoServer_OneLineAndExitCode2(string command)
    {
        using var directory = new TempDirectory();
        var story = directory.Write("acme.txt", "Acme Motors' pre-tax profits rose to £5.2bn in 2004.\n");
        string[] args = command == "index" ? ["index", story, "--store", NoServer] : ["check", story, "--against", NoServer];

        var run = await CliRun.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("factcheck: error: the claim store postgresql://127.0.0.1:9/claims cannot be used:", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }
}
