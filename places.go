package wirestory

import "strings"

// This file is wirestory's gazetteer: the places it knows by name. It was
// written by hand from general knowledge (capitals, large and
// newsworthy cities, countries, the states, provinces and regions that
// follow a city in a dateline, and the AP abbreviations of the U.S. states
// and Canadian provinces); it is no list copied from elsewhere and makes no
// claim to be complete.
//
// ParseDateline reads a dateline in capitals ("KABUL (AP) —") without it.
// It asks the gazetteer only where the shape of a line leaves a place and
// a word apart undecided: before a colon ("New Delhi:" is a dateline,
// "Benjamin:" a speaker), before a full stop ("Köln. Die ..."), on
// a line of its own, after a byline with no visible break ("By Jane Doe
// Chennai, Jan 5 (PTI)"), and for a region after a city written in
// mixed case ("Beirut, Lebanon —"). A place missing from it makes such a
// dateline go unread; it never makes a dateline appear where there is none.
// A new place is one entry, in lower case.

// knownPlace reports whether the gazetteer has place p, in any case.
func knownPlace(p string) bool {
	if p == "" || len(p) > 40 {
		return false
	}
	return gazetteer[strings.ToLower(p)]
}

// knownRegion reports whether p is a country, state, province or region in
// the gazetteer, or an abbreviation of one ("Calif.", "N.Y.").
func knownRegion(p string) bool {
	if p == "" || len(p) > 40 {
		return false
	}
	return regions[strings.ToLower(p)]
}

// regions are the states, provinces and regions that follow a city in a
// dateline, with their abbreviations, and the countries.
var regions = func() map[string]bool {
	m := setOf(
		// U.S. states, D.C., and the AP style abbreviations.
		"alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
		"florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky",
		"louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi",
		"missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico",
		"new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania",
		"rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont",
		"virginia", "washington", "west virginia", "wisconsin", "wyoming", "d.c.", "dc", "puerto rico", "guam",
		"ala.", "ariz.", "ark.", "calif.", "cal.", "colo.", "conn.", "del.", "fla.", "ga.", "ill.", "ind.",
		"kan.", "kans.", "ky.", "la.", "md.", "mass.", "mich.", "minn.", "miss.", "mo.", "mont.", "neb.",
		"nev.", "n.h.", "n.j.", "n.m.", "n.y.", "n.c.", "n.d.", "okla.", "ore.", "pa.", "r.i.", "s.c.",
		"s.d.", "tenn.", "vt.", "va.", "wash.", "w.va.", "w. va.", "wis.", "wyo.", "p.r.",
		// Canadian provinces and territories.
		"ontario", "quebec", "québec", "british columbia", "alberta", "saskatchewan", "manitoba",
		"nova scotia", "new brunswick", "newfoundland", "newfoundland and labrador", "prince edward island",
		"yukon", "northwest territories", "nunavut", "ont.", "que.", "b.c.", "alta.", "sask.", "man.",
		"n.s.", "n.b.", "nfld.", "p.e.i.",
		// Australian states and territories.
		"new south wales", "nsw", "victoria", "queensland", "qld", "tasmania", "south australia",
		"western australia", "northern territory", "australian capital territory", "act",
		// Indian states and union territories.
		"andhra pradesh", "arunachal pradesh", "assam", "bihar", "chhattisgarh", "goa", "gujarat",
		"haryana", "himachal pradesh", "jharkhand", "karnataka", "kerala", "madhya pradesh",
		"maharashtra", "manipur", "meghalaya", "mizoram", "nagaland", "odisha", "orissa", "punjab",
		"rajasthan", "sikkim", "tamil nadu", "telangana", "tripura", "uttar pradesh", "uttarakhand",
		"west bengal", "jammu and kashmir", "kashmir", "ladakh", "delhi", "puducherry", "chandigarh",
		// Regions of other countries often named in datelines.
		"england", "scotland", "wales", "northern ireland", "bavaria", "bayern", "hesse", "hessen",
		"saxony", "sachsen", "nordrhein-westfalen", "north rhine-westphalia", "baden-württemberg",
		"niedersachsen", "lower saxony", "brandenburg", "thuringia", "thüringen", "catalonia",
		"cataluña", "andalusia", "andalucía", "basque country", "galicia", "sicily", "sicilia",
		"sardinia", "sardegna", "lombardy", "lombardia", "tuscany", "toscana", "veneto", "lazio",
		"campania", "piedmont", "piemonte", "corsica", "brittany", "bretagne", "normandy", "alsace",
		"provence", "flanders", "wallonia", "tibet", "xinjiang", "guangdong", "sichuan", "yunnan",
		"hubei", "hunan", "henan", "shandong", "jiangsu", "zhejiang", "fujian", "hainan", "inner mongolia",
		"okinawa", "hokkaido", "kyushu", "mindanao", "luzon", "java", "sumatra", "bali", "borneo",
		"sabah", "sarawak", "aceh", "papua", "punjab province", "sindh", "balochistan", "khyber pakhtunkhwa",
		"kurdistan", "darfur", "siberia", "chechnya", "crimea", "donbas", "donetsk", "luhansk", "lugansk",
		"west bank", "gaza strip", "golan heights", "patagonia", "chiapas", "oaxaca", "jalisco",
		"yucatán", "yucatan", "baja california", "são paulo state", "amazonas", "bahia", "minas gerais",
		"rio grande do sul", "antioquia", "zanzibar", "kwazulu-natal", "gauteng", "western cape",
		"greenland", "faroe islands", "canary islands", "balearic islands", "azores", "madeira",
	)
	for c := range countries {
		m[c] = true
	}
	return m
}()

