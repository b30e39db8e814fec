using System.Collections.Frozen;

namespace FactCheck.Claims;

/// <summary>
/// Closed word classes and the small open-class lists the claims stage reads English news with.
/// </summary>
/// <remarks>
/// There is no part-of-speech tagger: a word is a verb when it is listed here, or when it ends in "-ed"
/// and does not follow a determiner ("the increased tariff" is an adjective, "attacks increased" a verb).
/// This is right for the common shapes of news sentences and wrong for unlisted irregular verbs and for
/// "-ed" adjectives after another adjective; the scanners that use it stop early rather than run on.
/// </remarks>
internal static class Lexicon
{
    public static readonly FrozenSet<string> Determiners = Set(
        "a", "an", "the", "this", "that", "these", "those", "some", "any", "each", "every", "all", "both", "no", "another", "such");

    public static readonly FrozenSet<string> PossessivePronouns = Set("its", "their", "his", "her", "our", "my", "your");

    public static readonly FrozenSet<string> SubjectPronouns = Set("it", "they", "he", "she", "we", "i", "you", "this", "that", "these", "those");

    public static readonly FrozenSet<string> ObjectPronouns = Set("it", "them", "him", "her", "us");

    public static readonly FrozenSet<string> Prepositions = Set(
        "of", "in", "on", "at", "by", "for", "from", "to", "with", "into", "over", "under", "since", "during", "after", "before",
        "between", "against", "among", "per", "via", "about", "than", "through", "across", "amid", "within", "without", "as",
        "despite", "towards", "toward", "until", "till", "onto", "upon", "around", "above", "below", "beyond", "versus", "vs", "like",
        "following", "including", "excluding", "regarding", "concerning", "worth", "plus", "minus", "except");

    /// <summary>Prepositions that may sit inside a subject noun phrase ("attacks in Pakistan", "duty on exports from Pakistan to the US").</summary>
    public static readonly FrozenSet<string> NounPhrasePrepositions = Set("of", "in", "on", "at", "from", "to", "for", "before", "per");

    public static readonly FrozenSet<string> Subordinators = Set(
        "that", "which", "who", "whom", "whose", "where", "when", "while", "whereas", "although", "though", "because", "if",
        "unless", "but", "so", "yet", "whether", "once", "whilst");

