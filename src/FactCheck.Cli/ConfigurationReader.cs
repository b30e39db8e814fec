using System.Globalization;
using System.Text;
using System.Text.Json;
using FactCheck.Reports;

namespace FactCheck.Cli;

/// <summary>
/// Reads a <c>.factcheck.json</c>. Every problem, of syntax or of meaning, is one <see cref="InputProblem"/> naming
/// the file, the line and what is wrong; the file is then not used.
/// </summary>
internal ref struct ConfigurationReader
{
    private readonly string _path;
    private readonly byte[] _bytes;
    private Utf8JsonReader _reader;

    private ConfigurationReader(string path, byte[] bytes)
    {
        _path = path;
        _bytes = bytes;
        _reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
    }

    public static (LintConfiguration? Configuration, InputProblem? Problem) Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, new InputProblem(path, "cannot read the configuration: " + ex.Message));
        }

        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        try
        {
            return (new ConfigurationReader(path, bytes[start..]).ReadRoot(), null);
        }
        catch (ConfigurationException ex)
        {
            return (null, new InputProblem(path, ex.Message, ex.Line));
        }
        catch (JsonException ex)
        {
            var message = ex.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            message = (cut > 0 ? message[..cut].TrimEnd(' ', '|', '.') : message) + string.Create(
                CultureInfo.InvariantCulture, $" (column {(ex.BytePositionInLine ?? 0) + 1})");
            return (null, new InputProblem(path, "not valid JSON: " + message, (int)(ex.LineNumber ?? 0) + 1));
        }
    }

    private LintConfiguration ReadRoot()
    {
        Next();
        Expect(JsonTokenType.StartObject, "the configuration must be a JSON object");
        CultureInfo? culture = null;
        DateOnly? published = null;
        var rules = new Dictionary<string, RuleSetting>(StringComparer.Ordinal);
        var exclude = new List<string>();
        var suppressions = new List<Suppression>();
        while (NextProperty() is { } name)
        {
            switch (name)
            {
                case "$schema":
                    ReadString(name);
                    break;
                case "culture":
                    var cultureName = ReadString(name);
                    try
                    {
                        culture = CultureInfo.GetCultureInfo(cultureName, predefinedOnly: true);
                    }
                    catch (CultureNotFoundException)
                    {
                        throw Fail($"'culture': '{cultureName}' is not a known culture (for example en-US, en-GB)");
                    }

                    break;
                case "published":
                    var date = ReadString(name);
                    if (date.Length != 10 || !PublicationDateReader.TryParseIso(date, out var parsed))
                    {
                        throw Fail($"'published': '{date}' is not a date (expected yyyy-MM-dd)");
                    }

                    published = parsed;
                    break;
                case "rules":
                    ReadRules(rules);
                    break;
                case "exclude":
                    Next();
                    Expect(JsonTokenType.StartArray, "'exclude' must be an array of globs");
                    while (Next() != JsonTokenType.EndArray)
                    {
                        exclude.Add(CurrentString("'exclude' must be an array of globs"));
                    }

                    break;
                case "suppress":
                    ReadSuppressions(suppressions);
                    break;
                default:
                    throw Fail($"unknown setting '{name}' (expected $schema, culture, published, rules, exclude or suppress)");
            }
        }

        return new LintConfiguration
        {
            Path = _path,
            Culture = culture,
            Published = published,
            Rules = rules,
            Exclude = exclude,
            Suppressions = suppressions,
        };
    }

    private void ReadRules(Dictionary<string, RuleSetting> rules)
    {
        Next();
        Expect(JsonTokenType.StartObject, "'rules' must be an object with a rule id for each key");
        while (NextProperty() is { } ruleId)
        {
            var rule = ConfiguredRules.Find(ruleId)
                ?? throw Fail($"unknown rule '{ruleId}' (known: {string.Join(", ", ConfiguredRules.All.Select(r => r.RuleId))})");
            var setting = new RuleSetting();
            Next();
            if (_reader.TokenType == JsonTokenType.String)
            {
                var value = _reader.GetString()!;
                if (value == "off")
                {
                    setting.Enabled = false;
                }
                else if (value != "on")
                {
                    setting.Set(rule.Options["severity"], ParseSeverity(value, $"'{ruleId}'"));
                    Validate(rule, setting);
                }
            }
            else
            {
                Expect(JsonTokenType.StartObject, $"'{ruleId}' must be \"off\", \"on\", a severity (info, warning, error) or an object of settings");
                while (NextProperty() is { } option)
                {
                    if (option == "enabled")
                    {
                        Next();
                        setting.Enabled = _reader.TokenType switch
                        {
                            JsonTokenType.True => true,
                            JsonTokenType.False => false,
                            _ => throw Fail($"'{ruleId}.enabled' must be true or false"),
                        };
                        continue;
                    }

                    if (!rule.Options.TryGetValue(option, out var property))
                    {
                        throw Fail($"'{ruleId}' has no setting '{option}' (it has enabled, {string.Join(", ", rule.Options.Keys)})");
                    }

                    Next();
                    setting.Set(property, ReadOptionValue(property.PropertyType, $"'{ruleId}.{option}'"));
                    Validate(rule, setting);
                }
            }

            rules[ruleId] = setting;
        }
    }

    /// <summary>The rule's own validation says what is out of range; it is reported at the value just read.</summary>
    private readonly void Validate(RuleEntry rule, RuleSetting setting)
    {
        try
        {
            rule.Add(new FactCheckerBuilder(), setting.Apply);
        }
        catch (ArgumentException ex)
        {
            var message = ex.Message.Split(" (Parameter", 2)[0];
            if (ex.ParamName is { Length: > 0 } name && message.StartsWith(name, StringComparison.Ordinal))
            {
                message = $"'{rule.RuleId}.{char.ToLowerInvariant(name[0])}{name[1..]}'{message[name.Length..]}";
            }

            throw Fail(message);
        }
    }

    private object ReadOptionValue(Type type, string what)
    {
        if (type == typeof(bool))
        {
            return _reader.TokenType switch
            {
                JsonTokenType.True => true,
                JsonTokenType.False => false,
                _ => throw Fail($"{what} must be true or false"),
            };
        }

        if (type == typeof(Severity))
        {
            return ParseSeverity(CurrentString($"{what} must be info, warning or error"), what);
        }

        if (type == typeof(decimal))
        {
            return _reader.TokenType == JsonTokenType.Number && _reader.TryGetDecimal(out var number)
                ? number
                : throw Fail($"{what} must be a number");
        }

        if (type == typeof(int))
        {
            return _reader.TokenType == JsonTokenType.Number && _reader.TryGetInt32(out var number)
                ? number
                : throw Fail($"{what} must be a whole number");
        }

        throw Fail($"{what} cannot be set in a configuration file");
    }

    private Severity ParseSeverity(string value, string what) => value switch
    {
        "info" => Severity.Info,
        "warning" => Severity.Warning,
        "error" => Severity.Error,
        _ => throw Fail($"{what}: '{value}' is not a severity (expected info, warning or error{(what.Contains('.', StringComparison.Ordinal) ? string.Empty : ", or off or on")})"),
    };

    private void ReadSuppressions(List<Suppression> suppressions)
    {
        Next();
        Expect(JsonTokenType.StartArray, "'suppress' must be an array of { \"rule\": …, \"text\": … }");
        while (Next() != JsonTokenType.EndArray)
        {
            Expect(JsonTokenType.StartObject, "each entry of 'suppress' must be an object with 'rule' and 'text'");
            string? rule = null, text = null, file = null;
            while (NextProperty() is { } name)
            {
                switch (name)
                {
                    case "rule":
                        rule = ReadString(name);
                        break;
                    case "text":
                        text = ReadString(name);
                        break;
                    case "file":
                        file = ReadString(name);
                        break;
                    case "reason":
                        ReadString(name);
                        break;
                    default:
                        throw Fail($"a suppression has no setting '{name}' (it has rule, text, file and reason)");
                }
            }

            if (rule is null || string.IsNullOrEmpty(text))
            {
                throw Fail("a suppression needs a 'rule' and the 'text' of the finding's span");
            }

            suppressions.Add(new Suppression(rule, text, file));
        }
    }

    private JsonTokenType Next()
    {
        if (!_reader.Read())
        {
            throw Fail("the file ends too soon");
        }

        return _reader.TokenType;
    }

    private string? NextProperty()
    {
        if (Next() == JsonTokenType.EndObject)
        {
            return null;
        }

        return _reader.GetString();
    }

    private string ReadString(string name)
    {
        Next();
        return CurrentString($"'{name}' must be a string");
    }

    private string CurrentString(string message) =>
        _reader.TokenType == JsonTokenType.String ? _reader.GetString()! : throw Fail(message);

    private void Expect(JsonTokenType type, string message)
    {
        if (_reader.TokenType != type)
        {
            throw Fail(message);
        }
    }

    private readonly ConfigurationException Fail(string message)
    {
        var offset = (int)Math.Min(_reader.TokenStartIndex, _bytes.Length);
        var line = 1 + _bytes.AsSpan(0, offset).Count((byte)'\n');
        return new ConfigurationException(message, line);
    }
}

/// <summary>A problem in a configuration file, at a line.</summary>
#pragma warning disable CA1032, CA1064 // Internal, thrown and caught inside the reader.
internal sealed class ConfigurationException(string message, int line) : Exception(message)
#pragma warning restore CA1032, CA1064
{
    public int Line { get; } = line;
}
