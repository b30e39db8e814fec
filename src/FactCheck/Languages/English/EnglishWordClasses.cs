using System.Collections.Frozen;

namespace FactCheck.Languages.English;

/// <summary>
/// The English word classes the claims stage reads news with: closed classes (determiners, pronouns, prepositions,
/// auxiliaries), verbs of change, level, report and imposition, tense and time words, and the nouns that name rates,
/// prices, sources and figures. Each list is defined here once; the stages refer to it.
/// </summary>
internal static class EnglishWordClasses
{
    /// <summary>Determiners: a word after one of them is not a verb ("the increased tariff").</summary>
    public static readonly FrozenSet<string> Determiners = Set(
        "a", "an", "the", "this", "that", "these", "those", "some", "any", "each", "every", "all", "both", "no", "another",
        "such");

    /// <summary>Possessive pronouns: like a determiner, they make the next word a noun ("its cut").</summary>
    public static readonly FrozenSet<string> PossessivePronouns = Set(
        "its", "their", "his", "her", "our", "my", "your");

    /// <summary>Pronouns that may stand for a subject named earlier ("it", "they").</summary>
    public static readonly FrozenSet<string> SubjectPronouns = Set(
        "it", "they", "he", "she", "we", "i", "you", "this", "that", "these", "those");

    /// <summary>Pronouns that may stand for an object named earlier ("them").</summary>
    public static readonly FrozenSet<string> ObjectPronouns = Set(
        "it", "them", "him", "her", "us");

    /// <summary>Prepositions: function words a subject or a noun phrase does not end on.</summary>
    public static readonly FrozenSet<string> Prepositions = Set(
        "of", "in", "on", "at", "by", "for", "from", "to", "with", "into", "over", "under", "since", "during", "after",
        "before", "between", "against", "among", "per", "via", "about", "than", "through", "across", "amid", "within",
        "without", "as", "despite", "towards", "toward", "until", "till", "onto", "upon", "around", "above", "below", "beyond",
        "versus", "vs", "like", "following", "including", "excluding", "regarding", "concerning", "worth", "plus", "minus",
        "except");

    /// <summary>Prepositions that may sit inside a subject noun phrase ("attacks in Pakistan", "duty on exports from Pakistan to the US").</summary>
    public static readonly FrozenSet<string> NounPhrasePrepositions = Set(
        "of", "in", "on", "at", "from", "to", "for", "before", "per");

    /// <summary>Words that open a subordinate clause ("that", "which", "because").</summary>
    public static readonly FrozenSet<string> Subordinators = Set(
        "that", "which", "who", "whom", "whose", "where", "when", "while", "whereas", "although", "though", "because", "if",
        "unless", "but", "so", "yet", "whether", "once", "whilst");

    /// <summary>Auxiliary and modal verbs with their contractions ("is", "has", "will", "won't").</summary>
    public static readonly FrozenSet<string> Auxiliaries = Set(
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "will", "would", "can",
        "could", "may", "might", "shall", "should", "must", "do", "does", "did", "not", "n't", "'s", "'re", "'ve", "'ll", "'d",
        "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "can't", "couldn't",
        "don't", "doesn't", "didn't");

    /// <summary>Adverbs left out of subjects ("now", "sharply", "respectively").</summary>
    public static readonly FrozenSet<string> Adverbs = Set(
        "now", "also", "still", "already", "just", "only", "recently", "currently", "reportedly", "further", "again", "even",
        "then", "later", "initially", "previously", "sharply", "slightly", "significantly", "steadily", "briefly", "nearly",
        "almost", "roughly", "about", "around", "some", "approximately", "more", "less", "sometimes", "often", "last", "so",
        "far", "overall", "respectively", "altogether", "alone", "too", "instead", "meanwhile", "however", "first", "once",
        "ever", "yet");

    /// <summary>Verbs (and "up", "higher") that name an increase, in all their forms ("rose", "jumped", "doubled").</summary>
    public static readonly FrozenSet<string> UpVerbs = Set(
        "rise", "rises", "rose", "risen", "rising", "increase", "increases", "increased", "increasing", "jump", "jumps",
        "jumped", "jumping", "grow", "grows", "grew", "grown", "growing", "climb", "climbs", "climbed", "climbing", "surge",
        "surges", "surged", "surging", "soar", "soars", "soared", "soaring", "gain", "gains", "gained", "gaining", "rebound",
        "rebounded", "boost", "boosted", "boosts", "raise", "raised", "raises", "raising", "advance", "advanced", "advances",
        "double", "doubled", "doubles", "triple", "tripled", "triples", "quadrupled", "hike", "hiked", "hikes", "expand",
        "expanded", "expands", "accelerate", "accelerated", "swell", "swelled", "swollen", "leap", "leapt", "leaped", "leaps",
        "spike", "spiked", "spikes", "rocket", "rocketed", "balloon", "ballooned", "widen", "widened", "lift", "lifted",
        "lifts", "up", "higher", "added", "adds", "add", "adding", "rebounding", "boosting", "advancing", "doubling", "tripling",
        "hiking", "expanding", "accelerating", "swelling", "leaping", "spiking", "rocketing", "ballooning", "widening", "lifting",
        "improve", "improves", "improved", "improving", "recover", "recovers", "recovered", "recovering");

    /// <summary>Verbs (and "down", "lower") that name a decrease, in all their forms ("fell", "cut", "halved").</summary>
    public static readonly FrozenSet<string> DownVerbs = Set(
        "fall", "falls", "fell", "fallen", "falling", "drop", "drops", "dropped", "dropping", "decline", "declines",
        "declined", "declining", "decrease", "decreases", "decreased", "slump", "slumps", "slumped", "slide", "slides", "slid",
        "slip", "slips", "slipped", "plunge", "plunges", "plunged", "plunging", "tumble", "tumbles", "tumbled", "sink",
        "sinks", "sank", "sunk", "shrink", "shrinks", "shrank", "shrunk", "cut", "cuts", "cutting", "reduce", "reduces",
        "reduced", "lower", "lowered", "lowers", "dip", "dips", "dipped", "down", "contract", "contracted", "contracts",
        "lose", "loses", "lost", "losing", "halve", "halved", "halves", "ease", "eased", "eases", "retreat", "retreated",
        "plummet", "plummeted", "plummets", "narrow", "narrowed", "shed", "sheds", "slashed", "slash", "slashes", "crash",
        "crashed", "collapse", "collapsed", "dive", "dived", "weaken", "weakened", "erode", "eroded", "trim", "trimmed",
        "slumping", "sliding", "slipping", "tumbling", "sinking", "shrinking", "reducing", "lowering", "dipping", "contracting",
        "halving", "retreating", "plummeting", "narrowing", "shedding", "slashing", "crashing", "collapsing", "diving",
        "weakening", "eroding", "trimming");

    /// <summary>Nouns that name a change rather than the thing changing ("a 42% rise in attacks").</summary>
    public static readonly FrozenSet<string> UpNouns = Set(
        "rise", "rises", "increase", "increases", "jump", "jumps", "gain", "gains", "surge", "hike", "hikes", "growth",
        "climb", "boost", "rebound", "leap", "spike", "upturn", "uptick", "expansion");

    /// <summary>Nouns that name a decrease rather than the thing decreasing ("a 5% fall in sales").</summary>
    public static readonly FrozenSet<string> DownNouns = Set(
        "fall", "falls", "drop", "drops", "decline", "declines", "decrease", "slump", "cut", "cuts", "reduction", "dip",
        "loss", "losses", "plunge", "slide", "contraction", "downturn", "shrinkage");