// countries are the world's countries and territories, by their English
// names, common short forms and a few local names.
var countries = setOf(
	"afghanistan", "albania", "algeria", "andorra", "angola", "antigua and barbuda", "argentina",
	"armenia", "australia", "austria", "azerbaijan", "bahamas", "the bahamas", "bahrain", "bangladesh",
	"barbados", "belarus", "belgium", "belize", "benin", "bhutan", "bolivia", "bosnia",
	"bosnia and herzegovina", "bosnia-herzegovina", "botswana", "brazil", "brasil", "brunei", "bulgaria",
	"burkina faso", "burundi", "cambodia", "cameroon", "canada", "cape verde", "cabo verde",
	"central african republic", "chad", "chile", "china", "colombia", "comoros", "congo",
	"democratic republic of congo", "democratic republic of the congo", "dr congo", "republic of congo",
	"costa rica", "ivory coast", "côte d'ivoire", "cote d'ivoire", "croatia", "cuba", "cyprus",
	"czech republic", "czechia", "denmark", "djibouti", "dominica", "dominican republic", "east timor",
	"timor-leste", "ecuador", "egypt", "el salvador", "equatorial guinea", "eritrea", "estonia",
	"eswatini", "swaziland", "ethiopia", "fiji", "finland", "france", "gabon", "gambia", "the gambia",
	"georgia", "germany", "deutschland", "ghana", "greece", "grenada", "guatemala", "guinea",
	"guinea-bissau", "guyana", "haiti", "honduras", "hungary", "iceland", "india", "indonesia", "iran",
	"iraq", "ireland", "israel", "italy", "italia", "jamaica", "japan", "jordan", "kazakhstan", "kenya",
	"kiribati", "kosovo", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho", "liberia",
	"libya", "liechtenstein", "lithuania", "luxembourg", "madagascar", "malawi", "malaysia",
	"maldives", "mali", "malta", "marshall islands", "mauritania", "mauritius", "mexico", "méxico",
	"micronesia", "moldova", "monaco", "mongolia", "montenegro", "morocco", "mozambique", "myanmar",
	"burma", "namibia", "nauru", "nepal", "netherlands", "the netherlands", "holland", "new zealand",
	"nicaragua", "niger", "nigeria", "north korea", "north macedonia", "macedonia", "norway", "oman",
	"pakistan", "palau", "palestine", "palestinian territories", "panama", "papua new guinea",
	"paraguay", "peru", "perú", "philippines", "the philippines", "poland", "portugal", "qatar",
	"romania", "russia", "rwanda", "saint kitts and nevis", "saint lucia",
	"saint vincent and the grenadines", "samoa", "san marino", "são tomé and príncipe", "saudi arabia",
	"senegal", "serbia", "seychelles", "sierra leone", "singapore", "slovakia", "slovenia",
	"solomon islands", "somalia", "south africa", "south korea", "korea", "south sudan", "spain",
	"españa", "sri lanka", "sudan", "suriname", "sweden", "switzerland", "syria", "taiwan",
	"tajikistan", "tanzania", "thailand", "togo", "tonga", "trinidad and tobago", "trinidad", "tunisia",
	"turkey", "türkiye", "turkmenistan", "tuvalu", "uganda", "ukraine", "united arab emirates", "uae",
	"u.a.e.", "united kingdom", "uk", "u.k.", "britain", "great britain", "united states", "us", "u.s.",
	"usa", "u.s.a.", "america", "uruguay", "uzbekistan", "vanuatu", "vatican", "vatican city",
	"holy see", "venezuela", "vietnam", "viet nam", "yemen", "zambia", "zimbabwe", "hong kong", "macau",
	"macao", "gaza", "west bank", "greenland", "puerto rico", "western sahara", "somaliland",
	"abkhazia", "northern cyprus", "new caledonia", "french polynesia", "tahiti", "bermuda",
	"cayman islands", "gibraltar", "falkland islands", "european union", "eu",
)

