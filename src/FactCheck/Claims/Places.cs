using System.Collections.Frozen;

namespace FactCheck.Claims;

/// <summary>
/// Countries and blocs by name, abbreviation, demonym and capital ("Pakistani" and "Islamabad" → Pakistan,
/// "U.S." and "Washington" → United States), so that subjects naming the same place meet.
/// </summary>
/// <remarks>
/// A fixed list of the places most often in English news; others are still kept as organisation-like
/// capitalised names, only without the mapping. Capitals stand for their governments, as news uses them.
/// </remarks>
internal static class Places
{
    private static readonly FrozenDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["united states"] = "United States",
        ["us"] = "United States",
        ["u.s."] = "United States",
        ["usa"] = "United States",
        ["u.s.a."] = "United States",
        ["america"] = "United States",
        ["american"] = "United States",
        ["americans"] = "United States",
        ["washington"] = "United States",
        ["united kingdom"] = "United Kingdom",
        ["uk"] = "United Kingdom",
        ["u.k."] = "United Kingdom",
        ["britain"] = "United Kingdom",
        ["great britain"] = "United Kingdom",
        ["british"] = "United Kingdom",
        ["london"] = "United Kingdom",
        ["european union"] = "European Union",
        ["eu"] = "European Union",
        ["e.u."] = "European Union",
        ["brussels"] = "European Union",
        ["china"] = "China",
        ["chinese"] = "China",
        ["beijing"] = "China",
        ["prc"] = "China",
        ["pakistan"] = "Pakistan",
        ["pakistani"] = "Pakistan",
        ["pakistanis"] = "Pakistan",
        ["islamabad"] = "Pakistan",
        ["india"] = "India",
        ["indian"] = "India",
        ["indians"] = "India",
        ["new delhi"] = "India",
        ["delhi"] = "India",
        ["afghanistan"] = "Afghanistan",
        ["afghan"] = "Afghanistan",
        ["afghans"] = "Afghanistan",
        ["kabul"] = "Afghanistan",
        ["japan"] = "Japan",
        ["japanese"] = "Japan",
        ["tokyo"] = "Japan",
        ["germany"] = "Germany",
        ["german"] = "Germany",
        ["germans"] = "Germany",
        ["berlin"] = "Germany",
        ["france"] = "France",
        ["french"] = "France",
        ["paris"] = "France",
        ["italy"] = "Italy",
        ["italian"] = "Italy",
        ["rome"] = "Italy",
        ["spain"] = "Spain",
        ["spanish"] = "Spain",
        ["madrid"] = "Spain",
        ["canada"] = "Canada",
        ["canadian"] = "Canada",
        ["canadians"] = "Canada",
        ["ottawa"] = "Canada",
        ["mexico"] = "Mexico",
        ["mexican"] = "Mexico",
        ["mexicans"] = "Mexico",
        ["brazil"] = "Brazil",
        ["brazilian"] = "Brazil",
        ["argentina"] = "Argentina",
        ["argentine"] = "Argentina",
        ["argentinian"] = "Argentina",
        ["russia"] = "Russia",
        ["russian"] = "Russia",
        ["russians"] = "Russia",
        ["moscow"] = "Russia",
        ["kremlin"] = "Russia",
        ["ukraine"] = "Ukraine",
        ["ukrainian"] = "Ukraine",
        ["ukrainians"] = "Ukraine",
        ["kyiv"] = "Ukraine",
        ["kiev"] = "Ukraine",
        ["south korea"] = "South Korea",
        ["south korean"] = "South Korea",
        ["seoul"] = "South Korea",
        ["korea"] = "South Korea",
        ["korean"] = "South Korea",
        ["north korea"] = "North Korea",
        ["north korean"] = "North Korea",
        ["pyongyang"] = "North Korea",
        ["taiwan"] = "Taiwan",
        ["taiwanese"] = "Taiwan",
        ["taipei"] = "Taiwan",
        ["vietnam"] = "Vietnam",
        ["vietnamese"] = "Vietnam",
        ["hanoi"] = "Vietnam",
        ["thailand"] = "Thailand",
        ["thai"] = "Thailand",
        ["indonesia"] = "Indonesia",
        ["indonesian"] = "Indonesia",
        ["jakarta"] = "Indonesia",
        ["malaysia"] = "Malaysia",
        ["malaysian"] = "Malaysia",
        ["philippines"] = "Philippines",
        ["philippine"] = "Philippines",
        ["filipino"] = "Philippines",
        ["manila"] = "Philippines",
        ["singapore"] = "Singapore",
        ["singaporean"] = "Singapore",
        ["bangladesh"] = "Bangladesh",
        ["bangladeshi"] = "Bangladesh",
        ["dhaka"] = "Bangladesh",
        ["sri lanka"] = "Sri Lanka",
        ["sri lankan"] = "Sri Lanka",
        ["iran"] = "Iran",
        ["iranian"] = "Iran",
        ["tehran"] = "Iran",
        ["iraq"] = "Iraq",
        ["iraqi"] = "Iraq",
        ["baghdad"] = "Iraq",
        ["israel"] = "Israel",
        ["israeli"] = "Israel",
        ["israelis"] = "Israel",
        ["saudi arabia"] = "Saudi Arabia",
        ["saudi"] = "Saudi Arabia",
        ["saudis"] = "Saudi Arabia",
        ["riyadh"] = "Saudi Arabia",
        ["united arab emirates"] = "United Arab Emirates",
        ["uae"] = "United Arab Emirates",
        ["emirati"] = "United Arab Emirates",
        ["turkey"] = "Turkey",
        ["turkish"] = "Turkey",
        ["ankara"] = "Turkey",
        ["turkiye"] = "Turkey",
        ["egypt"] = "Egypt",
        ["egyptian"] = "Egypt",
        ["cairo"] = "Egypt",
        ["south africa"] = "South Africa",
        ["south african"] = "South Africa",
        ["pretoria"] = "South Africa",
        ["nigeria"] = "Nigeria",
        ["nigerian"] = "Nigeria",
        ["abuja"] = "Nigeria",
        ["kenya"] = "Kenya",
        ["kenyan"] = "Kenya",
        ["nairobi"] = "Kenya",
        ["ethiopia"] = "Ethiopia",
        ["ethiopian"] = "Ethiopia",
        ["australia"] = "Australia",
        ["australian"] = "Australia",
        ["australians"] = "Australia",
        ["canberra"] = "Australia",
        ["new zealand"] = "New Zealand",
        ["switzerland"] = "Switzerland",
        ["swiss"] = "Switzerland",
        ["sweden"] = "Sweden",
        ["swedish"] = "Sweden",
        ["norway"] = "Norway",
        ["norwegian"] = "Norway",
        ["denmark"] = "Denmark",
        ["danish"] = "Denmark",
        ["finland"] = "Finland",
        ["finnish"] = "Finland",
        ["netherlands"] = "Netherlands",
        ["dutch"] = "Netherlands",
        ["holland"] = "Netherlands",
        ["belgium"] = "Belgium",
        ["belgian"] = "Belgium",
        ["austria"] = "Austria",
        ["austrian"] = "Austria",
        ["poland"] = "Poland",
        ["polish"] = "Poland",
        ["greece"] = "Greece",
        ["greek"] = "Greece",
        ["portugal"] = "Portugal",
        ["portuguese"] = "Portugal",
        ["ireland"] = "Ireland",
        ["irish"] = "Ireland",
        ["dublin"] = "Ireland",
        ["hungary"] = "Hungary",
        ["hungarian"] = "Hungary",
        ["czech republic"] = "Czech Republic",
        ["czech"] = "Czech Republic",
        ["czechia"] = "Czech Republic",
        ["romania"] = "Romania",
        ["romanian"] = "Romania",
        ["syria"] = "Syria",
        ["syrian"] = "Syria",
        ["lebanon"] = "Lebanon",
        ["lebanese"] = "Lebanon",
        ["jordanian"] = "Jordan",
        ["qatar"] = "Qatar",
        ["qatari"] = "Qatar",
        ["kuwait"] = "Kuwait",
        ["kuwaiti"] = "Kuwait",
        ["venezuela"] = "Venezuela",
        ["venezuelan"] = "Venezuela",
        ["colombia"] = "Colombia",
        ["colombian"] = "Colombia",
        ["chile"] = "Chile",
        ["chilean"] = "Chile",
        ["peru"] = "Peru",
        ["peruvian"] = "Peru",
        ["cuba"] = "Cuba",
        ["cuban"] = "Cuba",
        ["morocco"] = "Morocco",
        ["moroccan"] = "Morocco",
        ["algeria"] = "Algeria",
        ["algerian"] = "Algeria",
        ["libya"] = "Libya",
        ["libyan"] = "Libya",
        ["sudan"] = "Sudan",
        ["sudanese"] = "Sudan",
        ["somalia"] = "Somalia",
        ["somali"] = "Somalia",
        ["yemen"] = "Yemen",
        ["yemeni"] = "Yemen",
        ["myanmar"] = "Myanmar",
        ["burma"] = "Myanmar",
        ["burmese"] = "Myanmar",
        ["cambodia"] = "Cambodia",
        ["cambodian"] = "Cambodia",
        ["nepal"] = "Nepal",
        ["nepalese"] = "Nepal",
        ["kazakhstan"] = "Kazakhstan",
        ["kazakh"] = "Kazakhstan",
        ["hong kong"] = "Hong Kong",
        ["scotland"] = "Scotland",
        ["scottish"] = "Scotland",
        ["wales"] = "Wales",
        ["welsh"] = "Wales",
        ["england"] = "England",
        ["english"] = "England",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The longest place name in words.</summary>
    private const int MaxWords = 3;