    /// <summary>Verbs that state a level ("stood at 5%", "reached $5bn", "face a 29% duty").</summary>
    public static readonly FrozenSet<string> LevelVerbs = Set(
        "stand", "stands", "stood", "reach", "reached", "reaches", "hit", "hits", "total", "totals", "totalled", "totaled",
        "amount", "amounted", "amounts", "face", "faces", "faced", "facing", "pay", "pays", "paid", "charge", "charges",
        "charged", "impose", "imposes", "imposed", "levy", "levied", "levies", "set", "sets", "hold", "holds", "held",
        "remain", "remains", "remained", "account", "accounts", "accounted", "represent", "represents", "represented", "make",
        "makes", "made", "own", "owns", "owned", "cost", "costs", "earn", "earns", "earned", "employ", "employs", "employed",
        "sell", "sells", "sold", "buy", "bought", "buys", "spend", "spent", "spends", "invest", "invested", "invests",
        "receive", "received", "attract", "attracted", "incur", "incurred", "announce", "announced", "announces", "introduce",
        "introduced", "apply", "applies", "applied", "stay", "stayed", "stays", "come", "came", "comes", "get", "got", "gets",
        "see", "saw", "seen", "sees", "record", "recorded", "records", "post", "posted", "posts", "generate", "generated",
        "generates", "expect", "expects", "expected", "forecast", "forecasts", "predict", "predicted", "estimate", "estimated",
        "estimates", "value", "valued", "worth", "kill", "killed", "injure", "injured", "displace", "displaced", "send",
        "sent", "deploy", "deployed", "leave", "left", "take", "took", "taken", "takes", "give", "gave", "given", "gives",
        "put", "puts", "keep", "kept", "keeps", "run", "ran", "runs", "agree", "agreed", "agrees", "plan", "plans", "planned",
        "want", "wants", "wanted", "need", "needs", "needed", "bring", "brings", "brought", "capture", "captured", "destroy",
        "destroyed", "return", "returned", "demand", "demanded", "go", "goes", "went", "gone", "become", "became", "becomes",
        "exceed", "exceeded", "exceeds", "top", "topped", "tops", "pass", "passed", "surpass", "surpassed", "rank", "ranks",
        "ranked", "owe", "owes", "owed", "borrow", "borrowed", "lend", "lent", "raise", "won", "win", "wins", "hire", "hired",
        "hires", "fire", "fired", "open", "opened", "close", "closed", "hope", "hopes", "seem", "seems", "appear", "appears",
        "tend", "tends", "try", "tries", "help", "helps", "allow", "allows", "continue", "continues", "seek", "seeks",
        "sought", "aim", "aims", "intend", "intends", "include", "includes", "contain", "contains", "involve", "involves",
        "require", "requires", "provide", "provides", "offer", "offers", "use", "uses", "ask", "asks", "call", "calls", "turn",
        "turns", "move", "moves", "mean", "means", "know", "knows", "knew", "feel", "feels", "felt", "let", "lets", "lead",
        "leads", "led", "sue", "sues", "assume", "assumes", "controls", "control");

    /// <summary>
    /// Verbs of those who expected a figure, after the figure and who expected it: "the 180,000 economists had expected", "the
    /// 2% analysts forecast".
    /// </summary>
    public static readonly FrozenSet<string> ExpectingVerbs = Set(
        "expected", "expect", "forecast", "forecasted", "predicted", "estimated", "anticipated", "projected", "expecting", "predicting", "forecasting");

    /// <summary>Nouns for how a firm stands to another, written before its name: "rival Nissan", "suitor Globex", "parent Initech".</summary>
    public static readonly FrozenSet<string> RelationNouns = Set(
        "rival", "rivals", "competitor", "suitor", "bidder", "parent", "partner", "owner", "buyer", "seller", "supplier", "customer");

    /// <summary>Verbs that attribute a statement to a source ("the Commerce Department said").</summary>
    public static readonly FrozenSet<string> ReportingVerbs = Set(
        "say", "says", "said", "report", "reports", "reported", "reveal", "reveals", "revealed", "show", "shows", "showed",
        "shown", "find", "finds", "found", "estimate", "estimates", "estimated", "announce", "announces", "announced",
        "confirm", "confirms", "confirmed", "state", "states", "stated", "predict", "predicts", "predicted", "forecast",
        "forecasts", "warn", "warns", "warned", "note", "notes", "noted", "claim", "claims", "claimed", "suggest", "suggests",
        "suggested", "indicate", "indicates", "indicated", "told", "tells", "tell", "add", "added", "adds", "argue", "argued",
        "argues", "explain", "explained", "explains", "insist", "insisted", "insists", "write", "wrote", "writes", "concluded",
        "concludes", "calculated", "calculates", "projected", "projects", "put", "puts", "disclosed", "discloses", "believe",
        "believes", "believed", "think", "thinks", "thought", "expect", "expects", "expected", "fear", "fears", "feared",
        "predicting", "forecasting", "projecting", "expecting", "estimating", "reporting");

    /// <summary>Nouns that mark a noun phrase as something that can be a source ("a report", "officials", "the company").</summary>
    public static readonly FrozenSet<string> SourceNouns = Set(
        "report", "reports", "study", "studies", "survey", "surveys", "data", "figures", "statistics", "analysts", "analyst",
        "economists", "economist", "officials", "official", "government", "ministry", "department", "company", "firm", "bank",
        "agency", "office", "institute", "spokesman", "spokeswoman", "spokesperson", "researchers", "experts", "expert",
        "index", "poll", "census", "group", "council", "commission", "organisation", "organization", "association",
        "authority", "authorities", "board", "bureau", "fund", "centre", "center", "university", "minister", "secretary",
        "president", "chairman", "chief", "executive", "administration", "statement", "research", "review", "audit",
        "estimates", "paper", "newspaper", "website", "union", "federation", "watchdog", "regulator", "observatory", "monitor",
        "ngo", "charity");

    /// <summary>Nouns that name reported numbers and can carry a source to earlier sentences ("These figures were released by ...").</summary>
    public static readonly FrozenSet<string> FigureNouns = Set(
        "figures", "figure", "data", "numbers", "statistics", "stats", "results", "estimates", "estimate", "findings");

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

    /// <summary>Words that mark a price measure when they head the subject.</summary>
    public static readonly FrozenSet<string> PriceNouns = Set(
        "price", "prices", "cost", "costs", "fare", "fares", "fee", "fees", "rent", "rents", "wage", "wages", "salary",
        "salaries", "pay", "valuation", "value", "barrel", "premium");

    /// <summary>Words that mark a share of a whole when they head the subject ("a 20% stake").</summary>
    public static readonly FrozenSet<string> ShareNouns = Set(
        "share", "stake", "proportion", "portion", "majority", "fraction", "percentage");

    /// <summary>Words that stack a tariff on those already in force.</summary>
    public static readonly FrozenSet<string> AdditionalWords = Set(
        "additional", "extra", "further", "another", "more", "stacked", "incremental", "supplementary", "top");

    /// <summary>Words before a rate that mark it as the one already in force, under a stacked one ("the existing 25% duty").</summary>
    public static readonly FrozenSet<string> ExistingRateWords = Set(
        "existing", "current", "previous", "earlier", "original", "prevailing", "present", "standing", "standard", "base");

    /// <summary>Words before a rate that make it the total of a stack ("bringing the total to 30%", "a combined 35%").</summary>
    public static readonly FrozenSet<string> TotalWords = Set(
        "total", "combined", "overall", "cumulative", "aggregate", "altogether", "all-in");

    /// <summary>Words that mark a date as the moment from which something holds ("takes full effect on April 9").</summary>
    public static readonly FrozenSet<string> EffectiveWords = Set(
        "effect", "effective", "force", "starting", "beginning", "kick", "kicks", "implemented", "apply", "applies",
        "enforced", "commence", "commences", "start", "starts", "begin", "begins", "valid", "operational", "live");

    /// <summary>Adjectives and participles left out of subject keys: they describe, but do not name, the thing measured.</summary>
    public static readonly FrozenSet<string> GenericModifiers = Set(
        "new", "old", "swift", "rapid", "heavy", "big", "bigger", "biggest", "large", "larger", "largest", "small", "smaller",
        "high", "higher", "highest", "low", "lower", "lowest", "recent", "earlier", "previous", "current", "increased",
        "decreased", "latest", "total", "overall", "first", "last", "steep", "sharp", "significant", "major", "key", "further",
        "additional", "extra", "full", "same", "other", "such", "very", "much", "many", "most", "more", "less", "own", "whole",
        "estimated", "expected", "reported", "planned", "proposed", "existing", "original", "initial", "final", "average",
        "annual", "yearly", "monthly", "weekly", "daily", "so-called", "official", "net", "gross", "combined", "respective",
        "higher-than-expected", "lower-than-expected", "huge", "massive", "modest", "slight", "strong", "weak", "record",
        "raised", "revised", "announced", "imposed", "present", "near", "sweeping", "steeper", "punishing", "hefty",
        "reciprocal", "retaliatory", "said", "figure", "figures", "amount", "level");

