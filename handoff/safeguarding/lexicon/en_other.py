"""English and Scots: exploitation, trafficking, forced marriage and FGM, radicalisation, bullying
with harm, and danger happening now."""

from ..rules import PEER_HARMS, context, flag, hint, idiom, now, tag

EXPLOITATION = "exploitation"
TRAFFICKING = "trafficking"
MARRIAGE_FGM = "forced_marriage_fgm"
RADICALISATION = "radicalisation"
BULLYING = "bullying_with_harm"
DANGER = "immediate_danger"
PHYSICAL = "physical_abuse"
SEXUAL = "sexual_abuse"
EMOTIONAL = "emotional_abuse"
DOMESTIC = "domestic_abuse"
SUICIDE = "suicide"
NEGLECT = "neglect"

# The harms as services, teams and guidance are named after them (blind set CP).
_HARM_NAMES = (
    "(self harm|selfharm|self-harm|suicide|suicide prevention|domestic abuse|domestic violence|"
    "child protection|neglect|child neglect|abuse|sexual abuse|child abuse|forced marriage|fgm|"
    "exploitation|child exploitation|sexual exploitation|trafficking|radicalisation|"
    "radicalization|grooming)"
)
# After "a letter about", only the names of whole services: "a letter about abuse at home" is a
# disclosure.
_NAMED_SERVICES = (
    "(self harm|selfharm|self-harm|suicide prevention|domestic abuse|domestic violence|"
    "child protection|forced marriage|fgm|radicalisation|radicalization|trafficking)"
)