    public static readonly FrozenSet<string> Auxiliaries = Set(
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "will", "would", "can", "could",
        "may", "might", "shall", "should", "must", "do", "does", "did", "not", "n't", "'s", "'re", "'ve", "'ll", "'d", "isn't",
        "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "can't", "couldn't", "don't", "doesn't", "didn't");

    public static readonly FrozenSet<string> Adverbs = Set(
        "now", "also", "still", "already", "just", "only", "recently", "currently", "reportedly", "further", "again", "even",
        "then", "later", "initially", "previously", "sharply", "slightly", "significantly", "steadily", "briefly", "nearly",
        "almost", "roughly", "about", "around", "some", "approximately", "more", "less", "sometimes", "often", "last", "so", "far",
        "overall", "respectively", "altogether", "alone", "too", "instead", "meanwhile", "however", "first", "once", "ever", "yet");

    public static readonly FrozenSet<string> UpVerbs = Set(
        "rise", "rises", "rose", "risen", "rising", "increase", "increases", "increased", "increasing", "jump", "jumps", "jumped",
        "jumping", "grow", "grows", "grew", "grown", "growing", "climb", "climbs", "climbed", "climbing", "surge", "surges", "surged",
        "surging", "soar", "soars", "soared", "soaring", "gain", "gains", "gained", "gaining", "rebound", "rebounded", "boost",
        "boosted", "boosts", "raise", "raised", "raises", "raising", "advance", "advanced", "advances", "double", "doubled",
        "doubles", "triple", "tripled", "triples", "quadrupled", "hike", "hiked", "hikes", "expand", "expanded", "expands", "accelerate", "accelerated",
        "swell", "swelled", "swollen", "leap", "leapt", "leaped", "leaps", "spike", "spiked", "spikes", "rocket", "rocketed",
        "balloon", "ballooned", "widen", "widened", "lift", "lifted", "lifts", "up", "higher", "added", "adds", "add", "gaining", "adding");

    public static readonly FrozenSet<string> DownVerbs = Set(
        "fall", "falls", "fell", "fallen", "falling", "drop", "drops", "dropped", "dropping", "decline", "declines", "declined",
        "declining", "decrease", "decreases", "decreased", "slump", "slumps", "slumped", "slide", "slides", "slid", "slip", "slips",
        "slipped", "plunge", "plunges", "plunged", "plunging", "tumble", "tumbles", "tumbled", "sink", "sinks", "sank", "sunk",
        "shrink", "shrinks", "shrank", "shrunk", "cut", "cuts", "cutting", "reduce", "reduces", "reduced", "lower", "lowered",
        "lowers", "dip", "dips", "dipped", "down", "contract", "contracted", "contracts", "lose", "loses", "lost", "losing", "halve",
        "halved", "halves", "ease", "eased", "eases", "retreat", "retreated", "plummet", "plummeted", "plummets", "narrow",
        "narrowed", "shed", "sheds", "slashed", "slash", "slashes", "crash", "crashed", "collapse", "collapsed", "dive", "dived",
        "weaken", "weakened", "erode", "eroded", "trim", "trimmed");

    /// <summary>Nouns that name a change rather than the thing changing ("a 42% rise in attacks").</summary>
    public static readonly FrozenSet<string> UpNouns = Set(
        "rise", "rises", "increase", "increases", "jump", "jumps", "gain", "gains", "surge", "hike", "hikes", "growth", "climb",
        "boost", "rebound", "leap", "spike", "upturn", "uptick", "expansion");

    public static readonly FrozenSet<string> DownNouns = Set(
        "fall", "falls", "drop", "drops", "decline", "declines", "decrease", "slump", "cut", "cuts", "reduction", "dip", "loss",
        "losses", "plunge", "slide", "contraction", "downturn", "shrinkage");

    /// <summary>Verbs that state a level ("stood at 5%", "reached $5bn", "face a 29% duty").</summary>
    public static readonly FrozenSet<string> LevelVerbs = Set(
        "stand", "stands", "stood", "reach", "reached", "reaches", "hit", "hits", "total", "totals", "totalled", "totaled",
        "amount", "amounted", "amounts", "face", "faces", "faced", "facing", "pay", "pays", "paid", "charge", "charges", "charged",
        "impose", "imposes", "imposed", "levy", "levied", "levies", "set", "sets", "hold", "holds", "held", "remain", "remains",
        "remained", "account", "accounts", "accounted", "represent", "represents", "represented", "make", "makes", "made", "own",
        "owns", "owned", "cost", "costs", "earn", "earns", "earned", "employ", "employs", "employed", "sell", "sells", "sold", "buy",
        "bought", "buys", "spend", "spent", "spends", "invest", "invested", "invests", "receive", "received", "attract", "attracted",
        "incur", "incurred", "announce", "announced", "announces", "introduce", "introduced", "apply", "applies", "applied",
        "stay", "stayed", "stays", "come", "came", "comes", "get", "got", "gets", "see", "saw", "seen", "sees", "record",
        "recorded", "records", "post", "posted", "posts", "generate", "generated", "generates", "expect", "expects",
        "expected", "forecast", "forecasts", "predict", "predicted", "estimate", "estimated", "estimates", "value", "valued",
        "worth", "kill", "killed", "injure", "injured", "displace", "displaced", "send", "sent", "deploy", "deployed", "leave", "left",
        "take", "took", "taken", "takes", "give", "gave", "given", "gives", "put", "puts", "keep", "kept", "keeps", "run", "ran",
        "runs", "agree", "agreed", "agrees", "plan", "plans", "planned", "want", "wants", "wanted", "need", "needs", "needed",
        "bring", "brings", "brought", "capture", "captured", "destroy", "destroyed", "return", "returned", "demand", "demanded",
        "go", "goes", "went", "gone", "become", "became", "becomes", "exceed", "exceeded", "exceeds", "top", "topped", "tops",
        "pass", "passed", "surpass", "surpassed", "rank", "ranks", "ranked", "owe", "owes", "owed", "borrow", "borrowed",
        "lend", "lent", "raise", "won", "win", "wins", "hire", "hired", "hires", "fire", "fired", "open", "opened", "close", "closed",
        "hope", "hopes", "seem", "seems", "appear", "appears", "tend", "tends", "try", "tries", "help", "helps", "allow", "allows",
        "continue", "continues", "seek", "seeks", "sought", "aim", "aims", "intend", "intends", "include", "includes", "contain",
        "contains", "involve", "involves", "require", "requires", "provide", "provides", "offer", "offers", "use", "uses", "ask", "asks",
        "call", "calls", "turn", "turns", "move", "moves", "mean", "means", "know", "knows", "knew", "feel", "feels", "felt", "let", "lets",
        "lead", "leads", "led", "sue", "sues", "assume", "assumes", "owns", "controls", "control");

    /// <summary>Verbs that attribute a statement to a source ("the Commerce Department said").</summary>
    public static readonly FrozenSet<string> ReportingVerbs = Set(
        "say", "says", "said", "report", "reports", "reported", "reveal", "reveals", "revealed", "show", "shows", "showed",
        "shown", "find", "finds", "found", "estimate", "estimates", "estimated", "announce", "announces", "announced", "confirm",
        "confirms", "confirmed", "state", "states", "stated", "predict", "predicts", "predicted", "forecast", "forecasts",
        "warn", "warns", "warned", "note", "notes", "noted", "claim", "claims", "claimed", "suggest", "suggests", "suggested",
        "indicate", "indicates", "indicated", "told", "tells", "tell", "add", "added", "adds", "argue", "argued", "argues",
        "explain", "explained", "explains", "insist", "insisted", "insists", "write", "wrote", "writes", "concluded", "concludes",
        "calculated", "calculates", "projected", "projects", "put", "puts", "disclosed", "discloses", "believe", "believes",
        "believed", "think", "thinks", "thought", "expect", "expects", "expected", "fear", "fears", "feared", "predicting",
        "forecasting", "projecting", "expecting", "estimating", "reporting");

    /// <summary>Nouns that mark a noun phrase as something that can be a source ("a report", "officials", "the company").</summary>
    public static readonly FrozenSet<string> SourceNouns = Set(
        "report", "reports", "study", "studies", "survey", "surveys", "data", "figures", "statistics", "analysts", "analyst",
        "economists", "economist", "officials", "official", "government", "ministry", "department", "company", "firm", "bank",
        "agency", "office", "institute", "spokesman", "spokeswoman", "spokesperson", "researchers", "experts", "expert", "index",
        "poll", "census", "group", "council", "commission", "organisation", "organization", "association", "authority",
        "authorities", "board", "bureau", "fund", "centre", "center", "university", "minister", "secretary", "president",
        "chairman", "chief", "executive", "administration", "statement", "research", "review", "audit", "estimates", "paper",
        "newspaper", "website", "union", "federation", "watchdog", "regulator", "observatory", "monitor", "ngo", "charity");

    /// <summary>Nouns that name reported numbers and can carry a source to earlier sentences ("These figures were released by ...").</summary>
    public static readonly FrozenSet<string> FigureNouns = Set(
        "figures", "figure", "data", "numbers", "statistics", "stats", "results", "estimates", "estimate", "findings", "numbers");

    /// <summary>Verbs of publishing in the passive ("were released by", "was compiled by").</summary>
    public static readonly FrozenSet<string> PublishingVerbs = Set(
        "released", "published", "compiled", "provided", "issued", "given", "produced", "collected", "gathered", "reported",
        "prepared", "calculated", "supplied", "put", "revealed", "disclosed", "made", "announced", "collated");

    /// <summary>Words that mark a rate measure when they head the subject.</summary>
    public static readonly FrozenSet<string> RateNouns = Set(
        "tariff", "tariffs", "duty", "duties", "levy", "levies", "tax", "taxes", "rate", "rates", "interest", "inflation",
        "unemployment", "yield", "yields", "margin", "margins", "vat", "customs", "surcharge", "surcharges", "fee", "tithe");

    /// <summary>Heads that name a tariff, whatever the word chosen.</summary>
    public static readonly FrozenSet<string> TariffNouns = Set(
        "tariff", "tariffs", "duty", "duties", "levy", "levies", "customs");

    public static readonly FrozenSet<string> PriceNouns = Set(
        "price", "prices", "cost", "costs", "fare", "fares", "fee", "fees", "rent", "rents", "wage", "wages", "salary",
        "salaries", "pay", "valuation", "value", "barrel", "premium");

    public static readonly FrozenSet<string> ShareNouns = Set("share", "stake", "proportion", "portion", "majority", "fraction", "percentage");

    /// <summary>Words that stack a tariff on those already in force.</summary>
    public static readonly FrozenSet<string> AdditionalWords = Set("additional", "extra", "further", "another", "more", "stacked", "incremental", "supplementary", "top");

    /// <summary>Words that mark a date as the moment from which something holds ("takes full effect on April 9").</summary>
    public static readonly FrozenSet<string> EffectiveWords = Set(
        "effect", "effective", "force", "starting", "beginning", "kick", "kicks", "implemented", "apply", "applies", "enforced",
        "commence", "commences", "start", "starts", "begin", "begins", "valid", "operational", "live");

    /// <summary>Adjectives and participles left out of subject keys: they describe, but do not name, the thing measured.</summary>
    public static readonly FrozenSet<string> GenericModifiers = Set(
        "new", "old", "swift", "rapid", "heavy", "big", "bigger", "biggest", "large", "larger", "largest", "small", "smaller",
        "high", "higher", "highest", "low", "lower", "lowest", "recent", "earlier", "previous", "current", "increased",
        "decreased", "latest", "total", "overall", "first", "last", "steep", "sharp", "significant", "major", "key", "further",
        "additional", "extra", "full", "same", "other", "such", "very", "much", "many", "most", "more", "less", "own", "whole",
        "estimated", "expected", "reported", "planned", "proposed", "existing", "original", "initial", "final", "average",
        "annual", "yearly", "monthly", "weekly", "daily", "so-called", "official", "net", "gross", "combined", "respective",
        "higher-than-expected", "lower-than-expected", "huge", "massive", "modest", "slight", "strong", "weak", "record",
        "raised", "revised", "announced", "imposed", "current", "present", "near", "sweeping", "steeper", "punishing", "hefty",
        "reciprocal", "retaliatory", "said", "figure", "figures", "amount", "level", "total");

    /// <summary>Head nouns that mean the same thing in news ("duty", "levy" and "tariff").</summary>
    public static readonly FrozenDictionary<string, string> HeadSynonyms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["duty"] = "tariff", ["levy"] = "tariff", ["customs"] = "tariff",
        ["earnings"] = "profit", ["earning"] = "profit", ["income"] = "profit",
        ["revenue"] = "revenue", ["sale"] = "revenue", ["turnover"] = "revenue",
        ["joblessness"] = "unemployment", ["jobless"] = "unemployment",
        ["terrorism"] = "terror", ["terrorist"] = "terror",
        ["cpi"] = "inflation",
        ["workforce"] = "staff", ["employee"] = "staff", ["worker"] = "staff", ["job"] = "staff",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotVerbsEndingInEd = Set(
        "red", "bed", "need", "speed", "seed", "feed", "hundred", "shed", "united", "limited", "breed", "deed", "greed", "weed",
        "steed", "creed", "reed", "led", "fled", "bred", "wed", "sled", "shred", "sacred", "naked", "wicked", "rugged", "ragged",
        "wretched", "beloved", "kindred", "indeed", "based", "related", "owned", "listed", "backed", "led", "linked", "biased", "aged",
        "shed", "sped", "bled", "reed", "heed", "coed", "teed");

    /// <summary>Whether the word at <paramref name="index"/> reads as a verb in its context.</summary>
    public static bool IsVerb(List<ClaimToken> tokens, int index)
    {
        var token = tokens[index];
        if (!token.IsWord)
        {
            return false;
        }

        var word = token.Lower;
        var previous = index > 0 && tokens[index - 1].IsWord ? tokens[index - 1].Lower : null;
        var afterDeterminer = previous is not null && (Determiners.Contains(previous) || PossessivePronouns.Contains(previous));
        if (afterDeterminer || (index > 0 && tokens[index - 1].Kind == ClaimTokenKind.Possessive))
        {
            return false; // "the increased tariff", "its cut", "Pakistan's rise"
        }

        if (index > 1 && tokens[index - 1].IsWord && GenericModifiers.Contains(tokens[index - 1].Lower) && tokens[index - 2].IsWord
            && (Determiners.Contains(tokens[index - 2].Lower) || PossessivePronouns.Contains(tokens[index - 2].Lower)))
        {
            return false; // "the new levy", "a further cut"
        }

        if (index > 1 && tokens[index - 1].Kind == ClaimTokenKind.Figure && tokens[index - 2].IsWord
            && (Determiners.Contains(tokens[index - 2].Lower) || PossessivePronouns.Contains(tokens[index - 2].Lower)))
        {
            return false; // "a 15% levy", "a 42% rise"
        }

        if (index > 0 && tokens[index - 1].Kind == ClaimTokenKind.Figure && (NounsToo.Contains(word) || !word.EndsWith("ed", StringComparison.Ordinal)))
        {
            return false; // "46 states", "$5bn deal"
        }

        if (word.Length >= 5 && word.EndsWith("ing", StringComparison.Ordinal) && index + 1 < tokens.Count && !token.IsCapitalized
            && (tokens[index + 1].Kind == ClaimTokenKind.Figure || (tokens[index + 1].IsWord && (Determiners.Contains(tokens[index + 1].Lower) || PossessivePronouns.Contains(tokens[index + 1].Lower)))))
        {
            return true; // "valuing the company", "raising its stake", "adding $1.89"
        }

        if (NounsToo.Contains(word) && index + 1 < tokens.Count && (IsVerbForm(tokens, index + 1) || tokens[index + 1].Is("of")))
        {
            return false; // "a 2022 report revealed", "costs rose", "market value of": a noun
        }

        if (Auxiliaries.Contains(word) || ReportingVerbs.Contains(word) || LevelVerbs.Contains(word))
        {
            return !token.IsCapitalized || index == 0;
        }

        if (UpVerbs.Contains(word) || DownVerbs.Contains(word))
        {
            // "up"/"down" are adverbs of change, not a clause's verb; nouns like "rise" after an adjective are caught above.
            return word is not ("up" or "down" or "higher" or "lower") && (!token.IsCapitalized || index == 0);
        }

        if (word.Length >= 4 && word.EndsWith("ed", StringComparison.Ordinal) && !NotVerbsEndingInEd.Contains(word))
        {
            return !token.IsCapitalized || index == 0;
        }

        // "is projecting", "were expecting": a present participle after an auxiliary.
        return word.Length >= 5 && word.EndsWith("ing", StringComparison.Ordinal) && previous is not null && Auxiliaries.Contains(previous) && !token.IsCapitalized;
    }

    /// <summary>Verb forms that are as often nouns; read as nouns when a verb follows ("a 2022 report revealed").</summary>
    public static readonly FrozenSet<string> NounsToo = Set(
        "report", "reports", "show", "shows", "estimate", "estimates", "forecast", "forecasts", "claim", "claims", "state", "states",
        "note", "notes", "cost", "costs", "rise", "rises", "increase", "increases", "fall", "falls", "drop", "drops", "cut", "cuts",
        "gain", "gains", "jump", "jumps", "decline", "declines", "value", "record", "records", "total", "plan", "plans", "need",
        "needs", "demand", "demands", "return", "returns", "hike", "hikes", "share", "shares", "post", "posts", "pay", "charge",
        "charges", "hold", "run", "set", "close", "top", "deal", "deals", "trade", "spending", "sales", "survey", "study", "poll",
        "figures", "data", "findings", "results", "profit", "profits", "output", "prices", "price", "exports", "imports", "levy", "levies", "demand", "claim", "offer", "offers", "use", "help", "call", "calls", "move", "moves", "turn", "hope", "fear", "fears", "aim");

    private static bool IsVerbForm(List<ClaimToken> tokens, int index)
    {
        var token = tokens[index];
        if (!token.IsWord || token.IsCapitalized)
        {
            return false;
        }

        var word = token.Lower;
        return Auxiliaries.Contains(word) || (ReportingVerbs.Contains(word) && !NounsToo.Contains(word)) || (LevelVerbs.Contains(word) && !NounsToo.Contains(word))
            || ((UpVerbs.Contains(word) || DownVerbs.Contains(word)) && !NounsToo.Contains(word) && word is not ("up" or "down" or "higher" or "lower"))
            || (word.Length >= 5 && word.EndsWith("ed", StringComparison.Ordinal) && !NotVerbsEndingInEd.Contains(word));
    }

    /// <summary>A crude lemma for nouns: plural endings removed ("attacks" → "attack", "duties" → "duty").</summary>
    public static string Lemma(string lower)
    {
        if (lower.Length <= 3 || lower.EndsWith("ss", StringComparison.Ordinal) || lower.EndsWith("us", StringComparison.Ordinal)
            || lower.EndsWith("is", StringComparison.Ordinal) || lower is "data" or "news" or "series" or "species" or "earnings" or "customs" or "goods" or "sales")
        {
            return lower switch
            {
                "sales" => "sale",
                "goods" => "good",
                _ => lower,
            };
        }

        if (lower.EndsWith("ies", StringComparison.Ordinal))
        {
            return string.Concat(lower.AsSpan(0, lower.Length - 3), "y");
        }

        if (lower.EndsWith("ches", StringComparison.Ordinal) || lower.EndsWith("shes", StringComparison.Ordinal)
            || lower.EndsWith("xes", StringComparison.Ordinal) || lower.EndsWith("sses", StringComparison.Ordinal))
        {
            return lower[..^2];
        }

        if (lower.EndsWith('s') && !lower.EndsWith("'s", StringComparison.Ordinal))
        {
            return lower[..^1];
        }

        return lower;
    }

    /// <summary>The canonical head for a subject key: lemma, then synonyms ("duties" → "duty" → "tariff").</summary>
    public static string CanonicalHead(string lower)
    {
        // "Pakistani goods" facing a US tariff are exports from Pakistan to the US: the places already say which way.
        if (lower is "goods" or "shipments")
        {
            return "export";
        }

        var lemma = Lemma(lower);
        return HeadSynonyms.TryGetValue(lemma, out var canonical) ? canonical : lemma;
    }

    public static bool IsFunctionWord(string lower) =>
        Determiners.Contains(lower) || PossessivePronouns.Contains(lower) || Prepositions.Contains(lower) || Subordinators.Contains(lower)
        || Auxiliaries.Contains(lower) || SubjectPronouns.Contains(lower) || ObjectPronouns.Contains(lower) || lower is "and" or "or" or "nor";

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