    /// <summary>Words ending in "-ed" that are not past forms ("hundred", "united", "based").</summary>
    public static readonly FrozenSet<string> NotVerbsEndingInEd = Set(
        "red", "bed", "need", "speed", "seed", "feed", "hundred", "shed", "united", "limited", "breed", "deed", "greed",
        "weed", "steed", "creed", "reed", "led", "fled", "bred", "wed", "sled", "shred", "sacred", "naked", "wicked", "rugged",
        "ragged", "wretched", "beloved", "kindred", "indeed", "based", "related", "owned", "listed", "backed", "linked",
        "biased", "aged", "sped", "bled", "heed", "coed", "teed");

    /// <summary>Verb forms that are as often nouns; read as nouns when a verb follows ("a 2022 report revealed").</summary>
    public static readonly FrozenSet<string> NounsToo = Set(
        "report", "reports", "show", "shows", "estimate", "estimates", "forecast", "forecasts", "claim", "claims", "state",
        "states", "note", "notes", "cost", "costs", "rise", "rises", "increase", "increases", "fall", "falls", "drop", "drops",
        "cut", "cuts", "gain", "gains", "jump", "jumps", "decline", "declines", "value", "record", "records", "total", "plan",
        "plans", "need", "needs", "demand", "demands", "return", "returns", "hike", "hikes", "share", "shares", "post",
        "posts", "pay", "charge", "charges", "hold", "run", "set", "close", "top", "deal", "deals", "trade", "spending",
        "sales", "survey", "study", "poll", "figures", "data", "findings", "results", "profit", "profits", "output", "prices",
        "price", "exports", "imports", "levy", "levies", "offer", "offers", "use", "help", "call", "calls", "move", "moves",
        "turn", "hope", "fear", "fears", "aim", "accounts", "funding", "financing", "borrowing", "lending");

    /// <summary>Irregular past forms (a past verb is one of these or ends in "-ed"): "rose", "fell", "said".</summary>
    public static readonly FrozenSet<string> PastForms = Set(
        "was", "were", "had", "did", "rose", "fell", "grew", "sank", "shrank", "stood", "said", "took", "made", "lost", "paid",
        "held", "left", "saw", "came", "got", "went", "gave", "sold", "bought", "spent", "won", "kept", "ran", "brought",
        "became", "found", "told", "slid", "leapt", "wrote", "began", "swelled", "hit", "cut", "set", "shed", "put", "sent",
        "lent", "led", "fled", "slumped");

    /// <summary>The modal verbs that put a clause ahead of the time of writing or make it less than a fact: "will", "could", "should".</summary>
    private static readonly string[] ModalVerbs = ["will", "would", "could", "may", "might", "shall", "should"];

    /// <summary>
    /// Words that put what follows ahead of the time of writing ("will", "could", "to", "expects"): a clause with one is no
    /// past statement, so a month it names without a year may lie after publication.
    /// </summary>
    public static readonly FrozenSet<string> AheadWords = Set(
        [.. ModalVerbs, "to", "expects", "expected", "expect", "forecast", "forecasts", "predicts", "predicted"]);

    /// <summary>Words that put a claim in the present: "is", "has", "now", "currently", "remains".</summary>
    public static readonly FrozenSet<string> PresentMarkers = Set(
        "is", "are", "am", "has", "have", "now", "currently", "today", "will", "'s", "'re", "remains", "stands", "faces",
        "face", "nowadays", "presently", "still");

    /// <summary>Prepositions that may open the time of a noun phrase ("in 2024", "since May").</summary>
    public static readonly FrozenSet<string> DatePrepositions = Set(
        "in", "during", "for", "since", "at", "on", "by", "over", "through", "until", "from", "between", "after", "before",
        "to", "of");

    /// <summary>Words of time and measure that never head a subject ("years", "ago", "points", "apiece").</summary>
    public static readonly FrozenSet<string> TimeWords = Set(
        "year", "years", "month", "months", "week", "weeks", "day", "days", "quarter", "quarters", "ago", "earlier", "later",
        "year-on-year", "year-over-year", "annually", "times", "point", "points", "percent", "cent", "per", "each", "apiece",
        "a");

    /// <summary>Verbs of bearing a rate: a rate noun after the figure joins their subject ("exports face a 29% duty").</summary>
    public static readonly FrozenSet<string> BearingVerbs = Set(
        "face", "faces", "faced", "facing", "pay", "pays", "paid", "paying", "incur", "incurs", "incurred", "attract",
        "attracts", "attracted", "bear", "bears", "carry", "carries", "carried", "get", "gets", "got", "receive", "receives",
        "received");

    /// <summary>Adverbs of place that may follow the noun of a subject and are no part of it: "sales there fell 16%".</summary>
    public static readonly FrozenSet<string> PlaceAdverbs = Set("there", "here");

    /// <summary>
    /// Particles that follow a verb in the phrase before a figure and are no noun: "fell back 3%", "was scaled back to 4%".
    /// </summary>
    public static readonly FrozenSet<string> VerbParticles = Set("back");

    /// <summary>Words the search for a subject steps back over before a figure ("by some 5%", "a new record", "fell back 3%").</summary>
    public static readonly FrozenSet<string> StepBackWords = Set(
        "by", "to", "at", "of", "a", "an", "the", "up", "down", "some", "about", "around", "nearly", "almost", "roughly",
        "just", "only", "another", "further", "additional", "extra", "its", "their", "his", "her", "new", "record", "fresh",
        "from", "back");

    /// <summary>Verbs of imposing a tariff ("imposed", "slapped", "levied").</summary>
    public static readonly FrozenSet<string> ImposingVerbs = Set(
        "impose", "imposes", "imposed", "imposing", "levy", "levies", "levied", "slap", "slaps", "slapped", "announce",
        "announces", "announced", "introduce", "introduces", "introduced", "raise", "raises", "raised", "hike", "hikes",
        "hiked", "set", "sets", "apply", "applies", "applied", "charge", "charges", "charged", "put", "puts", "placed",
        "place", "places", "unveiled", "unveil");

    /// <summary>Conjunctions that open a new clause ("but", "while", "although").</summary>
    public static readonly FrozenSet<string> ClauseBreakWords = Set(
        "but", "while", "whereas", "although", "though", "whilst");

    /// <summary>Words that open a new clause after a comma ("and", "which", "as").</summary>
    public static readonly FrozenSet<string> ClauseBreakAfterComma = Set(
        "and", "which", "who", "as", "so", "with");

    /// <summary>Pronouns that open a relative clause after a comma, which the next comma closes ("Acme, which was founded in May, will ...").</summary>
    public static readonly FrozenSet<string> RelativeClauseOpeners = Set(
        "which", "who", "whose", "whom");

    /// <summary>
    /// Words that open a clause with a tense of its own, without a comma: the <see cref="Subordinators"/> ("said on Friday
    /// that it will", "fell because", "if sales fall") and "after" ("closed down 19% on Monday, after it said a partner was
    /// set to pull out").
    /// </summary>
    public static readonly FrozenSet<string> TenseClauseOpeners = Set([.. Subordinators, "after"]);

    /// <summary>Words that introduce an earlier value after a figure ("up from", "compared with").</summary>
    public static readonly FrozenSet<string> PreviousMarkers = Set(
        "from", "compared", "against", "versus", "vs", "vs.", "than", "instead");

