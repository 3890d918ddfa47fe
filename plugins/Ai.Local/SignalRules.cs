using System.Text.RegularExpressions;

namespace AiPhoneCoverage.Plugins.Ai.Local;

/// <summary>
/// The signals the triage policy reads, and how callers say them. Written from the default policy's conditions and
/// follow-up questions (docs/triage.md), never tuned to an evaluation set.
/// </summary>
internal static class SignalRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private const string Water = @"\b(water|agua|leak\w*|pipe|tubo|ceiling|toilet|sink|tub|shower|overflow\w*|flood\w*|drip\w*|faucet|tap|heater|dishwasher|washer|radiator|valve)\b";

    // An exterior door, not an appliance's or an inside room's: "oven door", "bathroom door" never make a home unsecured.
    private const string ExteriorDoor = @"(?<!(oven|dishwasher|fridge|freezer|washer|dryer|microwave|cabinet|closet|shower|cupboard|bathroom|bedroom|fireplace|glass) )door";

    public static IReadOnlyList<SignalRule> All { get; } =
    [
        Rule("gas_smell", @"\b(smell(s|ing)? (of |like )?(natural )?(gas|propane|rotten eggs?)|gas (smell|leak|odou?r)|smells? like gas|leaking gas|rotten[- ]eggs? (smell|odou?r)|huele a gas)\b"),
        Rule("smoke", @"\b(smoke|smoky|smoking|humo|haze|hazy)\b(?! (detector|alarm))"),
        Rule("fire", @"\b(fire|flames?|on fire|burning|f1re|fuego|incendio)\b(?! (alarm|extinguisher|department|escape|drill|door))"),
        Rule("fire_alarm", @"\b(fire|smoke) alarms?\b.{0,25}\b(going off|sounding|ringing|blaring|screaming|won'?t stop|keeps? going|been going)\b|\balarm(s)? (is |are )?(going off|blaring|ringing)\b"),
        Rule("co_alarm", @"\b(carbon monoxide|monoxide|mon[oó]xido)\b|\bco\b.{0,40}\b(alarm|detector|beeping|screaming|going off|sounding)\b"),
        Rule("trapped", wholeTurn: true, phrases: @"\b(trapped|stuck|stuk) (in|inside) (the |an |a )?(elevator|elevater|lift)\b|\b(in|inside) (the |an |a )?(elevator|elevater|lift)\b.{0,40}\b(stop\w*|stuck|won'?t open|no open|not moving|doors? (won'?t|don'?t|no) open)\b|\b(elevator|lift)\b.{0,40}\b(stopped|stuck)\b.{0,40}\b(someone|somebody|people|person|kid|child|inside|banging)\b|\bcan'?t get out of the (elevator|lift)\b"),
        Rule("child_locked_alone", @"\b(baby|child|kid|toddler|infant|son|daughter|boy|girl|\d{1,2} ?(year|yr)s? old)\b.{0,40}\b(locked (in|inside)|locked (himself|herself|themselves) in|alone)\b|\blocked (in|inside)\b.{0,40}\b(baby|child|kid|toddler|infant)\b", negationFlips: false, wholeTurn: true),
        Rule("crime", @"\b(break(ing)? in|broke in|break(ing)? into|trying to (get|break) in|burglar|(going to|gonna|will|wants? to) (hurt|kill|attack|get) (me|us|my)|intruder|someone('?s| is) (in|trying to get in)|robbed|robbery|gun|knife|attack(ed|ing)?|assault(ed)?|threaten(ed|ing)?|fighting)\b"),
        Rule("injury", @"\b(i|he|she|someone|somebody|my \w+|kid|child|man|woman|lady|guy|neighbou?r)\b.{0,20}\b(is hurt|got hurt|hurt (his|her|my|their)|injured|is bleeding|bleeding|unconscious|passed out|broke (his|her|my) (arm|leg|wrist|ankle|hip))\b|\bmy (wrist|arm|leg|ankle|hip|head) (is|might be) (broken|bleeding)\b|\b(i|he|she|someone|somebody|my (mom|dad|mother|father|son|daughter|husband|wife|grandma|grandpa|kid|child)) (slipped|fell)\b"),
        Rule("sparks", @"\b(spark(s|ing|ed)?|arcing|flash(es)? (came |come )?(out of|from) the (outlet|socket|switch)|scorch(ed)?|burn marks?|outlet (is )?(smoking|burnt|melting|melted))\b"),
        Rule("panel_hot", @"\b(panel|breaker box|fuse box)\b.{0,60}\b(hot|buzz(ing)?|humming|smell(s|ing)? burn)", negationFlips: false, wholeTurn: true),
        Rule("sewage", @"\b(sewage|sewer|poop|feces|black water|raw sewage)\b"),
        Rule("flood", @"\b(flood(ed|ing)?|burst|busted pipe|pipe (burst|broke|exploded)|water everywhere|inches of water|se revent[oó])\b"),
        Rule("water_active", @"\b(gushing|pouring|spraying|spurting|pour(s|ing)? (in|out|down|through)|coming (in|out|down|through)|running (out|down|everywhere)|overflow(ing|ed)?|won'?t stop (running|leaking|pouring|flowing|coming|spraying)|can'?t (stop|shut|turn) (it|the water)?|(water|it)('s| is)? (going|spraying|running) everywhere|water everywhere|still (leaking|dripping|coming|running|pouring|flowing|going)|keeps? (leaking|coming|running|going)|actively|flowing|sale por todos lados)\b",
            opposites: @"\b(stopped|has stopped|not (leaking|dripping|running|coming) (any ?more|now)|no longer|shut (it|the water|the valve) off|shut off the (valve|water)|turned (it|the water|the valve) off|turned off the (water|valve)|dried up|isn'?t (leaking|coming) (any ?more|now)|into a (bucket|towel|pot|pan|bowl)|in a (bucket|pot|pan)|just a (drip|little)|a (little|tiny|small) (drip|leak|water)|(leaking|dripping) a (little|bit)|slow (drip|leak)|small leak|(not|isn'?t) (dripping|leaking)|put a (bucket|bowl|towel|pot|pan))\b",
            context: Water),
        Rule("leak", @"\b(leak(s|ing|ed)?|drip(s|ping)?|pipe (cracked|broke|split)|cracked pipe|water (on (the |my )?(\w+ )?floor|under|from|came|coming|is coming|leaking|leaks|all over|in the cabinet)|wet (spot|stain|ceiling|floor|carpet)|puddle|water stain|stain on the ceiling|hose popped|se revent[oó]|el agua sale)\b"),
        Rule("faucet_drip", @"\b(faucet|tap|shower ?head|spout)\b.{0,30}\b(drip(s|ping)?|leak(s|ing)? a (little|bit))\b|\bdripping (faucet|tap)\b", negationFlips: false),
        Rule("through_ceiling", @"\b(ceiling|through the (ceiling|wall)|from (the )?(upstairs|apartment above|unit above))\b"),
        Rule("ceiling_falling", @"\b(ceiling|roof)\b.{0,50}\b(fell|fallen|collaps(ed|ing)|caving|sagging|coming down|come down|about to fall|bulging|falling|bowing|hanging down|going to (drop|fall|come down)|drop any)\b", negationFlips: false, wholeTurn: true),
        Rule("toilet", @"\b(toilet|commode|potty)\b", negationFlips: false),
        Rule("only_toilet", @"\b(only (one )?(toilet|bathroom)|(one|1|single) (toilet|bathroom)|no other (toilet|bathroom)|it'?s the only one|only one we have)\b",
            opposites: @"\b(another|second|other|two|2|extra) (toilet|bathroom)|\b(toilet|bathroom)s? (upstairs|downstairs)\b"),
        Rule("water_outage_area", @"\b(water main|boil water|(the )?city (is|has|shut|turned)|whole (neighbou?rhood|city|street|block|building) (has no|is out of|lost) water|on the news)\b", negationFlips: false),
        Rule("no_water", @"\b(no (running )?water|water('s| is)? (off|shut off|not coming)|nothing comes out of the (tap|faucet)|nothing comes out when|water (won'?t|doesn'?t) come out|no water comes out)\b"),
        Rule("no_hot_water", @"\b(no hot water|(water|shower) (is |stays |only )?(runs )?(cold|freezing)|only (runs )?cold|only cold water|hot water (is )?(out|not working|gone)|water heater\b.{0,30}\b(not working|broken|out|died|stopped))\b"),
        Rule("no_heat", @"\b(no (heat|heating)|(heat|heater|heating)('s| is| has| just)?\s*(not|isn'?t|won'?t|doesn'?t|stopped|broke|broken|out|off|died|quit|dead|gone)|radiators? (is |are )?(cold|not)|furnace\b.{0,20}\b(not working|broke|broken|out|died|quit|won'?t)|freezing|heat (went )?out|cold in (here|my apartment|the apartment))\b",
            opposites: @"\b(heats? (fine|ok|okay|good)|heat('s| is) (fine|working|on|ok)|it('s| is) warm)\b"),
        Rule("heat_stuck_on", @"\b(heat|heater|radiator|furnace)\b.{0,30}\b(stuck on|won'?t (turn|shut) off|can'?t turn (it )?off|always on|too hot|blasting)\b"),
        Rule("no_ac", @"\b(no (ac|a/c|air|aircon)|(ac|a/c|air condition(ing|er)|air ?con|aircon)('s| is| has| just)?\s*(not|isn'?t|won'?t|doesn'?t|stopped|broke|broken|out|died|quit|dead|blowing (hot|warm))|(so |too |really )hot in (here|my apartment|the apartment)|sweltering|boiling in here)\b", negationFlips: false),
        Rule("power_out", @"\b(no (power|electricity|lights)|power('s| is| went| just)?\s*(out|off|went out|gone)|lost power|blackout|electricity (is |went )?(out|off)|outage|nothing (turns on|works)|(everything|it all|the whole (place|apartment|unit))\b.{0,20}\bwent (dark|out)|lights\b.{0,40}\bwent (out|dark)|circuit is dead)\b", negationFlips: false),
        Rule("power_out_area", unsureMeansPresent: false, phrases: @"\b((whole|entire) (building|block|street|neighbou?rhood|complex|city|area)|hallways? (are |is )?(dark|out)|neighbou?rs? (are |have |lost |also |too )(out|no)|every(one|body)('?s| on the street| in the building| lost)|street ?lights? (are )?out|all the buildings|houses across|area outage)\b",
            opposites: @"\b(only (mine|my (apartment|unit|place)|me)|just (mine|me|my (apartment|unit|place))|hall(way)?('s| is| are)? (lit|on|fine)|hallway lights are on|neighbou?rs? (has|have) (power|lights)|next door (has|have) (power|lights)|everyone else has)\b"),
        Rule("medical_equipment", @"\b(oxygen|dialysis|ventilator|cpap|medical (equipment|device)|nebuli[sz]er)\b"),
        Rule("cannot_secure", $@"\b(can'?t (lock|close|secure)|cannot (lock|close)|won'?t (lock|latch)|doesn'?t lock|no puedo cerrar|(front door|back door|{ExteriorDoor}|deadbolt|window)\b.{{0,25}}\b(kicked in|off (the )?(hinges|track)|shattered|smashed))\b",
            opposites: @"\b(can (still )?lock|it (still )?locks|locked it|is locked|it'?s secure|secured it|still locks?|does lock|locks fine)\b",
            negationFlips: false),
        Rule("lockout", @"\b(locked out|lost (my )?keys?|keys? (is |are )?(inside|lost)|can'?t get (in|into my)|key (doesn'?t|won'?t) work|stuck outside|fob (doesn'?t|won'?t|isn'?t) (open|work)|garage door (won'?t|doesn'?t) open|took (both|my|the|all the) keys)\b"),
        Rule("railing_loose", @"\b(railing|handrail|hand rail|banister)\b.{0,40}\b(loose|wobbl\w*|wiggl\w*|moves|came (loose|off)|broken|shaky)\b", negationFlips: false, wholeTurn: true),
        Rule("gate_stuck_open", @"\bgate\b.{0,30}\b(stuck open|won'?t (close|latch|lock)|doesn'?t (close|latch|lock)|left open|open all)\b", negationFlips: false),
        Rule("vulnerable_occupant", @"\b(baby|babies|infant|newborn|toddler|elderly|older|senior|old (lady|man|mother|father)|grand(ma|pa|mother|father)|\d{2,3} years? old|\d{1,2} (weeks?|months?) old|(he|she)'?s (7\d|8\d|9\d|1[01]\d)|sick|ill|unwell|disabled|wheelchair|pregnant|chemo|immune|on oxygen)\b",
            opposites: @"\b(just me|only me|we'?re (fine|healthy|ok|okay|all fine)|i'?m (fine|healthy|ok|okay)|both healthy|nobody|no one|everyone'?s fine)\b"),
        Rule("elevator_out", @"\b(elevators?|lifts?)\b.{0,30}\b(not working|isn'?t working|doesn'?t (work|come)|broken|out of (order|service)|stuck|won'?t (come|open|move)|down)\b", negationFlips: false),
        Rule("detector_chirping", @"\b(chirp(s|ing)?|beep(s|ing)? (every|once|now and then)|low battery|it'?s the battery)\b"),
        Rule("detector_missing", @"\b((smoke|co|carbon monoxide) )?(detector|alarm)\b.{0,30}\b(missing|gone|broken|fell|hanging|removed|doesn'?t work|not working|dead)\b|\bno (smoke|co) (detector|alarm)\b", negationFlips: false),
        Rule("toilet_clogged", @"\b(toilet|commode)\b.{0,40}\b(clog(ged)?|backed up|backing up|won'?t flush|doesn'?t flush|not flushing|no flush|not flush|overflow(ing|ed)?|broken|broke|cracked)\b|\b(clogged|backed up|broken) (toilet|commode)\b", negationFlips: false),
        Rule("toilet_running", @"\b(toilet|commode)\b.{0,30}\b(keeps? running|runs? (all|constantly|non ?stop)|running (constantly|all)|won'?t stop running|keeps? filling|hissing)\b|\brunning toilet\b", negationFlips: false),
        Rule("fridge_not_cooling", @"\b(fridge|refrid?gerator|freezer)\b.{0,40}\b(not (cold|cool(ing|in)?|working)|isn'?t (cold|cool(ing|in)?|working)|warm|stopped (working|cooling)|died|broke|thawing|spoil(ing|ed))\b", negationFlips: false),
        Rule("door_or_window_broken", $@"\bkicked (in )?(my |the )?(front |back )?door( in)?\b|\b(door ?)?frame (is )?(split|cracked|broken)\b|\b(front door|back door|{ExteriorDoor}|lock|deadbolt|window|slider|sliding door|patio door)\b.{{0,30}}\b(broken|broke|busted|kicked in|shattered|smashed|cracked|jammed|won'?t (close|lock|latch)|off (the )?(track|hinges)|came off)\b", negationFlips: false),
        Rule("partial_power", context: @"\b(light|lights|lamps?|power|outlets?|electric\w*|circuits?|breakers?|plugs?)\b", phrases: @"\b(some (of the )?(outlets|lights|rooms|circuits)|half (of )?(the|my) (apartment|outlets|lights)|one room|(outlets|lights) in the \w+ (are )?(out|dead|not working)|(just|only) (the )?(kitchen|bedroom|living room|bathroom|hallway)|rest of the (apartment|place|unit|house) (has|have|is)|(lamps|lights) (are )?still on)\b", negationFlips: false),
        Rule("breaker_tripping", @"\b(breaker|fuse)\b.{0,25}\b(keeps? (tripping|blowing)|trips|tripped|blew|blown)\b", negationFlips: false),
        Rule("exposed_wiring", @"\b(exposed|bare|hanging|loose) wir(es|ing)\b|\bwires? (are )?(hanging|sticking|showing) out\b|\b(see|seeing) (the )?wires\b|\bwires (are )?(showing|exposed)\b", negationFlips: false),
    ];

    private static SignalRule Rule(string name, string phrases, string? opposites = null, bool negationFlips = true, string? context = null, bool wholeTurn = false, bool unsureMeansPresent = true) =>
        new(name, new Regex(phrases, Options), opposites is null ? null : new Regex(opposites, Options), negationFlips, context is null ? null : new Regex(context, Options), wholeTurn, unsureMeansPresent);
}