    /// <summary>Finds a place name starting at <paramref name="index"/>; on success gives its canonical name and the tokens it covers.</summary>
    public static bool TryMatch(List<ClaimToken> tokens, int index, int limit, out string canonical, out int length)
    {
        canonical = string.Empty;
        length = 0;
        if (!tokens[index].IsWord || !tokens[index].IsCapitalized)
        {
            return false;
        }

        for (var n = Math.Min(MaxWords, limit - index); n >= 1; n--)
        {
            var key = n == 1 ? tokens[index].Lower : Join(tokens, index, n);
            if (key is not null && Names.TryGetValue(key, out var found))
            {
                // "US" the country, not "us" the pronoun: the text must capitalise it.
                canonical = found;
                length = n;
                return true;
            }
        }

        return false;
    }

    /// <summary>Looks up one word (or a hyphenated part such as "US" in "US-Pakistan").</summary>
    public static bool TryGet(string word, out string canonical)
    {
        canonical = string.Empty;
        if (word.Length == 0 || !char.IsUpper(word[0]))
        {
            return false;
        }

        if (Names.TryGetValue(SentenceTokenizer.Lower(word), out var found))
        {
            canonical = found;
            return true;
        }

        return false;
    }

    /// <summary>The form of a canonical name used in subject keys: "United States" → "united-states".</summary>
    public static string KeyOf(string canonical) => SentenceTokenizer.Lower(canonical).Replace(' ', '-');

    private static string? Join(List<ClaimToken> tokens, int index, int count)
    {
        var parts = new string[count];
        for (var i = 0; i < count; i++)
        {
            if (!tokens[index + i].IsWord)
            {
                return null;
            }

            parts[i] = tokens[index + i].Lower;
        }

        return string.Join(' ', parts);
    }
}
