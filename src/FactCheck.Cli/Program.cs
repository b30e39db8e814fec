using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using FactCheck.Storage;

namespace FactCheck.Cli;

internal static class Program
{
    public const int ExitOk = 0;
    public const int ExitFindings = 1;
    public const int ExitBadInput = 2;
    public const int ExitInternalError = 3;

    public static Task<int> Main(string[] args) => RunAsync(args, CliEnvironment.FromConsole());

    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, directories (searched recursively for *.txt and *.md), glob patterns, or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var published = new Option<string?>("--published")
        {
            Description = "Publication date (yyyy-MM-dd) for documents that do not state their own in front matter (published:/date:) or a dateline.",
            HelpName = "yyyy-MM-dd",
        };
        var culture = new Option<string?>("--culture")
        {
            Description = "Culture of the texts and of numbers in text, Markdown and HTML reports (default: the configuration's, else en-US).",
        };
        var facts = new Option<string[]>("--facts")
        {
            Description = "Reference facts (CSV or JSON) to check claims against. Repeatable.",
            HelpName = "file",
            AllowMultipleArgumentsPerToken = false,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Report format.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong(ReportFormat.Names);
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the report to this file, or one report per document into this directory (an existing directory, or a path ending in /). Default: standard output.",
            HelpName = "file|dir",
        };
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit with code 1 when a finding of this severity or worse is found.",
            DefaultValueFactory = _ => "error",
        };
        failOn.AcceptOnlyFromAmong("error", "warning", "never");
        var parallel = new Option<int>("--parallel")
        {
            Description = "How many documents to check at once.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            HelpName = "N",
        };

        var together = new Option<bool>("--together")
        {
            Description = "Also check the documents against one another: the same measure of the same subject for the same time, stated differently in two documents, is a cross-document finding naming both. json, text, html, sarif and claimreview write the documents and the findings across them as one result; markdown and jsonl add each to its document.",
        };

        var against = new Option<string?>("--against")
        {
            Description = "Also check each document against the claims of the other documents in this store (a SQLite file, or a PostgreSQL connection string): cross-document findings naming the stored document, its date and source.",
            HelpName = "store",
        };
        var store = new Option<string>("--store")
        {
            Description = "The claim store: a SQLite file (created when missing), or a PostgreSQL connection string ('Host=…;Database=…' or postgresql://…).",
            HelpName = "file|connection",
            Required = true,
        };

        var config = new Option<string?>("--config")
        {
            Description = "The configuration file (default: the first " + LintConfiguration.FileName + " in the directory of the paths or above).",
            HelpName = "file",
        };
        var exclude = new Option<string[]>("--exclude")
        {
            Description = "Leave out the files matching this glob (relative to the current directory; 'drafts/**', '*.draft.md'). Repeatable.",
            HelpName = "glob",
            AllowMultipleArgumentsPerToken = false,
        };
        var baselineFile = new Option<string?>("--baseline")
        {
            Description = "The baseline file (default: the first " + Baseline.FileName + " in the directory of the paths or above; 'factcheck baseline' writes to the current directory when there is none).",
            HelpName = "file",
        };
        var reviewAuthor = new Option<string?>("--review-author")
        {
            Description = "With --format claimreview: the organisation publishing the fact checks (schema.org author). Required for that format.",
            HelpName = "name",
        };
        var reviewAuthorUrl = new Option<string?>("--review-author-url")
        {
            Description = "With --format claimreview: the publisher's home page.",
            HelpName = "url",
        };
        var reviewUrl = new Option<string?>("--review-url")
        {
            Description = "With --format claimreview: the page that carries the fact checks (default: each document's source, when it is a web address).",
            HelpName = "url",
        };
        var reviewDate = new Option<string?>("--review-date")
        {
            Description = "With --format claimreview: the date the fact checks are published.",
            HelpName = "yyyy-MM-dd",
        };
        var port = new Option<int>("--port")
        {
            Description = "The port to listen on (0 picks a free one).",
            DefaultValueFactory = _ => 5117,
            HelpName = "N",
        };
        var listen = new Option<string>("--listen")
        {
            Description = "The address to listen on. Defaults to the loopback interface, so only this machine can reach the page.",
            DefaultValueFactory = _ => "127.0.0.1",
            HelpName = "address",
        };
        var verbose = new Option<bool>("--verbose")
        {
            Description = "On an internal error, print the stack trace too.",
            Recursive = true,
        };

        var check = new Command("check", "Check the numeric claims of documents and report findings. Exit codes: 0 fine, 1 findings at the --fail-on severity, 2 bad input or configuration (the rest is still checked), 3 internal error.")
        {
            paths, published, culture, facts, format, output, failOn, parallel, together, against, config, exclude, baselineFile,
            reviewAuthor, reviewAuthorUrl, reviewUrl, reviewDate,
        };
        var index = new Command("index", "Store the claims of documents in a claim store, for 'factcheck check --against'. A document stored with the same content is skipped; a changed one has its claims replaced. Exit codes: 0 fine, 2 bad input or a store that cannot be used.")
        {
            paths, store, published, culture, parallel, exclude,
        };
        var baseline = new Command("baseline", "Record the findings of the documents in a baseline file, so that later runs of 'factcheck check' report only new ones.")
        {
            paths, published, culture, facts, parallel, config, exclude, baselineFile,
        };
        var serve = new Command("serve", "Serve a page on this machine where you paste or drop a text, set its publication date and read the HTML report; POST /check answers JSON, HTML or SARIF. Runs until stopped (Ctrl+C).")
        {
            port, listen, culture, facts,
        };
        // Named explicitly: as an installed tool the process runs FactCheck.Cli.dll, but users type "factcheck".
        var root = new Command("factcheck", "Extracts the numeric claims of news-like text (percentages, money, counts, dates) and checks them for consistency.")
        {
            check, baseline, index, serve,
        };
        root.Options.Add(verbose);
        root.Options.Add(new HelpOption());
        root.Options.Add(new VersionOption());

        var settingsProblems = new List<string>();
        // Validates the options, runs the command, and turns a store that cannot be used or an internal error into one line.
        async Task<int> Run(ParseResult result, Func<CheckSettings, Task<int>> command)
        {
            var settings = Validate(result, settingsProblems);
            if (settings is null)
            {
                foreach (var problem in settingsProblems)
                {
                    await environment.Error.WriteLineAsync(problem).ConfigureAwait(false);
                }

                return ExitBadInput;
            }

            try
            {
                return await command(settings).ConfigureAwait(false);
            }
            catch (ClaimStoreException ex)
            {
                await environment.Error.WriteLineAsync(StoreError(ex)).ConfigureAwait(false);
                return ExitBadInput;
            }
#pragma warning disable CA1031 // The last line of defence: one clear line and a distinct exit code, not a stack trace.
            catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
            {
                await environment.Error.WriteLineAsync(InternalError(ex, result.GetValue(verbose))).ConfigureAwait(false);
                return ExitInternalError;
            }
        }

        check.SetAction((result, ct) => Run(result, settings => new CheckRunner(settings, environment).RunAsync(ct)));
        baseline.SetAction((result, ct) => Run(result, settings => new CheckRunner(settings with { WriteBaseline = true }, environment).RunAsync(ct)));
        index.SetAction((result, ct) => Run(result, settings => new IndexRunner(
            new IndexSettings(settings.Paths, result.GetValue(store)!, settings.Published, settings.Culture, settings.Parallel, settings.Exclude, settings.Verbose),
            environment).RunAsync(ct)));

        serve.SetAction(async (result, ct) =>
        {
            var problems = new List<string>();
            var portNumber = result.GetValue(port);
            if (portNumber is < 0 or > 65535)
            {
                problems.Add("--port: error: must be from 0 to 65535");
            }

            var address = result.GetValue(listen) ?? "127.0.0.1";
            if (!string.Equals(address, "localhost", StringComparison.OrdinalIgnoreCase) && !System.Net.IPAddress.TryParse(address, out _))
            {
                problems.Add($"--listen: error: '{address}' is not an IP address (for example 127.0.0.1 or ::1)");
            }

            CultureInfo? serveCulture = null;
            try
            {
                serveCulture = CultureInfo.GetCultureInfo(result.GetValue(culture) ?? "en-US", predefinedOnly: true);
            }
            catch (CultureNotFoundException)
            {
                problems.Add($"--culture: error: '{result.GetValue(culture)}' is not a known culture (for example en-US, en-GB)");
            }

            if (problems.Count > 0 || serveCulture is null)
            {
                foreach (var problem in problems)
                {
                    await environment.Error.WriteLineAsync(problem).ConfigureAwait(false);
                }

                return ExitBadInput;
            }

            return await new ServeRunner(new ServeSettings(address, portNumber, serveCulture, result.GetValue(facts) ?? []), environment).RunAsync(ct).ConfigureAwait(false);
        });

        CheckSettings? Validate(ParseResult result, List<string> problems)
        {
            DateOnly? date = null;
            if (result.GetValue(published) is { } text)
            {
                if (PublicationDateReader.TryParseIso(text.Trim(), out var parsed) && text.Trim().Length == 10)
                {
                    date = parsed;
                }
                else
                {
                    problems.Add($"--published: error: '{text}' is not a date (expected yyyy-MM-dd)");
                }
            }

            CultureInfo? cultureInfo = null;
            var cultureName = result.GetValue(culture) ?? "en-US";
            var cultureGiven = result.GetValue(culture) is not null;
            try
            {
                cultureInfo = CultureInfo.GetCultureInfo(cultureName, predefinedOnly: true);
            }
            catch (CultureNotFoundException)
            {
                problems.Add($"--culture: error: '{cultureName}' is not a known culture (for example en-US, en-GB)");
            }

            var degree = result.GetValue(parallel);
            if (degree < 1)
            {
                problems.Add("--parallel: error: must be 1 or more");
            }

            var claimReview = ClaimReviewSettings(result, problems);
            if (problems.Count > 0 || cultureInfo is null)
            {
                return null;
            }

            return new CheckSettings(
                result.GetValue(paths) ?? [],
                date,
                cultureInfo,
                result.GetValue(facts) ?? [],
                result.GetValue(format) ?? "text",
                result.GetValue(output),
                result.GetValue(failOn) ?? "error",
                degree,
                result.GetValue(together))
            {
                Against = result.GetValue(against),
                CultureGiven = cultureGiven,
                Config = result.GetValue(config),
                Baseline = result.GetValue(baselineFile),
                Exclude = result.GetValue(exclude) ?? [],
                Verbose = result.GetValue(verbose),
                ClaimReview = claimReview,
            };
        }

        FactCheck.Reports.Rendering.ClaimReviewOptions? ClaimReviewSettings(ParseResult result, List<string> problems)
        {
            if (result.GetValue(format) != "claimreview")
            {
                return null;
            }

            var author = result.GetValue(reviewAuthor);
            if (string.IsNullOrWhiteSpace(author))
            {
                problems.Add("--review-author: error: --format claimreview needs the name of the organisation publishing the fact checks");
            }

            Uri? WebAddress(Option<string?> option)
            {
                if (result.GetValue(option) is not { } text)
                {
                    return null;
                }

                if (Uri.TryCreate(text, UriKind.Absolute, out var address) && (address.Scheme == Uri.UriSchemeHttp || address.Scheme == Uri.UriSchemeHttps))
                {
                    return address;
                }

                problems.Add($"{option.Name}: error: '{text}' is not an absolute http or https address");
                return null;
            }

            var authorUrl = WebAddress(reviewAuthorUrl);
            var pageUrl = WebAddress(reviewUrl);
            DateOnly? date = null;
            if (result.GetValue(reviewDate) is { } dateText)
            {
                if (PublicationDateReader.TryParseIso(dateText.Trim(), out var parsed) && dateText.Trim().Length == 10)
                {
                    date = parsed;
                }
                else
                {
                    problems.Add($"--review-date: error: '{dateText}' is not a date (expected yyyy-MM-dd)");
                }
            }

            return string.IsNullOrWhiteSpace(author) ? null : new FactCheck.Reports.Rendering.ClaimReviewOptions(author, authorUrl, pageUrl, date);
        }

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await environment.Error.WriteLineAsync("factcheck: error: " + error.Message).ConfigureAwait(false);
            }

            await environment.Error.WriteLineAsync("Run 'factcheck check --help' for usage.").ConfigureAwait(false);
            return ExitBadInput;
        }

        var configuration = new InvocationConfiguration { Output = environment.Out, Error = environment.Error };
        return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One line for a claim store that cannot be used: which store and why; never a stack trace.</summary>
    internal static string StoreError(ClaimStoreException exception) =>
        "factcheck: error: " + exception.Message.ReplaceLineEndings(" ");

    /// <summary>
    /// One line for an internal error: what failed, in FactCheck's words, and how to learn more; the stack trace
    /// only when asked for.
    /// </summary>
    internal static string InternalError(Exception exception, bool verbose) => verbose
        ? "factcheck: internal error: " + exception
        : $"factcheck: internal error: {exception.GetType().Name}: {exception.Message.ReplaceLineEndings(" ")} (run with --verbose for the stack trace)";
}