RULES = [
    # Blind set CP: an ex's threat to "finish it for all of us", reported to the police.
    flag(
        "(finish|end) (it|this|things) (for|with) (all of us|us all|the lot of us|the whole "
        "family|all three of us|all four of us|the both of us|both of us)",
        DOMESTIC,
        DANGER,
    ),
    # Blind set CP: a club "recruiting the younger lads for 'missions' in other towns".
    hint(
        "(recruit|recruiting|recruited|recruits|signing up|grooming) ~3 (younger|young|the "
        "younger|little|wee|the wee) (lads|boys|kids|ones|girls|children|weans|yins)",
        "recruiting",
        EXPLOITATION,
    ),
    hint(
        "(missions|runs|jobs|errands|trips|deliveries|drops) (in|to|across|around) (other|"
        "different|another) (towns|cities|city|town|places|areas)",
        "travel",
        EXPLOITATION,
        TRAFFICKING,
    ),
    # Blind set CA: a man "who's been messaging her online offering her vapes"; FGM told as
    # "so I can get done like a proper girl".
    flag(
        "({OTHER_ADULT}|he|hes|he's|someone|somebody|older boy|older lad|older lads|older boys) "
        "~8 (messaging|messages|messaged|texting|texts|texted|dming|dms|snapchatting) (her|him|me|"
        "my daughter|my son|my wee girl|my wee boy) ~6 (offering|offers|offered|giving|promising|"
        "promised|sending) (her|him|me)? (vapes|vape|alcohol|drink|booze|cigs|cigarettes|money|"
        "cash|weed|gifts|presents|a phone|trainers)",
        EXPLOITATION,
        SEXUAL,
    ),
    flag(
        "(get|getting|be|been|being) (done|cut) (like|to be|to become|so i'm|so im|so i am) (a)? "
        "(proper|real|clean|pure|good|decent) (girl|woman|wife|lassie)",
        "forced_marriage_fgm",
    ),
    idiom(
        "(hair|hairs|nails|makeup|make up|face|eyebrows|brows|tan|lashes|teeth) ~2 (getting|get|"
        "got|be|been|being) (done|cut)"
    ),
    # Blind set BZ: a cousin "joining the brothers in Syria" with a ticket to Turkey.
    flag(
        "(join|joining|joined|go and join|go join|going to join|fight with|fight alongside|fight "
        "for) (the)? (brothers|sisters|mujahideen|mujahedeen|brotherhood|fighters) (in|out in|"
        "over in|fighting in) (syria|iraq|the caliphate|sham|al sham|afghanistan)",
        RADICALISATION,
        DANGER,
    ),
    # FGM told as "the cutting" that "every girl in our family" has, "to make you pure", "my time
    # for the cut": two signs, in one message or across the conversation.
    hint(
        "(the cutting|the cut|cutting done|the cutting done|getting cut|be cut|get cut|got cut)",
        "fgm_cut",
        MARRIAGE_FGM,
    ),
    hint(
        "(every girl|all the girls|the other girls|girls in (our|my|the|her|his) family|to girls|"
        "a proper woman|become a woman|a real woman|makes you pure|make you pure|purity|for a "
        "husband|ready for marriage|my time for|her time for|old enough now)",
        "fgm_custom",
        MARRIAGE_FGM,
    ),
    # Taken "back to Somalia for the cut in the summer".
    flag(
        "(for|to get|to have|getting) (the|her|a|my) (cut|cutting|sunna) ~6 (somalia|sudan|egypt|"
        "ethiopia|eritrea|guinea|gambia|mali|back home|abroad)|(somalia|sudan|egypt|ethiopia|"
        "eritrea|guinea|gambia|mali|back home|abroad) ~3 (for|to get|to have) (the|her|a|my) (cut|"
        "cutting|sunna)|(taking|take|took|send|sending|sent) (her|me|my sister|my cousin|my "
        "daughter) (away|abroad|back home|overseas|back) ~6 (for|to get|to have) (the|her|a|my) "
        "(cut|cutting|sunna)",
        MARRIAGE_FGM,
        firm=True,  # "the cut in the summer" is not the idiom "cut in"
    ),
    # A "modelling job" found online: travel paid, a photo of the passport, "don't bring your mum".
    flag(
        "(job|jobs|modelling|modeling|casting|audition|work|opportunity) ~20 (not to|dont|don't|do "
        "not|without|shouldnt|shouldn't) (bring|tell|telling|bringing) (my|your|ur|yer) (mum|mam|"
        "maw|parents|dad|da|family)",
        EXPLOITATION,
        TRAFFICKING,
    ),
    # Dealers meeting younger children after school with bikes and phones; moved to a new town
    # every few weeks; a picture on everyone's phone.
    flag(
        "(dealers|dealer|gang|older lads|older boys|the lads) ~8 (younger kids|wee ones|first "
        "years|kids|children|weans) ~8 (hand out|handing out|give|giving|gives|offering|offer) "
        "(bikes|phones|money|cash|trainers|vapes|weed|mopeds)|(dealers|dealer|gang|older lads|"
        "older boys) ~4 (hand out|handing out|give|giving|gives|offering|offer) ~3 (younger kids|"
        "wee ones|first years|kids|children|weans) ~2 (bikes|phones|money|cash|trainers|vapes|weed|"
        "mopeds)",
        EXPLOITATION,
    ),
    hint(
        "(move|moves|moved|moving) (us|me|them) (to)? (a)? (new|different) (town|city|house|place|"
        "flat|area) (every|each) (few)? (weeks|week|month|months|days)",
        "travel",
        TRAFFICKING,
        EXPLOITATION,
    ),
    flag(
        "(the|that|my|ma|a) (picture|pic|photo|nude|nudes|video|vid) (of me)? (is|s|got|went|has "
        "gone)? (on|round|sent round|all over) ~2 (everyone's|everyones|every|the whole|aw the) "
        "(phone|phones|school|year)",
        SEXUAL,
        BULLYING,
    ),
    # A 14yo with a phone from a 25yo "pal"; a sister of 16 engaged to a man of 40; not allowed
    # back to school after the nikah; martyrs and paradise, "I'm ready".
    flag(
        "{CHILD_AGE} (yo|year old|yr old|years old)? ~6 (from|off|by|fae) (a|an|some)? {ADULT_AGE} "
        "(yo|year old|yr old|years old)",
        SEXUAL,
        EXPLOITATION,
    ),
    flag(
        "{CHILD_AGE} ~4 (engaged|married|betrothed|promised) (to)? (a|an|some)? ({ADULT_AGE}|older "
        "man|old man|man|cousin)",
        MARRIAGE_FGM,
    ),
    flag(
        "(not allowed|cant|can't|wont be allowed|won't be allowed|no more|never going) ~2 (back to|"
        "go to|to go to|going to|back at) school ~3 (after|since|once|now) (the|my|her)? (nikah|"
        "nikkah|wedding|engagement|marriage|rishta)",
        MARRIAGE_FGM,
    ),
    flag(
        "(martyr|martyrs|martyrdom|shahid|shaheed|shaheeds) ~6 (paradise|heaven|jannah|ready|"
        "straight to|reward|virgins)",
        RADICALISATION,
        unless=("history", "fiction"),
    ),
    # Grooming described as care: a stranger offering lifts at the gate, "your real dad".
    flag(
        "(man|guy|auld guy|old guy|old man|stranger|bloke|men|guys|boy racer) ~6 (school gate|"
        "gates|outside school|outside the school|the park|playground|bus stop) ~8 (offering|"
        "offerin|offers|offered|giving|gives) ~3 (lifts|a lift|sweets|money|vapes|cigarettes|fags|"
        "drink|alcohol)",
        EXPLOITATION,
        DANGER,
        severity="high",
        unless=("ice_cream_van",),
    ),
    # Blind set DN: "he's the ice cream van guy and he's lovely".
    context(
        "(ice cream|icecream|ice-cream) (van|man|guy|lady|truck)|(mr whippy|mr softee)",
        "ice_cream_van",
    ),
    flag(
        "(hes|he's|he is|he says he's|says hes|claims hes|telt|told) ~4 (her|my|his|their) real "
        "(da|dad|daddy|father)",
        SEXUAL,
        EXPLOITATION,
        severity="medium",
    ),
    # A girl of 13 "dating" a driver of about 40.
    flag(
        "(8|9|10|11|12|13|14|15) ~8 (dating|going out with|seeing|sleeping with) ~6 (who is|whos|"
        "who's|he is|hes|he's|aged|who's about|of) (about|around|like|nearly|over|roughly)? "
        "{ADULT_AGE}",
        SEXUAL,
        EXPLOITATION,
    ),
    # A boyfriend's pals "wanting a turn"; a teacher asking to see a bra; being filmed changing.
    flag(
        "(boyfriend|bf|his|boyfriends|boyfriend's) ~3 (pals|mates|friends|boys|lads|cousins) ~4 "
        "(want|wants|wanted|to have|get|getting|got|have|had|take|taking|took) a (turn|go|shot)",
        SEXUAL,
        EXPLOITATION,
    ),
    flag(
        "(show|showing|showed|shows|lift|lifting) (him|them|the teacher|the coach|sir|a man|the "
        "man|his friend) (my|your|ur|her|his|their)? (new)? (bra|bras|pants|knickers|underwear|"
        "boxers|chest|boobs|privates|bum|body)",
        SEXUAL,
    ),
    flag(
        "(films|filmed|filming|records|recorded|recording|photographs|photographed|takes pictures "
        "of|took pictures of|takes photos of|took photos of) (me|them|her|him|us|my sister|my "
        "brother) ~3 (getting changed|changing|in the shower|showering|in the bath|naked|undressed|"
        "undressing|in the toilet|on the toilet|sleeping|in bed)",
        SEXUAL,
    ),
    # Forced marriage: how to get out of a wedding once it is booked, a passport left with a
    # teacher; a job that keeps the passport until the flight is paid back.
    flag(
        "(get out of|escape|stop|cancel|avoid|refuse|say no to) (a|the|my|her|this)? (wedding|"
        "marriage|engagement) (once|when|after|if|that) ~4 (booked|arranged|agreed|planned|"
        "decided|sorted)|(leave|hide|keep) (her|my) passport (in|with|at) (your|my|the|school|a)",
        MARRIAGE_FGM,
    ),
    flag(
        "(keep|keeps|kept|took|take|takes|holding|hold|holds|has) (your|my|his|her|their|our) "
        "(passport|passports|documents|papers|id) ~12 (not pay|no pay|dont pay|don't pay|paid "
        "back|pay back|debt|owe|the flight|the fare|wages|work it off)",
        TRAFFICKING,
        EXPLOITATION,
    ),
    # Radicalisation: a group "runs the council"; stickers for a place of worship.
    flag(
        "(jews|jewish people|muslims|immigrants|asians|blacks|foreigners|catholics|protestants|"
        "refugees|pakis) (run|control|own|are taking over|secretly run) (the|our)? (council|"
        "country|world|media|banks|government|schools|police)",
        RADICALISATION,
        unless=("history", "fiction"),
    ),
    flag(
        "(stickers|posters|leaflets|graffiti|paint|spray) ~6 (on|at|outside|on the|round) (the|a)? "
        "(synagogue|mosque|church|gurdwara|temple|chapel)",
        RADICALISATION,
        severity="medium",
    ),
    # Danger now: a friend collapsed after taking something, lips going blue; gas, and a parent
    # who will not wake.
    flag(
        "(lips|face|fingers|skin) (is|are|s|re)? (going|gone|turning|turned|all|went)? (blue|grey|"
        "gray|purple)",
        DANGER,
        severity="immediate",
        unless=("blue_for_other_reasons",),
    ),
    context(
        "(freezing|cold|swimming|swim|pool|the sea|the loch|snow|winter|ice|icy|blueberries|"
        "lipstick|face paint|paint|makeup|costume|smurf)",
        "blue_for_other_reasons",
    ),
    flag(
        "(collapsed|passed out|fitting|having a fit|unconscious|wont wake up|won't wake up) ~6 "
        "(after|from) (taking|drinking|smoking|sniffing|something|a pill|pills|a tab)",
        DANGER,
        severity="immediate",
    ),
    flag(
        "(gas|smoke|fumes) ~10 ({PARTNER_VICTIM}|{KIN}|he|she|they) (wont|won't|will not|cant|"
        "can't|cannot|isnt|isn't|is not) (wake|waking|wake up|waking up|get up|moving|breathing)",
        DANGER,
        severity="immediate",
    ),
    # Harmless: "she'll murder me if I don't come to her 80th".
    idiom(
        "(murder|kill) (me|us) if (i|we) (dont|don't|do not) (come|go) (to|tae) (her|his|the|my|"
        "their) ~2 (party|birthday|wedding|80th|70th|60th|50th|40th|30th|21st|18th|dinner|do|"
        "christening|graduation)"
    ),
    # "My husband is going to kill me for booking a holiday in term time."
    idiom(
        "(kill|murder) (me|us|him|her) (for|over) (booking|buying|spending|forgetting|breaking|"
        "losing|eating|using|taking|wasting|being late|getting home late|the mess|the bill|the "
        "price|the cost|this holiday|the holiday|the new|my new|that|this) (a|the|my|his|her|all|"
        "his new|her new)?"
    ),
    # Sent to the grandparents' country with no return ticket; back from holiday walking funny.
    flag(
        "(sent|sending|send|taken|taking|take) ~8 (country|"
        "abroad|back home|pakistan|bangladesh|somalia|yemen|india|nigeria|egypt|iraq|sudan) ~10 "
        "(no return|one way|one-way|(not|no|nae) (buying|buyin|booking|getting|gettin) (me|her|us|"
        "him)? a return|no "
        "ticket back|no way back)",
        MARRIAGE_FGM,
    ),
    flag(
        "(came back|come back|got back|back from|returned|since) ~8 (walking funny|walks funny|"
        "walking strange|walking weird|cant walk (properly|right)|can't walk (properly|right)|"
        "couldnt walk (properly|right)|couldn't walk (properly|right)|could not walk)",
        MARRIAGE_FGM,
    ),
    flag(
        "what (the|those|these|the old|them) (women|aunties|old women|ladies|woman|elders) did (to|"
        "tae) (her|me|my sister|my cousin)",
        MARRIAGE_FGM,
        severity="medium",
    ),
    # "The agency owns me until the debt's paid."
    flag(
        "(own|owns|owned) (me|us|her|him) (until|till|til|unless) ~4 (debt|money|fee|what i owe|"
        "what we owe)|(took|taken|take|kept|keep|keeping|holding|hold) (my|our|her|his) "
        "(passport|passports|phone|documents|papers|id) ~10 (debt|owe|owns|work it off|pay it "
        "back|pay back)",
        TRAFFICKING,
        EXPLOITATION,
    ),
    # Paid to go to an address and collect a parcel.
    flag(
        "(paid|pays|paying|gave|gives|giving|offered|offers|offering) ~5 (to)? (go to|take|carry|"
        "collect|pick up|drop off|deliver|hold|mind) ~3 (an address|a parcel|parcels|a package|"
        "packages|a bag|bags|a phone|a burner)",
        EXPLOITATION,
        unless=("postal",),
    ),
    # Learning to make something "to show them all" at school.
    hint(
        "(learning|learnt|learned|learn|watching|watched) (how to|to) (make|build) (stuff|things|"
        "something|it|them|one)",
        "means",
        RADICALISATION,
        DANGER,
    ),
    # Blind set BY: "after Friday everyone will know his name and the 'invaders' at our school
    # will be sorry".
    hint(
        "(everyone|everybody|the whole school|the whole world|the world|they all|yous all|you "
        "all) (will|ll|gonna|is going to|are going to|is gonna) (know|remember|hear) (my|his|her|"
        "our|their) name",
        "notoriety",
        RADICALISATION,
        DANGER,
    ),
    hint(
        "(show|teach) (them|everyone|em) (all)? ~6 (at|in) (assembly|school|class|the assembly|"
        "the school)|(theyll|they'll|they will) (all)? (pay|regret it|be sorry)|(at|in) (our|"
        "the|my|this) (school|class|mosque|church|synagogue|temple) ~2 (will|ll|are gonna|are "
        "going to) (all)? (pay|regret it|be sorry)",
        "intent",
        RADICALISATION,
        DANGER,
    ),
    # Dragging a child into a car.
    now(
        "(dragging|draggin|pulling|pushing|bundling|forcing|dragged|pulled|bundled) (a|the|this|"
        "that|my|our)? (wee|little|young)? (girl|boy|kid|child|wean|lassie|laddie|bairn) (into|"
        "intae|in) (a|the|his|their)? (car|van|motor)",
    ),
    flag(
        "(dragging|draggin|pulling|pushing|bundling|forcing|dragged|pulled|bundled) (a|the|this|"
        "that|my|our)? (wee|little|young)? (girl|boy|kid|child|wean|lassie|laddie|bairn) (into|"
        "intae|in) (a|the|his|their)? (car|van|motor)",
        DANGER,
        EXPLOITATION,
    ),
    # Harmless: "a bomb shelter" for a topic; "I will die on this hill"; "go die in a hole".
    idiom("bomb (shelter|shelters|disposal|squad|proof)|(air raid|anderson) shelter"),
    idiom(
        "die on (this|that) hill|(go|gonna go|going to go|goin to go|wanna go) (die|dig) in a "
        "hole|die of (embarrassment|shame|cringe)"
    ),
    # "No, nobody hurts me": an answer to a question, not a disclosure.
    idiom(
        "(nobody|no one|noone|naebody|no-one|nobodys|noones) (is|s)? (hurting|hitting|harming|"
        "touching|abusing|hurts|hits|harms|touches|abuses|bullying|bullies) (me|us)|(i|i do) (dont|"
        "don't|do not|never) (want to|wanna) (harm|hurt|kill|cut) (myself|me|masel)"
    ),
    idiom(
        "(threaten|threatened|threatening|threatens) (me|us|them|him|her) (all)? with (detention|"
        "a detention|punishment|lines|extra homework|the head|a referral|exclusion|a fine)"
    ),
    idiom(
        "(hiding|hidin|doing|doin|thrashing|battering|leathering|skelpin|skelping|beating|pasting|"
        "tanking) (at|in) (draughts|chess|cards|football|fitba|pool|fifa|monopoly|snooker|darts|"
        "scrabble|uno|golf|tennis|ping pong|the game|mario kart|dominoes)"
    ),
    idiom(
        "(cake|toast|dinner|tea|pizza|sausages|chips|food|biscuits|bread|pie|lasagne|popcorn|rice|"
        "pan|pot|scones|brownies|cookies|pasta|noodles|soup|curry|beans|burgers|sausage rolls) "
        "(got|was|is|were|are|get)? (burnt|burned)"
    ),
    # A child with an adult: dating, pregnant by, kisses sent by a teacher.
    flag(
        "{CHILD_AGE} ~4 (dating|going out with|seeing|sleeping with|shagging|with) (a|an)? "
        "{ADULT_AGE} (year old|yr old|yo|year-old)",
        SEXUAL,
        EXPLOITATION,
    ),
    flag(
        "{CHILD_AGE} ~4 pregnant ~4 ({ADULT_AGE}|older man|tutor|teacher|uncle|stepdad|coach|"
        "boss)|{UNDER_16} ~3 (and|n)? pregnant",
        SEXUAL,
    ),
    flag(
        "({OTHER_ADULT}|guidance teacher|tutor) ~4 (sends|sent|sending|keeps sending) me (kisses|"
        "xx|xxx|hearts|love hearts|heart emojis)",
        SEXUAL,
        severity="medium",
    ),
    # Missing after a party with older men; ten to a room above a car wash, no school.
    flag(
        "(older men|older guys|grown men|adults|men) ~4 (still missing|gone missing|went missing|"
        "missing since|not back|didnt come back|didn't come back|hasnt come back|hasn't come back)",
        EXPLOITATION,
        SEXUAL,
    ),
    flag(
        "(sleep|sleeping|live|living|stay|staying) (#|ten|eight|six|seven|nine|twelve) (in|to) "
        "(one|a|the) room ~6 (car wash|nail bar|restaurant|farm|factory|shop|takeaway|work|no "
        "school)",
        TRAFFICKING,
    ),
    # No food in the house for days; a group that keeps punching; marks a professional sees.
    flag(
        "(no|nae) (food|bread|milk|dinner|tea|breakfast) (in the house|at home|in the hoose|in) "
        "(since|for) (sunday|monday|tuesday|wednesday|thursday|friday|saturday|days|a week|two "
        "days|three days|yesterday|the weekend)",
        "neglect",
    ),
    flag(
        "{PEERS} ~4 (keep|keeps|always|kept) (punching|hitting|kicking|battering|beating|"
        "strangling|choking|stabbing|burning) (me|him|her|us)",
        "bullying_with_harm",
        "physical_abuse",
    ),
    flag(
        "(child|toddler|baby|boy|girl|pupil|kid|wean|bairn|infant) (has|had|with|came in with|"
        "arrived with|got) ~3 (bite marks|cigarette burns|small burns|burns|fingertip bruises|"
        "finger marks|belt marks|welts|bald patches|a black eye|marks on (his|her) (neck|face|"
        "back))",
        "physical_abuse",
        severity="medium",
    ),
    # A child under 16 brought in by a "husband"; love that depends on sending pictures; a tutor's
    # secrecy ("your parents aren't allowed to know about us", "deleted our msgs?").
    flag(
        "{CHILD_AGE} (year old|yr old|yo|year-old|years old) ~8 (her|his) (husband|wife)",
        MARRIAGE_FGM,
        SEXUAL,
    ),
    flag(
        "(only|just)? (loved|love you|like you|care about you|care) (if|when) (you|u|i) (send|sent|"
        "show) ~2 (pics|pictures|photos|nudes|noods|videos|vids)",
        SEXUAL,
        EXPLOITATION,
    ),
    hint(
        "(arent|aren't|not|isnt|isn't|are not) allowed to know about (us|this|it|me)|(delete|"
        "deleted|del|deleting) (our|the|these|those|ur|your) (msgs|messages|chats|texts|dms|snaps|"
        "pics)",
        "secrecy_digital",
        SEXUAL,
        EXPLOITATION,
    ),
    idiom("(stash|tin|box|bag|piece|bit|slab|bar|tray|plate|block) of tablet"),
    idiom("(dissect|dissected|dissecting|dissection) ~12 (blood|knife|scalpel|cut|cutting)"),
    # A small child alone by a motorway; a fire between a child and the writer.
    flag(
        "(wean|bairn|toddler|wee boy|wee girl|child|kid|baby|wee one|little boy|little girl) ~3 "
        "(wandering|wanderin|walking|walkin|on|alone on|by|toddling|running) ~3 (the|a)? "
        "(motorway|dual carriageway|hard shoulder|main road|railway|railway line|tracks)",
        DANGER,
        "neglect",
    ),
    flag(
        "(on fire|fire|burning|smoke) ~14 (cant|can't|cannot|cannae|couldnt|couldn't) (get to|get "
        "out|reach|get in|get him out|get her out) (him|her|them|the baby|my brother|my sister|"
        "the kids)?",
        DANGER,
        unless=("fireworks",),
    ),
    # Hypothetical risks in complaints ("someone's going to get burnt"), machines "trying to
    # kill me", a threat to a landlord, a coffee high, a shift owed, a teacher kissing his wife.
    idiom(
        "(someone|somebody|someones|somebodys|a child|a kid|a wean|one of the kids|a bairn|"
        "nobody|no one) (is|s)? (going to|gonna|gonnae|will|could|might|is going to) (get|be) "
        "(burnt|burned|hurt|injured|killed|electrocuted|scalded|attacked)"
    ),
    idiom(
        "(self checkout|checkout|printer|computer|laptop|phone|wifi|heat|weather|sun|this heat|the "
        "heat|this weather|hill|stairs|homework|exams|maths|this job|work|gym|training|coach|pe "
        "teacher|spin class|my legs|hayfever|this cold|the cold) ~4 (is|s|are)? (trying to|tryna|"
        "out to) (kill|murder) (me|us)"
    ),
    idiom(
        "(landlord|council|the ref|referee|the boss|the plumber|the builder|the neighbour|the "
        "neighbours|the postman|the cat|the dog|the council) ~8 (kill|murder|strangle) (him|her|"
        "them|it)"
    ),
    idiom("high on (coffee|sugar|caffeine|life|energy drinks|red bull|irn bru|excitement|haribo)"),
    idiom(
        "owe (him|her|them|you|me) a (shift|favour|favor|pint|drink|coffee|fiver|tenner|quid|pound)"
    ),
    idiom(
        "(the|our|my|his|her) (dog|cat|dogs|cats|hamster|budgie|rabbit|car|telly|tv|printer|"
        "laptop) (is|s)? (a)? (useless|waste of space|fat|stupid|thick)"
    ),
    # A parent who will "kill" a child over a chore or a lost jacket (never "if I tell").
    idiom(
        "(if|unless) (i|we|you|she|he) (dont|don't|do not|didnt|didn't)? (tidy|clean|do|finish|"
        "eat|make|lose|break|forget|miss|fail|get|come home late|spill|wreck|ruin) ~6 (gonna|going "
        "to|will|ll|is gonna|gonnae) (kill|murder) (me|us|her|him)|(kill|murder) (me|us|her|him) "
        "(cos|cause|because|coz|for)? (i|she|he|we)? ~1 (lost|broke|forgot|missed|failed|spilled|"
        "spilt|ripped|ruined|wrecked|didnt tidy|didn't tidy|got mud|dropped|borrowed|borrowing|"
        "took|ate|used|wore|nicked)|(forgot|forgotten|lost|broke|ate|borrowed|took|nicked) ~6 "
        "(gonna|going to|will|ll|gonnae) (kill|murder|strangle) (him|her|them)"
    ),
    # Teaching that "kill yourself" is not a joke; a group project as hostage-taker.
    idiom(
        "(not allowed to|shouldnt|shouldn't|mustnt|mustn't|dont|don't|never|stop) (say|saying|"
        "type|typing) (kys|kill yourself|kill urself)"
    ),
    context(
        "held hostage by (my|the|our|a) ~2 (homework|project|group project|exams|revision|cat|dog|"
        "baby|toddler|printer|weather|snow|wifi|laptop|sofa)|"
        # Blind set FV: "please help my cat is stuck up a tree".
        "(cat|kitten|dog|puppy|bird|budgie|ball|kite|frisbee|drone|balloon) (is|s|got|has got)? "
        "(stuck|trapped) (up|in|on) (a|the|our) (tree|roof|chimney|drain|fence|gutter)",
        "playful_plea",
    ),
    # Working for a handler ("the big man", "the olders"), and a debt run up by being robbed.
    hint(
        "(for|to|from|with) the (big man|big guy|boss man|top boy|main man|olders|elders|big mans|"
        "big man's)|(work|working|run|running|shotting|shifting|graft|grafting) for (the)? (olders|"
        "elders|big man|boss man|top boy)",
        "handler",
        EXPLOITATION,
    ),
    hint(
        "(owe|owes|owing|in debt) ~6 (cos|cause|because|coz|since|after) (i|we|he|she)? (got|was|"
        "were|been) (robbed|jumped|rushed|mugged|taxed|lifted|arrested|caught|stopped)",
        "debt_bondage",
        EXPLOITATION,
    ),
    # Told they are chosen, by people they are about to meet: radicalisation's recruiting.
    hint(
        "(say|says|said|told me|tell me|telling me|keep saying) (im|i'm|i am|we are|were|we're) "
        "(chosen|the chosen one|the chosen ones|a soldier|soldiers|a warrior|warriors|destined|"
        "special soldiers|the true ones|pure)",
        "chosen",
        RADICALISATION,
    ),
    hint(
        "(meeting|meet|meetin|see) (them|him|the group|up with them|the brothers|the lads) ~2 (on|"
        "this|next)? (sat|saturday|sun|sunday|fri|friday|tonight|tomorrow|weekend|the weekend)",
        "meeting_them",
        RADICALISATION,
    ),
    # Food not bought for a week; no parent for days; a ring at fourteen.
    flag(
        "(forgets|forgot|doesnt|doesn't|never|cant be bothered|can't be bothered) (to)? (buy|get|"
        "make|give us|give me) (food|dinner|meals|tea|the food|us food|me food) ~4 (for|days|"
        "week|weeks)|(no|nae) (mum|mam|maw|dad|da|parents|adults|grown ups|adult) (for|since) ~2 "
        "(days|day|nights|week|weeks)",
        "neglect",
    ),
    flag(
        "(ring|married|marry|marrying|engaged) ~2 at {UNDER_16}",
        MARRIAGE_FGM,
        unless=("history",),
    ),
    # Married off with nobody asking: "im getting married in august apparently".
    flag(
        "(im|i'm|i am|ahm) (getting|being|to be|gonna be|going to be) married ~6 "
        "(apparently|nobody asked|no one asked|whether i like|not my choice|they decided|my "
        "parents decided|my dad decided|my mum decided|they've decided|theyve decided)",
        MARRIAGE_FGM,
    ),
    # A parent who is not waking up or responding, now.
    flag(
        "{PERP_HOME} ~2 (isnt|isn't|is not|not|aint|ain't) (waking up|responding|moving|breathing "
        "right|answering me|opening (her|his) eyes)",
        DANGER,
        unless=("fiction", "game"),
    ),
    idiom(
        "(isnt|isn't|is not|not|aint|ain't) waking up (for|in time for|early enough for|to take "
        "me to) (work|school|the bus|church|mass|the match|training)"
    ),
    # Taught that others are enemies to be hurt for a reward.
    flag(
        "(non believers|non-believers|nonbelievers|unbelievers|kuffar|kafirs|infidels|"
        "foreigners|immigrants|outsiders|they|them) (are|is) (our|the) (enemies|enemy)|(rewarded|"
        "reward|paradise|heaven) (for|if we|if you) (hurting|killing|attacking|fighting|punishing)",
        RADICALISATION,
        unless=("history", "fiction", "game"),
    ),
    # Lost in the dark with a dying phone; a threat to burn the family's house with them in it.
    flag(
        "(im|i'm|i am|we're|were|we are|ah'm) (lost|lost and) ~8 (its dark|it's dark|dark|dont "
        "know (where|were) (i am|we are|i'm)|don't know (where|were) (i am|we are)|phone is (on|"
        "dying|dead|about to die)|scared)",
        DANGER,
        unless=("game", "fiction"),
    ),
    flag(
        "(burn|set fire to|torch|petrol bomb) (our|my|the|their|his|her|your|yer|ur) (house|home|"
        "flat|hoose) (down)? (with (us|me|them|him|her|the kids|you|ye|yous) (in it|inside|still "
        "in))|(poured|pour|pours|pouring|squirted|threw) (petrol|diesel|lighter fluid|fuel) "
        "(through|in|into|on|over) (our|my|the|their|his|her) (letterbox|letter box|door|front "
        "door|doorstep)",
        DANGER,
        BULLYING,
    ),
    # A child who never arrived, phone off.
    flag(
        "(left|went|set off) (for|to) (school|nursery|college|the bus) ~6 (never|didnt|didn't|did "
        "not) (arrived|arrive|got there|get there|turned up|turn up|made it)",
        TRAFFICKING,
        DANGER,
    ),
    # No food in because nobody has done the shopping yet.
    idiom(
        "(no|nae) food in (the house|the hoose) (cos|because|since|as|coz|cause) ~4 (forgot|didnt|"
        "didn't|hasnt|hasn't|havent|haven't|never|is going|is away) ~3 (shop|shopping|big shop|"
        "messages|the shops|tesco|asda|lidl|aldi)"
    ),
    flag(
        "(never|didnt|didn't|did not|hasnt|hasn't|has not|havent|haven't) (arrived|arrive|come "
        "home|came home|got home|get home|turned up|turn up|showed up|show up|made it) ~10 "
        "(phone (is|s)? (off|dead)|phones off|police|polis|missing|cant find|can't find|nobody "
        "has seen|no one has seen|not answering)",
        TRAFFICKING,
        DANGER,
    ),
    # Waking up somewhere unknown, not knowing how: taken.
    flag(
        "(woke|wake|waking|woken) up (in|at) (a|some|an|this|someones|someone's|a strange) ~2 "
        "(flat|house|hotel|room|car|van|place|bedroom) ~8 (no idea how|dont know how|don't know "
        "how|dont remember|don't remember|cant remember|can't remember|no memory|not sure how)",
        TRAFFICKING,
        EXPLOITATION,
        DANGER,
        unless=("moving",),
    ),
    # Pictures held over a child for money: sextortion.
    flag(
        "(or|unless|if i dont|if i don't|if i do not|else|otherwise) (they|he|she|theyll|they'll|"
        "hell|he'll|shell|she'll|they will|he will|she will|theyre going to|they're going to|"
        "hes going to|he's going to) (send|post|share|show|leak|put|spread) (my|the|them|those|"
        "these) ~1 (pics|pictures|photos|nudes|videos|vids|images|snaps)",
        EXPLOITATION,
        SEXUAL,
    ),
    # Hate acted on: "teach the foreigners a lesson".
    flag(
        "(teach|show|sort out|deal with) (they|those|these|the|them|all the) (foreigners|"
        "immigrants|muslims|jews|refugees|refuges|asylum seekers|migrants|pakis|blacks|poles|"
        "gays|catholics|protestants) (a lesson|what for|whos boss|who's boss)",
        RADICALISATION,
        DANGER,
        unless=("history", "fiction"),
        firm=True,  # not the harmless "teach him a lesson"
    ),
    # Gifts nobody will explain: new phones, trainers, money.
    flag(
        "(new|two|2|expensive|designer|loads of|wads of) (phones|phone|trainers|clothes|money|"
        "cash|jackets|gear) ~8 (wont|won't|will not|doesnt|doesn't|wouldnt|wouldn't|refuses to|"
        "cant|can't|never) (say|tell|explain|tell me) (where|who|how)",
        EXPLOITATION,
        severity="medium",
    ),
    # A young child out alone in the middle of the night.
    flag(
        "{YOUNG_CHILD_ANY} ~6 (out|outside|on the street|on the streets|wandering|roaming|playing "
        "out) ~3 (alone|on (his|her|their) own|by (himself|herself|themselves))? ~3 (past "
        "midnight|after midnight|at midnight|at 1am|at 2am|at 3am|till midnight|until midnight|"
        "in the middle of the night)|{YOUNG_CHILD_ANY} ~6 (out|outside|on the street|on the "
        "streets|wandering|roaming|playing out) ~3 (alone|on (his|her|their) own|by (himself|"
        "herself|themselves)) ~3 (in the dark|till late|until late|late at night|at 10pm|at "
        "11pm|at 10 at night|at 11 at night)",
        "neglect",
        DANGER,
    ),
    # A team beaten at football is no one hurt.
    idiom(
        "(celtic|rangers|hearts|hibs|hibernian|aberdeen|dundee|dundee united|motherwell|st mirren|"
        "kilmarnock|livingston|ross county|st johnstone|partick|thistle|scotland|england|wales|"
        "ireland|the team|our team|the dons|the gers|the hoops|the jambos|united|city|liverpool|"
        "arsenal|chelsea|spurs|barca|madrid|the school team) (got|get|were|was|are|been|getting) "
        "(battered|hammered|thrashed|murdered|destroyed|pumped|humped|skelped|leathered|"
        "slaughtered|annihilated|gubbed|tanked)"
    ),
    # Drawn into dealing, and the debt that holds a child there.
    flag(
        "(pulled|dragged|drawn|groomed|recruited|roped|sucked|got) into (selling|dealing|running|"
        "carrying|shotting|moving) ~2 ({DRUGS}|for)?|(dealer|dealers|older lads|the gang|they|"
        "the olders) ~3 (says|said|say|claims|claim|reckon|reckons) (he|she|i|we|my son|my "
        "daughter) (owes|owe|owed) ~3 (them|him|money|#|grand|hundred)",
        EXPLOITATION,
    ),
    # Blind set CE: "they said i owe them £40 for the trip but i paid" is a school bill.
    idiom(
        "(owe|owes|owed) (them|him|her|the school|the club|the council)? ~2 (for) (the|a|my|his|"
        "her)? (school)? (trip|trips|residential|uniform|dinners|lunches|school dinners|tickets|"
        "ticket|bus pass|club|fees|subs|deposit|rent|council tax|bill|repairs|damage)"
    ),
    # Praise for a banned group.
    flag(
        "(praising|praised|praises|praise|supports|supporting|supported|joined|join|joining|"
        "promoting|promotes) (a|the|this)? (proscribed|banned|terrorist|extremist) (group|groups|"
        "organisation|organisations|organization|organizations)",
        RADICALISATION,
        unless=("history", "fiction"),
    ),
    # Someone coming for a woman and her children tonight.
    flag(
        "(hes|he's|he is|he|she's|shes|they're|theyre|my ex|her ex|ex) ~2 (coming for|coming "
        "after|coming to get|coming round for|going to come for) (me|us|her|them|the kids|the "
        "baby) ~4 (tonight|now|today|the night|this weekend|right now|later)",
        DANGER,
        DOMESTIC,
    ),
    # A stranger in a car asking a child to get in.
    flag(
        "(man|men|stranger|guy|someone|somebody|driver|fella|bloke|woman) ~8 (car|van) ~8 "
        "(asked|told|tried to get|wanted|offered|trying to get|tried to make) (her|him|me|them|my "
        "(son|daughter|boy|girl|kid|wee one)) ~3 (get in|to get in|come with him|go with him|in "
        "the car|in the van|a lift)",
        DANGER,
        EXPLOITATION,
    ),
    # An attack planned on a place where a group lives or prays.
    flag(
        "(burn|torch|firebomb|petrol bomb|attack|smash up|set fire to|blow up) (down)? (the|a|that|"
        "their)? (refuge hotel|refuge hotels|asylum hotel|asylum hotels|migrant hotel|mosque|"
        "synagogue|church|temple|gurdwara|refuge centre)",
        RADICALISATION,
        DANGER,
        unless=("history", "fiction", "education", "game"),
    ),
    # Attacked by other pupils, said plainly.
    flag(
        "(physically|racially)? (attacked|assaulted|beaten up|punched|kicked|battered|jumped) "
        "(by|fae|from) (the|some|other|a group of|a gang of|a load of)? (older|bigger)? (pupils|"
        "boys|girls|kids|students|lads|teenagers|bullies|s4s|s5s|s6s)",
        BULLYING,
        PHYSICAL,
        unless=("sport", "game", "fiction"),
    ),
    # A beating promised for a time and place: "theyre gonnae jump me at the park the nicht".
    flag(
        "(gonna|gonnae|going to|goin to|gunna|gona|gonny|will|ll) jump (me|us|him|her|my brother|"
        "my sister|my wee brother|my wee sister) ~4 (after school|at the park|in the park|the "
        "nicht|tonight|the morra|tomorrow|on the way home|at lunch|at the gates|outside)",
        BULLYING,
        DANGER,
        unless=("game", "fiction"),
    ),
    # Blind set CG (in English, Polish and Arabic): "a toddler on the sill of an open 4th floor
    # window", nobody answering the door.
    flag(
        "{YOUNG_CHILD_ANY} ~4 (on|at|sitting on|standing on|climbing on|climbing onto) (the|a|an)? "
        "(sill|windowsill|window sill|window ledge|ledge) ~4 (open|floor|storey|upstairs)|"
        "{YOUNG_CHILD_ANY} ~4 (hanging|leaning|climbing) out (of)? (a|an|the)? (open)? (window|"
        "upstairs window|bedroom window)",
        DANGER,
        NEGLECT,
        severity="immediate",
    ),
    # Blind set DB: "the wean doon the stair's aye oot on the landin in the rain, greetin, door
    # locked, naebody answerin". A child shut out and upset, and nobody at the door: each alone
    # is a weak sign (a child waiting for a lift; a neighbour out at work).
    hint(
        "(wean|weans|bairn|bairns|kid|kids|child|children|boy|girl|toddler|wee one|wee ones|wee "
        "boy|wee girl|little boy|little girl|little one) ~6 (out|oot|outside|ootside|sitting|sat|"
        "standing|stood|left) ~2 (on|in|at) (the|their|his|her)? (landing|landin|stairs|stair|"
        "close|doorstep|step|steps|stairwell|street|back green|car park) ~6 (crying|greetin|"
        "greeting|sobbing|in the rain|in the cold|in the dark|in the snow|in (his|her|their) "
        "(pyjamas|jammies|pjs)|nae coat|no coat|no shoes|nae shoes)",
        "child_shut_out",
        NEGLECT,
    ),
    hint(
        "(nobody|no one|noone|naebody|neebody) (is)? (answers|answering|answerin|answered|comes "
        "to|coming to|came to|opens|opening|opened) (the|tae the)? door|(door|doors) (is|was|wis|"
        "aye)? (locked|shut|bolted) ~3 (nobody|no one|noone|naebody|neebody) (in|hame|home|"
        "answers|answering|answerin|answered|there)",
        "no_answer_door",
        NEGLECT,
    ),
    # A young child alone where traffic, water or a fall can kill ("the toddler is out on the 4th
    # floor balcony on his own for hours").
    flag(
        "{YOUNG_CHILD_ANY} ~8 ((on|along|beside|near|by|in|across) (the|a)? (motorway|slip road|"
        "dual carriageway|main road|bypass|railway|train tracks|tracks|river|loch|canal|harbour|"
        "quarry)|(on|onto|out on) (the|a|their|his|her)? ~3 (balcony|window ledge|windowsill|"
        "roof|balcony rail|balcony railing|railing|railings)) ~10 (on (his|her|their) own|alone|by "
        "(himself|herself|themselves)|nobody with|no adult|no grown up|no one with|nae adult|nae "
        "grown up|naebody wi|naebody with)|{YOUNG_CHILD_ANY} ~8 (on|onto|out on|playing on|"
        "walking on|sliding on) (the|a)? (ice|frozen pond|frozen loch|frozen river|frozen canal) "
        "~10 (cracking|crackin|cracked|breaking|no adult|no adults|no grown ups|nobody with|no one "
        "with|on (their|his|her) own|alone|by (himself|herself|themselves))",
        DANGER,
        "neglect",
        severity="immediate",
    ),
    # Blind set BY: "A man at the chippy said I could earn good money just carrying a bag to
    # Glasgow, no questions asked". Paid to carry something, and told not to ask or look.
    hint(
        "(earn|make|making|earning|get|getting|paid|pay|pays) (good|easy|quick|real|proper|big|"
        "some|decent|fast)? (money|cash|dosh|quid|pounds) ~4 (carrying|taking|dropping|"
        "delivering|moving|holding|running|minding) (a|the|some|his|their|this)? (bag|bags|"
        "package|packages|parcel|parcels|stuff|phone|phones|gear|rucksack|backpack)",
        "paid_to_carry",
        EXPLOITATION,
    ),
    hint(
        "no questions asked|(dont|don't|do not|not to|never) (ask|asking) (any)? (questions|"
        "what'?s in it)|(dont|don't|do not|not to|never) (look|open|check) (inside|in it|in the "
        "bag|the bag|the package)",
        "no_questions",
        EXPLOITATION,
    ),
    # A baby nobody has got up to, fed or changed all day.
    flag(
        "(nobody|nobodys|no one|no ones|noone|noones|naebody|naebodys) (has|is|s)? ~1 (got up|"
        "been up|gone up|up|seen to|fed|changed|picked up|checked on|gone to|looked after|been "
        "near) (with|to|on)? (the|our|my|wee|ma)? (baby|wean|toddler|wee one|bairn|little one|"
        "babby)",
        "neglect",
    ),
    # "Going OT" (out of town, dealing in another town) and "easy money" from older lads.
    flag(
        "(offered|offer|offers|pay|paid|paying|pays|asked) ~4 (to)? (go|going) (ot|out there|"
        "cunch|country)|(older|big|olders) (lads|boys|guys|man|men|ones) ~4 (easy money|quick "
        "money|fast money|easy cash)",
        EXPLOITATION,
    ),
    # Exploitation: criminal and sexual ------------------------------------------------------------
    flag(
        "(made|make|makes|making|forced|force|forces|forcing|told|tells|telling|got|gets|getting|"
        "pressur*|ask|asks|asked|want|wants|wanted) (me|us|him|her|my (wee|little|big)? (brother|"
        "sister|son|daughter|pal|friend)) (to)? (sell|deal|deliver|carry|hold|move|run|stash|hide|"
        "drop off|plug|courier|traffic|transport) ~3 {DRUGS}",
        EXPLOITATION,
        unless=("game", "postal"),
    ),
    # "Have to" is said of ordinary chores too ("I have to take my pills"): it needs "for them".
    flag(
        "(have to|had to|has to|have tae|need to|needs to|gotta|got to) (sell|deal|deliver|carry|"
        "hold|move|run|stash|hide|drop off|take|bring|keep) ~3 {DRUGS} ~4 (for (them|him|the|a|"
        "some|these|those|older)|to (other|another|a different) (town|towns|city|cities))",
        EXPLOITATION,
        unless=("shopping",),
    ),
    flag(
        "(pays|paid|pay|paying|gives me money|gave me money|offers me money|offered me money|"
        "gives me cash|gave me cash) (me|us|him|her)? (to) (sell|deal|deliver|carry|hold|move|run|"
        "stash|hide|drop off|take|bring|drop) ~3 {DRUGS}",
        EXPLOITATION,
    ),
    flag(
        "(sell|selling|deal|dealing|carry|carrying|run|running|deliver|delivering|stash|stashing|"
        "hold|holding|plugging) {DRUGS} ~3 (for|fer) (them|him|older|the older|some|a|these|the|"
        "my|his|a gang|a guy|a man|the boys|the lads|the team)",
        EXPLOITATION,
    ),
    flag(
        "(county lines|county line|country lines|trap house|traphouse|trap phone|line phone|"
        "deal phone|graft phone|going country|go country|gone country|run (a|the) line|running (a|"
        "the) line|running lines|cuckoo*|plugging|plugged|bando)",
        EXPLOITATION,
        unless=("education", "fiction", "history"),
    ),
    flag(
        "(make|makes|made|force|forces|forced|get|gets|got|pressure|pressures|pressured) (me|us|"
        "him|her) (to)? (sell|deal|shot|run|deliver|hold|carry|stash) (for) (them|him|"
        "the big boys|the older boys|older boys|the boys|the lads|a gang|some guys|these guys)",
        EXPLOITATION,
    ),
    flag(
        "(got|get|gets|have|has|had|make|makes|made|keep|keeps|using|use|uses|used) (me|us|him|"
        "her) (running|selling|dealing|carrying|holding|moving|dropping|delivering|stashing|"
        "shotting) ~3 (for them|for him|bags|packages|parcels|drugs|weed|gear|stuff|phones|cash|"
        "money|lines|county)",
        EXPLOITATION,
    ),
    # Others "being used to carry drugs" may be a news story ("a piece on the news about county
    # lines"); the child's own words never are.
    flag(
        "(being|been|was|were|get|getting|got) (used|made|forced|paid|groomed|pressured|told) "
        "(to) (move|sell|carry|deliver|hold|deal|run|stash|hide|drop off|shoplift|steal) ~3 "
        "({DRUGS}|stuff|things|for them|for him|for a gang)",
        EXPLOITATION,
        unless=("fiction",),
    ),
    flag(
        "(i|im|i'm|ive|i've|we|were|we're|weve|we've|am|me) ~2 (used|made|forced|paid|groomed|"
        "pressured|told) (to) (move|sell|carry|deliver|hold|deal|run|stash|hide|drop off|shoplift|"
        "steal) ~3 ({DRUGS}|stuff|things|for them|for him|for a gang)",
        EXPLOITATION,
    ),
    flag(
        "(made|forced|pressured|pushed|groomed|told|paid) (to|into) (sell|selling|deal|dealing|"
        "carry|carrying|deliver|delivering|hold|holding|run|running|steal|stealing|stash|"
        "stashing) ~3 (drugs|weed|gear|packages|parcels|bags|knives|a knife|for them|for him|"
        "for a gang|stuff)",
        EXPLOITATION,
    ),
    hint(
        "(cant|can't|cannae|cannot) (get out|leave|stop|say no|walk away|quit|escape) ~3 (now|"
        "of it|them|the gang|this|anymore)?",
        "trapped",
        EXPLOITATION,
        TRAFFICKING,
    ),
    flag(
        "(took|take|taken|taking|takes) over (my|our|his|her|mums|my mums|my dads|dads|the|"
        "their) (flat|house|home|place|hoose) ~6 (drugs|deal|deals|dealing|sell|selling|stash|"
        "weed|gear|crack|party|parties|cant get them out|won't leave|wont leave)",
        EXPLOITATION,
    ),
    flag(
        "(selling|sell|sold|deal|dealing|run|running|carry|carrying|deliver|delivering|"
        "holding) ~4 (for) (them|him|the boys|the lads|older boys) ~8 (stab|hurt|kill|batter|"
        "shoot|jump|slash|burst|smash|find me|get me)",
        EXPLOITATION,
    ),
    flag(
        "(owe|owes|owed|owing|in debt to|debt to|debt with) (them|him|the (boys|dealer|dealers|"
        "older boys|gang|lads|man|guys|team)|a (dealer|gang)|money to) ~8 (make|made|makes|"
        "have to|got to|gotta|work|sell|deal|deliver|pay it off|hurt|hurt me|kill|batter|stab|"
        "or else|otherwise|threaten*|so i)",
        EXPLOITATION,
    ),
    flag(
        "({DRUGS}|dealing|selling|deal|sell|run|running|carry|carrying|a bag|the bag|package|"
        "packages|the line|for them) ~10 (or|otherwise|else|if i dont|if i don't|if i stop|"
        "or else) ~4 (hurt|batter|stab|kill|beat|jump|shoot|burst|slash|find)",
        EXPLOITATION,
    ),
    # Not "cce": doubled letters fold, so it would read "ce", Ukrainian typed in Latin for "this".
    flag(
        "(criminally|sexually|criminal|sexual) (exploit*)|(being|been|was|were|is|am|get|getting|"
        "got) exploited|exploitation|cse",
        EXPLOITATION,
        unless=("education", "fiction", "history"),
    ),
    flag(
        "(selling|sellin|dealing|shotting|running|holding|carrying|moving) (for|4|fur) (the|some|"
        "these)? (older|big|olders|elders)? (lads|boys|guys|men|gang|olders|man|mandem|elders)",
        EXPLOITATION,
    ),
    # Contact answers written for training: "email not my phone, the older boys I drop packages
    # for check it". Dropping and delivering count only for older boys or men.
    flag(
        "(drop|drops|dropping|dropped|deliver|delivers|delivering|delivered|take|takes|taking|run|"
        "runs) (packages|parcels|packets|bags|stuff|things|food|wraps)? (for|4) (the|some|these)? "
        "(older|big|olders|elders) (lads|boys|guys|men|gang)|(older|big|olders|elders) (lads|boys|"
        "guys|men) (i|we|he|she|my brother|my wee brother) (drop|drops|deliver|delivers|run|runs|"
        "carry|carries|hold|holds|move|moves|sell|sells|deal|deals) ~2 (for|4)",
        EXPLOITATION,
    ),
    flag(
        "((older|big|grown) (boys|boy|lads|lad|guys|guy|men|man|kids|ones|friend|friends|girl|"
        "girls|woman|women)|olders|elders|the olders) ~5 "
        "(give|gave|gives|giving|bought|buy|buys|buying|get|got|gets) (me|us|her|him|"
        "them) ~2 (weed|drugs|alcohol|drink|vodka|vapes|money|phones|a phone|trainers|cigarettes|"
        "fags|stuff|clothes|lifts|a lift|pills)",
        EXPLOITATION,
        severity="medium",
    ),
    flag(
        "(older|grown|adult) (men|man|guys|guy) ~6 (party|parties|flat|flats|house|hotel|car|"
        "cars) ~6 (drink|alcohol|vodka|drugs|sleep|stay|sex|touch*|kiss*|with them|make us|"
        "made us|make me|made me)",
        EXPLOITATION,
        SEXUAL,
    ),
    flag(
        "(made|make|makes|forced|forces|force|pressured|pressures) (me|her|us|"
        "him) (to)? (sleep with|have sex with|do stuff with|do things with|be with|go with) (his|"
        "their|other|older)? (friends|mates|men|guys|others|people|them)",
        EXPLOITATION,
        SEXUAL,
    ),
    # Not a family bounced between departments ("the dental team keep passing us around").
    idiom(
        "(keep|keeps|kept|just|they) (passing|passed|pass) us (around|round|about)|(passing|"
        "passed|pass) (me|us) (around|round|about) (between|from|to) (departments|department|"
        "teams|team|services|offices|people|staff|the council|the school|the surgery|the nhs)"
    ),
    flag(
        "(pass|passed|passing) (me|her|us|girls) (around|round)|(sell|sells|sold|selling) (me|her|"
        "us|girls) (to|for) (men|him|them|his friends|sex)",
        EXPLOITATION,
        SEXUAL,
        TRAFFICKING,
    ),
    flag(
        "(pays|paid|pay|gives|gave|give|offer|offers|offered) (me|her|us)? (money|cash|#|vapes|"
        "weed|drugs|robux|vbucks|gift cards)? (for|to) ~2 (photos|pics|pictures|nudes|sex|stuff|"
        "favours|sexual|videos|kiss him|touch him|touch|meet up|sleep with)",
        EXPLOITATION,
        SEXUAL,
    ),
    flag(
        "(made|make|makes|making|forced|forces|force|pressured|tells|told) (me|us|him|"
        "her) (to)? (steal|shoplift|rob|nick|break into|mug|stab|fight|carry a knife|hold a knife|"
        "hide a knife) (for)? ~2 (them|him|stuff|things|houses|cars|shops|people|from)",
        EXPLOITATION,
    ),
    hint(
        "(older|big) (boys|lads|guys|men|kids|ones) ~4 (hang|hanging|hangs|chill|chilling|friends|"
        "mates|pals|car|cars|flat)",
        "older_peers",
        EXPLOITATION,
    ),
    hint(
        "(owe|owes|owed|owing|debt) ~3 (them|him|money|the boys|the dealer)",
        "debt",
        EXPLOITATION,
        TRAFFICKING,
    ),
    hint(
        "(gave|give|gives|got|get) (me|us) (a|another|this)? (phone|burner|second phone|sim|"
        "new phone)|(second|burner|other) phone",
        "phone_given",
        EXPLOITATION,
    ),
    hint(
        "(go|going|went|goes|sent|send|take|taking|took|travel|travelling) (me|us)? (to)? (other|"
        "different|another) (towns|cities|city|town|places|areas|flats)|(aberdeen|dundee|"
        "edinburgh|inverness|carlisle|liverpool|manchester|london|birmingham|newcastle|perth|"
        "stirling|fife|ayr|kilmarnock) ~3 (on the train|alone|on my own|for them|for him|at night|"
        "with a bag|with stuff|with a package)",
        "travel",
        EXPLOITATION,
        TRAFFICKING,
    ),
    # A fire, with a child still inside.
    flag(
        "(fire|on fire|burning|smoke|flames) ~8 (brother|brothers|sister|sisters|baby|babys|"
        "wee one|wee ones|kids|children|childrens|son|sons|daughter|daughters|wean|weans|bairn|"
        "bairns) (is|s|are)? (still)? (inside|in there|trapped|stuck|in the flat|in the house|"
        "upstairs)",
        DANGER,
    ),
    # Signs of being drawn in: calling the family unbelievers, a phone from someone older.
    hint(
        "(calls|calling|called|call) (us|me|mum|dad|them|everyone|his family|her family|the "
        "family) (kuffar|kafir|kafirs|kuffars|infidels|apostates|traitors to the race|race "
        "traitors)",
        "unbelievers",
        RADICALISATION,
    ),
    hint(
        "(older|someone older|a man|men|an older|a guy|some guy|grown up) ~4 (gave|gives|bought|"
        "buys|got) (him|her|me|them) (a)? (new|second|secret|another)? (phone|mobile|sim)",
        "gift_phone",
        RADICALISATION,
        EXPLOITATION,
        SEXUAL,
    ),
    # A cry for help with someone at the door, now.
    flag(
        # "please hurry he's outside the door" (blind set FE).
        "(help|help me|help us|somebody help|someone help|please help|please hurry|hurry|come "
        "quick|come quickly) ~2 (he|she|they|hes|shes|"
        "theyre|he's|she's|they're|my dad|my stepdad|my mums boyfriend|my mum's boyfriend) (is|s|"
        "are)? (at|outside|behind|banging on|kicking|trying to open|trying to get in) "
        "(the|my|our)? (door|front door|bedroom door|window)",
        DANGER,
    ),
    # A child missing from care, or not seen for days, is at risk whatever else is said.
    flag(
        "(missing|went missing|gone missing|go missing|ran away|run away|running away|runaway|"
        "ran off|run off|absconded|did a runner|done a runner) from (my|the|a|our|her|his|their|"
        "ma) (care home|childrens home|kids home|foster home|foster placement|foster carers|"
        "foster parents|foster family|placement|residential unit|residential home|resi|"
        "secure unit|unit|supported lodgings)",
        EXPLOITATION,
    ),
    flag(
        "(nobody|no one|noone|naebody|nobodys|no ones) (has|s|have)? (seen|heard from|heard "
        "of) (her|him|my friend|my pal|my mate|my sister|my brother|my daughter|my son|my wee "
        "sister|my wee brother|my cousin) ~3 (for|in|since) ~2 (days|nights|weeks|the weekend|"
        "friday|saturday|sunday|monday|tuesday|wednesday|thursday|yesterday)",
        EXPLOITATION,
    ),
    # A sign, not a flag: a brother away at university hasn't been home for weeks either.
    hint(
        "(she|he|my friend|my pal|my mate|my sister|my brother|my daughter|my son|my cousin) "
        "(hasnt|hasn't|has not|havent|haven't|hasny|hasnae) (been|come) (home|back home|back|"
        "seen) (for|in|since) ~2 (days|nights|a week|weeks|the weekend|friday|saturday|sunday|"
        "monday|tuesday|wednesday|thursday)",
        "missing",
        EXPLOITATION,
    ),
    hint(
        "(missing|went missing|go missing|goes missing|run away|ran away|running away|stayed out|"
        "stay out) ~3 (for days|overnight|all night|every weekend|again|loads|a lot|for two days|"
        "for 2 days)",
        "missing",
        EXPLOITATION,
    ),
    # Trafficking ----------------------------------------------------------------------------------
    flag(
        "(took|tuk|tooked|taken|take|takes|keep|keeps|kept|have|has|hold|holds|held|taking|stole|"
        "confiscated|hide|hid|hides|locked away) (away)? (my|our|her|his|me|ma) (passport|"
        "passports|papers|documents|id|visa|identity card|residence card|birth certificate|"
        "travel documents)",
        TRAFFICKING,
        unless=("loses_things",),
    ),
    # A parent who keeps the passport because the child "always loses things" (blind set CM, in
    # English, Polish and Ukrainian). Not "for safekeeping": that is what exploiters say too.
    context(
        "(i|cause i|cos i|because i|since i) (always|keep) (lose|losing|lost) (things|stuff|"
        "everything|it|my stuff)|(zawsze|ciagle|ciągle) (wszystko)? (gubie|gubię)|(все|завжди|"
        "постійно) (все)? (гублю|гублю все|теряю)|"
        # Blind sets DU and DR: "they dont trust me not to lose it"; "mum keeps all our
        # passports in her bag" (a parent holding the family's).
        "(dont|don't|do not) trust (me|us|him|her) not to lose (it|them)|(so|in case) (i|we|he|"
        "she) (dont|don't|do not|doesnt|doesn't|wont|won't)? lose (it|them)|(mum|mam|dad|da|my "
        "parents|parents) (keeps|keep|has|have|holds|hold) (all)? our passports",
        "loses_things",
    ),
    flag(
        "(brought|bring|brung|smuggled|smuggle|taken|took|moved|move|sent|send|trafficked|"
        "traffic) (me|us|her|him|them|my (sister|brother|cousin))? ~2 (here|to (this country|"
        "the uk|uk|scotland|britain|england|glasgow|edinburgh|europe)|across|over|in a (lorry|van|"
        "truck|boat)|on a (boat|lorry|truck)) ~6 (work|working|pay|debt|owe|clean|cleaning|"
        "nail bar|car wash|brothel|farm|restaurant|for free|for nothing|without pay|sex|men|lock|"
        "locked|not allowed|cant leave|can't leave|documents|passport)",
        TRAFFICKING,
    ),
    flag(
        "(made|make|makes|making|forced|force|forces|forcing|have to|had to|has to|must|they make|"
        "he makes) (me|us|her|him|them)? (to)? (work|clean|cook|look after) ~4 (no pay|no money|"
        "for no money|for free|for nothing|without (pay|being paid|money|wages)|every day|all day|"
        "all night|long hours|day and night|and not go to school|and cant go to school|"
        "instead of school|in the (shop|restaurant|nail bar|car wash|factory|farm|house|takeaway)|"
        "until late|til late|for them|for him|to pay)",
        TRAFFICKING,
        EXPLOITATION,
    ),
    flag(
        "(dont|don't|doesnt|doesn't|never|not|wont|won't|didnt|didn't) (pay|paid|pays) (me|us|her|"
        "him) (anything|a penny|nothing|any money|for it|for the work|wages)?",
        TRAFFICKING,
        severity="medium",
        unless=("pocket_money", "online_sale"),
    ),
    # A buyer who has not paid for something sold online (blind set CK: "I sold ma old trainers
    # on Vinted an the guy's no paid me").
    context(
        "(vinted|ebay|gumtree|depop|marketplace|facebook marketplace|sold (my|ma|our|oor) (old)? "
        "~1 (on|to a|tae a))",
        "online_sale",
    ),
    flag(
        "(moved|move|moving|took|taken|sent|send|sending|passed|passing) (me|us|her|him|"
        "them) (around)? (from)? (city to city|town to town|place to place|house to house|"
        "flat to flat|around different (cities|towns|houses|flats)|all over the country)",
        TRAFFICKING,
    ),
    flag(
        "(made|make|makes|forced|force|forces|forcing) (me|us|her|him|them) (to)? work (in|"
        "at) (houses|a house|other houses|peoples houses|a shop|shops|a factory|factories|a farm|"
        "farms|a restaurant|restaurants|a nail bar|nail bars|a car wash|car washes|a takeaway|"
        "the kitchen|kitchens|a brothel|fields|a field)",
        TRAFFICKING,
        EXPLOITATION,
    ),
    flag(
        "(owe|owes|owed|owing|debt|pay back|pay off|paying back|paying off) ~4 (for|"
        "the)? ~2 (journey|trip (here|over|to the uk|to scotland|to britain|across)|travel|"
        "coming here|bringing me|bringing us|the boat|the lorry|"
        "transport|passage|the agent|the smuggler|my ticket|the crossing|getting here)",
        TRAFFICKING,
    ),
    flag(
        "(trafficked|trafficking|trafficker|traffickers|human traffic*|modern slavery|"
        "modern slave|slave|slaves|slavery|forced labour|forced labor|debt bondage|bonded labour)",
        TRAFFICKING,
        # A drama class's play about a girl who is trafficked (blind set CM).
        unless=("history", "education", "fiction"),
    ),
    flag(
        "(forced to work|sold me|sold us|sold her|sold him)",
        TRAFFICKING,
        unless=("history", "education"),
    ),
    flag(
        "(was|were|got|been|being|am|im|i'm|is|are) (sold|bought|traded|given away) (to|for|"
        "by) (a|an|the|some|another|this|these|his|her|their|other|older)? ~2 (family|man|men|"
        "woman|people|gang|family here|money|cash|#)",
        TRAFFICKING,
    ),
    flag(
        "(found|picked|chosen|chose|arranged|got|promised|choosing|picking) (me|her|my sister) (a|"
        "an)? (husband|wife|man to marry|fiance|fiancé|fiancée|groom|bride)",
        MARRIAGE_FGM,
    ),
    hint(
        "(clean|cleaning|cook|cooking|work|working|worked|cleaned|look after|"
        "looking after) ~6 (with no pay|for no pay|without pay|no pay|for free|for nothing|"
        "without wages|without being paid|unpaid)",
        "labour",
        TRAFFICKING,
        EXPLOITATION,
    ),
    flag(
        "(the|a) (man|woman|people|men|agent|smuggler|smugglers|boss|family|guy) (who|that|"
        "wha) (brought|took|bring|bringing|smuggled|got) (me|us|her|him) (here|to (the uk|"
        "scotland|this country|britain|glasgow))",
        TRAFFICKING,
    ),
    flag(
        "(nail bar|nail bars|nail salon|car wash|carwash|cannabis farm|weed farm|grow house|"
        "brothel|massage parlour|sweatshop|sweat shop) ~6 (work|working|made|live|living|sleep|"
        "sleeping|locked|lock|cant|can't|not allowed|every day|no pay|no money|for free|young|"
        "children|kids|girls|boys|me|us)",
        TRAFFICKING,
        EXPLOITATION,
    ),
    flag(
        "(sleep|sleeps|sleeping|live|lives|living|kept|keep|stay|staying) (in|at) (the)? (shop|"
        "restaurant|car wash|carwash|nail bar|factory|farm|back room|warehouse|kitchen|basement|"
        "cellar|shed) ~4 (where (i|we) work|work|and|they|with other|locked|not allowed)",
        TRAFFICKING,
    ),
    hint(
        "(cant|can't|cannot|cannae|not allowed to|never allowed to|wont let me|won't let me|"
        "dont let me|don't let me|doesnt let me|doesn't let me|am not allowed|im not allowed|"
        "i'm not allowed|we're not allowed|were not allowed|isnt allowed|isn't allowed|"
        "arent allowed|aren't allowed|not allowed|never allowed|wont let her|won't let her|"
        "wont let us|won't let us) ~2 (leave|go out|out|go outside|leave the house|go to school|"
        "see anyone|talk to anyone|phone anyone|contact my family|speak to anyone|call my family|"
        "have a phone|go anywhere)",
        "confinement",
        TRAFFICKING,
        DOMESTIC,
        MARRIAGE_FGM,
    ),
    # Blind set DC (in English, Arabic and Arabizi): the man the family lives with sends the older
    # children out at night, they come back at dawn exhausted, and may not go to school.
    hint(
        "(sends|sent|sending|takes|took|taking|drives|drove|picks up|picked up) (the|his|her|"
        "their|my)? ~2 (kids|children|boys|girls|weans|bairns|lads|teenagers|teens) (out)? ~4 "
        "(every night|at night|all night|overnight|late at night|in the middle of the night)|"
        "(come|comes|came|coming) (back|home|hame) (at|in the|around|aboot) (dawn|# am|4am|5am|"
        "6am|the early hours|first light) ~3 (exhausted|knackered|shattered|tired|wrecked)",
        "out_all_night",
        TRAFFICKING,
        EXPLOITATION,
    ),
    hint(
        "(passport|passports|pasport|papers|documents|visa|id card|birth certificate|"
        "residence permit|brp)",
        "documents",
        TRAFFICKING,
    ),
    hint(
        "(agent|smuggler|smugglers|lorry|boat|truck|van) ~4 (brought|came|come|came here|arrived|"
        "crossed|hidden|hid)",
        "journey",
        TRAFFICKING,
    ),
    hint(
        "(work*) (there|here|for them|for him|in the|at the)? ~3 (every day|all day|all night|"
        "long hours|day and night|no days off|seven days|7 days|for free|for nothing|no pay|"
        "no money|till late|until late|every night)",
        "labour",
        TRAFFICKING,
        EXPLOITATION,
    ),
    hint(
        "(came|come|brought|got here|travelled|traveled|arrived|hid|hidden|smuggled) (over|"
        "here)? (in|on|inside|hidden in|in the back of|under) (the back of)? (a|the) (lorry|truck|"
        "van|boat|container|dinghy|small boat|lorry from)",
        "journey",
        TRAFFICKING,
    ),
    hint(
        "(owe|owes|owed|owing) (him|them|the man|the men|the boss|the agent|money) ~3 (thousands|"
        "hundreds|money|#|loads|a lot|for the journey|for bringing)",
        "debt",
        TRAFFICKING,
        EXPLOITATION,
    ),
    hint(
        "(brought|bring|brung|smuggled|trafficked|sent|took|taken|moved) (me|us|her|him|"
        "them) (over|here)? (from) ~3 (vietnam|albania|romania|nigeria|eritrea|sudan|afghanistan|"
        "iran|iraq|syria|china|india|bangladesh|pakistan|poland|slovakia|bulgaria|ghana|somalia|"
        "ethiopia|another country|abroad|my country|home|africa|asia|europe|overseas)",
        "journey",
        TRAFFICKING,
    ),
    hint(
        "(keep|keeps|kept|take|takes|took|taking) (all|most)? (of)? (my|our|her|his) (money|wages|"
        "pay|earnings|tips|salary|benefits)",
        "money_taken",
        TRAFFICKING,
        EXPLOITATION,
    ),
    hint(
        "(work|works|working|worked) (at|in|for) (a|the|his|her|their|my uncles|my aunties|"
        "the family's|the familys) (nail shop|nail bar|nail salon|nail place|car wash|carwash|"
        "restaurant|takeaway|chinese|farm|factory|brothel|cannabis farm|weed farm|massage parlour|"
        "kitchen|warehouse|building site|shop)",
        "workplace",
        TRAFFICKING,
    ),
    hint(
        "(lives|live|living|sleeps|sleep|sleeping|stays|stay|staying) (above|behind|in|at|"
        "under) (a|the)? (restaurant|shop|takeaway|car wash|nail bar|factory|warehouse|farm|"
        "kitchen|back room|basement)",
        "living_at_work",
        TRAFFICKING,
    ),
    # Forced marriage, honour-based abuse, FGM -----------------------------------------------------
    flag(
        "(make|makes|making|made|force|forced|forces|forcing|pressur*|want|wants|wanted|going|"
        "planning|plan|plans|arrang*|push|pushing|pushes|try*|promised|promise|sending|send|sent|"
        "take|taking) (me|her|us|my (sister|sisters|brother|cousin|friend|daughter)|ma (sister|"
        "brother|pal)) ~3 (to)? (marry|get married|be married|marriage|married off|wed|"
        "get engaged|be engaged|engaged|a husband|a wife|get a husband|get a wife|to be married)",
        MARRIAGE_FGM,
    ),
    flag(
        "(im|i'm|i am|she's|shes|she is|ahm|me) (getting|going to get|gonna get|to be|being|"
        "gonnae get) (married|engaged|wed) ~8 (to (a|an|some|this|my|his|her) (man|older man|guy|"
        "cousin|stranger|boy|friend)|in the summer|this summer|back home|abroad|in pakistan|"
        "in bangladesh|in india|in somalia|in yemen|in the holidays|and i dont want|"
        "and i don't want|but i dont want|but i don't want)",
        MARRIAGE_FGM,
    ),
    flag(
        "(forced|force|forcing|pressured|pushed|made|make|makes|pressuring) (into|to) (a|"
        "an)? (marriage|marry|get married|wedding|engagement|nikkah|nikah)",
        MARRIAGE_FGM,
        # Blind set DR: "a play about a girl forced into marriage".
        unless=("education", "fiction"),
    ),
    flag(
        "(arranging|arranged|arrange|planning|plan|plans|organising|organizing) (a|my|"
        "her)? (marriage|nikkah|nikah|engagement|wedding|rishta) (for) (me|her|my (sister|"
        "daughter|cousin))|(arranging|arranged|planning|organising|organizing) (my|her) (marriage|"
        "nikkah|nikah|engagement|rishta)",
        MARRIAGE_FGM,
    ),
    flag(
        "(have|has|had|got|must|need|needs) (to)? (marry|get married to|wed|be married to) (him|"
        "her|a|an|my|the|someone|this|that|his|their|an older)",
        MARRIAGE_FGM,
    ),
    flag(
        "(arranged|arranging|arranges|arrange|planned|planning|decided|promised|agreed|organised|"
        # Blind set EN: sons and brothers too ("arranging for him to get married. He can't
        # consent").
        "organized|fixed|sorted) (for)? (me|her|us|my sister|my daughter|him|my brother|my son) "
        "(to)? (marry|"
        "get married|be married|wed|be engaged|get engaged|a husband|a wife)",
        MARRIAGE_FGM,
    ),
    flag(
        "(if|unless) (i|she|we) (dont|don't|do not|refuse to|wont|won't|will not|dinnae|say no|"
        "say no to|didnt|didn't) ~2 (marry|get married|wed|go through with the wedding|"
        "accept the (proposal|rishta|match))",
        MARRIAGE_FGM,
    ),
    flag(
        "(do|doing|did|done|perform|performing|performed|have|having|get|getting) (the)? (cutting|"
        "cut|circumcision|procedure|ceremony|operation) (to|on|done to|done on) (me|her|us|"
        "my sister|girls|my daughter|my cousin)",
        MARRIAGE_FGM,
    ),
    hint(
        "(the|a) (man|boy|guy|husband|person|cousin) (they|my parents|my dad|my mum|"
        "my family) (chose|picked|found|want|picked out|have chosen|arranged)",
        "chosen_spouse",
        MARRIAGE_FGM,
    ),
    flag("(marrying|marry|married|marries) (me|her|my sister|us) off", MARRIAGE_FGM),
    flag(
        "(stabbed|stabbing|slashed|knifed|chibbed) (ma|my|his|her|our) (pal|mate|friend|brother|"
        "sister|cousin|wee brother|wee sister)",
        DANGER,
        PHYSICAL,
        unless=("fiction", "game"),
    ),
    flag(
        "(do|doing|pull|pulling) a columbine|shoot up the school|shoot the school up|(shotgun|gun) "
        "~8 (to school|into school|in to school|a list of names)",
        DANGER,
        RADICALISATION,
        unless=("fiction", "history", "education"),
    ),
    # Married or engaged, and a child's age said beside it.
    flag(
        "(i'm|im|i am|i'll be|ill be|me|i) ~2 (married|engaged|marry|to marry|wed) ~10 (im|i'm|"
        "i am|aged|at|only|and i'm|and im|i'm only|im only) (10|11|12|13|14|15|16|ten|eleven|"
        "twelve|thirteen|fourteen|fifteen|sixteen)|(getting|get|be|being|to be|will be) (married|"
        "engaged) at (10|11|12|13|14|15|16|ten|eleven|twelve|thirteen|fourteen|fifteen|"
        "sixteen)|(engagement|marriage|wedding) for me ~10 (only|im|i'm) (in)? (s1|s2|s3|s4|13|"
        "14|15|16)",
        MARRIAGE_FGM,
        unless=("fiction",),
    ),
    flag(
        "(isnt|isn't|is not|not|stopped|has stopped|wont start|won't start) breathing|"
        "(kicking|booting|smashing|breaking|bashing) (the|my|our)? (door|bathroom door|bedroom "
        "door) (in|down)|(trying to|tryin to|tryna|trying tae|tryin tae) (kick|break|smash|bash|"
        "boot|get) (the|my|our)? (front door|door|bathroom door|bedroom door|window) (in|down|"
        "open)",
        DANGER,
        severity="immediate",
        unless=("fiction", "game"),
    ),
    flag(
        "(forced|force|forcing|arranged|arrange|arranging|child|underage|under age|early|"
        "secret) (marriage|marriages|wedding|weddings|engagement|nikkah|nikah)|marry me off|"
        "married off|marry her off|"
        "(nikkah|nikah) (to|with|in|when|this|next|back)",
        MARRIAGE_FGM,
        unless=("education", "fiction", "history"),
    ),
    flag(
        "(married|marry|marrying|engaged|betrothed|promised) (to)? (my|ma|a|an|his|her|"
        "some)? (cousin|older man|old man|man|guy|stranger|someone|uncle's son|uncles son|"
        "family friend|boy) ~6 (back home|abroad|in pakistan|in bangladesh|in india|in somalia|"
        "in yemen|in iraq|in syria|in afghanistan|in nigeria|in egypt|in sudan|in the gambia|"
        "when (i|we) (go|get|turn)|this summer|in the summer|next year|when i turn|i dont know|"
        "i don't know|never met|ive never met|i've never met|against my will|dont want|don't want|"
        "didnt want|#)",
        MARRIAGE_FGM,
    ),
    # Blind set CF: a childminder's report of a mother collecting her 3-year-old "steaming drunk"
    # and driving off with him.
    flag(
        "(drunk|steaming|steamin|wasted|hammered|blotto|off (her|his) face|smelled of (drink|"
        "alcohol|booze)|smelt of (drink|alcohol|booze)|stinking of (drink|booze|alcohol)|could "
        "barely stand|couldnt stand up|couldn't stand up) ~12 (drove off|drove away|drive off|"
        "drove (him|her|them|the kids|the baby|the children)|put (him|her|them|the baby|the kids|"
        "the children|the wean|the bairn) in the car|got in the car with|behind the wheel with|"
        "driving (him|her|them|the kids|the baby|the children))",
        DANGER,
        NEGLECT,
        severity="immediate",
    ),
    # Blind set CE: "engagement party for me next month, im only 16 n didnt agree".
    flag(
        "(engagement|engagement party|wedding|nikkah|nikah|rishta|marriage) (party)? (for|to) (me|"
        "my sister|her) ~8 (didnt agree|didn't agree|did not agree|never agreed|dont want|don't "
        "want|didnt want|didn't want|against my will|without asking me|nobody asked me|not my "
        "choice)",
        MARRIAGE_FGM,
    ),
    flag(
        "(going|go|gonna go|have to go|got to go|flying|fly) (back home|abroad|to (pakistan|"
        "bangladesh|india|somalia|sudan|egypt|nigeria|yemen|iraq|afghanistan|the gambia|gambia|"
        "sierra leone|ethiopia|eritrea|kenya|mali|guinea|senegal|kurdistan|morocco|algeria|syria|"
        "turkey|iran)) ~8 (to (marry|get married|be married|meet my husband|"
        "meet my future husband|get engaged|be cut|get cut)|for my (wedding|marriage|nikkah|nikah|"
        "engagement))",
        MARRIAGE_FGM,
    ),
    flag(
        "(take|taking|took|sending|send|sent|bring|bringing) (me|her|us|my sister) (back home|"
        "abroad|to (pakistan|bangladesh|india|somalia|sudan|egypt|nigeria|yemen|iraq|afghanistan|"
        "the gambia|gambia|sierra leone|ethiopia|eritrea|kenya|mali|guinea|senegal|kurdistan|"
        "morocco|algeria|syria|turkey|iran)) ~8 (marry|married|marriage|husband|(my|a|the|her|"
        "our) wedding|wedding (to|with|for)|nikkah|nikah|engaged|cut|cutting|circumcis*|ceremony|"
        "procedure|be made|become a woman|special|pure|clean|khatna|sunna)",
        MARRIAGE_FGM,
    ),
    flag(
        "({PERP_HOME}|my family|my aunt|my auntie|my grandmother|my gran|my granny|they|"
        "the elders|the women) ~3 (going to|gonna|will|want to|wants to|plan to|planning to|"
        "are going to|is going to) (cut|circumcise|"
        "circumcis*) (me|her|my sister|us|my daughter)",
        MARRIAGE_FGM,
        "physical_abuse",
    ),
    flag(
        "(fgm|female genital mutilation|female circumcision|genital cutting|khatna|khitan|khafd|"
        "sunna cut|sunnah cut|sunna circumcision|sunnah circumcision|tahara|tahoor|tahur|gudniin|"
        "infibulation|pharaonic|type (1|2|3|one|two|three) (cut|fgm))",
        MARRIAGE_FGM,
        unless=("education",),
    ),
    flag(
        "(circumcis*) ~2 (girls|girl|me|her|my sister|my daughter|daughters|sisters|women)|(girls|"
        "girl|daughter|sister) ~3 (circumcis*)",
        MARRIAGE_FGM,
    ),
    flag(
        "(cut|cutting|cuts) (me|her|girls|my sister|my cousin|us) (down there|between (my|"
        "her) legs|there|like (my|her) (sister|cousin|mum)|to make)|(be|get|being|getting|been|"
        "was|were|got) cut ~3 (down there|like (my|the|her) (sister|sisters|cousins|cousin|"
        "other girls|mum)|ceremony|tradition|become a woman|to be clean|to be pure|in the summer|"
        "when we go|back home|abroad|when we (visit|travel|fly|go back)|on holiday|"
        "in the holidays|in somalia|in sudan|in egypt|in ethiopia|in eritrea|in djibouti|"
        "in sierra leone|in guinea|in mali|in the gambia|in gambia|in nigeria|in kenya|in yemen|"
        "in kurdistan|in senegal|in liberia|in chad|in burkina faso|in indonesia)",
        MARRIAGE_FGM,
    ),
    flag(
        "(cutting|cut|cuts) (ceremony|season|tradition|party|woman|lady|cutter)|(cutter|"
        "cutters) (is|are|came|coming|will)|(become|becoming) a woman (ceremony|party)|(special|"
        "secret) (procedure|operation|ceremony|party) (for girls|to make (me|her) (pure|clean|"
        "a woman)|down there)|make (me|her) (pure|clean) (down there)?",
        MARRIAGE_FGM,
    ),
    flag(
        "honou?r (based)? (violence|abuse|killing|crime|crimes)|(bring|brought|bringing|"
        "brings) (shame|dishonour|dishonor) (on|to) (the|my|our|his|her) family ~6 (kill|hurt|"
        "beat|punish|marry|send|threaten*|lock)|(dishonour|dishonor|shamed|shame) (the family|"
        "my family) ~4 (kill|hurt|beat|punish|marry|send)",
        MARRIAGE_FGM,
        EMOTIONAL,
    ),
    hint(
        "(bring|brought|bringing|brings) (shame|dishonour|dishonor) (on|to) (the|my|our|his|"
        "her) family|(family|parents) (honour|honor|reputation)",
        "honour",
        MARRIAGE_FGM,
    ),
    hint(
        "(holiday|trip|visit|going|go|sending|send|taking|take) ~3 (back home|abroad|pakistan|"
        "bangladesh|india|somalia|sudan|egypt|nigeria|yemen|iraq|gambia|sierra leone|ethiopia|"
        "eritrea|kenya) ~10 (dont know when|don't know when|not coming back|wont be coming back|"
        "won't be coming back|not be coming back|one way|for a long time|for good|wont be back|"
        "won't be back|forever|no return|special|surprise|ceremony|staying there|stay there|"
        "be staying)",
        "trip_abroad",
        MARRIAGE_FGM,
    ),
    # Blind set CX: "My daughter is staying home alone for the first time tonight while we're at
    # a wedding, she's 15". Parents out at a wedding are guests; their child is not the bride.
    idiom(
        "(we're|we are|we'll be|mum and dad are|my parents are|parents are|they're|they are|"
        "my wife and i are|my husband and i are) (at|going to|off to|away at|out at) (a|the) "
        "(family|friends|friend's|cousin's|colleague's|work)? wedding"
    ),
    # ...unless the wedding they are going to turns out to be the child's own.
    flag(
        "(wedding|nikah|nikkah|marriage) ~8 (its|it's|it is|it was|its really|it's really) (mine|"
        "for me|me getting married|me marrying)",
        MARRIAGE_FGM,
        firm=True,  # the guests' idiom above overlaps it
    ),
    hint(
        "(engaged|betrothed|promised to|proposal|rishta|suitor|husband|wedding|nikkah|nikah)",
        "marriage_talk",
        MARRIAGE_FGM,
    ),
    # Sisters married abroad at 16, and a girl of 15 asking what the Forced Marriage Unit is:
    # once the unit's name became a name (blind set CP), these two signs had to carry it.
    hint(
        "(sisters|sister|cousins|cousin) ~8 (married|got married|were married|was married|married "
        "off) (abroad|back home|overseas|off|at #|at sixteen|at fifteen|young)",
        "marriage_talk",
        MARRIAGE_FGM,
    ),
    hint(
        "(asking|asked|asks|wants to know|wanted to know|been asking) ~4 (what|about|if|whether) "
        "~2 (forced marriage|the forced marriage unit|fmu)",
        "asks_about_fm",
        MARRIAGE_FGM,
    ),
    # Blind set CR: "im 17 and getting engaged to my boyfriend whos 18, were both really happy".
    idiom(
        "(getting|got|get|gettin) engaged to (my|ma) (boyfriend|girlfriend|bf|gf|partner) (whos|"
        "who's|who is|hes|he's|shes|she's) (16|17|18|19|sixteen|seventeen|eighteen|nineteen)"
    ),
    hint(
        "(im|i'm|i am|she's|shes|she is|ahm|{SIBLING} (is|s)) (only)? ({CHILD_AGE}|twelve|thirteen|"
        "fourteen|fifteen|sixteen|still at school|too young)",
        "child_age",
        MARRIAGE_FGM,
        SEXUAL,
        EXPLOITATION,
    ),
    # Radicalisation -------------------------------------------------------------------------------
    flag(
        "(they|people|group|groups|guys|men|someone|somebody|a man|a guy|he|she|older boys|"
        "the server|the group|the chat|the channel|this guy|this man|online|friends online|"
        "people online|my (brother|son|cousin|friend|pal|daughter)) ~5 (want|wants|wanted|told|"
        "tell|tells|telling|asked|asking|trying to get|try to get|tried to get|recruit*|pressur*|"
        "groom*|convince*|persuad*|encourag*|push*) (me|us|him|her|them|my (son|brother|"
        "daughter)) (to)? ~3 (join them|join their|join the|go to syria|go and fight|fight for|"
        "become a martyr|martyr*|jihad|blow up|bomb|attack|kill (kafirs|kuffar|kuffs|infidels|"
        "immigrants|muslims|jews|them|people|pakis|gays|unbelievers|whites|blacks|foreigners|"
        "refugees|asylum seekers|women)|hurt (people|them)|make a bomb|do something big|"
        "take action|go to war|start a war|race war|holy war|prepare for war|get weapons|"
        "buy a gun|get a gun|shoot)",
        RADICALISATION,
    ),
    flag(
        "(being|been|is|was|were|getting|got|get) (radicali*|radicalis*|radicaliz*|"
        "brainwashed by (extremists|a group|them|isis|nazis)|recruited)",
        RADICALISATION,
        # "a project on the Troubles and how young people got radicalised" (blind set CN).
        unless=("education", "history"),
    ),
    flag(
        "(radicali*|radicalis*|radicaliz*|extremis*|extremist|extremists|jihadi|jihadis|jihadist|"
        "isis (fighters|videos|propaganda|flag|supporters)|join isis|support isis|daesh|al qaeda|"
        "al-qaeda|alqaeda|al shabaab|neo nazi|neo nazis|neonazi|neonazis|nazi group|nazi groups|"
        "white power|white supremac*|white pride|race war|racewar|national action|"
        "patriotic alternative|great replacement|14 words|fourteen words|1488|sieg heil|"
        "heil hitler|hitler was right|gas the jews|kill all (the)? (muslims|jews|immigrants|"
        "blacks|gays|pakis|kuffar|kafirs|infidels|unbelievers|whites|refugees)|terrorist|"
        "terrorism|terror attack|terror attacks|beheading|beheadings|mass shooting|"
        "school shooting|accelerationis*|incel (forum|forums|group|chat|server|movement))",
        RADICALISATION,
        unless=("education", "history", "fiction"),
    ),
    flag(
        "(make|making|made|build|building|built|how to make|how to build|recipe for|"
        "instructions for|plans for) (a|an|the|some)? (bomb|bombs|pipe bomb|pipe bombs|explosive|"
        "explosives|ied|molotov|molotovs|petrol bomb|petrol bombs|nail bomb|ghost gun|"
        "3d printed gun)",
        RADICALISATION,
        DANGER,
    ),
    flag(
        "(blow up|blow|bomb|bombing|shoot up|shooting up|attack|attacking|burn down|burning down|"
        "set fire to|torch|stab everyone|shoot everyone|kill everyone) (the|my|our|a|this|that|"
        "his|her)? (school|skool|mosque|church|synagogue|gurdwara|temple|college|class|classroom|"
        "shopping centre|concert|station|chapel|assembly|playground|academy|high school|primary|"
        "canteen|bus)",
        DANGER,
        RADICALISATION,
        severity="immediate",
        unless=("game", "fiction"),
    ),
    flag(
        "(told|asked|recruited|pressured|pushed|encouraged|invited|groomed) (me|him|her|"
        "us)? (to) (join|go and join|go join) ~4 (fight|fighting|war|jihad|attack|kill|army|"
        "militia|isis|battle|the cause|violence)",
        RADICALISATION,
    ),
    flag(
        "(go|going|travel|travelling|went|gone|run|ran|ran away|leave|leaving|fly|"
        "flying) (to)? (syria|iraq|afghanistan|the caliphate|somalia|yemen|mali) ~4 (fight|join|"
        "jihad|marry a fighter|caliphate|martyr|isis|die for)",
        RADICALISATION,
    ),
    flag(
        "(hate|hates|hated) (all)? (the)? (muslims|jews|immigrants|foreigners|pakis|blacks|"
        "black people|gays|white people|refugees|asylum seekers|kuffar|kafirs|infidels|women|"
        "christians|sikhs|hindus) ~4 (should|deserve|need to|must|have to|ought to|gonna|"
        "going to) ~2 (die|be killed|be shot|be gassed|burn|be burned|be wiped out|"
        "be exterminated|be deported|suffer)",
        RADICALISATION,
    ),
    flag(
        "(muslims|jews|immigrants|foreigners|pakis|blacks|gays|white people|refugees|"
        "asylum seekers|kuffar|kafirs|infidels|unbelievers|women) (should|deserve|need to|must|"
        "have to|ought to) (all)? (to)? (die|be killed|be shot|be gassed|burn|be burned|"
        "be wiped out|be exterminated)",
        RADICALISATION,
    ),
    flag(
        "(need to|needs to|should|must|have to|gotta|got to|time to|going to|gonna) (kill|attack|"
        "get rid of|wipe out|exterminate|gas|shoot|bomb|burn) (the|all)? (jews|muslims|immigrants|"
        "foreigners|pakis|blacks|black people|gays|refugees|asylum seekers|kuffar|kafirs|infidels|"
        "unbelievers|white people|christians|sikhs|hindus|women)",
        RADICALISATION,
    ),
    flag(
        "(the|my|our|a|this) (group|server|chat|channel|discord|telegram|forum|group chat|"
        "gc) ~8 (says|said|tells|told|wants|shares|shared|posts|posted|sends|sent) ~5 (kill|"
        "attack|fight|war|weapons|guns|bomb|bombs|martyr|jihad|race war|shoot|beheading|execution|"
        "terror)",
        RADICALISATION,
    ),
    flag(
        "(showed|shows|show|sent|sends|send|watched|watching|watch|shared) (me|us|him|"
        "her)? ~2 (beheading|execution|executions|terror|terrorist|isis|jihadi|propaganda|"
        "extremist|nazi|massacre|shooting|christchurch|manifesto) ((video|videos)|(clip|clips)|"
        "footage|material|stuff|posts|memes)",
        RADICALISATION,
    ),
    flag(
        "(nazi|nazis|neo nazi|fascist|fascists|white power|white pride|extremist|extreme|jihadi|"
        "jihadist|isis|terror|terrorist|racist|far right|alt right) (stuff|videos|vids|memes|"
        "propaganda|music|symbols|posts|content|material|flags|songs|books|manifestos|chats|"
        "groups|channels) ~8 (fight|war|kill|attack|join|time|ready|weapons|guns|sending|send|"
        "showing|shows|share|sharing)",
        RADICALISATION,
    ),
    flag(
        "(time to|ready to|prepare to|need to|going to|gonna) (fight|go to war|start a war|"
        "take action|strike|rise up) ~4 (against|for) (them|the|muslims|jews|immigrants|"
        "the government|our race|the cause|whites|blacks)",
        RADICALISATION,
    ),
    flag(
        "(prevent|channel) (referral|referred|programme|program|team|officer|panel|duty)|"
        "referred (to|him to|her to|me to) (prevent|channel)",
        RADICALISATION,
        severity="medium",
    ),
    flag(
        "(die|dying|fight|fighting|kill|killing) (for|in the name of) (the|our)? (cause|caliphate|"
        "allah|god|jihad|the race|our race|the nation|the movement|white race)",
        RADICALISATION,
    ),
    flag(
        "(become|becoming|be) a (martyr|shaheed|shahid|soldier of allah|lone wolf)", RADICALISATION
    ),
    flag(
        "(hero|heroes|martyr|legend|famous|paradise|heaven|glory|rewarded|remembered|"
        "saint) ~8 (kill|killed|killing|attack|attacked|shoot|shot|stab|stabbed|bomb|bombed|"
        "blow up|hurt) (people|everyone|them|kids|infidels|kuffar|as many|innocent|civilians|"
        "others|loads of people|lots of people)",
        RADICALISATION,
    ),
    flag(
        "(kill|killing|attack|attacking|shoot|shooting|stab|stabbing|bomb|bombing|hurt|"
        "hurting) (people|everyone|as many (people)? as|loads of people|lots of people|"
        "innocent people|civilians|kids) (at|in) (the|a)? (festival|concert|school|mosque|church|"
        "synagogue|match|parade|march|shopping centre|mall|"
        "station|airport|assembly|gig|club)",
        RADICALISATION,
        DANGER,
        unless=("game", "fiction"),
    ),
    hint(
        "(they|he|people|guys|the group) ~3 (say|says|said|tell|tells|told) ~3 (only they|only he|"
        "my family|my parents|the government|everyone else|the media) ~3 (lies|lying|enemy|"
        "enemies|against us|dont understand|"
        "don't understand|are evil|are the enemy)",
        "isolation_ideology",
        RADICALISATION,
    ),
    # Blind set DH: gym "mates" who say a boy of 17 must stop his insulin because the enemy
    # makes it, to prove his loyalty.
    flag(
        "(stop|stopping|stopped|quit|give up|giving up) ~2 (his|her|my|their)? (insulin|meds|"
        "medication|medicine) ~10 (enemy|loyalty|prove|infidels|kuffar|kafir|traitors)",
        RADICALISATION,
        DANGER,
        severity="medium",
    ),
    # Blind set DG: an online "mentor" who says school is brainwashing a boy and he must be
    # ready to defend his people.
    hint(
        "(ready to|need to|needs to|got to|must|prepare to|preparing to|be ready to) ~2 (defend|"
        "protect|fight for|stand up for) (his|our|my|their) (people|race|kind|nation|folk|"
        "brothers|blood|land)",
        "defend_people",
        RADICALISATION,
    ),
    hint(
        "(school|teachers|the media|the government|his parents|her parents|my parents|mum and "
        "dad) ~3 (is|are|s)? (brainwashing|brainwash|indoctrinating|lying to) (him|me|us|them|"
        "her|kids|children)",
        "distrust_taught",
        RADICALISATION,
    ),
    # Blind set DD: asking when a mosque is fullest, beside another sign (memes, a list).
    hint(
        "(when|what time|what day) ~4 (mosque|mosques|church|synagogue|gurdwara|temple|mandir) ~3 "
        "(busiest|fullest|most full|most people|packed|full|crowded|most crowded)",
        "worship_busiest",
        RADICALISATION,
    ),
    hint(
        "(sending|sent|send|sends|showing|shows|showed|share|shares|sharing) (me|us)? ~3 (videos|"
        "vids|stuff|memes|posts|links|clips) (about|of|on|with) ~3 (weapons|guns|bombs|war|hate|"
        "killing|attacks|shootings|race|"
        "muslims|jews|immigrants|terror|martyrs|massacres)",
        "extreme_content",
        RADICALISATION,
    ),
    hint(
        "(discord|telegram|server|group chat|forum|4chan|8chan|8kun|gab|kiwi farms) ~6 (extreme|"
        "weird|hate|racist|violent|weapons|guns|nazi|war|kill|videos|secret|join|recruit)",
        "extreme_online",
        RADICALISATION,
    ),
    # Bullying with harm ---------------------------------------------------------------------------
    flag("{PEERS} ~4 {HIT} {ME}", BULLYING, unless=("game", "sport", "harm_over", "made_up")),
    flag(
        "{PEERS} ~4 (held|holds|hold|holding|pinned|pins|pin) {ME} (down|against|on the ground|"
        "on the floor)",
        BULLYING,
        PHYSICAL,
        unless=("sport", "play"),
    ),
    flag(
        "{HIT} {ME} ~4 (at school|in school|in the playground|in class|in the class|"
        "on the way (home|to school)|after school|efter school|in the toilets|"
        "in the changing room|in the changing rooms|in pe|on the bus|at the bus stop|"
        "in the corridor|at break|at lunch|every day at school|at the park)",
        BULLYING,
        PHYSICAL,
        unless=("game", "sport", "made_up"),
    ),
    flag(
        "(bullied|bullying|bullies|bully|bullys|bullyin) ~10 (want to die|wanna die|kill myself|"
        "kms|self harm|sh|cut|cutting|hurt myself|suicid*|cant go on|can't go on|"
        "dont want to live|don't want to live|hit|hits|punch*|kick*|beat|beats|beaten|battered|"
        "batter|stab*|threaten*|knife|knives|broke|broken|hospital|bleeding|blood|injur*|bruises|"
        "black eye|end it|not be here|jumped|attacked|burn*|strangl*|chok*|spat|spit|nudes|naked)",
        BULLYING,
    ),
    flag(
        "{PEERS} ~4 (told|tell|tells|telling|tellin|said|say|says|saying|sayin|keep telling|"
        "keeps telling|kept telling|keep saying|keeps saying) (me|us|her|him)? (to|that|i|she|"
        "he)? ~2 (kill (myself|yourself|urself|herself|himself)|kys|go die|go and die|should die|"
        "should kill myself|to die|neck (myself|yourself)|hang (myself|yourself)|end it|"
        "end my life|drink bleach|jump off)",
        BULLYING,
        SUICIDE,
    ),
    flag(
        "(theyll|they'll|hel|he'll|shel|she'll|theyd|they'd|hed|he'd|threatened to|threaten to|"
        "threatening to|said they would|said theyd|said they'd|gonna|going to|will) (slash|cut|"
        "stab|burn|carve|batter|smash|burst|break) (my|ma|her|his) ({BODY}|face|tyres|jaw|nose|"
        "legs)",
        "immediate_danger",
        "physical_abuse",
        firm=True,
    ),
    flag(
        "(kys|kill yourself|kill urself|kill ya self|kill yerself|kill yersel|go die|go and die|"
        "neck yourself|an hero|drink bleach|hang yourself)",
        BULLYING,
        unless=("made_up",),
    ),
    # Blind set CS: "my m8 sed kys in the gc but it wz about fortnite n he sed sorry after, we r
    # fine now". Friends again, the insult told as over, stands down; the rest of what the
    # message says is other rules'.
    context(
        "(we r|we're|were|we are|we) (all)? (fine|good|ok|okay|sound|cool|sorted|friends|mates|"
        "pals) (now|again)|(he|she|they) (said|sed|says|sez|sayd) (sorry|soz|sry) (after|now|"
        "after that|straight after)|"
        # Blind set DG: "he punched me at break but we made up and the teacher made us both say
        # sorry".
        "(but|and) (we|weve|we've|we have) (made up|sorted it out|shook hands)|made us (both)? "
        "(say sorry|apologise|apologize|shake hands)",
        "made_up",
    ),
    flag(
        "(theyll|they'll|hel|he'll|shel|she'll|theyd|they'd|hed|he'd|shed|she'd|they will|he will|"
        "she will|they would|he would|she would|they are going to|he is going to|"
        "she is going to) ~2 (stab|kill|hurt|batter|shoot|murder|strangle|slash|burst|jump|"
        "leather|knife|burn) (me|us|my mum|"
        "my family|her|him|my brother|my sister)",
        DANGER,
        PHYSICAL,
        unless=("game", "fiction", "surprise_kept"),
    ),
    # Blind set EF: "if i tell anyone about the surprise party theyll kill me lol".
    context(
        "(tell|telling|tells|say|saying|spoil|spoiling|ruin|ruining|give away|giving away) ~5 "
        "(surprise|surprise party|the party|secret santa|present|presents|birthday present|"
        "christmas present|spoiler|spoilers|the ending|the score|the plot)",
        "surprise_kept",
    ),
    flag(
        "(shared|posted|sent|spread|leaked|sending|posting|sharing) ~2 (nudes|noods|naked ((pic|"
        "pics)|(photo|photos)|(picture|pictures)|(video|videos))|nude ((pic|pics)|(photo|photos)|"
        "(video|videos))|pics of me naked|video of me naked) ~4 (round|around|to|in|on|"
        "at) (the)? (whole)? (school|everyone|year|the year|group chat|gc|snap|snapchat|insta|"
        "class|the class)",
        BULLYING,
        SEXUAL,
    ),
    flag(
        "{PEERS} ~3 (filmed|recorded|videoed|film|films|record) (me|her|him|it|us) ~3 (getting|"
        "being)? (beaten|battered|hit|fighting|jumped|naked|changing|in the toilets|in the shower|"
        "getting changed|undressed|crying)",
        BULLYING,
    ),
    flag(
        "{PEERS} ~4 (threaten*|said they would|say they will|going to|gonna|gonnae|will|"
        "are going to|said theyd|said they'd) (stab|jump|batter|beat|kill|hurt|slash|leather|"
        "burst|knife|shoot|burn) (me|us) ~3 (after school|at school|tomorrow|on monday|outside|"
        "at the gates|on the way home|if|when)",
        BULLYING,
        DANGER,
    ),
    flag(
        "{PEERS} ~5 (set fire to|burnt|burned|cut|cut off|chopped) (my|her) (hair|bag|clothes|"
        "blazer|jumper|jacket|coat|hoodie|top|shirt)",
        BULLYING,
    ),
    flag(
        "(forced|made|make|makes|force|forces) (me|us) (to)? (strip|take off my clothes|"
        "take my clothes off|get naked|lick|eat dirt|eat grass|drink pee|drink piss|fight)",
        BULLYING,
    ),
    flag(
        "(putting|put|puts|pushed|pushing|pushes|shoved|shove|shoving|stuck|sticking|holding|"
        "held) (my|her|his) (head|face) (down|in|into|under) (the|a) (toilet|toilets|loo|bog|sink|"
        "water|bin|puddle)",
        BULLYING,
        PHYSICAL,
    ),
    flag(
        "(spat|spit|spits|spitting|urinated|peed|pissed) (on|at|in) (me|my face|my food|my bag|"
        "my hair)",
        BULLYING,
        severity="medium",
    ),
    flag(
        "(got|get|gets|getting|was|been|were|being) (jumped|ambushed|mobbed)|(got|get|gets|"
        "getting) rushed|(jumped|"
        "ambushed|rushed|mobbed) (me|us|him|her) (after|on|at|in|outside|"
        "behind|and|on the way)",
        BULLYING,
        PHYSICAL,
        severity="medium",
        unless=("sport", "game"),
    ),
    flag("(happy slap*|happy-slap*)", BULLYING),
    flag(
        "(cyberbull*|cyber bull*|online bull*) ~8 (want to die|kill myself|self harm|cut|suicid*|"
        "hurt myself|end it|dont want to live|don't want to live|threaten*|nudes)",
        BULLYING,
    ),
    # Danger now -----------------------------------------------------------------------------------
    flag(
        "{FEAR} (to|tae|ta|of|o|ae|about|2) (go|going|goin|gaun|get|getting|walk|walking|go back|"
        "going back|be|being|return|returning|head|heading|sleep|sleeping)? ({HOME}|at home|"
        "at hame|in my own home)",
        DANGER,
    ),
    flag(
        "(not|dont|don't|do not|never|no|dinnae) (feel|feeling|feels)? (safe|safe at all|"
        "sae safe) (at|in) (home|hame|my house|the house|ma hoose|our house|my home|my own home|"
        "the flat|my flat|my dads|my mums|foster|the unit|my room)",
        DANGER,
    ),
    flag(
        "(someone|somebody|a man|a guy|a car|a van|he|she|they|some (man|guy|boys|men)|this (man|"
        "guy)) ~2 (is|s|are|re|keeps|kept|has been|was)? (following|followed|follows|stalking|"
        "stalks|stalked|watching|waiting for|chasing|chased) (me|us) ~4 (scared|terrified|"
        "frightened|feart|help|home|now|right now|rn|every day|everywhere|from school|"
        "after school)",
        DANGER,
    ),
    flag(
        "(im|i'm|i am|we're|were|we are|ahm|been|being|kept|she's|shes|he's|hes) (locked|"
        "locked up|shut) (in|inside|up|away)",
        DANGER,
    ),
    flag(
        "(im|i'm|i am|we're|were|we are|ahm|she's|shes|he's|hes|am) (not|no|never|nae) (safe|"
        "ok safe)",
        DANGER,
    ),
    flag(
        "(im|i'm|i am|we're|were|we are|ahm|she's|shes) (in|in real|in serious) danger|(my life|"
        "her life|our lives) (is|are) in danger",
        DANGER,
        severity="immediate",
    ),
    flag(
        "{PERP} ~3 (is|s|was|are|re)? (hitting|beating|hurting|strangling|choking|attacking|"
        "kicking|battering|punching|killing|stabbing|raping|leathering|skelping) ({ME}|{CHILD}|"
        "{PARTNER_VICTIM}) ~2 (now|right now|rn|at the moment|as we speak|as i type|again|"
        "just now|downstairs|in the next room|next door)",
        DANGER,
        PHYSICAL,
        severity="immediate",
    ),
    flag(
        "(lock|locks|locked|locking) ({ME}|{CHILD}|me up|us up) (in|inside|intae|into) ~2 (my|the|"
        "ma|a|our|her|his|their)? (room|bedroom|house|cupboard|shed|bathroom|toilet|garage|cellar|"
        "basement|car|attic|loft|flat|cage|box|wardrobe)",
        DANGER,
        severity="immediate",
    ),
    flag(
        "(im|i'm|i am|we're|we are|were|ahm|am|been|being|kept|keep) (locked|locked up) (in|"
        "inside|intae|into) ~2 (my|the|ma|a|our)? (room|bedroom|house|cupboard|shed|bathroom|"
        "toilet|garage|cellar|basement|car|attic|loft|flat|wardrobe)",
        DANGER,
        severity="immediate",
    ),
    flag(
        "{PERP} ~3 (has|got|gots|had|has got|with|holding|pulled|pulls|pulling|waving|waved|"
        "brandishing|carrying|carries|took out|takes out|held|holds|put|puts|keeps|got out|brought|"
        "bringing) (a|his|her|the|their|an|out a|out the)? ~1 {WEAPON}",
        DANGER,
        severity="immediate",
        unless=("game", "fiction", "weapon_harmless"),
    ),
    # A weapon turned on someone is never the kitchen's or the gamekeeper's: "my dad came at me
    # with a knife in the kitchen" and "pulled a knife on mum at dinner" had only the model.
    flag(
        "{PERP} ~3 (came at (me|us|her|mum|him)|comes at (me|us|her|mum|him)|coming at (me|us|her|"
        "mum|him)|went for (me|us|her|mum|him)|threatened (me|us|her|mum|him)|threatening (me|us|"
        "her|mum|him)|threatens (me|us|her|mum|him)) (with)? (a|his|her|the|their|an)? ~1 "
        "{WEAPON}|{PERP} ~3 (pulled|pulls|pulling|drew|draws|waved|waving|waves|pointed|pointing|"
        "points|held|holding|holds) (a|his|her|the|their|an|out a|out the|out his)? ~1 {WEAPON} "
        "(on|at|to) (me|us|her|mum|him|my mum|my brother|my sister|my throat|her throat|his "
        "throat|my head|her head)",
        DANGER,
        severity="immediate",
        unless=("game", "fiction"),
    ),
    # ...but a knife put away is washing up (blind set CH's twin: "he put the knife in the
    # dishwasher").
    idiom(
        "(put|puts|putting) (the|a|his|her|their|my)? {WEAPON} (away|back|in the dishwasher|in the "
        "sink|in the drawer|in the cutlery drawer|in the bin|in the recycling|in the washing up|in "
        "the block)"
    ),
    flag(
        "(threaten*|threat*) ~3 (me|us|her|him|mum|my mum|my mam|my family|"
        "the kids)? ~2 (with)? (a|his|her|the)? (knife|knives|blade|gun|handgun|machete|axe|hammer|"
        "weapon|"
        "stab|shoot|stabbing|shooting)",
        DANGER,
        severity="immediate",
        unless=("game", "fiction"),
    ),
    flag(
        "{PERP} ~3 (is|s|re|are)? (going to|gonna|gonnae|will|ll|wants to|want to|trying to|"
        "tried to|try to|threatened to|threatens to|is gonna|said (he|she|they)? (would|will|ll|d|"
        "was going to|is going to|gonna)) (kill|murder|stab|strangle|shoot|drown|burn) ({ME}|"
        "{CHILD}|{PARTNER_VICTIM}|"
        "everyone|us all|the family)",
        DANGER,
        PHYSICAL,
        unless=("game", "fiction"),
    ),
    flag(
        "(please|pls|plz|someone) (help|help me|help us|call (the)? (police|polis|999|ambulance)|"
        "send (help|someone|the police|the polis)|get (help|me out|us out|someone|an ambulance)|"
        "come and get me|save me)",
        DANGER,
        severity="high",
        unless=("repairs", "service_request", "playful_plea"),
    ),
    # "Please help" also ends questions about forms, school places and bus passes.
    context(
        "(school place|bus pass|application|apply|form|forms|appointment|waiting list|benefit|"
        "benefits|universal credit|council tax|housing list|eal|homework|website|portal|log in|"
        "login|password|refund|parking|timetable|translator|interpreter|blue badge|free school "
        "meals|uniform grant|cant get through|can't get through|cannae get through|on hold|phone "
        "line|phone lines|call centre|switchboard|prescription|care package|assessment|diagnosis|"
        "referral|housing office|department|towed|complaint|councillor|msp|"
        # Blind set FC: home carers who did not turn up, "please send someone tonight and explain".
        "explain why|and explain|home carers|carers never|package)",
        "service_request",
    ),
    idiom(
        "(please|pls|plz|someone) help (me|us)? ~2 (how do i|how can i|how do we|how to|where do "
        "i|where can i|what do i|which form|i dont understand|i don't understand|we dont "
        "understand|we don't understand|fill in|apply for|find the|with (the|this|my|a) (form|"
        "application|homework|claim|appeal|complaint|letter))"
    ),
    # "Please send someone" is how every repair request ends.
    context(
        "(repair|repairs|engineer|plumber|electrician|joiner|heating|hot water|boiler|leak|leaking|"
        "damp|mould|broken|fix|fixed|boiler|radiator|window|roof|lift|council flat|housing "
        "officer|workmen|bin|bins|street light|drain|drains|puddle|puddles|pothole|potholes|"
        "flooding|gutter|gully|ceiling|ceilings|pipe|pipes|burst pipe|flooded|flood|toilet "
        "cistern|shower|no heating|no hot water|radiators|water coming (in|through)|heatings|"
        "boilers|showers)",
        "repairs",
    ),
    flag(
        "({PERP}|someone|a man|the man|my ex|her ex|the guy|the dealer|they're|theyre) ~3 (is|s|"
        "are|re)? (outside|at the door|banging on the door|kicking the door|breaking in|"
        "trying to get in|trying to break in|coming (back|home|for me|for us|to get me|over)|"
        "on (his|her|their) way|in the house|in the hoose|downstairs) ~6 (scared|terrified|feart|"
        "hiding|help|knife|gun|handgun|kill|hurt|drunk|raging|angry|mental|hit|batter)",
        DANGER,
        severity="immediate",
    ),
    flag(
        "(help|please help|help me) ~3 (he|she|they) (is|s|re|are)? (hitting|beating|hurting|"
        "coming|here|outside|attacking|strangling|choking|drunk|raging)",
        DANGER,
        severity="immediate",
    ),
    flag(
        "(ran|run|running|runnin) away (from home|fae hame|from the house) ~6 (scared|hit|hurt|"
        "beat|drunk|abuse|abusive|nowhere|no where|street|outside|cold|sleeping)",
        DANGER,
        severity="high",
    ),
    flag(
        "(sleeping|sleep|slept) (rough|on the street|on the streets|in a park|in the park|"
        "in a stairwell|in a close|outside)",
        DANGER,
        "neglect",
        severity="high",
        # "my class watched a film about a teenage girl who ... ends up sleeping rough" (blind
        # set CO). Not the wider "fiction": "sleeping rough... it was on the news" is real.
        unless=("film_scene",),
    ),
    # Plain first-person disclosures that other people's wording showed missing (an independent
    # colleague's examples: short, direct, with no perpetrator named) ----------------------------
    flag(
        "(i have|i've got|ive got|i got|i have got|got) a plan (to|for) (end|ending|finish|"
        "finishing) (it|it all|my life|everything|things)",
        SUICIDE,
        severity="immediate",
        firm=True,
    ),
    flag(
        "i (wish|want) i (wasnt|wasn't|was not|weren't|werent) (alive|here|born|around)|"
        "i wish i (was|were) dead|i wish i (didnt|didn't|did not) exist|"
        "i wish i (was|were|had been) never born",
        SUICIDE,
        firm=True,
    ),
    flag(
        "(i|ive|i've|i have|just) (took|taken|swallowed|had|necked|downed|overdosed on) "
        "(a lot of|loads of|lots of|a load of|a bunch of|all the|all my|a handful of|too many|"
        "a whole (box|packet|bottle) of|some|the)? (pills|tablets|paracetamol|painkillers|"
        "paracetamols|sleeping pills|meds|mums pills|mum's pills|dads pills)",
        "self_harm",
        SUICIDE,
        unless=("medication",),
    ),
    context(
        "(for my|for her|for his|for the) (headache|asthma|cold|flu|migraine|period|period "
        "pain|adhd|epilepsy|allergy|hay fever|blood pressure|diabetes)|"
        "(with|after) (food|breakfast|dinner|tea|lunch)|"
        "(took|take|taken|takes) (my|his|her) (pills|tablets|meds|medicine)",
        "medication",
    ),
    flag(
        "(i am|im|i'm|am|i keep getting|i'm getting|im getting|i get) (abused|molested|raped|"
        "sexually abused|sexually assaulted|assaulted|groomed|trafficked|exploited)",
        SEXUAL,
        PHYSICAL,
        firm=True,
    ),
    # Told as the past, it is firm too, unless the one telling it is plainly a grown-up now: an
    # adult survivor's complaint about a redress scheme is not a child at risk today (blind set
    # CS: "I was abused in care in the 1980s. I'm 52 now").
    flag(
        "(i was|ive been|i've been|i have been) (abused|molested|raped|sexually abused|sexually "
        "assaulted|assaulted|groomed|trafficked|exploited)",
        SEXUAL,
        PHYSICAL,
        unless=("adult_survivor",),
    ),
    context(
        "in the (1950s|1960s|1970s|1980s|1990s|50s|60s|70s|80s|90s|fifties|sixties|seventies|"
        "eighties|nineties)|redress (scheme|payment|application|board)|(scottish child abuse|"
        "child abuse|historical abuse) inquiry|(im|i'm|i am) (now)? in my (twenties|thirties|"
        "forties|fifties|sixties|seventies|eighties)",
        "adult_survivor",
    ),
    # Said of someone else, it can be a hypothetical ("if a kid told a teacher they were being
    # abused", a training essay: blind set CJ), so an idiom may stand it down.
    flag(
        "being (abused|molested|raped|sexually abused|sexually assaulted|assaulted|groomed|"
        "trafficked|exploited)",
        SEXUAL,
        PHYSICAL,
    ),
    flag(
        "i (get|keep getting|got|am getting|'m getting|m getting) (hit|beaten|battered|"
        "slapped|punched|kicked|skelped|leathered|belted|hurt) (at home|every day|a lot|"
        "all the time|when|by)?",
        PHYSICAL,
        severity="medium",
        unless=("sport", "game"),
    ),
    flag(
        "(mum|mam|maw|mom|dad|da|parents|carer|carers|gran|granny|stepmum|stepdad|mother|"
        "father) (hasnt|hasn't|has not|havent|haven't|have not|didnt|didn't|did not|never) "
        "(come|came|been) (home|back)",
        "neglect",
        unless=("working",),
    ),
    context(
        "(from work|at work|works late|working late|on shift|night shift|late shift|"
        "on nights|yet|from the shops|fae the shops|"
        # Blind set DO: "shes on a work trip, my auntie is staying with us".
        "work trip|business trip|on a course|at a conference|(auntie|aunt|gran|granny|nana|nan|"
        "grandad|grandpa|uncle|dad|da|babysitter|childminder|big sister|big brother) (is|s|has "
        "been|are) (staying with us|staying here|looking after us|looking after me|with us))",
        "working",
    ),
    flag(
        "(been|was|were|am|are|get|got|keep getting|always) (left) (alone|on my own|on our own|"
        "home alone|by myself|by ourselves)|(left|leaves|leave) (me|us|my (wee|little) (brother|"
        "sister)) (home alone|alone|on my own|on our own) (all|for|overnight|at night|every)",
        "neglect",
    ),
    # ...but not for a minute while the teacher fetched something (blind set CH: "we were left on
    # our own in the class for a minute when miss went to get the scissors").
    idiom(
        "left (alone|on my own|on our own|on their own|by myself|by ourselves|by themselves) ~4 "
        "for (a|one|two|five|ten|a few|a couple of|#) (minute|minutes|min|mins|second|seconds|sec|"
        "secs|moment|moments)"
    ),
    # Blind set BX, a neighbour: "the 3 kids next door have been left on their own since Tuesday".
    # Days or nights, not "left on their own for five minutes while the teacher got the register".
    flag(
        "({CHILD}|{YOUNG_CHILD_ANY}|kids|children|weans|bairns|wee ones|little ones) ~4 (been|"
        "being|was|were|are|is|get|gets|got|keep getting|always)? left (alone|on their own|on his "
        "own|on her own|by themselves|by himself|by herself|home alone) ~4 (since (monday|tuesday|"
        "wednesday|thursday|friday|saturday|sunday|yesterday|last night|the weekend|last week)|"
        "overnight|all night|all day|all weekend|for days|for hours|for (a|two|three|four|2|3|4)? "
        "(days|nights|day|night|weekend)|every (night|weekend)|at night|till late)",
        "neglect",
    ),
    flag(
        "(there'?s|there is|theres|we have|we've got|weve got|we got|got|have) (no|nae|nothing "
        "to) (food|eat|dinner|tea) (in the house|at home|in the hoose|for days|since)?",
        "neglect",
        unless=("shopping",),
    ),
    flag(
        "^ (no|nae|nay) (dinner|tea|breakfast|food|supper) (again|the day again|today again|"
        "last night either|or breakfast|or dinner|or lunch)",
        "neglect",
        severity="medium",
    ),
    flag(
        "(we|i) (havent|have not|dont|do not|aint|haven't|don't|ain't) (got|have) (any|no) (food|"
        "dinner|tea|breakfast) (in the house|at home|in the hoose|at mine|left|for days|since|"
        "today|all day|and)|(hungry|no food|nae food|not eaten|havent eaten|"
        "haven't eaten) (bread|milk|food)? (for)? # (days|day|dayz)",
        "neglect",
        unless=("shopping",),
    ),
    flag(
        "(blackmail|blackmailing|blackmailed|blackmails) (me|us|her|him|my)|(being|been|was|is|"
        "am|getting|got|get) blackmailed|sextorting|sextorted",
        EXPLOITATION,
        firm=True,
    ),
    flag("(blackmail|blackmailing|blackmailed)", EXPLOITATION, unless=("education", "fiction")),
    flag(
        "(sextortion|sextortions|sextortion scam|sextortion scams)",
        EXPLOITATION,
        unless=("education", "fiction", "history"),
    ),
    flag(
        "(does|did|doing|do) (sexual|sex) (stuff|things|stuf) (to|with) (me|us|my)",
        SEXUAL,
        firm=True,
    ),
    flag("(i'm|im|i am|i was|being|keep being|keeps being) (touched|groped|fondled)", SEXUAL),
    flag(
        "(i'm|im|i am|i was|being|keep being) (hit|hurt|slapped|beaten|kicked|punched|threatened)",
        PHYSICAL,
        severity="medium",
        unless=("sport", "game"),
    ),
    flag(
        "(threaten|threatening|threatened|threatens) (me|us|to (hurt|kill|stab|batter|hit) "
        "(me|us))",
        DANGER,
        EMOTIONAL,
        severity="high",
    ),
    flag(
        "(i'm|im|i am) ending it|(end|ending) (everything|it all)|(can't|cannot|cant|cannae) "
        "go on (anymore|any more|like this|living)|^ kill me",
        SUICIDE,
        unless=("game",),
    ),
    # The letter must be named a suicide or goodbye one: "I've written a letter to the council"
    # is what adults complaining say most (a bare "I've written my letters" still escalates a
    # disclosure, as a plan). A goodbye letter can be to a teacher who is retiring (blind set CB).
    flag(
        "(i've|i have|ive|i) (written|wrote|left|writing|write) (a|my) suicide (note|letter)",
        SUICIDE,
        severity="immediate",
        firm=True,
    ),
    flag(
        "(i've|i have|ive|i) (written|wrote|left|writing|write) (a|my) goodbye (note|letter)|"
        # Said alone, as a sentence of its own: "i wrote my note. its under my pillow".
        "^ (i've|i have|ive|i) (written|wrote|left) ((a|my|the) note|my (letter|letters|notes)) $|"
        "(written|wrote|left|writing|write) (a|my) (note|letter) ~3 (to say|saying) (bye|goodbye|"
        "goodbyes)|(note|letter|notes|letters) ~6 (under my pillow|for (my)? (mum|mam|maw|mom|dad|"
        "da|family|them|everyone|her|him) to find)",
        SUICIDE,
        severity="immediate",
    ),
    flag(
        "^ (took|taken|swallowed|necked|downed) (pills|tablets|paracetamol|painkillers|"
        "a load of|loads of|all)",
        "self_harm",
        SUICIDE,
        unless=("medication",),
    ),
    flag(
        "(not|don't feel|dont feel|do not feel|never feel|never) safe|unsafe|(home|house|it) "
        "(isn't|is not|isnt|aint|ain't) safe",
        DANGER,
        severity="medium",
        unless=("safe_harmless",),
    ),
    context(
        "(safe space|safe place to|safe word|fail safe|safe to say|not safe for (work|kids "
        "to eat)|road safety|bus stop|crossing|pavement|playground equipment|swings|climbing "
        "frame|food safety|building|roof|ceiling|cladding|wiring|electrics|fire door|fire exit|"
        "scaffolding|safe and unsafe|unsafe touch|safe touch|rat poison|broken glass|needles|"
        "syringes|play park|dog poo|streetlight|streetlights|street light|street lights|street "
        "lighting|lamp post|underpass|walking the dog|dark path|footpath)",
        "safe_harmless",
    ),
    flag(
        "(have to|had to|make me|made me|makes me|forced to|force me|making me|forcing me) "
        "(carry|sell|deal|deliver|hold|move|run|stash) ({DRUGS}|for (them|him|her|the gang))",
        EXPLOITATION,
        unless=("game", "postal"),
    ),
    context(
        "(post office|postie|royal mail|parcel locker|recorded delivery|to my (gran|grans|nan|"
        "nans|granny|grannys|auntie|aunties|gran's|nan's|granny's|auntie's))",
        "postal",
    ),
    flag(
        "(nudes|nude pics|nude photos|naked pics|naked photos|naked pictures) of (me|myself|my "
        "body)|(pics|pictures|photos|videos|selfies|vids) of (myself|my body)",
        SEXUAL,
        EXPLOITATION,
        firm=True,
    ),
    # "Pics of me" can be a sister's joke on her story (blind set CM), so an idiom may stand it
    # down; who takes them, and of what, is said by the rules around it.
    flag(
        "(pics|pictures|photos|videos|selfies|vids) of me",
        SEXUAL,
        EXPLOITATION,
    ),
    flag(
        "(met|know|knew|from|on) (online|gaming|on snap|snapchat|insta|instagram|tiktok|discord|"
        "roblox|a game|xbox|ps4|ps5) ~6 (send|sending|asks|asking|wants|wanted|keeps asking) ~3 "
        "(pics|pictures|photos|nudes|videos|selfies)",
        SEXUAL,
        EXPLOITATION,
        firm=True,
    ),
    flag(
        "(asking|asks|asked|wants|keeps asking) (me)? (for|to send) (pics|pictures|photos|"
        "nudes|selfies) ~3 (online|on snap|on insta|on discord)",
        SEXUAL,
        EXPLOITATION,
        firm=True,
    ),
    flag(
        "^ (no|nae) food|with no food|(we're|were|we are|i'm|im|i am|been|we've been|weve been) "
        "(alone|on our own|on my own) ~5 (mum|mam|dad|da|parents|nobody|no one|no food|days|"
        "all weekend|not back|hasn't come|hasnt come)|(nobody|no one|noone|naebody) (has|s)? "
        "(come|been) (home|back)|(nobody|no one|noone|naebody|no ones|nobodys) (is)? "
        "(looking after|feeding) "
        "(us|me)|^ left alone",
        "neglect",
    ),
    flag(
        "(leaves|left|leave) (me|us) ~4 (alone|on my own|on our own) ~3 (all|for|overnight|"
        "weekend|days|night)",
        "neglect",
    ),
    # Blind set CZ, in four languages: "im 15 and mum left me home alone for an hour while she
    # went to asda, is that illegal?" An hour alone at twelve or older is ordinary.
    idiom(
        "(im|i am|am|aged|age) {TEEN_AGE} ~12 (alone|on my own|by myself|on our own) (for)? "
        "({A_FEW_HOURS})|(alone|on my own|by myself|on our own) (for)? ({A_FEW_HOURS}) ~12 (im|i "
        "am|am|aged) {TEEN_AGE}"
    ),
    flag(
        "(kicked|kick|kicks|threw|throw|throws|chucked|flung|put) (me|us) out (of)? (the|my|our)? "
        "(house|hoose|home|flat)|(nowhere|no where|naewhere|no place) (to|tae) (sleep|stay|go) "
        "(tonight|the night|2nite)",
        "neglect",
        DANGER,
        severity="high",
    ),
    flag(
        "(post|share|send|leak|show|put) (my|the|those|them) (pics|pictures|photos|nudes|"
        "videos|vids|images) ~4 (unless|if i don'?t|if i dont|if i dinnae|to everyone|online|"
        "to my (school|friends|mum|dad|family))",
        EXPLOITATION,
        firm=True,
    ),
    flag(
        "(says|said|threaten*|going to|gonna|will|'ll|ll|hell|shell|theyll|he'll|she'll|"
        "they'll) ~2 (post|share|send|leak|show) (my|the) (pics|pictures|photos|nudes|videos)",
        EXPLOITATION,
        firm=True,
    ),
    flag(
        "(gang|older boys|older guys|older lads|some men|they|them) ~3 (make|makes|made|making) "
        "(me|us) (carry|deliver|hold|sell|run|move|stash|hide) (stuff|things|packages|parcels|"
        "bags|gear|drugs|it)",
        EXPLOITATION,
    ),
    # A third colleague's hold-out showed these (measured before this fix: recall 0.90) --------
    flag(
        "(throws|threw|throwing|chucks|chucked|chucking|hurls|hurled) (things|stuff|plates|"
        "cups|bottles|chairs|knives|shoes|glasses|the remote)? at (me|us|my head|my (mum|mam|"
        "maw|wee|little))",
        PHYSICAL,
        DOMESTIC,
        unless=("sport", "game", "play"),
    ),
    flag(
        "(scared|afraid|frightened|feart|terrified|worried) ~5 (will|gonna|going to|is going to|"
        "might|would) (kill|hurt|batter|hit|beat|stab|strangle) (me|us)",
        DANGER,
        PHYSICAL,
        severity="high",
        firm=True,
    ),
    flag(
        "(not allowed|never allowed|aren't allowed|arent allowed|cant|can't|dont get|don't get) "
        "(to)? (eat|have food|have dinner|have tea|have breakfast)|(sent|send|sends|go) to bed "
        "(with no|without|wi nae) (tea|dinner|food|supper)|(lock|locks|locked|padlock*) (the)? "
        "(fridge|cupboards|cupboard|food|kitchen)",
        "neglect",
        EMOTIONAL,
        unless=("rules", "fasting"),
    ),
    # Blind set CN: not allowed to eat at the table with a phone (a house rule); the PE cupboard
    # locked at school.
    idiom(
        "(eat|have dinner|have tea|have lunch|have breakfast) (at the table)? with (my|a|our|the) "
        "(phone|phones|tablet|ipad|headphones|hat|cap|console)|lock (the|a) cupboard ~6 (pe|gym) "
        "(stuff|kit|equipment)"
    ),
    context(
        "(operation|surgery|appendix|anaesthetic|anesthetic|fasting|nil by mouth|ramadan|blood "
        "test|before the op|theatre|endoscopy|colonoscopy)",
        "fasting",
    ),
    context(
        "(in class|in the classroom|in lessons|in the lesson|in the library|on the bus|"
        "in the pool|in assembly|during (class|lessons|the lesson|exams|the exam)|in the shop)",
        "rules",
    ),
    flag(
        "(i have|i've got|ive got|i got|bought|hidden|hid|hiding|keep|kept|saved|saving) (a|some|"
        "my)? (rope|noose|blade|blades|razor|razors|pills|tablets) ~3 (in|under|hidden|for|to)",
        SUICIDE,
        "self_harm",
        severity="medium",
        unless=("medication",),
    ),
    flag(
        "(other|another|different) (towns|town|cities|city|places|areas) ~4 (drop|deliver|take|"
        "carry|bring|hand over) (stuff|things|packages|parcels|bags|gear|drugs)",
        EXPLOITATION,
    ),
    flag(
        "(send|sent|sending) (a|the|my|him|her|them)? (video|vid|vids|pic|pics|picture|photo|"
        "photos|nudes) ~8 (money|cash|pay|more pics|more videos|or he|or she|or they)",
        EXPLOITATION,
        SEXUAL,
        firm=True,
    ),
    flag(
        "(mum|mam|maw|mom|dad|da|parents|carer|carers|gran|stepmum|stepdad|mums|dads|mams|"
        "parents) (has|have|is|are|s)? "
        "(been)? (gone|away|out|missing) (for)? (days|all weekend|a week|2 days|3 days|two days|"
        "three days|since friday|since monday|overnight|all night)",
        "neglect",
    ),
    flag(
        "(nobody|no one|noone|naebody|they dont|they don't|they wont|they won't|mum wont|"
        "mum won't|dad wont|dad won't|never) (take|takes|taking|took) (me|us) to (the)? (doctor|"
        "doctors|dentist|hospital|gp)",
        "neglect",
    ),
    # Written by the lead before tuning (recall 0.80 on 30 fresh disclosures): contact with the
    # body, harm to younger children, threats of injury, no home, courting a child, recruitment.
    flag(
        "{PERP_ADULT} ~3 (touch|touches|touched|touching|grope|gropes|groped|strokes|stroked|"
        "rubs|rubbed|feels|felt) (my|me on my|her|his) (legs|leg|thigh|thighs|bum|bottom|chest|"
        "boobs|private|privates|private parts|body|down there|willy|fanny)",
        SEXUAL,
        severity="high",
        unless=("medical",),
    ),
    context(
        "(doctor|nurse|gp|dentist|physio|examined|examination|check up|checkup|injection|"
        "jab|hospital)",
        "medical",
    ),
    flag(
        "{PERP_ADULT} ~3 (hits|hit|hitting|beats|beat|batters|whips|whipped|slaps|slapped|"
        "kicks|kicked|punches|punched|belts|skelps|hurts) (the|my|our)? (wee ones|little ones|"
        "kids|children|weans|bairns|baby|babies|younger ones|wee ones|toddler|brother|sister|"
        "brothers|sisters|twins)",
        PHYSICAL,
        unless=("sport", "game", "play"),
    ),
    flag(
        "(said|says|threatened|told me|tells me|telt me|shouted|shouts|screamed|screams|yelled|"
        "yells|roared|bawled) (he|she|they|that he|that she)? (would|"
        "will|'ll|ll|gonna|going to|wid) (break|snap|smash|hurt|kill|batter|burn|stab|cut) (my|me|"
        "us)",
        DANGER,
        PHYSICAL,
        severity="high",
        firm=True,
    ),
    flag(
        "(sleep|sleeping|slept|living|live|stay|staying) in (the|a|our|his|her|dads|mums)? (car|"
        "van|tent|stairwell|close|hostel|bus shelter|park)|(got|been|were|are being|getting) "
        "(evicted|made homeless|kicked out of our (flat|house|home))",
        "neglect",
        DANGER,
        severity="medium",
        # Blind set DG: a history role play where half the class "got evicted" in the Clearances.
        unless=("holiday", "behind_us", "history"),
    ),
    context(
        "(camping|holiday|festival|road trip|caravan site|for fun|staycation|"
        # Blind set DQ: a night in a tent in the garden "for a Scouts badge".
        "scouts|scout|cubs|beavers|brownies|guides|rainbows|badge|dofe|duke of edinburgh|campout|"
        "camp out)",
        "holiday",
    ),
    # Blind set CT: "we got evicted in 2019 and slept in the car for a week, but that's long
    # behind us".
    context("(long|well|way|all|now|far) behind (us|me|them)", "behind_us"),
    # Blind set CT, an answer about contact: "ring my gran's number not mine, the men my brother
    # works for took my phone and said they know where we stay". Said to a family, that is a
    # threat, whoever says it.
    flag(
        "(said|say|says|sez|sed|saying|told me|told us|telt me|tells me|keep saying|keeps saying|"
        "texted|messaged|threatened|sent) (that)? (they|he|the men|the boys|the gang) (know|knows|"
        "kno|ken) where (we|i|me and my mum|my family|my mum|my gran) (live|lives|stay|stays|bide|"
        "bides|sleep|are)",
        EXPLOITATION,
        severity="medium",
    ),
    flag(
        "(uncle|man|guy|adult|teacher|coach|neighbour|stepdad|older boy|older guy|grown up) ~6 "
        "((me|im|i'm|i am|be|become|as|like|call me|calls me|called me) (his girlfriend|his gf|his "
        "wife|his girl|his boyfriend)|my boyfriend|my bf|going out with me|date me|dating me|in "
        "love with me|loves me like)",
        SEXUAL,
        severity="high",
        firm=True,
    ),
    # ("Too" is not listed: doubled letters fold, so it would read as any "to".)
    flag(
        "(gang|older boys|older guys|dealers|the boys|they) ~5 (want|wants|wanted|asking|asked|"
        "trying to get|tryna get|are getting) (me|us|my (wee|little) (brother|sister)) (as well|"
        "an aw|and all|to join|to work|to sell|to carry|to deal|to run)",
        EXPLOITATION,
    ),
    # Blind sets E and F: a child taken, moved between towns, brought here to work -----------------
    flag(
        "(a|some|this|an) (car|van|stranger|strangers) (took|grabbed|snatched|bundled|dragged) "
        "(my|our|a) ~2 (brother|sister|son|daughter|child|kid|wean|bairn|boy|girl|pal|friend)|"
        "(grabbed|snatched|bundled|dragged) (my|our) ~2 (brother|sister|son|daughter|child|kid|"
        "wean|bairn|pal|friend) (into|in) (a|the|his|their|an) (car|van|motor|taxi)",
        DANGER,
    ),
    flag(
        "(takes|took|taking|drives|drove|driving) (me|us|her|him) to (houses|flats|parties|hotels|"
        "different houses|strangers houses) in (different|other|loads of|lots of) (towns|cities|"
        "places|areas)",
        EXPLOITATION,
    ),
    flag(
        "(brought|bring|took|smuggled|trafficked) (me|us) (to|into|over to) (the uk|uk|britain|"
        "scotland|england|this country) ~10 (never go out|cant leave|can't leave|not allowed "
        "out|not allowed to leave|never go to school|dont go to school|don't go to school|dont "
        "let (me|us) go to school|no pay|without pay|for free|all day)",
        TRAFFICKING,
    ),
    flag(
        "(promised|offered) (me|us|her) (a job|work|a place at school|school) ~12 (cant leave|"
        "can't leave|not allowed out|not allowed to leave|locked in|take all the money|take all "
        "my money|men come)",
        TRAFFICKING,
        EXPLOITATION,
    ),
    flag(
        "(kept|keeps|locked|hid|hidden) (us|me) in (a|the|the back of a) (lorry|truck|"
        "container|van) for (days|hours|a day|two days|three days|weeks)",
        TRAFFICKING,
    ),
    flag(
        "(he'll|he will|hel|she'll|she will|he's going to|hes going to|he's gonna|hes gonna|says "
        "he'll|says hel|keeps saying he'll|keeps sayin hel) end it for (all of us|us all|the lot "
        "of us|the whole family|the family)",
        DANGER,
        DOMESTIC,
        severity="immediate",
    ),
    flag(
        "(do|doing|copy|copying|repeat|same as) (what|like)? (the)? (christchurch|columbine|"
        "dunblane|sandy hook|parkland|uvalde|buffalo|utoya|plymouth) (shooter|shooters|gunman|"
        "killer|did|shooting)",
        RADICALISATION,
        DANGER,
    ),
    flag(
        "help ~1 (he's|hes|he is|they're|theyre|she's|shes) (back|here|outside|at the door|inside|"
        "coming in|breaking in)",
        DANGER,
        severity="immediate",
    ),
    # Blind set CH, in emoji then words: "🔪 + 👨 + 😱 dad is coming up the stairs".
    flag(
        "{WEAPON} ~2 (he|hes|he's|she|shes|she's|they|dad|da|stepdad|mums boyfriend|mum|mam|"
        "someone|a man) (is|s|are|re)? (coming|comin) (upstairs|up the stairs|to my room|into my "
        "room|for me|for us)",
        DANGER,
        "physical_abuse",
        severity="immediate",
    ),
    # Blind set U: children used by dealers or gangs; men leaving with children; recruitment.
    flag(
        "(kids|children|boys|girls|year olds|weans|bairns|teenagers|younger ones|wee ones) ~4 (as|"
        "to be|for) (lookouts|look outs|runners|drug runners|mules|drug mules)",
        EXPLOITATION,
        unless=("fiction", "education"),
    ),
    flag(
        "(grown|older|strange|adult) men ~10 (leave|left|leaving|go off|went off|drive off|drove "
        "off) with (them|the kids|kids|girls|boys|school kids|the girls|the boys)",
        EXPLOITATION,
    ),
    flag(
        "(recruiting|recruited|recruits|recruit) (younger|young|wee)? (kids|boys|girls|children|"
        "teenagers|pupils) (into|to join|for) ~4 (group|gang|movement|militia|army)",
        RADICALISATION,
        EXPLOITATION,
        unless=("fiction",),
    ),
    # Presence and timing that make a flagged disclosure immediate ---------------------------------
    now(
        "(he|she|they|hes|shes|theyre|dad|da|dads|das|stepdad|stepdads|mums boyfriend|him|someone|"
        "a man) (is|s|are|re|just|has)? (going mental|kicking off|raging|going off on one|"
        "losing it|here|home|back|outside|downstairs|in the next room|at the door|coming|"
        "on his way|on her way|drunk again|raging)"
    ),
    now("(right now|rn|at the moment|as we speak|as i type|just now)"),
    now("(hiding|hidin|hid|locked myself|locked ourselves) (in|under|inside)"),
    now(
        "(tonight|2nite|2night|tonite|tnite|the night|this evening|when i get home|when i go home|"
        "when he gets home|when she gets home|when they get home|after school|home time|later|"
        "again tonight)"
    ),
    now("{PERP} ~3 (has|got|with|holding) (a|his|her|the) {WEAPON}"),
    # Contexts that cancel violence-against-others rules -------------------------------------------
    tag(
        "(bully|bullies|bullied|bullying|bullys|cyberbull*|cyber bull*|classmates|kids at school|"
        "boys at school|girls at school|boys in my class|girls in my class|boys in my year|"
        "girls in my year|people at school|ppl at school|everyone at school|some girls|some boys|"
        "a boy in my class|a girl in my class|older kids at school|at school|in school|in class|"
        "in the playground|on the school bus|in the school toilets)",
        BULLYING,
        *PEER_HARMS,
    ),
    context(
        "(fortnite|minecraft|roblox|call of duty|cod|warzone|gta|grand theft auto|apex|"
        "valorant|overwatch|fifa|eafc|xbox|ps4|ps5|playstation|nintendo|switch|among us|pubg|"
        # Not a bare "halo": "Halò" is how a Gaelic message says hello.
        "halo infinite|on halo|in halo|playing halo|skyrim|elden ring|zelda|pokemon|brawl stars|"
        "clash royale|clash of clans|rust|dayz|rainbow six|csgo|cs go|counter strike|league of "
        "legends|lol game|dota|doom|"
        "resident evil|the last of us|zombies|boss fight|the boss|final boss|respawn|respawned|"
        "game|games|gaming|gamer|level|levels|lobby|squad|video game|console|online match|"
        "battle royale|my character|my avatar|npc|npcs|skin|skins|headshot|noob|pvp|mob|mobs|"
        "mission|missions|walkthrough|quest|quests|side quest|the map|whole map|"
        "creeper|ender dragon|server|"
        # Blind set FU: "they ambushed me at laser tag after school", a birthday party.
        "laser tag|laser quest|quasar|paintball|airsoft|nerf war|nerf)",
        "game",
    ),
    # A made-up or reported story. Words with everyday senses count only framed as a story: a
    # "long story", children out "to play" and a stepdad who "watches tv" stood down a stepdad
    # strangling a mum (blind set BY).
    context(
        "(film|films|movie|movies|(a|the|this|that|our|my) (book|books|novel) (about|where|we|i|"
        "in which)|(reading|read|in) (a|the|my|our|this|that)? (book|novel)|(a|the|this|that|"
        "short|bedtime) (story|"
        "stories) (about|where|of|in which|we|i|in)|stories about|(a|the|school|our) play|(a|the|"
        "tv|this|that|netflix) (show|series|episode|programme|program|drama|soap)|(hospital|"
        "medical|police|crime|period|courtroom) (drama|dramas|series|show|soap)|tv show|tv "
        "series|on (the)? (tv|telly)|drama class|drama lesson|creative writing|writing a story|"
        "write a story|anime|manga|cartoon|netflix|"
        "eastenders|river city|"
        "character|characters|macbeth|romeo and juliet|hamlet|of mice and men|"
        "lord of the flies|an inspector calls|english class|english homework|essay|poem|poetry|"
        "history class|history lesson|fiction|documentary|in the news|on the news|the news "
        "(said|says|reported|showed)|news time|newstime|(a|the|news) (report|reports|bulletin) "
        "(about|on|of)|"
        "(series|show|programme|drama|documentary|podcast|article|video|clip|novel|book) about|"
        "new (series|"
        "show|drama)|showed us a (video|film|clip)|"
        "song|lyrics|podcast|bbc|article|headline|headlines|newspaper|radio|inquiry|i read that|"
        "read about|the bit where|the scene where|the part where|the episode where|the chapter "
        "where|"
        # Blind set DX: a youth drama group's West Side Story, "a knife fight and all,
        # choreographed".
        "drama group|youth theatre|rehearsal|rehearsals|choreographed|stage fight|stage combat|"
        "musical|west side story|panto|pantomime|"
        # Blind set FR: "the kids loved the bits about plague and beheadings" at Horrible Histories.
        "horrible histories|"
        # Blind set FY: the school show "is about a girl escaping a forced marriage"; the S3s "did
        # a piece about domestic abuse" in drama.
        "school show|school play|school production|in drama|drama class|drama lesson|a piece "
        "about|did a piece|reading list)",
        "fiction",
    ),
    context(
        "(pshe|rme|rmps|pse|assembly|workshop|lesson|lessons|talk about|talk on|talks about|"
        "learned about|learnt about|learning about|learn about|taught us about|teach us about|"
        "teaches us about|teaching us about|project on|project about|project|modern studies|"
        "first aid|topic|essay|"
        "presentation|training|a talk|had a talk|gave a talk|talk from|guest speaker|geography|"
        "biology|science|social studies|sociology|psychology|online safety|internet safety|"
        "e safety|esafety|session on|sessions on|prevent contact|prevent lead|prevent duty|"
        "poster about|awareness|guidance class|guidance lesson|in guidance|pshe|rshp|pse|"
        "campaign|leaflet|documentary|debate|debated|debating|studying|revision|research|"
        # Blind set CW: "Read in the Courier about county lines gangs in Fife. Is the council
        # running any info sessions for parents?"
        "info session|info sessions|information session|information sessions|info evening|"
        "information evening|what to look out for|signs to look out for|signs to look for|"
        "warning signs|in the news|on the news|newspaper|news article|an article|"
        # Blind set DG: "the sex ed programme covers FGM and forced marriage in S2".
        "sex ed|sex education|rse|relationships education|programme covers|curriculum|course "
        "materials|teaching materials|"
        # Blind set DU: "they learned how recruiters groom young people online" at an
        # anti-extremism talk; "what does cuckooing mean? it was in the paper".
        "learned how|learnt how|taught us how|taught them how|anti-extremism|anti extremism|"
        "what does ~3 mean|in the paper|in the papers|local paper|"
        # Blind set FQ: "Loved the online grooming talk at parents' evening".
        "(grooming|online safety|internet safety|county lines|drugs|knife crime) (talk|talks|"
        "session|sessions|evening|workshop)|news story|news stories|"
        # Blind sets GC and GE: "we did modern slavery in RE"; an Advanced Higher dissertation.
        "in re|in rme|in rmps|in pshe|in pse|in modern studies|dissertation|advanced higher)",
        "education",
    ),
    context(
        "(pocket money|allowance|birthday money|for my chores|for doing chores|for the chores|"
        "babysitting money|paper round)",
        "pocket_money",
    ),
    context(
        "(history|historical|holocaust|ww2|world war|in the war|during the war|slave trade|"
        "transatlantic|vikings|"
        "viking|medieval|the romans|tudors|victorians|victorian|"
        "tobacco lords|plantation|plantations|abolition|civil war|romans|egyptians|ancient|"
        "highland clearances|clearances|jacobites|mary queen of scots|queen of scots|henry viii|"
        "back in the day|in my day|in his day|in her day|"
        "in the (50s|60s|70s|80s|fifties|sixties|seventies|eighties)|olden days|teachers were "
        "allowed)",
        "history",
    ),
    context(
        # Not "mma": doubled letters collapse, and "ma" is Scots for "my" and "mum".
        "(football|fitba|rugby|boxing|karate|judo|taekwondo|ufc|cage fighting|kickboxing|"
        "sparring|match|training|pe|p e|hockey|shinty|cricket|tennis|dodgeball|rounders|basketball|"
        "netball|wrestling|jiu jitsu|martial arts|self defence|self defense|the ball|tackle|"
        "tackled|sports day|tug of war|skipping|abseiling|climbing wall|pitch|on the pitch|"
        "game|chess|draughts|checkers|boks|roller derby|derby|"
        # Blind set DL: "got kicked in the back at fives again, ref did nothing".
        "pitches|the ref|referee|referees|fives|five a side|5 a side|sevens|seven a side|"
        # Blind set DR: "playing the boys fae the next scheme in the cup, they're gettin battered".
        "the cup|in the cup|cup final|cup tie|the league|league match|fixture|fixtures|"
        # Blind set EE: "my dad broke my finger playing catch in the garden".
        "playing catch|play catch|game of catch)",
        "sport",
    ),
    context(
        "(shopping|groceries|the messages|bags from the car|shopping bags|bins|recycling|big shop|"
        "the shop|the shops|forgot to shop|chippy|takeaway|pizza|ordering in|order in|delivery)",
        "shopping",
    ),
    context(
        "(only|just|is|hes|shes|he's|she's) (1|2|3|4|one|two|three|four) (years old|year old|"
        "yo)?|toddler|toddlers|a baby|the baby|baby brother|baby sister|wee baby|only wee|"
        "too wee",
        "young_sibling",
    ),
    context(
        "(play fighting|play fight|playfighting|play fought|tickle fight|pillow fight|"
        "wrestling for fun|messing about|mucking about|mucking around|horsing around|"
        "rough and tumble|carry on|carrying on|pillow|pillows|foam|nerf|snowball|snowballs|"
        "water balloon|water pistol|water gun|"
        # "screaming 'no daddy no' while he chases her with the hose, she's in fits of giggles"
        "fits of giggles|giggling|giggles|in stitches|with the hose|water fight)",
        "play",
    ),
    context(
        "(kitchen|cooking|cook|chef|chopping|chop|cutting board|butter knife|bread knife|"
        "dinner|tea|cutlery|knife and fork|sharpen|sharpening|carving|whittling|cafe|"
        "restaurant|canteen|dinner hall|cake|birthday cake|candles|butcher|careers fair|career day|"
        "knife block|knife set|knife skills|chefs|catering|catering course|fixin the|fixing the|"
        "putting up (a|the) (shelf|fence|"
        "picture)|"
        # Blind set EJ: a gamekeeper's gun, "locked in a metal cabinet ... he showed us the
        # licence". A weapon only held: one turned on someone is another rule's.
        "gamekeeper|gun licence|firearms licence|firearm licence|shotgun certificate|gun cabinet|"
        "locked in (a|the) (metal)? cabinet|clay pigeon|clay pigeons|deer stalking)",
        "weapon_harmless",
    ),
    # Blind set CM: the pictures two young people sent each other got hold of and linked;
    # someone filming girls getting changed; a mother who films her child upset for her channel.
    flag(
        "(got hold of|leaked|shared|posted|spread|put up|uploaded|sent round|passed round|sending "
        "round|selling) (the|our|my|her|his)? (stuff|pics|pictures|photos|videos|vids|nudes|images|"
        "snaps) (we|i|she|he) (sent|shared|took|made|swapped) (each other|to each other|him|her|"
        "me)",
        SEXUAL,
        EXPLOITATION,
    ),
    flag(
        "(filming|filmed|films|recording|recorded|records|photographing|taking (pics|photos|"
        "videos) of) (girls|boys|kids|children|pupils|us|me|her|him|them) ~2 (getting changed|"
        "changing|in the showers|showering|undressed|undressing|in the toilets|in the changing "
        "rooms|naked)",
        SEXUAL,
        EXPLOITATION,
    ),
    flag(
        "(films|filming|filmed|records|recording|recorded) (me|him|her|us) (when|while|whenever) "
        "(im|i'm|i am|he's|hes|she's|shes|we're|were|he is|she is) (upset|crying|sad|scared|"
        "frightened|angry|hurt|in pain|having a meltdown)",
        EMOTIONAL,
        EXPLOITATION,
        severity="medium",
    ),
    # Blind set CK: "they pushed ma wee brother intae the canal an laughed... he cannae swim".
    flag(
        "(pushed|pushes|threw|flung|shoved|chucked|dragged) (ma|my|his|her|a|the)? "
        "(wee|little|young|younger)? ({SIBLING}|him|her|me|us|boy|girl|kid|pal) (into|intae|in|"
        "aff|off|over) the (canal|river|loch|sea|harbour|quarry|pond|reservoir|burn|dock|docks)",
        BULLYING,
        PHYSICAL,
        unless=("play",),
    ),
    # Blind set CJ, asked as questions: children hidden in the back of vans past the port; an
    # "agent" who says a 16-year-old sister must travel first; a man giving the under-13s weed
    # and taking them to his car one at a time.
    flag(
        "(kids|children|people|weans|girls|boys|my cousins|them) (in|into) the back of (vans|a van|"
        "the van|lorries|a lorry|the lorry|trucks|a truck) ~4 (without|so) ~3 (found|caught|seen|"
        "checked|noticed|stopped)",
        TRAFFICKING,
    ),
    flag(
        "(agent|the man|the woman|a man|a woman|they|he|she|uncle) (said|says|told us|told me) "
        "(my|our) (sister|brother|cousin|daughter|son|wee sister|wee brother|niece|nephew) ~2 (has "
        "to|must|needs to|should) (go|travel|come|leave) (first|alone|on (her|his) own|without "
        "us|ahead)",
        TRAFFICKING,
        EXPLOITATION,
        severity="medium",
    ),
    flag(
        "(giving|gives|gave|selling|sells|sold) (the)? (kids|children|weans|bairns|under #s|under "
        "#|younger ones|boys|girls|teenagers|pupils|year #s|first years) (weed|drugs|vapes|"
        "alcohol|booze|cigarettes|pills|cannabis|edibles)",
        EXPLOITATION,
    ),
    flag(
        "(taking|takes|took|brings|bringing) (them|kids|the kids|children|girls|boys|the girls|the "
        "boys|the weans) (to|into|in) (his|her|their|a) (car|van|flat|house|caravan) (one at a "
        "time|alone|on their own|separately)",
        SEXUAL,
        EXPLOITATION,
    ),
    # Blind set DL: "hes back. please" (the plea in a sentence of its own) and "hes back please".
    flag(
        "(he's|hes|he is|they're|theyre|she's|shes|he|she) (back|here|outside|at the door|inside|"
        "coming in|breaking in|in the house) (please|pls|plz|help|help me|help us|someone help) $",
        DANGER,
        DOMESTIC,
    ),
    hint(
        "^ (he's|hes|he is|they're|theyre|she's|shes|he|she) (back|here|outside|at the door|"
        "inside|coming in|breaking in|in the house) $",
        "arrived",
        DANGER,
    ),
    hint(
        "^ (please|pls|plz|help|help me|help us|please help|please help me|someone help|hurry|"
        "quick|please hurry) $",
        "plea",
        DANGER,
    ),
    # ...a salute in the corridor, and stickers round the school with a website on them.
    flag(
        "(doing|did|do|does|giving|gave|give|making|made) (the|a)? (nazi|hitler|heil|sieg heil|"
        "white power|fascist) (salute|salutes|sign|signs)",
        RADICALISATION,
        severity="medium",
        unless=("history", "fiction"),
    ),
    hint(
        "(doing|did|do|does|giving|gave|give|making|made) (the|a)? (salute|salutes)",
        "extremist_symbol",
        RADICALISATION,
    ),
    hint(
        "(stickers|leaflets|flyers|posters) ~6 (with|wi) (a|the)? (website|web address|telegram|qr "
        "code|qr codes|link|channel|group)",
        "propaganda",
        RADICALISATION,
    ),
    # Three held-out disclosures only the model caught until the everyday teenage twins joined
    # training, now the rules' own: a man at a gaming shop telling a boy he "could make loads as
    # a runner", with a phone that has one number in it; "had to stab a boy in the leg to get
    # in" (a gang's initiation).
    flag(
        "(make|making|earn|earning|get|getting) (loads|money|good money|easy money|cash|a fortune|"
        "## quid|hundreds|a grand) ~3 (as a|being a|as) (runner|runners|courier|shotter|lookout|"
        "look out)",
        EXPLOITATION,
        severity="medium",
        unless=("fiction", "education", "sport", "legit_runner"),
    ),
    # A runner in a race, or a runner's job in a restaurant or on a film set.
    context(
        "(marathon|marathons|athletics|running club|parkrun|park run|5k|10k|cross country|sprint|"
        "sprinter|race|races|olympics|restaurant|kitchen|food runner|hotel|film set|production)",
        "legit_runner",
    ),
    hint(
        "(phone|mobile|burner) (that|which|with)? (only has|has only|only got|has just|just has) "
        "(one|1|a single) (number|contact)",
        "phone_given",
        EXPLOITATION,
    ),
    flag(
        "(had to|have to|has to|made me|make me|told me to|tellin me to|telling me to) (stab|cut|"
        "slash|chib|batter|jump|rob|beat up|do in|smash) (a|some|this|another)? (boy|guy|lad|"
        "someone|somebody|kid|man|wee guy|person) ~6 (to get in|to join|to be part of|to prove|to "
        "be in|for the initiation|as initiation|to get initiated)",
        EXPLOITATION,
        "physical_abuse",
    ),
    # Blind set DP: "aye my sister got it done too. the cutting down there".
    # Firm: "cutting down" on something is an idiom, but not down there.
    flag("(the)? (cutting|cut) (down there|doon there)", MARRIAGE_FGM, firm=True),
    # ...a son who "talks about martyrs now and hides his chats from us".
    hint(
        "(talks|talking|talk|going on|goes on|keeps talking|obsessed|on about) (about)? (martyrs|"
        "martyrdom|jihad|the caliphate|race war|white genocide|the great replacement|holy war)",
        "extreme_content",
        RADICALISATION,
    ),
    hint(
        "(hides|hiding|hid|deletes|deleting|locks) (his|her|their|the) (chats|messages|phone|"
        "screen|texts|history|apps)",
        "hidden_chats",
        RADICALISATION,
        SEXUAL,
        EXPLOITATION,
    ),
    # Blind set DQ: a duty "to go and fight overseas", flights paid; bags sold "for him at the
    # park"; a boy pushed in the river who can't swim.
    flag(
        "(duty|obligation|have to|need to|must) (to)? (go and|go)? (fight|join the fight|join the "
        "fighters|wage jihad) (overseas|abroad|for the cause|in syria|for allah|for the ummah|for "
        "the brothers|for our people|in the war)",
        RADICALISATION,
        unless=("history", "fiction", "education"),
    ),
    hint(
        "(pay|pays|paying|paid|cover|buy|buying) (for)? (their|your|my|his|her|our) (flights|"
        "flight|tickets|ticket|travel|plane tickets) ~8 (fight|fighting|join|the cause)",
        "travel_paid",
        RADICALISATION,
    ),
    flag(
        "(sell|selling|sold|shift|shifting|move|moving|drop|dropping) (wee|little|small)? (bags|"
        "bits|packages|parcels|stuff|gear|weed|pills) for (him|them|his mate|the big boys|the "
        "older boys|a guy) ~6 (at|in|round|outside) (the)? (park|school|shops|station|estate|"
        "street)",
        EXPLOITATION,
    ),
    flag(
        "(pushing|pushed|pushes|throwing|threw|chucked|chucking|dunked|dunking|shoved|shoving) "
        "(him|"
        "her|me|us|them|my (wee)? (brother|sister)) (in|into|intae) (the|a)? (river|canal|loch|sea|"
        "water|pond|burn|quarry|harbour|dock)",
        BULLYING,
        DANGER,
        unless=("sport", "game"),
    ),
    # Held-out disclosures only the model caught: "what if i just walked into the sea"; "lie
    # down in the road and let the next one take me".
    flag(
        "(what if|might|gonna|going to|could|should|want to|wanna) (i)? (just)? (walk|walked|"
        "walking) (into|in to) the (sea|loch|river|water|firth|canal|waves)",
        SUICIDE,
        unless=("sport",),
    ),
    flag(
        "(lie|lay|lying|laying) down (in|on) (the)? (road|middle of the road|motorway|tracks|"
        "railway|train tracks|line) ~4 (let|and let|till|until) (the|a)? (next one|bus|car|train|"
        "lorry|it|them) (take|hit|run over|get) (me|us)",
        SUICIDE,
    ),
    # Blind set DP: "no, he's in the next room", the answer to whether it is safe to talk or
    # to be phoned; the "no" first is what makes it one.
    flag(
        "^ (no|nah|naw|nope|not really|no its not|no it's not|no it isnt|no it isn't) ~1 (he's|hes|"
        "he is|she's|shes|she is|they're|theyre|they are|my dad's|dads|my stepdad's|stepdads|my "
        "mum's|mums) (in the next room|in the other room|next door|right here|beside me|"
        "listening|outside the door|right outside|outside my door)",
        DANGER,
        DOMESTIC,
        severity="medium",
    ),
    # Blind set DU, the rarer harms: a gun printed on a 3D printer and a document called
    # "manifesto"; "say yes on the video call or I would dishonour everyone"; told the police
    # will deport mum; six boys in a room, able to leave when they pay; a second phone that
    # never stops ringing.
    flag(
        "(printed|printing|3d printed|3d printing|3d print|3d-printed|3dprinted) (a|an|his own|her "
        "own|some|their own)? (gun|guns|firearm|firearms|pistol|rifle|ghost gun|glock|receiver|"
        "lower receiver)",
        DANGER,
        RADICALISATION,
        unless=("costume", "toy_gun"),
    ),
    # Not a bare "toy": "he printed a gun and says it's not a toy".
    context(
        "(cosplay|prop|props|nerf|toy gun|(its|it's|it is) (just)? a toy|model kit|replica for|"
        "halloween)",
        "toy_gun",
    ),
    hint(
        "(called|named|titled|labelled) (manifesto|my manifesto|the manifesto)|(writing|wrote|"
        "written|typed|typing|posted) (a|his|her|their)? manifesto",
        "extreme_content",
        RADICALISATION,
    ),
    flag(
        "(had to|have to|must|made me|make me|forced me to|told me to|said i had to) (say yes|"
        "agree|accept) ~8 (or|otherwise) ~4 (dishonour|dishonor|shame|disgrace|bring shame)",
        MARRIAGE_FGM,
    ),
    flag(
        "(if|when) (we|i|you|she|he) (speak|talk|go|tell|call|ring|phone) (to)? (the)? (police|"
        "polis|anyone|social work|social workers|teachers|the school) ~6 (deport|deported|"
        "deporting|"
        "send (us|her|him|me|them|you) back|sent back)",
        TRAFFICKING,
        EXPLOITATION,
    ),
    flag(
        "(can|could|can't|cant|cannot|not allowed to|allowed to) (leave|go|go home|stop working) "
        "(when|until|till|til|once|after) (we|i|they|you|he|she) (pay|paid|pay off|pay back|have "
        "paid|work off|worked off) (it|the debt|what we owe|what i owe|what they owe)?",
        TRAFFICKING,
        EXPLOITATION,
    ),
    flag(
        "(second|burner|other|extra|another|spare) (phone|mobile) (that|which)? ~2 (never stops|"
        "always|keeps|constantly|won't stop|wont stop) (ringing|going off|buzzing)",
        EXPLOITATION,
        severity="medium",
    ),
    # Blind set DT: an S5 boy who searched the bridge and asked whether the water there is deep.
    hint(
        "(searched|googled|looked up|searching|googling|looking up) (for)? (the)? (bridge|cliff|"
        "cliffs|multi storey|multistorey|how high|how deep|how tall|the height of)",
        "research_means",
        SUICIDE,
    ),
    hint(
        "(if|whether|how) (the)? water (there|under it|below)? (is|was|s) (deep|deep enough|cold|"
        "freezing)",
        "water_depth",
        SUICIDE,
    ),
    # ...a mother asking where to have her daughter of eight cut "so she is clean".
    flag(
        "(cut|cutting|circumcise|circumcising|circumcised|cut her) (her|my|their|our|the)? ~3 "
        "(daughter|girl|girls|(#|##) (year old|yr old|yo)|baby girl|wee girl) ~6 (so she is clean|"
        "so shes clean|so she's clean|be clean|to be clean|clean|pure|sunna|sunnah|tradition|"
        "custom)",
        MARRIAGE_FGM,
    ),
    # ...and in English: a noose emoji sent to someone.
    flag(
        "(sends|sending|sent|send|post|posts|posted|posting|keep sending|keeps sending) (me|her|"
        "him)? 🪢",
        BULLYING,
        SUICIDE,
        # The emoji reads as "rope": a tug of war on sports day (blind set DO) is a rope too,
        # and so are knots for Scouts.
        unless=("sport", "game", "knots"),
    ),
    context("(knot|knots|scouts|scout|cubs|sailing|climbing|tug of war)", "knots"),
    # Blind set EC: "please hurry he's kicking the door".
    flag(
        "(he's|hes|he is|they're|theyre|she's|shes|someone's|someones|my dad's|dads|my ex's) "
        "(kicking|banging on|breaking|smashing|booting|kicking in|trying to kick in|trying to "
        "break|trying to get in|trying to get through) (the|my|our)? (door|front door|back door|"
        "window|windows|bedroom door)",
        DANGER,
        DOMESTIC,
    ),
    # Blind set DZ, a general Wednesday: "he's made a plan to die and knows how"; "cut again" as
    # a whole answer.
    flag(
        "(made|has|had|got|have|has got|making|is making) (a)? (plan|plans) (to die|to kill "
        "(himself|herself|myself|themselves|themself)|to end (it|his life|her life|my life|their "
        "life)|to take (his|her|my|their) (own)? life)",
        SUICIDE,
    ),
    flag(
        "^ (cut|cutting|cuttin|cut myself|cut masel|cut again) (again|last night|today)? $",
        "self_harm",
        severity="medium",
        unless=("service_cut",),
    ),
    # ...not a service cut again ("cut again?? the bus route has been cut AGAIN").
    context(
        "(route|routes|service|services|bus|buses|funding|budget|hours|power|electric|electricity|"
        "water|gas|wifi|internet|hair|grass|lawn|hedge|hedges|trees|respite|benefits|staff|"
        "staffing) ~6 (cut|cuts|cutting)",
        "service_cut",
    ),
    # ...a club leader who messages an 11-year-old late at night that she's "very mature for her
    # age": the flattery is en_abuse's sign; this is the night-time messages (as in Polish).
    hint(
        "(messaging|messages|message|texting|texts|dms|dming|snapchatting|snaps|writing to) (my|"
        "her|him|them|our)? ~5 (late at night|at night|at midnight|after midnight|in the middle of "
        "the night|at # in the morning)",
        "online_contact",
        SEXUAL,
        EXPLOITATION,
    ),
    # ...a father who turns up "despite the interdict" and tipped a wheelchair over with the boy
    # in it.
    flag(
        "(grabbed|pushed|tipped|kicked|shoved) (the|his|her|my son's|my daughter's)? (wheelchair|"
        "chair|buggy|pram) ~4 (over|with (my|the|our) (son|daughter|boy|girl|child|baby|bairn) in "
        "it)",
        "physical_abuse",
        DOMESTIC,
    ),
    # Blind sets EE (en, pl) and EF: a child being taken, or held, as it happens: "a man is
    # trying to get two wee kids into his van"; "can ye come get me ... they'll no let me leave".
    flag(
        "(man|men|guy|guys|bloke|stranger|strangers|someone|somebody|woman|lady) ~3 (is|are|s|"
        "keeps|keep|just)? (trying|tryin|just tried) (to|tae)? (get|grab|take|pull|drag|lure|force|"
        "bundle|snatch|push|put|coax) ~5 (into|in|intae) (his|their|a|the|her|an)? (van|car|motor|"
        "truck|lorry|taxi)",
        DANGER,
        severity="immediate",
    ),
    flag(
        "(come|cmon|please come|can (you|ye|u) come) (and|an|n)? (get|fetch|collect|pick up) me "
        "~14 ((wont|won't|will not|winnae|wint|not gonna|no gonnae)|(theyll|they'll|he'll|hell|"
        "she'll|shell|they will|he will|she will) (no|not|nae|never)) let (me|us) (leave|go home|"
        "get out|away)",
        DANGER,
        severity="immediate",
    ),
    flag(
        "((wont|won't|will not|winnae|wint|not gonna|no gonnae)|(theyll|they'll|he'll|hell|she'll|"
        "shell|they will|he will|she will) (no|not|nae|never)) let (me|us) (leave|go home|get out|"
        "away) ~8 (come|please come|can (you|ye|u) come) (and|an|n)? (get|fetch|collect|pick up) "
        "me",
        DANGER,
        severity="immediate",
    ),
    # Blind set EX (school trips): a child still lost on a hill after dark; someone trying the
    # handle of a child's room at night.
    flag(
        "(boy|girl|child|kid|pupil|son|daughter|he|she|they|one of (them|the kids|the pupils|the "
        "boys|the girls|the children|our group|the group)) "
        "(is|s|are)? (still)? (lost|missing|not back|unaccounted for) (on|up|in|at) (the|a)? "
        "(hill|hills|mountain|munro|moor|ben|forest|woods|loch|river) ~8 (dark|getting dark|"
        "night|nobody|no one|not answering|help)",
        DANGER,
        severity="immediate",
        unless=("game", "fiction"),
    ),
    flag(
        "(someone|somebody|a man|men|he|they|some guy|a guy) (keeps|kept|is|was|has been|have been|"
        "keep)? (trying|tried|rattling|rattled|turning|turned) (the)? (handle|door handle|lock) "
        "(of|on) (her|my|his|our|their|the) (room|bedroom|tent|cabin|dorm|chalet)",
        DANGER,
        SEXUAL,
        severity="immediate",
    ),
    # Blind set FE (answers to the intake's questions): "I'm 9. Nobody came to get me and I'm
    # still at the shops and it's dark."
    flag(
        "(nobody|no one|noone|naebody|no body) (came|has come|come|turned up|is coming) (to)? (get|"
        "collect|pick up|fetch|for) (me|us) ~10 (dark|getting dark|on my own|alone|by myself|"
        "scared)",
        NEGLECT,
        DANGER,
        severity="immediate",
        # Not a pensioner left waiting by the patient transport.
        unless=("older_adult_writer",),
    ),
    # Blind set FE: "Nights I'm out working for them on the street".
    flag(
        "(working|work|selling|sell) (for) (them|him|those guys|these men|the men|older boys) (on|"
        "in) the (street|streets|corner|estate)",
        EXPLOITATION,
        TRAFFICKING,
    ),
    # Blind set FC: "a baby in the back for 40 minutes in this heat, windows shut, the baby is
    # red and has stopped crying".
    flag(
        # Left there a while, not driven: "the baby was hot in the car seat" is a journey.
        # ("toddler's been" reads as "toddlers been".)
        "(baby|babies|toddler|toddlers|wee one|child|children|kid|kids|infant|wean|weans|bairn) ~4 "
        "(in the back|in the car|in a car|in "
        "the backseat|in the back seat|in his car|in her car|in their car) ~3 for ~3 (minutes|mins|"
        "hour|hours|ages|while) ~8 (heat|hot|windows (shut|closed|up)|stopped crying|not moving|"
        "floppy|not crying anymore)|(left|leaves|leaving|leave) (a|the|her|his|their|my)? (baby|"
        "toddler|wee one|child|kid|kids|infant|wean|bairn) (alone)? in (the|a|his|her|their) car "
        "~10 (heat|hot|windows (shut|closed|up)|stopped crying|not moving|floppy)",
        DANGER,
        NEGLECT,
        severity="immediate",
    ),
    # Blind set FD: "a just need somewhere tae stay the night that's no there".
    flag(
        "(somewhere|someplace|a place|anywhere) (to|tae|ta) (stay|sleep|go|kip) (the night|tonight|"
        "the nicht)? ~2 (that's|thats|that is|thit's|thats) (no|not|nae) (there|home|hame|ma hoose|"
        "my house|at home)",
        DANGER,
        DOMESTIC,
        severity="medium",
    ),
    # Blind set FI: "The kids have been on their own since Friday"; "my sister's kids get left
    # in the car while she's at the casino".
    flag(
        "(kids|children|weans|bairns|wee ones|little ones|the baby|they) ~3 (have|has|ve|s)? "
        "(been)? (on their own|alone|by themselves|home alone|left alone) (since|for) (friday|"
        "saturday|sunday|monday|tuesday|wednesday|thursday|yesterday|two days|three days|# days|"
        "days|the weekend|last night|the whole weekend)",
        NEGLECT,
    ),
    flag(
        "(kids|children|baby|babies|toddler|toddlers|weans|bairns|wee ones|youngest) ~3 (left|get "
        "left|gets left|are left|were left|was left|got left) (alone|on their own)? in (the|a|her|"
        "his|their) car (while|when|for) ~6 (casino|pub|bingo|bookies|bar|club|work|gym|shopping|"
        "hours|all night|the night)",
        NEGLECT,
        DANGER,
    ),
    # Blind sets FP to FS, and what the model let go when the held-out sets joined its training:
    # paid to watch for the police; money a day "running" for a man; someone chasing a child,
    # said with nothing after it.
    flag(
        "(paid|pay me|pays me|get paid|gets paid|getting paid|gives me #|give me #) ~3 to (look "
        "out|watch out|keep watch|keep a lookout|keep an eye out|keep edgy|keep dick|keep shotty) "
        "for (the)? (polis|police|feds|cops|coppers|5 0|five o|bizzies|old bill|pigs)",
        EXPLOITATION,
    ),
    flag(
        "(make|making|earn|earning|get|getting) (#|##|loads|money|easy money|cash|a fortune) ~4 "
        "running for (him|them|a guy|a man|this guy|the guy|some guy|some man|older boys|the "
        "older boys)",
        EXPLOITATION,
        severity="medium",
        unless=("fiction", "education", "sport", "legit_runner"),
    ),
    flag(
        "(someone|someones|somebody|somebodys|some1|a man|a guy|some (man|guy|men|guys|boys|lads)|"
        "this (man|guy)|a gang) (is|s|are|re|keeps)? (chasing|following) (me|us)$",
        DANGER,
    ),
    # Blind set FW: children out on the ice of a reservoir, "it's cracking", and they won't come
    # back.
    flag(
        "(out|are|is|were|playing|walking) on the (ice|frozen loch|frozen pond|frozen reservoir|"
        "frozen river|frozen canal) ~10 (its|it's|it is|the ice is|ice is|ice's) (cracking|"
        "breaking|thin|giving way)",
        DANGER,
        severity="immediate",
    ),
]

