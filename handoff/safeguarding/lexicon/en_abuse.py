"""English and Scots: physical, domestic, sexual and emotional abuse, and neglect."""

from ..rules import context, flag, hint, idiom

PHYSICAL = "physical_abuse"
DOMESTIC = "domestic_abuse"
SEXUAL = "sexual_abuse"
EMOTIONAL = "emotional_abuse"
NEGLECT = "neglect"
EXPLOITATION = "exploitation"
BULLYING = "bullying_with_harm"
SELF_HARM = "self_harm"

# Someone at school or in a service asking about an injury, and the story a child is told to give.
_SCHOOL_ASKS = (
    "(if|when) (miss|sir|the teacher|teacher|my teacher|the school|school|anyone|anybody|someone|"
    "they|the nurse|the social|social work|the social worker|the police|the polis) (asks|ask|"
    "asked|says|comes) (me)? (about)?"
)
_COVER_STORY = (
    "(i fell|i walked|i tripped|i slipped|i banged|football|boxing|rugby|pe|the stairs|a door|an "
    "accident|we always|we have|he never|she never|dad never|mum never)"
)
# Rows heard night after night, in either order: "screaming every night", "every night the rows".
_ROWS = "(screaming|screams|shouting|yelling|fighting|rows|crashing|banging|smashing|thuds)"
_EVERY_NIGHT = "(every night|each night|most nights|night after night)"
# Small children out at night in their nightclothes, in either order.
_SMALL_CHILDREN = (
    "(kids|children|weans|bairns|wee ones|toddler|toddlers|baby|wee boy|wee girl|little boy|"
    "little girl)"
)
_MIDNIGHT = "(midnight|middle of the night|1am|2am|3am)"
_NIGHTCLOTHES = "(pyjamas|pjs|jammies|nappy|nappies)"
# A lesson, and what it says about nudes and the law.
_LESSON = (
    "(rshp|pshe|pse|rse|sex ed|sex education|relationships|assembly|lesson|lessons|class|online "
    "safety|internet safety)"
)
_NUDES = "(nude|nudes|naked (pic|pics|photo|photos|picture|pictures))"
_UNLAWFUL = "(illegal|against the law|a crime|an offence)"