    /// <summary>Words the search for an earlier value steps over ("up from the year-earlier 10%").</summary>
    public static readonly FrozenSet<string> WindowWords = Set(
        "up", "down", "from", "compared", "with", "to", "against", "versus", "vs", "the", "a", "an", "earlier", "previous",
        "prior", "year", "year-earlier", "last", "same", "period", "level", "levels", "of", "at", "in", "its", "their", "and",
        "for", "rate", "just", "only", "some", "about", "around", "figure", "original", "initial", "before", "ago", "than",
        "on", "over", "higher", "lower", "more", "less", "fewer", "faster", "slower", "bigger", "smaller", "larger", "greater",
        "previously", "months", "month", "quarter", "week", "rising", "falling", "increasing", "decreasing", "year-ago", "during");

    /// <summary>Up verbs that, with a sum of money, name an amount given rather than a change ("raised $2bn").</summary>
    public static readonly FrozenSet<string> GivingVerbs = Set(
        "raise", "raised", "raises", "raising", "boost", "boosted", "boosts", "lift", "lifted", "lifts", "add", "added",
        "adds", "gain", "gained", "gains");

    /// <summary>Words before "than" that make a comparison ("faster than").</summary>
    public static readonly FrozenSet<string> Comparatives = Set(
        "higher", "lower", "more", "less", "fewer", "faster", "slower", "bigger", "smaller", "larger", "greater", "better",
        "worse", "cheaper", "dearer", "stronger", "weaker", "above", "below", "exceeds", "exceeded", "outpaced", "outpacing");

    /// <summary>
    /// Words between a level and "at" that say it stayed where it was: "kept prices unchanged at $5" ("on hold" is read as
    /// two words).
    /// </summary>
    public static readonly FrozenSet<string> HeldLevelWords = Set("unchanged", "steady", "stable", "flat");

    /// <summary>Words after a change figure that set it above a base figure ("24.4% above the previous record of $496.5bn").</summary>
    public static readonly FrozenSet<string> AboveWords = Set("above", "over");

    /// <summary>Words after a change figure that set it below a base figure ("12% below the $41m of 2003").</summary>
    public static readonly FrozenSet<string> BelowWords = Set("below", "under");

    /// <summary>Pronouns that open a sentence about the figures of the one before ("That is an increase of 12%").</summary>
    public static readonly FrozenSet<string> BackReferencePronouns = Set("that", "this", "which");

    /// <summary>Verbs after such a pronoun that make its figure a restatement of the change before ("That represents a rise of 4 points").</summary>
    public static readonly FrozenSet<string> BackReferenceVerbs = Set(
        "is", "was", "'s", "would", "will", "be", "represents", "represented", "marks", "marked", "means", "meant", "amounts",
        "amounted", "equals", "equalled", "equaled");

    /// <summary>Words between "an" and a count that make it a count added ("an extra four hours", "an additional 500 staff").</summary>
    public static readonly FrozenSet<string> ExtraWords = Set("extra", "additional");

    /// <summary>Comparatives after a figure that make it a rise ("8% higher", "500 more jobs").</summary>
    public static readonly FrozenSet<string> ComparativesUp = Set("higher", "more", "bigger", "larger", "greater");

    /// <summary>Comparatives after a figure that make it a fall ("48,000 fewer mortgages", "3% lower").</summary>
    public static readonly FrozenSet<string> ComparativesDown = Set("lower", "fewer", "less", "smaller");

    /// <summary>Superlatives that make a rank ("the largest", "the third-largest").</summary>
    public static readonly FrozenSet<string> Superlatives = Set(
        "largest", "biggest", "highest", "lowest", "smallest", "fastest", "slowest", "steepest", "sharpest", "strongest",
        "weakest", "greatest", "worst", "best", "most");