// gazetteer holds the cities and other places that stand alone in a
// dateline. Cities whose names are as often people's names ("Jackson",
// "Charlotte", "Sofia") are left out: before a colon they are more likely a
// speaker than a place. Countries and regions are in regions, not here:
// "Jordan:" or "Georgia:" alone opens a label, not a dateline.
var gazetteer = setOf(
	// North America.
	"washington", "new york", "new york city", "los angeles", "chicago", "houston",
	"philadelphia", "san antonio", "san diego", "dallas", "san jose", "jacksonville",
	"fort worth", "columbus", "san francisco", "indianapolis", "seattle", "denver",
	"boston", "el paso", "nashville", "detroit", "oklahoma city", "portland", "las vegas", "memphis",
	"louisville", "baltimore", "milwaukee", "albuquerque", "tucson", "fresno", "sacramento",
	"kansas city", "atlanta", "omaha", "colorado springs", "raleigh", "miami", "long beach",
	"virginia beach", "oakland", "minneapolis", "tulsa", "tampa", "new orleans",
	"wichita", "cleveland", "bakersfield", "anaheim", "honolulu", "riverside",
	"corpus christi", "stockton", "st. louis", "saint louis", "st. paul", "saint paul",
	"pittsburgh", "cincinnati", "anchorage", "greensboro", "plano", "newark",
	"toledo", "buffalo", "jersey city", "lubbock", "fort wayne",
	"laredo", "st. petersburg", "reno", "scottsdale", "norfolk", "boise", "spokane",
	"birmingham", "des moines", "salt lake city", "little rock", "hartford", "providence",
	"albany", "harrisburg", "trenton", "annapolis", "dover", "montpelier",
	"tallahassee", "montgomery", "baton rouge", "lansing",
	"charleston", "frankfort", "topeka", "jefferson city", "bismarck",
	"cheyenne", "santa fe", "carson city", "olympia", "juneau", "atlantic city",
	"fort lauderdale", "palm beach", "west palm beach", "key west", "green bay",
	"ann arbor", "grand rapids", "flint", "akron", "dayton", "syracuse", "rochester", "worcester",
	"cambridge", "new haven", "knoxville", "chattanooga", "shreveport", "galveston",
	"pasadena", "burbank", "hollywood", "beverly hills", "santa monica", "palo alto", "mountain view",
	"cupertino", "redmond", "silicon valley", "cape canaveral", "cape kennedy", "houma", "ferguson",
	"toronto", "montreal", "montréal", "vancouver", "ottawa", "calgary", "edmonton", "winnipeg",
	"quebec city", "québec city", "halifax", "saskatoon", "st. john's", "fredericton",
	"charlottetown", "whitehorse", "yellowknife", "iqaluit", "kitchener",
	"mexico city", "ciudad de méxico", "ciudad de mexico", "guadalajara", "monterrey", "tijuana",
	"puebla", "cancún", "cancun", "acapulco", "ciudad juárez", "ciudad juarez", "veracruz", "mérida",
	"havana", "la habana", "port-au-prince", "santo domingo", "san juan", "nassau",
	"bridgetown", "port of spain", "guatemala city", "ciudad de guatemala", "san salvador",
	"tegucigalpa", "managua", "san josé", "panama city", "ciudad de panamá",
	// South America.
	"bogotá", "bogota", "medellín", "medellin", "cali", "cartagena", "caracas", "maracaibo", "quito",
	"guayaquil", "lima", "cusco", "la paz", "sucre", "santa cruz", "santiago de chile",
	"valparaíso", "buenos aires", "rosario", "montevideo",
	"asunción", "asuncion", "são paulo", "sao paulo", "rio de janeiro", "brasília", "brasilia",
	"belo horizonte", "recife", "porto alegre", "manaus", "fortaleza", "curitiba",
	"paramaribo",
	// Europe.
	"london", "manchester", "liverpool", "birmingham", "leeds", "glasgow", "edinburgh", "cardiff",
	"belfast", "bristol", "newcastle", "sheffield", "nottingham", "oxford", "brighton", "dover",
	"dublin", "cork", "paris", "marseille", "marseilles", "lyon", "toulouse", "nantes",
	"strasbourg", "bordeaux", "lille", "cannes", "calais", "berlin", "hamburg", "munich", "münchen",
	"cologne", "köln", "frankfurt", "stuttgart", "düsseldorf", "dusseldorf", "dortmund", "essen",
	"leipzig", "dresden", "hanover", "hannover", "bremen", "nuremberg", "nürnberg", "bonn",
	"duisburg", "bochum", "wuppertal", "bielefeld", "münster", "mannheim", "karlsruhe", "augsburg",
	"wiesbaden", "mainz", "kiel", "rostock", "potsdam", "magdeburg", "erfurt", "saarbrücken",
	"freiburg", "heidelberg", "aachen", "braunschweig", "chemnitz", "vienna", "wien",
	"graz", "salzburg", "innsbruck", "linz", "zurich", "zürich", "geneva", "genève", "bern", "berne",
	"basel", "lausanne", "davos", "brussels", "bruxelles", "brussel", "antwerp", "ghent", "liège",
	"amsterdam", "rotterdam", "the hague", "den haag", "utrecht", "eindhoven", "luxembourg",
	"madrid", "barcelona", "valencia", "seville", "sevilla", "bilbao", "málaga", "malaga",
	"zaragoza", "palma", "lisbon", "lisboa", "porto", "rome", "roma", "milan", "milano", "naples",
	"napoli", "turin", "torino", "firenze", "venice", "venezia", "bologna", "genoa",
	"genova", "palermo", "bari", "catania", "verona", "trieste", "vatican city", "athens", "athina",
	"thessaloniki", "istanbul", "ankara", "izmir", "antalya", "nicosia", "valletta", "copenhagen",
	"københavn", "stockholm", "gothenburg", "göteborg", "malmö", "oslo", "helsinki",
	"reykjavik", "reykjavík", "tallinn", "riga", "vilnius", "warsaw", "warszawa", "krakow", "kraków",
	"gdansk", "gdańsk", "wroclaw", "wrocław", "prague", "praha", "brno", "bratislava", "budapest",
	"bucharest", "bucurești", "belgrade", "beograd", "zagreb", "ljubljana", "sarajevo",
	"skopje", "tirana", "podgorica", "pristina", "chisinau", "chișinău", "minsk", "kyiv", "kiev",
	"kharkiv", "kharkov", "odesa", "odessa", "lviv", "dnipro", "mariupol", "moscow", "moskva",
	"st petersburg", "saint petersburg", "sankt-peterburg", "novosibirsk", "yekaterinburg",
	"kazan", "sochi", "vladivostok", "kaliningrad", "murmansk", "grozny", "volgograd", "tbilisi",
	"yerevan", "baku", "monaco", "san marino", "andorra la vella", "vaduz", "strasbourg",
	// Middle East and North Africa.
	"cairo", "alexandria", "jerusalem", "tel aviv", "haifa", "gaza city", "ramallah", "bethlehem",
	"hebron", "amman", "beirut", "damascus", "aleppo", "homs", "baghdad", "basra", "mosul", "erbil",
	"kirkuk", "fallujah", "tehran", "teheran", "isfahan", "mashhad", "riyadh", "jeddah", "mecca",
	"dubai", "abu dhabi", "sharjah", "doha", "manama", "kuwait city", "muscat", "sanaa",
	"sana'a", "tripoli", "benghazi", "tunis", "algiers", "rabat", "casablanca", "marrakech",
	"khartoum", "port sudan", "el fasher",
	// Sub-Saharan Africa.
	"nairobi", "mombasa", "addis ababa", "kampala", "kigali", "dar es salaam", "dodoma", "mogadishu",
	"juba", "asmara", "djibouti", "lagos", "abuja", "kano", "accra", "dakar", "abidjan", "bamako",
	"niamey", "ouagadougou", "conakry", "freetown", "monrovia", "lomé", "cotonou", "yaoundé",
	"yaounde", "douala", "libreville", "kinshasa", "brazzaville", "luanda", "lusaka", "harare",
	"lilongwe", "maputo", "gaborone", "windhoek", "johannesburg", "pretoria", "cape town", "durban",
	"port elizabeth", "antananarivo", "n'djamena", "bangui", "nouakchott", "maseru", "mbabane",
	"goma", "bukavu", "maiduguri",
	// South and Central Asia.
	"new delhi", "delhi", "mumbai", "bombay", "kolkata", "calcutta", "chennai", "madras", "bengaluru",
	"bangalore", "hyderabad", "ahmedabad", "pune", "jaipur", "lucknow", "kanpur", "nagpur", "indore",
	"bhopal", "patna", "chandigarh", "srinagar", "jammu", "guwahati", "kochi", "cochin",
	"thiruvananthapuram", "trivandrum", "kozhikode", "coimbatore", "madurai", "visakhapatnam",
	"vijayawada", "amaravati", "bhubaneswar", "ranchi", "raipur", "dehradun", "shimla", "gandhinagar",
	"surat", "vadodara", "varanasi", "agra", "amritsar", "ludhiana", "noida", "gurugram", "gurgaon",
	"mangaluru", "mangalore", "mysuru", "mysore", "panaji", "imphal", "shillong", "agartala",
	"aizawl", "kohima", "itanagar", "gangtok", "leh", "puducherry", "pondicherry", "islamabad",
	"karachi", "lahore", "rawalpindi", "peshawar", "quetta", "multan", "faisalabad", "dhaka",
	"chittagong", "chattogram", "kathmandu", "pokhara", "thimphu", "colombo", "kandy",
	"kabul", "kandahar", "herat", "mazar-i-sharif", "jalalabad", "tashkent", "samarkand", "almaty",
	"astana", "nur-sultan", "bishkek", "dushanbe", "ashgabat",
	// East and Southeast Asia, Oceania.
	"beijing", "peking", "shanghai", "guangzhou", "canton", "shenzhen", "tianjin", "chongqing",
	"chengdu", "wuhan", "nanjing", "hangzhou", "xi'an", "xian", "shenyang", "harbin", "dalian",
	"qingdao", "xiamen", "kunming", "urumqi", "lhasa", "hong kong", "macau", "macao", "taipei",
	"kaohsiung", "taichung", "tainan", "hsinchu", "tokyo", "tokio", "osaka", "kyoto", "yokohama",
	"nagoya", "kobe", "sapporo", "fukuoka", "hiroshima", "nagasaki", "sendai", "naha", "fukushima",
	"kawasaki", "saitama", "chiba", "niigata", "seoul", "busan", "pusan", "incheon", "daegu",
	"daejeon", "gwangju", "sejong", "pyongyang", "ulaanbaatar", "ulan bator", "manila", "quezon city",
	"cebu", "davao", "hanoi", "ho chi minh city", "saigon", "da nang", "haiphong", "phnom penh",
	"vientiane", "bangkok", "chiang mai", "phuket", "yangon", "rangoon", "naypyitaw", "naypyidaw",
	"mandalay", "kuala lumpur", "putrajaya", "penang", "george town", "johor bahru", "kota kinabalu",
	"kuching", "melaka", "malacca", "ipoh", "shah alam", "singapore", "jakarta", "surabaya",
	"bandung", "medan", "denpasar", "yogyakarta", "makassar", "bandar seri begawan", "dili",
	"sydney", "melbourne", "brisbane", "perth", "adelaide", "canberra",
	"gold coast", "auckland", "wellington", "christchurch", "dunedin", "suva",
	"port moresby", "nouméa", "noumea", "apia", "nuku'alofa", "honiara", "port vila",
	// The names of large cities in the languages of the wires and their
	// clients (German, French, Spanish, Italian, Dutch, Polish, Turkish),
	// where they differ from the English ones above.
	"riad", "peking", "moskau", "kairo", "rom", "mailand", "neapel", "venedig", "warschau", "prag",
	"brüssel", "kopenhagen", "lissabon", "athen", "belgrad", "bukarest", "kiew", "charkiw", "lemberg",
	"bagdad", "damaskus", "genf", "neu-delhi", "schanghai", "hongkong", "straßburg", "nizza", "algier",
	"tripolis", "kapstadt", "mexiko-stadt", "havanna", "jerusalem",
	"pékin", "moscou", "le caire", "londres", "varsovie", "lisbonne", "athènes", "vienne", "berlin",
	"venise", "copenhague", "séoul", "téhéran", "damas", "beyrouth", "jérusalem", "alger", "la havane",
	"riyad", "ryad", "dubaï", "new delhi", "pretoria",
	"pekín", "moscú", "el cairo", "bruselas", "ginebra", "varsovia", "praga", "atenas", "viena", "berlín",
	"milán", "nápoles", "venecia", "estocolmo", "seúl", "teherán", "damasco", "jerusalén", "argel",
	"túnez", "nueva york", "nueva delhi", "la habana", "dubái", "estambul", "pekín", "washington dc",
	"pechino", "mosca", "il cairo", "londra", "ginevra", "varsavia", "lisbona", "atene", "berlino", "parigi",
	"copenaghen", "stoccolma", "seul", "gerusalemme", "algeri", "tunisi", "città del messico", "l'avana",
	"moskou", "caïro", "londen", "praag", "athene", "wenen", "berlijn", "milaan", "napels", "venetië",
	"seoel", "beiroet", "jeruzalem", "istanboel", "parijs", "antwerpen", "gent", "luik",
	"pekin", "moskwa", "kair", "londyn", "bruksela", "genewa", "lizbona", "ateny", "wiedeń", "rzym",
	"mediolan", "neapol", "wenecja", "kopenhaga", "sztokholm", "damaszek", "bejrut", "jerozolima",
	"waszyngton", "nowy jork", "meksyk", "hawana", "kijów", "rijad", "stambuł", "paryż",
	"moskova", "kahire", "şam", "bağdat", "tahran", "kudüs", "brüksel", "cenevre", "atina", "viyana",
	"varşova", "i̇stanbul",
	// Places that stand in datelines as cities do.
	"united nations", "vatican", "the vatican", "antarctica", "south pole", "north pole",
	"baikonur", "guantanamo bay", "guantánamo bay", "davos-klosters",
)