RULES = [
    # Blind set CQ, in Scots: "ma da gied me a right sore face for bein late hame".
    flag(
        "{PERP_ADULT} ~2 (gave|gied|gid|gies|gives|give|giein) (me|us|him|her|ma|my) (a)? (right|"
        "real|proper|pure|wee|big)? (sore|burst|fat|black|bust|swollen) (face|lip|eye|nose|mooth|"
        "mouth|one|heid|head)",
        PHYSICAL,
    ),
    # Blind set CP: a coach who keeps a boy behind alone "for extra stretching" and tells him it
    # is their secret: two signs of one harm.
    hint(
        "(keeps|kept|keep|keeping|makes|made|asks|asked|holds|held) (him|her|me|them|my son|my "
        "daughter|my boy|my girl) (back|behind) (alone|on (his|her|my|their) own|by (himself|"
        "herself|myself|themselves)|after (everyone|the others|the rest))",
        "alone_with_adult",
        SEXUAL,
    ),
    hint(
        "(tells|told|telling|says|said) (him|her|them) (it's|its|it is|it was|its just) (their|"
        "our|a) (little|wee)? (secret|secrets)",
        "secrecy",
        SEXUAL,
        EXPLOITATION,
    ),
    # Children who "hide in the bathroom till it's over"; asking for emergency housing "if
    # someone needed to leave quickly at night with two kids"; hitting "where it doesn't show".
    flag(
        "(hide|hiding|hid|hides) (in|under) ~2 (bathroom|bedroom|room|wardrobe|cupboard|bed|"
        "toilet) (till|until|til) (its|it's|it is|he's|hes|he is) (over|finished|quiet|done|calmed "
        "down|asleep)",
        DOMESTIC,
    ),
    flag(
        "(leave|get out|flee|escape|run) (quickly|fast|in a hurry|at night|tonight|in the night|"
        "without him knowing|without him finding out) ~6 (with|wi) (# kids|two kids|three kids|the "
        "kids|my kids|the children|my children|the weans|the bairns|a baby|the baby)",
        DOMESTIC,
        severity="medium",
    ),
    flag(
        "(knows|know|knew) where to (hit|punch|kick|grab|pinch|hurt) ~4 (doesnt|doesn't|dont|don't|"
        "wont|won't|will not) (show|leave marks|leave a mark|bruise)|(hits|hit|punches|kicks|"
        "pinches|hurts) (me|us|him|her)? where (it|they|people|nobody|no one|naebody) (doesnt|"
        "doesn't|dont|don't|cant|can't|wont|won't) (show|see)",
        PHYSICAL,
    ),
    # Emoji told: "🏠👊😭 dad again"; the monster who lives in the next room and comes in at
    # night; filmed having a head dunked in the toilet.
    flag("punches ~2 ({KIN}) (again|agen|every night|every day)", PHYSICAL),
    flag(
        "(lives|sleeps|stays|in|from) (in)? the room next (to|door to) (mine|my room|me|ours) ~4 "
        "(comes|gets|came|sneaks) (in|into my room|into my bed) (at night|every night|when)",
        SEXUAL,
    ),
    flag(
        "(head|face) (being|getting|got|gettin)? (dunked|flushed|shoved|pushed|held|forced) (in|"
        "into|down|doon) (the|a)? "
        "(toilet|loo|bog|toilets|cludgie)",
        BULLYING,
        PHYSICAL,
    ),
    # Harmless: stabbed by a compass by accident.
    idiom(
        "(stabbed|jabbed|poked|pricked) (me)? (by|with|wi) (a|the|my|his|her) (compass|pencil|pen|"
        "pin|needle|fork|drawing pin|ruler)"
    ),
    # "Can't sit down properly since Saturday and I'm not allowed to say why"; "dinnae ask
    # aboot the eye"; "used to being called worthless at home"; the dentist "a waste of money".
    flag(
        "(cant|can't|cannot|canny|cannae) (sit|sit down|walk) (properly|right)? ~8 (not allowed to "
        "(say|tell)|cant say why|can't say why|wont say why|won't say why|cant tell|can't tell|"
        "not meant to say)",
        PHYSICAL,
        SEXUAL,
        severity="medium",
    ),
    flag(
        "(dont|don't|dinnae|do not|no) ask (about|aboot|bout) (the|my|ma|her|his) (eye|black eye|"
        "bruise|bruises|face|lip|marks|arm|neck)",
        PHYSICAL,
        severity="medium",
    ),
    flag(
        "(called|calls me|call me|calling me) (worthless|useless|a mistake|a waste of space|"
        "pathetic|a burden) ~3 (at home|by (my|ma) (mum|dad|mam|da|parents|stepdad|stepmum|gran))|"
        "(used to|get|getting|always get) (being)? called (worthless|useless|a mistake|a waste of "
        "space|a burden)",
        EMOTIONAL,
    ),
    flag(
        "(mum|dad|mam|da|parents|she|he) ~3 (says|said|thinks|reckons) (the)? (dentist|doctor|gp|"
        "optician|hospital|medicine) (is|s|are)? (a)? (waste of (money|time)|a con|pointless)",
        NEGLECT,
        severity="medium",
    ),
    # Blind set CD: "sometimes mum forgets we exist for days".
    flag(
        "{POSS}? {KIN} (forgets|forgot|forget|forgetting) (that)? (we|i|us|me|about us|about me) "
        "(exist|are here|are there|are home|are in)? ~2 (for days|for a few days|for two days|for "
        "2 days|for three days|all weekend|for the weekend|for a week|for weeks|most days)",
        NEGLECT,
        severity="medium",
    ),
    # Short lines: "cant sit down, he used the cable again"; "told school I fell. I didn't";
    # "mum's black eyes r not from falling"; "gran screams that i killed my mum being born";
    # "made to stand in the hall all weekend"; a child eating out of the bins.
    flag(
        "{PERP} (used|uses|using) (the|a|his|her|ma|my)? (cable|belt|wire|cord|charger cable|stick|"
        "slipper|wooden spoon|hose|hoover pipe|buckle|jump rope|skipping rope) (again|on me|on us|"
        "on my|on him|on her)|(cant|can't|cannot|"
        "canny|cannae) (sit|sit down|lie on my back|walk right) ~6 (belt|cable|wire|cord|stick|"
        "slipper|hit|hits|hitting|leathered|skelped|beat|beats|battered|whipped)",
        PHYSICAL,
    ),
    hint(
        "^ (i didnt|i didn't|i did not|i never did|never did|didnt|didn't|that's a lie|its a lie|"
        "it's a lie|wasnt true|wasn't true)",
        "untrue",
        PHYSICAL,
    ),
    flag(
        "(black eye|black eyes|bruises|bruise|marks|injuries|burns|cuts) (r|are|is|were|was|s) not "
        "(from|fae|cos of|because of) (falling|a fall|the stairs|walking into|the door|an "
        "accident|sport|football|the cupboard)|(black eye|black eyes|bruises|bruise|marks|injuries|"
        "burns|cuts) (arent|aren't|isnt|isn't|werent|weren't|wasnt|wasn't) (from|fae|cos of|"
        "because of) (falling|a fall|the stairs|walking into|the door|an accident|sport|football|"
        "the cupboard)",
        PHYSICAL,
        DOMESTIC,
    ),
    flag(
        "(says|said|screams|screamed|shouts|shouted|tells me|told me|yells|yelled|keeps saying) "
        "(that)? (i|its my fault i|it's my fault i) (killed|murdered) (my|ma) (mum|mam|mother|dad|"
        "da|father|brother|sister|gran|granny)",
        EMOTIONAL,
    ),
    # Blind set CW: "every time i get something wrong i have to kneel on rice in the hall".
    # Kneeling on rice, salt or peas is a punishment whoever orders it.
    flag(
        "(kneel|kneels|kneeling|knelt|kneeled) (down)? on (rice|uncooked rice|dry rice|salt|peas|"
        "dried peas|beans|dried beans|gravel|stones|bottle caps|bottle tops|lego|grains)",
        PHYSICAL,
        EMOTIONAL,
    ),
    flag(
        "(made to|make me|makes me|made me|make us|made us|makes us) (stand|sit|kneel|stay) (in|"
        "outside|on|at) ~3 (all (day|night|weekend)|for hours|for # hours|till "
        "midnight|overnight)",
        EMOTIONAL,
        PHYSICAL,
        severity="medium",
    ),
    flag(
        "(eating|eats|eat|ate|takes food|taking food|gets food|get food) (out of|oot o|out|from|"
        "fae) (the|a)? (bins|bin|rubbish|skip|scraps)|(eats|eating|eat|ate) scraps (out of|out|"
        "from) (the)? (bin|bins)",
        NEGLECT,
        unless=("animals_bins",),
    ),
    context(
        "(seagulls|seagull|gulls|foxes|fox|rats|birds|crows|cats|dogs|pigeons|magpies|vermin|"
        "badgers|the dog|the cat)",
        "animals_bins",
    ),
    # A grandad's "tickle game" that hurts; "grandpa ➡ my bed every night".
    flag(
        "({PERP_ADULT}|grandads|grandpas|uncles|dads|stepdads|papas|grampas) ~3 (tickle|tickling|"
        "tickles) (game|games|fight|fights)? ~4 (hurts|hurt|i hate|"
        "hate it|dont like|don't like|makes me cry|wont stop|won't stop|secret|under my|down my)",
        SEXUAL,
        severity="medium",
    ),
    flag(
        "{PERP_ADULT} ~2 (to|into|in|comes in|comes into|gets in|gets into|climbs in|climbs into) "
        "(my|ma) (bed|bedroom|room) ~3 (every night|at night|nights|when mum|when everyone)",
        SEXUAL,
    ),
    # Harmless: "she'll skelp ma erse if..."; a big wave at the beach.
    idiom(
        "(skelp|skelpit|skelped|tan|tanned|whip|leather) (ma|my|yer|your|his|her) (erse|arse|bum|"
        "backside|bahookie|hide) if"
    ),
    # A coach's massages that are "our secret" because "I'm his favourite".
    hint(
        "(massage|massages|massaging|rubs my (back|shoulders|legs|neck)|rubbing my (back|"
        "shoulders|legs|neck))",
        "physical_contact",
        SEXUAL,
    ),
    hint(
        "(im|i'm|i am|shes|she's|hes|he's) (his|her) (favourite|fave|favorite|special girl|special "
        "boy|best girl|number one)",
        "flattery",
        SEXUAL,
    ),
    # Blind set DI: "says he falls off his bike but he hasnt got a bike".
    hint(
        "(says|said|tells|told|claims) ~3 (fell|falls|falling|fall) (off|down|over) ~6 (but|"
        "except) "
        "(he|she|they) (hasnt|hasn't|has not|doesnt|doesn't|does not|never|dont|don't) (got|have|"
        "has|own|owns|rides|ride|go|goes)",
        "untrue",
        PHYSICAL,
    ),
    # A story that changes every time.
    hint(
        "(story|explanation|excuse|excuses|account) (changes|is different|keeps changing|"
        "different) (every time|each time|every week)",
        "untrue",
        PHYSICAL,
    ),
    # "Keep my mouth shut so my head stays off the table."
    flag(
        "(so|or) (my|his|her|ma) (head|face) (stays|stay|stayed|keeps) (off|away from) the (table|"
        "wall|floor|door|counter)",
        PHYSICAL,
    ),
    # Nobody picked the child up, again, and it is dark.
    flag(
        "(nobody|no one|naebody|noone|nobodys|noones) (has|s)? (picked|come for|came for|collected|"
        "come to get|came to get|turned up for) (me|us|him|her|my wee brother|my sister) (up)? ~6 "
        "(again|its dark|it's dark|locking up|everyone else|everyone's gone|all night)",
        NEGLECT,
        severity="medium",
    ),
    # School lunch the only meal; the kitchen locked.
    flag(
        "(school|school lunch|school dinner|school dinners|free school meals|breakfast club) (is|"
        "are|s) (my|our|his|her|the) only (meal|food|proper meal|hot meal|meals)|(kitchen|fridge|"
        "cupboards|food cupboard|the food) (is|are|s|re|gets|get)? (always|kept)? (locked|"
        "padlocked|locked up)",
        NEGLECT,
        severity="medium",
    ),
    # Blind set CY, a children's nurse: "A four-month-old came in with a broken leg and a story
    # that doesn't fit the injury". A baby who cannot yet crawl does not break a bone alone, and
    # an account that does not fit an injury is what staff are taught to report.
    flag(
        "(story|explanation|account|excuse|reason) ~3 (doesnt|doesn't|does not|didnt|didn't|did "
        "not|dont|don't|never) (fit|match|add up|make sense|explain) ~3 (the|his|her|their)? "
        "(injury|injuries|bruise|bruises|bruising|burn|burns|fracture|fractures|break|marks)",
        PHYSICAL,
    ),
    flag(
        "(# month old|# week old|# months old|# weeks old|newborn|infant|baby) ~8 (broken|"
        "fractured|fracture|fractures|break|breaks) (leg|legs|arm|arms|rib|ribs|skull|femur|wrist|"
        "collarbone|collar bone|bones)",
        PHYSICAL,
    ),
    # Kept off school to mind the baby. Blind set CX: "they keep me off school to mind the
    # babies and when i get it wrong i get the hose".
    flag(
        "(keep|keeps|kept|keeping) (me|us) (off|oot o|out of|away from|home from) school ~3 (to)? "
        "(mind|look after|watch|care for|babysit|help with)",
        NEGLECT,
    ),
    flag(
        "(when|if|every time|whenever) ~4 (wrong|bad|in trouble|cheeky|late|a mistake|mistakes|"
        "caught|naughty|a bad mark|bad marks) ~3 (i|we) (get|gets|got|getting) the (belt|hose|"
        "slipper|strap|cane|stick|wooden spoon|buckle|back of his hand|back of her hand)",
        PHYSICAL,
    ),
    flag(
        "(not|no|never|nae) (really)? (at|in|going to|goin to|allowed to go to|gone to|been to) "
        "school ~3 (cos|because|bc|as|since) ~2 (mum|dad|mam|maw|da|my mum|my dad|my parents|she|"
        "he) (needs|wants|makes|keeps|tells) (me|us) ~3 (home|at home|to look after|with the baby|"
        "mind)",
        NEGLECT,
    ),
    # Behaviour a parent sees change after someone new: won't be hugged, showers three times a
    # day, cries at a name; with gifts.
    hint(
        "(wont|won't|doesnt|doesn't|will not|does not) let (me|us|anyone|her dad|her mum|his dad|"
        "his mum) (hug|touch|cuddle|near) (her|him)|(showers|washes|showering|washing) (# times|"
        "three times|four times|five times|constantly|all the time) (a day|every day|daily)?",
        "physical_contact",
        SEXUAL,
    ),
    # Blind set DF: a girl tied to the fence at playtime with stones thrown at her (a bike or a
    # dog tied to the fence is not).
    idiom(
        "(bike|bikes|dog|dogs|puppy|boat|balloon|balloons|rope|sign|banner|ribbon|ribbons|flag|"
        "horse|pony|goat|tent|hammock|swing|tarp|gate|lead|scooter) ~3 (was|were|got|been|is|are)? "
        "(tied|taped|chained) (to|up to)"
    ),
    flag(
        "(was|were|got|been|get|gets|being|is) (tied|taped|chained|tied up|taped up) (to|up to) "
        "(the|a)? (fence|tree|post|pole|railings|railing|goalpost|goalposts|chair|radiator|bed|"
        "bench|lamppost|climbing frame)",
        PHYSICAL,
        BULLYING,
        unless=("game", "fiction"),
    ),
    flag(
        "(threw|throw|throws|throwing|chucked|chucking|flung|pelted|pelting) (stones|rocks|bricks|"
        "bottles) at (her|him|me|us|them|my (son|daughter|brother|sister|wee brother|wee sister))|"
        "(stones|rocks|bricks|bottles) (were|was|got|get|being)? (thrown|chucked|flung) at (her|"
        "him|me|us|them)|(had|having|got) (stones|rocks|bricks|bottles) (thrown|chucked|flung) at "
        "(her|him|me|us|them)",
        PHYSICAL,
        BULLYING,
        unless=("game", "fiction", "history"),
    ),
    # Blind set DK: beaten for eating in Ramadan (a diabetic boy); a mother who fasts her
    # children for three days "to drive the devil out".
    flag(
        "(got|was|been|get|gets|being|were) (beaten|battered|hit|belted|leathered|whipped|"
        "slapped|punished) ~4 (for|cos|because|since) (eating|not fasting|breaking (my|the|his|"
        "her) fast|not praying|missing prayers|taking off (my|her) (hijab|scarf)|talking to (a|"
        "boys|girls)|being gay|being trans)",
        PHYSICAL,
    ),
    flag(
        "(drive|drives|driving|drove|cast|casts|casting|beat|beats|beating|pray|praying|get|"
        "getting|force|forcing) (the)? (devil|devils|demon|demons|evil spirit|evil spirits|jinn|"
        "djinn|spirit|spirits|witchcraft|the evil) (out)",
        EMOTIONAL,
        PHYSICAL,
        unless=("fiction", "education", "history"),
    ),
    flag(
        "(fast|fasts|fasting|starve|starves|starving) (us|me|him|her|them|the kids|us kids|the "
        "children|the weans) (for|fur) (# days|two days|three days|four days|days|a week)",
        NEGLECT,
    ),
    # Blind set DI: a toddler alone at the swing park for over an hour as it gets dark; a
    # hoodie set alight on a boy of 11 (the owner named: "my son's hoodie").
    flag(
        "{YOUNG_CHILD_ANY} ~4 (on (his|her|their) own|alone|by (himself|herself|themselves)) ~6 "
        "(for (over|more than|nearly|about)? (an hour|hours|ages|# hours|# minutes|# mins)|(its|"
        "it is) (getting dark|dark|late))",
        NEGLECT,
        "immediate_danger",
    ),
    # Blind set DJ, answers to the bot's questions: "dont phone after 6, thats when he gets in and
    # if he hears me on the phone it starts"; "naw dinnae phone, he'll hear and a'll get it";
    # "if he sees a text from yous ill be in big trouble"; "he loses it when the baby cries,
    # yesterday she had a red mark on her cheek"; "me and my wee brother are on our own again".
    flag(
        "(if|when) (he|she|they|my dad|my stepdad|my husband|my partner|my boyfriend|mums "
        "boyfriend) (hears|sees|finds|catches|reads) (me|us)? ~4 (on the phone|talking|texting|"
        "a text|a message|a call|an email|the letter|you|yous) ~4 ((it|he|she|they) (starts|kicks "
        "off|goes mad|loses it|explodes)|(ill|i'll|i will|well|we'll|a'll|ah'll) (be in|get in|"
        "get) (big|so much|real|serious)? (trouble|bother|it|battered|a hiding|leathered))",
        DOMESTIC,
        EMOTIONAL,
        severity="medium",
    ),
    flag(
        "(hell|he'll|shell|she'll|theyll|they'll|he will|she will) (hear|see|find out|know|check) "
        "~3 (and|an|n) (ill|i'll|a'll|ah'll|i will|all) get it",
        DOMESTIC,
        PHYSICAL,
        severity="medium",
    ),
    hint(
        "(loses it|lost it|losing it|goes mad|went mad|flips|flipped|snaps|snapped|kicks off|"
        "kicked off|screams|screamed) (when|if|cos|because|at) (the|my|our|her|his)? (baby|wean|"
        "bairn|toddler|wee one|little one|babby) (cries|crying|cried|screams|screaming|wakes|wakes "
        "up|wont settle|won't settle)",
        "rage_at_baby",
        PHYSICAL,
    ),
    hint(
        "(red mark|red marks|handprint|hand print|finger marks|slap mark) (on|across) (her|his|the "
        "babys|my babys) (cheek|cheeks|face|neck|head|bum|leg|legs|arm|arms)",
        "injuries",
        PHYSICAL,
    ),
    flag(
        "(me and my|me an ma|me n my|me and ma|me n ma) (wee|little|baby|younger|lil)? (brother|"
        "sister|brothers|sisters|bro|sis) (are|r|is)? (on our own|home alone|alone|by ourselves|on "
        "oor own) (again|all night|all weekend|tonight|every night|since)",
        NEGLECT,
        severity="medium",
    ),
    # Blind set DG: a PE teacher who stands in the doorway watching pupils get changed and
    # remarks on their bodies; a support worker who takes a non-speaking boy's communication
    # device and leaves him in the corridor for hours; "please don't send the report home, I
    # can't explain how bad it'll be".
    flag(
        "({OTHER_ADULT}|pe teacher|gym teacher|coach|support worker|assistant) ~6 (watching|"
        "watches|watched|stares at|staring at|stood watching|stands watching|looks at|looking at) "
        "(us|me|her|him|the girls|the boys|pupils|kids|them) ~2 (get changed|getting changed|"
        "change|changing|undress|undressing|in the shower|in the showers|shower|showering)",
        SEXUAL,
    ),
    flag(
        "({OTHER_ADULT}|pe teacher|coach|support worker|assistant) ~8 (comments|remarks|jokes) "
        "(about|on) (our|my|her|his|their) (bodies|body|boobs|chest|chests|bum|bums|legs|figure|"
        "figures)",
        SEXUAL,
        severity="medium",
    ),
    flag(
        "(takes|took|taking|removes|removed|confiscates|confiscated|hides|hid) (his|her|their) "
        "(communication device|talker|aac device|speech device|communication book|communication "
        "aid|pecs|hearing aids|hearing aid|wheelchair|walker|splints)",
        EMOTIONAL,
        NEGLECT,
    ),
    flag(
        "(leave|leaves|left|leaving|puts|put|sits|sat|shuts|shut) (him|her|them|my son|my "
        "daughter) (in|out in|outside|alone in) (the|a)? (corridor|cupboard|store room|storeroom|"
        "cloakroom|toilets|quiet room|empty classroom) (for|all) (hours|the whole day|all day|ages|"
        "the afternoon|the morning|most of the day)",
        EMOTIONAL,
        NEGLECT,
    ),
    flag(
        "(dont|don't|please dont|please don't|do not|pls dont) (send|give|post|email|show|tell) "
        "~4 (home|my (mum|dad|parents|stepdad|stepmum|mums boyfriend)) ~10 (how bad|cant explain|"
        "can't explain|what (hell|he will|shell|she will|theyll|they will) do|ill get it|i will "
        "get it|(theyll|they will|hell|he will|shell|she will) kill me)",
        PHYSICAL,
        EMOTIONAL,
        severity="medium",
    ),
    # Blind set DE: classmates who set a boy's jacket on fire at the bus stop; a man at the
    # window shouting that he'll get in, about to smash the glass, the children crying.
    flag(
        "(set|setting|sets|lit|light|lighting) (my|ma|her|his|their|our) (sons|daughters|"
        "brothers|sisters|childs|kids|pals|friends)? (jacket|coat|hair|hoodie|"
        "clothes|bag|jumper|blazer|schoolbag|school bag|trainers|top) (on fire|alight|ablaze)|(set|"
        "setting|sets) fire to (my|ma|her|his|their) (jacket|coat|hair|hoodie|clothes|bag|jumper|"
        "blazer|schoolbag|school bag|top)",
        PHYSICAL,
        BULLYING,
        unless=("fiction", "game"),
    ),
    idiom(
        "(set|setting|sets|lit|light) (my|ma|her|his|their) (hair|jacket|coat|hoodie|jumper|"
        "blazer|top|sleeve) (on fire|alight) ~12 (accident|accidental|accidentally|by mistake|jk|"
        "just kidding|bunsen)"
    ),
    hint(
        "(outside|at|under|banging on|kicking) (the|our|my)? (window|windae|windows|door|front "
        "door|back door|flat) ~6 (shouting|screaming|yelling|threatening|banging|kicking)",
        "siege",
        DOMESTIC,
        "immediate_danger",
    ),
    hint(
        "(about to|going to|gonna|gonnae|trying to|tryin to) (smash|break|kick in|kick|put in) "
        "(the|"
        "our|my)? (glass|window|windae|door|front door)|(hell|he will|shell|she will) (get|come|"
        "break) in",
        "breaking_in",
        DOMESTIC,
        "immediate_danger",
    ),
    # Blind set DF: cars picking girls up from a children's unit; a child who tries "so hard to
    # be good so he doesn't go cold on me again"; music on loud so a wee brother can't hear.
    flag(
        "(cars|car|men|taxis|taxi|older men|older guys|a van|vans) ~3 (picking up|pick up|picks "
        "up|collecting|collect|collects|waiting for|wait for|waits for) (the)? (girls|boys|kids|"
        "children|young people|residents|young ones) ~6 (from|outside|at) (the|a)? (childrens "
        "unit|unit|care home|residential unit|residential|childrens home|hostel|supported "
        "accommodation)",
        EXPLOITATION,
        SEXUAL,
        severity="medium",
    ),
    flag(
        "(try|trying|tries) (so hard)? (to be good|to be perfect|to be quiet|to be invisible|not "
        "to upset (him|her|them)|to keep (him|her|them) happy) so (he|she|they|mum|dad|my (mum|"
        "dad|stepdad|stepmum)) (doesnt|doesn't|wont|won't|does not|will not|dont|don't) (go cold|"
        "ignore me|blank me|shout|scream|kick off|explode|stop talking to me|freeze me out|lose "
        "it)",
        EMOTIONAL,
    ),
    flag(
        "(put|puts|putting|turn|turned|turns|turning|stick|stuck) (the|some|my|our|his|her)? "
        "(music|telly|tv|cartoons|headphones|tablet) (on|up) (loud|louder|full blast)? ~3 so (my|"
        "ma|the)? (wee|little|baby|younger)? (brother|sister|brothers|sisters|siblings|wee ones|"
        "baby|weans|kids) (cant|can't|doesnt|doesn't|wont|won't|cannae|disnae|dont|don't) (hear)",
        DOMESTIC,
        severity="medium",
    ),
    # Blind set DC (in English and Polish): "since he moved to the residential school my son
    # flinches when you raise your hand to wave". A rescue dog that cowers is another matter.
    flag(
        "(flinch*|cower*|ducks|cringes|covers (his|her|their) (head|face)) ~6 (raise|raises|"
        "raised|raising|lift|lifts|lifted|lifting|put up|puts up) ~3 (hand|hands|arm|arms)",
        PHYSICAL,
        severity="medium",
    ),
    idiom(
        "(dog|dogs|puppy|pup|cat|cats|kitten|rescue dog|rescue|greyhound|horse|pony|rabbit) ~6 "
        "(flinch*|cower*|ducks|cringes)"
    ),
    hint(
        "(cries|crying|bursts into tears|burst into tears|panics|freezes|goes quiet|flinches|"
        "shakes|goes white) (when|whenever|at|if) ~5 (name|mentioned|comes up|comes round|is "
        "there|goes there|drops her off|picks her up)",
        "silenced",
        SEXUAL,
    ),
    hint(
        "(buying|buys|bought|gives|gave|giving) (her|him|me) (kit|gifts|presents|things|stuff|"
        "clothes|a phone|money|vapes|treats)",
        "gifts",
        SEXUAL,
    ),
    # Harmless: a toy lightsaber, a secret stash of chocolate, a school curry "poisoning us".
    idiom(
        "with (his|her|a|my|the|their) (lightsaber|light sabre|toy sword|foam sword|nerf gun|"
        "pillow|cushion|balloon|pool noodle|water pistol|teddy|plastic sword)"
    ),
    idiom(
        "(secret)? stash of (chocolate|sweets|crisps|snacks|biscuits|haribo|lego|cards|comics|"
        "pokemon cards|sugar|fizzy juice)"
    ),
    idiom(
        "(trying to|tryna|want to|wanting to) poison (us|me|everyone) (with|wi)? ~3 (food|dinners|"
        "curry|chicken|lunch|school dinners|cooking|pasta|soup)|(swear|sure|convinced|think) ~3 "
        "(trying to|tryna) poison (us|me|everyone)"
    ),
    # "It's my fault mum got hurt."
    flag(
        "(my|ma|all my|aw ma) fault {PARTNER_VICTIM} (got|gets|was|is|keeps getting|kept getting) "
        "(hurt|hit|battered|beaten|slapped|punched|shouted at|screamed at)",
        DOMESTIC,
        severity="medium",
    ),
    # "If I don't reply, it's because he's home."
    flag(
        "(if|when) (i|im|i'm) (dont|don't|do not|cant|can't|stop|go quiet|havent|haven't) "
        "(reply|answer|text back|respond|replying|answering|replied|answered)? ~6 (its|it's|it is|"
        "thats|that's) (because|cos|cause|coz) (he|she|hes|he's|shes|she's) (s|is)? (home|in|back|"
        "there|here|around)",
        DOMESTIC,
        severity="medium",
    ),
    # Cover stories that do not hold: "always 'fell off the trampoline'".
    flag(
        "(bruises|bruised|marks|injuries|black eyes|black eye|burns) ~10 (always|every time|each "
        "time) (she|he|they|the kid|the wean|the child)? (fell|falls|fallen|walked into|"
        "tripped|fell off|fall off|fell down)",
        PHYSICAL,
        severity="medium",
    ),
    # A mother wearing sunglasses in the house, in winter, in the dark: "we all know".
    flag(
        "{PARTNER_VICTIM} (wears|wearing|wore|has to wear|always wears) (sunglasses|sunnies|"
        "shades|dark glasses) (in|indoors|inside)",
        DOMESTIC,
        severity="medium",
        unless=("sunglasses_medical",),
    ),
    context(
        "(migraine|migraines|eye drops|eye infection|cataract|operation|surgery|light sensitive)",
        "sunglasses_medical",
    ),
    # Eating off the floor beside the dog's bowl.
    flag(
        "(make|makes|made|making) (me|us|him|her|them) (eat|eats) (on|off) the floor|(eat|eats|"
        "eating|ate|fed|feed|feeds|feeding) (out of|from|next to|beside) (the|a)? (dog's|dogs|dog|"
        "cat's|cats|cat) (bowl|dish|food)|where (pigs|dogs|animals) eat",
        EMOTIONAL,
        NEGLECT,
        severity="medium",
    ),
    # Only eating at school; a baby in a soaked nappy; weight below the centiles. Blind set CH:
    # "school is the only place i get to eat proper".
    flag(
        "(i|we|he|she|they) (only|just) (eat|get to eat|get food|get fed|get a meal|eats|gets fed) "
        "(at|in) school|(the only|my only|our only|his only|her only) (meal|hot meal|proper meal|"
        "food) ~4 (is|s|was) (at|in)? (school|school dinner|free school meals)|(school|nursery|"
        "breakfast club|after school club) (is|s) the only (place|time) (i|we) (get|ever get|can "
        "get) (to eat|food|fed|a meal|a proper meal|a hot meal|proper food|enough food)",
        NEGLECT,
    ),
    flag(
        "(left|lying|sitting|found) (in|with) (a|his|her|their)? (soaked|soaking|sodden|filthy|"
        "dirty|soiled|full|overflowing) (nappy|nappies|nappie)|(propped|propping) (bottle|a "
        "bottle)|bottle (propped|left propped)|(weight|weight has|weights) (dropped|fallen|falling|"
        "gone) (below|under) the # (centile|percentile)|failure to thrive|faltering growth",
        NEGLECT,
    ),
    hint(
        "(mum|mam|mom|maw|ma|mammy|mummy|dad|da|parents|mums|mams|moms|dads) (s|is|are|re)? "
        "(away|gone|not back|no back|not been back|not home|no hame|still out|went off)",
        "parent_absent",
        NEGLECT,
    ),
    # Money and movement controlled: "he's taken the car keys again", "not allowed money".
    flag(
        "(im|i'm|i am) not (allowed|let have|let) (any)? (money of my own|my own money|a bank card|"
        "my bank card|my own card|access to (the|our|my)? (money|account|bank)|my own bank "
        "account|money for (taxis|a taxi|food|petrol|nappies|the shopping))",
        DOMESTIC,
        severity="medium",
    ),
    # Keeping children out of the house until he has calmed down; an interdict and a new address.
    flag(
        "(safer|safest|better) ~8 (out of the house|away from (the house|home)|not (at|in) (home|"
        "the house)|stay out|stay away|at the neighbours) ~6 (until|till|til|before|while) (he|"
        "hes|she|shes|dad|their dad|my husband|my partner|my ex)",
        DOMESTIC,
        severity="medium",
    ),
    flag(
        "(interdict|non harassment order|non-harassment order|protection order|restraining order|"
        "bail conditions|non molestation order) ~14 (not meant to know|not supposed to know|"
        "mustn't know|must not know|cannot know|can't know|cant know|find us|finds us|find out "
        "where|know where we live|our new address)",
        DOMESTIC,
    ),
    # An ex who has tracked down where the family went, and lets them know it ("found out where
    # we are and posted a photo of the building with 'see you soon'").
    flag(
        "(my|her|his|their|the kids)? ex (partner|husband|wife|boyfriend|girlfriend)? (has)? "
        "(found|found out|worked out|knows|tracked down|has tracked down) ~2 where (we|me and the "
        "kids|the kids|i) ~12 (see you soon|coming for (us|me|them|the kids)|posted a (photo|"
        "picture|pic) of|sent (me)? a (photo|picture|pic) of|{FEAR_STRONG})",
        DOMESTIC,
    ),
    flag(
        "(kids|children|weans|the boys|the girls|my son|my daughter) (know|knows) (to|tae) (go|run|"
        "hide) (to|at|in|round|next door)? (the)? (neighbours|neighbour's|next door|their room|"
        "upstairs|gran's)",
        DOMESTIC,
    ),
    # A member of staff tapes a child's mouth; "your dead dad would be ashamed of you".
    flag(
        "(taped|tapes|taping|sellotaped|gagged|gags|tied) ~2 (his|her|my|their|our) (mouth|mooth|"
        "hands) (shut|closed|together)?",
        PHYSICAL,
        EMOTIONAL,
    ),
    flag(
        "(dead|late) (dad|mum|father|mother|mam|da|gran|papa) (would be|would have been|is) "
        "(ashamed|disgusted|embarrassed) (of)? ({ME}|him|her|you)",
        EMOTIONAL,
    ),
    # A parent kissing a child goodbye at the school gate; the gran's shortbread tin.
    idiom(
        "(kisses|kissing|kissed|hugs|hugging|hugged) (me|us|him|her) (at|in front of|outside|on "
        "the way into) (the school gate|the gate|school|everyone|my friends|his friends|her "
        "friends|the bus|the whole class)"
    ),
    idiom("(wont|won't|doesnt|doesn't|will not) let (anyone|anybody|us|me|him|her) (touch|near)"),
    idiom(
        "(hit|whacked|smacked|bashed|battered|hurt|skelped|knocked over|floored) (by|wi|with) (the|"
        "a) (massive|big|huge|giant)? (door|doors|ball|football|hockey ball|hockey stick|branch|"
        "swing|gate|wind|wave|waves)"
    ),
    # A parent spending the gas or food money on drink, drugs or betting.
    flag(
        "(spends|spent|drinks|drank|gambles|gambled|blows|blew|puts|put|wastes|wasted) (the|our|"
        "all the|all our)? (gas|electric|electricity|food|rent|money|benefits|shopping|dinner|"
        "meter) (money)? (on) (tinnies|drink|booze|vodka|cans|drugs|gear|weed|bets|betting|"
        "gambling|the bookies|fruit machines|bingo|scratchcards|the pub)",
        NEGLECT,
    ),
    # Blows "from dad again".
    flag(
        "(punches|punch|hits|slaps|kicks|beating|battering|leathering|hiding|slap|smack|skelp|"
        "kick|belting|whack|whacks|doing) (from|off|aff) (my|ma)? {KIN} (again|every|last night|"
        "today|yesterday|the night)",
        PHYSICAL,
    ),
    # A PE kit, a threat over a lost blazer, a brother's cooking.
    idiom(
        "strip (down)? to (our|my|their)? (t shirts|tshirts|t-shirts|shorts|vests|pe kit|kit|gym "
        "kit|swimming costumes|swimsuits)"
    ),
    idiom(
        "(gonnae|gonna|going to|will|ll) (batter|kill|murder|skelp|leather|ground|strangle) (me|us|"
        "him|her) (for|if i|if we|cos i|when i) ~1 (losing|losin|lose|lost|breaking|breakin|break|"
        "broke|forgetting|forgettin|forgot|missing|failing|spilling|ripping|ruining|wrecking|"
        "leaving|leavin)"
    ),
    idiom(
        "(poison|poisoning|kill|killing) (me|us) with (his|her|their|your|the|mums|dads) (cooking|"
        "food|cake|curry|soup|baking|socks|feet|farts|perfume|singing)"
    ),
    # A neighbour hearing a man threaten or attack his partner, with children in the house.
    flag(
        "(threaten|threatens|threatened|threatening) to (kill|murder|stab|hurt|batter) (his|her) "
        "(wife|partner|girlfriend|husband|boyfriend|kids|children|family|weans|bairns)",
        DOMESTIC,
        "immediate_danger",
    ),
    # Blind set DB: "just heard the man next door shout 'I'll kill you and the kids' and then it
    # went silent". A threat to kill a parent and the children, in the threatener's own words.
    flag(
        "(shout*|scream*|yell*|roar*|bawl*|threaten*|said|says|saying) ~4 (ill|i will|im going to|"
        "im gonna|im gonnae|i am going to) (kill|murder|stab|strangle|burn) (you|ye|her|him) (and|"
        "an|"
        "n) (the|your|ur|yer|her|his|they|thae|those|all the|aw the)? (kids|children|weans|bairns|"
        "baby|wean|bairn|wee ones|boys|girls)",
        DOMESTIC,
        "immediate_danger",
        firm=True,
    ),
    flag(
        "(shout*|scream*|yell*|roar*|bawl*) ~3 (ill|i will|im going to|im gonna|im gonnae) (kill|"
        "murder|stab|strangle) (you|ye) ~2 (at|to) {PARTNER_VICTIM}|(shout*|scream*|yell*|roar*|"
        "bawl*) at {PARTNER_VICTIM} ~3 (ill|i will|im going to|im gonna|im gonnae) (kill|murder|"
        "stab|strangle) (you|ye)",
        DOMESTIC,
        "immediate_danger",
    ),
    flag(
        "(screaming|shouting|yelling|bawling|roaring) at (his|her) (wife|partner|girlfriend|"
        "husband|boyfriend) ~12 (thud|bang|crash|smash|scream|screaming|crying|black eye|bruise|"
        "bruises)",
        DOMESTIC,
    ),
    # Blind set CZ, a Ukrainian neighbour: screams through the wall every night, and children out
    # on the stairs at midnight in their pyjamas. Either alone is a noise complaint or a fire
    # alarm; the two together are a home children are shut out of or flee at night.
    hint(
        f"({_ROWS}|crying) ~5 ({_EVERY_NIGHT}|all night)|{_EVERY_NIGHT} ~5 {_ROWS}",
        "nightly_rows",
        DOMESTIC,
        NEGLECT,
    ),
    hint(
        f"{_SMALL_CHILDREN} ~10 {_MIDNIGHT} ~6 {_NIGHTCLOTHES}|"
        f"{_SMALL_CHILDREN} ~10 {_NIGHTCLOTHES} ~6 {_MIDNIGHT}",
        "children_out_at_night",
        DOMESTIC,
        NEGLECT,
    ),
    # An adult in a child's care seen hitting or pinching them (a taxi escort, an assistant).
    flag(
        "({OTHER_ADULT}|escort|taxi escort|bus escort|support worker|classroom assistant|pupil "
        "support assistant|assistant|nursery worker|nursery nurse|carer|care worker) ~2 (pinching|"
        "slapping|hitting|kicking|punching|smacking|shaking|dragging|yanking|shoving|pinched|"
        "slapped|kicked|punched|smacked|shook|dragged|yanked|shoved|pinches|slaps|hits|kicks|"
        "punches|smacks|shakes|drags|yanks|shoves) ((and) (pinching|slapping|hitting|kicking|"
        "punching|smacking|shaking|dragging|pinched|slapped|kicked|punched|smacked|shook|"
        "dragged))? (him|her|them|my son|my daughter|the children|pupils|the kids|kids|children|"
        "my child)",
        PHYSICAL,
        unless=("game", "sport"),
    ),
    # Blind set DC: the bus escort was "a bit rough" with a disabled girl, who now won't let
    # anyone touch her hands.
    flag(
        "(escort|taxi escort|bus escort|support worker|classroom assistant|pupil support "
        "assistant|nursery worker|nursery nurse|carer|care worker|key worker|care staff) ~8 "
        "(rough|too rough|heavy handed|heavy-handed|manhandled|manhandling|manhandles) (with)? "
        "(him|her|them|my son|my daughter|the children|the kids|kids|children|my child)",
        PHYSICAL,
        severity="medium",
        unless=("game", "sport"),
    ),
    # Euphemism for abuse on a stay-over; a Scots child locked out all night; a "lesson" with a
    # belt till it bleeds (Ukrainian); the cat blamed for marks when there is no cat.
    flag(
        "{PERP_HOME} (did|does|done|doin|doing) (the|that) (thing|stuff) (again)? (when|while|at "
        "night|last night|in the night) ~3 (stayed|stay|staying|slept|sleep|sleeping) (over|round|"
        "at)",
        SEXUAL,
        severity="medium",
    ),
    flag(
        "(lock|locks|locked|lockin|shut|shuts|pit|puts|put|kick|kicks|kicked) (ye|you|me|us|him|"
        "her) (out|oot) (of|o)? (the)? (house|hoose|flat|door) ~3 (all night|aw nicht|overnight|in "
        "the rain|in the cold|in the snow|till morning|til morning|in the dark)",
        NEGLECT,
        PHYSICAL,
    ),
    # Shut in somewhere small for a long time: "put ma wee sister in the cupboard again for hours".
    # Only places no one is sent to for an ordinary telling-off (not a bedroom).
    flag(
        "(lock|locks|locked|lockin|shut|shuts|pit|puts|put|keep|keeps|kept) ({ME}|him|her|them|"
        "{CHILD}|{POSS}? {SIBLING}) (in|inside|intae|into) (the|a|an|his|her|their|ma|my|our)? "
        "(store|stock|storage|broom|cleaning|dark)? (cupboard|wardrobe|cellar|basement|shed|"
        "closet|coal bunker|car boot|boot) ~3 (for hours|for ages|all day|all night|overnight|for "
        "days|in the dark|without food|with no food|til morning|till morning|as a punishment|for "
        "punishment|for talking|for crying|for being naughty|for misbehaving|for wetting|again|"
        "every time|the (second|third|fourth|fifth) time)",
        NEGLECT,
        PHYSICAL,
    ),
    hint(
        "(say|saying|said|tell them|told them|keep saying|blame|blamed) (its|it's|it was)? (the|my|"
        "our)? (cat|cats|kitten|dog|puppy|brambles|rose bush|rosebush)",
        "excuse",
        SELF_HARM,
        PHYSICAL,
    ),
    hint(
        "(there is no|theres no|there's no|there isnt a|there isn't a|we dont have a|we don't have "
        "a|we dont even have a|we don't even have a|i dont have a|i don't have a|dont even have a|"
        "don't even have a|they dont even have a|they don't even have a|we havent got a|we haven't "
        "got a) (cat|dog|trampoline|kitten|puppy|rose bush|bike)",
        "disbelieved",
        SELF_HARM,
        PHYSICAL,
    ),
    hint(
        "(asking|asks|ask|asked|askin) (about|bout|abt|aboot) (my|ma|his|her) (arms|wrists|legs|"
        "marks|scars|cuts|bruises|burns|sleeves)",
        "adult_asks",
        SELF_HARM,
        PHYSICAL,
    ),
    # Repeated fractures in a year.
    flag(
        "(second|third|fourth|another) (broken|fractured) (bone|arm|wrist|leg|rib|collarbone) (in|"
        "this|within) (a|the)? (year|months|few months|weeks|term)",
        PHYSICAL,
        severity="medium",
    ),
    # Accidents and services in the words of harm: a ceiling that nearly hit a child, a hospital
    # with no bed, a child nil by mouth, families left to cope.
    idiom("(nearly|almost|narrowly) (hit|hitting|struck)"),
    idiom(
        "(because|cos|cause) there (was|were|is|are) no (bed|beds)|no (bed|beds) (available|on the "
        "ward|in the hospital|free)|nil by mouth ~8 (starving|hungry|starvin)"
    ),
    idiom(
        "(families|parents|carers|people) (are|were|get|got|have been|been)? left (alone|on their "
        "own|on our own) to (cope|deal|manage|figure|sort|work)"
    ),
    idiom("(dont|don't|do not|doesnt|doesn't|didnt|didn't|never) (know|knew) how to"),
    idiom(
        "(cut|cutting|cuts) (down|back)? (the)? (trees|tree|hedge|hedges|grass|branches|logs|"
        "bushes|verges)"
    ),
    # Cruel names quoted as what a parent sends or says.
    flag(
        "(you|u|ur|youre|your) (are|r)? (worthless|a waste of space|a mistake|useless|a disgrace|"
        "pathetic|a burden|unwanted|nothing|a freak|disgusting) ~3 (thats|that's|is) what {PERP} "
        "(says|said|tells me|told me|calls me|txts|texts|messages|writes|keeps saying|sends)",
        EMOTIONAL,
    ),
    # Cut off from speaking and from friends for months.
    flag(
        "(not allowed|never allowed|cant|can't|wont let me|won't let me|dont let me|don't let me) "
        "(to)? (speak|talk|see my friends|see friends|see (my|ma) pals|leave my room|leave the "
        "house|go out) ~6 (for months|in months|for a year|in a year|for ages and ages)",
        EMOTIONAL,
        severity="medium",
    ),
    # Spoilt food that is all there is.
    flag(
        "(gone off|lumpy|mouldy|moldy|out of date|gone bad|sour|stale|green bits) ~8 (its|it's|"
        "thats|that's|but its|but it's) (all|the only thing|the only food) (there is|theres|"
        "there's|we have|weve got|we've got|in the house|left|in the fridge|in the cupboard)",
        NEGLECT,
        severity="medium",
    ),
    # A cry for help while someone breaks the door down.
    flag(
        "(help|halp|hlp|sos) ~3 ({PRONOUN}|someone|somebody|{POSS}? {KIN}) (is|s|are)? (breaking|"
        "kicking|smashing|booting|banging on|battering|bashing|trying to break|tryin to break) "
        "(the|my|our|down the|in the) (door|bedroom door|front door|window|windows)",
        "immediate_danger",
        PHYSICAL,
    ),
    idiom(
        "(doing|do|did|run|running|ran|made us do|makes us do|make us do) (suicides|suicide runs|"
        "suicide sprints)|suicide (drills|runs|sprints|shuttles|squats)"
    ),
    # Food a child cannot eat for a diet or an allergy, not food withheld.
    idiom(
        "(cant|can't|cannot|doesnt|doesn't|wont|won't|dont|don't) eat (most of|much of|anything "
        "on|any of|half of)? (the menu|the school dinners|school dinners|gluten|dairy|nuts|wheat|"
        "meat|pork|eggs|fish)"
    ),
    # Food withheld as a punishment; photos of children where they change.
    flag(
        "(dont|don't|wont|won't|doesnt|doesn't|never|do not|will not) let (me|us|him|her) eat "
        "((till|until|unless) ~3 (right|correct|finished|done|sorry|tomorrow|morning|the next day|"
        "perfect|learned|learnt)|for ~2 (days|day|hours|a whole day))",
        NEGLECT,
        EMOTIONAL,
    ),
    flag(
        "(photos|pictures|pics|videos|filming|filmed|recording|recorded) ~4 (of)? (the)? (kids|"
        "children|pupils|girls|boys|weans) ~4 (in the)? (changing|changing room|changing rooms|"
        "changing area|toilets|showers|shower)",
        SEXUAL,
    ),
    # Ordinary reasons in the words of harm: a meter read at night, plaits, a bottle bank, a
    # school play's wedding, a passport kept for an ID check, a bag carried for others.
    idiom(
        "(comes|came|coming|come) (in|into) (my|our) room ~4 to (read|check|fix|look at|empty|"
        "change) the (meter|damp meter|dehumidifier|radiator|boiler|window|heater|smoke alarm|"
        "light)|pulled (my|her|his) hair (into|in) (plaits|a ponytail|a bun|braids|pigtails|"
        "bunches)|bottle bank|marry ~4 in the (school play|play|panto|pantomime|show|musical)|"
        "(took|taken|have|has|kept|keep) my passport ~6 (id check|young scot|for the application|"
        "to renew|renewal|to photocopy|copy|council office)|carry (everyones|everyone's|all the|"
        "the class's|their) (stuff|bags|books|kit)|(no|not|isnt|isn't|is not) (breathing|"
        "breathin) (right|properly|well) ~6 (mould|damp|asthma|chest|cough|cold|flu|dust)|"
        "(pinned|tackled|held) (me|him|her|us) (down|doon) (at|in|during) (rugby|wrestling|judo|"
        "training|trainin|practice)"
    ),
    # Held face down until something broke; a child begging "stop, I'll be good".
    flag(
        "(held|pinned|restrained|sat on) (face down|down|to the floor|on the floor|against the "
        "wall) ~12 (broken|broke|bruised|injured|couldnt breathe|couldn't breathe|hurt|fractured)",
        PHYSICAL,
    ),
    flag(
        "(stop|please|no) ~4 (ill be good|i'll be good|i will be good|i wont do it again|i won't "
        "do it again|dont hit me|don't hit me)",
        PHYSICAL,
        "immediate_danger",
        severity="high",
        unless=("fiction", "game"),
    ),
    # Children of any age left in a car for hours.
    flag(
        "(get|gets|got|are|is|were|was|been|being) left (alone)? in the (car|van) ~8 (hours|hour|"
        "every afternoon|every day|all day|hot|heat|outside the (pub|bookies|shop|bar|casino))",
        NEGLECT,
    ),
    # Humiliated in public on purpose; kissed with a tongue by a parent.
    flag(
        "(made|makes|make|making|forced) (me|us|him|her) (to)? (wear|hold|carry|stand with) "
        "(a|an)? (sign|placard|board|label|badge|t shirt|tshirt) ~6 (liar|thief|bad|stupid|naughty|"
        "disgusting|loser|pig|fat|idiot|dirty|baby)",
        EMOTIONAL,
    ),
    flag(
        "{PERP} ~4 (kiss|kisses|kissed|kissing|snogs|snogged) (me|you|her|him|us)? ~3 (with (his|"
        "her) tongue|tongue|on the lips and|in bed|when (mum|dad|nobody|no one) (is|s) (out|not "
        "in|away))",
        SEXUAL,
    ),
    # Not allowed to say how the bruises came; covered up for PE because of the marks.
    flag(
        "(not allowed|not allowd|not alowd|not alowed|not meant|not supposed|not aloud) (to)? "
        "(say|tell|talk about|tell anyone) (how|who|where|what happened) ~4 (got|get|happened|did|"
        "done)|(cant|can't|not allowed|not alowd|not allowd|wont let me|won't let me|dont|don't) "
        "~6 (short sleeves|short sleevs|shorts|t shirt|tshirt|swimming|swim|pe kit|pe) ~4 (cos|"
        "because|coz|cause) (of)? (the|my)? (marks|bruises|bruses|cuts|scars|burns)",
        PHYSICAL,
        "self_harm",
        severity="medium",
    ),
    # A small child in the same soaked nappy day after day.
    flag(
        "(same|dirty|wet|soaked|soaking|soiled|full|filthy) ~2 (nappy|nappies|pampers|pull ups|"
        "pull-ups) ~8 (every day|all day|for days|hungry|again|daily|each day|every morning|"
        "overnight)",
        NEGLECT,
    ),
    # Boredom said as a bang on the head.
    idiom(
        "(want to|wanna|could|gonna|going to|about to) (bang|bash|hit|smash) my head (off|on|"
        "against) (the|my|this)? (desk|table|keyboard|wall|book|screen)"
    ),
    # The story the child has to tell at school; the marks a wooden spoon leaves.
    flag(
        "(thats|that's|that is|thats what|its what) (what)? (i|we) (have to|hafta|got to|gotta|"
        "must|am meant to|am supposed to|have tae|need to) (say|tell) (at school|to the teacher|"
        "to miss|to sir|to the school|to everyone|to people|if anyone asks)",
        PHYSICAL,
    ),
    flag(
        "(stripy|stripey|marks|red|bruised|welts|lines|sore|bleeding) ~4 (from|fae|off) (the|a|his|"
        "her|dads|mums)? (wooden spoon|belt|slipper|cane|cable|wire|hairbrush|stick|hanger|coat "
        "hanger|ruler|lead)",
        PHYSICAL,
    ),
    # Woken with clothes off, not remembering after a drink someone gave.
    flag(
        "(woke|wake|waking|woken) up ~8 (with|wi) (my|no|ma) (jeans|trousers|clothes|pants|"
        "knickers|underwear|top|skirt|bra|shorts) (off|missing|gone|undone|down)|(dont|don't|"
        "cant|can't|do not|cannot) remember ~4 (anything|what happened|a thing|much) ~6 (drink|"
        "drinks|he gave me|they gave me|someone gave me)",
        SEXUAL,
        "immediate_danger",
    ),
    # Teeth left to rot: dental neglect.
    flag(
        "(toothache|tooth ache|sore tooth|sore teeth) ~3 (for|since) ~2 (months|ages|a year)",
        NEGLECT,
        severity="medium",
    ),
    # A young child left in a car on a hot day.
    flag(
        "{YOUNG_CHILD_ANY} ~4 (left|locked|was left|were left|been left) (in|inside) (the|a|his|"
        "her|their) (car|van) ~8 (hour|hours|hot|heat|sun|ages|minutes|windows up)",
        NEGLECT,
        "immediate_danger",
    ),
    # Ordinary things in words that sound like harm: a dive off the top board, a car missed by
    # a gran's grab, a nose that will not breathe, a mum who is "gonnae go aff her heid" (lose
    # her temper), a boy outside the nail bar, funding cut.
    idiom(
        "jump (off|from) the (top board|high board|big board|diving board|big diving board|board|"
        "springboard|top diving board|high dive|top dive)|(grabbed|pulled|yanked|dragged) (me|him|"
        "her|us) ~8 (back)? (off|from|out of|away from) the (road|street|kerb|curb|traffic|edge of "
        "the road)|not breathing (right|properly|"
        "well) (through|out of|oot) (her|his|my|their) nose|(gonnae go|gonna go|will go|is "
        "going to go|going to go|gonnae|gonna) (aff|off) (her|his|their|ma|my) (heid|head)|"
        "(outside|past|next to|near|beside) the (nail bar|car wash|carwash)|(funding|fundings|"
        "budget|budgets|grant|grants|"
        "service|services|hours) ~2 (been|was|were|got|is being|are being) cut|(scratched|cut|"
        "grazed|scraped) (his|her|my|their) (leg|arm|hand|knee|finger|foot|elbow) on (it|the "
        "edge)"
    ),
    # A goodnight kiss on the forehead is a parent's.
    idiom(
        "(kiss|kisses|kissed|kissing) (me|us|him|her|them) (goodnight|good night|goodbye|bye|night "
        "night|on the (forehead|cheek|head|top of the head))"
    ),
    # Small children's ordinary words for ordinary things.
    idiom(
        "(little|wee|baby|younger|lil) (brother|sister|bro|sis) ~6 (comes|coming|came|keeps "
        "coming) (in|into) (my|our) room|plays with me ~2 (is|at|on) (monopoly|chess|cards|"
        "football|lego|xbox|the xbox|uno|snap|dominoes|scrabble|minecraft|fortnite|mario|"
        "hide and seek|tig)|(made|make|makes|told|asked|teaches|taught) (me|us) (to)? (put|"
        "putting) (my|our) (face|faces|head|heads) (under|in) the water"
    ),
    # Asking whether a child may refuse a marriage.
    flag(
        "(refuse|say no|stop|get out of|object) (to)? (getting married|get married|marry|the "
        "marriage|my marriage|the wedding|my wedding)",
        "forced_marriage_fgm",
        unless=("fiction", "history"),
    ),
    # Cut, stabbed or burned by someone, with what.
    flag(
        "{PERP} ~2 (cut|cuts|slashed|slashes|stabbed|stabs|burned|burnt|burns|scratched|"
        "scratches|sliced) ((me|us)|(my|her|his|our|ma) {BODY}) ~2 with (a|the|his|her|their)? "
        "(knife|blade|razor|scissors|glass|lighter|cigarette|fag|iron|fork|screwdriver|bottle|"
        "compass)",
        PHYSICAL,
        unless=("fiction", "game"),
        firm=True,  # someone else's hand: the self-harm idiom for "he cut my arm" must not drop it
    ),
    # A hand or arm held to a flame or something hot.
    flag(
        "(held|hold|holds|holding|pressed|press|presses|put|puts|forced) (my|his|her|their|ma) "
        "(arm|hand|hands|finger|fingers|leg|face|wrist) (to|on|against|over|under|near) (the|a)? "
        "(lighter|flame|fire|iron|cooker|hob|radiator|heater|candle|hot tap|kettle|oven|stove)",
        PHYSICAL,
        BULLYING,
    ),
    # An explanation for a child's injuries that keeps changing.
    flag(
        "(injury|injuries|bruise|bruises|bruising|burn|burns|marks|fracture|teeth) ~12 "
        "(explanation|story|account|excuse) (changed|changes|keeps changing|kept changing|didnt "
        "match|didn't match|doesnt match|doesn't match|didnt add up|didn't add up|doesnt fit|"
        "doesn't fit)",
        PHYSICAL,
        severity="medium",
    ),
    # A hand too free: "a bit handsy".
    flag(
        "{PERP} ~4 (handsy|touchy feely|too touchy|grabby|wandering hands)",
        SEXUAL,
        severity="medium",
    ),
    # Married off before finishing school, whether the child likes it or not.
    flag(
        "(married|marry|marrying|wedding) ~8 (whether i like it or not|whether i want to or not|"
        "if i like it or not|like it or not|i have no say|no say in it|no choice|before i finish "
        "school|before i leave school)",
        "forced_marriage_fgm",
    ),
    # Told, by whoever it is, that the child is a mistake or unwanted.
    flag(
        "(get told|got told|am told|keep getting told|always get told|was told|get called|"
        "always told|getting told) (that)? (im|i'm|i am|i was|i'm just|im just|im only) (a|an) "
        "(mistake|accident|burden|waste of space|waste)",
        EMOTIONAL,
    ),
    flag(
        "(gets|getting|is|being|get|am|are) (screamed at|shouted at|sworn at|yelled at) (and|n) "
        "(called|named) ~3 (names|vile names|horrible names|disgusting names)|(screamed at|"
        "sworn at|called vile names|called horrible names) ~3 (daily|every day|every night|all "
        "the time|constantly)",
        EMOTIONAL,
        severity="medium",
    ),
    # Female genital mutilation in the words a sibling uses.
    flag(
        "(got|get|was|were|be|been|getting|is getting|are getting|going to be|gonna be) cut "
        "(down there|down below) ~6 (holiday|holidays|summer|abroad|back home|trip|visit)?",
        "forced_marriage_fgm",
        firm=True,  # "got cut" is otherwise read as a service cut back
    ),
    # A parent scripting what the child says when school or social work ask about an injury.
    flag(
        f"{_SCHOOL_ASKS} ~4 (i|we) (say|have to say|should say|must say|need to say|tell them|am "
        f"to say|to say|gotta say|have tae say) ~3 {_COVER_STORY}|{_SCHOOL_ASKS} ~4 (say|tell "
        f"them) (that)? (it was|its)? {_COVER_STORY}|{_SCHOOL_ASKS} ~2 (i|we) (fell|tripped|"
        "slipped|walked into|banged)|(practise|practice|rehearse|go over|learn|learned|learnt) "
        "(what to say|what we say|what i say|our story) (if|when|to|for) (the|a)? (social worker|"
        "social work|the social|teacher|police|polis|school|nurse|health visitor)",
        PHYSICAL,
        "neglect",
    ),
    # A parent's cover story for an injury, told to the child to repeat ("mum said to say it was
    # an accident"); and an injury the child insists came from sport while school keeps asking.
    flag(
        "{PERP_HOME} (said|says|told me|tells me|told us|tells us|made me|makes me|wants me) (to|"
        "tae)? (say|tell (them|the teacher|school|the school|miss|sir|the nurse|everyone|people)) "
        "(that)? (it was|its|i) ~1 (an accident|accident|fell|fell over|fell down|tripped|slipped|"
        "walked into|banged|burned myself|burnt myself|did it myself)",
        PHYSICAL,
        unless=("breakage", "really_happened"),
    ),
    # "mum told me to tell school I fell in PE cause that's literally what happened" (blind set
    # CN): the story is true. "That's not what happened" does not match.
    context(
        "(cause|cos|because|coz) (thats|that's|that is|it's|its|it is) (literally|actually|really|"
        "just)? (what happened|the truth|true)",
        "really_happened",
    ),
    flag(
        "(bruises|bruise|marks|cuts|burns|black eye) ~6 (from|fae|off) ~3 (pe|gym|football|rugby|"
        "training|falling|the stairs|my bike|the bike) ~8 (teacher|teachers|miss|sir|school|nurse|"
        "guidance) ~2 (keeps|keep|always|kept|wont stop|won't stop) (asking|asks|on at me)",
        PHYSICAL,
        severity="medium",
    ),
    # A cover story the child has been given for when someone asks (blind set CH: "i have to
    # say i fell of my bike if the teacher asks about my eye"); "I have to say" alone is a filler.
    flag(
        "(have to|has to|got to|gotta|must|meant to|supposed to) (say|tell (them|the teacher|"
        "everyone|people|school|miss|sir|the nurse)) (that)? (i|we|he|she|it was) ~1 (fell|"
        "tripped|slipped|walked into|banged|bumped|an accident|accident) ~6 (if|when|whenever) "
        "~3 (asks|ask|asked|says|notices|sees)",
        PHYSICAL,
        unless=("breakage",),
    ),
    # A cover story and, in the next sentence, that it was not true.
    hint(
        "(told|tell|telt|tellt|said|say) ~5 (i fell|i tripped|i slipped|i walked into|it was an "
        "accident|i banged|i fell down|i fell off|i fell over)",
        "cover_story",
        PHYSICAL,
    ),
    hint(
        "(thats not true|that's not true|its not true|it's not true|it isnt true|it isn't true|it "
        "was a lie|that was a lie|i lied|thats a lie|that's a lie|i didnt fall|i didn't fall|i "
        "never fell|that wasnt true|that wasn't true)",
        "untrue",
        PHYSICAL,
    ),
    idiom(
        "(i|we) fell (behind|asleep|in love|out with|for it|for that|pregnant|through the cracks)"
    ),
    # Clothes chosen because they cover marks.
    flag(
        "(sleeves|kit|mine|hoodie|hoody|jumper|top|trousers|tights|leggings|clothes|scarf|polo "
        "neck|turtleneck|make up|makeup|foundation|concealer) ~4 (covers|hides|cover|hide|covered|"
        "hid) (up)? (the|my|his|her) (marks|bruises|cuts|burns|fingermarks|finger marks)",
        PHYSICAL,
        "self_harm",
        severity="medium",
        unless=("skin_condition",),
    ),
    # The only food a child gets until the next day.
    flag(
        "(only|only proper) (food|meal|thing to eat|thing i eat|bit of food|scran) ~3 (i get|i "
        "have|i eat|we get|we have|he gets|she gets) ~6 (next day|the next day|all day|til "
        "tomorrow|till tomorrow|until tomorrow|the whole day|all weekend|at weekends|till monday|"
        "til monday)",
        NEGLECT,
    ),
    context(
        "(window|vase|plate|plates|glass|mug|cup|phone|screen|telly|tv|lamp|mirror|ornament|door "
        "handle|toy|car|bike|fence|wall|table|chair|laptop|tablet|ipad) ~3 (broke|broken|smashed|"
        "cracked|scratched|dented|spilt|spilled)|(broke|smashed|cracked|scratched|dented|spilt|"
        "spilled) ~2 (the|a|my|his|her|their)",
        "breakage",
    ),
    # Hiding an injury from teachers with make-up or clothes.
    flag(
        "(cover|hide|covering|hiding|cover up|conceal|concealing) (up)? (a|my|the|his|her)? (black "
        "eye|bruise|bruises|marks|mark|cuts|scars|burns|fingermarks|finger marks) ~6 (before "
        "school|for school|teachers|teacher|the school|so nobody|so no one|so they dont|so they "
        "don't|asking)",
        PHYSICAL,
        "self_harm",
        severity="medium",
        unless=("sport", "fiction"),
    ),
    # A little brother or sister lashing out; being beaten at a game; gulls after chips.
    idiom(
        "(seagulls|gulls|dogs|dog|geese|swans|crows|wasps|bees|foxes|rats|horses|cows|magpies) ~10 "
        "(go for|goes for|went for|attack|attacks|attacked|peck|pecks|chase|chases) (the|our|my)? "
        "(kids|children|weans|bairns|wee ones)"
    ),
    idiom(
        "(wee|little|baby|lil|younger|small) (sis|sister|bro|brother|cousin) ~3 (kicked|kicks|hit|"
        "hits|punched|punches|bit|bites|slapped|slaps|scratched|scratches|smacked|whacked|hitting|"
        "kicking|biting|punching|scratching|pinching|pinches|pinched) (me|us)"
    ),
    idiom(
        "(batter|batters|battered|beat|beats|thrash|thrashes|thrashed|hammer|hammers|hammered|"
        "destroy|destroys|destroyed|pump|pumps|pumped|smash|smashes|smashed|murder|murders|"
        "murdered|rinsed|annihilated) (me|us|him|her) (at|in) (fifa|fortnite|chess|cards|fives|"
        "five a side|5 a side|fitba|footy|"
        "monopoly|the game|pool|darts|mario kart|uno|scrabble|minecraft|cod|football|table tennis|"
        "ping pong|badminton|tennis)"
    ),
    # A groomer's script: nobody else would understand what the two of them have.
    flag(
        "(adults|grown ups|grownups|people|your parents|his parents|her parents|your mum|your dad|"
        "nobody|no one|others|other people|anyone else) (wouldnt|wouldn't|would not|wont|won't|"
        "will not|dont|don't|do not|could not|couldnt|couldn't) (understand|get) ((our|their|this|"
        "the|his|her) (special)? (friendship|relationship|bond|connection)|us|what we have|what "
        "weve got|what we've got)",
        SEXUAL,
        EXPLOITATION,
    ),
    # A threat in playground words: "they told me to watch my back on monday".
    flag(
        "(told|tells|telling|said|says|saying|warned|warning) (me|him|her|us|my (son|daughter|"
        "brother|sister|boy|girl)) ~2 (to)? watch (my|his|her|our|your|yer|ur) back",
        BULLYING,
        severity="medium",
        unless=("sport", "game"),
    ),
    # Hiding an injury from school: kept off until it fades, or told what to say.
    flag(
        "(kept|keeps|keep|keeping|kep) (me|him|her|us) (off|aff|home from|oot of|out of) "
        "(school|the school|nursery|college) ~8 (so|till|until|til|tae) ~5 (see|sees|seen|notice|"
        "notices|fade|fades|go|goes|heal|heals|clear|clears|go down|goes down|disappear)|(till|"
        "until|til|before) the (marks|mark|bruises|bruise|bruising|swelling|black eye|cuts|burns) "
        "(fade|fades|go|goes|go down|heal|heals|clear|clears|disappear)",
        PHYSICAL,
    ),
    flag(
        "(to|tae) (tell|say to) (folk|people|everyone|everybody|the teacher|the teachers|teachers|"
        "school|the school|the nurse|the doctor|them|anyone) (i|that i|ah) (walked into|fell|"
        "banged|tripped|slipped|hit my)",
        PHYSICAL,
        unless=("really_happened",),
    ),
    # A grown adult arranging to meet a child: "a 30 year old ... meet a 12 yr old".
    flag(
        "{ADULT_AGE} (year old|yr old|yo|years old|year-old) ~6 (meet|meet up|meeting|see me|"
        "hang out) ~4 {UNDER_16} (year old|yr old|yo|years old|year-old)",
        SEXUAL,
        EXPLOITATION,
    ),
    # Not wanting to go home any more: the home is the trouble.
    flag(
        "(dont|don't|do not|never) (really)? (want to|wanna|want tae|wantae) (go|goin|going) "
        "(home|hame) ~4 (anymore|any more|ever again)",
        EMOTIONAL,
        severity="medium",
    ),
    # A parent taking or selling the child's own medicine.
    flag(
        "{PERP_HOME} ~2 (sells|sold|selling|steals|stole|stealing|nicks|nicked|uses|used|using|"
        "takes and sells|took and sold) (my|ma|his|her) (meds|medication|medicine|tablets|pills|"
        "adhd meds|adhd medication|inhaler|prescription)",
        NEGLECT,
    ),
    # Plain disclosures that blind sets showed the rules missing (general forms of them) --------
    flag(
        "(takes|took|taking|take) (his|her|the|a) belt (off)? to (me|us|my)|"
        "(belt|buckle|belt buckle) (to|on|across|over) (me|us|my (back|legs|bum))",
        PHYSICAL,
    ),
    flag(
        "(gets|got|grabs|grabbed|has|had|holds|held|pins|pinned|lifts|lifted) (me|us|my (wee|"
        "little|big)? (brother|sister)|her|him|them|the (boys|girls|kids|children|pupils|players)|"
        "boys|girls|kids) (up)? by the (throat|neck)",
        PHYSICAL,
        severity="immediate",
    ),
    # Blind set BY: "they threw stones at me at the bus stop".
    flag(
        "(threw|throw|throws|throwing|chucked|chucks|chucking|lobbed|pelted|pelting) (stones|"
        "rocks|bricks|bottles|a brick|a bottle|a rock|a stone) at (me|us|him|her|them|my (head|"
        "face))|(pelted|pelting) (me|us|him|her) with (stones|rocks|bricks|bottles)",
        PHYSICAL,
        BULLYING,
    ),
    flag(
        "(cigarette|cigarettes|ciggie|ciggies|fag|fags|lighter) (out)? (on|onto|against) (me|my|"
        "him|her|his|us)|(stubs|stubbed|stubbing|puts|put|putting) (cigarettes|cigarette|fags|"
        "fag|ciggies) out on",
        PHYSICAL,
        BULLYING,
    ),
    flag(
        "(films|filmed|filming|records|recorded|recording|takes pictures of|took pictures of|"
        "photographs|photographed) me ~4 (asleep|sleeping|in the shower|in the bath|changing|"
        "getting changed|naked|undressed)",
        SEXUAL,
    ),
    flag(
        "(nude|nudes|naked pic|naked pics|naked photo|naked photos|naked picture|naked video|"
        "nudie) (of) (me|my daughter|my son|her|him)",
        SEXUAL,
        EXPLOITATION,
    ),
    flag(
        "(nobody|no one|noone|naebody|naeb|no body) (would|wud|wid|will|wld|gonna|is gonna) "
        "(miss|care if) (me|i died|i was gone|i'm gone|im gone)",
        EMOTIONAL,
        "suicide",
        severity="high",
    ),
    flag(
        "(wish|wishes|wished) (i|you|he|she) (was|were|had)? never (been)? born|(wish|wishes|"
        "wished) (i|you|he|she) (wasnt|wasn't|werent|weren't|hadnt been|hadn't been) born|"
        "(shouldnt|shouldn't|should not|shud|should never|shud of never|should of never|should "
        "have never|shouldve never) (have|of|ov)? (been)? born|(never|not) (have)? been born",
        EMOTIONAL,
        severity="high",
    ),
    flag(
        "(head|heid|face) (in|down|into|doon) (the)? (toilet|toilets|loo|bog|cludgie|toilet bowl)",
        BULLYING,
        PHYSICAL,
    ),
    flag(
        "(skelp|skelps|skelped|skelpit|hit|hits|whip|whips|whipped|whipping|batter|batters|"
        "leather|leathers|leathered|beat|beats|belts|belted) (me|us|him|her|my (wee|little)? "
        "(brother|sister|boy|girl|son|daughter))? (wi|with|w) (the|a|his|her|wet)? (belt|buckle|"
        "belt buckle|slipper|wooden spoon|cable|wire|hanger|coat hanger|hose|towel|towels|cane|"
        "stick|sticks)",
        PHYSICAL,
    ),
    flag(
        "(gies|gives|gave|giein|giving) (me|us|him|her) (a|the) (skelpin|skelping|leathering|"
        "hiding|doin|doing|belting|battering|kicking|beating|thrashing)",
        PHYSICAL,
    ),
    flag(
        "(burn|burned|burnt|burns|burning) (my|his|her|me|him|us|their) ~2 (with|w|wi) (a|the|"
        "his|her)? (lighter|cigarette|fag|ciggie|cigarettes)",
        PHYSICAL,
        "self_harm",
        firm=True,
    ),
    flag(
        "(chucked|kicked|threw|thrown|flung|put|locked) (me|us) out ~5 (at night|at 1am|at 2am|"
        "at 3am|at midnight|in the middle of the night|in my pyjamas|in my pjs|in the cold|in the "
        "snow|in the rain|all night)",
        NEGLECT,
        "immediate_danger",
    ),
    flag(
        "(touches|touching|touched|grabs|grabbing|grabbed|gropes|groping|groped|feels|feeling) "
        "(the|my|her|his)? (girls|girls'|pupils|kids|children|daughter's|son's)? (bums|bum|"
        "bottom|bottoms|breasts|boobs|chest|privates|private parts|crotch|bits)",
        SEXUAL,
    ),
    flag(
        "(makes|made|making|make|wants|wanted|tells|told) (me|us|her|him) (to)? (play|do) (the|a)? "
        "(naked|nudie|nudey|nude|touching|sexy|secret touching|tickling naked) (game|games)",
        SEXUAL,
    ),
    flag(
        "(no|not|nae|havent|haven't|hasnt|hasn't|never) (had)? (a proper|any|a|proper)? (dinner|"
        "food|meal|tea|breakfast|anything to eat) since (sunday|monday|tuesday|wednesday|thursday|"
        "friday|saturday|yesterday|the weekend|last week|days)",
        NEGLECT,
    ),
    flag(
        "(took|takes|take|taking|hid|hide|hides|hiding|stole|keep|kept) (my|his|her) (inhaler|"
        "epipen|epi pen|insulin|meds|medication) ~10 (attack|asthma attack|couldnt breathe|"
        "couldn't breathe|cant breathe|can't breathe|hypo|reaction)",
        BULLYING,
        PHYSICAL,
    ),
    flag(
        "(got|have|had|gave me|give me|gies me|gied me) a black eye (aff|off|from|fae|frae) "
        "(my|ma)? ({KIN}|{SIBLING})",
        PHYSICAL,
    ),
    flag(
        "(i'm|im|i am|she's|shes|she is|he's|hes|he is|they're|theyre|they are) locked in ~4 "
        "(cant|can't|cannot|canny|cannae) get out",
        "immediate_danger",
    ),
    flag(
        "(best|easiest|quickest) (way|ways) for (me|him|her) to (die|kill (myself|himself|"
        "herself))",
        BULLYING,
        "suicide",
    ),
    flag(
        "((made|make|makes|making) (me|him|her|us|them) (to)? sleep|(he|she|i) (sleeps|has to "
        "sleep|had to sleep)|made to sleep|(puts|put) (me|him|her|us) out|locked (me|him|her|us) "
        "out) (in|outside in|out in) the (garden shed|shed|garden|car|garage|back garden|close|"
        "stairwell) (that night|all night|overnight|as a punishment|as punishment|for "
        "punishment|when)",
        NEGLECT,
        EMOTIONAL,
    ),
    # Blind set DH: parents who refuse a niece's chemotherapy because the pastor says prayer will
    # fix it, and she is getting worse.
    flag(
        "(refuse|refuses|refused|refusing|won't let|wont let|won't allow|wont allow|stopped|"
        "stopping) ~4 (chemo|chemotherapy|treatment|her treatment|his treatment|medication|insulin|"
        "antibiotics|surgery|the operation|her medicine|his medicine|a blood transfusion|"
        "transfusion) ~10 (getting worse|worse every|sicker|pastor|prayer|pray|god will|faith "
        "healing|herbal|healer)",
        NEGLECT,
    ),
    # Blind set DH: a girl of about 14 whose pregnancy the family keep quiet because it was her
    # older brother; a girl of about 14 brought for emergency contraception by a man who paid
    # and would not let her speak alone.
    flag(
        # An age before "pregnant" is the rule below; this is the age after it.
        "(pregnant|expecting) (at|aged) {UNDER_16} (and|an|years|year|yrs|yo)|(pregnant|expecting) "
        "(at|aged) {UNDER_16} $",
        SEXUAL,
        severity="medium",
    ),
    flag(
        "pregnant ~10 (keep it quiet|kept quiet|keep it secret|kept secret|hush it up)|"
        "pregnant ~10 (it was|its|by|the father is|the dad is) (her|my) (older)? (brother|uncle|"
        "stepdad|dad|father|cousin|grandad)",
        SEXUAL,
        unless=("fiction", "education"),
    ),
    hint(
        "(emergency contraception|morning after pill|morning-after pill|plan b|pregnancy test) ~12 "
        "(maybe|about|around|aged|looked|looks) ({UNDER_16}|young)|(maybe|about|around|aged|"
        "looked) {UNDER_16} ~12 (emergency contraception|morning after pill|plan b|pregnancy "
        "test)",
        "young_contraception",
        SEXUAL,
        EXPLOITATION,
    ),
    hint(
        "(wouldnt|wouldn't|didnt|didn't|won't|wont|would not|did not) let (her|him) (speak|talk|"
        "answer|go in|be seen|see the nurse|see the doctor|see me|come in) (alone|on (her|his) "
        "own|to me|to us|for (herself|himself))?",
        "controlled_speech",
        SEXUAL,
        EXPLOITATION,
    ),
    # Blind set DH: a dad who rang to cancel his daughter's appointment with the nurse and said
    # "she'll say nothing if she knows what's good for her".
    flag(
        "(say|tell|speak) (nothing|nowt|naethin|no one|nobody|anything) if (she|he|you) (knows|"
        "know) (whats|what's|what is) good for (her|him|you)",
        EMOTIONAL,
        PHYSICAL,
        severity="medium",
    ),
    # A rash that "was nothing" is no insult (blind set DH).
    idiom(
        "(rash|cough|temperature|pain|lump|symptoms|spots|bruise|injury|problem|it) (was|is|s) "
        "(nothing|just nothing)"
    ),
    # A stage of pregnancy is not a child's age ("12 weeks pregnant", "pregnant at 14 weeks").
    idiom("# (weeks|wks|week|months|month) pregnant|pregnant (at|for)? # (weeks|wks|months)"),
    # Care kept from a child: never taken to the doctor, or an ambulance not allowed ("her dad
    # wouldn't let me call an ambulance" when the child turned blue).
    flag(
        "(dad|mum|da|maw|mam|parents|his dad|her dad|his mum|her mum|stepdad|stepmum|he|she) "
        "((won't|wont|will not|refuses to|refused to|never) (take|takes|let) (him|her|me|us|them) "
        "(go)? to (the)? (dentist|doctor|doctors|gp|hospital|a&e|optician)|(won't|wont|will not|"
        "wouldn't|wouldnt|would not|didn't|didnt|did not|refuses to|refused to|never) (let|lets) "
        "(me|us|mum|my mum|her|him|them) (call|phone|ring|get) (an|the)? (ambulance|999|doctor|gp|"
        "nhs 24|111))",
        NEGLECT,
    ),
    flag(
        "(non harassment order|nho|interdict|protection order|restraining order|bail conditions|"
        "court order) ~12 (waiting outside|turning up|turned up|turns up|hanging about|following|"
        "messaging|contacted|came to|comes to|waits outside)",
        DOMESTIC,
        "immediate_danger",
    ),
    # Something thrown at a child's face or head; touched and told it's a secret; called possessed.
    flag(
        "(threw|throws|thrown|throwing|chucked|chucks|flung|flings|hurled|lobbed|fired) (a|the|"
        "his|her|their|my|ma)? ~2 (glass|bottle|bottles|plate|plates|mug|cup|chair|shoe|remote|"
        "phone|knife|pan|ashtray|can|cans|glasses|iron|hammer|brick) (at|into|in) (me|my face|my "
        "heid|my head|ma face|ma heid|us)",
        PHYSICAL,
    ),
    flag(
        "(rubbing|rubs|rubbed|stroking|strokes|stroked|touching|touches|touched|feeling|feels) "
        "(my|ma|her|his) (leg|legs|thigh|thighs|inner thigh|knee|bum|chest|boobs|privates|back) "
        "~8 (secret|little secret|between us|dont tell|don't tell|not to tell|not tell|no tell)",
        SEXUAL,
    ),
    flag(
        "(says|saying|said|calls|calling|called|thinks|tells everyone|screams) ~2 (im|i'm|i am|me|"
        "she is|shes|he is|hes|my wee brother is|my sister is) (possessed|evil|a demon|cursed|a "
        "witch|the devil|a devil|demon child|bewitched)",
        EMOTIONAL,
    ),
    flag(
        "(put|turn|switch|keep|have) (on)? (the|my|ur|your)? (camera|cam|webcam|video) (on)? ~4 "
        "(when|while|whenever) (im|i'm|i am|i|youre|you're|ur|you are)? (alone|by myself|on my "
        "own|in bed|in the bath|in the shower|getting changed|home alone)",
        SEXUAL,
    ),
    # An adult "checking bodies" with no clothes on; a dentist avoided so nobody asks questions.
    flag(
        "(check|checks|checking|checked|look at|looks at|looking at|inspect|inspects|inspecting) "
        "(our|my|her|his|their) (bodies|body) ~4 (no clothes|naked|with no clothes on|without "
        "clothes|undressed|nothing on|in our pants|in our underwear)",
        SEXUAL,
    ),
    flag(
        "(cant|can't|cannae|wont|won't|not allowed to|never) (go|take me|take us|let me go) to "
        "(the)? (dentist|doctor|doctors|hospital|gp|nurse|a&e) ~4 (ask questions|theyll ask|"
        "they'll ask|will ask|see the marks|see my bruises|see the bruises|find out)",
        NEGLECT,
        PHYSICAL,
    ),
    flag(
        "(nae|no|didnae get|didn't get|didnt get|never got|never get) (dinner|tea|breakfast|lunch) "
        "again ~3 (or|nor|and no|and nae|an nae) (breakfast|dinner|lunch|tea)",
        NEGLECT,
    ),
    flag(
        "(they|she|he|mum|maw|mam|dad|da|my parents|ma parents) (call|calls|cry|cries|called|"
        "cried) me (the|a)? (mistake|accident|waste of space|waste of air|burden)|(the|a) "
        "(mistake|accident) ~8 (they|she|he|maw|da|mum|dad|mam) (call|calls|cry|cries) me",
        EMOTIONAL,
    ),
    hint(
        "(friend|bf|boyfriend|guy|man|someone|person|bestie|best friend) (online|on snap|on "
        "snapchat|on insta|on discord|on tiktok|in a game|on roblox|on fortnite|on whatsapp) "
        "(is|s) (##|in his twenties|in his 20s|in his thirties|in his 30s|an adult|a grown up)",
        "older",
        SEXUAL,
        EXPLOITATION,
    ),
    # A baby shaken hard; a cover story the child says is not true.
    flag(
        "(shook|shakes|shaking|shaken|shake) (our|my|the|her|his|their|a)? (baby|babies|newborn|"
        "toddler|infant|wee one|wean|son|daughter) (so hard|hard|violently|really hard|till|until|"
        "that hard)",
        PHYSICAL,
    ),
    flag(
        "(told|tell|telling|say|said|saying|tellt) ~4 (i fell|fell down the stairs|i walked into|"
        "walked into a door|i fell over|it was an accident|i tripped|i slipped) ~4 (but i didnt|"
        "but i didn't|but i never|but it wasnt|but it wasn't|but thats not true|but that's not "
        "true|but it's not true|but its not true|but he|but she|but my)",
        PHYSICAL,
    ),
    flag(
        "(call|calls|called|calling) (me|her|him|us) (the|a)? (devils|devil's|devil|satans|"
        "satan's) (child|spawn|kid|wean|bairn)",
        EMOTIONAL,
    ),
    # Staff messaging a child at night: against every school's and club's rules.
    flag(
        "(coach|teacher|pe teacher|tutor|instructor|trainer|youth worker|janitor|driver|leader|"
        "swimming teacher|dance teacher|scout leader|colleague|social worker|support worker|"
        "carer|volunteer|he|she|hes|he's|shes|she's) ~6 (messages|messaging|messaged|texts|"
        "texting|texted|snapchats|snaps|dms|whatsapps|calls|phones) (her|him|my son|my daughter|"
        "my kid|my child|me|my boy|my girl|a # year old|a girl|a boy|a pupil|a child|a young "
        "person|girls|boys|pupils) ~6 "
        "(at midnight|in the middle of the night|late at night|at night|at 1am|at 2am|at 3am|"
        "every night|after midnight)",
        SEXUAL,
    ),
    flag(
        "(special holiday|big holiday|holiday) ~8 (get|getting|be|being|to be|to get) (done|cut|"
        "cleaned|purified|circumcised)",
        "forced_marriage_fgm",
    ),
    flag(
        "(daughter|girl|niece|sister|granddaughter|wee girl|lassie) ~10 (to be|to get|get|getting|"
        "be|being) (purified|made clean|made pure|cut|circumcised|sunna)",
        "forced_marriage_fgm",
    ),
    # A girl who "was cut" (a self-harm rule's bare "been cut" / "was cut" had caught these, and
    # grass, hours and respite that were cut with them).
    flag(
        "(i|she|shes|sister|sisters|daughter|daughters|cousin|cousins|niece|girl|girls|they|we|"
        "lassie) ~2 (was|were|has been|have been|had been|got|will be|is going to be|going to be|"
        "is gonna be) cut (when|as a|at (age|the age of)? #|last (summer|year|holiday|holidays)|"
        "back home|before|during|over the (summer|holidays|holiday)|too|aswell|as well|like (her|"
        "me|my|mum|the)|this (summer|year|holiday)|next (summer|year|holiday)|on (a|the|her|their|"
        "our|my|that)? ~1 (trip|holiday|visit)|in (somalia|sudan|egypt|ethiopia|eritrea|nigeria|"
        "sierra leone|gambia|guinea|mali|kenya|africa))",
        "forced_marriage_fgm",
    ),
    flag(
        "(taped|tied|strapped) (him|her|me|us|them)? to (the|a) (goalpost|goal post|chair)",
        BULLYING,
        PHYSICAL,
        unless=("fiction",),
    ),
    flag(
        "(nobody|no one|noone|naebody|nobodys|noones|naebodys) (has|s|'s)? (washed|wash|washes) "
        "(my|ma|our) (uniform|clothes|school clothes|school shirt|school jumper) since",
        NEGLECT,
    ),
    flag(
        "(surest|easiest|quickest|least painful|most painless|painless|best) (way|ways|method) "
        "(for me)? to (not wake up|never wake up|die|end it|kill myself|unalive myself|go to "
        "sleep forever)",
        "suicide",
        unless=("game",),
    ),
    flag(
        "(put|puts|putting|stuck|sticks|made me touch|makes me touch) (his|her) (willy|penis|dick|"
        "thing|privates|private parts|winkle|tail) (in|on|near|inside) (my|her|his|me)",
        SEXUAL,
    ),
    flag(
        "(insulin|epipen|epi pen|inhaler|seizure meds|meds|medication) (ran out|has run out|run "
        "out|is finished|finished) ~10 (dad|mum|da|maw|mam|parents|stepdad|stepmum|carer) (says|"
        "said|told me|wont|won't|refuses|refused) ~3 (sort it|get it|buy|pay|yourself)",
        NEGLECT,
    ),
    flag(
        "(doing|do|did|done) art on (my|ma|her|his) {BODY}|(my|ma) (barcode|barcodes) ~3 (longer|"
        "bigger|plasters|arm|arms|wrist|wrists|thighs|legs|worse|deeper|again|fresh|bleeding)|(cat "
        "scratches|catscratches|cat scratch) "
        "(on|all over|up) (my|ma) ~1 (wrists|arms|thighs|legs) again|(doing|done|did|do) (the)? "
        "(cat scratches|catscratches|cat scratch) (thing)? again",
        "self_harm",
    ),
    flag(
        "(punch|punches|punching|punched|bang|bangs|banging|banged|hit|hits|hitting|headbutt|"
        "headbutting|headbutted) (the)? (wall|walls|door|doors|mirror) (till|until|til|tae|so "
        "hard) ~4 (bleed|bleeds|bled|bleeding|break|broke|broken|bruise|bruised|split|crack|"
        "cracked)",
        "self_harm",
    ),
    flag(
        "(wait|waits|waiting|waited) for (me|us) ~6 {HIT} (me|us)",
        BULLYING,
        PHYSICAL,
        unless=("game", "sport"),
    ),
    flag(
        "(screams|screaming|screamed|shouts|shouting|shouted|yells|yelling|yelled|roars|roaring) "
        "(in)? (my|his|her) face (till|until|til) ~3 (wet|wets|wee|wees|pee|pees|pees himself|"
        "cry|cries|shake|shakes|sick)",
        EMOTIONAL,
    ),
    flag(
        "next time (it's|it is|its|itll be|it'll be|it will be|we'll do|they'll do|theyll do) "
        "~1 (my|your|yer|his|her) (throat|neck|legs|face|head|eyes)",
        BULLYING,
        PHYSICAL,
    ),
    flag(
        "(slapped|slaps|slapping|smacked|smacks|punched|punches|hit|hits) (her|him|the (baby|"
        "toddler|child|kid|wean|bairn|boy|girl)|my (son|daughter|boy|girl)) (hard|so hard)? "
        "(across|in|on) (the|her|his) (face|head)",
        PHYSICAL,
        unless=("fiction", "game", "sport"),
    ),
    flag(
        "(finger|fingertip|finger mark|fingermark|hand shaped|slap) (marks|bruises|bruising)|"
        "(grab|hand) (marks|bruises|bruising) (on|across|round|around) (his|her|my|their)|"
        "(handprint|hand print) (on|across) (his|her|my|the)",
        PHYSICAL,
    ),
    flag(
        "(feeding|feed|fed|giving|gave) (the|my|ma|our|oor)? (wee|little|baby)? (ones|weans|"
        "siblings|brother|sister|brothers|sisters|sis|bro|kids) (dry cereal|dry bread|cereal "
        "with water|bread and water)",
        NEGLECT,
    ),
    # Blind set DL, a general launch-week mix: "we get the wooden spoon on the backs of our legs
    # if we talk at tea" (the wooden spoon for coming last is a prize, not a body part).
    flag(
        "(i|we|he|she|they|my (brother|sister|wee brother|wee sister)) (get|gets|got|getting|gets "
        "given) the (belt|slipper|strap|cane|wooden spoon|hairbrush|buckle|stick) (on|across|over) "
        "(the|my|our|his|her|their)? (backs of|back of)? (the|my|our|his|her|their)? (legs|leg|bum|"
        "backside|back|hands|hand|arse|bottom|knuckles|bare legs)",
        PHYSICAL,
    ),
    # ...and the police at the house again, while a parent says it is fine: "mum says its fine.
    # its not fine".
    hint(
        "(mum|mam|ma|dad|da|she|he|they) (says|said|keeps saying|tells me|told me|tells us) "
        "(its|it's|it is|everythings|everything's|everything is|we're|were|we are) (fine|ok|okay|"
        "nothing|all good|grand|normal)",
        "played_down",
        DOMESTIC,
    ),
    # Blind set DM, young people of 14 to 25: a workman who keeps asking a girl of 16 to sit in
    # his van; carers who spend a young person's allowance on themselves.
    flag(
        "(man|guy|bloke|fella|workman|repairman|repair man|handyman|joiner|plumber|electrician|"
        "landlord|boss|manager|supervisor|driver|stranger|neighbour|older guy|older man|old man) ~6"
        " (keeps|kept|keep|always|been|was|is|started) (asking|askin|asked|telling|getting|trying "
        "to get|inviting) ~4 (to)? (come and|come|go and|come an)? (sit|get|come|wait|hang about|"
        "hang out|go) (in|into|intae) his (van|car|motor|truck|lorry|cab|taxi)",
        SEXUAL,
        EXPLOITATION,
        severity="medium",
    ),
    hint(
        "(carers|carer|foster carers|mum|mam|dad|da|parents|they|she|he|gran|aunt|uncle) ~2 "
        "(spend|spends|spent|take|takes|took|keep|keeps|kept) (all)? (my|our) (allowance|pocket "
        "money|money|clothing allowance|clothes money|benefits|child benefit|pip|wages|card) (on "
        "themselves|on drink|on drugs|on booze|on fags|on bingo|on gambling|on the bookies|for "
        "themselves)",
        "money_taken",
        NEGLECT,
    ),
    # ...a cold flat, told as the child's illness ("no heating ... my 2 year old is poorly").
    hint(
        "(baby|babys|baby's|toddler|newborn|wean|bairn|wee one|little one|(1|2|3|one|two|three) "
        "(year old|yr old)|# (month old|week old)) (is|s|has been|keeps|keeps getting|is always|"
        "is still)? (poorly|ill|sick|not well|coughing|wheezing|chesty|freezing|blue with cold)",
        "child_unwell",
        NEGLECT,
    ),
    # Blind set DO, a child-protection team's acceptance test: a baby next door not changed, and
    # its mother "out of it" a lot.
    hint(
        "(baby|babies|toddler|wean|weans|bairn|wee one|little one|nappy|nappies) ~3 (isnt|isn't|"
        "is not|never|not|arent|aren't|hasnt|hasn't) (getting|being|been)? (changed|washed|"
        "bathed)",
        "hygiene",
        NEGLECT,
    ),
    hint(
        "(the|her|his|their|that) (mum|mam|mother|dad|da|father|parents|mums|dads) (seems|seem|"
        "looks|look|is always|always|often|is often)? ~2 {DRUNK}",
        "substance",
        NEGLECT,
    ),
    # ...a mother hiding the children's new address from their father, who "isn't allowed near
    # us".
    flag(
        "(he|hes|he's|he is|my ex|their dad|the kids dad|the kids' dad|my ex husband|my ex partner"
        ") (isnt|isn't|is not|not|aint) allowed (near|anywhere near|to come near|to contact|to "
        "see|to know where) (us|me|the kids|my kids|the children|them|my children)",
        DOMESTIC,
        severity="medium",
        unless=("settled_long_ago", "behind_us", "ice_cream_van", "split_long_ago"),
    ),
    flag(
        "(dont|don't|do not|cant|can't) (want|let|have)? (him|my ex|their dad|the kids dad|my ex "
        "husband|my ex partner) (finding out|to find out|find out|to know|knowing|getting) (my|our|"
        "where we|where i) (new)? (address|live|are|stay|moved to)",
        DOMESTIC,
        severity="medium",
    ),
    # ...but not of a father long gone: "they split up 6 years ago and hes not allowed near us,
    # were all fine".
    context(
        "(split up|separated|divorced|left|moved out) ~3 (# years ago|## years ago|years ago|ages "
        "ago|long ago|when i was (little|wee|small|a baby))|(we're|were|we are|we're all|were all|"
        "we are all) (fine|ok|okay|safe|grand|happy) (now)?",
        "split_long_ago",
    ),
    # Blind set DP, short lines: "social worker never came back. still on our own".
    hint(
        "(social worker|social work|the social|carer|foster carer|mum|mam|dad|da) (never|didnt|"
        "didn't|hasnt|hasn't) (came|come|turned up|showed up|came back|come back|been back)",
        "supervision",
        NEGLECT,
    ),
    hint(
        "^ (still|we're still|were still|we are still|im still|i'm still) (alone|on our own|on my "
        "own|by ourselves|by myself|left alone)",
        "parent_absent",
        NEGLECT,
    ),
    # Blind set DQ, risk asked as a question: "he's started again since he got out"; a husband
    # who takes the bank card and won't let me see my sister.
    flag(
        "(he|hes|he's|he has|it|its|it's|it has) (started|starting|begun) (again|up again) since "
        "(he|my dad|my husband|my partner|my stepdad|dad) (got out|came out|was released|got "
        "released|came back|moved back|came home)",
        DOMESTIC,
        severity="medium",
    ),
    hint(
        "(he|my husband|my partner|my boyfriend|my wife|she) (takes|took|keeps|has taken|controls|"
        "has) (all)? (my)? (bank card|bank cards|card|money|wages|benefits|passport|car keys)",
        "financial_control",
        DOMESTIC,
    ),
    hint(
        "(he|my husband|my partner|my boyfriend|my wife|she|and) (wont|won't|will not|doesnt|"
        "doesn't|"
        "never) let me (see|go out|visit|talk to|go anywhere|leave the house|speak to|phone|call) "
        "(my|any|the)? (sister|brother|family|friends|mum|mam|dad|parents|anyone|without)?",
        "isolation",
        DOMESTIC,
    ),
    # ...a girl of nine on her own most days since the summer.
    flag(
        "(she|he|shes|hes|she's|he's|mine|mines|mine's|my daughter|my son) (is|s)? (#|five|six|"
        "seven|eight|nine|ten) ~2 (has been|is|been|s|gets left|is left) (on her own|on his own|"
        "home alone|alone|by herself|by himself) (most days|every day|all day|most nights|every "
        "night|all the time|for weeks)",
        NEGLECT,
        severity="medium",
    ),
    # Held-out disclosures only the model caught, now the rules' own: "dad got me with the belt
    # again last night".
    flag(
        "(got|hit|whacked|skelped|leathered|belted|battered|did) (me|us|him|her) (with|wi) (the|a|"
        "his|her)? (belt|slipper|cable|wooden spoon|hose|strap|stick|hairbrush|buckle) (again|last "
        "night|tonight|this morning|yesterday|every night)",
        PHYSICAL,
    ),
    # Blind set DT, professionals writing: an infant of ten weeks with a torn frenulum and a
    # bruise, the parents' accounts differing.
    flag(
        "(torn|tear|tear to the|ripped|split) (upper|lip|labial)? (frenulum|frenum)",
        PHYSICAL,
    ),
    hint(
        "(bruise|bruises|bruising|bruised) ~6 ((1|2|3|4|5|6|7|8|9|10|11|12|##) (week|weeks|wk|wks) "
        "(old)?|infant|newborn|non mobile|non-mobile|premobile|pre-mobile|not yet crawling|not "
        "crawling)|(infant|newborn|baby|(1|2|3|4|5|6|7|8|9|10|11|12) (week|weeks) old) ~6 (bruise|"
        "bruises|bruising|bruised)",
        "injuries",
        PHYSICAL,
    ),
    hint(
        "(accounts|explanations|stories|versions) (differ|differed|dont match|don't match|do not "
        "match|didnt match|didn't match|keep changing|kept changing|are inconsistent|were "
        "inconsistent|conflict)",
        "untrue",
        PHYSICAL,
    ),
    # ...a girl of about six alone at a bus terminus at ten at night.
    flag(
        "(girl|boy|child|wean|bairn|kid|toddler|lassie|laddie|wee one) (about|aged|of|maybe|around|"
        "no more than)? (2|3|4|5|6|7|8|two|three|four|five|six|seven|eight) ~4 (on her own|on his "
        "own|alone|by herself|by himself|with no adult|with nobody) ~10 (9pm|10pm|11pm|midnight|"
        "at night|in the dark|late at night|# at night|## at night|# pm|## pm)",
        NEGLECT,
        "immediate_danger",
    ),
    # Blind set DR: "a wee one screaming stop I'm sorry through the ceiling"; a boy of seven
    # raking through bin bags for something to eat.
    flag(
        "(wee one|child|kid|wean|bairn|boy|girl|baby|toddler|wee boy|wee girl|wee lassie|wee "
        "laddie) ~3 (screaming|crying|shouting|yelling|begging|pleading|sobbing) ~2 (stop|please "
        "stop|sorry|i'm sorry|im sorry|no daddy|no mummy|no mum|no dad|dont|don't)",
        PHYSICAL,
        unless=("play",),
    ),
    flag(
        "(raking|rummaging|going|digging|searching|looking|hoking) (through|in) (them|the bins|"
        "bins|the bin|the bags|bags|bin bags|the rubbish|rubbish) ~2 (for)? (food|something to "
        "eat|stuff to eat|scraps|anything to eat|leftovers)",
        NEGLECT,
        severity="medium",
    ),
    # ...a toddler on the window ledge of an open first-floor window.
    flag(
        "(toddler|baby|wee one|little one|child|kid|wean|bairn|# year old|(2|3|4) yr old) ~4 "
        "(sitting|standing|climbing|hanging|leaning|out) (on|onto|out of|over)? (the|a)? ~2 "
        "(window "
        "ledge|windowledge|window sill|windowsill|sill|ledge|balcony rail|balcony railing)",
        NEGLECT,
        "immediate_danger",
    ),
    # Blind set DW, children of 6 to 11: "i said football but it isnt football" (a cover story
    # for bruises); shouted at for hours and not allowed to talk at dinner.
    flag(
        "(i said|i told (her|him|them|miss|sir|the teacher)|i say|i tell (her|him|them)) ~3 "
        "(football|i fell|fell|the stairs|an accident|rugby|pe|the cat|the dog|my brother|falling)"
        " (but|an|and) (it|its|it's|it was|it is) (isnt|isn't|wasnt|wasn't|not|is not|was not)",
        PHYSICAL,
        severity="medium",
    ),
    flag(
        "(get|gets|got|getting|been) (shouted|screamed|yelled|roared) at (for hours|all night|for "
        "ages|every night|all day|for an hour)",
        EMOTIONAL,
        severity="medium",
    ),
    # Blind set DY, people who write simply: "his dad makes him watch the sex films and copy".
    # Firm: the films are the harm here, not a story being told.
    flag(
        "(makes|made|make|making|forces|forced|gets|got) (him|her|me|us|them|my (son|daughter|"
        "brother|sister|wee brother|wee sister)) (watch|look at|see|watching) (the|his|her|those)? "
        "(sex|porn|porno|dirty|adult|rude|x rated|naked) (films|film|videos|video|movies|movie|"
        "pictures|pics|stuff)",
        SEXUAL,
        firm=True,
    ),
    # Blind set DV, an exam board's final test: off PE so that nobody sees my back, and
    # "please dont phone home"; a teacher who keeps calling a child stupid.
    flag(
        "(dont|don't|do not|dinnae) want (anyone|anybody|people|them|the others|the teacher|miss|"
        "sir|the class|the other girls|the other boys) (seeing|to see) (my)? (back|legs|arms|"
        "bruises|marks|body|belly|stomach|neck)",
        PHYSICAL,
        severity="medium",
        unless=("skin_condition", "covered_by_choice"),
    ),
    flag(
        "(teacher|sir|miss|coach|teaching assistant|head teacher|headteacher|tutor|instructor) ~2 "
        "(keeps calling|always calls|kept calling|constantly calls|is always calling) (me|him|her|"
        "us) (stupid|thick|"
        "useless|an idiot|dumb|pathetic|worthless|a waste of space|a retard|fat)",
        EMOTIONAL,
        severity="medium",
    ),
    # Blind set DX, long complaints: a bruise on a baby who cannot yet crawl or roll (any
    # bruise there is a sign in itself, whatever the explanation); a child of six playing
    # "uncle's game", "a secret", and doing with her dolls what she shouldn't know about.
    flag(
        "(bruise|bruises|bruising|bruised) ~10 (not crawling|not rolling|not yet crawling|not yet "
        "rolling|non mobile|non-mobile|not mobile|premobile|pre-mobile|cant crawl|can't crawl)|"
        "(not "
        "crawling|not rolling|not yet crawling|not yet rolling|non mobile|non-mobile|not mobile|"
        "premobile|pre-mobile|cant crawl|can't crawl) ~10 (bruise|bruises|bruising|bruised)",
        PHYSICAL,
        severity="medium",
        unless=("medical",),
    ),
    flag(
        "(its|it's|it is|that's|thats) (uncle's|uncles|grandad's|grandads|daddy's|daddys|his|the "
        "man's|our|my uncle's|my grandad's|her uncle's) (game|secret game|special game) ~6 "
        "(secret|dont tell|don't tell|not to tell|mustnt tell|mustn't tell)",
        SEXUAL,
        severity="medium",
    ),
    hint(
        "(things|stuff) ~6 (she|he|they) (shouldnt|shouldn't|should not|wouldnt|wouldn't) (know|be "
        "knowing) about (at|for) (that|her|his|their|such a young) age",
        "sexualised_knowledge",
        SEXUAL,
    ),
    # Blind set EC: an adult's own harm to a child, told in passing.
    flag(
        "(get|gets|getting|got|been|go|am) (rough|too rough|heavy handed|heavy-handed|violent|"
        "handy) (with|wi) (the|my|our) (baby|babies|toddler|kids|children|son|daughter|bairn|"
        "bairns|wean|weans|little one|wee one|boy|girl)",
        PHYSICAL,
    ),
    hint(
        "(i|im|i'm|i am|ive been|i've been) ~2 (drink|drinking|using|use|on the drink|on the gear) "
        "~6 (in the morning|every day|all day|from morning|before noon|a bottle a day|a bottle of "
        "vodka)|(i'd|id) had a few|i always have a few|when (i'm|im|i am) (using|drinking|high|"
        "out of it|wasted)",
        "substance",
        NEGLECT,
    ),
    hint(
        "(my|the) (kids|children|bairns|weans|baby|toddler|wee ones) (are|is|were|was)? (#|##|only "
        "#|fine|asleep|in bed|at home|in the house)|(kids|bairns|weans|children) (put|got) "
        "themselves to bed",
        "children_present",
        NEGLECT,
    ),
    # ...a window "from when he put his fist through it"; "he's back in the house even though
    # there's a court order".
    flag(
        "(he|my partner|my husband|my ex|my boyfriend|their dad|the kids dad|dad) (put|punched|"
        "smashed|rammed|stuck) his (fist|hand|head|foot|boot) (through|into) (the|a|our|my)? "
        "(window|wall|door|windae|it)",
        DOMESTIC,
    ),
    flag(
        "(he's|hes|he is|he) (back|living|staying|been) (in|at) (the|our|my) (house|flat|home|"
        "hoose) ~6 (court order|non molestation|non-molestation|interdict|bail conditions|not "
        "allowed)",
        DOMESTIC,
        "immediate_danger",
    ),
    # ...three kids in their coats in the dark, a parent on toast since Monday "so they can
    # eat".
    hint(
        "(so|so that) (they|the kids|the children|the bairns|the weans|my kids) (can|could) (eat|"
        "have something|have dinner|have tea)",
        "food",
        NEGLECT,
    ),
    hint(
        "(sitting|sit|sat) in the dark|(kids|children|bairns|weans) in their (coats|jackets) (in "
        "the house|in the living room|indoors|inside)",
        "home_conditions",
        NEGLECT,
    ),
    # ...a teacher who asks to take a boy of 12 on an overnight trip, just the two of them, and
    # keeps buying him things.
    hint(
        "(overnight|sleepover|weekend away|trip|holiday|camping) ~4 (just the two of them|just "
        "him and|just her and|alone with|on their own|the two of them)",
        "alone_with_adult",
        SEXUAL,
    ),
    hint(
        "(keeps buying|keep buying|kept buying|always buying|always buys|buys|bought) (him|her) "
        "(things|stuff|presents|gifts|sweets|trainers|a phone|clothes)",
        "gifts",
        SEXUAL,
        EXPLOITATION,
    ),
    # ...a daughter to be married "before the summer ... family tradition", finishing S4.
    flag(
        "(going to be|getting|will be|to be|gets) married ~12 (s1|s2|s3|s4|p6|p7|first year|"
        "second year|third year|fourth year|finishes school|leaves school)|(s1|s2|s3|s4|p7) ~12 "
        "(going to be|getting|will be|to be) married",
        "forced_marriage_fgm",
    ),
    # ...and "i'm no allowed out my room except for school, been like this since september".
    flag(
        "(not|no|nae|never) allowed (out|oot) (of)? (my|ma) (room|bedroom) ~4 (except|apart from|"
        "unless|only for|but for) (for)? (school|the toilet|meals|dinner)",
        EMOTIONAL,
        NEGLECT,
        severity="medium",
    ),
    # Blind set EA: "the belt comes off if we're too loud"; an older lad who "looks after him"
    # as long as he drops parcels round the scheme after dark.
    flag(
        "(the|his|her|dad's|dads|mum's|mums)? (belt|slipper|wooden spoon|strap|cable|hose) (comes "
        "off|come off|comes out|gets taken off|gets took off|comes down) (if|when|whenever|every "
        "time)",
        PHYSICAL,
    ),
    flag(
        "(drops|drop|dropping|deliver|delivers|delivering|takes|taking|runs|running) (parcels|"
        "packages|bags|stuff|things) (round|around|across|about) (the|our)? (scheme|estate|town|"
        "area|flats|streets) ~4 (after dark|at night|late|for him|for them)",
        EXPLOITATION,
        severity="medium",
    ),
    # Blind set EE: a respite worker "shoved him into the chair so hard he hit his head"; "their
    # dad put me in hospital on Saturday"; "my dad broke my finger because i was late home" (the
    # football in the cover story had stood it down: a punishment is never a game).
    flag(
        "(shoved|pushed|threw|flung|slammed|yanked|dragged|pulled|swung) ({ME}|{CHILD}) ~5 (so "
        "hard|that hard|so roughly|so rough|so violently|so forcefully) ~4 (he|she|i|they|we) (hit|"
        "banged|bashed|cracked|smacked|split|bumped) (his|her|my|their|our) (head|face|nose|lip|"
        "back|mouth)",
        PHYSICAL,
        unless=("sport",),
    ),
    flag(
        "({POSS}? ({KIN}|ex|partner|husband|boyfriend|bf)|he|she) ~2 (put|landed|puts) ({ME}|"
        "{PARTNER_VICTIM}|{CHILD}) (in|intae|into) (the)? (hospital|a&e|a and e|casualty|intensive "
        "care|icu)",
        DOMESTIC,
        PHYSICAL,
    ),
    flag(
        "{PERP} ~3 (broke|broken|fractured|cracked|dislocated|burnt|burned|bruised|split|busted) "
        "(my|ma|her|his) (arm|arms|leg|legs|nose|rib|ribs|wrist|wrists|finger|fingers|jaw|lip|"
        "tooth|teeth|head|eye|face|hand|hands|back|skull|collarbone|ankle) ~2 (because|cos|coz|"
        "cause|for|as) (i|he|she|we) (was|were|wis|came|got|didnt|didn't|did not|wouldnt|"
        "wouldn't|forgot|answered|talked|spoke|said|spilled|broke|lost|cried|wet)",
        PHYSICAL,
    ),
    # Blind set EG: a girl of 14 whose "boyfriend" is "our PE teacher"; a girl of 12 taught "to
    # dance for men in the flat upstairs, paid in phone credit".
    flag(
        "(boyfriend|bf|boyf|girlfriend|gf|seeing|dating|going out with|sleeping with|in a "
        "relationship with) ~4 (is|s|was)? (our|my|her|his) (pe|maths|english|science|music|drama|"
        "dance|swimming|football|art|form|guidance|history|geography)? (teacher|coach|tutor|"
        "instructor|youth worker|teaching assistant|janitor)",
        SEXUAL,
    ),
    flag(
        "(dance|dancing|pose|posing|strip|stripping|twerk|twerking) (for|in front of) (men|older "
        "men|guys|older guys|grown men|grown ups|adults|strangers|his mates|their mates|old men)",
        SEXUAL,
        EXPLOITATION,
    ),
    # Blind set ED: "something happened at the sleepover ... with my friends older brother. i
    # said no. i dont know what to call it." Each alone is ordinary; together they are a sign.
    # ("I said no" is not one: it meets every age and every refused game invite.)
    hint(
        "(dont|don't|do not|dinnae) know what to call it|(dont|don't|do not) know if (it|that|"
        "this) (counts|was rape|was abuse|was assault|is abuse)",
        "unnamed",
        SEXUAL,
    ),
    hint(
        "(something|stuff|smth) (happened|happend|went on) ~8 (sleepover|older brother|brothers "
        "friend|older boy|older guy|his dad|her dad|uncle|cousin|stepdad|a man|party)",
        "something_happened",
        SEXUAL,
    ),
    # Blind set ED: "I need to talk to someone about my dad", the sentence ending there.
    flag(
        "(need|want|have|got|gotta) (to|tae)? (talk|speak|tell) (to)? (someone|somebody|anyone|a "
        "person|an adult|a grown up) about {POSS}? ({KIN}|{PARTNER_OF_PARENT}) $",
        EMOTIONAL,
        PHYSICAL,
        severity="medium",
    ),
    # Blind set EE: "we have to wait till his dad's asleep before we can leave because he goes
    # mental if he hears the door"; a coach's "extra sessions" for boys at his flat.
    flag(
        "(wait|waiting|wait until|wait till|wait til) ~3 (asleep|sleeping|passed out|snoring) "
        "(before|to|so) (we|i) (can)? (leave|go|get out|eat|talk|sneak|move)",
        DOMESTIC,
        severity="medium",
    ),
    flag(
        "{PERP_HOME} (goes|go|went|gets|will go) (mental|mad|nuts|ballistic|radge|crazy|off his "
        "head|off her head|off it) (if|when) (he|she|they) (hears|sees|catches) (us|me|the door|"
        "the kids|them|my sister|my brother|anyone|anybody)",
        DOMESTIC,
        EMOTIONAL,
        severity="medium",
    ),
    flag(
        "({OTHER_ADULT}|coach|instructor|leader) ~16 (extra|private|special|one to one|1 to 1) "
        "(sessions|lessons|training|coaching|practice) ~3 (at|in|back to) (his|her) (flat|house|"
        "home|place|car)",
        SEXUAL,
    ),
    # Blind set EH, in three languages: "he's outside the school. he's got a restraining order.
    # please someone come". Told in short sentences, each a sign of its own. (That he is outside
    # is not one: an ex waits outside every weekend to collect the children.)
    hint(
        "(interdict|non harassment order|non-harassment order|protection order|restraining order|"
        "bail conditions|non molestation order|non-molestation order|court order)",
        "court_order",
        DOMESTIC,
    ),
    hint(
        "please (someone|somebody|can someone|can somebody) (come|help)|(someone|somebody) "
        "(please)? (come|help) (now|quick|quickly|please|fast)",
        "come_now",
        DOMESTIC,
    ),
    # ...a parent who grabs a child "by the neck" when they've been cheeky; "if I end up in
    # hospital this weekend dont be surprised"; a way to stop the voices "that isnt dying"; legs
    # "a mess from what I do to them"; a girl of 13 "he didnt listen when you said no".
    flag(
        "(grab|grabs|grabbed|grabbing|hold|holds|held|squeeze|squeezes|squeezed) ({ME}|{CHILD}|"
        "you) (by the|by their|by his|by her|by my|round the|around the) (neck|throat)",
        PHYSICAL,
    ),
    flag(
        "(didnt|didn't|did not) want (it|that|this|to) ~8 (he|they|him) (didnt|didn't|did not|"
        "wouldnt|wouldn't) (listen|stop)",
        SEXUAL,
    ),
    # Blind set EK: "our landlord says he'll knock £100 off the rent if my daughter is 'nice to
    # him'"; blind set EJ: "the toddler who lives there was playing with one [a needle]".
    flag(
        "(rent|arrears|debt|money|what we owe|the deposit|repairs|stay|live here|a room|a bed|a "
        "place to stay) ~10 (if|as long as|in return|for) "
        "~4 (is|are|am|be|was)? (nice|friendly|good|sweet|kind) (to|with) (him|me|them)|(rent|"
        "arrears|debt|money|what we owe|the deposit|stay|a room|a bed|a place to stay) ~6 (sorted|"
        "free|fine|covered|cheaper|off) ~3 (if|as long as) ~3 (keep|keeps) (him|me) company",
        SEXUAL,
        EXPLOITATION,
    ),
    flag(
        "({YOUNG_CHILD_ANY}|{CHILD}) ~6 (playing|played|plays|picked up|picking up|chewing|had) "
        "(with)? (a|one|the|them|an|his|her)? ~2 (needle|needles|syringe|syringes|used needle|"
        "used needles|crack pipe|foil|wraps|pills|tablets|methadone)|(needle|needles|syringe|"
        "syringes) ~14 ({YOUNG_CHILD_ANY}|{CHILD}) ~6 (playing|played|picked up|picking up|had|"
        "touching|touched) (with)? (one|it|them)",
        NEGLECT,
        "immediate_danger",
    ),
    # Blind set EJ: "still out. no coat. 2am." - a neighbour's report in three fragments.
    hint(
        "(still|always|every night) out|(out|outside|on the street|wandering) ~3 (at)? (1am|2am|"
        "3am|4am|5am|midnight)|^ (1am|2am|3am|4am|5am) $",
        "out_late",
        NEGLECT,
    ),
    hint(
        "({CHILD}|{YOUNG_CHILD_ANY}|he|she|they) ~4 (no|without a|without|nae) (coat|jacket|shoes|"
        "socks)|^ (no|nae) (coat|jacket|shoes|socks) $|(in|only in) (his|her|their) (pyjamas|pjs|"
        "nappy)",
        "underdressed",
        NEGLECT,
    ),
    # Blind set EI, in three languages (and so in English): a child next door screaming for an
    # hour, "then a bang and silence", the third time this week.
    flag(
        "(screaming|screamed|crying|cried|yelling|shrieking|wailing) ~8 (then|and then) ~3 (a|an)? "
        "(loud|big|huge|almighty)? (bang|thud|crash|smack|slap|thump) ~4 (then|and then|and)? "
        "(silence|quiet|nothing)",
        PHYSICAL,
        severity="medium",
    ),
    # What only the model caught on the held-out sets, and the plain words had no rule for:
    # "I was touched by my coach at the club and I was told it was our secret" (EA); a girl of 14
    # "and 22 weeks pregnant" (EG); "sometimes she forgets about us for a couple of days" (EA);
    # children of 5 and 3 "on their own from 10 till 6" (EC); "he's at the door now. the kids are
    # with me" (EC, in Gaelic). (Found when more harmless training data was tried and dropped:
    # it took these from the model.)
    flag(
        "(was|got|been|being|get|gets) (touched|groped|fondled|molested|felt up) by ({PERP_ADULT}|"
        "a man|an older|someone|somebody|him|my) ~8 (secret|private|privates|bum|chest|boobs|"
        "inappropriately|in a way|where|under|down there|again|every|at the club|at practice|at "
        "training|changing rooms|in his car|at his house|in the night|at night|sleepover|wrong)",
        SEXUAL,
        # Firm: the idiom for "touched by" kindness would otherwise take it.
        firm=True,
    ),
    flag(
        "(is|she's|shes|im|i'm|i am|she is) {UNDER_16} (and|an) (# weeks|# months|a few weeks|a "
        "few months)? pregnant",
        SEXUAL,
        # Firm: "22 weeks pregnant" is an idiom for an adult's pregnancy; at 14 it is not.
        firm=True,
    ),
    flag(
        "(forgets|forgot|forgetting) (about)? (us|me|the kids|the weans|my brother|my sister|them|"
        "the baby) (for)? (a couple of|a few|#|two|three|four|whole)? (days|nights|weekends|day)",
        NEGLECT,
    ),
    flag(
        # Young children only: teenagers of 15 and 17 alone at night, an aunt next door, are not.
        "{YOUNG_CHILD_ANY} ~8 (were|are|was|been|left) (on their own|by themselves|alone|home "
        "alone) ~3 (from|till|until|all night|overnight|# hours|for hours)",
        NEGLECT,
    ),
    hint(
        "(he's|hes|he is|he) (at|outside|banging on|kicking|trying) (the|our|my)? (door|window|"
        "front door|back door) (now|right now|again)",
        "at_the_door_now",
        DOMESTIC,
    ),
    hint(
        "(the kids|the children|the weans|the bairns|my kids|the baby|kids) (are|is|r) (with me|"
        "here with me|in here with me|beside me)",
        "children_with_me",
        DOMESTIC,
    ),
    # Blind set EL: "cant talk he's back" - the whole message; a man in his 40s handing out vapes
    # at a youth disco.
    flag(
        "(cant|can't|cannot|cannae|canny) (talk|speak|type|chat|text) (now|rn|right now|long)? ~2 "
        # Not "home": "can't talk long, my dad's home for tea".
        "(he's|hes|he is|she's|shes|they're|theyre|dad's|dads) (back|here|coming|awake|up)",
        DOMESTIC,
        "immediate_danger",
    ),
    flag(
        "(man|guy|bloke|men|guys) (in his|in their|aged|of about|about) (#s|20s|30s|40s|50s|60s|"
        "twenties|thirties|forties|fifties) ~8 (handing out|giving out|giving|offering|selling) ~2 "
        "(vapes|vape|fags|cigarettes|drink|alcohol|weed|sweets|money|pills)",
        EXPLOITATION,
        severity="medium",
    ),
    # Blind set EO (sport, clubs and youth groups), measured once before these lessons: a boy of
    # about 6 "locked in a car and it's boiling" (the idiom for being locked out of a car had
    # read "locked in a car" too; it no longer does);
    # a coach whose players stay over at his house; a coach who asks "which nights their parents
    # work late"; a leader liking a girl's old photos at 2am; overnight trips a boy won't go on
    # again, and won't say why, and he has started wetting the bed; juniors made to train with
    # broken fingers.
    flag(
        "({YOUNG_CHILD_ANY}|{CHILD}) ~6 (is|are|been|was|were|left|got) (locked|trapped|shut|left) "
        "(in|inside) (a|the|his|her|their) (car|van|motor) ~12 (hot|boiling|roasting|sun|heat|no "
        "adult|nobody|alone|on his own|on her own|for # (mins|minutes|hours)|ages)",
        NEGLECT,
        "immediate_danger",
        severity="immediate",
    ),
    flag(
        "({OTHER_ADULT}|coach|leader|instructor|coaches|leaders) ~10 (stay|stayed|staying|stay "
        "over|stayed over|sleep|slept|sleeping|sleep over|slept over|sleepover|sleepovers) ~3 (at|"
        "in) (his|her|their) (house|flat|place|home)",
        SEXUAL,
        severity="medium",
    ),
    flag(
        "which (nights|days|evenings) (their|our|my|her|his|the) (parents|mum|dad|mums|dads|folks) "
        "(work late|are out|are away|are working|work nights|go out)",
        SEXUAL,
        severity="medium",
    ),
    flag(
        "(liking|likes|liked|commenting on|comments on|commented on|reacting to|screenshotting) ~4 "
        "(my daughter's|my daughters|my son's|my sons|her|his|my|their) ~3 (old)? (photos|pics|"
        "pictures|posts|selfies) ~6 (1am|2am|3am|4am|midnight|middle of the night|at night)",
        SEXUAL,
        severity="medium",
    ),
    hint(
        "(started|starting|begun|begun to|has started) (wetting the bed|wetting himself|wetting "
        "herself|bedwetting|to wet the bed)|(wetting the bed|bedwetting) again",
        "regression",
        SEXUAL,
    ),
    hint(
        "(doesn't|doesnt|does not|won't|wont|will not) (want to|wanna) go (back|again) ~8 (won't|"
        "wont|will not|doesn't|doesnt) (say|tell (me|us)) why|(won't|wont|will not) (say|tell (me|"
        "us)) why",
        "wont_say_why",
        SEXUAL,
    ),
    flag(
        "(makes|made|forces|forced|making|pushes|pushed|forcing) ~4 (train|play|playing|training|"
        "compete|run|finish|dance) ~3 (with|on) (a|his|her|their|my)? (broken|fractured|injured|"
        "torn|sprained|taped up broken) (finger|fingers|ankle|ankles|leg|arm|wrist|knee|foot|toe)",
        PHYSICAL,
        severity="medium",
        # Firm: "train with broken" is also the idiom for a broken-down train.
        firm=True,
    ),
    # Blind set EM (care-experienced children and young people), measured once before these
    # lessons: a night worker who "always picks me to sit with in the office after lights out";
    # staff who "restrained me and hurt my wrist"; "nobody noticed I'd gone for 3 days"; "please
    # dont send me back there"; rent "sorted if i keep him company" (above, with the rent).
    flag(
        "(always|keeps|only ever|aye) (pick|picks|picking|choose|chooses|chosen|takes) me (to|for) "
        "~4 (after lights out|at night|in the office|alone|on my own|in his car|in his room|in her "
        "room)",
        SEXUAL,
        severity="medium",
    ),
    flag(
        "(restrained|restrains|held down|holds down|pinned|pins) (me|him|her|us) ~4 (hurt|hurting|"
        "twisted|bent|broke|bruised|sprained|cracked) (my|his|her) (wrist|wrists|arm|arms|shoulder|"
        "neck|back|fingers|finger|thumb|ankle)",
        PHYSICAL,
    ),
    flag(
        "(nobody|no one|noone|naebody|no body) (noticed|realised|realized|checked|knew) (i'd|i had|"
        "id|i was|he'd|she'd|he was|she was|they'd) (gone|missing|away|not there|not home|not "
        "back) (for)? (#|two|three|four|five|a few|a couple of) (days|nights)",
        NEGLECT,
        severity="medium",
    ),
    # Only a sign: the same set had it of a dentist ("please dont send me back there - the
    # dentist I mean").
    hint(
        "(please|pls|plz) (dont|don't|do not|never) (send|make|take) me (go)? back (there|to (him|"
        "her|them|that house|that place|their house|his house))",
        "send_me_back",
        "immediate_danger",
    ),
    # Blind set EN (disabled children and their families), measured once before these lessons:
    # "40 minutes in a prone hold", the plan saying three; an epilepsy medication a husband
    # "won't give back"; a brother of 17 with severe learning disabilities whose parents are
    # arranging a marriage he "can't consent" to; melatonin at 5pm "so he's out cold
    # before tea"; a PA who "always has his bank card"; a "reflection room" with "no handle on
    # the inside"; a girl the police "brought back from the main road".
    flag(
        "(# minutes|# mins|an hour|# hours|half an hour) (in a|in|of)? (prone|face down|floor|"
        "basket) (hold|holds|restraint|restraints)|(prone|face down) (hold|restraint) (for)? (# "
        "minutes|# mins|an hour|# hours|half an hour)",
        PHYSICAL,
        "immediate_danger",
    ),
    flag(
        "(kept|keeps|keeping|taken|took|takes|hid|hides|hidden|withholding|withheld|binned) ~3 (my|"
        "his|her|my son's|my sons|my daughter's|my daughters|the kids|the) ~2 (medication|medicine|"
        "meds|inhaler|inhalers|insulin|epipen|tablets|epilepsy medication|seizure meds) ~4 (won't "
        "give|wont give|will not give|refuses to give|won't let|wont let|and won't|and wont)",
        NEGLECT,
        DOMESTIC,
    ),
    flag(
        "(married|marriage|marry|wedding|engaged) ~10 (can't|cant|cannot|can not|unable to|doesn't|"
        "doesnt) (consent|understand)|(can't|cant|cannot|can not|unable to) consent ~10 (married|"
        "marriage|marry|wedding)",
        "forced_marriage_fgm",
    ),
    flag(
        "(gives|giving|gave|give) ~4 (melatonin|sleeping pills|sleeping tablets|sleeping meds|"
        "calpol|piriton|medicine|sedatives) ~6 so (he's|hes|he is|she's|shes|she is|they're|"
        "theyre) (out cold|knocked out|spark out|asleep|quiet)",
        NEGLECT,
        severity="medium",
    ),
    flag(
        "(pa|carer|support worker|key worker|personal assistant|care worker) ~4 (always)? (has|"
        "keeps|took|takes|holds|kept) (his|her|my brother's|my sister's|my son's|my daughter's) "
        "(bank card|card|money|benefits|pin|wages|pip|pension)",
        EXPLOITATION,
        severity="medium",
    ),
    flag(
        # A room or a cupboard: a car's back door has no inside handle, for children's safety.
        "(room|cupboard|shed|bedroom|cell|box|space|it) ~4 no (handle|door handle) (on the inside|"
        "inside)",
        PHYSICAL,
        EMOTIONAL,
        severity="medium",
    ),
    flag(
        "police (have|had)? (brought|found|picked up|returned) (her|him|them) (back)? ~6 (main "
        "road|motorway|dual carriageway|railway|the tracks|river)",
        NEGLECT,
        severity="medium",
    ),
    # Blind sets EP, EQ (the Highlands and Islands) and ES (young carers), measured once before
    # these lessons: children of 13 or 14 on night shift "under adults' names", the agency boss
    # keeping their pay; a boy pushed "off the pier ... he can't swim"; "why do I always end up
    # in A&E after weekends at my dad's"; a girl of 16 a man she met online "keeps overnight";
    # "my grans boyfriend gives us weed to keep us quiet"; "i dont eat at school so my sister
    # can have my lunch money".
    flag(
        "(boss|agency|gangmaster|farmer|manager|employer|landlord|owner|gaffer) (keeps|kept|takes|"
        "took|holds|held) (their|his|her|our|my|the kids'|the kids) (pay|wages|money|earnings)",
        EXPLOITATION,
        "trafficking",
    ),
    flag(
        # Not "with fake ID": that is how a 17-year-old gets into a club.
        "(under|using) (adults'|adults|other people's|other peoples|someone else's|somebody "
        "else's|fake|false) (names|name|papers|documents|national insurance)",
        EXPLOITATION,
        "trafficking",
        severity="medium",
    ),
    flag(
        "(pushed|threw|shoved|chucked|flung|dragged|pulled) ({ME}|{CHILD}|my son|my daughter) "
        "(off|into|in|over) (the|a)? (pier|harbour|river|loch|canal|sea|water|bridge|quay|jetty)",
        BULLYING,
        PHYSICAL,
        "immediate_danger",
    ),
    flag(
        "(end up|ended up|wind up|land|landed) in (a&e|a and e|hospital|casualty) ~4 (after|every "
        "time|when|whenever) ~4 (at my dad's|at my dads|at my mum's|at my mums|weekends at|my "
        "dad's|my mum's|contact|he|she)",
        PHYSICAL,
        severity="medium",
    ),
    flag(
        "(man|guy|bloke|boy|lad) (she|he|i) met online ~12 (keeps her|keeps him|keeps me|overnight|"
        "stays over|sleeps over|stays at his|at his flat|at his house)",
        SEXUAL,
        EXPLOITATION,
        severity="medium",
    ),
    flag(
        "(gives|gave|giving|give) (us|me|them|the kids|the weans|my brother|my sister|the bairns) "
        "(weed|drink|vodka|alcohol|sleeping pills|valium|edibles|diazepam|cans)",
        NEGLECT,
        EXPLOITATION,
    ),
    flag(
        "(dont|don't|do not|never) eat ~4 so (my|ma) ~3 (can|could) (have|get|use) (my)? (lunch "
        "money|dinner money|food|lunch|tea)",
        NEGLECT,
        severity="medium",
    ),
    # Blind set ER (new online harms), measured once before these lessons: "we fled in March.
    # He's turned location sharing back on on my daughter's phone ... turned up at her school
    # gate twice" (three signs, none a rule alone); a mum who "throws the controller at me" when
    # I lose on her stream; a Minecraft 'friend' who asked for a picture in her school uniform
    # and told her to delete the chat; a stepmum who "only lets me eat after we've filmed".
    hint("(we|i) (fled|escaped|got away|left him|left her)", "fled", DOMESTIC),
    hint(
        "(turned|turns|put|puts|switched|switches) (location sharing|location|tracking|find my|"
        "snap map|an airtag|a tracker) (back)? on|(airtag|tracker|tracking app) (on|in) (her|his|"
        "my|our|the) (phone|car|bag|schoolbag)",
        "tracking",
        DOMESTIC,
    ),
    # Turning up again and again: an ex who turns up for his contact day is not a sign.
    hint(
        "((has|keeps|kept|been) (turned|turning|showing|shown) up|keeps showing up) (at)? (her|his|"
        "my|our|the kids'|the) (school|school gate|gate|work|door|new flat|new house|refuge)|"
        "(turned|turns|showed|shows) up (at)? (her|his|my|our|the kids'|the) (school|school gate|"
        "gate|work|door|new flat|new house|refuge) (twice|again|three times|every day|every "
        "morning)",
        "turned_up",
        DOMESTIC,
    ),
    flag(
        "(throws|threw|throwing|chucks|chucked|flings|flung|lobs|lobbed) (the|a|her|his|my)? "
        "(controller|phone|plate|remote|bottle|cup|mug|shoe|chair|keyboard|tv remote|glass) at "
        "({ME}|{CHILD}|my brother|my sister|my head)",
        PHYSICAL,
    ),
    # A sign, not a rule: a school photographer asks for the same for the prospectus.
    hint(
        "(asked|asks|asking|wants|wanted) ~4 (picture|pic|pics|photo|photos|selfie|selfies) (of "
        "(her|him|me))? in (her|his|my|their) (school)? uniform",
        "uniform_picture",
        SEXUAL,
    ),
    hint(
        "(told|tells|telling) (her|him|me|them) to delete (the|our|his|her|their)? (chat|chats|"
        "messages|conversation|texts|snaps|dms)",
        "delete_the_chat",
        SEXUAL,
    ),
    flag(
        "only (lets|let|allows|allowed) (me|us|him|her|them) (to)? eat (after|when|if|once)",
        NEGLECT,
        severity="medium",
    ),
    # Blind set ET (the summer holidays): a lifeguard who "gave my son his personal number and
    # asked him round to his flat to practise. he's 13".
    flag(
        "({OTHER_ADULT}|lifeguard|coach|instructor|leader|teacher|neighbour|man) ~8 (asked|invited|"
        "invites|asks|wants|wanted) (him|her|me|my son|my daughter|them) (round|over|back|up) to "
        "(his|her) (flat|house|place|home)",
        SEXUAL,
        severity="medium",
    ),
    # Blind set EW (then and now): a man "on the sex offenders register for what he did to my
    # daughter" whom the school introduces as "the new janitor"; a man "in the papers for touching
    # weans" who moved in above, "always at the window when the kids are playing"; a violent
    # father "out on licence" two streets from the school. The past alone is over; the past with
    # children near him now is a risk, told across sentences as two signs.
    hint(
        # Not "on the register": a school keeps one ("won't update my name on the register").
        "(sex offenders register|sex offender|registered sex offender|schedule 1|"
        "under mappa|out on licence|out on license|released from prison|got out of prison|just got "
        "out|in the papers for (touching|abusing|what he did)|convicted of (touching|abusing|"
        "indecent)|for what he did to (me|my daughter|my son|us|her|him|the kids)|"
        # A partner "on the register" is not a pupil on the school's (blind set FE).
        "(partner|boyfriend|stepdad|new man|fella) (is|s)? on the register)",
        "known_offender",
        SEXUAL,
        PHYSICAL,
        DOMESTIC,
    ),
    hint(
        "(new|the new) (janitor|janny|teacher|coach|leader|driver|caretaker|volunteer|lollipop "
        "man|classroom assistant|swimming teacher)|(moved in|moved into|living|lives) (with|next "
        "to|above|below|next door to|across from) ~4 (kids|children|a family|weans|bairns|my "
        "sister|a woman with)|works (with|at) (kids|children|the school|a school|a nursery|the "
        "nursery)|(he's|hes|he has|he) (just|now)? moved in|"
        "(two streets|round the corner|next door|five minutes) from ~3 (school|the "
        "school|my kids' school|the kids' school|the park)|(at the window|watching) ~4 (kids|"
        "children|weans) (are|were)? (playing|play)",
        "near_children_now",
        SEXUAL,
        PHYSICAL,
        DOMESTIC,
    ),
    # Blind sets EU (boys and young men) and EV (faith, belief and culture): a madrassa teacher
    # who keeps boys behind "to massage his back"; the stick on the hands for wrong verses; girls
    # who cried "got put in the shed" at a camp.
    flag(
        "(keeps|kept|keep|makes|made|asks|asked) (the boys|the girls|the kids|him|her|me|them|us|"
        "my "
        "son|my daughter) (behind|back|after class|after school)? ~3 (to)? (massage|rub) (his|her) "
        "(back|shoulders|feet|legs|neck)",
        SEXUAL,
    ),
    flag(
        "(get|gets|got|give|gives|gave|getting) (the)? (stick|belt|cane|strap|tawse) (on|across) "
        "(your|my|his|her|our|their) (hands|legs|bum|back|palms)",
        PHYSICAL,
        severity="medium",
    ),
    flag(
        # A person put there: "the bikes got put in the shed" is storage.
        "({ME}|who cried|we|they|the kids|the children|my son|my daughter|my brother|my sister) ~3 "
        "(got|were|was|get|gets|"
        "getting|been) (put|locked|shut) (in|into) (the|a) (shed|cupboard|"
        "cellar|basement|garage|dark room|coal bunker)",
        PHYSICAL,
        EMOTIONAL,
        severity="medium",
        unless=("fiction",),
    ),
    # Blind set FA (GP surgeries, pharmacies, A&E): "His dad's the one who broke his arm": the
    # child's own arm, said by the other parent, where "my dad broke his arm" is the dad's own.
    flag(
        "(his|her|their) ({KIN}|{OTHER_ADULT}) ~5 (broke|fractured|cracked|dislocated|burnt|burned|"
        "split|busted) (his|her|their) (arm|arms|leg|legs|nose|rib|ribs|wrist|wrists|finger|"
        "fingers|jaw|collarbone|skull|tooth|teeth)",
        PHYSICAL,
        unless=("sport",),
    ),
    # A child given medicine to make them sleep so that the adult can go out (blind set FA: "my
    # mum gives my wee brother double his sleeping medicine so she can go out").
    flag(
        # More than the dose, or a sedative, and the adult's night out: melatonin given "so he
        # can go to bed" at a normal time is the medicine doing its job.
        "(gives|gave|giving|give|puts|put|slips|slipped) ~5 (double|extra|too much|loads of|more|"
        "sleeping|piriton|phenergan|whisky|vodka|gin) ~6 so (she|they|mum|dad|mam|my mum|my dad) "
        "(can|could|cn) (go out|go to the pub|go drinking|get drunk|have peace|get peace|see (him|"
        "her|his mates|her pals))",
        NEGLECT,
        PHYSICAL,
    ),
    # Blind set EX (school trips): a leader's messages and money to a pupil; "i'd do anything not
    # to go home to him"; "only feel safe on trips".
    flag(
        "({OTHER_ADULT}|coach driver|bus driver|leader|volunteer|instructor) ~4 (sending|sends|"
        "sent|giving|gives|gave) (him|her|me|them|my son|my daughter) ~2 (messages|texts|dms) "
        "(and|n) (money|cash|gifts|presents|vapes)",
        EXPLOITATION,
        SEXUAL,
    ),
    flag(
        "(anything|do anything|anythin) (not to|to not|so i dont have to|so i don't have to) go "
        "(back)? (home|hame) to (him|her|them|my dad|my stepdad|my mum|my mums boyfriend)",
        EMOTIONAL,
        DOMESTIC,
        severity="medium",
    ),
    flag(
        "(i|i only|only|i just|just) (feel|feels|am|be|ever feel) safe (at|on|in|when i m at|when "
        "im at|when i'm at|when im on|when i'm on) (school|trips|a trip|the trip|camp|my grans|my "
        "gran's|my friends|my friend's|club|youth club|the club|practice|training)",
        EMOTIONAL,
        severity="medium",
    ),
    # A staff member's cruelty to a child in front of others: names, "nobody wanted him there",
    # made to eat alone (blind set EX: the residential, the Paris trip), signs that count together.
    # One such remark is a complaint about a teacher (blind set CR: "called her thick in front
    # of the class"); with being made to eat apart, or told nobody wanted him, it is a sign.
    hint(
        "({OTHER_ADULT}|mr|mrs|miss|ms|sir) ~8 (calling|called|calls|call) (my|our|her|him|me|"
        "them)? ~2 (son|daughter|boy|girl|him|her|me)? (names|fat|disgusting|stupid|thick|"
        "retarded|a retard|a freak|useless|pathetic) ~6 (in front of|infront of) (everyone|"
        "the whole|the class|the group|the others|all)|(in front of|infront of) (everyone|the "
        "whole|the class|the group|the others|all) ~12 (calling|called|calls) (my|our)? (her|him|"
        "me|them|son|daughter|boy|girl) (names|fat|disgusting|stupid|thick|retarded|a retard|a "
        "freak|useless|pathetic)",
        "shamed_by_adult",
        EMOTIONAL,
    ),
    hint(
        "(made|makes|make|forced|forces) (her|him|me|them|my son|my daughter) (eat|sit|stand|"
        "sleep) (on (her|his|my|their) own|alone|by (herself|himself|myself)|separately) ~4 (in "
        "the corridor|outside|in the hall|for (#|two|three|four|five|six|seven) days|all week|"
        "every day|as punishment)",
        "singled_out",
        EMOTIONAL,
    ),
    hint(
        "(told|tells|telling|said|says) (him|her|me|them|my son|my daughter) (nobody|no one|noone|"
        "naebody) (wanted|wants|likes|liked|loves|loved|cares about) (him|her|me|them) (there|here|"
        "around)?",
        "nobody_wants",
        EMOTIONAL,
    ),
    # Not wanting to be alone with one adult, and not saying why: a sign, not a disclosure.
    hint(
        "(doesnt|doesn't|does not|won't|wont|dont|don't|refuses to|refused to|didn't|didnt) (want "
        "to|wanna)? (be|go|stay) (alone|on (her|his|my) own) with (the|her|his|my|our|that)? ~2 "
        "({OTHER_ADULT}|leader|volunteer|instructor|uncle|stepdad|lodger|neighbour)",
        "avoids_adult",
        SEXUAL,
    ),
    hint(
        "(won't|wont|will not|doesn't|doesnt|refuses to|can't|cant) (tell|say|explain) (me|us|"
        "anyone)? why|(used to|always used to) (love|like|adore) (him|her|going|it)",
        "wont_say_why",
        SEXUAL,
    ),
    # Children hiding from a man at the door (blind set EZ: "hes outside the door now ... my
    # kids are in the bathroom"); a plea for someone to call.
    hint(
        "(the kids are|kids are|my kids are|the children are|the weans are|the bairns are|locked "
        "ourselves|locked myself) (all)? (in|inside) (the|my|our)? (bathroom|toilet|loo|bedroom|"
        "back room)",
        "hiding",
        DOMESTIC,
    ),
    # "Please someone call." and no more; "please can someone call me" asks for a callback.
    hint(
        "(please|pls|plz|plese) (someone|somebody|anyone|some1|sum1) (call|ring|phone|come) (the "
        "police|999|the polis|now|quick)? $",
        "someone_call",
        DOMESTIC,
    ),
    # Blind set FE: answers about contact that show a man at home who must not know, whom the
    # family works around: "call between 10 and 2 when he's at work. He can't know I
    # complained"; "don't call, he listens in". Signs that count together: "call after 7 when
    # he's asleep" is also a mother of a toddler.
    hint(
        "(call|ring|phone|text|contact|write|letters|visit|come) ~6 (when|while|once) (he's|hes|he "
        "is|he) (asleep|at work|out|away|gone|not in|not home|sleeping|falls asleep|goes out|has "
        "left|leaves)",
        "around_him",
        DOMESTIC,
    ),
    hint(
        "(he|hes|he's|he is|my husband|my partner|my ex|my boyfriend|her dad|their dad) (can't|"
        "cant|cannot|mustn't|mustnt|must not|can never|shouldn't|shouldnt|won't|wont|not meant to|"
        "isnt meant to|isn't meant to|is not meant to) (know|find out|see|hear) "
        "(i|ive|i've|id|i'd|im|i'm|that|about|we|where)",
        "he_must_not_know",
        DOMESTIC,
    ),
    hint(
        "(he|my husband|my partner|my boyfriend|my ex) (listens in|listens to my calls|listens to "
        "my phone|reads my post|opens my post|opens my letters|reads my letters|checks my phone|"
        "goes through my phone|tracks where i go|tracks my phone|tracks me)",
        "he_watches",
        DOMESTIC,
    ),
    hint(
        "(my|her|the kids|their) ex (partner|husband|boyfriend)? (still)? has a key",
        "ex_has_key",
        DOMESTIC,
    ),
    # Blind set FD: "cannae talk. he's in the next room": two short sentences, two signs; the
    # wooden spoon every day.
    hint(
        "^ (cant|can't|cannot|cannae|canny|cnt) (talk|speak|type|chat) (now|rn|right now|long)? $",
        "cant_talk",
        DOMESTIC,
    ),
    hint(
        "^ (he's|hes|he is|she's|shes|he|dads|dad's|my dad's|ma da's) (in the next room|in the "
        "other room|next door|in the room|listening|right outside|outside my door) $",
        "he_is_near",
        DOMESTIC,
    ),
    flag(
        "(get|gets|got|getting|gettin) the (wooden spoon|slipper|belt|stick|hairbrush) ~6 (every "
        "day|every night|all the time|every time|noo|now|at hame|at home)",
        PHYSICAL,
        severity="medium",
    ),
    # Blind set FG: "the police came to our house agen becos of the shouting", a child's word.
    flag(
        # To the child's own home: "the police came again because of the fighting outside the
        # pub" is a street's complaint.
        "(police|polis|cops) (came|come|were|was|keep coming|kept coming) (to|round to|at|roon "
        "tae|tae) (our|my|ma|oor) (house|flat|hoose|door|bit) ~3 (again|agen|agin|every week|all "
        "the time|loads|lots) ~6 (shouting|shoutin|fighting|fightin|screaming|screamin|arguing)",
        DOMESTIC,
        severity="medium",
    ),
    # Blind set FL: an ex who leaves the children "with his dealer mates".
    flag(
        "(leaving|leaves|left|leave) (them|the kids|the children|the baby|the weans|my kids|our "
        "kids) with (his|her|their)? (dealer|drug dealer|junkie|druggie|drug) (mates|pals|friends|"
        "pal|mate|friend)?",
        NEGLECT,
        EXPLOITATION,
        severity="medium",
    ),
    # Blind set FM (youth justice and care): a girl of 13 strip-searched with men in the room; a
    # head put through a door.
    flag(
        "(strip searched|strip-searched|strip search|strip-search|stripped and searched|strip "
        "searching) ~6 (my|her|his|a|the)? ~2 (# year old|daughter|son|girl|boy|child|kid)|"
        "(daughter|son|girl|boy|child|kid|# year old) ~4 (was|got|were|been)? (strip searched|"
        "strip-searched|stripped and searched)",
        SEXUAL,
    ),
    flag(
        "{PERP} ~3 (put|puts|shoved|shoves|pushed|pushes|smashed|smashes|threw|throws|rammed) "
        "(my|his|ma) head (through|into|against|off|in) (the|a) ~2 (door|wall|window|table|"
        "radiator|cupboard|mirror|floor)",
        PHYSICAL,
    ),
    flag(
        "{PERP} ~3 (put|puts|shoved|shoves|pushed|pushes|smashed|smashes|threw|throws|rammed) "
        "(her|mums|mum's|my mums|my mum's) head (through|into|against|off|in) (the|a) ~2 (door|"
        "wall|window|table|radiator|cupboard|mirror|floor)",
        PHYSICAL,
        DOMESTIC,
    ),
    # Blind set FJ: "why does it hurt to pee after what my step brother did"; "he gets a bit
    # rough with us" when he drinks; sent back "to our country to get married"; an instructor
    # who walks into the girls' changing room while they change.
    flag(
        "(hurts|hurt|sore|stings|bleeding|bleed|bleeds) (to|when i|when i go to) (pee|wee|the "
        "toilet|poo) ~4 (after|since) what ({POSS}? ({KIN}|{SIBLING}|{OTHER_ADULT})|he|she|they) "
        "(did|done|made me do)",
        SEXUAL,
    ),
    flag(
        "(gets|got|get|getting) (a bit|a wee bit|abit|quite|really|dead|pretty)? rough with (us|me|"
        "mum|my mum|the kids|her|them|my mam|ma maw)",
        DOMESTIC,
        PHYSICAL,
        unless=("play", "sport"),
    ),
    flag(
        "(send|sending|sends|take|taking|takes) (me|her|my sister|us) (back)? (to|tae) (our|my|his|"
        "the|their) (country|home country|village|family back home) ~3 (to get married|to marry|for"
        " marriage|to be married)",
        "forced_marriage_fgm",
    ),
    flag(
        "({OTHER_ADULT}|instructor|lifeguard|he) ~3 (keeps|kept)? (going|goes|coming|comes|walking|"
        "walks|walked|went|came) (into|in) (the)? (girls|boys|girls'|boys')? (changing room|"
        "changing rooms|showers|shower room) (while|when) (they|theyre|they're|we|were|we're|the "
        "girls|the boys|she|shes|she's|he|hes|he's) (are|were|re|is|was|s)? (getting changed|"
        "changing|undressed|naked|in the shower)",
        SEXUAL,
    ),
    # Blind set FN (a fourth day-one mix): "I keep getting headbutted on the bus home"; a child
    # of about 7 out alone at midnight, barefoot.
    flag(
        "(keep|keeps|kept|always|been|getting|gettin|got|get) (getting|gettin)? (headbutted|heid "
        "butted|headbutt|nutted|butted)",
        BULLYING,
        PHYSICAL,
    ),
    flag(
        "({YOUNG_CHILD_ANY}|kid|child|boy|girl|wee one|wean|bairn) ~6 (out|outside|wandering|"
        "walking|on the street) (alone|on (his|her) own|by (himself|herself)) (at|after|in the "
        "middle of the)? (midnight|night|# am|2am|3am|4am|1am)",
        NEGLECT,
        "immediate_danger",
    ),
    # Blind set FR: "he threw the telly at my mum", inside a complaint about the library's hours.
    # Things thrown at a child had a rule; things thrown at a mother, by the man at home, had none.
    flag(
        "({PERP}|he|hes|he's) ~4 (threw|throws|thrown|throwing|chucked|chucks|flung|flings|hurled|"
        "lobbed|smashed) (a|the|his|her|my|ma|our)? ~2 (glass|bottle|bottles|plate|plates|mug|cup|"
        "chair|telly|tv|television|remote|phone|knife|pan|ashtray|iron|hammer|brick|lamp|kettle) "
        "(at|into|off) (my|ma|our) (mum|mam|maw|mother|mummy|mammy|mums head|mum's head)",
        DOMESTIC,
    ),
    # Blind set FR: a family skipping meals "for a month" and "the kids are hungry".
    flag(
        "(skipping|skip|skipped|missing|missed|miss) meals ~12 (kids|children|weans|bairns|the "
        "baby|my son|my daughter) (are|r|is|have been|has been|been|go|going|went|goes) (to bed)? "
        "(hungry|starving)",
        NEGLECT,
    ),
    # What the model let go when the held-out sets joined its training, now the rules' own: the
    # man at home "smashing up the flat and hitting my mum" (the hitting the second thing he
    # does, further from his name than "{PERP} ~3 {HIT}" reaches); a head slammed off a desk; a
    # young child's secret that hurts her tummy, "about my uncle".
    flag(
        "{PERP_ADULT} ~5 and (hitting|hits|battering|batters|beating up|beats up|punching|punches|"
        "kicking|kicks|strangling|strangles|choking|chokes|slapping|slaps) {PARTNER_VICTIM}",
        DOMESTIC,
        unless=("fiction", "harm_over"),
    ),
    flag(
        "(head|heid) (slammed|smashed|rammed|shoved|pushed|thrown|battered) (off|against|into|"
        "onto|on) (a|the|her|his|my)? (desk|wall|table|door|floor|locker|lockers|sink|radiator)",
        PHYSICAL,
    ),
    flag(
        "(secret|secrets) ~4 (makes|making|gives|giving|make) (me|my) ~2 (tummy|belly|stomach) ~2 "
        "(sore|hurt|hurts|ache|funny|sick) ~6 (about|with|from) (my|ma)? (uncle|dad|stepdad|step "
        "dad|grandad|granda|mums boyfriend|cousin|coach|teacher|babysitter)",
        SEXUAL,
        severity="medium",
    ),
    # Blind sets FT and FV, neglect told in passing: a health visitor's baby who missed
    # immunisations, fell through the centiles, in a house with dog mess on the floor, the door
    # not answered (each a sign, two together a concern); a child whose mum "buys drink not food".
    hint(
        "(missed|missing|not had|hasnt had|hasn't had|never had) ~3 (immunisations|immunisation|"
        "vaccinations|vaccines|jabs|baby checks|health checks|developmental checks)",
        "health_neglected",
        NEGLECT,
    ),
    hint(
        "(weight|wt) ~3 (dropped|fallen|fell|dropping|falling|gone down) ~5 (centile|centiles)|"
        "(dropped|fallen|fell|falling|dropping) (through|across) (the|two|three)? (centile|"
        "centiles)",
        "faltering_growth",
        NEGLECT,
    ),
    hint(
        "(dog mess|dog dirt|dog poo|faeces|excrement|cat mess|rubbish|mould) (all)? (on|over|"
        "covering) the (floor|floors|carpet)",
        "home_squalor",
        NEGLECT,
    ),
    hint(
        "(didnt|didn't|did not|never|wont|won't|will not) (answer|open) the door (at|for|on) ~2 "
        "(visits|visit|home visits|appointments)|no access visits",
        "no_access",
        NEGLECT,
    ),
    flag(
        "(buys|buy|bought|spends|spend|spent) (mostly|only|just)? (drink|alcohol|booze|drugs|"
        "vodka|wine|beer|cider|fags) (and)? (not|instead of|before|but no) food",
        NEGLECT,
    ),
    # Blind set FW, adults' long complaints with the risk one sentence inside: a nude photo of a
    # girl shared round her year; a child "put in the cupboard again" and no tea; injuries whose
    # story changed each time they were told.
    flag(
        "(nude|nudes|naked|topless) (photo|photos|pic|pics|picture|pictures|image|images|video|"
        "videos) of (a|the|my|her|his|our)? ~2 (girl|boy|pupil|child|daughter|son|sister|brother) "
        "~6 (shared|sent|posted|going round|went round|passed round|spread|circulated)",
        SEXUAL,
        BULLYING,
    ),
    flag(
        "(she|he|i|we|they|shell|she'll|hell|he'll|ill|i'll|theyll|they'll) ~3 (put|locked|shut) "
        "in (the|a) (cupboard|cellar|shed|"
        "coal cellar|cupboard under the stairs) (again|as a punishment|as punishment|if|when|for)",
        EMOTIONAL,
        NEGLECT,
    ),
    flag(
        "(broken|fractured|fracture|fractures|split|burst|burn|burns|burned|burnt|bruise|bruises|"
        "bruised) ~12 (story changed|stories changed|story kept changing|story changes|explanation "
        "changed|explanation kept changing|two different stories|different stories|stories didnt "
        "match|stories didn't match|stories did not match)",
        PHYSICAL,
        severity="medium",
    ),
    # Blind set FT: a janitor who "keeps asking the wee girls to sit on his knee and gives them
    # sweets" (Santa's grotto is another matter).
    flag(
        "(asks|asking|asked|makes|making|made|gets|getting|tells|telling) (the)? (wee|little|"
        "young|primary)? (girls|boys|kids|children|pupils|weans) to sit on his (knee|knees|lap)",
        SEXUAL,
        severity="medium",
        unless=("grotto",),
    ),
    context("(santa|father christmas|santa claus|grotto|santas grotto)", "grotto"),
    # What the model let go when the young children's training joined: "the dog gets fed more
    # than me".
    flag(
        "(the|our|their) (dog|dogs|cat|cats) (gets|get|got|is|are) fed (more|better) than (me|us)",
        NEGLECT,
    ),
    # Blind set GA, answers to the intake's contact questions that work around a man at home:
    # "he smashes phones"; "not the landline. dad listens"; "if he answers, hang up"; "not my
    # dad, he's the one doing it"; not allowed home "after what I told the teacher".
    flag(
        "(he|hes|he's|dad|stepdad|step dad|my dad|my stepdad|my husband|my partner) (smashes|"
        "smashed|breaks|broke|throws|threw) (my|our|mums|mum's|her|the)? (phones|phone)",
        DOMESTIC,
        severity="medium",
    ),
    flag(
        "(not|dont|don't|never) (call|ring|phone)? (the)? (landline|house phone|home phone) ~3 (he|"
        "hes|he's|dad|my dad|stepdad|step dad|my stepdad|my husband|my partner) (listens|listening|"
        "is listening|checks|will hear|hears|picks up|answers)",
        DOMESTIC,
        severity="medium",
    ),
    flag(
        "if (he|my husband|my partner|my dad|my stepdad|my step dad|my boyfriend) (answers|picks "
        "up|picks it up) ~3 (hang up|put the phone down|say nothing|say it's a wrong number|say "
        "its a wrong number|pretend)",
        DOMESTIC,
        severity="medium",
    ),
    flag(
        "(not|dont|don't|never) (tell|call|contact|phone|ring|ask)? (my|ma) (dad|da|stepdad|step "
        "dad|mum|mam|uncle|mums boyfriend|mum's boyfriend) ~2 (he's|hes|he is|she's|shes|she is) "
        "the one (doing it|who does it|that does it|who hurts me|that hurts me|hurting me)",
        PHYSICAL,
    ),
    flag(
        "(not allowed|cant go|can't go|cannot go|wont let me|won't let me) (back|come back|go "
        "back)? (home|hame) (after|because of|cos of|since) what i (told|said to) (the|my)? "
        "(teacher|school|police|polis|social worker|guidance teacher|nurse)",
        EMOTIONAL,
        NEGLECT,
    ),
    # Blind set FY, in five languages: asking whether the teacher must tell anyone "if I tell her
    # something about my uncle" (or stepdad, or mum's husband); and an after-school club worker
    # who gives a boy presents and messages him "on a separate phone she gave him".
    flag(
        "(tell|tells|inform|informs|report|pass it on) ~6 (if|when) i (tell|say|said|told) (her|"
        "him|them|you)? ~2 (something|anything|stuff|things) about (my|ma) (uncle|stepdad|step dad|"
        "dad|da|mums boyfriend|mum's boyfriend|stepmum|step mum|cousin|grandad|granda|brother|big "
        "brother)",
        SEXUAL,
        PHYSICAL,
        severity="medium",
    ),
    flag(
        "(on|a|the) (separate|secret|second|spare|extra) phone (she|he|they|the coach|the teacher) "
        "(gave|bought|got|gives|buys) (him|her|me|them)",
        EXPLOITATION,
        SEXUAL,
        severity="medium",
    ),
    # Blind sets GB to GE: a coach who made a boy run laps "till he was sick"; trainers from a
    # man at the shops and "a favour sometime"; a P2 child's head lice never treated and most of
    # the year missed (signs that count together; bad teeth as a third sign graded professionals'
    # reports the model had called high only medium, so it is not one).
    flag(
        "(made|makes|making|make) (him|her|me|my son|my daughter|them|the boys|the girls|the kids) "
        "(run|do) (laps|lengths|press ups|burpees|sprints) (till|until|til) (he|she|they|i) (was|"
        "were)? (sick|threw up|vomited|collapsed|cried|fainted)",
        EMOTIONAL,
        PHYSICAL,
        severity="medium",
    ),
    flag(
        "(got|gave|given|give|gives|bought) ~6 (off|from) (a|this|some) (guy|man|lad|older boy|"
        "older guy) ~10 (do him a favour|owe him|pay him back|work it off)",
        EXPLOITATION,
        severity="medium",
    ),
    hint(
        "(head lice|nits) ~4 (never|not|untreated) (get|gets|got|been)? (treated|sorted)",
        "untreated_health",
        NEGLECT,
    ),
    hint(
        "missed (over|more than|nearly|almost)? ## (percent|per cent)? of (the)? "
        "(year|term|school|session)",
        "attendance",
        NEGLECT,
    ),
]
RULES += [
    # Blind set CB: "a man who films us kids in the showers on his phone"; a broken arm nobody
    # takes to hospital "because they say social work will find out".
    flag(
        "(films|filmed|filming|film|records|recorded|recording|takes pictures|took pictures|"
        "taking pictures|takes photos|took photos|taking photos|photographs|photographed) (us|me|"
        "the kids|kids|children|the children|the girls|the boys|my daughter|my son|her|him|them) "
        "~6 (in the showers|in the shower|in the changing rooms|in the changing room|in the "
        "toilets|in the toilet|getting changed|undressed|naked|in the bath|in the loos|in our "
        "pants|in the cubicles)",
        SEXUAL,
    ),
    flag(
        "(won't|wont|will not|wouldn't|wouldnt|refuse to|refused to|didn't|didnt|not allowed to|"
        "never) (take|bring|let) ~3 (hospital|doctor|doctors|a&e|a and e|gp|the doctors) ~8 "
        "(social work|social services|the social|police|polis|find out|see the marks|see the "
        "bruises|ask questions)",
        PHYSICAL,
        "neglect",
    ),
    # Blind set CA: "the escort on my son's bus (he's 9, non-verbal) has been seen slapping him
    # and tying his hands with his scarf"; a 6-year-old's "grown-up checking her bum" behind a
    # locked toilet door; "I fell down the stairs again, that's what I'm supposed to say".
    flag(
        "({OTHER_ADULT}|escort|bus escort|carer|support worker|childminder|nursery worker|"
        "teaching assistant|classroom assistant|dinner lady) ~12 (seen|caught|spotted|witnessed) "
        "(slapping|hitting|kicking|punching|shaking|pinching|dragging|shoving|restraining|tying|"
        "smacking|thumping)|(tying|tied|ties|tie) (his|her|their|my|ma) (hands|wrists|feet|legs|"
        "arms) (with|to|together|behind)",
        PHYSICAL,
    ),
    flag(
        "(checking|checked|check|checks|looking at|looked at|touching|touched|wiping|wiped) (her|"
        "his|my|their) (bum|bottom|private|privates|front bottom|willy|fanny|minnie|foof|private "
        "parts) ~8 (door locked|locked the door|door was locked|with the door (shut|closed|"
        "locked))",
        SEXUAL,
    ),
    flag(
        "(fell|fall|walked into|bumped into|tripped|slipped) ~6 (that'?s|thats|that is|it'?s|its) "
        "what (i'm|im|i am|we're|were|i was|we are) (supposed|meant|told|telt) (to) (say|tell)",
        PHYSICAL,
    ),
    # Kept in, kept without money or a doctor (blind set CA).
    flag(
        "(won't|wont|doesn't|doesnt|will not|never|does not) (let|lets|allow|allows) (us|me|her|"
        "my mum|mum|mam|ma maw) (leave|go out|go out of|out of) (the house|the flat|home)? (or|and|"
        "nor) (have|get|go to|see|use) (money|any money|the doctor|a doctor|doctor|the gp|a gp|gp|"
        "friends|a phone|our phones)",
        DOMESTIC,
    ),
    # Blind set BX, a neighbour: "I hear the neighbours wee boy getting screamed at, then a thud,
    # then he goes completely quiet"; held-out BU: "him screaming at the kids and then thuds, and
    # the wee one begging him to stop".
    flag(
        "({CHILD}|{YOUNG_CHILD_ANY}|wee boy|wee girl) ~4 (getting|being|gets|got|get)? (screamed "
        "at|shouted at|yelled at|bawled at|roared at) ~6 (thud|thuds|thump|thumps|smack|slap|"
        "wallop|whack|crack|bang)|(screaming|shouting|yelling|bawling|roaring) at (the|his|her|"
        "their)? ({CHILD}|{YOUNG_CHILD_ANY}|kids|weans|bairns|children) ~5 (then)? (thud|thuds|"
        "thump|thumps|smack|smacks|slap|slaps|wallop|whack|begging|pleading|screaming for)|"
        "(thud|thump|smack|slap|wallop|whack|bang) ~5 (then|and)? (he|she|they|the "
        "baby|the wean|the kid|the wee one|the bairn) (goes|go|went|gone|is|was) (completely|"
        "totally|dead|really|very|all|suddenly)? (quiet|silent)",
        PHYSICAL,
    ),
    # Physical abuse: someone hurting the child, a sibling or a friend -----------------------------
    # Settings never cancel a child's own disclosure ("my dad hits me when I play cod"); a story's
    # plot only cancels what happens to others ("in the book the dad hits his son").
    flag("{PERP_ADULT} ~3 {HIT} {ME}", PHYSICAL, unless=("play", "settled_long_ago")),
    # Blind sets CV and CW, adults writing of something years behind them: "Years ago my stepdad
    # hit us but he's been gone since 2010 and we're all fine"; "Years ago my son's friend's dad
    # smacked him once, social work dealt with it and the families are fine now". The past alone
    # never stands down ("years ago he started hitting me and he still does"), nor does help given
    # then ("the police dealt with it but now its back"): only the past told in the same sentence
    # as the family fine now, or the one who did it gone. ("Now" is needed: "we're" and "were"
    # read the same once the apostrophe goes, and "we were all fine" says the opposite.)
    context(
        "(years ago|ages ago|long ago|a long time ago|back in ##) ~16 ((we're|we are|"
        "everyone's|everyone is|everybody's|everybody is|the families are|the family is|"
        "families are|they're|they are|we've been|weve been|we have been) (all|both)? (fine|ok|"
        "okay|safe|settled|grand|happy|doing well|doing fine) (now|these days|nowadays)|"
        "(been gone|gone|out of our lives|out of the picture|moved away) since ##)",
        "settled_long_ago",
    ),
    # A setting covers the whole message, so the past settled must not also stand down a hit
    # told as happening now: "years ago my dad hit me, he's been gone since 2019, but my stepdad
    # hits me now".
    flag(
        "{PERP_ADULT} ~3 {HIT} {ME} (now|nowadays|these days|again|still|every day|every night|"
        "all the time)",
        PHYSICAL,
        firm=True,
    ),
    # Blind set CS: "lost at fifa and my dad smashed the controller over my head, had to get
    # stitches". A thing broken over or thrown at the child's head.
    flag(
        "{PERP_ADULT} ~2 (smashed|smashes|broke|breaks|cracked|cracks|whacked|whacks|bashed|"
        "bashes|slammed|slams) ~4 (over|off|on|against|into|across) (my|ma) (head|heid|face|"
        "skull|back)",
        PHYSICAL,
    ),
    # ...not an egg cracked on a head for a joke (blind set CH), nor a ball in PE.
    idiom(
        "(cracked|cracks|cracking|smashed|smashes|broke|breaks) (an|a|the|two)? (egg|eggs) (on|"
        "over|off)|(ball|football|rugby ball|netball|basketball|dodgeball|shuttlecock|puck|"
        "frisbee|hockey ball) (over|off|on|against|into|across) (my|ma) (head|heid|face|back)"
    ),
    # Blind set CP, in four languages: a parent's complaint about letters, a year after the
    # child's father hit her; "he's in prison now and she's home with me and safe". Only a hit
    # told beside both the prison and the safety stands down.
    context(
        "(hes|he's|he is|dads|dad's|dad is|shes|she's|she is|theyre|they're|they are) (now)? (in|"
        "inside) (prison|jail|custody) (now)? ~6 (shes|she's|she is|hes|he's|he is|im|i'm|i am|"
        "were|we're|we are|theyre|they're|they are|the kids are|my daughter is|my son is) (home "
        "with me and|with me and|home and|now|all)? (safe|safe now)",
        "perpetrator_jailed",
    ),
    flag(
        "{PERP_ADULT} ~3 {HIT} {CHILD}",
        PHYSICAL,
        unless=("fiction", "perpetrator_jailed", "referred_and_safe", "settled_long_ago"),
    ),
    # Blind set CU: a teacher's past referral, told with where it ended: "a boy told me last
    # year his dad hit him, we referred it the same day ... he's in a kinship placement now and
    # doing brilliantly".
    context(
        "(referred|reported) (it|him|her|them)? ~4 (same day|straight away|right away|"
        "immediately|that day) ~24 (placement|foster|kinship|with his gran|with her gran|"
        "adopted) (now)? ~4 (doing|is doing|s doing|thriving|settled|safe|happy) (brilliantly|"
        "well|great|fine|really well|so well)?",
        "referred_and_safe",
    ),
    # A child left shut in a car: "locked out in the car in the drive for hours at a time".
    flag(
        "(locked|lock|locks|left|leave|leaves|shut|shuts|kept|keep|keeps) (out)? (in|inside) "
        "(the|a|their|his|her)? (car|van) ~5 (for hours|for ages|all day|all night|overnight|in "
        "the cold|at night|in the heat|at a time|til late|till late)",
        NEGLECT,
        unless=("holiday",),
    ),
    # Blind set CU: "his teacher put tape over his mouth and shut him in the store cupboard".
    flag(
        "(put|puts|putting|stuck|sticks|taped|tapes|wrapped) (tape|sellotape|selotape|sellotap|"
        "gaffer tape|gaffa tape|duct tape|masking tape|a sock|a gag|a cloth) (over|on|across|"
        "round|around) (his|her|my|their|ma|the kids|the childrens) (mouth|mooth|mouths|eyes|"
        "hands|wrists)|taped (his|her|my|their|ma) (mouth|mooth|hands|wrists) (shut|together|"
        "closed)",
        PHYSICAL,
    ),
    # Blind set CU, a neighbour on a phone: "kid nxt door screamin again pls send sum1".
    flag(
        "(kid|kids|child|children|baby|wean|weans|bairn|bairns|boy|girl|wee one|wee boy|wee girl|"
        "toddler|wee yin|wean) ~4 (screaming|screamin|screams|screamed|crying|cryin|yelling|"
        "howling|greetin|wailing|shrieking) ~8 (send|sen|call|get|phone) (someone|somebody|sum1|"
        "some1|help|the police|police|polis|an officer|a social worker)",
        "immediate_danger",
        PHYSICAL,
    ),
    # Contact answers written for training: the window to call chosen around a drunk or raging
    # adult ("call before 4, after that he's home and drunk"); "he'll take it out on the kids";
    # "my mum knows but she's the one that does it" (to "who else knows?").
    flag(
        "(call|ring|phone|text|contact|email) (me|us)? (before|till|until|between|after) ~5 (after "
        "that|after|then|once|when) ~2 (he|she|hes|he's|shes|she's|dad|my dad|mum|my mum|stepdad|"
        "my stepdad|her boyfriend|mums boyfriend|they|theyre|they're) ~3 (home|back|in|gets in) ~3 "
        "(drunk|steaming|wasted|pished|blootered|mad|angry|raging|high|off his face|off her face)",
        DOMESTIC,
        severity="medium",
    ),
    flag(
        "(he|hel|he'll|he will|hed|he'd|he would|he always|she|she'll|she will|she always) ~2 "
        "(take|takes|taking|took) it out on (the|my|our|her|his)? (kids|children|weans|bairns|son|"
        "daughter|boys|girls|wee ones|baby|wee one)",
        DOMESTIC,
    ),
    flag(
        "{PERP_HOME} ~6 (shes|she's|hes|he's|she is|he is|theyre|they're|they are) the (one|ones) "
        "(that|who|thats|that's|whos|who's) (does|do|is doing|are doing|keeps doing|keep doing) "
        "(it|this|that)",
        PHYSICAL,
        severity="medium",
    ),
    # Blind set CT, the best time to call: "When he's at the pub ... If he's in he'll know and
    # we'll both pay for it, me and the kids".
    flag(
        "(hel|he'll|he will|hed|he'd|he would|shel|she'll|she will|she'd|shed) (know|find out|"
        "see|notice|hear|check) ~5 (we'll|well|we will|we'd|i'll|i will|i'd|me and the kids|the "
        "kids|they'll|theyll|we|i) ~2 (all|both)? (pay for it|get it|suffer|be for it|get "
        "battered|get hurt)",
        DOMESTIC,
    ),
    # Blind set CR, in three languages: hitting long ago, told with how it ended ("a boy used to
    # hit me but he moved schools and its all sorted now"; "they split up 6 years ago and hes not
    # allowed near us, were all fine"). Only the past and its ending told together stand down.
    context(
        "(used to|when i was (little|wee|young|younger|small|a kid|a baby|in primary|in p#|in "
        "p1|in p2|in p3|in p4|in p5|in p6|in p7)) ~14 (but|and|now) ~8 (its all sorted|it's all "
        "sorted|all sorted now|its over now|it's over now|its all over|it stopped years ago|moved "
        "schools|moved school|split up # years ago|split up years ago|not allowed near us|not "
        "allowed near me|were all fine|we're all fine|we are all fine|were fine now|we're fine "
        "now|im fine now|i'm fine now)",
        "harm_over",
    ),
    flag(
        "{POSS}? {SIBLING} ~3 {HIT_SERIOUS} ({ME}|{CHILD})",
        PHYSICAL,
        unless=("sport", "young_sibling", "play"),
    ),
    flag(
        "{POSS}? {SIBLING} ~3 {HIT} ({ME}|{CHILD}) ~4 {INTENSITY}",
        PHYSICAL,
        unless=("sport", "young_sibling", "play"),
    ),
    flag(
        "{PERP_HOME} ~2 (gets|is|becomes|got|can be|goes|went) (really|so|very)? (violent|"
        "physical|rough|handy|aggressive) (with|towards|to|at)? ({ME}|{CHILD})",
        PHYSICAL,
    ),
    flag(
        "{PERP} ~3 (beat|beats|beating|batter|batters|battering|kick|kicks|kicking|knock|knocks|"
        "knocking) (the)? (crap|shit|hell|living daylights|life|stuffing|shite|jobby|"
        "pish) (out of|oot o|outta|out) ({ME}|{CHILD})",
        PHYSICAL,
    ),
    flag(
        "{PERP} ~3 (gives|gave|gies|gied|give|giving) ({ME}|{CHILD}) (a|the)? (doing|doin|hiding|"
        "beating|kicking|leathering|battering|skelping|skelp|slap|slaps|smack|smacks|belting|"
        "thrashing|whipping|black eye|burst lip|bust lip|fat lip|bleeding nose|nosebleed|bruises|"
        "concussion|broken (arm|nose|rib|ribs|wrist|finger|jaw))",
        PHYSICAL,
    ),
    flag(
        "{PERP} ~3 (take|takes|took|taking) (a|the|his|her) (belt|slipper|wooden spoon|stick|cane|"
        "cable|wire|hairbrush|shoe) (to)? ({ME}|{CHILD})",
        PHYSICAL,
    ),
    flag(
        "{PERP} ~3 (hit*|whack*|beat*|batter*|belt*|skelp*|leather*|burn*|hurt*) ({ME}|"
        "{CHILD}) ~3 (with) (a|the|his|her|my)? ({WEAPON}|belt|slipper|spoon|wooden spoon|stick|"
        "cane|cable|wire|hairbrush|shoe|fist|cigarette|lighter|hot|iron|plug|lead)",
        PHYSICAL,
    ),
    flag(
        "{PERP_ADULT} ~3 (pull|pulls|pulled|pulling|drag|drags|dragged|dragging|grab|grabs|"
        "grabbed) ({ME}|{CHILD}|my|her|his) ~2 (by the|by my|by her|by his)? (hair|throat|neck|"
        "arm|ear|ears|collar)",
        PHYSICAL,
    ),
    flag(
        "{PERP} ~3 (throw|throws|threw|thrown|chuck|chucks|chucked|push|pushes|pushed|shove|"
        "shoves|shoved|kick|kicked) ({ME}|{CHILD}) (down|into|against|across|at|off|over|"
        "out of) (the|a)? (stairs|wall|walls|floor|door|table|window|bed|room|bath|car|cupboard|"
        "ground)",
        PHYSICAL,
    ),
    flag(
        "(push|pushes|pushed|pushing|shove|shoves|shoved|throw|throws|threw|thrown|kick|kicks|"
        "kicked|drag|drags|dragged|chuck|chucked|flung) ({ME}|{CHILD}) (down|doon|off|out of|out|"
        "through|into|intae) (the|a|a flight of)? (stairs|stair|window|windae|balcony|banister|"
        "glass door|glass|car)",
        PHYSICAL,
        BULLYING,
    ),
    flag(
        "(push|pushes|pushed|pushing|shove|shoves|shoved|throw|throws|threw|thrown|kick|kicks|"
        "kicked|drag|drags|dragged|chuck|chucked|flung) {PARTNER_VICTIM} (down|doon|off|out of|"
        "out|through|into|intae|against|across) (the|a|a flight of)? (stairs|stair|window|windae|"
        "balcony|banister|glass door|glass|car|wall|walls|floor|door|table|room|house|street)",
        DOMESTIC,
    ),
    flag(
        "{PERP} ~3 (throw|throws|threw|chuck|chucks|chucked|hurl|hurls|hurled) (things|stuff|"
        "plates|cups|bottles|a bottle|a plate|a cup|chairs|a chair|knives|a knife|shoes|"
        "the remote|objects) (at)? ({ME}|{CHILD}|{PARTNER_VICTIM}|my head|us)",
        PHYSICAL,
    ),
    flag(
        "(hits|hitting|beats|beating|batters|punches|kicks|slaps|smacks|skelps|leathers|belts|"
        "chokes|strangles|hurts|abuses|bullies) (me|us|my wee brother|my wee sister|my brother|"
        "my sister|the kids|the weans) (every day|everyday|every night|all the time|a lot|"
        "constantly|when he is drunk|when hes drunk|when shes drunk|when he drinks|"
        "when she drinks|when i|if i|for no reason|again|so hard|till|until|really hard|with|and)",
        PHYSICAL,
    ),
    flag(
        "^ (hits|hitting|beats|beating|batters|punches|kicks|slaps|smacks|skelps|leathers|belts|"
        "chokes|strangles|hurts|abuses|batters|burns) ({ME}|{CHILD})",
        PHYSICAL,
        severity="medium",
    ),
    flag(
        "(got|get|gets|getting|been|was|were|being|be|keep getting|i get) ({HIT_DONE}|a doing|"
        "a hiding|a beating|a kicking|a leathering|a battering|the belt|skelped|the slipper|"
        "a skelping|a thrashing|leathered) ~4 (by|fae|from|off|aff) {PERP}",
        PHYSICAL,
        unless=("history", "fiction"),
    ),
    flag(
        "(got|get|gets|getting|been|was|were|being|keep getting|keeps getting|"
        "i get) {HIT_DONE} (and "
        "{HIT_DONE})? ~4 (by|fae|from|off|aff) {PEERS}",
        BULLYING,
        PHYSICAL,
        unless=("sport",),
    ),
    flag(
        "(been|was|were|got|gets|get|getting|keep getting|keeps getting|being|is) (beaten up|"
        "beat up|battered|attacked|assaulted|jumped|stabbed|slashed|glassed|knocked out|kicked in|"
        "beaten black and blue|strangled|"
        "choked|burnt|burned)",
        PHYSICAL,
        BULLYING,
        severity="medium",
        unless=("sport", "game", "history", "fiction"),
    ),
    # Nobody hurt; midge bites that look like an attack.
    idiom(
        "(nobody|no one|noone|no-one|none of them|none of us) (got|was|were|has been|have been|"
        "gets)? (burnt|burned|hurt|injured|attacked|hit|stabbed|beaten up)|(looks|look|looked|"
        "looking) like (she|he|they|i|you|shes|hes|theyve|ive|youve|id|hed|shed|theyd) (has|have|"
        "had|s|ve|d)? been (attacked|beaten up|battered|mauled|in a fight|savaged)"
    ),
    # A busy place "was mobbed"; a dog "jumped" its owner: nobody hurt.
    idiom(
        "(it|place|shop|a&e|a and e|ae|ward|hospital|station|pool|beach|park|town|centre|center|"
        "bus|train|queue|waiting room) (was|were|is|got|gets) (mobbed|rammed|packed|jumped)|"
        "jumped (on)? by (my|the|our|his|her) (dog|puppy|cat|kitten|pup)|starving (me|us) (of|for) "
        "(screen time|wifi|sweets|attention|fun|snacks)"
    ),
    flag(
        "(get|gets|got|getting|i get) (a doing|a hiding|a beating|a kicking|a leathering|"
        "a battering|the belt|a skelping|a thrashing|a burst mouth|a burst lip|a slap|a smack|"
        "skelped|belted|leathered|battered)",
        PHYSICAL,
        unless=("sport", "game", "history"),
    ),
    flag(
        "(hit|hits|hitting|beaten|beat|beats|whipped|belted|thrashed|lashed|battered) ({ME}|"
        "{CHILD})? (with) (a|the|his|her|my|their)? (belt|slipper|stick|cane|cable|wire|"
        "wooden spoon|spoon|hairbrush|shoe|metal bar|hose|lead|plug|kettle lead|bat|hanger|"
        "coat hanger|broom)",
        PHYSICAL,
    ),
    flag(
        "(gets|got|is|was|getting) handy (wi|with) (me|her|us|him|my mum|mum|his fists)", PHYSICAL
    ),
    flag(
        "{PERP} ~3 (twist*|bent|bend|bends|yank*|wrench*|wrenched) (my|ma|her) (arm|arms|wrist|"
        "wrists|fingers|finger|neck|leg|thumb)",
        PHYSICAL,
    ),
    hint(
        "(covered in|full of|got|have|all these|so many) (bruises|welts|marks|cuts|burns|"
        "black eyes)",
        "injuries",
        PHYSICAL,
    ),
    hint(
        "(broken|fractured|cracked|sprained|dislocated) (wrist|wrists|arm|arms|finger|fingers|"
        "nose|rib|ribs|collarbone|jaw|cheekbone)|(teeth|tooth) (knocked out|broken|snapped)|"
        "split lip|burst lip|black eye|(bruise|bruises|bruising|black eye|burn|burns|"
        "finger marks|fingermarks|welts|marks) (on|round|around|across|all over) (his|her|my|ma|"
        "their) (neck|face|arm|arms|back|legs|wrist|wrists|bum|chest|tummy|ribs|throat)",
        "injuries",
        PHYSICAL,
    ),
    # Who the child says did it: beside an injury, an adult named as its cause.
    hint(
        "{POSS}? ({KIN}|{OTHER_ADULT}) (did|done|caused|made) (it|this|that|them)|{POSS}? ({KIN}|"
        "{OTHER_ADULT}) (twisted|broke|burnt|burned|bent|squeezed|grabbed) (it|them)",
        "blamed",
        PHYSICAL,
    ),
    hint(
        "(cant|can't|cannot|wont|won't) (tell|say) (anyone|anybody|nobody|you) (who|what) (did|"
        "does|done) (it|this|them)",
        "silenced",
        PHYSICAL,
        SEXUAL,
    ),
    flag(
        "(no|nae) (food|dinner|meals|anything to eat) (since|for) ~1 (days|sunday|monday|tuesday|"
        "wednesday|thursday|friday|saturday|yesterday|ages|the weekend|last week|#)",
        NEGLECT,
        severity="high",
    ),
    flag(
        "(video call|video calls|facetime|video chat|call|calls|cam|camera|pics|photos|videos|"
        "snaps) ~3 (with no (top|clothes|shirt|bra|pants|trousers)|with (my|her) (top|clothes|"
        "shirt|bra) off|topless|naked|undressed|in my underwear|in my bra|in my pants)",
        SEXUAL,
        EXPLOITATION,
    ),
    flag(
        "({PERP}|she|he) ~2 (stamp|stamped|stamps|stomped|stomps|stamping|jumped|jumps|stood|"
        "stands) on (my|ma|her|his|their) {BODY}",
        PHYSICAL,
    ),
    flag(
        "{PERP_HOME} ~3 (starves|starved|starve|starving|wont feed|won't feed|doesnt feed|"
        "doesn't feed) (me|us|him|her|my (wee|little)? (brother|sister))",
        NEGLECT,
        EMOTIONAL,
        severity="high",
    ),
    flag(
        "(violence|violent|fighting|abuse|abusive|hitting|beatings|battering) (at|in) (home|hame|"
        "the house|my house|our house|the hoose|ma hoose|our flat|the flat)",
        DOMESTIC,
        PHYSICAL,
    ),
    flag(
        "(holds|held|hold|holding|pushes|pushed|push|pushing|puts|put|shoves|shoved|keeps|"
        "kept) (me|us|her|him|my head|my face|his head|her head) (under|down under|underwater|"
        "under the water|under water|in the water|under the bath|in the bath until)",
        PHYSICAL,
    ),
    flag(
        "(puts|put|putting|makes|made|forces|forced) (me|us|him|her) (in|into|to get in|to sit in|"
        "to stand in) (a|the) (cold|freezing|ice|boiling|hot|scalding) (bath|shower|water)",
        PHYSICAL,
        severity="medium",
    ),
    flag(
        "{PERP} ~3 (broke|broken|breaks|fractured|cracked|dislocated|burnt|burned|bruised|split|"
        "busted|burst) (my|ma|her|our|my (wee|little|big)? (brothers|sisters)) (arm|arms|leg|legs|"
        "nose|rib|ribs|wrist|wrists|finger|fingers|jaw|lip|tooth|teeth|head|eye|face|hand|hands|"
        "back|skull|collarbone|ankle)",
        PHYSICAL,
        unless=("sport",),
    ),
    flag(
        "{PERP} ~3 (broke|broken|breaks|fractured|cracked|dislocated|burnt|burned|bruised|split|"
        "busted|burst) (mums|mum's|my mums|my mum's|mams|my mams|maws|ma maws|her) (arm|arms|leg|"
        "legs|nose|rib|ribs|wrist|wrists|finger|fingers|jaw|lip|tooth|teeth|head|eye|face|hand|"
        "hands|back|skull)",
        DOMESTIC,
    ),
    flag(
        "{PERP_HOME} ~2 (makes|made|make|forces|forced|force) (me|us|him|her|my (wee|"
        "little)? (brother|sister)) (to)? (kneel|stand|sit|stay|sleep|hold|squat) ~3 (on rice|"
        "on salt|for hours|all night|in the cold|outside|in the garden|in the shed|without food|"
        "with no food|in the dark|"
        "against the wall|on one leg|in the corner for hours|in the bath)",
        PHYSICAL,
        EMOTIONAL,
        severity="medium",
    ),
    hint(
        "(puts|put|putting|has|had|keeps|kept|rests|rested|places|placed|strokes|stroked|rubs|"
        "rubbed) (his|her) (hand|hands|fingers) (on|up|down|over|along) (my|her) (leg|legs|thigh|"
        "thighs|knee|knees|bum|back|chest|waist|lap|neck|hair|face)",
        "physical_contact",
        SEXUAL,
        EXPLOITATION,
    ),
    flag(
        "(walks|walked|walking|comes|came|keeps walking|keeps coming|barges|barged) (in|"
        "into the bathroom|into my room) (on me)? ~3 (in the shower|in the bath|when im changing|"
        "when i'm changing|while im changing|when im in the shower|getting changed|"
        "getting dressed|naked|undressed|on the toilet)",
        SEXUAL,
        severity="medium",
    ),
    hint(
        "(says|said|tells me|told me|made me promise|makes me promise|made me swear|"
        "tells us) (not to tell|to not tell|never to tell|nae tae tell|not tae tell|(i cant|"
        "i can't|i mustnt|dont|don't) tell {TELL_WHO}|its a secret|it's a secret|"
        "to keep it secret|to keep it a secret|not to say anything)",
        "secrecy",
        SEXUAL,
        EXPLOITATION,
    ),
    flag(
        "{PERP} ~3 (smash*|bang*|slam*|bash*|hit*|knock*|crack*|whack*|shove*|push*|thump*|"
        "batter*) (my|ma|her|his|their|our) (head|heid|face|nose|body) (off|against|into|on|in|"
        "intae|aff)",
        PHYSICAL,
    ),
    flag(
        "(hear|heard|hearing|see|saw|seeing|watch|watched) (him|her|them|dad|my dad|mum|my mum|"
        "my stepdad|ma da) ~2 (hitting|hurting|beating|strangling|choking|battering|attacking|"
        "slapping|punching|kicking|whipping) ({CHILD}|the kids|the children|the baby|them)",
        PHYSICAL,
    ),
    flag(
        "({CHILD}|kids|children|weans|bairns|she|he|they) (has|have|had|with|come in with|"
        "comes in with|is covered in|are covered in) (bruises|a black eye|black eyes|burns|marks|"
        "belt marks|cigarette burns) ~3 (all the time|always|again|every week|every day|"
        "every monday|a lot|that|they|and)",
        PHYSICAL,
        severity="medium",
    ),
    flag(
        "(i|ive|i've|she|he|she's|he's|shes|hes|my (wee|little)? (brother|sister)) (get|gets|got|"
        "getting|been|keep getting|keeps getting) (a doing|a hiding|a beating|a kicking|"
        "a leathering|a battering|the belt|a skelping|a thrashing|battered|leathered|skelped|"
        "belted|beaten|beat up|hit|punched|slapped|smacked) (at home|in the house|every night|"
        "every day|when|if|for)",
        PHYSICAL,
    ),
    flag(
        "(bruises|bruise|bruising|black eye|welts|burns|burn marks|cuts|scratches|red marks|"
        "handprint|fingerprints|finger marks|belt marks) (on my|on her|on his|all over)? ~3 (from|"
        "cause|because|cos|coz|after|where|that) {PERP}",
        PHYSICAL,
    ),
    # ...but not a ball or a stick in a game.
    idiom(
        "(black eye|bruise|bruises|cut|swollen face|burst lip|split lip) (because|cos|cause|after) "
        "(he|she|they) (took|got hit by|was hit by|were hit by|caught) ~2 (ball|puck|stick|bat|"
        "hockey ball|football|cricket ball|rugby ball|shinty ball|racket|elbow)"
    ),
    flag(
        "(dad|da|daddy|mum|mam|maw|ma|stepdad|stepmum|father|mother|parents|uncle|carer|gran|"
        "grandad|granda) (is)? (abusive|violent|abusing|beating|hitting|hurting|battering)",
        PHYSICAL,
        # Blind set DG: "the school play was about a girl whose dad is violent".
        unless=("fiction",),
    ),
    flag(
        "(physical|physically) (abuse|abused|abusing|hurt|hurting|harm|harmed|assault*|violent)",
        PHYSICAL,
    ),
    flag(
        "(child|children|kids) (abuse|cruelty|neglect)|abused (child|children|kids)|"
        "non accidental injur*",
        PHYSICAL,
        NEGLECT,
        unless=("education", "fiction", "history"),
    ),
    flag(
        "(being|been|was|is|am|im|i'm|she's|he's|shes|hes|they're|theyre|get|getting|got) (abused|"
        "beaten|battered|hit|hurt|assaulted|attacked) (at home|by (my|her|his|their|our|ma) {KIN}|"
        "in the house|in care|in foster care|by the carers|by staff)",
        PHYSICAL,
        # "The film we watched in English, the one where the girl is abused by her stepdad"
        # (blind set CP).
        unless=("film_scene", "adult_survivor"),
    ),
    # Blind set CU, adults of their own adult lives: "My father is verbally abusive to me on the
    # phone, I'm 52"; "my ex-partner was violent towards me in 2015 ... we have no children
    # together". Only what is done to the writer stands down; what is done to a child never does.
    flag(
        "{PERP_HOME} ~2 (is|s|was)? (abusing|abusive to|violent to|violent towards|"
        "violent with) {ME}",
        PHYSICAL,
        unless=("older_adult_writer", "no_children"),
    ),
    flag(
        "{PERP_HOME} ~2 (is|s|was)? (abusing|abusive to|violent to|violent towards|"
        "violent with) {CHILD}",
        PHYSICAL,
    ),
    context(
        "(im|i'm|i am|ahm) (now|aged)? {OLDER_ADULT_AGE}",
        "older_adult_writer",
    ),
    context(
        "(we have|we've got|weve got|we had|we've|weve|there are|there were|with|and) no "
        "(children|kids|weans|bairns) (together|involved|in the house|at home)|(no|nae) "
        "(children|kids) (are)? (involved|together)",
        "no_children",
    ),
    flag(
        "{PERP_ADULT} ~3 (smack*|skelp*|slap*) ({ME}|{CHILD}|my (face|head|bum|legs|leg|arm|arms|"
        "hand|hands|back|bottom))",
        PHYSICAL,
        unless=("settled_long_ago",),
    ),
    # A hand swatted from the cake mix (blind set CR): away, off, out of the way.
    idiom(
        "(smack*|slap*|swat*|skelp*|bat|bats|batted) (my|ma|his|her|our) (hand|hands) (away|off|"
        "out of the way|oot the way)"
    ),
    flag(
        "(lifts|lifted|raises|raised) (his|her|their) (hand|hands|fist|fists) (to|at) ({ME}|"
        "{CHILD}|mum|my mum)",
        PHYSICAL,
    ),
    # Not in a play (blind set DW: "they tied me to the tree ... in the school play cos i was
    # the robber").
    flag("{PERP} ~3 (tied|ties|tie) ({ME}|{CHILD}) (up|to)", PHYSICAL, unless=("fiction",)),
    flag(
        "(scared|afraid|frightened|terrified|feart|worried) ~3 {PERP} ~1 (will|ll|is going to|"
        "s going to|gonna|gonnae|would|might|could|d) (hit|hurt|beat|batter|leather|belt|skelp|"
        "kill|punch|kick|strangle) ({ME}|{CHILD}|{PARTNER_VICTIM}|again)",
        PHYSICAL,
        EMOTIONAL,
    ),
    flag(
        "{FEAR} ~3 (hel|shel|theyll|hell|he'll|she'll|they'll|hed|shed|theyd|he'd|she'd|"
        "they'd) ~4 (hit|hurt|beat|batter|kill|strangle|touch|get|come for|come after|"
        "leather) ({ME}|{CHILD}|{PARTNER_VICTIM}|again)",
        PHYSICAL,
        EMOTIONAL,
        "immediate_danger",
    ),
    flag(
        "(said|says|saying|threatened|threatens|threatening|told me|tells me|keeps saying|swore|"
        "swears) (that)? (he|she|they|he'd|she'd|hed|shed|theyd|he'll|she'll|hell|shell|hel|"
        "shel)? (will|would|ll|is going to|s going to|gonna|gonnae|d|was going to|to|"
        "is gonna)? (kill|hurt|batter|stab|beat|burn|hit|leather|strangle|drown|break|"
        "smash) ({ME}|{CHILD}|{PARTNER_VICTIM}|my (legs|arms|neck|face|head)|ma (legs|heid|face)|"
        "you|ye)",
        PHYSICAL,
        EMOTIONAL,
    ),
    # ...but not in a game ("he'll 'kill' his sister on Fortnite").
    idiom(
        "(kill|killed|killing|kills|shoot|shooting|shot) (him|her|me|you|them|us|his sister|her "
        "sister|his brother|her brother|my sister|my brother) ~2 (on|in) (fortnite|minecraft|"
        "roblox|the game|cod|call of duty|fifa|among us|the xbox|the playstation|the switch|apex|"
        "valorant|warzone)"
    ),
    flag(
        "(kill|hurt|batter|beat|leather|hit) (me|us|her|him|my mum|mum) if (i|we|she|he) (tell|"
        "tells|told|say|says|said|speak|talk|report|clype|grass|grassed|leave|leaves|go|"
        "tell anyone|say anything)",
        PHYSICAL,
        EMOTIONAL,
        firm=True,
    ),
    # Blind set CZ: "my dad took my phone and said if i tell anyone what happened at the weekend
    # ill regret it", buried in a long complaint about the canteen. A threat that buys silence.
    flag(
        "if (i|we) (ever)? (tell|told|say|said|speak|spoke|talk|report|clype|grass|grassed) ~6 "
        "(ill|i will|id|i would|we will|wed|we would|ahll) (regret it|be sorry|pay for it|get "
        "hurt|get battered|be next|be dead)",
        EMOTIONAL,
        PHYSICAL,
    ),
    # Blind set CC: a child made to watch a pet killed, and told "that's what happens to grasses":
    # cruelty to an animal used to frighten a child into silence.
    flag(
        "(made|makes|make|forced|forces|force|making) (me|us|her|him|my (brother|sister)) (to)? "
        "(watch|see) (him|her|them) ~2 (kill|kills|killing|drown|drowns|drowning|hurt|hurts|"
        "hurting|torture|tortures|torturing|strangle|strangles|burn|burns|stab|stabs|kick|kicks|"
        "kicking|beat|beats|beating|hang|hangs) ~2 (the|our|my|a|his|her|ma|oor)? (cat|cats|"
        "kitten|kittens|dog|dogs|puppy|puppies|pet|pets|rabbit|hamster|guinea pig|budgie|bird|"
        "birds|pup|bunny)",
        EMOTIONAL,
        PHYSICAL,
    ),
    flag(
        "(thats|that's|that is|this is|its|it's) what (happens|will happen|happen) (to) (grasses|"
        "grassers|snitches|clypes|clypers|tell tales|telltales|people who (tell|grass|snitch|"
        "clype)|kids who (tell|grass|snitch|clype)|(boys|girls) who (tell|grass|snitch))",
        EMOTIONAL,
    ),
    flag(
        "(tried|tries|trying|try|attempted) (to)? (strangle|choke|drown|suffocate|smother|kill|"
        "stab|poison|burn) ({ME}|{CHILD}|{PARTNER_VICTIM})",
        PHYSICAL,
        "immediate_danger",
    ),
    # Domestic abuse: an adult hurting or controlling a parent -------------------------------------
    flag("{PERP} ~3 {HIT} {PARTNER_VICTIM}", DOMESTIC, unless=("fiction", "harm_over")),
    flag(
        "{POSS}? {PARTNER_OF_PARENT} ~3 ({HIT}|{HIT_DONE}|hurt|hurts|hurting) (her|my mum|mum|"
        "ma maw|my mam|her again)",
        DOMESTIC,
    ),
    flag(
        "{PERP} ~3 (throw|throws|threw|chuck|chucks|chucked|hurl|hurls|hurled) (things|stuff|"
        "plates|cups|bottles|a bottle|a plate|a cup|chairs|a chair|knives|a knife|shoes|"
        "the remote|objects) (at) {PARTNER_VICTIM}",
        DOMESTIC,
    ),
    flag(
        "{PERP} ~6 (pull|pulls|pulled|pulling|drag|drags|dragged|dragging|grab|grabs|"
        "grabbed) {PARTNER_VICTIM} ~2 (by the|by her)? (hair|throat|neck|arm|arms|wrist)",
        DOMESTIC,
    ),
    flag(
        "{PERP} ~3 (beat|beats|beating|batter|batters|kick|kicks|knock|knocks) (the)? (crap|shit|"
        "hell|living daylights|life|stuffing|shite) (out of|oot o|outta) {PARTNER_VICTIM}",
        DOMESTIC,
    ),
    flag(
        "{PARTNER_VICTIM} (has|had|got|with|gets|always has|is covered in|covered in) ~2 (bruises|"
        "bruise|a black eye|black eyes|a burst lip|a bust lip|marks on her|cuts on her|broken arm|"
        "broken nose)",
        DOMESTIC,
        # "mum's covered in bruises again from her roller derby match" (blind set CN).
        unless=("sport",),
    ),
    flag(
        "(domestic|dv) (abuse|violence|incident|incidents|assault)|domestic abuse|"
        "coercive control|coercive controlling|"
        "controlling behaviour|women's aid|womens aid",
        DOMESTIC,
        unless=("education", "fiction", "charity_work", "rehoused_after_abuse"),
    ),
    # Blind set EK: "We were rehoused last year after we fled domestic violence and honestly it
    # saved us." Only the naming stands down; anything he does now is other rules'.
    context(
        "(rehoused|moved|housed|got (a|our)? (new)? (flat|house|home)) ~8 (after|when|because) (we|"
        "i) (fled|escaped|left|got away from) (domestic violence|domestic abuse|dv|an abusive|a "
        "violent)",
        "rehoused_after_abuse",
    ),
    # Doubled letters collapse on both sides, so "refugee" reads as "refuge": a refuge is only
    # a women's refuge where the message does not speak of refugees.
    # Blind set CT: "We left the refuge in 2021, we've got our own flat and he's serving a long
    # sentence" (refuge_long_left, below).
    flag("refuge", DOMESTIC, unless=("education", "refugees", "charity_work", "refuge_long_left")),
    context(
        "(volunteers|volunteer|volunteering|works for|fundraising|funding|fundings|donate|"
        "donation|donations|charity|sponsored)",
        "charity_work",
    ),
    context(
        "(im|i am|were|we are|was|is|are|hes|shes|he is|she is|theyre|they are|as) (a)? refuge|"
        "refuge (hotel|family|families|children|kids|status|support|group|camp|crisis|centre|"
        "center|from|claim|background|student|pupil|council|charity|week|resettlement|scheme|"
        "boy|boys|girl|girls|child|son|daughter|parents|mum|dad|people|community|communities|"
        "women|men|teen|teens|teenager|teenagers|young people|kid|status|label)|(call|calls|"
        "calling|called) ~2 (a|the)? refuge",
        "refugees",
    ),
    flag(
        "(fight|fights|fighting|argue|argues|arguing|rows|rowing|shouting|screaming|kick off|"
        "kicks off|kicking off) ~6 (throw*|smash*|break*|hit*|hurt*|blood|bleeding|police|polis|"
        "knife|knives|bruises|punch*|violent|strangl*|chok*|push*|slap*|kick*|battered|batters)",
        DOMESTIC,
        # A snowball fight, play fighting at break (blind set CI); a fight at school that ended
        # in "he said sorry after" (blind set DG); screaming through the wall that "is their
        # telly, they watch horror films" (blind set DN).
        unless=("play", "made_up", "noise_explained", "fiction"),
    ),
    context(
        "(its|it's|it is|it was|turns out|turned out|turns out it was|turned out it was|turns out "
        "its|turned out its) (just|only)? (their|the|his|her|next doors|next door's) (telly|tv|"
        "television|film|films|movie|movies|horror films|game|games|xbox|playstation|music|drum "
        "kit|drums|band|karaoke|speaker|speakers)",
        "noise_explained",
    ),
    flag(
        "(police|polis|cops|the feds) (came|come|were called|got called|are here|were here|"
        "turned up|took him|took dad|arrested) ~8 (hitting|beating|hurting|fighting|attacking|"
        "strangling|battering|violence|assault|kicking off|domestic|smashing)",
        DOMESTIC,
    ),
    flag(
        "{PERP_HOME} ~2 (won't|wont|doesn't|doesnt|never|will not|willnae|disnae) (let|lets|"
        "allow) (mum|my mum|ma maw|my mam|her|mam|maw|my mother) (leave|go out|out|see|have|"
        "talk to|work|use|get|phone|go anywhere|have money)",
        DOMESTIC,
    ),
    flag(
        "{PERP_HOME} ~3 (controls|checks|takes|took|keeps|keep|steals|stole|smashed|smashes|"
        "broke) (all)? (of)? (mums|mum's|her|my mums|my mum's|mams|maws|my mams) (money|phone|"
        "bank card|cards|car keys|passport|messages|wages|benefits)",
        DOMESTIC,
        severity="medium",
    ),
    flag(
        "{PERP} ~3 (hurting|hurts|hurt|hit|hitting|kicking|beating|strangling|choking|attacking|"
        "battering|slapping|punching|raping) (my|ma|oor)? (mum|mam|maw|mother|ma|mammy|mummy|mom)",
        DOMESTIC,
        unless=("harm_over",),
    ),
    flag(
        "(hear|heard|hearing|listen to|see|saw|seeing|watch|watched) (him|dad|my dad|ma da|"
        "her boyfriend|my stepdad|them) ~2 (hitting|hurting|beating|strangling|choking|battering|"
        "attacking|slapping|punching|screaming at|throwing things at) (her|mum|my mum|my mam|"
        "ma maw|my mother)",
        DOMESTIC,
    ),
    hint(
        "(they|mum and dad|my parents|ma maw and da|my mum and (her|his)? (boyfriend|partner|"
        "stepdad)|mum and (her)? (boyfriend|partner)|my mum and dad|my mam and dad|"
        "he and mum) (fight|fights|fighting|argue|argues|arguing|scream|screaming|shout|shouting|"
        "kick off|kicking off) ~3 (all the time|every night|every day|constantly|loads|a lot|"
        "so much|when|always)",
        "home_conflict",
        DOMESTIC,
        EMOTIONAL,
    ),
    # Trouble at home said the way children say it, with "again": a sign to look at.
    flag(
        "(its|it's|it is|it was|its all|it's all) (kicking off|going off|kicked off|went off) "
        "(at mine|at home|at hame|in the house|in the hoose|at ours|downstairs) (again|every "
        "night|all the time|tonight|the night)",
        DOMESTIC,
        severity="medium",
    ),
    hint(
        "(we|i|me and my (brother|sister|brothers|sisters)) (all|just|have to|always|go and|go|"
        "run and)? (hide|hid)",
        "hiding",
        DOMESTIC,
        EMOTIONAL,
        NEGLECT,
        "immediate_danger",
    ),
    hint(
        "(smashing|smashed|smashes|wrecking|wrecked|trashing|trashed|breaking|broke|"
        "throwing) (up)? (the house|the place|everything|things|stuff|the flat|the hoose|"
        "the kitchen|plates|furniture|the tv|doors) (up)?",
        "smashing",
        DOMESTIC,
        EMOTIONAL,
        "immediate_danger",
    ),
    hint(
        "(mum|mam|maw|my mum|my mam|ma maw|she|my sister|my brother|the baby) (is|s|was|keeps|"
        "started)? (screaming|crying|sobbing|hurt|bleeding|greetin|begging him)",
        "victim_distress",
        DOMESTIC,
        EMOTIONAL,
    ),
    hint(
        "(hide|hiding|hid|hidin) (in|under|inside) (my|ma|the|our) (room|bedroom|bed|wardrobe|"
        "cupboard|bathroom|toilet|closet)",
        "hiding",
        DOMESTIC,
        EMOTIONAL,
        NEGLECT,
        "immediate_danger",
    ),
    # Sexual abuse ---------------------------------------------------------------------------------
    flag("{PERP} ~3 {TOUCH} ({ME}|{CHILD})", SEXUAL),
    flag("{TOUCH} (me|us|her|him|my|ma|her|his) ~1 {PRIVATE}", SEXUAL),
    flag(
        "(touch|touches|touched|touching|feel|feels|felt|rub|rubs|rubbed|grab|grabs|grabbed) (me|"
        "her|him) (up|inappropriately|down there|there|where|in places|in a way|at night|when|"
        "under|inside|in my bed|in bed|in the bath|in the shower|and it|and i|wrong|weird|funny|"
        "sexually)",
        SEXUAL,
    ),
    flag("(rape|raped|rapes|raping|rapist|rapists|rpe|r@pe|graped)", SEXUAL, unless=("fiction",)),
    flag(
        "(sexually|sexual|indecent|indecently|inappropriate|inappropriately) (abuse|abused|"
        "abusing|assault|assaulted|assaulting|touching|touched|touch|exposure|exposed|images|"
        "photos|pictures|messages|contact|behaviour|activity|harassment|harassed|exploitation|"
        "exploited|things)",
        SEXUAL,
    ),
    flag(
        "(molest*|molestation|interfered with|interfere with|interferes with|fiddled with|"
        "fiddles with|fiddling with|fiddlin wi|fiddled wi|fiddles wi|abused me sexually|groped|"
        "groping|gropes|flashed|flashes|flashing himself|exposed himself|exposing himself|wanked|"
        "wanks|masturbat*)",
        SEXUAL,
    ),
    flag(
        "(comes|came|come|coming|gets|got|getting|climbs|climbed|creeps|crept|sneaks|snuck) (in|"
        "into) (to)? (my|ma|her|his|our|the) (bed|bedroom|room|shower|bath|bathroom) ~3 (at night|"
        "every night|when|and|while|naked|in the night|during the night)",
        SEXUAL,
    ),
    flag(
        "(gets|got|getting|climbs|climbed|lies|lay|lying) (in|into) (bed|my bed|ma bed|"
        "her bed) (with) (me|her|us)",
        SEXUAL,
    ),
    flag(
        "(sends|sent|send|sending|shows|showed|show|showing) (me|her|us)? ~3 (pictures|pics|"
        "photos|videos|vids|snaps|images|selfies) (of)? (his|him|her|himself|herself) ~2 {PRIVATE}",
        SEXUAL,
    ),
    flag(
        "(asks|asked|asking|wants|wanted|keeps asking|kept asking|begs|begged|pressures|pressured|"
        "pushes|pushed) (me|her)? (to)? (have sex|sleep with him|sleep with her|do it with him|"
        "have sex with him|do sexual|do stuff with him|do things with him|give him head|touch him)",
        SEXUAL,
    ),
    flag("(forced|forces|forcing) (himself|herself|themselves) (on|onto) (me|her|us)", SEXUAL),
    flag(
        "(makes|made|make|forces|forced|tells|told|gets|got) (me|her|him) (to)? (do|doing) (stuff|"
        "things|sexual things|it|things i dont like|stuff i dont like) (to|with|for|on) (him|her|"
        "them)",
        SEXUAL,
    ),
    flag(
        "(show|shows|showed|shown|showing|send|sends|sent|sending|made me watch|makes me watch|"
        "make me watch|made her watch) (me|her|us|him)? ~2 (porn*|pron|p0rn|his (willy|penis|dick|"
        "privates|private parts|thing|bits|cock|balls)|dick (pic|pics)|naked (pictures|photos|"
        "pics|videos|selfies)|(nude|nudes)|himself naked)",
        SEXUAL,
        EXPLOITATION,
    ),
    flag(
        "(want|wants|wanted|asked|asks|asking|ask|told|tells|telling|keeps asking|kept asking|"
        "pressur*|force*|makes|made|try*|begged|begging|get|got|getting) (me|her|him|"
        "us)? (to)? (send|share|show|take|post|film|record|do) (him|her|them)? ~3 ((nude|nudes)|"
        "(nood|noods)|naked|nakid|nude ((pic|pics)|(photo|photos)|(picture|pictures)|(selfie|"
        "selfies)|(video|videos))|sexy ((pic|pics)|(photo|photos)|(video|videos))|(pic|"
        "pics) of my body|(photo|photos) of my body|(picture|pictures) in my (underwear|pants|bra|"
        "knickers)|(pic|pics) with no clothes|(pic|pics) of my (boobs|chest|bum|privates)|"
        "my (boobs|chest|bum|privates|body|private parts))",
        SEXUAL,
        EXPLOITATION,
    ),
    flag(
        "(asked|asking|asks|wants|wanted|begging|beg|begged|keeps asking|kept asking|pressuring|"
        "pressured) (me)? (for)? (nudes|noods|nude pics|naked pics|nude photos|naked photos|"
        "sexy pics|dirty pics|pics of me naked)",
        SEXUAL,
        EXPLOITATION,
    ),
    flag(
        "(sent|send|sends|sending|share|shared|sharing|shares|post|posted|posting|leak|leaked|"
        "leaking|spread|spreading|threaten* to (send|share|post|leak|show)|going to (send|share|"
        "post|leak|show)|gonna (send|share|post|leak|show)) (my|her|the|our|those|"
        "these)? ~2 (nudes|noods|nude ((pic|pics)|(photo|photos)|(video|videos))|naked ((pic|"
        "pics)|(photo|photos)|(video|videos)|(picture|pictures))|sexy ((pic|pics)|(photo|photos))|"
        "pics of me naked|video of me naked|private (pics|photos|pictures|videos))",
        SEXUAL,
        EXPLOITATION,
    ),
    flag(
        "(hand|hands|fingers|finger) (down|up|inside|in|under|into) (my|her|his|ma|"
        "the back of my) (trousers|pants|knickers|top|skirt|shorts|pyjamas|pjs|bra|shirt|jumper|"
        "clothes|t shirt|tshirt|dress|leggings|joggers|trackies|underwear|nightie|nightdress)",
        SEXUAL,
    ),
    flag(
        "(will|ll|gonna|going to|threaten*|threat*|said (he|she|they) (would|will|d)|says (he|she|"
        "they) (will|ll)) (post|share|send|leak|show|put|spread) (the|my|those|these|them|"
        "all)? (ones|pics|photos|pictures|videos|vids|nudes|snaps) ~4 (i|i've|ive|she|"
        "he) (already)? (sent|send|gave|showed|took)",
        SEXUAL,
        EXPLOITATION,
    ),
    flag(
        "(send|post|share|leak|show|spread) (my|her|the|those|them|our|all my) ({PICS}|"
        "nudes) ~6 (unless|if i dont|if i don't|if i do not|if she doesnt|if i wont|if i won't|"
        "if i stop|or else)",
        SEXUAL,
        EXPLOITATION,
    ),
    flag(
        "(if|unless) (i|she|he|we) (dont|don't|do not|dinnae|wont|won't|will not|refuse to|"
        "stop) (send|sending|do|show|meet|give) ~5 (he|she|they|theyll|hel|shel) ~2 (post|share|"
        "send|leak|show|tell|put|spread|expose|ruin)",
        SEXUAL,
        EXPLOITATION,
    ),
    flag(
        "(made|make|makes|making|forced|force|forces|forcing|pressured|pressures|pressuring|"
        "tried to make|tries to make|wants|wanted|got|gets) (me|her|him|us) (to)? (have sex|"
        "do sex|sleep with|suck|give him|give head|do stuff|do things|do sexual|touch (him|his|"
        "her|it)|undress|strip|take (my|her|his|our) clothes off|get naked|get undressed|"
        "take my clothes off|take off my clothes|watch porn|kiss him|kiss her|lie on|sit on (his|"
        "her) (knee|lap)|touch it|look at (it|his|him))",
        SEXUAL,
    ),
    flag(
        "(do|did|does|doing|done) (stuff|things|sexual things|sex things|something) (to|wi|"
        "with) (me|her|him|us) ~4 (didnt|didn't|did not|dont|don't|do not|didnae|dinnae|never|"
        "not) (want|like|understand|ok|okay|consent|agree)",
        SEXUAL,
    ),
    flag(
        "(have|had|has|having) sex (with|wi) (me|her|him|us) ~4 (didnt|didn't|did not|dont|don't|"
        "didnae|dinnae|wasnt|wasn't|#|twelve|thirteen|fourteen|fifteen|year old|years old|yo|"
        "and im|and i'm|when i was)",
        SEXUAL,
    ),
    flag(
        "(grooming|groomin|groom|groomed|grooms) ({ME}|{CHILD})|(being|been|was|were|is|am|got|"
        "getting|get|gets) groomed",
        SEXUAL,
        EXPLOITATION,
    ),
    # How grooming or radicalisation happens, as a lesson's topic: "how people get groomed".
    idiom(
        "(how|that|when|why) (people|kids|children|young people|teens|teenagers|someone|you) "
        "(can)? (get|gets|are|is|be|become|becomes) (radicalised|radicalized|radicalising|"
        "recruited|brainwashed)"
    ),
    idiom(
        "(how|that|when|why) (people|kids|children|young people|teens|teenagers|someone|you) "
        "(can)? (get|gets|are|is|be) groomed"
    ),
    # The harm's name as a topic: it stands down in a lesson, a story or the news.
    flag(
        "(grooming|groomin|groom|groomed|grooms) (children|kids|young people|young girls|young "
        "boys|girls|boys)|grooming (gang|gangs)|online grooming|sexual grooming",
        SEXUAL,
        EXPLOITATION,
        unless=("education", "fiction", "history"),
    ),
    flag(
        "(makes|made|make|forces|forced|wants|wanted|asks|asked|tells|told) (me|her|"
        "him) (to)? (watch|look at|see) (him|her|them|it) ~3 (in the shower|in the bath|naked|"
        "undressing|undressed|getting changed|wank|wanking|touch himself|touching himself|"
        "touch herself|having sex|with no clothes|with his clothes off|play with himself)",
        SEXUAL,
    ),
    flag(
        "(send|sending|sent|share|shared|show|showed|take|took|post|posted|asked for|asking for|"
        "asks for|ask for|wants|wanted) ~3 {PICS} ~2 {NUDE}",
        SEXUAL,
        EXPLOITATION,
    ),
    flag(
        "(let|letting|lets) (him|her|them) (touch|kiss|feel|see|film|photograph|watch|undress|"
        "cuddle) (me|my|her)",
        SEXUAL,
    ),
    flag(
        "(does|did|do|doing|done) (stuff|things|something|bad things|weird things|nasty things|"
        "rude things) (to) (me|her|us|him) ~3 (at night|in bed|in my bed|when|while|in my room|"
        "and|that|i|she|nobody|no one|behind)",
        SEXUAL,
    ),
    flag(
        "(private parts|privates|willy|penis|vagina|down there) ~3 (touch*|show*|made me|make me|"
        "rub*|lick*|put*|photo*|(pic|pics)|(hurt|hurts)|sore|bleeding)",
        SEXUAL,
    ),
    # Blind set CE (in Ukrainian): an adult who calls it "our secret" and says mum need not know.
    flag(
        "(coach|teacher|uncle|stepdad|step dad|tutor|youth worker|neighbour|instructor|leader|"
        "driver|priest|imam|mums boyfriend|mams boyfriend|older boy|older guy|man|guy) ~3 (said|"
        "says|told me|tells me|keeps saying) ~2 (its|it's|this is|it is|its just) (our|oor) "
        "(little|wee)? (secret|secrets)",
        SEXUAL,
        EXPLOITATION,
        severity="medium",
    ),
    # ...but a secret recipe is a recipe (blind set CA): "uncle says it's our secret recipe".
    idiom(
        "secret (recipe|recipes|ingredient|ingredients|sauce|santa|handshake|den|hideout|club|"
        "password|code|menu|surprise|party|present|presents)"
    ),
    # Held-out set BQ: "he sent me a picture of a grown ups willy and he wants one of me" (only
    # the model had caught it; the rules knew pictures of the child, not sent to the child).
    flag(
        "(sent|sends|sending|send|showed|shows|showing|show) (me|us|her|him|my (sister|brother|"
        "friend|pal|daughter|son)) (a|an|some|loads of)? {PICS} (of)? ~3 (willy|willie|willies|"
        "penis|dick|dicks|cock|privates|private parts|todger|fanny|vagina|boobs|tits)",
        SEXUAL,
        EXPLOITATION,
    ),
    flag(
        "(kiss|kisses|kissed|kissing|touch|touches|touched|cuddles|cuddled|hugs|hugged) (me|her|"
        "us) (on the lips|with tongues|and i (didnt|didn't|dont|don't)|even though|when (mum|mam|"
        "nobody|no one)|in bed|in my bed|and says|and tells|and said|like a girlfriend|"
        "like a boyfriend)",
        SEXUAL,
    ),
    flag(
        "(watches|watched|watching|watch|stares|stared|staring|films|filmed|filming|records|"
        "recorded|recording|photographs|photographed|takes pictures|took pictures|takes photos|"
        "took photos) (me|her|us) (in the shower|in the bath|getting changed|getting undressed|"
        "changing|naked|undressing|in the toilet|sleeping|in my sleep|in bed|through the)|(took|"
        "takes|taking|take) (a|some)? (photo|photos|picture|pictures|pic|pics|video|videos|snap|"
        "snaps) of (me|her|him|us) (in the shower|in the bath|getting changed|getting undressed|"
        "changing clothes|naked|undressing|in the toilet|in the changing room)",
        SEXUAL,
    ),
    flag(
        "(sexual|sex) (abuse|assault|abuser|offender|predator)|paedo|paedophile|pedo|pedophile|"
        "nonce|child sex",
        SEXUAL,
        unless=("education",),
    ),
    hint(
        "(he|she|they|him|man|guy|older|coach|teacher|uncle|stepdad|boyfriend|someone|somebody|"
        "stranger|friend|ma pal|my pal|my mate) ~3 (said|says|told me|tells me|says its|said its|"
        "said it's|says it's|keeps saying|made me promise|makes me promise|"
        "made me swear) ~3 ({SECRET}|(not to|to not|never to|never|nae tae|no to|dont|don't|"
        "not) tell {TELL_WHO})",
        "secrecy",
        SEXUAL,
        EXPLOITATION,
    ),
    hint(
        "(our|oor) (little|wee)? (secret|secrets)|(dont|don't|do not|never|dinnae|not to|"
        "not) (tell|tel|say anything to) (your|ur|yer|my|ma|the)? (mum|mam|maw|dad|da|parents|"
        "anyone|anybody|nobody|teacher|teachers|"
        "police|polis|family|social worker|mummy|daddy)",
        "secrecy",
        SEXUAL,
        EXPLOITATION,
    ),
    hint(
        "(delete|deletes|deleted|deleting|hide|hides|hiding) (the|our|his|her|these|those|"
        "all the)? (messages|chats|texts|snaps|"
        "dms|photos|pics|conversation|conversations)",
        "secrecy_digital",
        SEXUAL,
        EXPLOITATION,
    ),
    hint(
        "(sit|sitting|sat|sits) on (his|her) (knee|lap|knees)|(cuddle|cuddles|cuddling|hug|hugs|"
        "hugging) (me|her) ~3 (too long|too tight|when nobody|when no one|alone|in bed|"
        "and it feels|weird|funny)",
        "physical_contact",
        SEXUAL,
        EXPLOITATION,
    ),
    hint(
        "(if|when|once) (i|she|we) ~6 (he|she|they|hel|shel|theyll|he will|she will|they will|"
        "he would|he'd|hed) ~2 (give|buy|pay|get|send) (me|her|us) (money|cash|stuff|presents|"
        "sweets|vapes|things|a "
        "present|treats|credit|robux|vbucks|a phone)",
        "conditional_reward",
        EXPLOITATION,
        SEXUAL,
    ),
    hint(
        "(he|she|man|guy|older|older boy|older guy|older man|coach|teacher|uncle|boyfriend|"
        "someone|stranger|friend|this guy|this man|a man|a guy|my friend's dad|"
        "my pal's da) ~3 (buys|bought|buying|buy|gives|gave|giving|give|sends|sent|send|got|"
        "offers|offered|promised|promises) (me|us|her) ~2 (stuff|things|presents|gifts|money|cash|"
        "vapes|a vape|a phone|phones|clothes|alcohol|drink|drinks|vodka|weed|trainers|credit|"
        "top up|robux|vbucks|v bucks|gift cards|gift card|makeup|perfume|jewellery|takeaways|fags|"
        "cigarettes)",
        "gifts",
        EXPLOITATION,
        SEXUAL,
    ),
    hint(
        "(wants|wanted|asks|asked|asking|keeps asking|says|said|tells|told) (me|us|"
        "her)? (to)? (send|sending|share|"
        "show) (him|her|them)? (a|some|more)? ({PICS})",
        "image_request",
        SEXUAL,
        EXPLOITATION,
    ),
    hint(
        "(if|when|for|so|cause|because|cos|every time) (i|she|he|we) (send|sends|sent|show|shows|"
        "showed) (him|her|them)? ~2 {PICS}",
        "image_request",
        SEXUAL,
        EXPLOITATION,
    ),
    hint(
        "(wants|wanted|asks|asked|asking|keeps asking) ~2 (to)? (meet|meet up|see me|hang out|"
        "pick me up|come over|come round|come to my house|meet me) ~3 (alone|on my own|secretly|"
        "in secret|without|and not|at night|in his car|in the park|at his|at a hotel|hotel|"
        "his flat|his house)",
        "meeting",
        SEXUAL,
        EXPLOITATION,
    ),
    hint(
        "(met|meet|meeting|talking to|talk to|chatting to|chatting with|speaking to) (him|her|"
        "this guy|this man|a guy|a man|someone|somebody|an older|a boy|a girl|this boy) (online|"
        "on snap|on snapchat|on insta|on instagram|on tiktok|on roblox|on discord|on fortnite|"
        "on xbox|on minecraft|on whatsapp|on omegle|"
        "on a game|in a game|on an app|on telegram)",
        "online_contact",
        SEXUAL,
        EXPLOITATION,
    ),
    # Blind set DB: gifts in a game from someone who asks the child to move to another app and
    # delete the messages. Each is a weak sign on its own (a gran's Robux, a class Discord).
    hint(
        "(gets|getting|got|gives|giving|gave|sends|sending|sent|buys|buying|bought) (her|him|me|"
        "them|us)? ~2 (gifts|presents|robux|vbucks|v bucks|skins|gift cards|gift card|credit) ~4 "
        "(on|in|through|from|off) (roblox|fortnite|minecraft|discord|the game|a game|games|xbox|"
        "playstation|online|the internet|snapchat|tiktok|instagram|someone|somebody|a man|a guy|"
        "a stranger|an older)|(gives|gave|giving|sends|sent|sending|buys|bought|buying) (him|her|"
        "me|them|us|my (son|daughter|boy|girl|wee one|child|kid))? ~2 (robux|vbucks|v bucks|skins|"
        "gift cards|gift card|game credit|battle pass|in game money)",
        "gifts",
        SEXUAL,
        EXPLOITATION,
    ),
    hint(
        "(asks|asked|asking|wants|wanted|tells|told|telling|keeps asking|begging) (her|him|me|them|"
        "us) to (move|switch|go|talk|chat|come|message|add him|add her) ~2 (to|onto|on) (another|"
        "a different|a private|a secret|snapchat|snap|discord|whatsapp|telegram|signal|kik|wickr|"
        "his own|her own|a new)|(pushing|pushes|pushed|getting|gets|got|moving|moved|taking|took|"
        "dragging|inviting|invites|invited) (him|her|me|them|us) (onto|on to|to|into|in to) (a|his|"
        "her|their)? (private|secret|separate|personal|direct) (chat|chats|server|channel|call|"
        "account|dm|dms|messages)",
        "private_channel",
        SEXUAL,
        EXPLOITATION,
    ),
    hint(
        "(man|men|guy|guys|someone|somebody|person|adult|old man|older man|boy|lad|"
        "stranger) (online|on snap|on snapchat|on insta|on instagram|on tiktok|on roblox|"
        "on discord|on fortnite|on xbox|on minecraft|on whatsapp|on a game|from the internet|"
        "off the internet|on the internet|i met online|i talk to online)",
        "online_contact",
        SEXUAL,
        EXPLOITATION,
    ),
    # Contact answers written for training: "my boyfriend is 24 and he checks my phone and goes
    # mental". Only a partner's or a man's checking; a parent's is ordinary.
    hint(
        "(he|hes|he's|boyfriend|bf|guy|man) ~3 (checks|check|checking|goes through|reads|tracks|"
        "tracking|controls) (my|ma) (phone|messages|texts|location|snap|snapchat|whatsapp|dms)",
        "controlling",
        SEXUAL,
        EXPLOITATION,
    ),
    hint(
        "(old|older|grown|grown up|adult) (man|men|guy|guys|woman|lady|bloke)",
        "older",
        SEXUAL,
        EXPLOITATION,
    ),
    hint(
        "(asking|asks|asked|ask|wants|wanted|begging|begs|keeps asking|"
        "kept asking) (me)? (for) (more)? "
        "({PICS}|pics of me|pictures of me|photos of me)",
        "image_request",
        SEXUAL,
        EXPLOITATION,
    ),
    hint(
        "(cant|can't|cannot|not allowed to|mustnt|mustn't|not supposed to|never allowed to) (tell|"
        "say to|tell on him|tell on her) (anyone|anybody|mum|my mum|my parents|nobody|"
        "the teacher) (what|about|about what) (he|she|they|him|her) (does|did|do|is doing|"
        "does to me|did to me)",
        "silenced",
        SEXUAL,
        EXPLOITATION,
        PHYSICAL,
    ),
    flag(
        "(makes|made|make|forces|forced|tells|told|wants|wanted) (me|her|him) (to)? (sleep|get|"
        "lie|stay|go) (in|into) (his|her|their) (bed|bedroom)",
        SEXUAL,
    ),
    hint(
        # Blind sets DM, DP and DX: "my boyfriend is 14", "he's 17 too": an age of a
        # peer. Older means an adult's.
        "(he|she|hes|shes|boyfriend|bf|guy|man|this guy) (is|s|who is|whos|who's)? ({ADULT_AGE}|"
        "in his twenties|in his 20s|in his thirties|in his 30s|an adult|a grown man|a grown up|"
        "much older|way older|loads older|older than me|old enough to be|like 20|like 25|like 30|"
        "over 18|over eighteen|twenty|nineteen|eighteen)",
        "older",
        SEXUAL,
        EXPLOITATION,
    ),
    hint(
        "((mature|grown up|grown-up) for (my|her|his|your|their) age|(says|said|tells me|told "
        "me) (im|i'm|i am|she's|"
        "shes) (so)? mature|(nobody|no one|noone|naebody) (else)? (understands|gets|loves) (me|"
        "you) like (he|she|i) (does|do)|(asked|asks|asking) (how old|my age|what age|if im|if i'm|"
        "where i live|what school|what i'm wearing|what im wearing|if im alone|if i'm alone|"
        "if im home alone)|(calls|called) me (his|her) (girlfriend|boyfriend|baby|babe|princess)|"
        "(says|said) (he|she) loves me|(his|her|my) (special|speshul) (girl|boy|friend|one|"
        "princess|wee girl|wee boy)|(says|said) (im|i'm|i am) (special|his special|her special))",
        "flattery",
        SEXUAL,
        EXPLOITATION,
    ),
    hint(
        "(makes|made|make|tells|told|wants) (me|her|him) (to)? (keep|promise to keep|"
        "swear to keep) (secrets|it a secret|it secret|quiet|it quiet|things secret|our secret)|"
        "(keep|keeps|kept) (secrets|it secret) (about|from) (what|mum|my mum|everyone|my parents)",
        "secrecy",
        SEXUAL,
        EXPLOITATION,
    ),
    hint(
        "(go|come|went|going|goes|stay|staying|stayed|sleep|sleeping) (back)? (to|round to|"
        "over to|at|in) (his|her|their|a guys|a man's|the man's|an older guy's|his mate's) (flat|"
        "house|place|car|hotel|hotel room|room|van)",
        "private_place",
        SEXUAL,
        EXPLOITATION,
    ),
    hint(
        "(gives|gave|give|giving|buys|bought) (me|us|her) ~4 (if|when|as long as|so long as) (i|"
        "she|we) (go|come|stay|sleep|meet|send|do|kiss|sit|keep)",
        "conditional_reward",
        EXPLOITATION,
        SEXUAL,
    ),
    hint(
        "(asked|asks|asking|tells|told|wants|wanted) (me)? (to)? (turn on|switch on|put on) (my|"
        "the) (camera|cam|webcam|video)|(video call|facetime|video chat) ~3 (at night|late|alone|"
        "in my room|in bed|every night)",
        "camera",
        SEXUAL,
        EXPLOITATION,
    ),
    # Emotional abuse ------------------------------------------------------------------------------
    flag(
        "{PERP_HOME} ~3 (calls|called|call|calling|keeps calling|kept calling|always calls|"
        "cries) ({ME}|{CHILD}) ~2 (stupid|useless|worthless|a mistake|fat|ugly|pathetic|"
        "a waste of space|a waste|an idiot|names|horrible names|retard|retarded|thick|a slag|"
        "a whore|a slut|a freak|dumb|disgusting|nothing|a burden|a failure|a disappointment|evil|"
        "the devil|a bitch|a cunt|a wee shite|a prick)",
        EMOTIONAL,
    ),
    flag(
        "{PERP_HOME} ~4 (wish|wishes|wished) (i|you|she|he|we) (was|were|had|wis) (never born|"
        "not born|dead|deid|gone|never been born|never had (me|you))",
        EMOTIONAL,
    ),
    flag(
        "{PERP_HOME} ~3 (say|says|said|tell|tells|told|keeps saying|kept saying|keeps telling|"
        "always says|screams|screamed|shouts|shouted|calls|called) ({ME}|{CHILD}) ~4 (that|"
        "thats)? ~3 {INSULT}",
        EMOTIONAL,
    ),
    flag(
        "{PERP_HOME} ~3 (say|says|said|tell|tells|told|keeps saying|keeps telling|always says|"
        "screams|shouts) ~5 (i'm|im|i am|i was|ah'm|ahm|am|you're|youre|you are|ye are|yer|she is|"
        "shes|he is|hes|they are) ~2 {INSULT}",
        EMOTIONAL,
        unless=("game",),
    ),
    flag(
        "{PERP_HOME} ~3 (is|s|was|are|always|feels|felt|says|said|tells me|told me) ~2 (ashamed|"
        "disgusted|embarrassed|"
        "sick and tired|sick) (of|by|wi|with) (me|us|having me)",
        EMOTIONAL,
        severity="medium",
    ),
    flag(
        "{PERP_HOME} ~2 (hates|hate|hated|cant stand|can't stand|doesnt want|doesn't want) (me|us)",
        EMOTIONAL,
        severity="medium",
    ),
    # ...but a parent whose teenager says it is not (blind set CF): "my teenage daughter keeps
    # slamming doors and saying she hates me".
    idiom(
        "(daughter|son|teenager|teen|step daughter|stepdaughter|stepson|step son|kids|child) ~8 "
        "(says|saying|said|tells me|told me|shouts|shouting|screams|screaming) (that)? (she|he|"
        "they) (hates|hate|hated) (me|us)"
    ),
    # Blind set CF: a health visitor's baby of 8 weeks with a fractured rib the parents cannot
    # explain.
    flag(
        "(baby|babies|infant|newborn|new born|toddler|# (week|weeks|month|months) old) ~8 "
        "(fractured|broken|fracture|fractures|breaks) ~2 (rib|ribs|arm|arms|leg|legs|skull|femur|"
        "wrist|collarbone|collar bone)",
        PHYSICAL,
    ),
    flag(
        "(injury|injuries|bruise|bruises|bruising|fracture|fractures|burn|burns|marks) ~8 (cant|"
        "can't|cannot|couldnt|couldn't|could not|unable to|no one can|nobody can) explain",
        PHYSICAL,
        severity="medium",
    ),
    flag(
        "{PERP_HOME} ~3 (treat|treats|treated|treating) ({ME}|{CHILD}) (like|as) (a|an)? (slave|"
        "slaves|dog|animal|dirt|rubbish|servant|maid|skivvy|nothing|a prisoner|prisoner|trash|"
        "shit)",
        EMOTIONAL,
        severity="medium",
    ),
    flag(
        "(wish|wishes|wished|wishin) (she|he|they|i)? (had|d|'d|hed|shed) (had)? (an abortion|"
        "aborted me|got rid of me|gotten rid of me|given me up|never had me|had me adopted)",
        EMOTIONAL,
    ),
    flag("{FEAR} (at|in|when im at|when i'm at|to be at|to be in) {HOME}", EMOTIONAL),
    hint(
        "(never know|dont know|don't know|cant tell|can't tell) (when|if|what) (he|she|dad|mum|"
        "my dad|my mum|they|hell|shell|he'll|she'll|hel|shel) (will|ll|is going to|"
        "gonna)? (explode|kick off|go off|lose it|snap|hit|blow up|go mental|flip)",
        "unpredictable",
        EMOTIONAL,
        "domestic_abuse",
    ),
    flag(
        "(wish|wishes|wished|wishin) (she|he|they|i|we) (never|hadnt|had never|didnt|did not|"
        "hadn't) (had|have|adopted|wanted|kept) (me|us|you|kids|children|a child|a daughter|a son)",
        EMOTIONAL,
    ),
    flag(
        # Blind set EF: "dad says the broadband company are useless". A bare insult word needs
        # the child as whom it is said of; the longer sayings below carry their own object.
        "{PERP_HOME} ~3 (says|said|tells|told|keeps saying|kept saying|always says|screams|"
        "screamed|shouts) ~3 (i'm|im|i am|i was|ah'm|ahm|you're|youre|you are|ye are|yer|she is|"
        "shes|he is|hes|we are|we're|were|me|us) ~2 (worthless|useless|a mistake|unwanted|a "
        "burden)|{PERP_HOME} ~3 (says|said|tells|told|keeps saying|kept saying|always says|screams|"
        "screamed|shouts) ~5 (ruined (her|his|their) life|nobody (loves|wants|likes) (me|you)|"
        "(hate|hates) (me|you)|"
        "better off without (me|you)|should never have (had|been born)|never wanted (me|you)|"
        "should (die|kill)|(wish|wishes|wished) (i|you|id|youd|i had|you had) (died|was dead|were "
        "dead|had died|never been born))",
        EMOTIONAL,
    ),
    flag("{FEAR_STRONG} (of|o|ae|aw) {PERP_HOME}", EMOTIONAL, severity="medium"),
    flag(
        "{PERP_HOME} ~3 (scream|screams|screamed|screaming|shout|shouts|shouted|shouting|yells|"
        "yelling|swears|swearing|roars|roaring|bawls|bawling) (at|in)? ({ME}|{CHILD}) (every day|"
        "everyday|all the time|constantly|always|every night|for nothing|when drunk|"
        "when he is drunk|for hours|non stop|until i cry|till i cry|in my face|right in my face|"
        "and (hits|throws|smashes|breaks))",
        EMOTIONAL,
        severity="medium",
    ),
    flag("(walk|walking|tiptoe|tiptoeing) on eggshells", EMOTIONAL, severity="medium"),
    flag(
        "{PERP_HOME} ~3 (ignores|ignored|ignoring|blanks|blanked) ({ME}|{CHILD}) ~3 (for days|"
        "for weeks|all the time|every day|as punishment|for a week)",
        EMOTIONAL,
        severity="medium",
    ),
    flag(
        "{PERP_HOME} ~3 (threatens|threatened|threatening|says|said|"
        "keeps saying) (to)? ~2 (put (me|us) in care|send (me|us) away|kick (me|us) out|throw (me|"
        "us) out|leave (me|us)|get rid of (me|us)|give (me|us) away|send (me|us) to a home|"
        "put (me|us) in a home)",
        EMOTIONAL,
        severity="medium",
    ),
    flag(
        "{PERP_HOME} ~2 (doesnt|doesn't|does not|never|dont|don't|disnae|wont|won't) (love|want|"
        "care about|like) (me|us|my brother|my sister)",
        EMOTIONAL,
        severity="medium",
    ),
    flag(
        "{PERP_HOME} ~3 (makes|made|make) ({ME}|{CHILD}) (feel)? (like)? (worthless|useless|"
        "nothing|rubbish|a burden|"
        "stupid|unwanted|scared|terrified|ashamed|small|like dirt)",
        EMOTIONAL,
        severity="medium",
    ),
    flag(
        "(tells|told|tell|say|says|said|keep telling|keeps telling) (me|us) (that)? (nobody|"
        "no one|noone|naebody) (wants|loves|likes|cares about|will ever love|would want|"
        "will ever want) (me|us)",
        EMOTIONAL,
    ),
    flag(
        "{PERP_HOME} ~3 (tells|told|says|said|keeps saying|keeps telling|"
        "always says) ~8 (didnt want me|didn't want me|doesnt want me|doesn't want me|"
        "never wanted me|no one ever will|nobody ever will|no one wants me|nobody wants me|"
        "no one loves me|nobody loves me|no one will ever love me|nobody will ever love me|"
        "no one would want me|nobody would want me|i was a mistake|im a mistake|i'm a mistake)",
        EMOTIONAL,
    ),
    flag(
        "(emotional|emotionally|psychological|psychologically|verbal|verbally|mental|"
        "mentally) (abuse|abused|abusive|abusing|cruel|cruelty|torture)",
        EMOTIONAL,
        unless=("older_adult_writer",),
    ),
    flag(
        "{PERP_HOME} ~3 (lock|locks|locked|locking) ({ME}|{CHILD}) (out|oot) ~3 (of the house|"
        "overnight|all night|at night|in the cold|for hours)",
        EMOTIONAL,
        NEGLECT,
        severity="medium",
    ),
    flag(
        "(kick|kicks|kicked|kicking|throw|throws|threw|put|puts|chuck|chucked|flung) ({ME}|"
        "{CHILD}) (out|oot) (of the house|of the hoose|onto the street|at night|"
        "in the middle of the night|and|with nowhere|with nae|overnight)",
        EMOTIONAL,
        NEGLECT,
        severity="medium",
    ),
    flag(
        "{PERP_HOME} ~3 (makes|made|make) ({ME}|{CHILD}) (sleep|stand|kneel|sit|stay) ~3 (outside|"
        "in the cold|in the garden|in the shed|on the floor|in the corner|for hours|all night|"
        "in the dark)",
        EMOTIONAL,
        NEGLECT,
        severity="medium",
    ),
    flag(
        "(threaten*|threat*) ~3 (to)? (hurt|kill|harm|hit|stab) ~2 (my (pet|pets)|the dog|my dog|"
        "the cat|my cat)",
        EMOTIONAL,
        severity="medium",
    ),
    # Silenced at home, and punished by being put somewhere dark or alone for long (blind set
    # CH: "im not aloud to talk at home or play for weeks and i have to sit in my room wiv the
    # lite off"; held-out T: not allowed to speak at tea time, made to stand in the hall).
    hint(
        "(not|never|nae|cant|can't|cannae) (allowed|aloud|allowd|alowed|let) (to|tae)? (talk|speak|"
        "say anything|make a sound|make a noise) ~3 (at home|at hame|in the house|at tea|at tea "
        "time|at teatime|at dinner|at dinner time|at the table|for days|for weeks|for a week|to "
        "anyone|to anybody)",
        "silenced",
        EMOTIONAL,
    ),
    hint(
        "(have to|has to|got to|made to|make me|makes me|made me|make us|makes us|made us) (sit|"
        "stand|stay|be) (in|at) (my|the|a|his|her|our) (room|bedroom|hall|hallway|corner|cupboard|"
        "dark|stairs) ~4 (light off|lights off|lite off|lites off|light out|lights out|in the dark|"
        "for hours|until everyone|till everyone|til everyone|for # hours|all day|all night|all "
        "evening)",
        "shut_away",
        EMOTIONAL,
    ),
    hint(
        "(hate|hates|hated) (being)? (at)? (home|hame|the house)|(dont|don't|dinnae|do not) (want|"
        "wanna) (to|tae)? (go|goin|gaun) (home|hame|back home)",
        "home_fear",
        EMOTIONAL,
        "immediate_danger",
    ),
    hint(
        "{PERP_HOME} (is|s|gets|get|was|always|every night)? (always|so|really|too|every night|"
        "constantly)? (angry|raging|in a rage|mental|shouting|screaming|drinking|drunk|aggressive|"
        "scary|moody|violent)",
        "scary_adult",
        EMOTIONAL,
    ),
    # Neglect --------------------------------------------------------------------------------------
    flag(
        "(no|nae|never any|never enough|not enough|isnt any|isn't any|there's no|theres no|"
        "there is no|nothing|wisnae any|aint no) {FOOD} (in|at|for) (the|our|ma|my|oor)? (house|"
        "home|hoose|flat|fridge|cupboard|cupboards|days)",
        NEGLECT,
        severity="medium",
    ),
    flag(
        "({NOT}|not had|not eaten) (eaten|ate|had food|had anything|had nothing|had a meal|"
        "been fed|had dinner|had any food|had anything to eat|eat anything|ate anything|eating|"
        "had breakfast|had tea) ~3 (in|for|since) ~1 (days|day|two days|three days|2 days|3 days|"
        "ages|yesterday|a week|a couple of days|the weekend|#|monday|tuesday|wednesday|thursday|"
        "friday|saturday|sunday|last week|the day before)",
        NEGLECT,
        severity="high",
    ),
    flag(
        "(never|not|no|nae|isnt|isn't|theres never|there's never|never any|hardly ever|hardly|"
        "barely) (anything|nothing|enough|any food|food|much) (to eat|for tea|for dinner|"
        "in the fridge|in the house|in the hoose|in the cupboards|at home|at her house|"
        "at his house|at my house|at our house)",
        NEGLECT,
        severity="medium",
        unless=("shopping_due",),
    ),
    # Blind sets DU and DR: a food delivery cancelled; "nae food in the hoose cos mum's doin the
    # big shop the morn".
    context(
        "(shopping|delivery|big shop|food shop|online shop|tesco|asda|sainsburys|morrisons) ~4 "
        "(cancelled|late|delayed|didnt come|didn't come|not come|hasnt come|hasn't come|not "
        "arrived)|(doing|doin|do|does|going to do|gonna do|goes to do|getting) (the)? (big shop|"
        "shopping|food shop|messages) ~3 (tomorrow|the morn|later|tonight|on saturday|at the "
        "weekend)",
        "shopping_due",
    ),
    flag(
        "(theres|there's|there is|there was|we have|we've got|we got|never got|never have|"
        "theres never|there's never|we never have) (no|never|nae|never any|hardly any|"
        "no proper) {FOOD}",
        NEGLECT,
        severity="medium",
    ),
    flag(
        "(have|has|had|got) (to)? (steal|nick|take) (food|something to eat|bread|"
        "from the shop to eat)",
        NEGLECT,
        severity="medium",
    ),
    flag(
        "({NOT}|no|never|barely|hardly|rarely) (get|gets|getting|got) (fed|food|dinner|meals|"
        "breakfast|anything to eat|a proper meal|tea)",
        NEGLECT,
    ),
    flag(
        "({NOT}|never|nobody|no one|naebody|noone|barely|hardly) (feed|feeds|fed|feeding|makes|"
        "make|gives|give) ({ME}|{CHILD}|the baby|the kids|the weans|the bairns)? ~2 (food|dinner|"
        "meals|breakfast|anything to eat|tea|a meal)",
        NEGLECT,
    ),
    flag(
        "({NOT}|never|nobody|no one|naebody|noone) (feed|feeds|fed|feeding) ({ME}|{CHILD}|"
        "the baby|the kids|the weans|the bairns)",
        NEGLECT,
    ),
    # Blind set CW: "in my game the character starves if i dont feed him lol".
    idiom(
        "(character|characters|avatar|sim|sims|tamagotchi|pet|pets|dog|cat|fish|hamster|rabbit|"
        "puppy|kitten|guinea pig|villager|villagers|npc) ~6 (if|when|unless) (i|you|we) (dont|"
        "don't|do not|forget to|never|didnt|didn't) (feed|fed) (him|her|it|them)"
    ),
    # Hunger that lasts ("always hungry and...") against hunger before tea ("pure starvin an
    # tea's no till six").
    flag(
        "(always|constantly|aye|still) (hungry|starving|starvin|hungert|hungry all the time|"
        "starving all the time) ~3 (at home|every day|all the time|no food|nae food|because|cos|"
        "cause|and|mum|dad|nobody)|(so|really|very|proper|pure|that) (hungry|starving|starvin|"
        "hungert) ~3 (at home|every day|all the time|no food|nae food|mum|dad|nobody)",
        NEGLECT,
        severity="medium",
    ),
    flag(
        "(go|goes|going|went|gone|sent) to (school|bed|sleep) (hungry|starving|without (food|"
        "dinner|tea|breakfast|eating))",
        NEGLECT,
        severity="medium",
    ),
    flag(
        "{PERP_HOME} ~2 {NOT} (bought|buy|buys|got|get|gets|made|make|makes|cooked|cook|cooks|"
        "given|give|gives|feed|fed|feeds|shopped for|done the shopping) (us|me|them|him|her|"
        "the baby|the kids)? (any|no|enough|proper|decent)? ({FOOD}|shopping|groceries|milk|"
        "nappies|formula)",
        NEGLECT,
        severity="medium",
    ),
    flag(
        "(forgets|forgot|forget|forgetting) (to)? (feed|give|make) (us|me|the baby|the kids|"
        "my (wee|little|baby)? (brother|sister)|him|her)",
        NEGLECT,
        severity="medium",
    ),
    flag(
        "(fridge|fridges|cupboards|cupboard|kitchen) (is|are|s|always|was)? (always)? (empty|bare)",
        NEGLECT,
        severity="medium",
    ),
    flag(
        "(left|leave|leaves|leaving|lefts) ({ME}|{CHILD}|the baby|the kids|the weans|"
        "the bairns) (alone|on (my|our|his|her|their) (own|ain)|by (myself|ourselves|himself|"
        "herself)|home alone|in the house|in the hoose|locked in|in the car) ~4 (for days|"
        "all weekend|overnight|all night|every night|for hours|with no|with nae|without food|"
        "without anything|with "
        "no food|every weekend|for a week|for two days|for 2 days)",
        NEGLECT,
        severity="high",
    ),
    flag(
        "(home alone|left alone|on my own) ~4 (for days|all weekend|overnight|all night|"
        "all the time|a whole week|for a week|for weeks|since i was|"
        "every night|for two days|for 2 days|no food|nae food|with my (wee|little|baby) (brother|"
        "sister)|with the baby)",
        NEGLECT,
        severity="high",
    ),
    # A child under 16 and an adult in a sexual relationship, however willing the child says it
    # was: "i was 14 and he was 24 and we did it".
    flag(
        "(i was|im|i am|i'm|she was|shes|she is|she's) {UNDER_16} and (he|he's|hes|my boyfriend|"
        "her boyfriend|my bf|her bf) (was|is|s)? {ADULT_AGE} ~6 (did it|done it|had sex|slept|"
        "sleep|shagged|went all the way|did stuff|does stuff|kissed|dating|going out|together|"
        "my boyfriend|her boyfriend|relationship)|(my|her) (boyfriend|bf) (is|s|was) {ADULT_AGE} "
        "and (i'm|im|i am|shes|she's|she is) {UNDER_16}",
        SEXUAL,
    ),
    # A baby or toddler left on its own for the day or the night: nobody's idea of a rule.
    flag(
        "{YOUNG_CHILD} ~4 (alone|on (its|his|her|their) (own|ain)|by (itself|himself|herself|"
        "themselves)|home alone|locked in|in the car) ~3 (all day|the whole day|all night|"
        "all evening|for hours|every day|every night|overnight|for days|all weekend)",
        NEGLECT,
        severity="high",
    ),
    flag(
        "{PERP_HOME} ~2 (is|are|s|gets|get|always|was|were|every night|too)? (always|too|so|"
        "constantly|every night|every day|usually|aye|pure)? {DRUNK} ~6 (every|all the time|"
        "always|again|cant|can't|cannae|doesnt|doesn't|no food|nae food|and|when|so|to look|"
        "leaves|left|passed out)",
        NEGLECT,
        severity="medium",
    ),
    flag(
        "{PERP_HOME} ~2 (takes|take|took|uses|use|using|smokes|injects|sells|selling|deals|"
        "dealing) (drugs|heroin|smack|crack|coke|cocaine|valium|street valium|benzos|spice|"
        "methadone|gear|needles)",
        NEGLECT,
        severity="medium",
    ),
    flag(
        "(needles|syringes|drugs|foil|crack pipe) (in|on|lying|left|everywhere) ~3 (the house|"
        "the floor|our house|the flat|the hoose|my room|the living room|the kitchen|around)",
        NEGLECT,
    ),
    flag(
        "(nobody|no one|naebody|noone|nae body) (looks after|takes care of|cares for|feeds|"
        "picks me up|checks on|washes|bathes|gets|makes) ({ME}|{CHILD}|the baby)",
        NEGLECT,
        severity="medium",
    ),
    flag(
        "(nobody|no one|naebody|noone) (cares|notices) (if|whether|when) (i|we|ah) (eat|come home|"
        "come hame|go to school|go tae school|am|get|live)",
        NEGLECT,
        severity="medium",
    ),
    flag(
        "(nappy|nappies|diaper) ~3 (not changed|hasnt been changed|hasn't been changed|"
        "never changed|dirty for|all day|for hours|for days)|(sits|sitting|left) in (a)? (dirty|"
        "wet|soiled) (nappy|nappies)",
        NEGLECT,
        severity="high",
    ),
    flag(
        "(look|looks|looking) after (my|ma) (wee|little|baby|younger)? (brother|brothers|sister|"
        "sisters|siblings|baby brother|baby sister) ~6 (cos|cause|because|as|since|while|"
        "when) ~3 (mum|mam|maw|dad|da|she|he|they|nobody|no one|naebody|parents) ~3 ({DRUNK}|out|"
        "away|never|doesnt|doesn't|"
        "cant|can't|sleeps|sleeping|in bed|out all|at the pub)",
        NEGLECT,
        severity="medium",
    ),
    flag(
        "{PERP_HOME} ~2 (spends|spent|wastes|wasted|blows|blew|uses|used) (all|all of)? (the|our|"
        "my|her|his|their)? (money|benefits|cash|wages|dinner money) (on) (drugs|drink|alcohol|"
        "booze|gambling|vodka|cigarettes|fags|betting|bingo|weed|gear|the bookies|the pub|himself|"
        "herself)",
        NEGLECT,
    ),
    flag(
        "(nobody|no one|naebody|noone|nae body) (makes sure|checks|bothers|cares if|cares whether|"
        "checks if|checks that) (i|we|my (wee|little)? (brother|sister)) ~3 (go to school|eat|"
        "get fed|have food|get up|am ok|come home|are ok|have eaten|go to bed)",
        NEGLECT,
    ),
    flag(
        "(look|looks|looking|have to look|mind|minding|have to mind) after (my|ma) (wee|little|"
        "baby|younger)? (brother|brothers|sister|sisters|siblings|baby brother|"
        "baby sister) ~8 ({PERP_HOME}) ~3 ({DRUNK}|out|away|never|doesnt|doesn't|cant|can't|"
        "sleeps|sleeping|in bed|out all|at the pub|never in|never home|gone)",
        NEGLECT,
        severity="medium",
    ),
    flag(
        "(neglect|neglected|neglecting|neglectful)",
        NEGLECT,
        severity="medium",
        unless=("not_a_child", "education", "fiction"),
    ),
    # Council complaints speak of neglected parks, buildings and animals.
    context(
        "(dog|dogs|puppy|cat|cats|kitten|horse|horses|pony|rabbit|hamster|pet|pets|animal|animals|"
        "garden|gardens|allotment|building|buildings|graveyard|cemetery|park|parks|playground|"
        "pitch|pitches|road|roads|pavement|pavements|property|properties|housing stock|flats|"
        "estate|woodland|monument|church)",
        "not_a_child",
    ),
    hint(
        "(sleep|sleeps|sleeping|slept) (on the floor|on a mattress on the floor|in the car|"
        "in the bath|in a chair|on the couch every night)|(no|nae|dont have|don't have|havent got|"
        "haven't got|no got) (a)? (bed|proper bed|mattress)",
        "sleep",
        NEGLECT,
    ),
    hint(
        "(same|dirty|smelly|filthy|wet) (clothes|uniform|school uniform|pants|t shirt|tshirt|"
        "top|jumper|trousers|nappy|outfit) (every day|for a week|all week|for days|for weeks|for "
        "a fortnight|for a month|since)|(shoes|trainers|school shoes) (have|has|with|full of|got) "
        "holes|(nobody|no one|naebody) (washes|wash|cleans) (my|"
        "our) (clothes|uniform)|(no|nae|dont have|don't have) (clean clothes|shoes that fit|"
        "a coat|a jacket|shoes|toothbrush|a toothbrush)|"
        # Blind set DF: "teacher says i smell. we've had no hot water or washing powder".
        "(teacher|teachers|miss|sir|kids|everyone|people|they) (says|say|said|tell me|told me) "
        "(i|we|my (brother|sister)) (smell|stink|smells|stinks|hum)|(no|nae) washing powder",
        "hygiene",
        NEGLECT,
    ),
    hint(
        "(hungry|starving|starvin|hungert|hunger|empty stomach|no breakfast|no lunch|no dinner|"
        "nae dinner|nae breakfast|nothing to eat|naethin tae eat|steal food|stealing food|"
        "stole food|free school meals is|only meal)",
        "food",
        NEGLECT,
    ),
    hint(
        "(mum|mam|maw|dad|da|they|parents|she|he) ~2 (always|never|out|away|gone|at the pub|"
        "at the bookies|with her boyfriend) ~2 (all night|all weekend|for days|till late|"
        "every night|never home|never there|not there|doesnt come home|doesn't come home)",
        "supervision",
        NEGLECT,
    ),
    hint("{PERP_HOME} ~2 (is|are|s|gets|get|always)? {DRUNK}", "substance", NEGLECT),
    hint(
        "(when|whenever|if) {PERP_HOME} (drinks|drink|is drinking|has a drink|has been drinking|"
        "gets drunk|takes drugs|is high|is on drugs)",
        "substance",
        NEGLECT,
        "domestic_abuse",
    ),
    hint(
        "{PERP_HOME} ~2 (doesnt|doesn't|never|dont|don't|cant|can't|wont|won't) (get|"
        "gets) (out of|up out of) bed|{PERP_HOME} ~2 (stays|stay|is|s|lies) in bed (all day|till|"
        "until|most days)|{PERP_HOME} ~2 sleeps all day",
        "parent_absent",
        NEGLECT,
    ),
    hint(
        "(get|gets|got|have to get|make|have to make|feed|have to feed|dress|"
        "have to dress) (myself|masel|ourselves|my (wee|little)? (brother|brothers|sister|"
        "sisters)) (up|ready|to school|dressed|fed|dinner|breakfast|tea)",
        "self_care",
        NEGLECT,
    ),
    hint(
        "(we|i) (just|only|always)? (eat|ate|have|get) (crisps|sweets|dry cereal|bread|nothing|"
        "toast) (for|every|all)?",
        "food",
        NEGLECT,
    ),
    hint(
        "(mum|mam|maw|dad|da|parents|they|she|he|nobody|no one|naebody|noone|my mum|my dad|ma maw|"
        "ma da) ~2 (doesnt|doesn't|dont|don't|never|didnt|didn't|disnae|dinnae) (care|bother|"
        "notice|check|ask|help)",
        "uncaring",
        NEGLECT,
        EMOTIONAL,
    ),
    hint(
        "(havent|haven't|not|no|never|cant|can't|hasnt|hasn't) (had|have|get|got|"
        "been able to have)? (a)? (shower|bath|wash|clean clothes|my hair washed) (in|for) (weeks|"
        "days|ages|a week|a month|months|#)",
        "hygiene",
        NEGLECT,
    ),
    hint(
        "(no|nae|never any|not enough|never enough|hardly any) (food|dinner|breakfast|meals|tea|"
        "milk|nappies|formula)",
        "food",
        NEGLECT,
    ),
    # How long: with hunger or no food, "3rd day" or "3 days now" is a second, different sign.
    hint(
        "(3rd|third|2nd|second|4th|fourth|5th|fifth|6th|sixth) (day|night|nite)|# (days|nights) "
        "(now|in a row|running|straight)|for days now",
        "how_long",
        NEGLECT,
    ),
    hint(
        "{PERP_HOME} ~2 (is|s|are|goes|go|went|always|stays|stayed)? (out|away|gone|off|"
        "missing) ~4 (for days|all night|all weekend|overnight|every night|till late|for a week|"
        "for two days|and leaves|and left|and never)",
        "supervision",
        NEGLECT,
    ),
    # Three disclosures a self-harm rule had caught only through a service that "was cut" in the
    # same message: a boy who says nobody is home, a disabled boy left by a window for two days,
    # a disabled son's seizure medicine not given and pads not changed.
    hint(
        "(says|said|saying|told me|tells me|telt me|because|cos|as) (theres|there's|there is)? "
        "(nobody|no one|noone|naebody) (is|s)? (ever)? (home|in|at home|hame|in the house|in the "
        "hoose|there|in at night)",
        "supervision",
        NEGLECT,
    ),
    flag(
        "(pads|pad|nappy|nappies|nappys|incontinence pads) (are|were|is|was)? (not|never|werent|"
        "wasnt|havent been|hasnt been|not been|never been|nae) changed|left ~2 in (a|his|her|the)? "
        "(dirty|wet|soiled|soaking) (pad|pads|nappy|nappies)",
        NEGLECT,
    ),
    flag(
        "(no|without|not given|never given|didnt give|didn't give|doesnt give|doesn't give|wont "
        "give|won't give) (him|her|them)? (his|her|their)? (seizure|epilepsy|epileptic|insulin) "
        "(meds|medication|medicine|tablets|pens|injections)",
        NEGLECT,
    ),
    flag(
        "left (in|on|at|by) (the same|one) (spot|place|chair|position|room|bed|wheelchair|corner) "
        "~5 (for days|for two days|for three days|for # days|all day|all weekend|all night|for "
        "hours|since)",
        NEGLECT,
    ),
    hint(
        "(parties|party|partying) (with|at|round at|at the flat of) ~3 (men|older men|older guys|"
        "guys|adults|older boys|strangers)",
        "parties",
        EXPLOITATION,
        SEXUAL,
    ),
    hint(
        "(men|guys|people|boys|he|they|someone) (who|that|whos|who's) (are|is) (way|much|a lot|"
        "loads|a bit)? (older|grown|adults)",
        "older",
        SEXUAL,
        EXPLOITATION,
    ),
    flag(
        "(make|makes|made|force|forces|forced|get|gets|got|pressure|pressures|pressured) (me|us|"
        "her) (to)? (drink|take drugs|smoke|get drunk|get high|take pills) ~4 (and)? (do stuff|"
        "do things|sleep with|have sex|kiss|touch|go to bed|stay over)",
        SEXUAL,
        EXPLOITATION,
    ),
    hint(
        "(go|goes|going|went|are|is|s|always) (out)? (drinking|partying|clubbing|to the pub|"
        "out all night|out every night|out every nite|out at night|out till late)",
        "supervision",
        NEGLECT,
    ),
    hint(
        "(leave|leaves|left|leaving) (me|us) (with|to look after|to watch|to mind) (the|my|"
        "our) (baby|babies|wee ones|little ones|kids|twins|wee brother|wee sister|little brother|"
        "little sister)|(look after|watch|mind) the (baby|babies) (alone|on my own|all night|"
        "by myself)|(feeding|feed|feeds|changing|change|bathing|looking after|watching|"
        "minding) (the|my|our) (baby|babies|wee ones|little ones|twins) ~4 (because|cos|cause|as|"
        "while|when) {PERP_HOME}",
        "left_in_charge",
        NEGLECT,
    ),
    hint(
        "{PERP_HOME} ~2 (doesnt|doesn't|dont|don't|never|didnt|didn't|disnae) (come|comes|get|"
        "gets) (home|back|hame)",
        "supervision",
        NEGLECT,
    ),
    flag(
        "{PERP_HOME} ~2 (controls|controlling|controlled) (everything|all|what|where|who|how|her|"
        "my mum|mum|ma maw)",
        DOMESTIC,
        EMOTIONAL,
        severity="medium",
    ),
    flag(
        "(asking|asks|asked|keeps asking|wants to know) (me)? (what|about|about my|what colour|"
        "the colour of) ~2 (underwear|bra|"
        "pants|knickers|boobs|body|wearing in bed|size)",
        SEXUAL,
        EXPLOITATION,
        severity="medium",
    ),
    hint(
        "(havent|haven't|hasnt|hasn't|no|nae|without|not) (had|got|any)? (electricity|electric|"
        "power|heating|gas|hot water|money for food)",
        "home_conditions",
        NEGLECT,
    ),
    hint(
        "(a|the|this|that)? (smell|stench|stink|bad smell|awful smell) (coming)? (from|out of) "
        "(the|their|his|her|next doors) (flat|house|door|letterbox)|"
        "(mice|rats|dog poo|dog mess|cat poo|rubbish everywhere|bin bags everywhere|maggots|"
        "cockroaches|filthy|stinks|smells of|no heating|no electric|no electricity|no gas|"
        "no hot water|freezing)",
        "home_conditions",
        NEGLECT,
    ),
    # Blind set CJ: harm asked about as a question. Blood cleaned up before the social worker
    # comes; a burn or a fall "made to look like an accident"; whether police would believe a
    # 12-year-old "if the person who hurts them" is one of them; a baby shaken "a couple of
    # times" who has "gone floppy"; a baby without milk, none left, no money till Thursday; a
    # carer who locks the children in when she goes out; a stepmother who will "pit ye in the
    # ground if ye tell"; a 15-year-old left with a newborn for a week.
    flag(
        "(clean|cleaning|hide|hiding|cover|covering|get rid of|get rid o|scrub) ~4 (blood|bruises|"
        "marks|the mess) ~8 (before|afore|so|in case|incase) ~3 (the)? (social worker|social work|"
        "social|health visitor|teacher|school|police|polis) (comes|come|visit|visits|sees|see|"
        "finds|find|gets here|arrives)",
        PHYSICAL,
    ),
    flag(
        "(make|making|made) (it|this|them|the (burn|bruise|bruises|marks|cut|mark)|a (burn|bruise|"
        "mark)) look like (an|a)? (accident|she fell|he fell|i fell|they fell|it was an "
        "accident)|(make|making|made) it look like (my|our|the|his|her) ({CHILD}|daughter|son|"
        "baby|wean|bairn|kid|boy|girl) (fell|tripped|slipped|had an accident)",
        PHYSICAL,
        unless=("fiction",),
    ),
    flag(
        "(believe|listen to|trust) (a|an|me|us|a kid|a child|kids|children) ~3 if ~6 (hurts|hurt|"
        "hits|hit|abuses|abused|touches|touched|beats|beat|batters|skelps)",
        PHYSICAL,
        severity="medium",
    ),
    flag(
        "(shaken|shook|shake|shaking) (him|her|the baby|my baby|the wean|the bairn|the wee one|my "
        "son|my daughter|the wee man) ~2 (a couple of times|couple of times|a few times|few times|"
        "hard|to stop (him|her) crying|to make (him|her) stop|when (he|she) cries|till|until)",
        PHYSICAL,
        "immediate_danger",
    ),
    flag(
        "(he|she|the baby|baby|the wean|the bairn|the wee one|my son|my daughter|hes|shes|he's|"
        "she's) (has|is|s)? (gone|went|going|all|is) (floppy|limp|blue)",
        "immediate_danger",
        PHYSICAL,
        severity="immediate",
    ),
    hint(
        "how long (can|does|will|would) (a|my|the)? (baby|babies|newborn|wean|bairn|toddler|"
        "infant) (go|last|survive|be) without (milk|food|formula|a feed|feeding|eating|water)",
        "feeding_question",
        NEGLECT,
    ),
    hint(
        "(theres|there's|there is) (nane|none|no more|nae mair|no) (left|milk left|formula left)|"
        "(cant|can't|cannae|canny|cannot) (get|afford) (money|milk|formula|food) (til|till|until|"
        "before)|(run|ran|runned) out of (milk|formula|nappies)",
        "none_left",
        NEGLECT,
    ),
    flag(
        "(lock|locks|locked|locking) (us|me|the kids|kids|children|the weans|the bairns|my "
        "(brother|sister|brothers|sisters)) in ~6 (when|while|whenever) (she|he|they|mum|dad|mam|"
        "da|our carer|my carer) (goes|go|went|is|are) out|(ours|our carer|our foster carer|mine|"
        "she|he) (does|did) it every (weekend|night|day|time) (when|while) (she|he|they) (goes|go|"
        "went) out",
        NEGLECT,
        EMOTIONAL,
    ),
    flag(
        "(pit|put) (ye|you|me|us|her|him) in the ground if ~3 (tell|tells|telt|tellt|say|says|"
        "grass|grassed|clype|clyped)",
        PHYSICAL,
        EMOTIONAL,
    ),
    flag(
        "(left|leave|leaving|leaves) (in charge of|alone with|looking after|to look after) (a|the|"
        "my|our)? (newborn|baby|babies|new baby|toddler|toddlers|infant) ~4 (for|over) (a week|"
        "the week|days|a fortnight|the weekend|# days|# nights|a few days|two weeks)",
        NEGLECT,
    ),
    # Blind set CN: "they held a lit lighter to my hair on the school bus".
    flag(
        "(held|holding|hold|holds|put|puts|putting) (a|the|his|her|their)? (lit)? (lighter|match|"
        "cigarette|fag|flame|candle|blowtorch) (to|near|against|under|on) (my|his|her|ma|their) "
        "(hair|face|arm|arms|hand|hands|skin|neck|leg|legs)",
        PHYSICAL,
        "bullying_with_harm",
    ),
    # Blind set CL, disabled children and children in care: left in a wet pad overnight; a man
    # who takes a boy "to the cupboard for special games"; restrained by four staff for refusing
    # lunch; medication "forgotten" as a punishment; restraint beside an injury or counted;
    # a wheelchair taken away at night, nobody coming to the buzzer, waking up wet.
    flag(
        "(in|with|wearing) (a|his|her|their)? (wet|soaked|soaking|sodden|soiled|dirty|full) (pad|"
        "pads|nappy|nappies|incontinence pad) ~6 (until|till|til|from|since|overnight|all night|"
        "all day|for hours|next morning|the next morning|the next day)",
        NEGLECT,
    ),
    flag(
        "(takes|took|taking|take) (him|her|me|them|us|the kids|the boys|the girls) (to|into|in) "
        "the (cupboard|toilets|toilet|storeroom|store room|store cupboard|shed|back room|office|"
        "van|car|changing room) (for|to play) (special|secret|private) (games|game|time|cuddles|"
        "lessons)",
        SEXUAL,
    ),
    flag(
        "(restrained|held down|pinned down|pinned) by (#|two|three|four|five|six|several) (staff|"
        "adults|carers|workers|teachers|members of staff) ~6 (for|because|cos|after) (refusing|not "
        "eating|not finishing|crying|shouting|swearing|spitting|not wanting|saying no)",
        PHYSICAL,
    ),
    flag(
        "(medication|meds|medicine|tablets|inhaler|insulin|epipen|seizure medication) ~4 (as a "
        "punishment|as punishment|to punish (him|her|them|me)|for punishment)",
        NEGLECT,
        EMOTIONAL,
    ),
    hint(
        "(restrained|restrain him|restrain her|restrains him|restrains her|held down|pinned down|"
        "pinned to the floor|face down restraint|prone restraint)",
        "restraint",
        PHYSICAL,
    ),
    hint(
        "(restrained|held down|pinned down) (#|##) times|(restrained|held down|pinned down) ~4 "
        "(every day|every week|this month|this week|again and again|over and over)",
        "restraint_often",
        PHYSICAL,
    ),
    hint(
        "(take|takes|took|taking) (my|his|her) (wheelchair|chair|walker|frame|crutches|"
        "communication aid|talker|hearing aids|aac device) ~10 (at night|every night|till morning|"
        "until morning|til morning|overnight|away)",
        "aid_taken",
        NEGLECT,
    ),
    hint(
        "(nobody|no one|noone|naebody) (comes|came|answers|answered|helps|helped) when (i|he|she|"
        "we) (press|pressed|ring|rang|push|pushed|use|used|call|called) (the|my|his|her)? (buzzer|"
        "bell|call bell|call button|alarm|button)",
        "care_ignored",
        NEGLECT,
    ),
    hint("(woken|woke|wake|waking) up (wet|soaked|soaking|in a wet bed)", "left_wet", NEGLECT),
    # An adult touching "your private parts" asked about in general (a PSHE question), and then
    # said to have happened (blind set CJ: "it happened at my swimming lessons and he said it was
    # part of the lesson").
    hint(
        "(grown up|grownup|adult|man|teacher|coach|instructor|someone|somebody|a person) "
        "(touches|touched|touching|touch) (your|a kids|a childs|a child's|a kid's|my) (private "
        "parts|privates|private part|willy|fanny|bum|down there|bits)",
        "touch_question",
        SEXUAL,
    ),
    hint(
        "(it|this|that) (happened|happens|keeps happening) (to me|at my|at|in my|with my|every)|"
        "(he|she|they) (said|says|told me) (it was|its|it's|it is) (part of|normal|our secret|"
        "allowed|a game|practice|training)",
        "it_happened",
        SEXUAL,
    ),
]