    /// <summary>Ordinals before a superlative and the place they name ("the third-largest").</summary>
    public static readonly FrozenDictionary<string, int> Ordinals = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9,
        ["tenth"] = 10, ["2nd"] = 2, ["3rd"] = 3, ["4th"] = 4, ["5th"] = 5, ["6th"] = 6, ["7th"] = 7, ["8th"] = 8, ["9th"] = 9, ["10th"] = 10,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Titles before a person's name ("Mr Smith"): the name is a person, not an entity a figure is about.</summary>
    public static readonly FrozenSet<string> PersonTitles = Set(
        "mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "professor", "prof", "dame");

    /// <summary>Roles written before a name ("chief executive Jane Doe", "analyst John Roe").</summary>
    public static readonly FrozenSet<string> PersonRoles = Set(
        "executive", "chairman", "chairwoman", "chair", "president", "minister", "secretary", "analyst", "economist",
        "spokesman", "spokeswoman", "spokesperson", "boss", "manager", "director", "governor", "chancellor", "founder",
        "strategist", "head", "officer", "owner", "trader", "dealer", "premier", "leader", "commissioner", "prosecutor",
        "judge", "lawyer", "investor");

    /// <summary>
    /// People who comment on a firm from outside it ("economists at Acme Bank", "an analyst at Globex"): the name after them says
    /// where they work, not what a figure they give is about.
    /// </summary>
    public static readonly FrozenSet<string> CommentatorNouns = Set(
        "analyst", "analysts", "economist", "economists", "strategist", "strategists", "expert", "experts", "researcher",
        "researchers");

    /// <summary>Nouns of owning part of a firm: the name after "in" is the firm held, not the holder ("a 22% stake in Acme").</summary>
    public static readonly FrozenSet<string> HoldingNouns = Set(
        "stake", "stakes", "holding", "holdings", "shareholder", "shareholders", "shareholding", "shareholdings");

    /// <summary>Verbs of owning part of a firm: the name after the figure and "of" is the firm held ("owns 5% of Acme").</summary>
    public static readonly FrozenSet<string> HoldingVerbs = Set(
        "own", "owns", "owned", "hold", "holds", "held", "control", "controls", "controlled", "bought", "buy", "buys", "acquired",
        "acquire", "acquires");

    /// <summary>
    /// Words in the name of a public body ("the European Commission", "the Labor Department", "the Frankfurt Stock Exchange"):
    /// "the company" or "the firm" never points back to one.
    /// </summary>
    public static readonly FrozenSet<string> PublicBodyWords = Set(
        "commission", "department", "ministry", "exchange", "bureau", "agency", "authority", "office", "court", "parliament",
        "congress", "senate", "council", "government", "treasury", "regulator", "tribunal", "administration", "statistics",
        "union");

    /// <summary>
    /// Words that end the name of a body of members speaking for a country's trade ("British Bankers' Association", "Japan
    /// Automobile Manufacturers Federation"): the place that opens such a name says whose trade it is, and stays a place.
    /// </summary>
    public static readonly FrozenSet<string> MemberBodyWords = Set(
        "association", "associations", "federation", "confederation", "chamber", "chambers", "institute", "league");

    /// <summary>
    /// Words in the name of a public body that publishes a country's figures ("the Labor Department", "the Office for National
    /// Statistics", "the Census Bureau"): a measure it reports without naming whose is the economy's, not the body's own.
    /// </summary>
    public static readonly FrozenSet<string> ReportingBodyWords = Set(
        "department", "ministry", "bureau", "statistics", "statistical", "office", "institute", "agency");

    /// <summary>
    /// Prepositions that place what a firm does ("200 jobs in Sweden", "sales outside the UK", "stores across Asia"): the place
    /// after one says where, not whose.
    /// </summary>
    public static readonly FrozenSet<string> LocatingPrepositions = Set(
        "in", "across", "outside", "throughout", "within");

    /// <summary>
    /// Prepositions after a figure's noun that name who bears it ("a $5bn tax claim against Acme", "a fine against Globex"):
    /// the name after one is the entity the figure is about.
    /// </summary>
    public static readonly FrozenSet<string> BearerPrepositions = Set("against");

    /// <summary>Forms of "be" that, before a past participle, make a verb passive ("have been put up for sale by Acme").</summary>
    public static readonly FrozenSet<string> PassiveAuxiliaries = Set("is", "are", "was", "were", "be", "been", "being");

    /// <summary>The noun of a part's share of a whole ("consumer spending's share of US economic activity").</summary>
    public const string PartShareNoun = "share";

    /// <summary>
    /// Verbs that make their subject a part of the whole after the figure ("accounts for 66% of", "makes up a third of",
    /// "represents 5% of"), each with the particle that must follow it, or an empty string when none does.
    /// </summary>
    public static readonly FrozenDictionary<string, string> PartVerbs = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["account"] = "for", ["accounts"] = "for", ["accounted"] = "for", ["accounting"] = "for",
        ["make"] = "up", ["makes"] = "up", ["made"] = "up", ["making"] = "up",
        ["represent"] = "", ["represents"] = "", ["represented"] = "", ["representing"] = "",
        ["comprise"] = "", ["comprises"] = "", ["comprised"] = "", ["comprising"] = "",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Possessive pronouns before a name that is then something owned ("its Fast Track plan"), not an entity.</summary>
    public static readonly FrozenSet<string> OwningPronouns = Set("its", "their", "his", "her", "our");

    /// <summary>
    /// Nouns for a group of people that a business figure may be about ("tube workers demanded a 53% pay rise", "creditors
    /// holding $41bn"): when one is the subject of the figure's clause and no organisation is named there, the group is the
    /// entity. People who only comment on a figure ("analysts", "economists") are not among them.
    /// </summary>
    public static readonly FrozenSet<string> PeopleGroupNouns = Set(
        "workers", "staff", "employees", "workforce", "bondholders", "creditors", "shareholders", "investors", "customers",
        "consumers", "passengers", "pensioners", "savers", "homeowners", "borrowers", "taxpayers", "farmers", "miners",
        "drivers", "pilots", "nurses", "teachers", "doctors", "households", "families", "residents", "voters", "shoppers",
        "motorists", "subscribers", "tourists", "depositors", "policyholders", "strikers", "holders", "unions", "members");

    /// <summary>
    /// Pronouns for a person who speaks or acts ("he", "we", "our"): a business figure they give is about the organisation
    /// the person belongs to, never the person.
    /// </summary>
    public static readonly FrozenSet<string> PersonPronouns = Set("he", "she", "we", "i", "his", "our", "my");

    /// <summary>First-person pronouns: in a quote they stand for the speaker's organisation ("we would need 350 people").</summary>
    public static readonly FrozenSet<string> FirstPersonPronouns = Set("we", "i", "our", "my");

    /// <summary>
    /// Roles of a person who works for a firm ("director Jane Doe", "factory manager John Roe"): a person with one and no firm
    /// named beside them works for the firm the text is about where they are introduced. Commentators and public offices are
    /// not among them.
    /// </summary>
    public static readonly FrozenSet<string> FirmRoles = Set(
        "executive", "chairman", "chairwoman", "boss", "manager", "director", "founder", "officer", "owner", "spokesman",
        "spokeswoman", "spokesperson");

    /// <summary>
    /// Words right before a firm's name that tie a person named before them to it ("Jane Doe, chief executive of Acme", "John
    /// Roe, who runs Acme").
    /// </summary>
    public static readonly FrozenSet<string> PersonFirmLinks = Set(
        "of", "at", "runs", "heads", "leads", "chairs", "founded", "owns", "ran", "headed", "led");

    /// <summary>
    /// Nouns for a part of a firm that is a firm of its own ("its Deluxe Film unit", "its Asian division"): a name before one
    /// names an organisation, not a thing owned.
    /// </summary>
    public static readonly FrozenSet<string> FirmPartNouns = Set(
        "unit", "units", "division", "divisions", "arm", "arms", "subsidiary", "subsidiaries", "business", "businesses",
        "branch", "branches", "affiliate", "affiliates", "operation", "operations", "offshoot", "venture");

    /// <summary>
    /// Words (one or two) that open a list of examples ("brands such as Acme Cola", "firms including Globex", "rivals like
    /// Initech"): a name listed after one stands for a kind of thing, and a later "it" does not point back to it.
    /// </summary>
    public static readonly FrozenSet<string> ExampleMarkers = Set("such as", "including", "like");

    /// <summary>Pronouns that refer back to an entity: "it", "its", "they", "their".</summary>
    public static readonly FrozenSet<string> EntityPronouns = Set(
        "it", "its", "they", "their");

    /// <summary>Time zones a clock time is given in ("by 1200 GMT"): not names of anything a figure belongs to.</summary>
    public static readonly FrozenSet<string> TimeZones = Set("gmt", "bst", "est", "et", "cet", "utc");

    /// <summary>
    /// Abbreviations of an economy's measures ("GDP fell 0.5%"): what is measured, not whose figure it is. "PPI" and "PMI"
    /// are left out: as often the abbreviations of an institute or a firm a story names.
    /// </summary>
    public static readonly FrozenSet<string> MeasureAbbreviations = Set("gdp", "gnp", "gni", "cpi", "rpi");

    /// <summary>
    /// Adverbs that open a sentence, with or without a comma ("Instead, the merged group ...", "Meanwhile Acme said ..."):
    /// capitalised there only, and no name or part of one even when a description of a firm or a name follows them.
    /// </summary>
    public static readonly FrozenSet<string> SentenceAdverbs = Set(
        "however", "meanwhile", "instead", "currently", "separately", "elsewhere", "similarly", "ultimately", "additionally", "furthermore", "moreover",
        "nevertheless", "nonetheless", "indeed", "likewise", "consequently", "therefore", "thus", "hence", "previously",
        "recently", "initially", "traditionally", "historically", "typically", "generally", "reportedly", "notably",
        "importantly", "crucially", "surprisingly", "unsurprisingly", "predictably");

    /// <summary>
    /// Nouns before "of" and a figure that say where the figure stands or what sort of sum it is ("a total of 300", "a peak of
    /// 400,000 tonnes", "in the region of $5m"), not what it measures.
    /// </summary>
    public static readonly FrozenSet<string> FigurePlaceNouns = Set(
        "total", "average", "sum", "figure", "amount", "excess", "value", "worth", "tune", "region", "order", "area", "maximum",
        "minimum", "peak", "low", "high", "level");

    /// <summary>
    /// Units that goods are measured in ("2.1 million barrels a day", "40m tonnes of steel"): the unit of the figure before
    /// them, not what the figure measures.
    /// </summary>
    public static readonly FrozenSet<string> GoodsUnits = Set(
        "barrel", "barrels", "tonne", "tonnes", "ton", "tons", "ounce", "ounces", "gallon", "gallons", "litre", "litres", "liter",
        "liters", "bushel", "bushels", "carat", "carats", "kilogram", "kilograms", "kilowatt", "kilowatts", "megawatt", "megawatts",
        "gigawatt", "gigawatts");

    /// <summary>
    /// Head nouns of what a stock market prices from day to day ("Shares in Acme closed 3p lower", "its stock fell 2%",
    /// "the share price was down 1%"): such a move is of the trading day, never of a period named sentences before.
    /// </summary>
    public static readonly FrozenSet<string> TradedPriceHeads = Set("shares", "stock", "stocks", "share price", "stock price");

    /// <summary>
    /// Abbreviations written in capitals that name a thing, a role or a deal, not who a figure is about ("ID theft", "the
    /// firm's CEO", "an IPO", "VAT").
    /// </summary>
    public static readonly FrozenSet<string> ThingAbbreviations = Set(
        "id", "ceo", "ceos", "cfo", "coo", "ipo", "ipos", "vat", "tv", "tvs", "pc", "pcs", "dvd", "dvds", "suv", "suvs",
        "atm", "atms", "lcd", "hq", "agm");

    /// <summary>Capitalised words that start a sentence or a name but are no entity ("The", "But", "Excluding", "GMT", "GDP").</summary>
    public static readonly FrozenSet<string> NotNames = Set(
        [.. TimeZones, .. MeasureAbbreviations, .. SentenceAdverbs, .. ThingAbbreviations, "the", "a", "an", "but", "and", "or", "so", "yet", "if", "when", "while", "although", "though", "because", "as",
        "after", "before", "since", "analysts", "shares", "prices", "sales", "profits", "in", "on",
        "at", "for", "by", "with", "from", "to", "of", "this", "that", "these", "those", "its", "their", "his", "her", "our",
        "we", "they", "he", "she", "it", "i", "you", "there", "here", "what", "which", "who", "excluding", "including",
        "according", "under", "over", "despite", "overall", "also", "still", "now", "last", "next", "mr", "mrs", "ms", "dr",
        "chief", "christmas", "easter", "internet"]);

    /// <summary>Words that place a period before another one ("a year earlier", "the previous quarter", "a month before").</summary>
    public static readonly FrozenSet<string> Earlier = Set(
        "earlier", "ago", "before", "previous", "prior", "preceding");

    /// <summary>Words that name a period as one before the period the text is about when they come before "year" ("last year").</summary>
    public static readonly FrozenSet<string> LastWords = Set(
        "last", "previous", "prior", "preceding");

    /// <summary>
    /// Words before a period noun that count back from the time of writing, not from the period the text is about: "last
    /// year" in a story of 2005 is 2004 even after a sentence about 2003 ("the previous year" there is 2002).
    /// </summary>
    public static readonly FrozenSet<string> FromWriting = Set(
        "last");

    /// <summary>Words that name a period that starts earlier and ends at a date ("the year to March", "12 months to June").</summary>
    public static readonly FrozenSet<string> PeriodTo = Set(
        "to", "through", "until", "ending", "ended");

    /// <summary>
    /// Words before results that make them those of a whole year ("annual profits", "full-year sales"): told in the past
    /// early in a year, they are the results of the year before.
    /// </summary>
    public static readonly FrozenSet<string> WholeYearWords = Set(
        "annual", "full-year", "yearly", "twelve-month", "12-month");

    /// <summary>Nouns of a firm's results, which it reports for a whole period ("profits", "sales", "turnover").</summary>
    public static readonly FrozenSet<string> ResultNouns = Set(
        "profit", "profits", "sales", "revenue", "revenues", "earnings", "income", "turnover", "loss", "losses", "results");

    /// <summary>
    /// Words that put a clause ahead of the time of writing, a forecast, a plan or a condition ("will", "would", "plans",
    /// "expects"; not after a determiner, "its plans"): its figure is not about the period a sentence before told of, and a
    /// month it names alone is the next one.
    /// </summary>
    public static readonly FrozenSet<string> ForwardWords = Set(
        [.. ModalVerbs, "'ll", "won't", "wouldn't", "plans", "planning", "aims", "intends", "expects", "forecasts", "predicts",
        "projects", "projecting", "hopes", "threatens", "threatening", "threatened", "if"]);

    /// <summary>
    /// Words that end a span counted from a time the story tells of, not from the time of writing ("a day later", "two
    /// weeks afterwards").
    /// </summary>
    public static readonly FrozenSet<string> LaterWords = Set(
        "later", "afterwards", "afterward");

    /// <summary>
    /// Words before a period noun that point back to a period named before ("that day", "the same day"), or name the
    /// claim's own period in another year ("than the same month in 2004").
    /// </summary>
    public static readonly FrozenSet<string> SamePeriodWords = Set(
        "that", "same");

    /// <summary>Period nouns and the months they span.</summary>
    public static readonly FrozenDictionary<string, int> PeriodMonths = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["year"] = 12, ["years"] = 12, ["annual"] = 12, ["quarter"] = 3, ["quarters"] = 3, ["month"] = 1, ["months"] = 1,
        ["half"] = 6, ["year-on-year"] = 12, ["month-on-month"] = 1, ["quarter-on-quarter"] = 3,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Parts of a year written before it ("third-quarter 2003 sales"): the first month and the months they span.</summary>
    public static readonly FrozenDictionary<string, (int FirstMonth, int Months)> YearParts = new Dictionary<string, (int, int)>(StringComparer.Ordinal)
    {
        ["first-quarter"] = (1, 3), ["second-quarter"] = (4, 3), ["third-quarter"] = (7, 3), ["fourth-quarter"] = (10, 3),
        ["first-half"] = (1, 6), ["second-half"] = (7, 6), ["q1"] = (1, 3), ["q2"] = (4, 3), ["q3"] = (7, 3), ["q4"] = (10, 3),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Words of a measure of a whole economy ("the unemployment rate", "inflation", "house prices"): its figure is about a
    /// country or region, not about the agency or firm that reports it. Words a firm's accounts use as well ("deficit",
    /// "earnings", "wages") are not among them.
    /// </summary>
    public static readonly FrozenSet<string> EconomyWords = Set(
        "unemployment", "jobless", "joblessness", "inflation", "gdp", "economy", "economic", "payrolls", "recession", "house",
        "housing", "property", "mortgage", "mortgages", "retail", "consumer", "industrial", "manufacturing", "producer");

    /// <summary>
    /// Words of an economy's output ("GDP", "the economy", "economic growth"): its change over a quarter is told against the
    /// quarter before ("Gross domestic product fell 0.1% in the last three months of 2004"), not the same quarter a year
    /// earlier as a firm's results are.
    /// </summary>
    public static readonly FrozenSet<string> EconomyOutputWords = Set("gdp", "gnp", "economy", "economic");

    /// <summary>The names of an economy's output written out: "gross domestic product".</summary>
    public static readonly FrozenSet<string> EconomyOutputPhrases = Set("gross domestic product", "gross national product");

    /// <summary>
    /// Words of <see cref="EconomyWords"/> that name an economy's measure only in front of another noun ("house prices",
    /// "retail sales", "consumer spending"), since "the house", "a consumer" or "producer" alone measure nothing of a place.
    /// </summary>
    public static readonly FrozenSet<string> EconomyModifiers = Set(
        "house", "housing", "property", "mortgage", "retail", "consumer", "industrial", "manufacturing", "producer");

    /// <summary>
    /// Verbs whose subject is the thing their figure measures ("growth was 1.6%", "sales stood at $2bn"), unlike verbs of an
    /// actor ("Acme sold 50 million phones").
    /// </summary>
    public static readonly FrozenSet<string> MeasuredVerbs = Set(
        "is", "was", "are", "were", "be", "been", "stood", "stands", "stand", "remained", "remains", "remain", "totalled", "totaled",
        "totals", "total", "reached", "reaches", "amounted", "amounts", "came", "comes", "hit", "hits");

    /// <summary>Verbs before "up" or "down" and a figure that make it a change ("went up by 0.4%", "is down 3%").</summary>
    public static readonly FrozenSet<string> UpDownVerbs = Set(
        "went", "gone", "go", "goes", "going", "was", "were", "is", "are", "been", "be", "came", "come", "moved");

    /// <summary>
    /// Nouns of a move from one value to another that introduce the earlier value after a comma ("a profit of $5m, a dramatic
    /// change from the loss of $3m", "a turnaround from", "a rise from 4%"); the direction is read from the two values.
    /// </summary>
    public static readonly FrozenSet<string> TurnNouns = Set(
        "change", "turnaround", "turnround", "swing", "reversal", "improvement", "recovery", "rise", "increase", "fall", "drop",
        "decline", "jump");

    /// <summary>Nouns of a result below zero ("a $676m loss"): a profit that turns into one went down, whatever the two sums.</summary>
    public static readonly FrozenSet<string> LossNouns = Set("loss", "losses", "deficit", "deficits", "shortfall");

    /// <summary>Nouns of a result above zero ("a $375m profit"): a loss that turns into one went up.</summary>
    public static readonly FrozenSet<string> ProfitNouns = Set("profit", "profits", "surplus", "surpluses");

    /// <summary>
    /// Verbs whose sum is the deal itself when nothing else names what is measured ("plans to invest 100m euros", "owns more
    /// than 5%", "transferred $27m"): the verb is then the thing measured.
    /// </summary>
    public static readonly FrozenSet<string> DealVerbs = Set(
        "raise", "raised", "raises", "raising", "invest", "invested", "invests", "investing", "transfer", "transferred",
        "transfers", "cost", "costs", "costing", "value", "valued", "values", "valuing", "own", "owns", "owned", "buy", "bought",
        "buys", "buying", "sell", "sold", "sells", "selling", "pay", "paid", "pays", "paying", "spend", "spent", "spends",
        "spending", "borrow", "borrowed", "borrows", "lend", "lent", "lends", "owe", "owes", "owed", "sue", "sued", "sues",
        "win", "won", "wins", "bid", "bids", "offer", "offered", "offers", "save", "saved", "saves", "seek", "seeks", "sought",
        "fine", "fined", "fines", "employ", "employs", "employed", "earn", "earned", "earns");

    /// <summary>Nouns after "a" or "per" and a figure that are a span of time, not the unit a price is per ("$4 a day").</summary>
    public static readonly FrozenSet<string> PerTimeNouns = Set(
        "day", "week", "month", "year", "hour", "minute", "second", "quarter", "decade", "night", "annum");

    /// <summary>
    /// Nouns of a span of time: a spelled-out number before one is a duration ("four years into the plan"), not a count, unless a
    /// period of its own follows ("four hours a week").
    /// </summary>
    public static readonly FrozenSet<string> DurationNouns = Set(
        "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes", "decade",
        "decades", "quarter", "quarters", "night", "nights", "century", "centuries", "times");

    /// <summary>
    /// Words that, like a determiner or a possessive before it, make a spelled-out number point back to a set already named
    /// or ranked ("the other four", "the top five", "the past three", "number three"): no new count.
    /// </summary>
    public static readonly FrozenSet<string> CountedSetWords = Set(
        "other", "top", "first", "last", "next", "past", "remaining", "same", "number");

    /// <summary>
    /// Verbs after "to", "to be", "will" or "will be" that make a count of things a loss of them ("2,500 jobs are to go", "200
    /// jobs to be cut", "300 posts will be axed").
    /// </summary>
    public static readonly FrozenSet<string> GoingVerbs = Set(
        "go", "cut", "lost", "axed", "shed", "scrapped", "eliminated", "slashed", "closed", "close", "disappear", "vanish");

    /// <summary>
    /// Nouns of what is expected of a figure ("market expectations of 190,000 new jobs", "hopes of a 0.2% expansion"): the
    /// noun after the figure is what it measures, not the expectation.
    /// </summary>
    public static readonly FrozenSet<string> ExpectationNouns = Set(
        "expectation", "expectations", "forecast", "forecasts", "hope", "hopes", "estimate", "estimates", "prediction",
        "predictions", "projection", "projections", "consensus", "fears", "talk");

    /// <summary>
    /// Words of a revision of one figure ("revised down from 157,000 to 133,000", "down from an earlier estimate of 1.7%"): the
    /// earlier value is about the same period as the later one.
    /// </summary>
    public static readonly FrozenSet<string> RevisionWords = Set(
        "revised", "revise", "revises", "revising", "revision", "revisions", "restated", "restates", "restate", "estimate",
        "estimates", "preliminary", "provisional");

    /// <summary>
    /// Nouns of a figure told ahead that its author revises ("cut its 2005 growth forecast from 1.8% to 0.8%", "raised its
    /// target from 5% to 7%"): as nouns, not as the verb of "economists forecast sales rising from $5m to $8m".
    /// </summary>
    public static readonly FrozenSet<string> RevisedNouns = Set(
        "forecast", "forecasts", "projection", "projections", "outlook", "guidance", "target", "targets");

    /// <summary>Change nouns that name what they measure, an economy's output ("a 0.2% expansion", "growth of 2%").</summary>
    public static readonly FrozenSet<string> MeasuredChangeNouns = Set("growth", "expansion", "contraction");

    /// <summary>Verbs that put a value on their object, after which "at" gives the value ("valued the firm at $5m").</summary>
    public static readonly FrozenSet<string> ValuingVerbs = Set(
        "valued", "priced", "estimated", "put", "values", "prices", "estimates", "puts", "value", "price", "estimate");

    /// <summary>
    /// Deal verbs whose subject is always who acts, never what is measured ("the plan saved £75m", "Acme is looking to raise
    /// 70m euros"): the verb is measured even when the subject names a thing.
    /// </summary>
    public static readonly FrozenSet<string> ActorDealVerbs = Set(
        "raise", "raised", "raises", "raising", "invest", "invested", "invests", "investing", "save", "saved", "saves", "pay",
        "paid", "pays", "paying", "spend", "spent", "spends", "spending", "borrow", "borrowed", "borrows", "lend", "lent",
        "lends", "sue", "sued", "sues", "bid", "bids", "transfer", "transferred", "transfers", "buy", "bought", "buys",
        "buying", "sell", "sold", "sells", "selling", "fine", "fined", "fines", "holding", "owning", "lose", "lost", "loses",
        "losing");

    /// <summary>
    /// The noun that names the sum of a deal verb ("Acme earned $5m" measures earnings, "spent £3m" spending, "lost $2bn" a loss),
    /// for each form of the verb whose noun is plain.
    /// </summary>
    public static readonly FrozenDictionary<string, string> DealVerbNouns = Nouns(
        ("earnings", ["earn", "earned", "earns"]),
        ("spending", ["spend", "spent", "spends", "spending"]),
        ("loss", ["lose", "lost", "loses", "losing"]),
        ("payment", ["pay", "paid", "pays", "paying"]),
        ("investment", ["invest", "invested", "invests", "investing"]),
        ("savings", ["save", "saved", "saves"]),
        ("borrowing", ["borrow", "borrowed", "borrows"]),
        ("lending", ["lend", "lent", "lends"]),
        ("debt", ["owe", "owes", "owed"]),
        ("claim", ["sue", "sued", "sues"]),
        ("purchase", ["buy", "bought", "buys"]),
        ("sale", ["sell", "sold", "sells"]),
        ("transfer", ["transfer", "transferred", "transfers"]),
        ("fine", ["fine", "fined", "fines"]),
        ("bid", ["bid", "bids"]),
        ("offer", ["offer", "offered", "offers"]),
        ("value", ["value", "valued", "values"]));

    /// <summary>
    /// Deal verbs that may name who receives the sum between the verb and the sum ("had to pay former partner Acme 1.5bn
    /// euros", "lent Freedonia $6bn"): the sum is still the payment or the loan, not the one who receives it.
    /// </summary>
    public static readonly FrozenSet<string> HandingOverVerbs = Set("pay", "paid", "pays", "paying", "lend", "lent", "lends");

    /// <summary>
    /// Participles of a sale in the passive, after which "for" gives the price of the clause's subject ("the unit was sold for
    /// $2bn", "the auction was won by Acme for $9bn").
    /// </summary>
    public static readonly FrozenSet<string> SaleParticiples = Set("sold", "bought", "won", "acquired", "purchased", "auctioned");

    /// <summary>Verbs after which a percentage is a rate paid (of interest or dividend), not a sum: "accounts that pay 5.35%".</summary>
    public static readonly FrozenSet<string> RatePayingVerbs = Set("pay", "pays", "paid", "paying");

    /// <summary>Adverbs that stress a figure without changing what it is: "slid to just 20m euros", "up only 2%".</summary>
    public static readonly FrozenSet<string> FocusAdverbs = Set("just", "only", "merely", "barely");

    /// <summary>Participles of ownership that a compound tells by whom: "51% state-owned", "foreign-held", "family-controlled".</summary>
    public static readonly FrozenSet<string> OwnershipParticiples = Set("owned", "held", "controlled");

    /// <summary>
    /// Sale verbs that, with no object before "for", are said of what is sold: "the unit could sell for £350m", "the painting
    /// sold for $5m".
    /// </summary>
    public static readonly FrozenSet<string> ObjectlessSaleVerbs = Set("sell", "sells", "sold", "selling");

    /// <summary>
    /// Nouns that stand for a figure without naming what it measures ("the total", "the 0-5% range", "the figure"): such a
    /// quantity points back to the measure named before it.
    /// </summary>
    public static readonly FrozenSet<string> PlaceholderNouns = Set("total", "sum", "amount", "range", "figure", "tally");

    /// <summary>Nouns of a total whose figure follows "of" ("a total of $10bn", "a sum of £5m"): they measure what the total is for.</summary>
    public static readonly FrozenSet<string> TotalNouns = Set("total", "sum", "amount");

    /// <summary>Prepositions after a verb that name what a sum is for ("earmarked for subsidies", "spent on roads", "put into pensions").</summary>
    public static readonly FrozenSet<string> PurposePrepositions = Set("for", "on", "into");

    /// <summary>
    /// Words that, beside "rate", still leave unsaid what the rate is of ("the annual rate", "the rate of increase"): such a rate
    /// points back to the measure named before it.
    /// </summary>
    public static readonly FrozenSet<string> BareRateWords = Set(
        "annual", "yearly", "monthly", "quarterly", "weekly", "underlying", "headline", "increase", "rise", "decline", "fall",
        "change");

    /// <summary>Head nouns of a quantity that is itself a rise ("economic growth was 1.6%").</summary>
    public static readonly FrozenSet<string> GrowthNouns = Set("growth", "expansion", "rise", "increase", "gain");

    /// <summary>Head nouns of a quantity that is itself a fall ("the decline was 3%").</summary>
    public static readonly FrozenSet<string> DeclineNouns = Set("fall", "decline", "drop", "contraction", "decrease");

    /// <summary>
    /// Words in a claim that set its figure against another one, so that two claims worded alike may give two values and
    /// both hold: "compared with 4%", "forecast", "analysts expected", "the revised figure", "the previous estimate".
    /// </summary>
    public static readonly FrozenSet<string> SettingAgainstWords = Set(
        "compared", "comparison", "against", "versus", "vs", "than", "previous", "previously", "revised", "revision",
        "estimate", "estimates", "estimated", "forecast", "forecasts", "forecasting", "expected", "expect", "expects",
        "expectation", "expectations", "predicted", "predict", "predicts", "prediction", "projected", "projection",
        "consensus", "instead", "outlook");

    /// <summary>Words before "than" that hedge the figure after it instead of setting it against another ("more than 10%").</summary>
    public static readonly FrozenSet<string> HedgingComparatives = Set("more", "less", "fewer");

    /// <summary>Words that speak of what will or may be, or of a condition: "will", "must", "outlook", "if", "next", "FY".</summary>
    public static readonly FrozenSet<string> FutureWords = Set(
        [.. ModalVerbs, "must", "outlook", "guidance", "fiscal", "fy", "if", "unless", "upcoming", "next"]);

    /// <summary>The stems of words that speak of what is expected, in any form: "expects", "forecasting", "projected", "hopes", "estimates".</summary>
    public static readonly FrozenSet<string> FutureStems = Set("expect", "forecast", "project", "predict", "hope", "estimat");

    /// <summary>Phrases that speak of what is to be: "set to", "is to", "in time for", "financial year" (words apart by spaces).</summary>
    public static readonly FrozenSet<string> FuturePhrases = Set("set to", "is to", "are to", "financial year", "in time for");

    /// <summary>The contraction of "will" after an apostrophe: "it'll", "we'll".</summary>
    public const string WillContraction = "ll";

    /// <summary>Words after "due to" that open a cause, not a time ("fell 11%, due to the weak dollar"; "due to open in March" looks ahead).</summary>
    public static readonly FrozenSet<string> CauseAfterDueTo = Set(
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "higher", "lower", "stronger",
        "weaker", "strong", "weak", "poor", "rising", "falling", "increased", "reduced");

    /// <summary>Words that name a plan: "goal", "deadline", "timetable", "earmarked".</summary>
    public static readonly FrozenSet<string> PlanWords = Set("goal", "earmarked", "deadline", "timetable");

    /// <summary>The stems of words that name a plan, in any form: "plans", "aimed", "targeting", "proposal", "pledged", "scheduled".</summary>
    public static readonly FrozenSet<string> PlanStems = Set(
        "schedul", "plan", "aim", "target", "intend", "budget", "propos", "pledg", "promis", "commit", "vow");

    /// <summary>The stems of words that name a plan when "to" follows: "wants to", "seeking to", "wished to".</summary>
    public static readonly FrozenSet<string> PlanStemsBeforeTo = Set("want", "seek", "wish");

    /// <summary>Phrases that name a plan (words apart by spaces): "looking to".</summary>
    public static readonly FrozenSet<string> PlanPhrases = Set("looking to");

    /// <summary>
    /// Words of a claim's clause that set its figure against another: "against", "previous", "revised", "forecast", "earlier"
    /// ("than" is read apart, with <see cref="HedgingComparatives"/>).
    /// </summary>
    public static readonly FrozenSet<string> ContrastWords = Set(
        "against", "versus", "vs", "previous", "previously", "revised", "estimate", "estimated", "estimates", "forecast",
        "forecasts", "expected", "predicted", "projected", "target", "earlier");

    /// <summary>Phrases of a claim's clause that set its figure against another (a space stands for white space, a hyphen for a hyphen).</summary>
    public static readonly FrozenSet<string> ContrastPhrases = Set(
        "compared with", "compared to", "compares with", "compares to", "comparing with", "comparing to", "last year",
        "a year earlier", "a year ago", "a year before", "year-on-year");

    /// <summary>The word before a year that sets a figure against that year: "in 2019".</summary>
    public const string ContrastBeforeYear = "in";

    /// <summary>The word after a hedging comparative ("more than") that sets the figure after it against nothing.</summary>
    public const string HedgedThan = "than";

    /// <summary>Currency codes written before a figure's sign: "more than US$5bn", "less than HK$2".</summary>
    public static readonly FrozenSet<string> CurrencyCodesBeforeSign = Set("us", "a", "c", "nz", "hk");

    /// <summary>Currency signs written before a figure: "more than $5bn".</summary>
    public const string CurrencySignsBeforeFigure = "$\u00A3\u20AC\u00A5";

    /// <summary>The word that opens a share of a reference quantity: "of GDP".</summary>
    public const string ShareOf = "of";

    /// <summary>Determiners that may stand between "of" and the reference quantity: "of its income", "of the target".</summary>
    public static readonly FrozenSet<string> ReferenceDeterminers = Set("the", "its", "their", "a");

    /// <summary>Reference quantities a share of which may exceed 100%: "GDP", "income", "target", "capacity", "costs".</summary>
    public static readonly FrozenSet<string> ReferenceQuantities = Set(
        "gdp", "income", "incomes", "salary", "salaries", "earnings", "target", "value", "price", "prices", "level", "levels",
        "capacity", "average", "normal", "benchmark", "quota", "limit", "forecast", "estimate", "budget", "cost", "costs",
        "revenue", "revenues", "size");

    /// <summary>Reference quantities of more than one word: "gross domestic product".</summary>
    public static readonly FrozenSet<string> ReferencePhrases = Set("gross domestic product");

    /// <summary>The prefix of a reference quantity named before something: "of pre-tax profits", "of pre-crisis levels".</summary>
    public const string ReferencePrefix = "pre";

    /// <summary>Rates that cannot be negative: tariffs, duties, taxes, levies, unemployment.</summary>
    public static readonly FrozenSet<string> NonNegativeRates = Set(
        "tariff", "tariffs", "duty", "duties", "tax", "taxes", "levy", "levies", "unemployment", "jobless");

    // Each form maps to the noun it names; a form listed twice fails on first use like a repeated word.
    private static FrozenDictionary<string, string> Nouns(params (string Noun, string[] Forms)[] entries)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (noun, forms) in entries)
        {
            foreach (var form in forms)
            {
                if (!map.TryAdd(form, noun))
                {
                    throw new InvalidOperationException("An English word list holds a word twice.");
                }
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    // A word written twice in one list is a mistake (it hides what the list was meant to hold): it fails on first use.
    // Closed classes the checks read the words of a claim's text against, looked up with spans of that text.
    public static readonly SpanWordLookup DeterminersLookup = new(Determiners);
    public static readonly SpanWordLookup PossessivePronounsLookup = new(PossessivePronouns);
    public static readonly SpanWordLookup PrepositionsLookup = new(Prepositions);
    public static readonly SpanWordLookup SubjectPronounsLookup = new(SubjectPronouns);
    public static readonly SpanWordLookup AuxiliariesLookup = new(Auxiliaries);
    public static readonly SpanWordLookup SubordinatorsLookup = new(Subordinators);

    private static FrozenSet<string> Set(params string[] words)
    {
        var set = words.ToFrozenSet(StringComparer.Ordinal);
        return set.Count == words.Length ? set : throw new InvalidOperationException("An English word list holds a word twice.");
    }
}