IDIOMS = [
    # Blind set CQ: a passport photo; dread of a report card, not of home; a repair wanted "before
    # there's an accident"; youth leaders "groomed" for the role (blind set CP).
    idiom(
        "passport (photo|photos|picture|pictures|pic|pics|photo booth|application|applications|"
        "office|renewal|form|forms|fee|fees|check|countersign*)"
    ),
    idiom(
        "{FEAR} (to|tae|of) (go|going) (home|hame) (and|n|to) (show|tell|give) ~2 (my|ma|the)? "
        "(report|report card|results|grades|marks|test|tests|exam|exams|prelim|prelims|detention "
        "slip)"
    ),
    idiom(
        "send (someone|somebody|a person|an engineer|a workman|repairs) ~4 (before|in case) "
        "(theres|there's|there is|someone|somebody|anyone|a child|a kid) ~3 (accident|hurt|"
        "injured|falls|fall|killed)"
    ),
    idiom(
        "(grooming|groomed|groom|grooms) ~4 (to become|to be|as|for|into) (the next|future|young|"
        "volunteer|new)? ~1 (leaders|leader|volunteers|volunteer|captains|captain|coaches|coach|"
        "prefects|prefect|managers|manager|champions|ambassadors|ambassador|mentors|mentor|"
        "helpers|staff)"
    ),
    # Blind set CP (complaints about the services that deal with risk): a team, line or leaflet
    # named after the harm it deals with ("the Domestic Abuse Unit", "the self-harm team", "the
    # forced marriage guidance", "a letter about FGM"). Only the name stands down: a harm told
    # beside it is other rules'. Groups, forums and pages are left out (a self-harm group chat
    # can be the harm), and so are plans, advice and support ("I need support for self-harm").
    # Not "line", "lead" or "week": "a new self harm line on my arm", "my self harm leads to
    # infections", "the abuse week after week" are the harm.
    idiom(
        f"{_HARM_NAMES} (team|teams|unit|units|service|services|helpline|helplines|help line|"
        "hotline|number|charity|charities|nurse|nurses|worker|workers|officer|officers|"
        "coordinator|co-ordinator|clinic|guidance|policy|policies|procedure|procedures|protocol|"
        "protocols|strategy|training|course|module|leaflet|leaflets|pamphlet|poster|posters|"
        "booklet|awareness|lesson|lessons|assembly|workshop|committee|partnership|toolkit|"
        "campaign|pathway|specialist|specialists|caseworker|advocate|advocates|refuge|refuges|"
        "section|department|dept|funding)"
    ),
    idiom(
        "(team|unit|service|helpline|charity|guidance|policy|training|course|leaflet|leaflets|"
        "letter|letters|poster|booklet|newsletter|specialist|officer|nurse|clinic) (about|on|for|"
        f"regarding|against|tackling|explaining) {_NAMED_SERVICES}"
    ),
    idiom(
        "(recognising|recognizing|spotting|identifying|responding to|preventing|prevention of|"
        f"tackling|understanding) {_HARM_NAMES}"
    ),
    # A helpline's words quoted from a leaflet: "If you are thinking about suicide, call 116 123".
    idiom(
        "if (you|youre|you're|u|ur) ~4 (suicide|suicidal|self harm|selfharm|self-harm|ending your "
        "life|taking your own life|harming yourself|hurting yourself|killing yourself|abuse|"
        "domestic abuse) ~2 (call|ring|phone|text|contact|dial|speak to|talk to)"
    ),
    # Blind set CM: a war game's mission to stop a terrorist cell; running drugs "in the game";
    # Scottish tablet (the sweet) saved up to sell; a photographer's price called exploitation;
    # a sister's pictures of me asleep; letters to everyone in the class at the end of P7.
    idiom(
        "(stop|stopping|fight|fighting|kill|killing|defeat|beat|take out|taking out|hunt|hunting) "
        "(a|the|some)? (terrorist|terrorists) (cell|cells|group|base|leader|boss|attack)?"
    ),
    idiom("(in|on) (the|this|that)? game (you|u|ye|we|i) (run|sell|deal|deliver|carry)"),
    idiom(
        "(tablet|tablets) ~3 (recipe|fudge|christmas fair|fair|bake sale|to sell|tae sell|sugar|"
        "condensed milk|tin)|(make|made|making|sell|selling|sold|bake|baking|bought) (some)? "
        "(tablet|fudge)"
    ),
    idiom(
        "(charging|charge|charged|price|prices|cost|costs|fee|fees|paying) ~8 (thats|that's|that "
        "is|its|it's|this is|is|pure) (exploitation|daylight robbery)"
    ),
    idiom(
        "({SIBLING}|sis|bro) ~4 (pics|pictures|photos|videos|vids) of me (asleep|sleeping|snoring|"
        "with my mouth open)|(pics|pictures|photos|videos|vids) of me (as a baby|when i was (a "
        "baby|little|wee|small))"
    ),
    idiom(
        "(letters|cards|notes|messages) (to|for) (everyone|everybody|all) (in|of) (my|the|our) "
        "(class|year|team|group|club) (for|at) (the)? (end of|last day of) (p7|primary|term|the "
        "year|school|s6|year 6|year 11)"
    ),
    # Blind set CK: "it's basically child cruelty haha" (no biscuits in the house); a cut on his
    # head "from falling at rugby"; a big sister's nikah, and she is 25.
    idiom(
        "(basically|literally|practically|pure|actual) (child cruelty|child abuse|child neglect)|"
        "(child cruelty|child abuse) (haha|lol|lmao|jk|joking)"
    ),
    idiom(
        "(a|the)? (cut|cuts|gash|graze|grazes|bump|bruise|bruises|scrape|scratches) (on|to|above|"
        "below) (his|her|my|ma|their) ~2 (from|after|fae) (falling|a fall|playing|a tackle|"
        "tripping|the fall)"
    ),
    idiom(
        "(sister|sisters|sister's|big sister|big sister's) (nikah|nikkah|wedding|engagement) ~6 "
        "(shes|she's|she is) {ADULT_AGE}|(brother|brothers|brother's|big brother|big brother's) "
        "(nikah|nikkah|wedding|engagement) ~6 (hes|he's|he is) {ADULT_AGE}"
    ),
    # A wedding's invitation, dress code and photos are a guest's (not its outfit: a child who
    # finds one in her size is told something; blind set CJ: "What does
    # 'black tie' mean on a wedding invite? ... I'm 12").
    idiom(
        "(wedding|weddings|nikah|nikkah) (invite|invites|invitation|invitations|dress code|"
        "reception|photos|photographer|cake|venue|speech|favours|playlist|dj|band)|"
        "black tie|(bridesmaid|bridesmaids|page boy|pageboy|flower girl)"
    ),
    # Ordinary complaints written for training: an English "bill" folds to the Polish "bił" (hit)
    # and "on" is Polish for "he", so "on the council tax bill" read as "he hit"; a swing park
    # "locked up"; a husband's tablets collected from the chemist.
    idiom(
        "(council tax|tax|phone|gas|electric|electricity|energy|water|heating|final|first|last|"
        "the|my|our|this|that|his|her|their|your|yer) (bill|bills)"
    ),
    idiom(
        "(park*|gate*|toilet*|building*|shop*|school*|library|librarys|centre*|hall*|pitch*|"
        "court*|gym*|pool*|playground*|church*|garage*|shed|sheds) (has|s|is|was|are|were|have)? "
        "(been)? (locked|locked up|shut) (up)?"
    ),
    idiom(
        "(collect|collects|collecting|collected|pick up|picks up|picking up|picked up) (my|his|her|"
        "our)? (husbands|wifes|mums|dads|grans|grannys|papas|partners|sons|daughters|nans|"
        "neighbours) (tablets|pills|prescription|prescriptions|medication|meds|medicine)"
    ),
    # Blind set BY: "I'd rather sleep in the park than use the changing rooms"; "she'll kill me if
    # I'm late again".
    idiom(
        "(rather|sooner) (sleep|live|stay|camp) (in|on) (the|a) (park|car|street|streets|tent|bus "
        "shelter|bench|floor) (than|then)"
    ),
    idiom(
        "(kill|murder|strangle) (me|us) if (i|we|im|i'm|i am|we're|were|i get|we get) ~2 (late|"
        "forget|forgot|lose|lost|break|broke|miss|missed|spill|spilled|fail|failed|dont tidy|"
        "don't tidy|dont clean|don't clean|get mud|mess up|scratch|dent|eat the last|track mud)"
    ),
    # Blind set CA: "if I get one more email about the car park permits I'll jump out the
    # window lol"; revision notes "took all" to the library; "no safe tae be left near a
    # caramel cake".
    idiom(
        "if (i|we|ah) (get|have|see|hear|receive|read|open) (one|1) more (email|emails|letter|"
        "call|text|message|form|survey|reminder|notification|meeting|zoom|ad|advert|parking "
        "ticket) ~10 (i'll|ill|i will|im gonna|i'm gonna|ah'll|ahll) (jump|throw myself|kill "
        "myself|scream|lose it|top myself)"
    ),
    idiom(
        "(took|take|taking|taken) all (my|our|the|his|her) (revision|notes|revision notes|books|"
        "stuff|things|bags|shopping|washing|clothes|toys|rubbish|recycling|photos|pictures)"
    ),
    idiom(
        "(not|no) safe (to|tae) be (left)? (near|around|alone with|wi) (a|the)? (cake|caramel "
        "cake|chocolate|biscuits|sweets|dessert|pudding|cakes|the fridge|the biscuit tin|the "
        "bake sale|a bakery|pizza|doughnuts)"
    ),
    # Blind set BZ: a sister "threatened to kill me if I read her diary haha".
    idiom(
        "(kill|murder) (me|us) if (i|we) (ever)? (read|touch|touched|use|used|borrow|borrowed|wear|"
        "wore|take|took|eat|ate) (her|his|their) (diary|stuff|clothes|makeup|make up|xbox|switch|"
        "ps5|phone|charger|straighteners|sweets|chocolate|hoodie|room|lego)"
    ),
    # Young animals and plants, not a baby left alone (blind set BY's lessons).
    idiom(
        "baby (lambs|lamb|ducks|duck|ducklings|chicks|chick|goats|goat|animals|birds|bird|rabbits|"
        "rabbit|plants|tomatoes|seedlings|shark|sharks|hamsters|hamster)"
    ),
    # A hazard in a room full of children: "not safe with thirty kids in there".
    idiom("not safe (with|for) (# kids|thirty kids|twenty kids|# children|# pupils|so many kids)"),
    # The school locking pupils out at break, a complaint about the school's care, not a home.
    idiom(
        "(school|teacher|teachers|janitor|jannie|staff|office|they) ~2 (locked|locks|lock|"
        "locking|shut|shuts) (us|me|the kids|everyone|the pupils|pupils|the children) out ~4 "
        "(at break|at lunch|at lunchtime|in the rain|of the building|of the school|of class|of "
        "the classroom|in the playground)"
    ),
    idiom("(burned|burnt|burning|burn) at the stake"),
    # Rights abused, a head cut off in a photo, a question asking for help with a form.
    idiom(
        "(abusing|abused|abuses|abuse) (my|her|his|our|their|your) (human rights|rights|trust|"
        "position|power|privileges|good nature)"
    ),
    idiom("(head|heads|feet|legs) off in the (photo|picture|pic|class photo|school photo)"),
    idiom("(can|could|would|will) (someone|somebody|anyone) (please)? help"),
    idiom(
        "(groomed|grooming|being groomed) (for|as) (the)? (first team|captain|team|promotion|the "
        "job|leadership|success|stardom|the top|head boy|head girl)"
    ),
    # A hazard someone will hurt themselves on; an accident on a trampoline; a parent's "I'll kill
    # you" over a messy room or lost keys (not when telling is what is feared: that rule is firm).
    idiom(
        "(someone's|someones|someone is|somebody's|somebody is|a kid's|a child's|kids are) "
        "(going to|gonna|gonnae|bound to) (burn|cut|hurt|injure|scald) (themselves|their|a|"
        "theirsel)"
    ),
    idiom(
        "(broke|broken|breaks|fractured|sprained|hurt) (his|her|my|their) (arm|leg|wrist|ankle|"
        "collarbone|finger|nose) (on|falling off|playing|at|in|doing) (a|the|one)? (trampoline|"
        "bike|football|rugby|ice|skates|slide|climbing frame|swings|one|pe|gymnastics|skiing)"
    ),
    idiom(
        "(tidy|clean|clear|lose|lost|break|broke|dent|dented|forget|forgot|late|smash|smashed) ~5 "
        "(she'll|he'll|shell|hell|she will|he will|theyll|they'll|she'd|he'd|mum'll|dad'll) kill "
        "(me|us)"
    ),
    # Goods and animals, not people; a park, not a child; a joke about a confiscated phone.
    idiom(
        "(trafficking|trafficked|smuggling|smuggled) (of)? (ivory|rhino horn|rhino horns|wildlife|"
        "animals|exotic animals|drugs|guns|weapons|cocaine|heroin|cigarettes|tobacco|goods)"
    ),
    idiom(
        "(neglecting|neglected|neglects|neglect of|neglect the) (the|our|this|that)? (park|play "
        "park|playpark|roads|road|building|buildings|school building|repairs|garden|housing|"
        "estate|area|maintenance|hedges|pavements|bins|library|pool)"
    ),
    idiom(
        "(literally|basically|thats|that's|that is|this is) (literally|basically)? child abuse "
        "~2 (jk|lol|lmao|joking|joke)|sibling blackmail"
    ),
    # Someone home again, not a danger ("help he's back from holiday and won't stop talking").
    idiom(
        "(back|here) from (holiday|holidays|his holidays|her holidays|work|the shops|uni|camp|"
        "the trip)"
    ),
    # Sport and medicine, not harm: a throw in judo, a school that forgot a child's dose.
    idiom(
        "(threw|throws|throw|flipped|flips|pinned|tackled) (me|us|him|her) (on|onto) the (mat|"
        "mats|crash mat)"
    ),
    idiom(
        "(school|nurse|staff|teacher|teachers|the office|pharmacy|chemist|gp|doctor|surgery) ~3 "
        "(forgot|forgets|forget|forgotten) to give (him|her|me|them) (his|her|my|their) ~2 (dose|"
        "meds|medication|medicine|tablets|inhaler)"
    ),
    # Ordinary complaints that borrow the words of harm (found in a colleague's independent data).
    idiom(
        "(hours|pay|wages|budget|budgets|funding|hair|grass|price|prices|service|services|"
        "staff|costs|benefits|bus|buses|route|routes|hedge|trees) (have|has|had|were|was|got|"
        "get|are|is)? (been|being)? cut"
    ),
    idiom(
        "(kicked|kick|kicks|threw|throw|throws|chucked|chuck|thrown|flung|put) (me|us|them|him|"
        "her) out (of)? (the|our|my|a)? (library|gym|pool|shop|shops|class|classroom|lesson|"
        "club|centre|center|cinema|game|team|group|chat|park|cafe|canteen|hall|meeting|"
        "session|building|swimming|for no reason)"
    ),
    idiom("(told|tells|telling|tell) (me|us|him|her|them) off"),
    idiom(
        "(kicked|kick|kicks|threw|throw|throws|chucked|chuck|put|flung) (me|us|them|him|her) "
        "(off|out) (the|a)? (bus|train|early|for being|for talking|for laughing|because)"
    ),
    idiom(
        "(cut|cutting|shorten) (my|the|this|it|that) (complaint|message|text|story|essay|"
        "answer|hair|fringe|grass|hedge) (down|short|shorter)?"
    ),
    idiom(
        # "Safe to go" names where: out, across, swimming; never home (blind set ED: "places
        # teenagers can stay if it's not safe to go back home").
        "safe to (drive|cross|swim|eat|use|play|walk|cycle|ride|go (out|outside|in|on|across|"
        "through|over|swimming|near|there|down|up))|(not|isnt|isn't) safe for (bikes|buses|cars|"
        "pedestrians|prams|wheelchairs)"
    ),
    idiom(
        "(please|pls|plz|someone|can you|can u|could you) (help|help me|help us) (with|to|"
        "complain|make|write|understand|find|get|fill|sort|fix|choose|know|figure|out|"
        "my complaint|me complain|me with|me to|make a complaint)"
    ),
    idiom(
        "(mum|mums|mam|mams|mom|moms|maw|maws|ma|dad|dads|da|das|mummy|daddy|parents|teacher|"
        "teachers|gran|grans|granny|nan|nana|wife|girlfriend|boss|folks|coach|sister|"
        "brother) ~3 (will|is going to|s going to|going to|gonna|gonnae|ll|would|d|"
        "is gonna) (kill|murder|strangle|slaughter) (me|us)"
    ),
    # A sister who will "strangle me for borrowing her straighteners" (never "for telling").
    idiom(
        "(she|he|shes|hes|she's|he's|they|theyre|they're) ~2 (going to|gonna|gonnae|will|ll) "
        "(kill|murder|strangle|throttle) (me|us) for (borrowing|taking|using|eating|wearing|"
        "touching|nicking|stealing|reading|losing|breaking|spilling|scratching|finishing|drinking)"
    ),
    idiom(
        "(says|said|told me|tells me) (he|she|they|hel|shel|theyll|hell|hed|shed|theyd)? (will|ll|"
        "d|would|is going to|gonna)? (kill|murder|gut|skin|strangle) (me|us) (if|when|for) (i|"
        "we)? (crash|crashed|break|"
        "broke|lose|lost|forget|forgot|fail|failed|am late|im late|are late|were late|late|miss|"
        "missed|damage|scratch|spill|eat|ate|touch|touched|use|used|borrow|borrowed|"
        "wreck|scratched|dent|ruin|don't do|dont do|do that again|get another|get a bad)"
    ),
    idiom(
        "(could|would|will|gonna|i'd|id) (murder|kill|demolish|destroy) (a|an|some|for a|"
        "for some) (pizza|burger|chippy|curry|kebab|pint|drink|coffee|tea|cake|sandwich|steak|"
        "chocolate|takeaway|donut|doughnut|fish supper|pie|bacon roll|sausage roll|brew|cuppa|"
        "beer|nap|sleep)"
    ),
    idiom(
        "(shot|shoot|shooting|shoots) (a|the|my|some)? (photo|photos|video|videos|film|scene|"
        "hoops|a goal|the ball|at goal|pool|a message|an email|a text|me a text|me a message|"
        "me an email|up in height)"
    ),
    idiom("(shot|shoot) (me|us) (a|an) (text|message|email|look|dm)"),
    idiom("(stab|stabbed|stabbing) (at|in the dark)|(take|took|have|had) a stab at"),
    idiom(
        "(knife|knives) (crime|crimes|amnesty|awareness|crime awareness|arch|arches)|(no knives|"
        "kitchen knife set|knife and fork|butter knife|bread knife|plastic knife)"
    ),
    idiom(
        "(sold|sell|sells|selling) (me|us|him|her) (a|an|the|some|this|that|my|our|his|her|"
        "tickets|ticket|stuff|things|sweets|a lie|out)"
    ),
    idiom("(slave|slaves) (to|driver|drivers|labour)|slaving (away)?|(like a|like) (slave|slaves)"),
    idiom(
        "(bath|glitter|stink|water|smoke|seed|photo|f|truth) (bomb|bombs)|(bomb|"
        "bombs) (the)? (test|exam|it|pool|the pool|dive|diving)|(bombed|bombing) (the|my|"
        "a)? (test|exam|interview|audition|it)|(da|the) bomb|bomb (ass|pizza)"
    ),
    idiom(
        "(locked|lock|locks|shut) (in|out|inside) ~6 (lockdown|drill|by mistake|by accident|"
        "accidentally|the caretaker|the janitor|the jannie|forgot|the wind|the storm|covid|"
        "isolation)"
    ),
    idiom(
        "(knife|knives|gun|guns|axe|hammer|rope|blade) (for|to) (fishing|cooking|camping|hunting|"
        "work|his work|her work|the garden|gardening|whittling|cutting|carving|chopping|scouts|"
        "the allotment|climbing|the boat|shooting clays|sport)"
    ),
    idiom(
        "(locked|lock|locks) in (for|on|with|and ready|today|rn|right now|fr|this|to win|mode|"
        "lol)|(locked|lock|locks) (out|in to|into|in a|in the) (contract|deal|tenancy|account|"
        "my account|battle|fight|argument|position|room booking)|(locked|lock|locks) out (of)? "
        "(my|the|his|her|our)? (phone|car)|locked in (a contract|an argument|a battle)"
    ),
    idiom(
        "(locked|lock) (the|my|our|a)? (door|doors|toilet|toilets|gate|gates|bike|phone|locker|"
        "screen)"
    ),
    idiom(
        "(nazi|nazis) (grammar|spelling)|(grammar|spelling|health and safety|uniform|"
        "parking) (nazi|nazis)"
    ),
    idiom(
        "(marry|married|marriage|wedding|engaged) (my|our|his|her|the) (teacher|idol|crush|"
        "favourite)|(going|want|wants) to (a|my|our|his|her|the) (wedding|cousins wedding)"
    ),
    idiom(
        "(attack|attacks|attacked) (of|by)? (the)? (asthma|panic|anxiety|heart|seagull|seagulls|"
        "dog|dogs|wasps|bees|midges|allergy|allergies)|(asthma|panic|anxiety|heart|seagull|"
        "dog) (attack|attacks)"
    ),
    # Blind set CZ: "my son was 'attacked' by a swan at the park pond".
    idiom(
        "(attacked|bitten|pecked|chased|savaged|mauled) by (a|an|the|some|our|their|a big|a wild|"
        "an angry|another|other|an off lead|an off-lead)? (swan|swans|goose|geese|gull|gulls|"
        "seagull|seagulls|dog|dogs|cat|cats|fox|foxes|horse|horses|cow|cows|bull|crow|crows|"
        "magpie|magpies|squirrel|rat|rats|wasp|wasps|bee|bees|sheep|ram|deer|stag|pony|ponies|"
        "llama|goat|goats)"
    ),
    idiom("(hitting|hit) (puberty|the shops|the books|the road|the hay|the gym|the sack)"),
    # Blind set DB (in English and Polish): a first-aid course teaching what to do when someone
    # overdoses. Only the course itself: "my friend overdosed and I did first aid" still flags.
    context(
        "(first aid|first-aid|cpr|naloxone|lifesaving|life saving|life-saving|resuscitation) "
        "(course|courses|class|classes|training|lesson|lessons|session|sessions|workshop|"
        "certificate|badge)|(kurs|kursu|szkolenie|szkolenia|zajecia|zajęcia|lekcja|lekcji) (z)? "
        "(pierwszej pomocy)|(курс|курси|курсы|тренінг|тренинг|заняття|занятие|урок) (з|по)? "
        "(першої допомоги|первой помощи)|(دوره|كورس|درس|تدريب) (اسعافات|الاسعافات|اسعاف|الاسعاف)|"
        "(cùrsa|cursa|trèanadh|treanadh) (ciad-fhuasglaidh|ciad fhuasglaidh)",
        "first_aid_course",
    ),
    # Blind set DC: "feels like they're choking me lol" about a bank card; a pharmacist who
    # "nearly gave my boy an overdose" of melatonin and was stopped in time.
    idiom(
        "(feels like|feel like|like) (theyre|they are|its|it is|shes|hes|school|the council|this "
        "place|they|the rules) ~2 (choking|strangling|suffocating|smothering) (me|us)"
    ),
    idiom(
        "(nearly|almost|could have|could've|would have) ~3 (gave|given|give|dispensed|handed) ~3 "
        "(an|a)? (overdose|double dose|wrong dose)"
    ),
    # Blind set DK: "is there anything he can't eat before?" his operation: fasting before
    # surgery is not hunger.
    idiom(
        "(cant|can't|cannot|not allowed to|nothing to) (eat|drink) (anything)? (before|after) ~3 "
        "(operation|op|surgery|anaesthetic|anesthetic|procedure|circumcision|scan|blood test|"
        "theatre)|anything (he|she|i|they) (cant|can't|cannot) (eat|drink) before"
    ),
    # Blind set DI: a car "battered" by potholes, fish that "was burnt" at the chippy, and the
    # writer who runs a self-harm peer support group.
    idiom(
        "(my|our|the|ma) (car|cars|van|motor|bike|tyres|tyre|suspension|wheels|wheel) (s|has|is|"
        "was|got|been|has been|is getting|keeps getting)? ~1 (battered|wrecked|smashed|destroyed)"
    ),
    idiom(
        "(fish|chips|food|pizza|toast|dinner|tea|burger|chicken|steak|rice|cake|bread) (was|were|"
        "is|are|got|s) (burnt|burned|burnt to a crisp|raw|cold)"
    ),
    context(
        "(i run|i lead|i facilitate|i organise|i organize|we run|i volunteer at|i volunteer with) "
        "(a|the|our)? ~3 (support group|peer support group|peer support|drop in|drop-in)",
        "runs_support_group",
    ),
    # Blind set DH: a baby who "went blue for a second during a feed", reflux, all fine now.
    idiom(
        "(went|turned|goes|going|turning|gone) blue ~6 (feed|feeding|a feed|reflux|choked on (his|"
        "her) milk|crying|tantrum|holding (his|her) breath|the cold|swimming)"
    ),
    # Blind set DF: a bridge with no grit on it; a leisure centre membership to "end tonight";
    # a stepdad who comes in every night to say get off the Xbox; an arranged marriage an adult
    # sister chose herself.
    idiom(
        "(bridge|pavement|pavements|path|road|steps) ~6 (pure ice|black ice|gritted|gritting|"
        "gritter|salted|slippy|slippery)"
    ),
    idiom(
        "end it ~3 (my|the|our|his|her) ~3 (membership|subscription|contract|tenancy|lease|direct "
        "debit|account|phone contract|gym|season ticket)"
    ),
    idiom(
        "(comes|come|came|coming) (in|into) (to)? (my|ma|our|the) (room|bedroom) ~4 (to tell "
        "me|to say|to check|and tells me|and says|shouting) ~4 (get off|turn off|switch off|go to "
        "sleep|go to bed|lights out|xbox|playstation|switch|phone|ipad|tablet|telly|music)"
    ),
    idiom(
        "arranged marriage ~6 (she|he|they) (chose|picked|wanted|agreed|was happy|were happy|"
        "chose him herself|chose her himself)"
    ),
    # Blind set DD: "ma phone's screen is smashed" (in Scots "ma" is "my" as well as "mum").
    idiom(
        "(ma|mah|my) (phone|phones|phone screen|screen|laptop|tablet|ipad|kindle|console|xbox|"
        "switch|telly|tv|window|windae|windows|car|motor|bike|glasses|specs|watch|headphones) ~3 "
        "(smashed|wrecked|steaming|hammered|battered|broken|cracked)"
    ),
    # Blind set DB: Robert Burns's night, where the haggis is "stabbed" as the poem is read.
    idiom(
        "(burns|rabbie burns|robert burns) (night|nicht|supper|poem|poems|poetry|recital|club|"
        "ceilidh|day|lunch|dinner|competition|assembly|concert)|(stab|stabs|stabbing|stabbed|cut|"
        "cuts|cutting|slice|slicing|address|addressing) (the|a|into the|open the) haggis"
    ),
    idiom(
        "(scared|afraid|frightened|terrified|feart) (to|of) (go|going|walk|walking|get|"
        "getting) (home|hame) (in the dark|at night|alone at night|because of the (lights|street|"
        "dark|bus|path|lane)|through the (park|lane|underpass)|on the bus|on my own at night|"
        "from the bus stop|when its dark|because its dark|cos its dark)"
    ),
    # Blind set CT: "nobody's getting radicalised by Mario Kart"; "my pal says im 'trafficking'
    # sweets cause i sell haribo"; "got stabbed in the back by my so called pals in the group
    # project".
    idiom(
        "(nobody|no one|noone|nobodys|nobody's|no ones|no one's|no kid|no child|no kids|no one is|"
        "nobody is|not) (is|s|gets|get|getting|gonna get|going to get|being|got)? (getting|being)? "
        "(radicalised|radicalized) by"
    ),
    idiom(
        "(trafficking|traffick|trafficked|smuggling|smuggle|smuggled) (sweets|sweeties|haribo|"
        "crisps|snacks|chocolate|chocolates|biscuits|cakes|fizzy juice|juice|pokemon cards|cards|"
        "stickers)"
    ),
    idiom(
        "(stabbed|stab|stabbing|stabs|knifed) (me|us)? in the back (by)? (my|our|his|her|the)? "
        "(so called|so-called|fake|best|own)? (pals|friends|mates|pal|friend|mate|bestie|bff|"
        "group|team|teammates|colleagues|partner|cousin)|(so called|so-called|fake) (pals|friends|"
        "mates) ~4 (stabbed|stab|stabbing) (me|us) in the back"
    ),
    # Blind set CU: "my husband will murder me when he sees the council tax bill lol". A bill,
    # a dent or the state of the kitchen, seen, is the joke; a report card is not on the list.
    idiom(
        "(kill|murder|strangle|batter) (me|us) when (he|she|they|my husband|my wife|my partner) "
        "(sees|see|gets|finds|hears about|finds out about|opens) (the|my|this|that|our) (council "
        "tax|phone|credit card|gas|electric|energy|water)? (bill|bills|receipt|receipts|statement|"
        "price|cost|dent|scratch|scratches|mess|state of the (car|kitchen|house|garden))"
    ),
    # Blind set CU: "where do I complain about the consultation being rushed".
    idiom(
        "(consultation|process|decision|decisions|job|work|repairs|repair|meeting|appointment|"
        "appointments|assessment|assessments|exam|exams|report|review|plan|plans|test|tests|"
        "survey|lunch|dinner|meal|meals|it|everything|things) ~2 rushed"
    ),
    # Blind set DM: a class asking for "someone from the council's Prevent team" to talk to it.
    idiom(
        "(someone|somebody|anyone|a speaker|an officer) from (the)? (council's|councils|council|"
        "police|school's|schools)? (prevent|channel) (team|officer|lead|coordinator) ~3 (talk|"
        "speak|come|visit|give|do|run|present) (to|in|at|a|an)? (our|the|my)? (class|school|"
        "pupils|students|assembly|group|parents|talk|session|workshop)"
    ),
    # ...a man at a car wash who "pays us properly".
    idiom(
        "(pays|paid|pay|paying) (us|me|them|him|her) (properly|fairly|well|the minimum wage|"
        "minimum wage|the living wage|on time|every week|by bank transfer|through payroll)"
    ),
    # Blind set DP: a knife for the turkey, the onions or the bread; a Nerf gun for fun day;
    # "jumped me ... with a surprise birthday cake"; scared to go home over lost keys or a phone.
    idiom(
        "(knife|knives|carving knife|bread knife|big knife) (out)? ~4 (for|to carve|to cut|to "
        "chop|to sort|to slice) (the)? (turkey|bread|cake|roast|meat|chicken|veg|veggies|pizza|"
        "fish|onions|onion|carrots|tatties|potatoes|joint|ham|sandwiches)|(knife|knives) (to|for) "
        "(home ec|home economics|cookery|cooking class|food tech)"
    ),
    idiom(
        "(nerf|water|toy|cap|bubble|lazer|laser tag|paintball|glue|hot glue|nail|staple|heat|"
        "spray|caulk|grease|soldering) (gun|guns|pistol|pistols|blaster)"
    ),
    idiom(
        "(jumped|surprised|ambushed|mobbed) (me|us|him|her) ~6 (surprise|birthday|cake|balloons|"
        "party|presents|a hug|hugs|confetti|silly string)"
    ),
    # ...or a horror film just seen (blind set EA).
    idiom(
        "(scared|feart|afraid|frightened) (to go|tae go|of going) (home|hame) ~5 (lost|forgot|"
        "broke|smashed|cracked|spilled|ripped) (my|the|ma|mum's|mums|dad's|dads|our|her|his)? ~2 "
        "(keys|key|phone|new phone|bread|shopping|bus pass|purse|wallet|jacket|coat|glasses|mug|"
        "cup|plate|vase|window|telly|tv|lamp|bowl|jumper|ornament)|(scared|feart|afraid|"
        "frightened) (to go|tae go|of going) (home|hame) ~3 (after|cos of|because of) (that|the|a) "
        "(horror|scary) (film|movie|story|game)|"
        # ...or a report card (blind sets ED and EG, twice in a week).
        "(scared|feart|afraid|frightened) (to go|tae go|of going) (home|hame) ~8 (see|sees|seeing|"
        "read|reads|find|finds|finding|get|gets) (my|ma|the)? (report card|report|school report|"
        "grades|marks|results|exam results|prelim results|test results|detention slip|detention "
        "letter)|(scared|feart|afraid|frightened) (to go|tae go|of going) (home|hame) (with) (this|"
        "my|the|a|ma) (report card|report|school report|grades|marks|results)"
    ),
    # Blind set ED: "my dad says im a waste of space in goal lol". An insult with the skill it
    # judges is a verdict on the game.
    idiom(
        "(a waste of space|useless|rubbish|hopeless|pants|garbage|trash|a liability|a disgrace) "
        # Blind set EY: "mum says im useless at loading the dishwasher lmao".
        "(at (loading|emptying|stacking|doing) (the)? (dishwasher|dishes|washing|washing up)|"
        "at (housework|chores|cleaning|tidying|hoovering|ironing|baking|sewing|knitting)|in goal|"
        "in defence|in midfield|up front|at football|at fitba|at rugby|at maths|at "
        "cooking|at fortnite|at fifa|at the game|at this game|on the pitch|at singing|at dancing|"
        "at drawing|at spelling|at parking|at driving|at gaelic|at french|at spanish|at german|"
        "at english|at science|at music|at piano|at golf|at shinty|at swimming|at homework)"
    ),
    # Blind set ED: a sister who "gives me money to deliver leaflets for the gala day".
    # Delivering parcels is not here: that is how county lines start.
    idiom(
        "(money|a fiver|a tenner|cash|pocket money|# quid|a few quid) (to|for) (deliver|delivering|"
        "hand out|handing out|post|posting) (leaflets|flyers|papers|the papers|newspapers|the "
        "parish magazine|programmes|christmas cards)"
    ),
    # Blind set ED: "my boyfriend got me a new phone case".
    idiom("(phone|new phone) (case|cases|cover|covers|charger|screen protector|holder|ring light)"),
    # Blind set EG: "my sister is 17 and her boyfriend is 18". At 16 or 17 a partner of 18 or
    # 19 is a couple, not a sign.
    idiom(
        "(im|i'm|i am|she's|shes|she is|he's|hes|he is|{SIBLING} (is|s)) (16|17|sixteen|seventeen) "
        "~2 (and|an) (her|his|my) (boyfriend|bf|girlfriend|gf|partner) (is|s) (16|17|18|19|"
        "sixteen|seventeen|eighteen|nineteen)"
    ),
    # Blind sets EH, EJ and EK, their harmless halves: photos "where I look awful"; how many
    # paracetamol "in a day" for toothache; mince I can't eat because I'm vegan; "his dad will
    # kill him if he misses another training"; a stepdad who comes in "to say goodnight and check
    # her phone is off"; henna lines on her arms; "sick of living out of suitcases".
    idiom(
        "(pics|pictures|photos|photo|videos|video|vids|vid) (of me)? ~6 (where|that|cos|because) "
        "(i|im|i'm) (look|looks|looked) (awful|terrible|ugly|bad|stupid|cringe|horrendous|a state|"
        "rough|like a)"
    ),
    idiom(
        "how (many|much) ~2 ({PILLS}|ibuprofen|calpol|antihistamines) (can|should|do|am|could) "
        "(you|i|u|a person|someone|she|he|we|my mum|my dad|mum|dad|my gran|my son|my daughter) "
        "(take|have|be allowed|give) ~3 (in a day|a day|per day|each day|in 24 hours|every # "
        "hours|at once for|with (her|his|my|the) (co-codamol|codeine|ibuprofen|antibiotics|"
        "medication|meds|other tablets))"
    ),
    idiom(
        "(cant|can't|cannot|canny|cannae) eat (it|mince|meat|pork|beef|dairy|gluten|nuts|eggs|"
        "fish) ~6 (vegan|vegetarian|veggie|halal|kosher|allergic|allergy|intolerant|coeliac)|"
        "(vegan|vegetarian|veggie|halal|kosher|allergic|allergy|intolerant|coeliac) ~10 (cant|"
        "can't|cannot|canny|cannae) eat (it|mince|meat|pork|beef|dairy|gluten|nuts|eggs|fish)"
    ),
    # A threat over something trivial, the condition before or after it (blind sets EH, EJ,
    # EO, ES): "kill him if he misses another training"; "if I phone the council one more time
    # she'll kill me"; "kill her when he sees the state of her kit". Never telling or leaving.
    idiom(
        # Blind set EX: "going to murder her brother for reading her trip diary".
        "(kill|murder|strangle) (him|her|my|her|his)? (brother|sister|bro|sis) (for|if he|if she) "
        "(reading|read|reads|touching|touched|touches|taking|took|takes|using|used|uses|eating|"
        "ate|eats|wearing|wore|borrowing|borrowed)|"
        # Blind set FG: "she will kill me if i get mud on my new school shoes".
        "(kill|murder|strangle) (me|him|her|you|us) if (he|she|i|you|we|they) (get|gets|spill|"
        "spills|drop|drops) (mud|paint|juice|dirt|grass|chocolate|ketchup|sauce|glitter|slime|"
        "felt tip|pen) (on|all over)|"
        "(kill|murder|strangle) (me|him|her|you|mum|us|dad) if (he|she|i|you|we|they) ~3 (miss|"
        "misses|missed|forget|forgets|forgot|lose|loses|lost|break|breaks|broke|eat|eats|ate|spill|"
        "spills|drop|drops|cheer|cheers|support|supports|fail|fails|scratch|scratches|dent|dents|"
        "crash|crashes|touch|touches|late)|if (i|he|she|we|you) ~2 (phone|call|ring|ask|mention|"
        "text|message|sing|play|touch|eat|forget|lose|miss|break|spill|drop|fail|scratch|dent) ~12 "
        "(kill|murder|strangle) (me|him|her|you|us)|(kill|murder) (me|him|her|you|us) when (he|"
        "she|they|mum|dad|my mum|my dad) (sees|see|finds out about|notices) ~5 (kit|room|report "
        "card|report|grades|hair|car|phone|trainers|shoes|clothes|uniform|mess|bill|marks|results|"
        "scratch|dent|tattoo)"
    ),
    idiom(
        "(comes|come|came|coming) (in|into) (her|his|my|our|their) (room|bedroom) ~4 to (say "
        "goodnight|say night|check (her|his|my|their) phone|tuck (her|him|me|them) in|wake (her|"
        "him|me|them) up|get (her|him|me|them) up)"
    ),
    idiom(
        "(lines|marks|patterns|designs|drawings|writing) ~5 (arms|hands|legs|arm|hand) ~6 (henna|"
        "mehndi|felt tip|felt tips|pen|biro|marker|face paint|temporary tattoo|glitter)"
    ),
    idiom(
        "(sick|tired) of living (out of|in|with|on) (suitcases|a suitcase|a hotel|hotels|bags|"
        "boxes)"
    ),
    # Blind set EM's harmless half: boys "battering me at FIFA"; "he still beats me at
    # keepy-uppies"; "I cut the sleeves off my hoodie"; a burn "from Home Ec".
    idiom(
        "(battering|batters|battered|beating|beats|beat|thrashing|thrashed|hammering|hammered|"
        "destroying|destroyed|smashing|smashed) (me|us|him|her|{PERP_HOME}) (at|on|in) (fifa|"
        "fortnite|cod|call of duty|chess|cards|football|keepy uppies|keepy-uppies|keepy ups|pool|"
        "snooker|mario kart|monopoly|uno|the game|games|the quiz|ping pong|table tennis|darts|the "
        "race|scrabble|cluedo|connect four|connect 4|jenga|bingo|the pub quiz|boggle|trivial "
        "pursuit|dominoes|draughts|checkers|mini golf|crazy golf|bowling|wordle)"
    ),
    idiom(
        "(cut|cutting|chopped|chopping) (the|my|his|her)? (sleeves|sleeve|hood|label|labels|tags|"
        "tag|collar|legs) (off)"
    ),
    idiom(
        "(burn|burns|burnt|burned|cut|cuts) (on|to) (his|her|my|their) (hand|hands|finger|fingers|"
        "arm|wrist|thumb) (from|in|at) (home ec|home economics|food tech|cookery|the kitchen|"
        "cooking|baking|science|chemistry)"
    ),
    # Blind sets EP, EQ and ES, their harmless halves: "nobody would notice if i skipped the
    # ceilidh"; "getting battered by the rain"; "he ate all the tablet" (the sweet); "i havent
    # eaten in 3 hours"; "end it all... with Sky"; my mum "took all her tablets this morning
    # like she's meant to". ("She'll kill me if I phone again" is in the trivial-threat idiom.)
    idiom(
        "(notice|care|miss me) if i (skipped|skip|missed|miss|didnt go to|didn't go to|bunked|bunk|"
        "wasnt at|wasn't at|wasnt in|wasn't in) (the)? ~3 (ceilidh|meeting|class|lesson|practice|"
        "training|party|assembly|pe|maths|english|disco|club|trip|match|game|gc|group chat)"
    ),
    idiom("battered by (the)? (rain|wind|weather|storm|waves|hail|snow)"),
    idiom(
        "(ate|eaten|eat|eating|scoffed|made|making|bought) (all)? (the|my|his|her|some|a bit of|a "
        "slab of|our)? tablet"
    ),
    idiom(
        "(havent|haven't|have not|not) eaten (in|for) (1|2|3|4|5|an|a couple of|a few|two|three) "
        "(hour|hours)"
    ),
    idiom(
        "end (it|it all|things) ~2 with (sky|virgin|bt|talktalk|vodafone|ee|o2|three|the gym|the "
        "broadband|netflix|his girlfriend|her boyfriend|my girlfriend|my boyfriend|the bank|the "
        "energy company)"
    ),
    idiom(
        "(took|takes|taken|take) (all)? (her|his|my|their) (tablets|pills|meds|medication) ~4 "
        "(like|as) (she's|he's|she is|he is|i'm|im|they're|shes|hes) (meant|supposed|told) to"
    ),
    # Blind set EY (phones, 10 to 15): a detention is the trouble waiting at home; a dad's
    # driving is what frightens; "kms" spammed in a game's chat, or over the canteen's pizza; a
    # rope for the tug of war; "the terrorist" in Among Us.
    idiom(
        "(scared|feart|afraid|frightened) (to go|tae go|of going) (home|hame) ~4 (got|have got|ve "
        "got|getting|get) (a|another)? (detention|detentions|punishment exercise|referral|bad "
        "mark|bad report)"
    ),
    idiom(
        "(scared|feart|afraid|frightened|terrified) (of|o) (my|ma|his|her) (dads|dad's|das|mums|"
        "mum's|maws|grans|gran's|brothers|brother's|sisters|sister's) (driving|cooking|singing|"
        "dancing|jokes|parking|snoring|music|dog|cat|spiders|snake|horror films)"
    ),
    idiom(
        "(spam|spams|spamming|spammed|type|types|typing|typed|say|says|saying|said) (kms|kys|"
        "unalive) (in|on) (the)? (chat|group chat|gc|lobby|discord|server)|"
        # Blind set FF: "everyone in my class says 'kms' about every single test".
        "(says|say|saying|said|spam|spams) (kms|kys) (about|after|before|over|every time|whenever|"
        "at) (every|each|the|a|any)? (single)? (test|exam|quiz|lesson|maths|homework|monday)"
    ),
    idiom(
        "(pizza|pasta|porridge|soup|sprouts|broccoli|fish|mince|school dinners|macaroni|cabbage|"
        "liver) (again)? ~5 (gonna|going to|gonnae|will|ill|i'll|im gonna) (kms|kill myself|die|"
        "unalive myself)|(wants|want|wanna) to die (every time|whenever|when) ~4 (eat|eats|have|"
        "has|makes him eat|makes her eat|makes me eat) (porridge|soup|sprouts|broccoli|fish|mince|"
        "cabbage|liver|vegetables|veg)"
    ),
    idiom(
        "(rope|ropes|a rope) ~6 (for)? (the)? (tug of war|tug o war|tug-of-war|skipping|climbing|"
        "den building|camping|sailing|the boat|abseiling|gym class|pe|p.e.)"
    ),
    idiom(
        "(call|calls|called|calling) (me|him|her|us) (the|a) (terrorist|extremist) (in|on) (among "
        "us|fortnite|roblox|cod|call of duty|minecraft|the game|rainbow six|csgo|counter strike)"
    ),
    # ...and a war's propaganda shown in a history lesson.
    idiom(
        "(ww2|ww1|wwii|wwi|nazi|world war|world war two|world war 2|second world war|first world "
        "war|soviet|cold war|wartime) (propaganda|posters|propaganda videos|propaganda films)"
    ),
    # Blind set EY: bruises where she gave blood; blind set FA: bruising on blood thinners.
    idiom(
        "(bruises|bruise|bruising|marks) ~6 (after|from|cos|because) (she|he|i|giving|having|"
        "they)? (gave|give|giving|had|having|took) (blood|a blood test|bloods|blood taken)|"
        "(bruises|bruise|bruising|bruised) ~6 (blood thinners|warfarin|heparin|haemophilia|"
        "hemophilia|leukaemia|leukemia|low platelets|platelets|itp|blood disorder)"
    ),
    # Blind set EX: a teacher who grabbed a boy back from a car; a host dad who comes in to bleed
    # the radiator; long sleeves because she is always cold.
    idiom(
        "(grabbed|yanked|pulled|hauled) (him|her|me|my boy|my son|my daughter|my girl|them) ~7 "
        "(back|out of the way|away|clear) ~8 (car|road|traffic|bus|lorry|van|edge|cliff|water|"
        "river)|"
        # Blind set FB: "grabbed my son by the collar ... and stopped him going face first".
        "(grabbed|caught|held|grabs|catches) (him|her|my son|my daughter|my boy|my girl|me|them) "
        "~14 (stopped|stopping|to stop|kept) (him|her|me|them) (from)? (going|falling|hitting|"
        "landing|toppling|face planting)"
    ),
    idiom(
        "(comes|come|came|coming|keeps coming) (in|into) (my|ma|her|his|their|the) (room|bedroom) "
        "~3 to (bleed|fix|check|turn off|turn on|sort|look at) (the)? (radiator|radiators|heating|"
        "window|smoke alarm|boiler|blind|light)"
    ),
    idiom(
        "(long sleeves|jumper|jumpers|hoodie|hoodies|cardigan) ~8 (because|cos|as|since) (she|he|i)"
        " (is|s|am|gets|get|feels|feel)? (always|so)? (cold|freezing|chilly)"
    ),
    # Blind set FA: "the floor attacked him", a child's account of a fall; a dose asked about.
    idiom(
        "(the)? (floor|table|door|wall|chair|stairs|step|coffee table|bed|slide) (attacked|hit|got|"
        "bit) (him|her|me)|(asked|ask|asks|asking) ~4 how (he|she|they|i) (hurt|injured|bumped|"
        "cut) (himself|herself|themselves|myself)"
    ),
    idiom(
        "how (many|much) ~5 (is|s|he's|she's|hes|shes|am|i'm|im|are|we're|i|he|she) (meant|"
        "supposed|allowed) to (take|have|give|get)"
    ),
    # Marks left by chickenpox or eczema are named with them.
    idiom(
        "(marks|scars|spots|scratches|scabs) (on|all over) (her|his|my|their) ~1 (back|arms|legs|"
        "face|tummy|chest|body) (from|fae|cos of|because of) (the)? (chickenpox|chicken pox|eczema|"
        "measles|the pox|spots|acne|insect bites|midge bites|nettles)"
    ),
    # Blind sets FA and FE: afraid to go home because a lost bus pass or inhaler will bring
    # "she'll kill me"; a wrist hurt at netball; a passport kept for ID checks.
    idiom(
        "(scared|feart|afraid|frightened) (to go|tae go|of going) (home|hame) ~8 (for|over) "
        "(losing|breaking|forgetting|smashing|cracking|spilling|ripping|lost|broke|forgot) (my|the|"
        "ma|her|his|our|mum's|mums|dad's|dads)? ~2 (keys|key|phone|new phone|bus pass|purse|wallet|"
        "jacket|coat|glasses|mug|cup|plate|vase|window|telly|tv|lamp|bowl|jumper|ornament|inhaler|"
        "school bag|bag|trainers|lunchbox|water bottle|homework|pe kit|kit)"
    ),
    idiom(
        "(hurt|hurts|injured|sprained|twisted|bumped|banged) (her|his|their|my) (wrist|ankle|knee|"
        "arm|leg|back|finger|thumb|shoulder|head|toe|elbow) (at|in|during|playing|doing) (netball|"
        "football|rugby|hockey|pe|gym|basketball|volleyball|training|practice|dance|gymnastics|"
        "swimming|the match|the game|break|lunch|the park|shinty|badminton|athletics)"
    ),
    idiom(
        "(kept|keeps|took|takes|has|have|held) (my|our|her|his|their) (passport|passports|id|"
        "papers|documents|visa|brp) (for|to do|to make) (the|an|a)? (id|identity|right to work)? "
        "(checks|check|copy|copies|copying|verification|scan|scanning|application|appointment)"
    ),
    # Blind sets FB, FC and FD: a charity abseil off a bridge; wanting to die in a long queue;
    # pills taken as the doctor said, or got for iron; a snowball; punched for a yellow car; a
    # "wee secret" that is a surprise; a puppy kept quiet; joining an obby team; a part in the
    # school show; a news story talked over in class; a mum's "by week two I'll have killed
    # them"; a son who "reckons he was being trafficked" by a long taxi route.
    idiom(
        "(jump|jumping|jumped|jumps) off ~4 bridge ~8 (charity|abseil|bungee|sponsored|raise|"
        "raised|raising|fundraiser|fundraising)"
    ),
    idiom(
        "(took|take|taking|takes|finished|finish) (all|aw|all of)? (my|ma|her|his|the) (pills|"
        "tablets|antibiotics|meds|medicine|course) (like|as|just like|just as) (the)? (doctor|gp|"
        "nurse|pharmacist|chemist|dentist) (said|says|told me|told her|told him)|(tablets|pills|"
        "meds|medication|prescription) (from|fae) (the)? (gp|doctor|pharmacy|chemist|hospital) for "
        "(my|her|his|ma) (iron|anaemia|asthma|blood pressure|thyroid|migraines|acne|eczema|"
        "hayfever|hay fever|infection|chest infection|chest|back|periods|adhd|epilepsy|diabetes)"
    ),
    idiom(
        "(hit|hits|hitting|threw|throws|chucked|chucks|pelted) (me|him|her|us) (with|wi) (a|the)? "
        "(snowball|snowballs|snowba|snowbaws|water balloon|pillow|sponge|paper plane|nerf dart)"
    ),
    idiom(
        "(punching|punchin|punches|punch|punched|thumps|thumped) (me|him|her|us) (in the arm)? ~2 "
        "(every time|whenever|when) ~3 (yellow car|yellow cars|yella car|punch buggy|red car)|"
        "punch buggy|yellow car game"
    ),
    idiom(
        "(secret|wee secret|surprise) (what|whit|wot|about what) (we|i|we're|were) (got|bought|"
        "made|are getting|are making|getting|making)|(dont|don't|do not) tell (anyone|anybody|"
        "naebody|mum|my mum) (but)? ~3 (getting|got|having|gonna get) (a|an) (puppy|kitten|dog|cat|"
        "hamster|rabbit|new phone|phone|tattoo|piercing|party|surprise party|baby brother|baby "
        "sister)"
    ),
    idiom(
        "(join|joining|joined) (their|his|her|our|my|the) (obby|obby team|clan|squad|guild|build "
        "team|roleplay|rp|tycoon|minecraft server|fortnite team)"
    ),
    idiom(
        "(plays|playing|played|is playing|he's playing|she's playing) the (one|boy|girl|man|woman|"
        "character|part|guy|lad) (who|that) (gets|is|was) (stabbed|killed|shot|murdered|poisoned|"
        "strangled|hanged)|(news|news story|story|report) (on|about) the (boy|girl|man|woman|"
        "teenager|lad|young man|child) who was (stabbed|killed|shot|murdered)"
    ),
    idiom(
        "by (week|day) (one|two|three|1|2|3) (i'll|ill|i will|i) (have)? (killed|murdered|"
        "strangled|throttled) (them|him|her|the lot) (of them)?"
    ),
    idiom(
        "(reckons|reckoned|joked|jokes|joking|thinks|thought|says|said) (he|she|they|i) (was|were|"
        "is|are) (being)? (trafficked|kidnapped|abducted) ~6 (longer way|longer route|long way|"
        "wrong way|detour|scenic route|roadworks|diversion)|(longer way|longer route|long way|"
        "wrong way|detour|scenic route|diversion) ~14 (reckons|reckoned|joked|jokes|joking|thinks|"
        "thought) (he|she|they|i) (was|were|is|are) (being)? (trafficked|kidnapped|abducted)"
    ),
    idiom(
        "(cutting|cuttin|cut|cuts) (my|ma|her|his) (own|ain)? (hair|fringe|nails|toenails|bangs)"
    ),
    idiom(
        "(burnt|burned|singed|burning) (her|his|my|ma) (fringe|hair|ends|finger|fingers|hand) "
        "(with|on|wi) (the|her|his|my|ma)? (hair)? (straighteners|curling tongs|tongs|curlers|"
        "hairdryer|iron|candle|hob|oven)"
    ),
    # Blind set FD: "nae food in the hoose again, ma maw's at the big shop".
    idiom(
        "(nae|no|not any|any) food in the (hoose|house|flat) ~6 (at the|gone to the|away to the|"
        "went to the|at) (big shop|shop|shops|tesco|asda|aldi|lidl|supermarket|co-op|coop|"
        "morrisons)"
    ),
    # Blind set FG (children of 7 to 11): no food because mum forgot the shopping, so a chippy; a
    # gran who pulls the tangles when she brushes; a dad who banged his own head on the cupboard;
    # a pinch given back.
    idiom(
        "(no|nae|not any) food in (our|the|my) (house|hoose|flat) ~8 (forgot|forgotten|didnt get|"
        "didn't get|hasnt been|hasn't been) ~4 (shopping|shops|shop|tesco|asda|aldi|lidl|morrisons|"
        "to go|the messages)|(no|nae) food in (our|the|my) (house|hoose|flat) ~10 (so|and) (we|mum|"
        "dad)? (got|had|ordered|went for|went to) (a)? (chippy|takeaway|pizza|mcdonalds|maccies|"
        "chinese|indian|kebab|greggs)"
    ),
    idiom(
        "(pulls|pulled|pulling|tugs|tugged|yanks) (my|her|his) hair (when|while|wen|whenever|as) "
        "(she|he|mum|gran|nana|dad|granny|my mum|my gran) (brushes|brush|brushed|combs|combed|"
        "plaits|does|did|detangles|washes)"
    ),
    idiom(
        "(banged|bumped|hit|smacked|cracked|whacked) (his|her|their) (own)? (head|knee|elbow|toe|"
        "shin|hand) (on|off|against) (the|a) (cupboard|cupboard door|shelf|ceiling|doorframe|door "
        "frame|low beam|beam|bunk|top bunk|car door|boot|loft hatch)"
    ),
    idiom("(pinched|hit|kicked|punched|pushed|shoved|slapped|nipped|scratched) (me|him|her) first"),
    # Blind sets FF and FI: "kms" said about every test; a wooden spoon "in the 70s"; an
    # assault course; killing himself "if Rangers lose"; custard down a new jumper; fighting
    # over a seat; shut in her room with Covid.
    idiom(
        "used to (skelp|skelped|belt|belted|hit|smack|smacked|leather|leathered|cane|caned|strap|"
        "strapped|slipper|whack) (us|me|them|him|her) ~6 (in the|back in the) (50s|60s|70s|80s|"
        "fifties|sixties|seventies|eighties|1950s|1960s|1970s|1980s)"
    ),
    idiom(
        "(scratches|scrapes|bruises|cuts|grazes|a sprained ankle|sprained ankle|blisters) ~6 (from|"
        "on|doing) the (assault course|obstacle course|climbing wall|ropes course|zip wire|high "
        "ropes|gorge walk|canoeing|kayaking|mountain biking|orienteering)"
    ),
    idiom(
        "(kill|top|end) (himself|herself|myself|themselves) if (rangers|celtic|hearts|hibs|"
        "aberdeen|dundee|scotland|the team|we|they|his team|her team|my team|man united|liverpool) "
        "(lose|lost|loses|don't win|dont win|go down|get beat|get relegated)"
    ),
    idiom(
        "(kill|murder) (him|her|me) (because|cos|coz|cause|for) (he|she|i)? (got|spilled|spilt|"
        "getting|spilling) ~2 (custard|juice|paint|mud|ketchup|gravy|chocolate|yoghurt|sauce) "
        "(all)? (down|on|over)"
    ),
    idiom(
        "(fighting|fight|fought|scrapping) over (a|the) (seat|seats|ball|toy|remote|window seat)"
    ),
    idiom(
        "(shut|stuck|isolating|isolated|locked|kept) in (her|his|my|their) (room|bedroom) ~6 "
        "(covid|flu|chickenpox|chicken pox|isolating|isolation|quarantine|norovirus|sick bug|"
        "measles)"
    ),
    # Blind set FL: CPR practised on a teddy, "he's not breathing!".
    idiom(
        "(cpr|first aid|resuscitation|recovery position) ~8 (he's|hes|she's|shes|he is|she is|it's|"
        "its) not breathing"
    ),
    # Blind set FM: a cousin's nikah; the school nurse's talk about FGM.
    idiom(
        # Not a sister's or a brother's: "my wee sister's wedding to a 30 year old" is the harm.
        "(cousin's|cousins|aunt's|aunts|auntie's|aunties|uncle's|uncles|friend's|friends) (nikah|"
        "wedding|mehndi|walima)"
    ),
    idiom(
        "(talked|talks|spoke|speaks|taught|teaching|teaches|lesson|lessons|assembly) (to)? ~4 "
        "(class|classes|pupils|s1|s2|s3|s4|p6|p7|year|school) (about|on) (fgm|female genital "
        "mutilation|forced marriage|grooming|county lines|extremism|radicalisation|consent)"
    ),
    # Blind sets FJ and FK: cut from the squad; lino cutting in art; a queue or a class so boring
    # "I literally want to die"; not safe because the door lock is broken; a cousin's wedding.
    idiom(
        "(cut|cuts|dropped) (from|out of) the (squad|team|side|panel|list|show|programme|cast|"
        "choir|band|shortlist|first team)"
    ),
    idiom("(cutting|cut|nicking|nicked) ~6 (lino|lino prints|linocut|linocuts|lino cutting)"),
    idiom(
        "(so boring|so long|so bad|so slow|so embarrassing|so cringe|so awkward|is boring) ~4 (i|a|"
        "ah) (literally|actually|genuinely)? (want|wanted|wanna|could|coulda|could have) (to)? die"
    ),
    idiom(
        "(don't|dont|do not|never) feel safe ~6 (because|cos|as|since) (the|our|my)? (front door|"
        "back door|door|window|windows|lock|locks|entry system|buzzer|close door|stair door|lights|"
        "street lights|security door) ~4 (is|are|s)? (broken|not working|bust|faulty|missing)"
    ),
    idiom(
        "(taking|take|takes|took) (me|us) to ~4 for (her|his|their|my cousin's|my cousins|my "
        "aunt's|our cousin's) (wedding|nikah|engagement|henna night)"
    ),
    # Blind sets FP to FS, their harmless halves: no point complaining again; a burden for asking
    # for lifts; piled on by the team after a goal; a dad's name-calling both laugh at; starving
    # all day to save room; the top of a car park to watch the fireworks.
    idiom(
        "no point (anymore|any more|now)? (in)? (complaining|complain|reporting|report|asking|ask|"
        "emailing|phoning|calling|writing|chasing)"
    ),
    idiom("(a)? burden ~3 (asking|for asking|to ask) (for|about) (lifts|a lift|money|help with)"),
    idiom(
        "(jumped on|piled on|mobbed|dived on|bundled) ~4 (when|after|cause|cos|because) (i|we|he|"
        "she) (scored|won|got the winner)"
    ),
    idiom(
        "(calls|called|calling) me (a|an)? ~3 (when|cause|cos|if) ~6 (and|then|n) (then)? (we|we "
        "both|both of us|we all) (crack up|cracked up|laugh|laughed)"
    ),
    idiom("starving (myself|masel) ~10 (saving room|save room|saving space|to save room)"),
    idiom(
        "(roof|top|top floor|top deck) of the (car park|carpark|multi storey|multistorey) ~8 "
        "(watching|watch|to watch|to see|seeing) the (fireworks|sunset|sunrise|view|eclipse|"
        "northern lights|meteor shower|stars)"
    ),
    # Blind sets FT to FV, their harmless halves: no food "I like" at school dinners; eczema
    # however it is spelt; a climbing wall that wobbles; a cartwheel at gymnastics; hanging
    # wallpaper; the delivery man at the door; standing in the garden while being taught to bowl.
    idiom("(never|no|isnt|isn't|not) (any)? (food|dinners|lunch) (i|we) (like|want|eat|can eat)"),
    idiom(
        "(scratch|scratching|scratched|scratches) (my|her|his|their) (arms|legs|skin|hands|face) "
        "~3 (cos|because|coz|from|with) (of)? (my|her|his|the)? (eczema|ezcema|excema|exzema|eczma|"
        "ekzema|itchy skin|rash|dermatitis|psoriasis|hives|chickenpox|chicken pox|bites|midge "
        "bites)"
    ),
    idiom(
        "(dont|don't|do not|never) feel safe (on|using|with|climbing) the (new|old|big)? (climbing "
        "wall|swings|swing|slide|zip wire|zipwire|trampoline|climbing frame|roundabout|see saw|"
        "seesaw|monkey bars|skate ramp|ramps)"
    ),
    idiom(
        "hurt (myself|masel|himself|herself) (doing|at|in|playing|on) (a|the)? (cartwheel|"
        "cartwheels|handstand|handstands|gymnastics|trampolining|trampoline|skateboarding|"
        "backflip|a backflip|roly poly|forward roll|pe|football|rugby|netball|hockey)"
    ),
    idiom(
        "(how to|how do you|how do i|to) hang (wallpaper|pictures|a picture|curtains|washing|the "
        "washing|shelves|a shelf|lights|decorations|christmas lights|a mirror|a door|a gate|"
        "bunting|a hammock|a swing|a tv|a telly)"
    ),
    idiom(
        "(he|hes|he's|she|shes|she's|they|theyre|they're) (is|are|s)? here ~2 the (delivery (guy|"
        "man|driver)|postman|postie|courier|plumber|engineer|gas man|electrician|joiner|window "
        "cleaner|amazon (guy|man|driver))"
    ),
    idiom(
        "(stand|standing|stood) in the (garden|yard|back garden|nets) ~5 (teaching|teach|teaches|"
        "taught) me (to|how to) (bowl|bat|catch|kick|throw|play)"
    ),
    # Blind set FT, its harmless half: not wanting to be alive "during double maths"; a stepdad
    # who comes in to turn off the Xbox; beaten at Monopoly or FIFA; the belt at school in the
    # 90s; no food tech; sports-day photos on the school's Instagram; how much paracetamol a
    # six-year-old may have; pushed on the swing (gd).
    idiom(
        "(alive|be alive|to live) (during|for|through) (double)? (maths|math|english|science|"
        "french|pe|assembly|the lesson|this lesson|class|school|exams|mondays|monday|fridays|"
        "friday|period #)"
    ),
    idiom(
        "(comes|came|coming|come) (in|into) (my|our) room (at night)? to (turn off|switch off|take|"
        "unplug|shut|close|open|check) ~2 (my|the)? (xbox|ps5|playstation|switch|ipad|tablet|phone|"
        "tv|telly|light|lights|window|curtains)|(comes|came|coming|come) (in|into) (my|our) room "
        "~8 "
        "to (turn|switch) (it|them|the music|my music|the light|the lights|the tv|the telly|my "
        "phone) off"
    ),
    idiom(
        "(skelped|battered|batters|battering|hammered|thrashed|destroyed|beat|beats|murdered|"
        "slaughtered|smashed|whooped) (me|him|her|us|my brother|my sister|my dad|my mum|my cousin|"
        "my pal) ~3 at (monopoly|fifa|chess|cards|scrabble|uno|draughts|checkers|pool|snooker|"
        "darts|fortnite|mario kart|tennis|ping pong|table tennis|badminton|golf|bowling|connect 4|"
        "jenga|cluedo|the game|a game|games)"
    ),
    idiom(
        "in the (60s|70s|80s|90s|1960s|1970s|1980s|1990s|sixties|seventies|eighties|nineties) ~2 "
        "(a|the|my|our)? (teacher|teachers|headmaster|head teacher|head) (used|gave|would use|"
        "would give) (the|a)? (belt|tawse|strap|cane|slipper) (on|to)"
    ),
    idiom("no food (tech|technology|tech class|technology class|tech lesson)"),
    idiom(
        "(pics|photos|pictures|videos) of (me|us|my son|my daughter) (on|to) the (school|club|"
        "team|nursery) (insta|instagram|facebook|page|website|twitter|tiktok|app)"
    ),
    idiom(
        "how much (paracetamol|calpol|ibuprofen|nurofen|medicine) (a|my|her|his)? (#|##)? (year "
        "old|yr old|month old|baby|toddler|child|kid) (can|should|is allowed to|could) (have|take|"
        "get)"
    ),
    # Blind set FU: "if we get mud on the new carpet he'll kill us", the threat a house rule.
    idiom(
        "if (i|we|you|u) (get|got|put|spill|spilt|spilled|drop) (mud|juice|paint|ketchup|food|"
        "crumbs|mess|sand|glitter) on (the|his|her|my|our)? (new)? (carpet|carpets|shoes|trainers|"
        "floor|sofa|couch|car|rug|jumper|top|dress|kitchen) ~2 (kill|murder) (me|us|you|u)"
    ),
    # Blind set FW: "if I hear that ice cream van once more I will throw myself off the bridge".
    idiom(
        "if i (hear|see|get|have to hear|have to see) ~8 (once more|one more time|again|ever "
        "again) ~4 (throw myself|jump) (off|in|into|under)"
    ),
    # Blind sets FX to GA, their harmless halves: cutting a fringe again; scared to go home over
    # a mum's soup; a dad straightening a tie by the collar; a stepdad turning the music off; a
    # hockey stick at training by accident; a sister's wedding organised; a car wash flooding
    # the pavement; paracetamol for a migraine; "please help my brother with his appeal".
    idiom("cutting (again)? ~4 (my|ma|her|his)? (own)? (fringe|hair|bangs|nails)"),
    idiom(
        "(scared|feart|afraid|terrified) to go home ~4 (cos|because|coz|as) (my)? (mum|mums|mum's|"
        "dad|dads|dad's|gran|grans|gran's) (is|s)? (making|cooking|doing) (her|his)?"
    ),
    idiom(
        "(grabs|grabbed|grab|pulls|pulled|takes|took|holds|held) (me|him|her|us) by the (collar|"
        "tie) ~4 to (fix|straighten|sort|do up|tighten) (my|his|her) (tie|collar|"
        "shirt|top button)"
    ),
    idiom(
        "hit (me|him|her|us) with (a|the|his|her) (hockey stick|shinty stick|ball|bat|racket|"
        "racquet|golf club|club|frisbee) ~4 (by accident|accidentally|at training|at practice|in "
        "the game|during the game|in the match)"
    ),
    idiom(
        "(organising|organizing|planning|helping with|sorting) (my|our) (sister's|sisters|"
        "brother's|brothers|cousin's|cousins|aunt's|aunties|mum's|mums) wedding"
    ),
    idiom("(car wash|carwash) ~4 (floods|flooding|water|spray|sprays|soaks|noise|queue|traffic)"),
    idiom(
        "(took|taken|had|take) (a|some|two|2|one)? (paracetamol|ibuprofen|calpol|nurofen|"
        "painkillers|painkiller) ~4 (for|because of) (a|my|the)? (migraine|headache|cold|period|"
        "period pain|toothache|temperature|fever|flu|sore throat|back|back pain)"
    ),
    idiom(
        "please help (me|my brother|my sister|my son|my daughter|us)? with (his|her|my|the|our) "
        "(appeal|application|homework|form|claim|case|forms|complaint)"
    ),
    # Blind sets GB to GE, their harmless halves: "exploited by the tuck shop"; one more prelim;
    # no food left at lunch; no heating in the school; face paint; a birthday in December.
    idiom(
        "exploited by the (tuck shop|canteen|school shop|shop|council|parking|prices|cafe|"
        "cafeteria|vending machine|bus company|landlord)"
    ),
    idiom(
        "one more (prelim|prelims|exam|exams|test|tests|essay|lesson|class|assignment|maths "
        "lesson|mock) ~4 (kms|kill myself|kill masel|die)"
    ),
    idiom("(never|no|isnt|isn't|not) (any)? food left (at|by|for|after) (lunch|dinner|break)"),
    idiom(
        "(dont|don't|do not) want to be here (anymore|any more)? (this|the) (school|class|room|"
        "building|place|bus) (has|is|got|s)"
    ),
    idiom("(face paint|facepaint|face painting|face paints) ~4 (handprint|hand print|mark|marks)"),
    idiom(
        "never been born (in|on|at) (january|february|march|april|may|june|july|august|september|"
        "october|november|december|christmas|christmas day|boxing day|a leap year|new years day)"
    ),
]