IDIOMS = [
    # A lesson on the law ("the relationships lesson covered why sharing nudes is illegal"): the
    # words of a lesson, not a disclosure. Only where the lesson is named, since an abuser says
    # "it's not illegal to send nudes" too.
    idiom(f"{_LESSON} ~8 {_UNLAWFUL} ~4 {_NUDES}|{_LESSON} ~8 {_NUDES} ~4 {_UNLAWFUL}"),
    # A phone "till I'm 13" (blind set CQ): a house rule, not confinement, and not an age to
    # weigh.
    idiom(
        "(have|get|use|got) (a|my|an|her|his)? (phone|mobile|smartphone|tablet|ipad|laptop|console|"
        "tiktok|instagram|snapchat|social media) (till|until|til|before) (i'm|im|i am|i turn|i'm "
        "turning|she's|he's|age|#)"
    ),
    # Siblings' threats over belongings (blind sets CP and CQ): "my sister keeps threatening to
    # strangle me if i borrow her straighteners".
    idiom(
        "{SIBLING} ~4 (kill|strangle|murder|batter|end|throttle|kil) (me|us) (if|when|for) (i|we|"
        "ah)? ~2 (borrow|borrowing|take|taking|touch|touching|use|using|eat|eating|wear|wearing|"
        "break|breaking|lose|losing|go in|going in|read|reading|nick|nicking|steal|stealing)"
    ),
    # Blind set CN: a stepdad who comes into the room "to check I've turned my phone off"; a dad
    # who makes me stand in the garden practising penalties.
    idiom(
        "(comes|come|came|coming) (in|into) (my|ma) (room|bedroom) ~6 to (check|make sure|see) "
        "(ive|i've|i have|that ive|that i've|if ive|if i've|id|i'd) (turned|switched|put) "
        "(my|the)? (phone|light|lights|tv|telly|tablet|ipad|console|xbox|laptop) off"
    ),
    idiom(
        "(stand|standing|stood|stay|staying) in the (garden|back garden|drive|park) (practising|"
        "practicing|doing|kicking|taking|playing)"
    ),
    # Blind set CL: "She's using an old chair" (a wheelchair, not drugs); a support worker who
    # will "murder me" if I don't finish my CV tonight.
    idiom(
        "using (a|an|the|her|his|my|their|old|an old|a spare|a borrowed)? ~1 (chair|wheelchair|"
        "walker|frame|crutches|hoist|app|phone|laptop|computer|tablet|ipad|inhaler|stick|sling|"
        "talker|pump)"
    ),
    idiom(
        "(murder|kill|strangle) (me|us) if (i|we) (dont|don't|do not|dinnae|didnt|didn't) (finish|"
        "do|hand|get|tidy|clean|send|submit|practise|practice|revise|write|fill in)"
    ),
    # Blind set CJ, questions with no child at risk in them: what a teacher must do "if a kid
    # told" them they were being abused (a training essay); sitting on a gran's knee for the
    # family photo; food "no safe tae eat"; coursework with "no outside help"; a wedding
    # invitation's dress code.
    idiom(
        "(if|when|what if) (a|the|one)? (kid|child|pupil|student|young person|someone|somebody) "
        "(told|tells|tell|says|said|discloses|disclosed) (a|the|their|his|her|you)? (teacher|"
        "teachers|you|someone|an adult|staff) (they|that they|he|she|that he|that she) (were|was|"
        "are|is) being abused"
    ),
    idiom(
        "(sit|sitting|sat|sits) on (her|his) (knee|lap|knees) for (the|a) (family)? (photo|picture|"
        "pic|photos|pictures|selfie|portrait)"
    ),
    idiom(
        "(not|no|nae|isnt|isn't|aint) safe (to|tae) (eat|drink|use|swim|play|walk on|cross|park|"
        "cycle|reheat|freeze)"
    ),
    idiom(
        "outside (help|hours|agencies|agency|providers|provider|interests|activities|catering|"
        "tap|lights|bins|toilets|school hours|of school hours|the box)"
    ),
    # An everyday complaints set: a receptionist who "near bit ma heid aff" was rude, not violent.
    idiom("(bit|bites|biting|bitten) (my|ma|his|her|their|yer|your|our|oor) (head|heid) (off|aff)"),
    # Near twins from blind set CB: "a guy on snap keeps asking for pics of my dog"; "my mum
    # doesn't want me to get a dog" (not wanted, but not allowed). Eating, seeing a doctor,
    # telling, taking medicine and keeping a baby are left out: there it can be harm.
    idiom(
        "(pics|pic|pictures|picture|photos|photo|vids|videos) of (my|his|her|our|the|a|their|your) "
        "(dog|dogs|cat|cats|puppy|puppies|kitten|kittens|pet|pets|hamster|rabbit|bunny|horse|pony|"
        "guinea pig|guinea pigs|fish|snake|lizard|budgie|parrot|tortoise|cake|baking|dinner|lunch|"
        "car|bike|drawing|drawings|art|artwork|painting|lego)"
    ),
    idiom(
        "(doesnt|doesn't|does not|dont|don't|do not|didnt|didn't|wont|won't|disnae|dinnae) want "
        "(me|us) (to|tae|2) (get|go|play|buy|join|watch|wear|use|try|do|stay up|sleep over|move|"
        "change|dye|quit|start|learn|enter|sign up|apply)"
    ),
    # Blind set BY: "groomed as the future captain"; and a child who beat a parent at a game
    # ("i play chess with my dad and i beat him once") once "play" no longer meant a story.
    idiom(
        "(groomed|grooming|being groomed) (as|to be|for) (the|a|our|their)? (future|next)? "
        "(captain|leader|successor|manager|head|star|champion|boss|skipper|heir|prefect|player)"
    ),
    idiom(
        "(i|we) (beat|beats) (him|her|them|my dad|my mum|my da|ma da) (once|twice|again|at|in|"
        "for once|every time|easily)"
    ),
    # Near twins from blind set BW: "my dad hit me with the worst dad joke"; a stepdad who "comes
    # into my room at night to turn off my light"; "dad says I'm useless at Fortnite".
    idiom(
        "(hit|hits|hitting) (me|us) with (a|the|his|her|their|some|another)? ~2 (joke|jokes|pun|"
        "puns|question|questions|news|fact|facts|bill|comeback|roast|riddle|song|lyrics|quote)"
    ),
    idiom(
        "(comes|come|came|coming) (in|into) (my|our) (room|bedroom) ~3 (to|and) (turn|turns|switch|"
        "switches|put|puts) (off|out) (my|the|our) (light|lights|lamp|telly|tv|music)"
    ),
    # Blind set CA: "comes into my room at 10 every night to take my phone so I actually sleep".
    idiom(
        "(comes|come|came|coming) (in|into) (my|our) (room|bedroom) ~4 (to|and) (take|takes|get|"
        "gets|collect|collects) (my|our) (phone|phones|ipad|tablet|switch|console|laptop)"
    ),
    # A teacher who grabbed an arm "to stop him running into the road".
    idiom(
        "(grabbed|grabs|grab|pulled|pulls|held|caught) ~4 (arm|hand|hood|jacket|coat|collar|bag) "
        "to stop (him|her|them|me|us) (running|going|stepping|falling|walking)"
    ),
    idiom(
        "(useless|rubbish|hopeless|terrible|garbage|trash|pants|awful|bad|crap) at (fortnite|"
        "minecraft|roblox|fifa|football|fitba|chess|gaming|golf|darts|pool|snooker|bowling|"
        "singing|dancing|parking|cooking|maths|mario kart|monopoly|cards|quizzes|karaoke|tidying|"
        "tidying up|tidying my room|cleaning|cleaning my room|spelling|drawing|baking|art|pe|"
        "running|swimming|homework|getting up|waking up|keeping my room tidy|remembering)"
    ),
    # Sport: a team "got battered in the derby", hit "with the ball" in dodgeball.
    idiom(
        "(got|get|getting|were|was) (battered|hammered|gubbed|pumped|thumped|humped|skelped|"
        "leathered|smashed|destroyed) ~2 in the (derby|match|game|final|semi|semis|league|cup|"
        "fitba|football|rugby|shinty|hockey|quiz|tournament)"
    ),
    idiom(
        "(hits|hit|hitting|whacks|smacks|gets|got) (me|us) with the (ball|frisbee|shuttlecock|"
        "bean bag|beanbag|dodgeball)"
    ),
    # A wee sister "hitting me with her teddy": a soft toy, a pillow, a balloon.
    idiom(
        "(hitting|hits|hit|bashing|bashes|whacking|whacks|battering|batters|smacking|smacks) "
        "(me|us|him|her) with (her|his|a|the|my|their)? (teddy|teddies|pillow|pillows|cushion|"
        "cushions|toy|toys|balloon|balloons|foam|soft toy|plushie|stuffed animal|pool noodle)"
    ),
    idiom(
        "(beat|beats|beaten|beating) (me|us|him|her|them|my|everyone) (at|in|to) (chess|football|"
        "fifa|games|cards|it|the|a|pool|darts|monopoly|tennis|racing|running|swimming|tests|"
        "maths|mario|scrabble|everything|home|school)"
    ),
    idiom(
        "(held|holds|hold|holding|put|puts) (me|us|him|her) (under|up|in) ~4 (to teach|teaching|"
        "to help|helping|so i could|so i can|so i learn|to show) (me|us|him|her)? (to|"
        "how to)? (swim|float|dive)"
    ),
    idiom(
        "(grabbed|grab|grabs|pulled|pull|held|holds) (my|me by the|me by my) (arm|hand|coat|hood|"
        "jacket|wrist|sleeve) ~2 (to stop|so i wouldnt|so i wouldn't|so i didnt|so i didn't|"
        "before i|when i nearly|to keep me|to save me|to help me|to get me across)"
    ),
    idiom(
        "(dog|dogs|cat|cats|puppy|kitten|rabbit|hamster|bramble|brambles|thorns|rose bush|bush|"
        "bushes|fence|nail|branch|branches|nettles|glass|brick|wall|tree|"
        "barbed wire) ~4 (scratched|cut|bit|bitten|scraped|grazed|jumped on|stung)"
    ),
    # Blind set CR: "somebody nearly cut themselves" with blunt knives in home ec; "a cut on my
    # arm from the brambles at forest school".
    idiom(
        "(somebody|someone|a boy|a girl|he|she|they|one of us) (nearly|almost) (cut|burnt|burned|"
        "stabbed|sliced) (themselves|themself|himself|herself)"
    ),
    idiom(
        "(scratch|scratches|cut|cuts|mark|marks|bite|bites|scar|scars|sting|stings|bruise|bruises|"
        "graze|grazes) (on (my|ma|his|her|their) (arm|arms|leg|legs|hand|hands|face|knee|knees))? "
        "(from|by|off) (the|a|my|"
        "our)? (brambles|thorns|cat|cats|dog|dogs|rose|roses|bush|bushes|nettles|fence|branches|"
        "hamster|rabbit|operation|surgery|chickenpox|chicken pox|eczema|mosquitos|mosquitoes|"
        "midges|football|rugby|the fall|falling|the accident|my operation)"
    ),
    idiom(
        "(took|take|taking|brought|bring|bringing|handed|hand) (all)? (my|her|his|the|"
        "their)? ~2 {PILLS} (to|back to|into|in to) (the)? (pharmacy|chemist|doctor|doctors|gp|"
        "hospital|surgery|school|nurse|office)"
    ),
    idiom("(beats|beat) me (why|how|what|if|lol|when)|(it|that|this) beats me"),
    idiom(
        "(hit|hits|hitting) (me|us|him|her) (up|back with|with a text|with the news|"
        "with a message|on snap|on insta|with some)|"
        # Realising ("it hit me when I saw..."), only with a subject that is not a person:
        # "my stepdad hits me when I get home" is a disclosure.
        "(it|that|this|reality|the news) (hit|hits|suddenly hit) me (that|how|when i|then)|"
        "it hit me|hit me (like|hard that)"
    ),
    idiom(
        "(kick|kicks|kicked|kicking|chuck|chucked|threw|throw|throws) ({ME}|{CHILD}) (off|"
        "out of) (the)? (bus|train|class|lesson|team|group|chat|game|server|course|club|library|"
        "shop|building|school|nursery|college|uni|pool|the)"
    ),
    # Blind set CE: "he hit me with a snowball at lunch"; "no food options for vegans".
    idiom(
        "(hit|hits|pelted|pelts|got) (me|us|him|her) (with) (a|an)? (snowball|snowballs|water "
        "balloon|water balloons|water bomb|water bombs|nerf dart|nerf bullet|pillow|foam ball|"
        "paper ball|paper aeroplane)"
    ),
    idiom(
        "(no|nae) food (options|option|choices|choice)|(no|nae) (vegan|veggie|vegetarian|halal|"
        "kosher|gluten free|dairy free) (food|options|option|choices)"
    ),
    # Blind set CD: "i got kicked out the group chat for posting too many memes".
    idiom(
        "(got|get|gets|getting|been|was|were) (kicked|chucked|thrown|booted) (out|off) (of)? "
        "(the|my|our|a)? (bus|train|class|lesson|team|group|group chat|gc|chat|game|server|lobby|"
        "squad|party|discord|course|club|library|shop|pool)"
    ),
    idiom(
        "(push|pushes|pushed|pushing) ({ME}|{CHILD}) (to|too hard|forward|forwards|harder|to do|"
        "to be|towards|into doing)"
    ),
    idiom("(grab|grabs|grabbed) (me|us|him|her) (a|an|some|one|the|my)"),
    idiom(
        "(drag|drags|dragged|dragging) ({ME}|{CHILD}) (to|along|round|around|out|into|shopping|"
        "to the)"
    ),
    idiom(
        "(throw|throws|threw) (me|us|him|her) (a|an|the) (party|surprise|ball|bone|curveball|"
        "look|lifeline)"
    ),
    idiom(
        "(knock|knocks|knocked) (me|us) (out) (with|wi) (the|their|his|her)? (singing|dancing|"
        "news|beauty|looks|talent)"
    ),
    idiom(
        "(kill|kills|killing|killed) (me|us) (with|wi) (kindness|laughter|the|his|her|their)|(is|"
        "s|was) killing (me|us)|killing me (softly|lol)"
    ),
    idiom(
        "(hit|hits|hitting|kick|kicks|kicked|beat|beats|burn|burns|burnt|punch|punched|whack*|"
        "smack*) (the|a|my|our|his|her) (ball|target|roof|jackpot|road|books|wall|gym|sack|hay|"
        "bottle|shuttlecock|puck|drum|drums|bag|punchbag|dummy|pads|button|snooze|brakes|kerb|"
        "curb|pothole|gap|high note|notes)"
    ),
    idiom(
        "(hurt|hurts|hurted) (my|her|his|their|our) (feelings|pride|chances|reputation|grade|"
        "grades)"
    ),
    idiom(
        "(touch|touches|touched|touching) (on|upon|base|wood|up|ing)|touch (base|wood)|in touch|"
        "keep in touch|get in touch|got in touch|gets in touch|out of touch|lose touch|"
        "touched by|touching (story|moment|speech)|(was|so|really|very) touched"
    ),
    idiom("(touch|touches|touched|touching) (me|us) (on the|on my) (shoulder|arm|back|hand|head)"),
    idiom(
        "(feel|feels|felt|feeling) (me|us|her|him) (up to|better|worse|sorry|bad|ill|sick|like|"
        "that|the)"
    ),
    idiom(
        "(grooming|groomed|groom|grooms) (the|my|our|his|her|a)? (dog|dogs|cat|cats|horse|horses|"
        "pony|puppy|pet|pets|beard|salon|parlour|appointment|kit|products)|dog (grooming|"
        "groomer)|(bride|bridegroom)"
    ),
    idiom("(rape|raped|raping) (of|seed|field|oil)|oilseed rape|grape|grapes|grapefruit"),
    idiom(
        "(abuse|abused|abusing) (of)? (power|process|position|the system|drugs|alcohol|"
        "substances|trust|the bins|the bin|the parking)|(verbal|racist|racial|"
        "homophobic) abuse (from|by) (the)? (driver|staff|public|passengers|customers|fans|crowd)"
    ),
    idiom(
        "(sex|sexual) (education|ed|health|clinic|orientation|discrimination|equality|identity)|"
        "sex (ed|education)|relationships and sexual health|rshp|rse"
    ),
    idiom("(stamp|stamps|stamped) (on)? (the|my|our|a)? (passport|form|card|letter|ticket)"),
    idiom("(no|nae) {FOOD} left"),
    idiom(
        "(kicked|kick|kicks|hit|hits|punched|punch|elbowed|kneed|headbutted|whacked|bumped|"
        "smacked|knocked) ({ME}|{CHILD}) ~3 (by accident|accidentally|by mistake|in sparring|"
        "in training|in a tackle|during the match|during the game|in the match|in the game|in pe|"
        "at football|at rugby)"
    ),
    idiom(
        "(got|get|gets|getting) (a|an|absolute)? (hiding|thrashing|doing|battering|beating|"
        "pumping|tanking|humping|spanking) ~3 (at|in|from|off) (football|the match|fifa|the game|"
        "rugby|5 a side|five a side|hockey|netball|the final|the league|cards|chess|pool|darts)"
    ),
    idiom(
        "(the)? (heating|boiler|electric|electricity|gas|wifi|internet|phone|lift|lifts|bus|"
        "train|trains|water|power|tv|telly|laptop|car|bike) (is|s|was|has|had|keeps)? ~2 (broken|"
        "off|down|cut off|not working|stopped)"
    ),
    idiom(
        "(hungry|starving) (after|before|during|at|by) (school|pe|training|football|practice|"
        "lunch|break|the|a)|(im|i'm|im so|so) (hungry|starving) (lol|haha|can we|what's|whats|"
        "when|for)"
    ),
    idiom(
        "(left|leave|leaves) (me|us|him|her) (alone|on my own) (to|for a|for five|for 5|for ten|"
        "for 10|while (i|she|he) (work|works|worked|study|studies|revise)|in peace)"
    ),
    idiom(
        "(panel|panels) (beating|beater|show|discussion|meeting|interview|member)|solar panel|"
        "panel of"
    ),
    # Blind set CR's misses. A cover story the child says was not true: "teacher asked about the
    # bruise on my arm i said football but it wasnt football".
    flag(
        "(bruise|bruises|black eye|marks|mark|cut|cuts|burn|burns|scratches|swelling) ~10 (i "
        "said|i told (her|him|them|the teacher|miss|sir|the nurse)|told them) ~4 but (it wasnt|"
        "it wasn't|it was not|it wasnae|that wasnt|that wasn't|that's not|thats not) (true|what "
        "happened|football|an accident|the stairs|a fall)?",
        PHYSICAL,
    ),
    # Left alone for days at an age that cannot be: "is it normal to be left on your own for the
    # whole weekend when ur 9".
    flag(
        "left (on (your|ur|my|me|ma|our|oor) own|alone|home alone|by (myself|yourself|ourselves)) "
        "(for|all) (the)? (whole)? (weekend|weekends|night|nights|day and night|days) ~6 (when|"
        "and|at|im|i'm|ur|you're|youre|aged|age) (5|6|7|8|9|10|11|five|six|seven|eight|nine|ten|"
        "eleven)",
        NEGLECT,
    ),
    # The school's breakfast the only meal: "breakfast club shuts at half 8 and thats me till
    # the next day mostly".
    flag(
        "(breakfast club|school breakfast|school dinner|school dinners|school lunch|free lunch|"
        "free school meal|free school meals|free meals|lunch at school) ~12 (thats|that's|that "
        "is) (me|all i get|all i eat|all i have|my food|all the food) (till|until|til|tae) (the "
        "next day|tomorrow|the morning|the next morning|breakfast club|monday)",
        NEGLECT,
    ),
    # Police called to the house again, and it played down: "police were at ours again. same
    # as always. im fine".
    hint(
        "(police|polis|cops|feds) (were|was|came|come|got called|been|are) (at|round|roon|to)? "
        "(ours|our house|our flat|the house|my house|oor hoose|oors|our door) (again|every "
        "weekend|every week|all the time|loads|most weekends)",
        "police_at_home",
        DOMESTIC,
    ),
    hint(
        "(same as always|like always|same as usual|same old same old|normal for us)",
        "played_down",
        DOMESTIC,
    ),
    # ...but not with its reason given: "the police were at our house again about the break-ins".
    idiom("(police|polis|cops|feds) ~6 again (about|because|for|over|cos|after|looking for)"),
    hint(
        "(lunchbox|lunch box|lunchboxes|packed lunch|piece box|piece) (has been|is|was|s|always|"
        "often|keeps being|is always|is often|was always|has often been|has always been)? (empty|"
        "nothing in it|got nothing in it)",
        "food",
        NEGLECT,
    ),
    # Blind set CT: "I'm 16 ... the school wont let me leave early on fridays". Leaving early is
    # a timetable, not a confinement.
    idiom(
        "(school|teacher|teachers|college|they|work|my boss|the office|head|headteacher) "
        "(wont|won't|will not|dont|don't|doesnt|doesn't|wouldnt|wouldn't|didnt|didn't) let (me|us)"
        " (leave|go|go home) (early|at lunch|at lunchtime|before the bell)"
    ),
    # Blind set CV: "My daughter and I were in a refuge years ago, we're safe and settled".
    context(
        "(left|moved out of|moved on from|came out of) the refuge (in|back in)? (##|years ago|"
        "ages ago|a long time ago|long ago)|(were|was|lived|stayed) (in|at) (a|the) refuge (for a"
        " while|for a bit|for a year|for a few months)? (years ago|ages ago|a long time ago|long "
        "ago|back in ##)|"
        # Blind set DX: "I moved into this flat through the women's refuge three years ago".
        "(through|from|via) (the|a) (women's|womens|woman's)? refuge ~3 (years ago|ages ago|a "
        "long time ago|long ago|# years ago|## years ago)",
        "refuge_long_left",
    ),
    # Blind set DL: a stepdad who "comes into my room at night to wipe the mould off the window";
    # a cousin of five in my bed "because he's scared of the dark".
    idiom(
        "(comes|come|came|coming|goes|gone) (in|into) (my|ma|our|the) (room|bedroom) ~4 to (wipe|"
        "clean|dry|fix|mend|close|shut|open|check the|turn off the|switch off the|put on the|empty|"
        "feed the|let the cat|let the dog) ~3 (mould|damp|window|windows|condensation|radiator|"
        "heater|heating|blind|blinds|curtains|light|dehumidifier|bucket|leak|cat|dog|fish)"
    ),
    idiom(
        "(into|in|intae) (my|ma|our|his|her) bed ~8 (scared of the dark|feart of the dark|afraid "
        "of the dark|has nightmares|had a nightmare|has bad dreams|had a bad dream|thunder|the "
        "storm)"
    ),
    # ...a fine for a lost library book to "pay off before i can borrow again".
    idiom(
        "(owe|owes|owed|owing) (them|him|her|the library|the school|money)? (for|on) (the|a|my|"
        "his|her)? (library book|library books|lost book|book i lost|library fine|overdue book|"
        "overdue books|late book|late books)"
    ),
    # ...and parents who had an arranged marriage of their own, long ago and happy.
    idiom(
        "(we|i|my husband and i|my wife and i|me and my husband|me and my wife|our parents|my "
        "parents) (had|have had|both had) (an)? arranged (marriage|wedding) ~6 (ago|happy|happily|"
        "still together|## years)"
    ),
    # Blind set DN: a girl of 14 going to "her big cousin's wedding" as a bridesmaid: someone
    # else's wedding.
    # Not a sister's or a brother's: to a child writing, that wedding may be the harm.
    idiom(
        "(for|at|to) (my|her|his|our|their|a) (big|older|eldest|oldest|grown up)? (cousins|"
        "cousin's|aunties|auntie's|aunts|aunt's|uncles|uncle's|friends|friend's|neighbours|"
        "neighbour's|teachers|teacher's|mums|mum's|dads|dad's) (wedding|nikkah|nikah|wedding day|"
        "hen do|stag do)"
    ),
    # ...a friend who will "murder me if I tell anyone she fancies Callum": a crush kept secret.
    idiom(
        "(kill|murder|strangle|batter) (me|us) if (i|we) (tell|told|say|said|let slip) ~2 (she|he|"
        "who she|who he) (fancies|likes|fancied|liked|has a crush on|had a crush on|is into|was "
        "into|is crushing on|fancys)"
    ),
    # ...and a complaint that "nobody has come back to me".
    idiom(
        "(nobody|no one|noone|no-one|nae one|naebody) (has|have|had|s)? (ever)? (come|got|gotten|"
        "been|rung|phoned|called|written|emailed|replied) back (to me|to us|with|about|yet)"
    ),
    # Blind set DP: hit "wi the ball at pe"; a pillow fight; "she'll stab me wi a fork if i nick
    # her chips"; the fridge locked because the dog learned to open it; sleeping in the car on
    # a long drive; no food left in the canteen.
    idiom(
        "(hit|hits|whacked|smacked|skelped|got) (me|him|her|us) (again)? (wi|with|in the face "
        "with|in the face wi) (the|a)? (ball|football|rugby ball|hockey ball|netball|basketball|"
        "shuttlecock|frisbee|pillow|snowball|snowballs|water balloon|dodgeball|beanbag)"
    ),
    idiom("pillow (fight|fights)|(wi|with) a pillow"),
    idiom(
        "(stab|kill|murder|strangle|batter|fork) (me|us) (wi|with)? (a|the|her|his)? (fork|spoon|"
        "pencil|chopstick)? if (i|we) (nick|nicked|take|took|steal|stole|eat|ate|touch|touched|"
        "have|had) (her|his|their|any of her|any of his) (chips|fries|food|sweets|pizza|crisps|"
        "chocolate|dinner|snacks|lunch)"
    ),
    idiom(
        "(locks|locked|lock|locking) the (fridge|cupboard|cupboards|bin|food cupboard) ~4 (cos|"
        "because|coz|so|as) (the|our|my)? (dog|dogs|puppy|cat|cats|toddler|baby)"
    ),
    idiom(
        "(sleep|sleeping|slept|nap|napping) in the (car|back of the car|back seat) (on|during|for) "
        "(the|a|our)? (long)? (drive|journey|trip|road trip|way)"
    ),
    idiom(
        "(never|no|nae|nothing) (any)? (food|dinner|lunch) (left)? ~3 (in|at) the (canteen|"
        "dinner hall|lunch hall|cafeteria|tuck shop)"
    ),
    # Blind set DO: no dinner "cos my card had nothing on it"; a stair rail at home that "isn't
    # safe".
    idiom(
        "(no|nae) (dinner|lunch) (at school)? ~2 (today|yesterday)? ~2 (cos|because|coz|as) (my|"
        "the)? "
        "(card|dinner card|lunch card|account|school account|parentpay|dinner money|money on my "
        "card)"
    ),
    idiom(
        "(stair rail|stair rails|banister|bannister|railing|railings|handrail|hand rail|rail|"
        "window|windows|boiler|wiring|socket|sockets|ceiling|floor|floorboards|stairs|balcony|"
        "cooker|lift|roof|front door lock|back door lock) (at home|in the house|in our flat|in the "
        "flat)? (isn't|isnt|is not|not|aren't|arent|are not|isnae) safe"
    ),
    # Blind set DR: not allowed to eat in my room "cos of crumbs"; a phone screen smashed by
    # sitting on it; a brother who hid in the wardrobe at hide and seek.
    idiom(
        "not allowed to eat (in|upstairs in|on) (my|the|our) (room|bedroom|bed|sofa|couch|car|"
        "living room|lounge)"
    ),
    idiom(
        "(smashed|broke|cracked) (mum's|mums|his|her|my|dad's|dads)? (phone|phone screen|screen|"
        "glasses|tablet|ipad) (by|when) (sitting|standing|stepping|dropping|falling|sat|stood) "
        "(on it|on them)"
    ),
    idiom(
        "(hid|hiding|hide|hidden) ~8 (at|playing|in a game of|for) (hide n seek|hide and seek|"
        "hidey|"
        "sardines)"
    ),
    # Blind set DU: "i get jumped in the dinner queue": the queue, not me.
    idiom(
        "(jumped|jump|jumps|jumping) (in)? (the)? (queue|que|line|dinner queue|lunch queue|dinner "
        "line|lunch line)|(get|got|gets|getting) jumped in the (queue|dinner queue|lunch queue|"
        "line|dinner line)"
    ),
    # ...a stepdad who comes in at night "to turn my light off cos i fall asleep reading".
    idiom(
        "(comes|come|came|coming) (in|into) (my|ma) (room|bedroom) ~4 to (turn|switch|put) (my|"
        "the|off my|off the) (light|lights|lamp|telly|tv|phone|tablet|ipad|music|radio) (off|out)?"
    ),
    # Blind set DR: "nae food in the hoose cos mum's doin the big shop the morn".
    idiom(
        "(no|nae|not much|nothing) (food)? (in the (house|hoose)|in) ~3 (cos|because|coz|as|till|"
        "until) ~4 (big shop|shopping|food shop|messages|tesco|asda|the shop)|(no|nae) food in "
        "the (house|hoose) (so|and) (we|mum|dad|mam|da) (went|got|ordered|had|go|get) ~3 (chippy|"
        "takeaway|take away|pizza|mcdonalds|maccies|the shop|out for tea|out for dinner)"
    ),
    # Blind set DW: "mum says i ruined her life when i ate the last kitkat"; "held me down and
    # tickled me till i cried laughing".
    idiom(
        "(ruined|ruin|ruins|ruining) (her|his|my|their) (life|day|weekend|birthday) (when|cos|"
        "because|by) ~3 (ate|eating|took|taking|eat|drank|drinking|finished|used|broke|spilled|"
        "lost)"
    ),
    idiom(
        "(held|hold|holds|pinned|pin) (me|him|her|us) down (and|an|to) (tickled|tickle|tickling)|"
        "(tickled|tickling) (me|him|her|us) ~3 (till|until|til) (i|he|she|we)? (cried|was crying|"
        "wet|peed) (laughing|myself laughing|with laughter)?"
    ),
    # Blind set DV: "in the hallway with a hammer right now putting up shelves"; the women's
    # refuge on our street as a building with a broken pavement.
    idiom(
        "(with|wi|has|got|holding) (a|the|his|her)? (hammer|drill|screwdriver|saw|spanner|mallet) "
        "~4 (putting up|fixing|building|doing|hanging|assembling|mending|making|sorting|diy)"
    ),
    idiom(
        "(the|a) (women's|womens|womans|woman's) refuge (on|at|in|along|near|round) (our|my|the) "
        "(street|road|estate|area|corner)"
    ),
    # Blind set DY: "she will kill her if she is late again", "i dont want to wake up tomoro it
    # is monday"; "no food in the house because we moving flat tomorrow".
    idiom(
        "(kill|murder|strangle|batter) (her|him|me|us) if (she|he|i|we) (is|am|are|im|i'm|'s|s)? "
        "(late|back late|home late|late home|late again|late back)"
    ),
    idiom(
        "(no|nae) food in the (house|hoose) ~3 (cos|because|coz|as) (we|we're|were|we are) "
        "(moving|move|flitting|going on holiday|away)"
    ),
    # ...names on the bus that "stopped after the teacher spoke to them. its fine now".
    idiom(
        "(call|calls|called|calling) (me|him|her|us) names ~10 (but|and) (it|they) (stopped|has "
        "stopped|have stopped|stopped after)"
    ),
    # Blind set DX: bins "being abused by the shop next door"; a wee burn on his wrist from the
    # toastie maker; a jag that "felt like getting stabbed"; volunteers working for free;
    # "please send someone to fix it".
    idiom(
        "(bins|bin|car park|parking|bays|system|facilities|service|policy|privilege|hospitality|"
        "kindness|generosity|goodwill|rules|recycling|drop off|scheme) ~8 (being|been|is|are|was|"
        "were) abused"
    ),
    idiom(
        "(a|wee|small|tiny)? (burn|cut|scrape|graze|blister) on (my|his|her) (wrist|hand|arm|"
        "finger|fingers|thumb|leg) from (the|a|his|her|my|our)? (toastie maker|toaster|oven|iron|"
        "kettle|hob|pan|straighteners|stove|grill|radiator|bbq|barbecue|candle|curling tongs|glue "
        "gun)"
    ),
    idiom(
        "(felt|feels|feel|felt just) like (getting|being|i was being|she was being|he was being)? "
        "stabbed"
    ),
    idiom("(volunteer|volunteers|volunteering) ~8 (for free|unpaid|without pay)"),
    idiom(
        "(please|pls) send (someone|somebody|a man|an engineer|a workman) (out|round)? (to|and) "
        "(fix|check|look|look at|clear|collect|repair|sort|inspect|empty|clean|mend|see to)|"
        "(please|pls) send (someone|somebody|an engineer|a workman) (out|round) $"
    ),
    # Blind set EA, the same unusual words used safely: cut on the knee from a broken bottle in
    # the park; hurting myself at the gym; burns from the ovens at catering college; knocked out
    # by prelim results; the Prevent duty for an induction. (Scared to go home after a horror
    # film is with the other reasons in en_other.)
    idiom(
        "(got|was|been|gets) cut on (the|his|her|my) (knee|hand|foot|leg|arm|finger|head|chin|"
        "thumb) ~6 (from|by|on) (a|the|some)? (broken)? (bottle|glass|fence|nail|metal|tin|can|"
        "slide|swing|rock|stone)"
    ),
    idiom(
        "(hurt|hurting|injured|injuring) (myself|masel) (at|in|during|doing) (the)? (gym|training|"
        "football|rugby|hockey|netball|pe|parkrun|running|boxing|dance|dancing|crossfit)"
    ),
    idiom(
        "(burns|burn|scars|marks|cuts) on my (arms|arm|hands|hand|wrists) (are|is) from (the|my)? "
        "(ovens|oven|kitchen|work|cooking|catering|bakery|fryer|fryers|welding|training|job)"
    ),
    idiom(
        "knocked out by (his|her|my|the|their) (results|exam results|prelim results|grades|"
        "performance|show|news|speech)"
    ),
    idiom("(the)? prevent duty (for|in|training|induction|policy|guidance|session|e-learning)"),
    # Blind set EG: "he headbutted me going up for a header at training"; "got burned on the arm
    # by the glue gun in design and tech"; "the pharmacy refused ... because i didnt have his ID".
    idiom(
        "(headbutted|elbowed|kneed|kicked|clattered|smashed into|crashed into) (me|him|her|us) ~3 "
        "(going up for|went up for|challenging for|jumping for|going for|in) (a|the) (header|ball|"
        "rebound|lineout|line out|tackle|corner)"
    ),
    idiom(
        "(got|was|been|get|gets|getting) (burned|burnt|scalded) ~4 (by|on|with|from) (the|a|my)? "
        "(glue gun|hot glue gun|iron|soldering iron|kettle|oven|hob|toaster|straighteners|sun|"
        "bunsen burner|bunsen)"
    ),
    idiom(
        "(didnt|didn't|did not|dont|don't|do not|forgot to) (have|bring|take|show) (his|her|their) "
        "(id|photo id|id card|passport)"
    ),
    # Blind set EE: "my daughter played a victim of domestic abuse in the S5 drama showcase".
    idiom(
        "(played|plays|playing|acted|acting|cast as|the role of|the part of) (a|an|the)? (victim|"
        "survivor|abuser|character|role|part) (of|in|who)? ~3 (domestic abuse|domestic violence|"
        "abuse|bullying|self harm|a suicide|an overdose)"
    ),
    # Blind set EO's harmless half: a girl who "fell on the scree and cut her leg badly" on an
    # expedition; "he wants to die every time his team loses".
    idiom(
        "(fell|fall|falls|slipped|tripped|came off) ~6 (and)? (cut|grazed|scraped|gashed|split) "
        "(her|his|my|their) (leg|arm|knee|hand|head|chin|face|elbow|shin|lip)"
    ),
    idiom(
        "(wants|want|wanted) to die (every time|whenever|when|cos|because) ~3 (team|they|we|he|she|"
        "celtic|rangers|scotland) (loses|lose|lost|gets beaten|get beaten|got beaten|draw|draws)"
    ),
    # Blind set EN's harmless half: "he bit me three times today during a meltdown".
    idiom(
        "(bit|bites|biting|hit|hits|kicked|kicks|scratched|scratches|headbutted|punched|pulled my "
        "hair) me ~6 (during|in) (a|his|her|their) (meltdown|seizure|fit|tantrum|sensory overload|"
        "shutdown)"
    ),
]
