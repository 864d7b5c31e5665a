"""English and Scots: suicide, self-harm, and the plan, means and timing that make them urgent."""

from ..rules import context, flag, hint, idiom, plan, soon

SUICIDE = "suicide"
SELF_HARM = "self_harm"

RULES = [
    # Blind set CP: "dnt bother wi the camhs appointment in april. il be gone by then". Either
    # alone is an ordinary sentence; together they are a farewell. Blind set FX, beside letters
    # written for a mum and a gran: "I won't be at the review on Thursday so you can cancel it".
    hint(
        "({NOT}|no need to|no point|dinnae) (bother|botherin|bothering|book|booking|keep|keeping|"
        "worry about|worrying about) (wi|with|about|in)? (the|my|ma|that|her|his)? ~2 (appointment|"
        "appointments|appt|referral|camhs|session|sessions|waiting list|review|meeting|assessment)|"
        "(wont|won't|will not|not going to) be (at|there for|at my|coming to) (the|my)? (review|"
        "appointment|meeting|hearing|session|next session|camhs appointment) ~6 (cancel|no point|"
        "dont bother|don't bother)",
        "appointment_moot",
        SUICIDE,
    ),
    hint(
        "(ill|i'll|il|i will|ahll|al) (be|b) (gone|long gone|dead|deid|away|no here|not here|not "
        "around) (by then|before then|by that time|before that|by the time|before it)",
        "gone_by_then",
        SUICIDE,
    ),
    # Blind set CP, in three languages: after an attempt a doctor calls it attention seeking, and
    # the child says next time she will "use something that actually works".
    hint(
        "next time ~2 (shell|she'll|she will|hell|he'll|he will|ill|i'll|i will|theyll|they'll|"
        "they will|shed|she'd|hed|he'd|id|i'd) ~2 (use|take|try|do|get|make) (something|it|sure) "
        "~3 (actually works|that works|will work|that'll work|thatll work|properly|right|for real|"
        "works|work)",
        "attempt_again",
        SUICIDE,
    ),
    hint(
        "(attention seeking|attention-seeking|attention seeker|seeking attention|just wants "
        "attention|doing it for attention|did it for attention)",
        "dismissed",
        SUICIDE,
        SELF_HARM,
    ),
    hint(
        "(swallowed|swallow|swallowing|drank|drink|drinking|ate) ~2 (batteries|battery|bleach|"
        "razor blades|blades|screws|washing tablets|washing pods|detergent|antifreeze|weedkiller)",
        "ingested",
        SELF_HARM,
        SUICIDE,
    ),
    # Blind set CQ: weight lost in secret and a meal then the bathroom, every time.
    hint(
        "(nobody|no one|noone|nobodys|nobody's|no one's|no ones|naebody) (has|s)? (noticed|notice|"
        "noticing|seen|spotted) ~4 (dropped|lost) ~2 (sizes|size|stone|kg|kilos|weight|pounds|lbs)",
        "weight_hidden",
        SELF_HARM,
    ),
    hint(
        "(tea|dinner|meal|meals|lunch|eating|food|breakfast) (then|straight to|then straight to|"
        "and then|n then) (the)? (bathroom|toilet|loo|lav|cludgie)|(after|straight after) (every|"
        "each|all my)? (meal|meals|tea|dinner|lunch|eating) ~5 (bathroom|toilet|loo|lav|make "
        "myself sick|throw up|sick)",
        "purging",
        SELF_HARM,
    ),
    hint(
        "(being sick|makes herself sick|making herself sick|makes himself sick|making himself "
        "sick|make myself sick|making myself sick|throwing up|throws up|sick) (after|straight "
        "after) (every|each|all her|all his|all my) (meal|meals|tea|dinner|lunch)",
        "purging",
        SELF_HARM,
    ),
    # ...and fainting in PE beside it (blind set CP).
    hint(
        "(fainted|faints|fainting|collapsed|collapses|passed out|passes out|blacked out) ~3 (in pe|"
        "at school|in class|at training|in assembly|in the lunch queue|today|again|all the time)",
        "fainting",
        SELF_HARM,
    ),
    # Blind set CB: "i've got a plan for friday. just wanted to say thanks to the one teacher who
    # was nice to me".
    hint(
        "(i've|ive|i have|i got|got) (got)? a plan (for)? (friday|saturday|sunday|monday|tuesday|"
        "wednesday|thursday|tonight|tomorrow|the weekend|this weekend|after school)",
        "plan_time",
        SUICIDE,
    ),
    hint(
        "(wanted|want|wanna) to say (thanks|thank you|ta) to (the|my|ma)? (one|only) (teacher|"
        "person|friend|pal|one) (who|that) (was|is|were|has been|ever was) (nice|kind|good) to me",
        "goodbye",
        SUICIDE,
    ),
    # Blind set CD: "what happens to your pets if you die? asking for me, i need to sort it before
    # the weekend": affairs put in order, for oneself and by a date.
    hint(
        "(what happens|what will happen|who (will)? (look|looks|take|takes) (after|care of)|who "
        "gets|who will get) (to)? (my|your|ma|the|a)? ~2 (pets|pet|dog|dogs|cat|cats|hamster|"
        "rabbit|fish|stuff|things|belongings) (if|when|after) (i|you|someone|somebody) (die|dies|"
        "died|am gone|pass away|passes away)",
        "settling_affairs",
        SUICIDE,
    ),
    # The question asked "for me", or the affairs to be sorted by a date: one sign of its own (a
    # question mark ends the sentence the question was in), which flags only beside the question.
    hint(
        "(asking|askin|its|it's) (for) (me|myself|masel) (not|no|nae)? (a friend)?",
        "settling_affairs_when",
        SUICIDE,
    ),
    hint(
        "(need|have|got|gotta|hae) (to|tae) (sort|get|have) (it|everything|things|this|them|it "
        "all) (sorted|done|out|ready|in order)? (before|by) (the weekend|friday|saturday|sunday|"
        "monday|tomorrow|tonight|next week)",
        "settling_affairs_when",
        SUICIDE,
    ),
    # Blind set CG: a parent's "she's 15 and has been talking about jumping", beside a window on
    # the 9th floor (a trampoline is not a height).
    flag(
        "(floor|storey|window|windows|bridge|roof|balcony|flats|tower block|car park) ~12 "
        "{TALKS} about (jumping|jumping off|jumping out)|{TALKS} about jumping (off|out|from) "
        "(the|a|her|his|their)? (window|bridge|roof|balcony|flats|building|car park)",
        SUICIDE,
    ),
    # The same said over two sentences: the talk of jumping (not "on the trampoline"), and a
    # high window that opens all the way.
    hint(
        "{TALKS} about jumping (off|out|from|and)|{TALKS} about jumping $",
        "talks_of_jumping",
        SUICIDE,
    ),
    hint(
        "(window|windows) ~8 ((3rd|4th|5th|6th|7th|8th|9th|10th|11th|12th|13th|14th|15th|third|"
        "fourth|fifth|sixth|seventh|eighth|ninth|tenth|top) (floor|storey)|opens all the way|no "
        "lock|lock is broken|lock broken|wont lock|won't lock|doesnt lock|doesn't lock|no "
        "restrictor)",
        "high_window",
        SUICIDE,
    ),
    # Blind set CF: "Tonight's the night. Said my goodbyes."; where the trains do not slow down.
    hint(
        "(said|say|saying|sayin) (my|ma) (goodbyes|goodbye|last goodbye|last goodbyes)",
        "goodbye",
        SUICIDE,
    ),
    hint(
        "(tonights|tonight is|todays|today is|friday is|this is) the (night|day)",
        "plan_time",
        SUICIDE,
    ),
    idiom(
        "(said|say|saying) (my|our) (goodbyes|goodbye) to (the|our|my|ma)? (old)? (flat|house|"
        "hoose|home|school|class|classroom|office|job|work|team|street|town|village|area|"
        "neighbours)"
    ),
    flag(
        "(where|wheres|where's|where is|which|what) ~4 (railway|railway line|train line|tracks|"
        "train tracks|bridge|cliff|motorway bridge|multi storey|car park roof) ~6 (trains dont "
        "slow|trains don't slow|trains do not slow|fast trains|trains go fastest|high enough|no "
        "fence|no barrier|nobody would see|no one would see|nobody goes)",
        SUICIDE,
        severity="medium",
        firm=True,  # not the broken-down trains of a transport complaint
    ),
    # Blind set CD: "wanted to say bye and thanks to the library lady, she was always nice to me".
    hint(
        "(wanted|want|wanna) to say (bye|goodbye) (and (thanks|thank you))? to ~6 (nice|kind|good|"
        "lovely) to me",
        "goodbye",
        SUICIDE,
    ),
    # Blind set CA: "Doesn't matter now, I won't be needing another appointment after this
    # weekend".
    hint(
        "(won't|wont|will not|willnae|winnae) (be needing|need|be wanting) (another|any more|"
        "anymore|any|a) (appointment|appointments|sessions|session|help|prescription|refill|"
        "check up|review) (after|from|beyond|past) (this|the)? (weekend|week|friday|saturday|"
        "sunday|tomorrow|tonight|today)",
        "no_future",
        SUICIDE,
    ),
    hint(
        "(doesn't|doesnt|does not|won't|wont|will not|disnae) matter (now|anymore|any more|soon|"
        "after this|after tonight)",
        "despair",
        SUICIDE,
    ),
    # Blind set BZ: "my son came home with cuts all up the tops of his legs" (where cuts are
    # hidden); "lol I'll just not exist after friday".
    flag(
        "(cuts|cut marks|scratches|slashes|lines|scars) (all)? (up|along|across|over|on|down) "
        "(the)? (tops|top|insides|inside) of (his|her|my|their|ma) (legs|thighs|arms|wrists|upper "
        "arms)",
        SELF_HARM,
        severity="medium",
    ),
    flag(
        "(i'll|ill|i will|im gonna|i'm gonna|im going to|i'm going to|ahll|al) (just)? (not "
        "exist|stop existing|be gone for good|not be alive|be dead|be deid) (after|by|from|on|come|"
        "before) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the "
        "weekend|this week|next week|my birthday|christmas|the exams)",
        SUICIDE,
    ),
    # Pills stolen ("a ghoid" in Gaelic) and "going to take them tonight".
    hint(
        "(ghoid|a ghoid|stole|nicked|pinched|stolen) ~4 {PILLS}|{PILLS} ~4 (a ghoid|ghoid|stole|"
        "stolen|nicked|pinched)",
        "means_set",
        SUICIDE,
    ),
    hint(
        "(going to|gonna|gonnae|goin to|will|ill|i'll) (take|swallow|neck|down) (them|em|the lot|"
        "all of them|them all) ~4 ({SOON}|at the shore|down the shore|later|when)",
        "plan_means",
        SUICIDE,
    ),
    # Teenagers' ways of saying it: the funeral playlist sorted, "waiting for the right night";
    # "styro" cuts; a pact to "go together"; "I'd rather be dead than go home"; "I mean it";
    # "picked a date"; "relapse szn 🥀".
    flag("(playlist|songs|song|music) (for|at)? (my|ma) (own)? funeral", SUICIDE),
    hint(
        "waiting (for)? (the)? (right|perfect|best) (night|time|day|moment)",
        "plan_when",
        SUICIDE,
    ),
    flag(
        "(styro|stryo|styro cut|styro cuts)|(went|gone|cut|go|going|to) (to|down to|past|into) "
        "(styrofoam|styro|beans|the fat|fat layer)",
        SELF_HARM,
    ),
    flag(
        "(made|make|making|have|got) a (pact|suicide pact) ~10 (go together|die together|both go|"
        "end it together|do it together|jump together|go out together)",
        SUICIDE,
    ),
    flag(
        "(id|i'd|i would|ide) (rather|sooner) (be dead|die|be deid|kill myself|not exist) (than|"
        "then) (go|going|be|live|stay|staying|living|goin) (home|hame|at home|back|there|with "
        "(him|her|them|my dad|my mum|my stepdad))",
        SUICIDE,
        firm=True,  # the idiom "I'd rather die than wear that" must not cancel going home
    ),
    hint("{WANT_STRONG} (just)? (disappear|vanish|not be here|not exist)", "disappear", SUICIDE),
    hint(
        "(like actually|i mean it|i actually mean it|im serious|i'm serious|not joking|im not "
        "joking|i'm not joking|not even joking|no joke|for real this time|not in a dramatic way|"
        "not the dramatic)",
        "sincere",
        SUICIDE,
    ),
    hint(
        "(picked|chosen|chose|set|decided on|got) (a|the|my) (date|day)",
        "plan_decided",
        SUICIDE,
    ),
    hint("wilted", "sh_emoji", SELF_HARM, SUICIDE),
    hint("(relapse|relapsed|relapsing) (szn|season|era|mode|again|time)", "sh_relapse", SELF_HARM),
    # Told in passing: "only went a bit deep this time"; how many paracetamol is too much (for a
    # "project"); how long a fall takes to hit the ground; standing on the edge now.
    flag(
        "(went|go|gone|cut|did it) (a bit|a wee bit|too|quite|really|so|pretty)? (deep|deeper) "
        "(this time|again|last night|tonight|than usual|than last time)",
        SELF_HARM,
    ),
    flag(
        "how (many|much) {PILLS} ~6 (too much|enough|to die|to kill|kill (you|someone|a person)|"
        "overdose|lethal|fatal|would it take)",
        SUICIDE,
        firm=True,  # "it's for a school project" is how the question is often covered
    ),
    # Held-out set BT: asking which drug "would do it", not how many ("which pills would do it
    # without hurting", "what tablets would kill you quickest").
    flag(
        "(which|what|wat|wot) (kind of|kinda|type of|sort of)? {PILLS} (would|will|wud|could|can|"
        "do|does) (do it|end it|end everything|stop my heart|make (me|you|u) not wake up|kill (you|"
        "u|me|someone|somebody|a person|people|a human|yourself|myself|quick|quickly|quickest|"
        "fastest|painlessly))",
        SUICIDE,
    ),
    # ...but a painkiller that "would do it" for a headache is a painkiller.
    idiom(
        "(do it|do the trick) for (a|my|the|her|his|your)? (headache|headaches|migraine|"
        "migraines|toothache|period pain|cramps|back|back pain|cold|flu|temperature|fever|pain)"
    ),
    flag(
        "how long (it takes|does it take|would it take|till you|until you) ~2 (to)? (hit|reach|"
        "land on) the (ground|water|bottom)",
        SUICIDE,
    ),
    hint(
        "(tallest|highest) (car park|carpark|multi storey|bridge|building|block|cliff|cliffs|flats|"
        "tower)",
        "plan_place",
        SUICIDE,
    ),
    flag(
        "(standing|stood|sitting|sat|im|i'm) (on|at) the (edge|ledge) (now|right now|rn|of it now)",
        SUICIDE,
    ),
    # Harmless: budgets are cut.
    idiom(
        "(cut|cuts|cutting) (back)? (the|our|their|its|back|to the|to our)? ~2 (budget|budgets|"
        "funding|services|staff|hours|costs|jobs|classes|routes|bus|buses|service|grant|grants|"
        "spending|music budget|council tax)"
    ),
    # Short lines: "found the bridge. going at midnight"; "gave away my switch n my cat. sorted
    # now"; "how deep you need to cut to actually do it"; burning a hated body with a lighter.
    hint(
        "(found|picked|chosen|chose|scouted|checked out) (the|a|my|ma) (bridge|spot|place|cliff|"
        "cliffs|roof|ledge|tree|railway|tracks|building)",
        "plan_place",
        SUICIDE,
    ),
    hint(
        "(going|goin|doing it|do it|gonna go|leaving|jumping|it happens) (at|around|about|by|"
        "after)? (midnight|dawn|sunrise|# am|# pm|1am|2am|3am|4am|5am|6am|11pm|12am|# oclock|the "
        "morning)",
        "plan_when",
        SUICIDE,
    ),
    hint(
        "(gave|given|giving|give) (away|out) (my|ma|all my|aw ma) (stuff|things|switch|xbox|cat|"
        "dog|games|clothes|phone|ps5|playstation|trainers|hoodies|jewellery|makeup|room)",
        "plan_giveaway",
        SUICIDE,
    ),
    hint(
        "(sorted now|all sorted|its all sorted|it's all sorted|everything is sorted|everythings "
        "sorted|everything's sorted|all done now|its done now|it's done now|ready now|im ready|"
        "i'm ready)",
        "resolved",
        SUICIDE,
    ),
    flag(
        "how (deep|hard|far|many times|long) ~5 (cut|slit|slice|stab) ~5 (do it|die|to die|kill|"
        "end it|work|actually|bleed out|for it to)",
        SUICIDE,
        SELF_HARM,
    ),
    flag(
        "(hate|hating|hated) (my|ma) (body|self|skin|face|legs|arms|stomach) ~6 (burn|burns|cut|"
        "cuts|hurt|hurts|scratch|scratches|punish|starve) (it|myself|me|them|masel)",
        SELF_HARM,
    ),
    # Hoodies in June and long sleeves for PE: marks hidden (a second sign beside scars, cover
    # stories or a cat that does not exist).
    hint(
        "(wearing|wear|wears|wore|wearin|in|keep|keeps|keeping) (my|a|ma|her|his|their)? (school)? "
        "(hoodie|hoodies|hoody|jumper|jumpers|trackies|leggings) (on)? (in|for|during|at) (pe|gym|"
        "june|"
        "july|august|summer|the summer|the heat|swimming|the heatwave|## degrees|the sun)",
        "sh_hiding",
        SELF_HARM,
    ),
    # A parent's find: pencil sharpeners taken apart, the blades gone.
    hint(
        "(sharpener|sharpeners) ~4 (taken apart|broken open|in bits|blades missing|blade missing|"
        "blades out|blade out|blades gone|blade gone|no blades|without blades|without the blades)",
        "sh_tools",
        SELF_HARM,
    ),
    flag(
        "(how|how do|how can|how to|best way to) (you|u|i|ye|yous)? (hide|cover|cover up|conceal) "
        "(my|the|these|her|his|ur|your)? (marks|cuts|scars|burns|self harm marks|sh marks)",
        SELF_HARM,
        severity="medium",
    ),
    flag(
        "(punch|punching|punched|hit|hitting|bang|banging|smash|smashing) (the|a)? (wall|walls|"
        "door|doors|mirror) (until|till|til|so hard|and) ~3 (knuckles|hand|hands|fist|fists) ~2 "
        "(split|splits|bleed|bleeds|bled|bleeding|break|broke|cracked|swell|swollen)",
        SELF_HARM,
        severity="medium",
        firm=True,  # the idiom "punched the wall" (anger) must not cancel knuckles split open
    ),
    flag(
        "(the cutting|cutting|cuttin|the sh|sh|self harm|cuts) (s|has|is)? (stopped|stop|not|"
        "doesnt|doesn't|dont|don't) (working|work|helping|help|enough)|(started|start|starting|"
        "moved on to|switched to) (burning|cutting|scratching|hitting) (instead|myself|now)",
        SELF_HARM,
    ),
    flag(
        "(bad night|rough night|bad nite|another night|long night) (with|wi) (the|my|ma) "
        "(sharpener|blade|blades|razor|compass|lighter)|(with|wi) (the|my|ma) (sharpener|blade|"
        "razor|pencil sharpener) (again|last night|every night)",
        SELF_HARM,
    ),
    # Pills stolen and hidden and counted; a will written, things given away; the funeral pictured.
    flag(
        "(nicking|nickin|stealing|stealin|pinching|pinchin|taking|takin) (my|ma) (maws|mums|"
        "mams|dads|das|grans|nans|mum's|maw's|dad's|gran's|nan's) {PILLS} ~4 (hiding|hidin|"
        "saving|savin|stashing|keeping|# so far)|(hiding|hidin|saving|savin|stashing|collecting|"
        "hoarding|stockpiling) (them|the pills|{PILLS}) ~3 # so far",
        SUICIDE,
    ),
    hint("(wrote|written|writing|made|make|making|doing) (my|ma|a) will", "plan_note", SUICIDE),
    # "Said bye to my dog. Note's under my pillow."
    hint(
        "(note|notes|letter|letters) (is|are|s|re|been|left)? (under|on|in) (my|ma|the) (pillow|"
        "pilow|bed|desk|drawer|mattress|bedside table|bedside|phone|notes app)",
        "plan_note",
        SUICIDE,
    ),
    hint(
        "(said|say|saying|sayin) (bye|goodbye|my goodbyes|goodnight forever) (to)? (my|ma) (dog|"
        "cat|pets|gran|granny|nan|mum|mam|dad|da|family|sister|brother|wee brother|wee sister|"
        "friends|pals|room)",
        "goodbye",
        SUICIDE,
    ),
    hint(
        "who (wants|gets|can have|is having|should get) (my|ma) (stuff|things|trainers|clothes|"
        "games|switch|phone|xbox|ps5|playstation|room|cat|dog|jewellery|makeup|hoodies)",
        "plan_giveaway",
        SUICIDE,
    ),
    flag(
        "(think|thinking|thinkin|plan|planning|picked|pick|picking|choose|chose|choosing|imagine|"
        "imagining|picture|picturing|dream|dreaming) ~5 (my|your|ur|ma) (own)? funeral",
        SUICIDE,
        severity="medium",
        unless=("funeral_real",),
    ),
    context(
        "(passed away|died|has died|dying|hospice|terminal|funeral director|the will)",
        "funeral_real",
    ),
    # The bridge's height and whether it hurts; the fast train at the end of the platform; the roof.
    flag(
        "(does|would|will|do) it hurt ~4 (land|landing|fall|falling|jump|jumping|hit|hitting) ~5 "
        "(water|the water|ground|the ground|that height|from there|from that height|off)",
        SUICIDE,
    ),
    flag(
        "(end|edge) of the platform ~12 (fast|express|non stop|non stopping|freight) (one|train|"
        "trains) ~3 (slow|slows|stop|stops|come through|pass|go through)",
        SUICIDE,
    ),
    flag(
        "(im|i'm|i am|am|sitting|standing) (up)? (on|at) (the)? (roof|edge|ledge) of (the)? (multi "
        "storey|multistorey|car park|carpark|flats|block|building|bridge|tower|school)",
        SUICIDE,
    ),
    flag(
        "(skydive|skydiving|jump|jumping|bungee|bungee jump) without (a|the|any)? (parachute|chute|"
        "rope|cord)",
        SUICIDE,
    ),
    flag("see (you|yous|ya|u|yis|youse) (all)? on the other side", SUICIDE, severity="medium"),
    idiom("on the other side of (the|my|this|these|exams|summer|christmas|the holidays|it)"),
    flag(
        "(finally|actually) (went|go|gone|did|goin|going) (thru|through) with it|(if|when) (im|"
        "i'm|i am) not (in|here|at school|around|online|back) ~6 (bc|because|cos|cause|coz) (i|"
        "ive|i've) ~3 (did it|went (thru|through) with it|done it|gone (thru|through) with it)",
        SUICIDE,
    ),
    # Harmless: cutting an onion.
    idiom(
        "(cut|cutting|chop|chopping|slice|slicing) (an|the|a|some|up)? (onion|onions|veg|"
        "vegetables|carrots|fruit|bread|cake|paper|hair|grass|pizza|peppers|tomatoes)"
    ),
    # A tooth pulled at the dentist's bleeds.
    idiom(
        "(pull|pulled|pulling|pulls|took out|take out|extract|extracted) (out)? (my|his|her|a|the|"
        "their)? (wobbly|baby|milk|back)? (tooth|teeth)"
    ),
    # "Rate my cuts", cutting only where the uniform covers.
    flag("(rate|r8|rating|grade) (my|ma) (cuts|scars|self harm|sh|burns|fresh cuts)", SELF_HARM),
    flag(
        "(i|i only|only|i just|i always) (cut|cuts|burn|scratch|hurt myself|do it) (where|whr|wer|"
        "somewhere|places|bits) ~4 (covers|cover|covered|hides|hide|cant see|can't see|wont see|"
        "won't see|no one|nobody|noone)",
        SELF_HARM,
    ),
    flag(
        "(bleeding|bleedin|bled|blood|cuts|cut) ~8 (i|ive|i've|i have) (did|done) (it|them|this|"
        "that) (with|wi|using) (my|ma|a|the)? (compass|sharpener|pencil sharpener|blade|razor|"
        "scissors|lighter|bit of glass|glass|knife|razor blade)",
        SELF_HARM,
    ),
    # "Forever sleep sounds nice", "after I'm gone" with "I've made my peace".
    flag(
        "(forever sleep|eternal sleep|endless sleep|sleep forever|sleeping forever|never waking "
        "up|not waking up|not wakin up) (sounds|sound|seems|looks|would be|is) (so|really)? "
        "(nice|good|peaceful|tempting|great|lovely|amazing|better|nicer|appealing)",
        SUICIDE,
    ),
    hint("(after|when|once) (im|i'm|i am) (gone|not here|no longer here)", "farewell", SUICIDE),
    # Blind set BX: "i'm on the bridge now. sorry for wasting your time with the bin complaint".
    # The person on the edge and a parting apology; either alone is a pothole report or manners.
    flag(
        "{ON_THE_EDGE} (now|rn|right now|as we speak|as i type|again)|{ON_THE_EDGE} ~12 "
        "{PARTING_SORRY}|{PARTING_SORRY} ~12 {ON_THE_EDGE}",
        SUICIDE,
        unless=("up_there_for_a_reason",),
    ),
    context(
        "(traffic|roadworks|road works|pothole|potholes|pavement|street lights|streetlights|"
        "gutter|gutters|aerial|satellite dish|slates|tiles|fixing|repairing|cleaning|painting|"
        "clearing|the view|photos|pictures|fishing)",
        "up_there_for_a_reason",
    ),
    # "I'm gonna do it on Saturday when everyone is out."
    hint(
        "when (everyone|everybody|they|mum|dad|my mum|my dad|my parents|naebody|no one|nobody|"
        "the house) (s|is|are|re)? (out|asleep|away|gone|at work|not in|not home|in bed|empty)",
        "plan_alone",
        SUICIDE,
    ),
    flag(
        "(thinking|thought|thinkin|think) (about|of|bout|aboot) (walking|walkin|going|jumping|"
        "throwing myself|wading) (into|in|off|intae|aff) (the)? (clyde|forth|tay|river|sea|loch|"
        "canal|water|dee|don|kelvin|ness|tweed|waves|harbour)",
        SUICIDE,
    ),
    hint(
        "(made|make|making|at) (my)? peace with (it|everything|things|that|my decision|the "
        "world|what i'm doing|what im doing)",
        "resolved",
        SUICIDE,
    ),
    # The car keys and the garage, "it'll be quick".
    flag(
        "(car keys|the car) ~4 garage ~4 (quick|itll be quick|it'll be quick|painless|wont hurt|"
        "won't hurt|tonight|soon|no one will know)",
        SUICIDE,
    ),
    # A note to a future self who "didn't make it".
    flag(
        "(future self|future me) ~6 (didnt make it|didn't make it|wont make it|won't make it|not "
        "make it|never made it|didnt get|didn't get) ~2 (past|to|till)?",
        SUICIDE,
    ),
    # Asking which poison is enough not to wake up; "time I made it real".
    flag(
        "(poisonous|poison|toxic|deadly|strong) enough (that|to|so)? ~4 (dont wake up|don't wake "
        "up|not wake up|never wake up|die|kill (you|me|someone|a person))",
        SUICIDE,
    ),
    flag(
        "(playing dead|pretending|faking it|faking|pretend) ~8 (make|made|making) it real",
        SUICIDE,
    ),
    # Making oneself sick after meals.
    flag(
        "(make|making|made) (myself|masel|mysel) (sick|throw up|vomit) (after|after every|after "
        "each) (meal|meals|eating|dinner|tea|lunch|breakfast)",
        SELF_HARM,
        severity="medium",
    ),
    # Minimised: "I'm fine honestly" beside the long sleeves; a wound's depth before stitches;
    # new ones on the hips after a clean streak; the rope "literally" tied to the banister.
    hint(
        "(im|i'm|i am) (fine|ok|okay|grand) (honestly|honest|really|tbh|promise)|for reasons|"
        "dont worry about me|don't worry about me",
        "minimising",
        SELF_HARM,
    ),
    flag(
        "how deep ~4 (before|till|until|to|does it|do they) ~4 (stitches|stiches|stitch|hospital|"
        "a&e|a and e|glue)",
        SELF_HARM,
    ),
    flag(
        "(new|fresh) (ones|cuts|marks|lines|scars) (on|across|over|up) (my|ma) (hips|hip|thighs|"
        "thigh|arms|arm|wrists|wrist|legs|leg|stomach|tummy|ribs|ankles)",
        SELF_HARM,
    ),
    flag("(s h|sh|s/h) (update|again|relapse|urges|urge|marks|scars|wounds)", SELF_HARM),
    hint("(end of my rope|end of my tether|at the end of the rope)", "ideation", SUICIDE),
    hint(
        "(rope|noose|belt|cord|it|its|it's) (is|s)? (tied|hung|hanging|tied up|set up|ready) (to|"
        "on|from|over|round) (the|my)? (banister|bannister|beam|door|loft hatch|tree|rail|railing|"
        "hook|pipe|stairs)",
        "means_set",
        SUICIDE,
    ),
    # Unaliving revision notes; a suicide note for English.
    idiom(
        "(unalive|unaliving|unalived) (my|the|his|her|our|all my) ~1 (notes|revision|homework|"
        "plants|plant|phone|laptop|essay|jotter|textbooks)"
    ),
    # Thinking of "ending it" beside means (Gaelic code-mixed: "tha an ròpa agam").
    hint(
        "(thinking|been thinking|think|thought) (about|of|bout|mu dheidhinn)? ending it",
        "ideation",
        SUICIDE,
    ),
    # A denial that clears the way for an ordinary complaint: "I'm not suicidal or anything, I just
    # want to complain that the app crashes" (BU, in four languages). Other signs in the message
    # still count: the idiom covers only its own words.
    idiom(
        "(im|i'm|i am|am) (not|no) (suicidal|in danger|at risk|thinking about suicide|thinking of "
        "suicide|going to hurt myself|self harming|depressed) (or anything|or owt|or nothing|or "
        "anything like that|or whatever)"
    ),
    # A suicide note written as a character for English.
    idiom(
        "suicide (note|letter) ~2 (as|for|from|in|by) (romeo|juliet|a character|the character|"
        "hamlet|ophelia|shakespeare|macbeth|english|a poem)"
    ),
    # Means, then a place or a day in the next sentences ("bought rope. tree in the woods.
    # friday."); a count of tablets at a time, and being sick with blood.
    hint(
        "^ (a|the|big|old)? (tree|bridge|railway|tracks|train tracks|cliff|cliffs|quarry|loft|"
        "garage|roof|woods|beam|multi storey|car park)",
        "place",
        SUICIDE,
    ),
    hint(
        "(take|taking|took|takin|swallow|swallowing|swallowed|necking|neck) (like|about|maybe|"
        "around)? ## (at a time|at once|in one go|together)",
        "overdose_count",
        SELF_HARM,
        SUICIDE,
    ),
    hint(
        "(was|been|being|am|im|keep being) (sick|throwing up|vomiting|puking|spewing) (up)? blood",
        "sick_blood",
        SELF_HARM,
        SUICIDE,
    ),
    flag(
        "(end of my rope|end of my tether|end of the rope) ~6 (actual|real|literal|literally) "
        "(one|rope|noose)",
        SUICIDE,
    ),
    # A film's scene, a stunt with an umbrella, a noose in a history display.
    idiom(
        "(the bit|the scene|the part|the bit in it|film|movie|episode|show) where (he|she|they|the|"
        "a|his|her) ~3 (cuts|stabs|slits|burns|shoots|hangs|kills|drowns|jumps)"
    ),
    context(
        "(umbrella|mary poppins|parachute|superman|hes fine|he's fine|shes fine|she's fine|bruised "
        "ego|for a dare|on a dare|my character|my avatar|my sim|on our server|gta)",
        "stunt",
    ),
    context(
        "(prop|props|display|museum|exhibit|exhibition|costume|halloween|decoration|decorations)",
        "display",
    ),
    # "I'll be dead by then": hyperbole in a complaint about waiting, unless it sits beside means.
    hint(
        "(ill|i'll|i will|im gonna|i'm gonna|ill probably|i'll probably) be (dead|gone) (by then|"
        "before then|before that|by the time|before it|by christmas|by next week|soon|anyway)",
        "dead_soon",
        SUICIDE,
    ),
    # Not changing for PE because of what is on their arms; bleeding that will not stop.
    flag(
        "(dont|don't|wont|won't|not) (want to|wanna)? (get changed|change|wear|take off|show|roll "
        "up) ~6 (cos|because|cause|coz) of (my|ma) (arms|legs|wrists|thighs|scars|marks|cuts)",
        SELF_HARM,
        severity="medium",
    ),
    flag(
        "(bleeding|bleedin|blood) (again)? ~3 (cant|can't|cannot|wont|won't) (make it|get it to)? "
        "(stop|stopping)",
        SELF_HARM,
        "immediate_danger",
        unless=("nosebleed",),
    ),
    context(
        "(nose|nosebleed|nosebleeds|period|periods|gums|gum|tooth|teeth|knee|lip|paper cut|"
        "shaving)",
        "nosebleed",
    ),
    # How deep to cut.
    flag(
        "how deep (you|do you|to|should you|should i|do i)? (need to|have to|should|can)? cut ~4 "
        "(before|till|until|to) ~3 (dangerous|die|bleed|bleeding|vein|veins|artery|hospital|"
        "stitches)",
        SELF_HARM,
    ),
    # Hurt by accident on something broken or sharp, said in self-harm's words: "cutting my
    # arms on the brambles", "hurt myself on the broken swing", "killing myself in Fortnite".
    idiom(
        "(cut|cutting|cuts|hurt|hurting|burn|burnt|burned|burning|burnin|scratched|scratching|"
        "scraped|grazed|cutting myself|hurt myself) (myself|masel|my (arm|arms|hand|hands|leg|"
        "legs|knee|knees|finger|fingers|foot|feet))? ~3 (on|off|aff|against) (the|a|an|that) "
        "~2 (brambles|bramble|fence|swing|slide|radiator|glass|nail|nails|railings|railing|barbed "
        "wire|paper|kettle|oven|iron|stove|hob|trampoline|gate|climbing frame|radiators)|(killing|"
        "killed|kill|kills|killin) (myself|masel) (in|on) (fortnite|minecraft|roblox|the game|the "
        "map|a game|lava|the lava|mario kart|gta)"
    ),
    # Self-harm played down ("I only cut a wee bit"); hair pulled out in chunks.
    flag(
        "(i|ah|a) (only|just|jist|oanly)? (cut|cuts|scratch|scratched|burn|burned|burnt) (a wee "
        "bit|a bit|a little|a little bit|a wee|a tiny bit|not deep|not that deep|not very deep)",
        SELF_HARM,
    ),
    flag(
        "(pull|pulled|pulling|pulls|rip|ripping|ripped|tug) (my|me|ma|her|his) hair out ~6 "
        "(chunks|clumps|bald|patches|patch|till it bleeds|when i get stressed|when im stressed|"
        "when i'm stressed)",
        SELF_HARM,
        severity="medium",
    ),
    # A trim is not a cut: "I only cut a wee bit off my fringe".
    idiom(
        "cut (a wee bit|a bit|a little|a little bit|a wee|a tiny bit) (off|of|aff) (my|her|his|the|"
        "ma) (fringe|hair|nails|sleeve|sleeves|jeans|trousers|toast|cake|paper|crusts)"
    ),
    # "This weather is trying to kill me" is only the weather.
    idiom(
        "(weather|heat|cold|rain|wind|traffic|homework|exam|exams|school|maths|work|this bus|this "
        "queue|this class) (is|s)? (trying to|tryna|gonna|going to|will) kill (me|us)"
    ),
    # Choking "challenges"; the painless way "to go"; a funeral put to the test; starving to
    # disappear.
    flag(
        "(blackout|black out|choking|choke|pass out|passing out|fainting|skullbreaker|tripping "
        "jump) challenge",
        SELF_HARM,
        "immediate_danger",
        unless=("education",),
    ),
    # Blind set DD: a livestreamed dare on the railway, with another one tonight; harm to oneself
    # as the price of staying in a gaming clan; insulin stopped "to drift off".
    flag(
        "(railway|railway line|train tracks|tracks|train line|main line|level crossing|the line) "
        "~8 "
        "(challenge|dare|dares|livestream*|live stream*|for views|for the views|on tiktok|on live)|"
        "(challenge|dare|dares|livestream*|live stream*) ~8 (railway|railway line|train tracks|"
        "train line|main line|level crossing)",
        "immediate_danger",
        SELF_HARM,
        unless=("education",),
    ),
    flag(
        "(have to|had to|has to|made to|make|makes|made|told|tells|dare|dared|dares) ~3 (hurt|cut|"
        "burn|harm|starve|choke) (themselves|themself|ourselves|yourself|yourselves) ~6 (on stream|"
        "on live|on camera|to stay|to join|to get in|to be in|for the|or (they|he|she|we) (kick|"
        "ban|leak|post|share))",
        SELF_HARM,
        "exploitation",
    ),
    # (Two signs, as they often come in two sentences: "stopped my insulin. want to drift off".)
    hint(
        "(stopped|stop|stopping|not taking|quit|quitting|skipping|skip|skipped|binned|hiding) ~2 "
        "(my|ma)? (insulin|meds|medication|tablets|lithium|heart pills)",
        "medicine_stopped",
        SUICIDE,
    ),
    hint(
        # ("Want to sleep forever" or "not wake up" is a disclosure of its own, below.)
        "(want to|wanna|want tae|just want to|ready to|going to|gonna) (drift off|drift away|fade "
        "away|fade out|slip away|float away)",
        "slip_away",
        SUICIDE,
    ),
    # ...and a passing "bet I'm dead by next week anyway, so who cares about detention", or
    # "ill be gone before the CAMHS appointment anyway" (blind set DH).
    flag(
        "(bet|probably|prob|think|reckon|guess)? (im|i am|ill|i will) (be)? (dead|gone|not here|"
        "not "
        "around) (by|before) (next|the end of|friday|monday|tuesday|wednesday|thursday|saturday|"
        "sunday|the weekend|christmas|then|tomorrow|the morning|the|my) ~3 (appointment|camhs|"
        "assessment|referral|week|month|term|weekend|christmas|birthday|then|morning)? ~2 (anyway|"
        "anyways|so who cares|so it doesnt matter|so whatever)",
        SUICIDE,
        severity="medium",
    ),
    # Blind set DJ: paracetamol taken "like the nurse said" is a dose, not an overdose.
    idiom(
        "(took|take|taking|takes|had|gave me|given) ~3 (paracetamol|calpol|ibuprofen|nurofen|"
        "tablets|medicine|meds|inhaler|antibiotics) ~3 (like|as) (the|my)? (nurse|doctor|gp|"
        "pharmacist|dentist|mum|dad|box|leaflet) (said|told me|says|prescribed|recommended|"
        "suggested)"
    ),
    # Blind set DH: "I can't wait that long. There's a rope in my wardrobe."
    flag(
        "(theres|there is|ive got|i have) a (rope|noose) (in|under|hidden in|ready in|tied in|at "
        "the back of) (my|ma) (wardrobe|room|bedroom|bag|cupboard|drawer|bed)",
        SUICIDE,
        "immediate_danger",
        unless=("sport",),
    ),
    # "You'll kill yourself doing marathons at your age", a GP's warning (blind set DH).
    idiom(
        "kill (myself|yourself|himself|herself) (doing|running|lifting) ~3 (marathons|marathon|"
        "weights|too much|at (my|your|his|her) age)|do (myself|yourself|himself|herself) an injury"
    ),
    flag(
        "(most painless|least painful|quickest|easiest|best) way (to|tae) (go|die|end it|do it|"
        "not wake up|check out)",
        SUICIDE,
        unless=("game",),
    ),
    flag(
        "my funeral ~6 (test it|find out|see who comes|see who cares|soon|we'll see|well see)",
        SUICIDE,
    ),
    flag(
        "(stopped|stop|stopping|not) eating ~8 (disappear|disapear|dissapear|get smaller|be "
        "smaller|be thin|be skinny|waste away|not be here)",
        SELF_HARM,
        severity="medium",
    ),
    # Walking into the sea as a way out.
    flag(
        "(gonna|going to|gonnae|ill|i'll|just|will|might) (just)? (walk|swim|wade) (into|out into|"
        "out to|intae) the (sea|loch|river|ocean|water|waves)",
        SUICIDE,
        unless=("fiction",),
    ),
    # The most tablets "before it kills you".
    flag(
        "(whats|what is|what's|how) (the most|much|many) ~1 {PILLS} ~6 (before|till|until|til) "
        "(it|they) (kills|kill|kill you|kills you|is fatal|stops your heart)",
        SUICIDE,
    ),
    # Blades that "don't go deep enough".
    flag(
        "(blades|blade|razor|razors|sharpener|cuts|the old ones) ~6 (dont|don't|do not|doesnt|"
        "doesn't|does not|not|never|wont|won't|arent|aren't) (go|cut|going) (deep|deeper)",
        SELF_HARM,
    ),
    # Method slang and a dose asked about, whatever the excuse ("asking for a project").
    flag(
        "(gonna|going to|gunna|gonnae|goin tae|about to|will|im|i'm|i am) (go|going to|gonna)? "
        "(play|playing) in (the)? traffic|how (many|much) {PILLS} ~3 (is too many|are too many|"
        "would kill|to die|does it take|to overdose|is an overdose|is lethal|is fatal|to not wake "
        "up)",
        SUICIDE,
    ),
    # The grown-up words for it said as a topic: a film, a first-aid lesson, a word on TikTok.
    idiom(
        "(say|says|saying|said|the word|word) unalive|unalive instead|unalive (the|a|that) (dog|"
        "cat|horse|character|villain|baddie|guy|man|woman|hero)|(if|when) (someone|somebody|a "
        "person|people|anyone|they|a friend) (has|have)? (taken|takes|take|swallowed|swallows) "
        "(too many|an overdose|too much)"
    ),
    idiom(
        "(kms|kmn|kill me|kill myself) ~1 (this|these|the|my)? (maths|math|homework|exam|exams|"
        "test|tests|lesson|class|queue|bus|wifi|song|film|episode|game|level|essay|revision)"
    ),
    # Not being here soon: "soon i wont be here", "you wont see me for much longer".
    flag(
        "(soon|shortly|not long now|by tomorrow|by next week) (i|ill|i'll|i will|ah)? (wont|won't|"
        "will not|willnae|winnae|wilnae) (be here|be around|exist|be alive|be a problem|be a "
        "bother|be a burden)|(i|ill|i'll|i will|ah) (wont|won't|will not|willnae|winnae) (be here|"
        "be around|be alive) (next week|by next week|tomorrow|by tomorrow|by the weekend|by "
        "christmas|by easter|by summer|by the summer|by the holidays|by my birthday|by then|to see "
        "(it|the answer|the reply|the outcome|the result|the decision|the response|what "
        "happens))|(you|yous|nobody|no one|naebody|they) (wont|"
        "won't|will not|willnae|winnae) (see|hear from|have to see|have to deal with|have to put "
        "up with) me (for much longer|much longer|for long)",
        SUICIDE,
        severity="medium",
        unless=("moving", "holiday", "away"),
    ),
    # The means already in hand: "ive got the rope".
    flag(
        "(ive|i've|i have|i|finally) (got|bought|found|tied|made) (the|a) (rope|noose)",
        SUICIDE,
        unless=("sport", "game"),
    ),
    # Marks explained away before anyone asked: "the scratches arent from the cat".
    flag(
        "(scratches|cuts|marks|scars|burns|bruises|cut|scratch|burn|bruise|plasters|bandages|"
        "bandage) ~3 (arent|aren't|arnt|are not|werent|weren't|isnt|isn't|is not|wasnt|wasn't|"
        "not) (really)? (from|fae|off|because of) (the|my|a|ma|falling|fallin|football|pe)",
        SELF_HARM,
        "physical_abuse",
        severity="medium",
    ),
    # Suicide: saying it -------------------------------------------------------------------------
    flag("{KILL} {SELF}", SUICIDE),
    flag("{KILL} {SELF_3P}", SUICIDE, unless=("fiction", "game")),
    # Blind set CY: "very proud of himself" flagged as suicide, and so did "proud of myself",
    # "take care of herself", "ashamed of myself": doubled letters collapse, so "of" reads as
    # the slang "off". "Off myself" is taken only where a verb is expected before it.
    flag(
        "(offing|offed|offin) ({SELF}|{SELF_3P})|(to|gonna|gunna|gna|goin to|gonnae|wanna|wana|"
        "will|ill|i'll|hell|he'll|shell|she'll|might|could|should|just|tryna|trying to|tried to|"
        "wants to|want to|about to|finally|really) off ({SELF}|{SELF_3P})",
        SUICIDE,
    ),
    flag("(kms|kmn|kmsl|kmys|killmyself|kilmyself|unaliveme|unalivemyself)", SUICIDE),
    flag(
        "(suicid*|sucid*|suisid*|suiced*|suicde|sucide|suiside|sooicide|sewerslide|sewer slide|"
        "sewer slid|suwerslide|unaliv*|un alive|un aliv*|self delete|self deleting|self delet*|"
        "ctb)",
        SUICIDE,
    ),
    # Blind set CS: "that 13 reasons why show is basically me. ive made my tapes too" (the show's
    # girl records tapes before she dies).
    flag(
        "(made|make|making|recorded|record|recording|done|did|finished|started) (my|ma) (own)? "
        "(tapes|13 tapes|thirteen tapes|reasons tapes)|(13|thirteen) reasons (why)? ~4 (is|its|"
        "it's|is like|was) (basically|literally|just|totally)? (me|my life)",
        SUICIDE,
        severity="medium",
    ),
    # Blind set CS: method asked as a practical question. "which rope is strongest, it needs to
    # hold my weight"; "what time does the last train go through the level crossing near the
    # school. i want to be there". Climbing, swings and hammocks hold a weight too.
    flag(
        "(rope|ropes|cord|belt|scarf|cable|noose|lead|leash|sheet|sheets|dressing gown cord|tie) "
        "~8 (hold|take|support|carry|bear|handle) (my|ma) (full|whole)? (weight|body weight|"
        "bodyweight)",
        SUICIDE,
        unless=("climbing_gear",),
    ),
    context(
        "(climb*|abseil*|bouldering|swing|rope swing|hammock|zip line|zipline|zip wire|zipwire|"
        "treehouse|tree house|pull up|pull-up|tyre swing|gym|pe|den|crossfit|rigging|sailing)",
        "climbing_gear",
    ),
    hint(
        "(what time|when|how often|how fast|how late) (does|do|is|are|will) (the)? (last|next|"
        "fast|first|express|freight|late)? (train|trains) ~6 (level crossing|crossing|tracks|"
        "track|railway line|line|viaduct|bridge)",
        "train_timing",
        SUICIDE,
    ),
    hint(
        "(i|ill|i'll|i will|im|i'm) (want|need|wanna|have|going|gonna|am going|will)? (to)? be "
        "there|(i|ill|i'll) (go|walk|get) (down|out)? there (then|at that time|tonight)",
        "be_there",
        SUICIDE,
    ),
    idiom(
        "be there (to|2|for) (film|video|watch|see|photograph|photo|record|take|spot|meet|pick|"
        "catch|cheer|support|help|collect|wave)"
    ),
    # "ctb" is also "can't be bothered" (blind set CS: "ctb with school 2moro tbh, double
    # maths"): with the thing one cannot be bothered with, it stands down.
    idiom(
        "ctb (with|wi|wae|w) (school|skl|skool|homework|hw|maths|work|college|uni|this|that|it|"
        "today|the day|ppl|people|them|him|her|anyone|any of it|training|practice|revision)|ctb "
        "(to|2) (go to|go 2|do|get up|tidy|revise|study|walk|cook|clean|reply|answer|text)"
    ),
    # A death by suicide long ago, remembered (blind set CO: a sponsored memorial walk for a
    # brother "who died by suicide six years ago"). An idiom, so only that mention stands down:
    # "and i think about suicide every day" in the same message still flags.
    idiom(
        "(died by|died from|lost to|lost (him|her|them) to) (suicide|suicid*) (#|two|three|four|"
        "five|six|seven|eight|nine|ten|a few|many)? (years|year) ago"
    ),
    flag(
        "(commit|commiting|committing|committed|comit|comitted) (suicide|sucide|sudoku|sewerslide|"
        "die|toaster bath|unalive)",
        SUICIDE,
    ),
    flag("(do|dae|did|done) (myself|masel|mysel|herself|himself) in", SUICIDE),
    flag(
        "(i|im|i'm|ah|ahm|am|i am|il|ill|i will|i'll|i might) (going to|goin to|gonna|gonnae|gona|"
        "gunna|will|ll|about to|might|might just|just|am going to) (die|dee|be dead|end it|"
        "end it all|not be here|do it tonight|dae it the night|end everything|end my life)",
        SUICIDE,
    ),
    flag(
        "{WANT_STRONG} (just)? (die|dee|dye|di|be dead|be deid|not exist|not be alive|"
        "stop existing|disappear forever|disappear for good|not wake up|never wake up|"
        "sleep forever|be gone|be with my (gran|granny|grandad|granda|nan|dad|mum) in heaven|"
        "join (my|ma) (gran|granny|grandad|granda|nan|dad|mum))",
        SUICIDE,
    ),
    flag("(want|wanna|wana|wish) ~2 (to)? (die|dee|be dead|be deid)", SUICIDE),
    flag(
        "(wish|wishin|wishing|wish that) (i|ah|a) (was|were|wis|could be|had) (dead|deid|ded|"
        "never born|not born|never been born|gone|not here|not alive|no here)",
        SUICIDE,
    ),
    flag("(i|ah|im|i'm|am|just|ill|i'll|il) (rather|sooner) (be)? (dead|deid|die)", SUICIDE),
    flag(
        "better off (dead|deid|without me|withoot me|if i (was|were|wasnt|werent|wis) (dead|gone|"
        "here|around)|if i (died|disappeared|wasnt here|weren't here|was not here))",
        SUICIDE,
    ),
    flag(
        "{NOT_WANT} (live|be alive|exist|be here|be around|wake up|go on|carry on|keep living|"
        "be on this earth|be in this world|see tomorrow|be me) ~2 {ANYMORE}",
        SUICIDE,
    ),
    # Blind set CT: "I don't want to be here anymore — at this school, I mean". Here named as a
    # place to leave is not life; a house or a home is not on the list.
    idiom(
        "(be here|be in here|be there) {ANYMORE}? ~3 (at|in) (this|that|the|ma|my) (school|class|"
        "set|group|club|team|course|job|college|uni|unit|department|ward|town|village|maths "
        "class|english class|year group)"
    ),
    # Blind set CT: "my arms are a mess under my jumper, thats why i wont get changed for PE".
    flag(
        "(my|ma) (arms|arm|wrists|wrist|legs|thighs|stomach|tummy) (are|is|r|s)? (a mess|a right "
        "mess|wrecked|cut up|all marked|scarred|scarred up|in bits) ~4 (under|beneath|below) (my|"
        "ma) (jumper|jumpers|sleeves|sleeve|hoodie|top|blazer|trousers|leggings|tights|uniform)",
        SELF_HARM,
        severity="medium",
    ),
    hint(
        "(wont|won't|will not|dont|don't|never|cant|can't|refuse to|not) (get|getting|gets) "
        "changed (for|in|at) (pe|gym|swimming)",
        "sh_hiding",
        SELF_HARM,
    ),
    # A parent finds blades kept hidden: "found blades wrapped in tissue hidden in her pencil
    # case"; "the blades taken out of pencil sharpeners". (Until "wrapped" was a word the rules
    # knew, it read as "raped" and these flagged by accident.)
    flag(
        "(found|find|finding|keep finding|discovered) ~3 (blades|razor blades|razors|razor|"
        "sharpener blades|blade|a blade) ~8 (her|his|their|my (son|daughter|sons|daughters|"
        "child|childs)|wrapped|hidden|hid|taped|stashed)|(blades|blade) (taken|took|pulled|"
        "removed) out (of|from) (the|her|his|their|my)? (pencil)? (sharpeners|sharpener|razors|"
        "razor)",
        SELF_HARM,
    ),
    # Contact answers written for training: "I won't be here to answer by then" (also Gaelic).
    flag(
        "(i|ill|i'll|i will) (wont|won't|will not|will no|wilnae|willnae) be (here|around|alive|"
        "about) (to|tae) (answer|reply|read|see|get|pick up|open) ~3 (by then|by that time|when "
        "you (reply|write|call|ring)|when it (comes|arrives))",
        SUICIDE,
        severity="medium",
    ),
    # Blind set CU, a parent: "found my sons belt tied to his bunk bed in a loop".
    flag(
        "(belt|rope|cord|scarf|tie|cable|sheet|dressing gown cord|lead|charger cable|charger "
        "lead|skipping rope) ~4 (tied|knotted|fixed|fastened|hanging|hung) ~6 (in a loop|into a "
        "loop|like a noose|into a noose|in a noose|a noose|a loop)",
        SUICIDE,
        "immediate_danger",
    ),
    flag(
        "{NOT_WANT} (be alive|exist|wake up|keep living|live anymore|be on this earth|"
        "live any more|keep going)",
        SUICIDE,
    ),
    flag("{NOT_WANT} live", SUICIDE),
    flag(
        "(no|nae|nothing|not any|there is no|theres no|whats the) (point|reason|use) (in|of|"
        "to)? (living|life|being alive|livin|going on|carrying on|me being here|being here|"
        "me being alive|to live|me living|existing|trying any more|anymore|any more)",
        SUICIDE,
    ),
    # Blind set EG: "he's got nothing to live for" (only the model spoke, and it said
    # radicalisation); the plainest words of all had no rule.
    flag(
        "(nothing|nothin|nuthin|nuffin|naethin|nowt|no one|noone|nobody|naebody|not much|little) "
        "(left)? (to|tae|worth) (live|living|stay alive|keep going) for",
        SUICIDE,
    ),
    flag(
        "(end|ending|ended|take|taking|took|tak) (my|ma|her|his|their|mah) (own)? (life|lives|"
        "life tonight)",
        SUICIDE,
    ),
    flag(
        "(end|ending|end it|ended) it (all|aw|a|tonight|now|today|for good|forever|"
        "once and for all)",
        SUICIDE,
    ),
    # "I can't do this right now" pauses the complaint (the bot offers to save it for later).
    idiom("(cant|can't|cannae|cannot|can not) do (this|it) (right now|rn|just now|the now|today)"),
    # "I want to finish it" is how a person in this chat asks to complete their complaint; only
    # "finish it all", "finish myself" and the like are the suicidal sense.
    flag("{WANT_STRONG} end it", SUICIDE),
    flag(
        "{WANT_STRONG} (finish|finish it) (it all|it aw|it a|it for good|it forever|it once and "
        "for all|myself|masel|my life|me off|everything)",
        SUICIDE,
    ),
    flag(
        "(go to sleep|goin to sleep|going to sleep|fall asleep|sleep|close my eyes|"
        "go to bed) and (not|never|no) (wake|waking) (up)?",
        SUICIDE,
    ),
    flag(
        "(hope|hoping|wish|pray|praying) (i|ah) (dont|don't|dinnae|never|wont|won't|"
        "do not) (wake up|wake)",
        SUICIDE,
    ),
    flag("(not|never|wont|won't|no) (be|being) (here|around|alive) {ANYMORE}", SUICIDE),
    flag(
        "(wont|won't|will not|willnae|not) (be|see|make it to) (here|around|alive|the morning|"
        "next week|my birthday|christmas) (for)? (much longer|long|anymore|any more|after tonight|"
        "by the morning)",
        SUICIDE,
    ),
    flag(
        "(everyone|every1|everybody|they|my family|my mum|people|the world|yous|you all|the world|"
        "things|life|it) (would|will|'d|d|wd) (be)? (so|much|a lot|all)? (better|happier|easier|"
        "fine|relieved|glad|pleased|lighter) (off)? (without me|withoot me|if {GONE_ME}|"
        "when {GONE_ME}|once {GONE_ME})",
        SUICIDE,
    ),
    flag(
        "{WANT_STRONG} (go to sleep|sleep|fall asleep|be asleep|drift off) (forever|for ever|"
        "permanently|and never wake|and not wake|for good)",
        SUICIDE,
    ),
    flag(
        "(cut*|carv*|scratch*|burn*|slash*|etch*|engrav*) ~3 (into|in|on|onto) (my|ma|her|"
        "his) {BODY}",
        SELF_HARM,
        unless=("fireworks",),
    ),
    context(
        "(firework|fireworks|bonfire|sparkler|sparklers|sunburn|campfire|bbq|barbecue)",
        "fireworks",
    ),
    hint(
        "(when|if|whenever) (it|things|everything|life|school|home) (gets|get|got) (too much|bad|"
        "too hard|overwhelming|really bad|too bad)",
        "sh_coping",
        SELF_HARM,
    ),
    hint(
        "(use|using|used|uses|take|took|taking) (a|the|my)? (blade|blades|razor|razors|"
        "sharpener blade|blade from)",
        "sh_tools",
        SELF_HARM,
    ),
    flag(
        "{WANT_STRONG} (disappear|vanish|go away|run away) (forever|for good|and never come back|"
        "and never be found|for ever|permanently|and never be seen)",
        SUICIDE,
        severity="medium",
    ),
    flag(
        "(thought|thinking|think|planned|planning|worked out|know|decided) (about)? (how|where|"
        "when) (i|id|i'd|i would|ill|i'll|i will|to|i could|i'm going to|im going to) (do it|"
        "end it|go|die|end my life|kill myself|do myself in)",
        SUICIDE,
        severity="medium",
    ),
    flag(
        "(feel like|feeling like|thinking about|thinking of|considering|want to|wanna|going to|"
        "gonna) (ending it|ending it all|ending things|ending my life|giving up on life|"
        "just ending it|ending everything)",
        SUICIDE,
    ),
    flag(
        "(no|nae|not any|dont have any|don't have any|dont have a|don't have a|lost my|"
        "lost all) (reason|point|will|motivation|hope|reason left) (to|for) (keep going|"
        "keep living|carry on|go on|live|stay alive|be here|wake up|keep trying|exist)",
        SUICIDE,
        severity="medium",
    ),
    # One thing left holding them here: "the only thing keeping me alive", whatever it is; "the
    # only reason I'm still here is my dog" (BU), when it is a pet or a person.
    flag(
        "(the|ma|my)? only (reason|thing|one) ((im|i'm|i am|am) still|(keeping|that keeps|thats "
        "keeping|that's keeping|that is keeping) me) ((alive|living|breathing)|(here|going) (is|"
        "are|its|it's) ~2 (dog|dug|cat|pet|pets|gran|granny|nan|nana|brother|sister|mum|mam|maw|"
        "hamster|horse|pony|best friend|pal|bestie|baby brother|wee brother|wee sister))",
        SUICIDE,
        severity="medium",
    ),
    hint(
        "(life|living|everything|my life|being alive|existing) (is|s|feels|has become) (too hard|"
        "too much|unbearable|pointless|meaningless|not worth it|hell|so hard|a nightmare|empty)",
        "despair",
        SUICIDE,
    ),
    # Blind set BY, in Scots: "Ye'll no see me at the school efter the holidays, a've had enough o
    # aw this, it'll be better fur awbody."
    hint(
        "(you'll|youll|ye'll|yell|you will|yous will|yous'll|youse will) (no|not|never|nae) see "
        "me (again|at (the)? school|at skool|efter|after|anymore|any more|next week|next year|"
        "next term)",
        "goodbye",
        SUICIDE,
    ),
    hint(
        "(it'll|itll|it will|it would|it'd|itd|twill|it wid|it'll just|everything will) (be|"
        "been)? (better|easier) (for|fur) (everyone|everybody|awbody|aw body|all of yous|yous|all "
        "of you|you all|my family|ma family|my mum|ma maw)",
        "burden",
        SUICIDE,
    ),
    hint(
        "(had|have had|i've had|ive had|a've had|av had|had) enough (of|o) (aw|all|everything|"
        "it all|this|aw this|all this|life|everyone)",
        "despair",
        SUICIDE,
    ),
    hint(
        "(i|just|i just|really) (want|wanna|need) (out|it to end|to get out of it all|an escape|"
        "to escape)",
        "want_out",
        SUICIDE,
    ),
    flag(
        "(dont|don't|do not|dinnae) (think|reckon) (ill|i'll|il|i will|i) (be here|be around|"
        "be alive|make it|see|last) (for|to|till|until|til) (my birthday|christmas|next year|"
        "the summer|the end of|much longer|tomorrow|next week|the weekend|my exams|the exams|"
        "exams|results day|my results)|(dont|don't|do not|dinnae) (think|reckon) (ill|i'll|il|i "
        "will|i) (be here|be around|be alive) to see (it|the answer|the reply|the outcome|the "
        "result|the decision|the response|what happens|how (it|this) ends)",
        SUICIDE,
        severity="medium",
    ),
    flag(
        "(research*|look* up|looked up|googl*|search*|reading about|read about|find out|"
        "found out) ~3 (the)? (easiest|quickest|painless|painlessly|best|fastest|simplest|"
        "surest) (way|ways|method|methods) (to)? (go|die|do it|end it|kill myself|not wake up)",
        SUICIDE,
    ),
    flag(
        "(what|the things|the stuff) (i|ive|i've) (do|did|done) (to) (myself|masel|my arms|"
        "my legs|my body|my wrists|my thighs|my skin)",
        SELF_HARM,
        severity="medium",
    ),
    hint(
        "(whats|what's|what is|wots|wats) the point (of|in)? (anything|anymore|any more|living|"
        "life|trying|it all|me|being here|going on)?",
        "despair",
        SUICIDE,
    ),
    flag(
        "(my|the) (blades|blade|razor|razors|sharpener blades) (are|is|r|s)? (hidden|hid|kept|"
        "stashed|hiding)",
        SELF_HARM,
        severity="medium",
    ),
    flag(
        "(dont|don't|do not|cant|can't|cannot|no longer|dinnae) see (the|any|a) (point|reason|"
        "future|way out) (in|of|to|for)? (anything|life|living|going on|trying|me|being here|"
        "being alive|carrying on|anymore|any more|it all|waking up)",
        SUICIDE,
        severity="medium",
    ),
    flag(
        "(might as well|may as well|should just|i'd rather|id rather) (just)? (be dead|die|"
        "not exist|not be here|not be alive|disappear forever|end it)",
        SUICIDE,
    ),
    flag(
        "(want|wish|need|wanting) (everything|it all|all of this|this all|life|my life|"
        "all of it) (to)? (stop|end|be over|go away|just stop|just end)",
        SUICIDE,
        severity="medium",
    ),
    flag(
        "(make|makes|made|making) (myself|masel|herself|himself) (bleed|bleeding|hurt|bruise|"
        "suffer)",
        SELF_HARM,
    ),
    flag(
        "(want|wish|need) (it|everything|this|the pain|life) (all)? (to)? (stop|end|be over|"
        "go away) ~2 (forever|for good|permanently|and never|for ever)",
        SUICIDE,
        severity="medium",
    ),
    flag(
        "(cant|can't|cannot|cannae) (be|stay|live) (here|alive|on this earth) (anymore|any more|"
        "any longer|much longer)",
        SUICIDE,
    ),
    flag(
        "(looking up|looked up|look up|googling|googled|google|searching|searched|researching|"
        "researched|reading about|read about|finding out|found out|checking|checked|"
        "asking) ~3 (how (many|much)|ways to|how to|the best way to|easiest way to|"
        "painless way to|quickest way to) ~4 ({PILLS}|die|kill|hang|overdose|od|it takes|to die|"
        "is lethal|lethal|fatal|end it|end my life|suicide|not wake up)",
        SUICIDE,
    ),
    flag(
        "(how (many|much)) ~3 {PILLS} ~4 (take|takes|to die|kill|would it take|lethal|fatal|"
        "needed|to od|to overdose|to not wake up|before you die|to end it)",
        SUICIDE,
    ),
    flag(
        "(ways|way|methods|how) to (die|kill (myself|yourself|urself)|end (it|my life|your life)|"
        "commit suicide|overdose|od) (painlessly|quickly|without pain|fast|easily|in my sleep)?",
        SUICIDE,
    ),
    flag(
        "(tired|sick|done) (of|with) (living|life|being alive|existing|everything and everyone)",
        SUICIDE,
    ),
    # Blind set CW: "tired of living in this mouldy flat". Living somewhere is a home's state.
    idiom(
        "(tired|sick|done|fed up) (of|with) living (in|beside|next to|near|above|below|under|"
        "opposite|on) (this|a|the|our|my|these|that|such a|such)? ~3 (flat|flats|house|home|"
        "mould|damp|place|area|estate|street|building|conditions|tower|block|mess|noise|dump|"
        "hole|town|city|village|scheme|temporary accommodation|b&b|hotel|caravan)"
    ),
    # Blind set CW: "nobody at the council listens so ill sort it myself, the bridge isnt far
    # from mine". Ending it oneself beside how near a place to jump is.
    flag(
        "(sort|end|finish|settle) (it|this|things|everything|it all) (myself|masel|mysel|on my "
        "own) ~10 (the|a)? (bridge|cliff|cliffs|railway|railway line|tracks|train line|viaduct|"
        "quarry|river|pier|harbour|multi storey) (is|s|isnt|isn't|is not|aint|ain't)? (not)? (far|"
        "that far|close|near|nearby|round the corner|just round the corner|a short walk)",
        SUICIDE,
    ),
    flag(
        "(jump|jumping|jumped|throw myself|throwing myself|leap) (off|from|in front of|infront of|"
        "into) (a|the|that)? ~1 (bridge|roof|rooftop|building|cliff|cliffs|balcony|car park|"
        "multi storey|train|bus|car|lorry|motorway|traffic|river|tracks|window|forth road bridge|"
        "erskine bridge|the clyde|the forth)",
        SUICIDE,
        unless=("stunt",),
    ),
    # Blind set CX: "the library wifi is so bad it makes me want to throw myself off a cliff
    # lol". A thing that makes one want to jump is a complaint about the thing.
    idiom(
        "(wifi|internet|connection|signal|queue|queues|bus|buses|traffic|homework|exam|exams|"
        "maths|lesson|class|meeting|music|noise|song|film|game|website|app|form|forms|council|"
        "service|printer|laptop|phone|system|waiting list|hold music) ~6 (makes|make|made|"
        "making) me (want to|wanna|wana) (throw myself|jump|hurl myself) (off|out of|in front of)"
    ),
    # Blind set CX: "if you see the news tomorrow about a girl at the forth, that was me. sorry".
    flag(
        "(if|when) (you|u|ye|yous) (see|hear|read|seen|heard) ~8 (news|the news|on the news|in "
        "the news|in the paper|the papers|on facebook|about a girl|about a boy|about a body|about "
        "a kid|about a teenager|about someone) ~10 (that was me|thats me|that's me|it was me|its "
        "me|it's me|that'll be me|thatll be me|that will be me|it'll be me|itll be me)",
        SUICIDE,
        severity="immediate",
    ),
    # Blind set CX: "I don't think I can last 6 months tbh, I already tried once in the summer"
    # (a waiting list). Not lasting beside an earlier attempt, in either order.
    flag(
        "(cant|can't|cannot|dont think i can|don't think i can|not sure i can|wont|won't) (last|"
        "hold on|hang on|keep going|make it|survive|cope) ~12 (i|ive|i've|i have)? already tried"
        "|(i|ive|i've|i have)? already tried (once|twice|before)? ~12 (cant|can't|cannot|dont "
        "think i can|don't think i can|not sure i can|wont|won't) (last|hold on|hang on|keep "
        "going|make it|survive|cope)",
        SUICIDE,
    ),
    # Blind set CX: "just want the pain on the outside where i can see it"; "I wear my hoodie
    # in PE even when it's roasting so nobody sees my arms".
    flag(
        "(pain|hurt|hurting) (on the outside|outside|on my skin) (where|so) (i|people|someone|"
        "anyone|they) (can|could) (see|feel) (it)?",
        SELF_HARM,
        severity="medium",
    ),
    flag(
        "(so|because|cos|coz|so that) (nobody|no one|noone|naebody|people dont|people don't|"
        "they dont|they don't) (sees|can see|see|will see|notices|notice|sees) my (arms|wrists|"
        "legs|thighs|cuts|scars|marks)",
        SELF_HARM,
        severity="medium",
    ),
    flag(
        "(lie|lying|stand|standing) (on|in front of) (the|a) (tracks|railway|train tracks|road|"
        "motorway)",
        SUICIDE,
    ),
    flag("{SWALLOW} {MANY} ~2 {PILLS}", SUICIDE, SELF_HARM),
    # The first person cannot be explained away ("...all my pills for my depression tonight").
    flag(
        "(gonna|going to|gonnae|want to|wanna|will|ll|might|about to|tonight|decided to|plan to|"
        "planning to|gona|imma|ima) ~1 {SWALLOW} {MANY} ~2 {PILLS}",
        SUICIDE,
        SELF_HARM,
        firm=True,
    ),
    flag(
        "(im|i'm|i am|ill|i'll|i will|i want to|i wanna|i might|imma|ima) (going to|gonna|gonnae|"
        "about to|just|gona)? jump (off|from|in front of)? ~3 (it|this|the|a|now|rn|tonight|here)?",
        SUICIDE,
        severity="medium",
    ),
    flag(
        "{SWALLOW} (a|the|whole|a whole|the whole|two|three|#|full|a full) (box|boxes|packet|"
        "packets|bottle|bottles|pack|packs|strip|strips|tub) (of)? ~2 {PILLS}",
        SUICIDE,
        SELF_HARM,
    ),
    flag(
        "(not|wont|won't|will not|willnae|no) (going to|gonna|gonnae)? (be)? (a problem|a burden|"
        "a bother|bothering anyone|in anyones way|in the way|around|alive|here) (for|to)? (anyone|"
        "anybody|you|yous|everyone)? (much longer|for long|for much longer|anymore|any more|soon|"
        "after this)",
        SUICIDE,
        severity="medium",
    ),
    flag(
        "(wrote|written|writing|left|leaving) (goodbye|farewell|last)? (letters|notes|messages|"
        "cards) (to|for) (everyone|everybody|all my|my whole family|each of|everyone i love|"
        "all the people)",
        SUICIDE,
        severity="medium",
        # Goodbye cards to the class "cos we're moving to Inverness" (blind set CQ); letters to
        # the class "for leavers day" (blind set CR).
        unless=("moving_house", "occasion"),
    ),
    context(
        "(leavers|leavers day|leavers assembly|leavers book|leavers hoodie|end of term|end of the "
        "year|end of year|end of primary|last day of (school|term|primary)|christmas cards|thank "
        "you (cards|letters|notes)|(for|on) (christmas|valentines|leavers|mothers day|fathers day|"
        "their birthdays|teacher appreciation))",
        "occasion",
    ),
    flag(
        "(overdos*|over dose|overdosing|ovadose|ovrdose|overdoze|overdose)",
        SUICIDE,
        SELF_HARM,
        # Blind set DH: "that hospital drama where the surgeon overdoses a patient".
        unless=("first_aid_course", "fiction"),
    ),
    flag(
        "({WANT}|gonna|going to|just|tried to|try to|nearly|almost|might|will|to) (od|o d|oding|"
        "od'ing)",
        SUICIDE,
        SELF_HARM,
    ),
    flag(
        "(od|oded|odd|oding) (on|wi|with|off) ~3 ({PILLS}|something|stuff|drugs|them)",
        SUICIDE,
        SELF_HARM,
    ),
    # Not a bare "a od": Polish "a od" is "and since" ("a od czerwca", and since June).
    flag(
        "(an|another|took an|take an|took a|take a|had an|had a|taken an|taken a|did an|done an) "
        "(od|o d)",
        SUICIDE,
        SELF_HARM,
    ),
    flag(
        "(know|decided|worked out|figured out|planned|planning|chosen|picked) (exactly)? (how|"
        "when|where|the way) (im|i'm|i am|i will|i'll|ill|il|to|i could|i can|i should|"
        "i want to) (going to|gonna|gonnae)? (do it|end it|die|kill myself|end my life|"
        "do it and when)",
        SUICIDE,
    ),
    flag(
        "(suicidal|suicide) (thoughts|ideation|feelings|thinking|(plan|plans)|attempt*|note)|"
        "thoughts of (suicide|dying|death|killing myself|ending it|ending my life|not being here)",
        SUICIDE,
    ),
    flag("(ligature|ligatures)", SUICIDE),
    flag(
        "(took|taken|ive took|i've taken|ive taken|i took|swallowed|had|take|i take|taking) (like|"
        "about|around|over|nearly|almost|maybe)? (5|6|7|8|9|10|11|12|13|14|15|16|20|24|30|40|50|a "
        "handful of|handful of|a whole box of|the whole box of|a whole packet of|loads of) "
        "(paracetamol|paracetamols|pills|tablets|painkillers|ibuprofen|sleeping pills)",
        SUICIDE,
        SELF_HARM,
        severity="immediate",
    ),
    flag(
        "(take|takin|taking|took|swallow|swallowed|swallowing|gonna take|going to take) (them|"
        "my meds|my pills|my tablets|the pills|the tablets|the lot|the whole lot|the whole box|"
        "all of them|them all) (all)? at once",
        SUICIDE,
        SELF_HARM,
        unless=("medication",),
    ),
    flag(
        "(i|ive|i've|i have|i just|just|i did|i've just) (cut|cutted|cut myself) again",
        SELF_HARM,
    ),
    flag(
        "(barcode|barcoded|barcodes) (wrists|wrist|arms|arm|thighs|legs)|(wrists|arms|arm|thighs|"
        "legs|leg|wrist) ~4 (barcode|barcodes|a barcode|like a barcode)",
        SELF_HARM,
    ),
    flag(
        "(to die|dying|death) (is|would be|will be) better|better (to die|that i die|if i die)",
        SUICIDE,
    ),
    flag(
        "(log off|logging off|log out|logging out|logoff) ~4 (irl|in real life|from life|from this "
        "world)|(say|saying|said|to say) (bye|goodbye) to the world (x|xx|forever|for good|for the "
        "last time)|(bye|goodbye) (cruel world|to this world|to life)",
        SUICIDE,
    ),
    # Emoji said together: a noose, a bridge or a blade with a wilted rose, a grave or a coffin.
    flag(
        "(rope|bridge|knife|blade|pills|handgun) ~3 (wilted|grave|coffin)|(wilted|grave|coffin) ~3 "
        "(rope|bridge|knife|blade|pills|handgun)",
        SUICIDE,
        unless=("game", "fiction"),
    ),
    # Doubled letters collapse on both sides ("diiie" = "die"), so "noose" reads as "nose":
    # only the ways a noose is spoken of, never "my nose bled".
    flag(
        "(made|make|making|tie|tied|tying|tye|bought|hang|hung|rope|ropes|tied up) (a|the|my)? "
        "noose|noose (around|round|on|for) (my|his|her|their|me)|noose (ready|set up|hanging|up)",
        SUICIDE,
        unless=("display", "history"),
    ),
    flag("(suicide|sucide) (note|letter|notes|letters|message|video)", SUICIDE),
    flag(
        "(goodbye|farewell) (note|letter|notes|letters|message|video)",
        SUICIDE,
        # A friend's goodbye message "cos she's moving to Inverness" (blind set CN).
        unless=("moving_house",),
    ),
    context(
        "(moving|moving to|moving house|moving away|moving school|changing school|emigrating|"
        "new school) ~3 (to|in|next|this|after)|(shes|she's|hes|he's|theyre|they're|she is|he is) "
        "moving",
        "moving_house",
    ),
    flag(
        "(tried|try|attempted|attempt|trying) (to)? (kill|end|hang|drown|top|unalive) ({SELF}|"
        "{SELF_3P}|it all|my life|her life|his life)",
        SUICIDE,
    ),
    flag(
        "(saved|saving|stockpil*|hoard*|collect*|stash*|hiding|hid|been keeping|"
        "keeping) (up)? ~3 {PILLS}",
        SUICIDE,
        SELF_HARM,
        unless=("medicine_return",),
    ),
    # Blind set FU: old tablets saved up in a bag "since she changed prescription", for the
    # pharmacy that takes back unused medicine.
    context(
        "(take|takes|taking|took) back (unused|old|out of date|expired) (medicine|medicines|meds|"
        "tablets|pills)|(return|returning|dispose of|disposing of|get rid of) (the|her|his|my|"
        "mums|dads)? (unused|old|out of date|expired) (medicine|medicines|meds|tablets|pills)",
        "medicine_return",
    ),
    flag("{PILLS} (saved|stashed|hidden|stockpiled|ready|hid) (up)?", SUICIDE, SELF_HARM),
    # Blind set CZ, in Gaelic: "the pills in the cupboard are looking good right now". Pills
    # that tempt; "good" only where they are kept, since "the new tablets look good" is an iPad.
    flag(
        "{PILLS} ~6 (looking|look|looks|seem|seems) (tempting|inviting|appealing|better and "
        "better|like an option|like a way out|like the answer|more and more)|{PILLS} (in|on) "
        "(the|my|ma|mums|dads|our)? (cupboard|drawer|cabinet|press|medicine cabinet|bathroom "
        "cabinet|shelf) ~3 (look|looks|looking|seem|seems) (good|nice|tempting)",
        SUICIDE,
        SELF_HARM,
    ),
    # Blind set CP: "photos of pills lined up on her desk with a countdown".
    flag(
        "{PILLS} (lined up|laid out|counted out|set out|all out) ~6 countdown", SUICIDE, SELF_HARM
    ),
    flag(
        "(hang|hanging) (myself|masel|mysel|from|off) ~3 (rope|belt|tie|scarf|door|banister|tree|"
        "beam|bunk)",
        SUICIDE,
    ),
    flag(
        "(cant|can't|cannae|can not|cannot) (go on|carry on|keep going|do this|take it|cope|"
        "handle it|live like this) ~2 {ANYMORE} ~4 (die|dead|end|kill|suicide|gone|over|pills)",
        SUICIDE,
    ),
    flag(
        "life (is|isnt|isn't|s) (not)? (worth living|worth it anymore|pointless|not worth it)",
        SUICIDE,
    ),
    flag("(dont|don't|do not|dinnae) (deserve|deserve to) (to)? (live|be alive|exist)", SUICIDE),
    flag(
        "(thinking|think|thought|thinkin) (about|of|aboot) (dying|death|ending it|ending things|"
        "not being here|not existing|killing myself|disappearing forever|being dead|"
        "taking my life)",
        SUICIDE,
    ),
    flag(
        "(say|said|saying|written) (my)? (goodbye|goodbyes) (to everyone|to everybody|"
        "to my family)",
        SUICIDE,
        severity="medium",
        unless=("moving",),
    ),
    context(
        "(moving|moving out|move out|moving house|off to uni|going to uni|to uni|leaving for|"
        "emigrating|new job|retiring|retirement|leaving do|farewell party|last day at|"
        "going travelling|gap year|holiday|holidays|hols|on holiday|school trip|trip|camp|"
        "abroad|flight|flying|visiting|in hospital for|for my operation|at my gran|at my grans|"
        "at my nans|at my dads|at my mums|staying with|staying at|residential|field trip|"
        "tournament|competition|wedding|funeral|exchange trip)",
        "moving",
    ),
    flag(
        "(goodbye|bye) (forever|for ever|everyone forever|cruel world)", SUICIDE, severity="medium"
    ),
    flag(
        "(this is|its|it's) (my)? (last|final) (message|goodbye|day|night)",
        SUICIDE,
        severity="medium",
    ),
    # Self-harm ----------------------------------------------------------------------------------
    flag("{HARM} {SELF}", SELF_HARM),
    flag("{HARM} {SELF_3P}", SELF_HARM, unless=("fiction", "game")),
    flag(
        "(self|sel|slf|seld) (harm*|harn|hram|injur*|mutilat*|hurt*|abus*|destruct*|punish*)",
        SELF_HARM,
        unless=("education", "recovered", "runs_support_group"),
    ),
    flag(
        "(selfharm*|selfinjur*|selfhurt*|self-harm*|sh'ing|shing|shd)",
        SELF_HARM,
        unless=("education", "recovered", "runs_support_group"),
    ),
    # ...but self-harm done again, or last night, is now, whatever came before.
    flag(
        "(self harmed|self-harmed|selfharmed|cut myself|cut my (arm|arms|wrist|wrists|leg|legs)|"
        "harmed myself|relapsed) (again|last night|yesterday|today|this morning|this week|"
        "tonight)",
        SELF_HARM,
    ),
    # Self-harm named as the past, with years of being well since (blind set CN, in all five
    # languages: "I used to self-harm when I was 13 but I've been fine for two years now"). Only
    # the naming of it stands down: a cut described now, or "again", is other rules'.
    context(
        "(been|ive been|i've been|i have been|im|i'm|i am|she's been|shes been|he's been|hes been|"
        "she has been|he has been|they've been|theyve been) (fine|well|clean|ok|okay|better|good|"
        "free|doing well|doing fine) (for|since) (# years|two years|three years|a year|over a year|"
        "years|# months|ages)|(# years|two years|three years|a year) (clean|free|self harm free)|"
        # Blind set CS, of a friend: "she's been seeing a counsellor for a year and is doing
        # loads better".
        "(for|since) (# years|two years|three years|a year|over a year|years|# months) ~3 (is|"
        "she's|shes|he's|hes|i'm|im|and)? (doing|getting) (loads|lots|much|so|way|really|a lot)? "
        "(better|well)|"
        # Blind set CP: "I've not done it for 10 months now and I'm doing well".
        "(not done it|not did it|havent done it|haven't done it|not self harmed|not hurt myself|"
        "not cut) (for|since) (# months|# years|a year|months|years|over a year|ages) ~6 (doing "
        "well|doing fine|doing good|doing better|fine now|better now)|"
        # Blind set DF: "I self-harmed as a teenager but that was 20 years ago and I'm well now".
        "(that was|it was|this was) ~2 (# years ago|years ago|a long time ago|ages ago|decades "
        "ago) ~6 (im|i am|and im|and i am) (well|fine|ok|okay|doing well|better|happy) (now)?|"
        # Blind sets EF and EG: "ive been clean 10 months now"; "she ... has been well since";
        # "he's done really well since".
        "(been|ive been|i've been|i have been|she's been|shes been|he's been|hes been|she has been|"
        "he has been|they've been|theyve been) (clean|well|fine|free) (# months|# years|a year|two "
        "years|three years|over a year|months|years)|(has|have|she's|shes|he's|hes|i've|ive) "
        "(been|done|doing) (really|so|very|amazingly|brilliantly)? (well|fine|great|brilliantly) "
        "(ever)? since|"
        # Blind set EH: "a few years ago I used to self harm but I had counselling and I'm doing
        # really well now"; "back in S1 but she's in S4 now and doing great".
        # Blind set EL: "When I was 12 I used to self-harm but ... I'm 17 now and doing well".
        "(a few years ago|years ago|# years ago|when i was (younger|#|a teenager)|back in (s1|s2|"
        "s3|p5|p6|p7|first year|second year|primary)) ~14 (i'm|im|i am|she's|shes|he's|hes|she is|"
        "he is) ~5 (doing|is doing)? (really|so|much|very)? (well|fine|better|good|great) (now)?",
        "recovered",
    ),
    flag(
        "(my|ma|her|his|the|from|relapse*|relapsing|doing|do|did|started|stop*|start*|about|urge|"
        "urges|to|of|with|into|back to|on|in|i|she|he|clean from|free from|avoid|avoiding|been|"
        "keep|was|am|im|still|stopped|quit|quitting) sh",
        SELF_HARM,
    ),
    flag("sh (ing|ed|d|in)", SELF_HARM),
    flag(
        "(i|she|he|ive|i've|had|has|she's|he's) (od|oded|odd) (last|on|again|before|twice|once|"
        "when|yesterday|in|a few|loads|a couple)",
        SELF_HARM,
        SUICIDE,
    ),
    hint(
        "(want|wish|need|wanting) (it|everything|this|life|my life) (all)? (to)? (end|be over|"
        "stop|just stop|finish)",
        "despair",
        SUICIDE,
    ),
    flag(
        "(sh|s h) (again|scars|scar|urges|urge|wounds|cuts|relapse|tools|kit|stuff|habit|marks|"
        "blade|blades|recovery|free|clean|account|vent)",
        SELF_HARM,
    ),
    flag(
        "(cut*|slit*|slash*|scratch*|carv*|burn*|stab*|blade*|razor*|knife) (my|ma|her|his|mah|"
        "their|me) ~1 {BODY}",
        SELF_HARM,
        unless=("skin_condition", "film_scene"),
    ),
    # What a character does in a film the class watched (blind set CN: "The film we watched in
    # English had a boy who cuts his arms"); "like in the film" alone cancels nothing.
    context(
        "(film|movie|show|series|episode|book|play|story|video|documentary) (we|i|they) (watched|"
        "saw|read|studied|did) ~4 (had|has|with|about|where|in which)|(in|on) the (film|movie|show|"
        "episode|book|series) (a|the)? (boy|girl|man|woman|character|hero|dad|mum|guy|teenager)|"
        "(watched|saw|read|studied) (a|the) (film|movie|documentary|book|play|series) (about|where|"
        "in which)",
        "film_scene",
    ),
    # Clothes and pets scratch too (blind set CH: "a tie for school, it scratches my neck").
    idiom(
        "(it|its|they|tie|ties|label|labels|jumper|jumpers|collar|wool|uniform|blazer|tag|tags|"
        "seam|seams|cat|cats|kitten|dog|puppy|hamster|rabbit|guinea pig) (scratches|scratched|"
        "scratch|scratching) (my|me|ma)"
    ),
    context(
        "(eczema|exzema|eczma|exema|ecsema|ezcema|excema|psoriasis|itchy|itching|itch|rash|"
        "chickenpox|chicken pox|hives|dermatitis|allergy|allergic|insect bites|midge bites|midgie "
        "bites|nettles|sunburn|acne|spots|pimples|plooks|birthmark|tattoo|tattoos|mosquito bites|"
        "brambles)",
        "skin_condition",
    ),
    flag(
        "(cut|cuts|scars|scar|scarring|marks|scratches|wounds|slashes|lines|gashes|cutmarks) (on|"
        "all over|up|across|along|down|in) (my|ma|her|his|their|mah|both)? ~1 {BODY}",
        SELF_HARM,
    ),
    # "Been cut" and "was cut" are what happens to grass, hours and respite (an everyday
    # complaints set): a bare "cut" needs the child or someone named to do it.
    flag(
        "({WHO_CUTS}|been|was) (been)? (cutting|cuttin)|{WHO_CUTS} (been)? cut",
        SELF_HARM,
    ),
    flag(
        "(cutting|cuttin) (again|myself|masel|herself|himself|every night|every day|at night|"
        "in secret)",
        SELF_HARM,
    ),
    flag(
        "{WANT} (cut|cutting|hurt|hurting|harm|harming|burn|burning|bleed|bleeding|scratch|"
        "punish) (again|so bad|bad|deep|deeper|tonight|rn|right now|so much|badly|till i bleed|"
        "until i bleed)",
        SELF_HARM,
    ),
    flag("(urge|urges|urging|craving|cravings) (to)? (cut|hurt|harm|burn|bleed|sh)", SELF_HARM),
    flag(
        "(blade|blades|razor|razors|sharpener|sharpeners) ~6 ({BODY}|cut|cutting|myself|masel|"
        "skin|blood|bleed|again)",
        SELF_HARM,
    ),
    flag(
        "(myself|masel|my arms|my wrists|my legs|my thighs|my skin) ~6 (blade|blades|razor|razors|"
        "sharpener)",
        SELF_HARM,
    ),
    flag(
        "(glass|compass|scissors|lighter|needle|pin) ~2 (myself|masel|my wrists|my arms|my skin|"
        "my thighs|my legs)",
        SELF_HARM,
    ),
    flag(
        "(took|take|taking|get|got|getting|broke|break|breaking) (the)? (blade|blades|"
        "razor) (out of|from|off) ~2 (sharpener|razor|shaver|pencil sharpener)",
        SELF_HARM,
    ),
    flag(
        "(knife|blade|razor) (blood|bleeding)|(blood|bleeding) (knife|blade|razor)",
        SELF_HARM,
        unless=("costume",),
    ),
    flag(
        "(hide|hiding|hid|cover|covering|covered) (up)? (my|ma|her|his|the) (cuts|scars|marks|"
        "arms|wrists|wounds)",
        SELF_HARM,
    ),
    flag(
        "(bang|bangs|banging|hit|hits|hitting|smash|smashing) (my|ma|her|his) (head|heid|(fist|"
        "fists)) (off|against|on|into) (the|a)? (wall|walls|floor|door|desk)",
        SELF_HARM,
        severity="medium",
    ),
    flag(
        "(starve|starving|starved) (myself|masel|herself)|(make|making|made) (myself|masel|"
        "herself) (sick|throw up|vomit|puke)",
        SELF_HARM,
    ),
    # Blind set CC: "starving myself of chocolate for Lent" is giving up a treat.
    idiom(
        "(starve|starving|starved) (myself|masel|herself|himself) (of) (chocolate|sweets|crisps|"
        "sugar|biscuits|cake|fizzy juice|juice|coffee|caffeine|social media|tiktok|my phone|"
        "netflix|gaming)"
    ),
    flag(
        "(not|stopped|stop|dont|don't) (eating|eat) ~3 (to punish|on purpose|to hurt|"
        "so i disappear|so i die|to lose weight|for days|at all)",
        SELF_HARM,
        severity="medium",
    ),
    flag(
        "{HARM} {SELF} ~4 (on purpose|deliberately|deliberate|not by accident|wasnt an accident|"
        "wasn't an accident|not an accident|no an accident)",
        SELF_HARM,
        firm=True,
    ),
    flag(
        "(hurt|hurting|harm|harming|cut|cutting|burn|burning) (on purpose|deliberately)", SELF_HARM
    ),
    flag(
        "(relapsed|relapse|relapsing) (on|wi|with|into)? (cutting|self harm|sh|hurting myself|"
        "my sh)",
        SELF_HARM,
    ),
    flag("(knife|blood) (blood|knife)", SELF_HARM, severity="medium", unless=("costume",)),
    # Fake blood for Halloween beside the knife and blood emoji (blind set CJ).
    context(
        "(halloween|costume|costumes|fancy dress|zombie|zombies|fake blood|face paint|face "
        "painting|special effects|sfx)",
        "costume",
    ),
    flag("pills pills pills", SUICIDE, SELF_HARM, severity="medium"),
    flag(
        "(again|agen|nobody knows|no one knows|noone knows|relapsed|every night|tonight|secretly|"
        "in secret) ~2 (knife|blade|blood|razor)|(knife|blade|blood|razor) ~2 (again|nobody knows|"
        "no one knows|noone knows|relapse|every "
        "night|secretly|in secret)",
        SELF_HARM,
        severity="medium",
        unless=("weapon_harmless",),
    ),
    flag(
        "{BODY} (are|is|r|s|all|was|were|being)? (covered|full|covered up) (in|of|wi|with) (cuts|"
        "scars|marks|scratches|burns|cigarette burns|slashes|lines|plasters|bandages)",
        SELF_HARM,
        firm=True,  # "covered in cuts back in June" is not a spending cut
    ),
    flag(
        "(scratch|scratching|pick|picking|bite|biting|pull|pulling|rub|rubbing|cut|cutting|hit|"
        "hitting|punch|punching|bang|banging|scrub|scrubbing) ~4 (till|until|til|so|and) (it|they|"
        "i|my skin) (bleed|bleeds|"
        "bled|bleeding|bruise|bruises|is raw|goes raw|breaks)",
        SELF_HARM,
        severity="medium",
        unless=("skin_condition",),
    ),
    flag(
        "(want|wanna|wana|need|urge|urges) (to)? (see|feel) (blood|the blood|myself bleed|pain)",
        SELF_HARM,
    ),
    flag("(bleed|bleeding|bled) (from|out of)? (my|ma)? (wrists|arms|legs|thighs)", SELF_HARM),
    flag("(punish|punishing|punished) (myself|masel)", SELF_HARM),
    flag(
        "(pulling|pull|pulled|rip|ripping|tear|tearing) (out)? (my|her) (hair|"
        "eyelashes) (out)? ~3 (until|till|til|and it|so) (it)? (bleeds|bleed|bald)",
        SELF_HARM,
        severity="medium",
    ),
    # Plan, means, timing (raise an existing self-directed flag to immediate) -------------------
    soon("{SOON}"),
    plan(
        "(have|got|ive got|i've got|have got|got my|got the|bought|buying|buy|ordered|found|"
        "hiding|hid|keeping|stashed|saved|saving|stockpil*|collect*|hoard*) (up)? ~3 ({PILLS}|"
        "rope|a rope|ropes|blade|blades|razor|razors|knife|knives|belt|noose|gun|handgun|bleach|"
        "poison|"
        "charcoal|a bag)"
    ),
    plan(
        "(i|ive|i've|have|got|made|making|make) (a|my|the)? (plan|plans|planned)|planned (it|how|"
        "when|where|everything|it all|the date|the day)|(know|decided|worked out|figured out|"
        "chose|chosen|picked) (how|when|where|the day|the date|the place|the spot|the bridge)"
    ),
    plan(
        "(wrote|written|writing|left|leave|leaving|write) (a|my|the|some)? (note|notes|letter|"
        "letters|goodbye|goodbyes|message|will|last message)"
    ),
    plan(
        "(the|a|that|this) (bridge|cliff|cliffs|roof|rooftop|railway|railway line|train tracks|"
        "tracks|train line|motorway|river|loch|quarry|car park|multi storey|top floor|edge|ledge|"
        "canal|the clyde|the forth|the tay|viaduct|tower block|high flats|balcony)"
    ),
    plan(
        "(already|just|i've|ive|have) (took|taken|swallowed|necked|downed|cut|done it|started|"
        "tried|had) "
    ),
    plan("(took|taken|swallowed|necked|downed|ate|had) ~3 {PILLS}"),
    plan(
        "(give|giving|gave|given) (away)? (all)? (my|ma) (stuff|things|games|clothes|belongings|"
        "pets|cat|dog)"
    ),
    plan(
        "(rope|noose|ligature|belt|blade|blades|razor|knife|pills|tablets|paracetamol|bleach|"
        "{A_GUN})"
    ),
    plan(
        "(its|it's|it is) (decided|time|happening|the end|over)|made up my mind|no going back|"
        "this is (it|the end|goodbye)|(last|final) (day|night|message|time)"
    ),
    # Weak signs of despair: flag together with another sign ---------------------------------------
    hint(
        "(cant|can't|cannae|can not|cannot) (go on|carry on|keep going|do this|take it|cope|"
        "handle it|live like this|take any more|take anymore)",
        "despair",
        SUICIDE,
    ),
    hint(
        "(nobody|no one|noone|naebody|no body) (would|will|wd) (even)? (care|notice|miss me)|"
        "(nobody|no one|noone|naebody) (cares about me|loves me|wants me|would miss me|likes me)|"
        "(i'm|im|i am|ah'm|ahm|feel|i feel) (like)? (just|such|only|nothing but|"
        "always)? (a burden|worthless|useless|a waste of space|nothing|invisible|unwanted|"
        "unloved)|(hate|hating|hates) (myself|masel|my life|being alive|being me)",
        "worthless",
        SUICIDE,
    ),
    hint(
        "(i feel|im|i'm|i am|ah'm|ahm|feeling|feel) (so|really|totally|completely)? (empty|numb|"
        "hopeless|trapped|like giving up|like a ghost|alone all the time)|dead inside|(tired|sick|"
        "sick and tired) of (everything|it all|life|living|being alive|all of it)",
        "despair_feeling",
        SUICIDE,
    ),
    hint(
        "(if|when|once) (i|im|i'm|ah) (was|were|am|wis|is)? (gone|dead|deid|not here|no here|"
        "not around)|(if|when|once) {GONE_ME}",
        "gone",
        SUICIDE,
    ),
    hint(
        "(standing|stood|sitting|sat|on|at|up on|on top of|at the edge of|climbing|climbed|"
        "looking down from|over) (on|at|up)? (the|a|this) (bridge|roof|rooftop|ledge|edge|cliff|"
        "cliffs|railway|tracks|train tracks|balcony|top of the car park|multi storey|top floor|"
        "viaduct|pier)",
        "plan_place",
        SUICIDE,
    ),
    hint("(right now|rn|tonight|2nite|tonite|as we speak|as i type)", "timing", SUICIDE),
    # ...but "hate my life rn" with its everyday reason is how things are, not a time set (blind
    # set CR: "hate my life rn, got a C in my prelim"; "...rn, wifi's been down all weekend").
    idiom(
        "(hate|hating) my life (rn|right now) (because|cos|coz|got|#|wifi|wifis|double|the|this|"
        "my|exams|tests|school|homework|work)"
    ),
    hint(
        "(give|giving|gave|given|gived) (away)? (all)? (of)? (my|ma) (stuff|things|games|clothes|"
        "belongings|pets|cat|dog|jewellery|phone|console|money) (away|to)|(sorting out|sorting|"
        "sorted out|deciding|decided|working out) who (gets|can have|should have) my",
        "plan_giveaway",
        SUICIDE,
    ),
    hint(
        "(wont|won't|will not|willnae|dont|don't) (need|be needing|be using|use) (it|them|this|"
        "anything|my stuff|my things|any of it) (soon|anymore|any more|much longer|where im going|"
        "after)|(where|when) (im|i'm|i am) going (there is|theres) no|(everything|everythings|"
        "it|its|it's) (is|s)? (all)? (sorted|settled|in order|taken care of) now",
        "no_future",
        SUICIDE,
    ),
    hint(
        "(im|i'm|i am|ahm) (so|just|actually|totally)? (done|finished) (with)? (everything|life|"
        "it all|this life|everyone|living|trying|being alive|being here|all of this)|(im|i'm|i am|"
        "ahm) (so|just)? done ~3 (bye|goodbye|cya)",
        "despair_done",
        SUICIDE,
    ),
    hint(
        "(bye|goodbye|farewell|bye bye|cya|see ya) (everyone|all|forever|for ever|world|guys|"
        "every1)|^ (bye|goodbye)",
        "goodbye",
        SUICIDE,
    ),
    hint("({A_GUN}|noose|ligature)", "means", SUICIDE),
    hint(
        "(disappear|vanish|run away|go away) (forever|for good|and never come back)|(wish|"
        "wishing) (i|ah) (could)? (disappear|vanish)",
        "disappear",
        SUICIDE,
    ),
    hint(
        "(crying|cry|greetin|greeting|greet) (myself to sleep|every night|all night|all the time|"
        "every day)",
        "distress",
        SUICIDE,
    ),
    # Weak signs of self-harm: relapse talk, urges, hiding marks, the tools.
    hint(
        "(relaps*|clean for|clean since|days clean|weeks clean|months clean|streak)",
        "sh_relapse",
        SELF_HARM,
    ),
    hint("(urge|urges|urging|craving|cravings|the itch)", "sh_urge", SELF_HARM),
    hint(
        "(bloody|blood on the|blood stained|bloodstained|blood soaked|bloodied) (tissues|tissue|"
        "plasters|towels|towel|sheets|sleeves)",
        "sh_blood",
        SELF_HARM,
    ),
    # Blind set CU's lesson, checked against an older parent's report: "I keep finding plasters
    # wrapped in tissue at the bottom of her bin ... she won't wear short sleeves even in this
    # heat".
    hint(
        "(finding|found|find|keep finding) (used)? (plasters|bandages|dressings) ~4 (wrapped|"
        "hidden|bin|bins|pocket|pockets|bag|under)",
        "sh_dressings",
        SELF_HARM,
    ),
    hint(
        "(wont|won't|will not|doesnt|doesn't|never|refuses to|refuse to) (wear|put on) (short "
        "sleeves|a t shirt|t shirts|a tshirt|tshirts|shorts|a short sleeved) ~4 (heat|summer|june|"
        "july|august|hot|sun|warm|heatwave)",
        "sh_marks",
        SELF_HARM,
    ),
    # Blind set DC: "always in long sleeves now even in PE, it's easier than explaining".
    hint(
        "(easier than|instead of|rather than|so i dont have to|so i don't have to|so nobody|so no "
        "one|so naebody) (explaining|explain|answering questions|asks|sees|notices)",
        "sh_excuse",
        SELF_HARM,
    ),
    hint(
        "(plasters|bandages|plasters all|bandages all) (up|on|over|all over|down|round) (her|his|"
        "my|their) (thighs|thigh|arms|arm|wrists|wrist|forearms|forearm)",
        "sh_dressings",
        SELF_HARM,
    ),
    hint(
        "(the cutting|my cutting|my cuts|my scars|my marks|fresh cuts|new cuts|long sleeves|"
        "hide my arms|wristbands to hide)",
        "sh_marks",
        SELF_HARM,
    ),
    hint(
        "(only thing|only way|the one thing) (that)? (helps|makes me feel|stops|calms|works|"
        "gets me through)|makes me feel (better|something|in control|calm|real)",
        "sh_coping",
        SELF_HARM,
    ),
    # Weak signs of a plan: two different ones (a note and a place, means and a decision) flag.
    hint(
        "(wrote|written|writing|left|leave|leaving|write) (a|my|the|some)? (note|notes|letter|"
        "letters|goodbye|goodbyes|last message) (for|to) (my|me|everyone|everybody|all|the)? (mum|"
        "mam|maw|dad|da|family|parents|friends|sister|brother|gran|nan|boyfriend|girlfriend|"
        "everyone|everybody|pals)|"
        # Blind set FX: "I wrote letters for my mum and my gran and put them in my drawer".
        "(wrote|written|writing|left) (letters|notes|a letter|a note) for (my|everyone|all|each)",
        "plan_note",
        SUICIDE,
    ),
    hint(
        "(going|gonna|gonnae|go|goin|heading|walk|walking|get|getting) (to|up|tae)? (the|a|"
        "that) (bridge|cliff|cliffs|roof|rooftop|railway|railway line|train tracks|tracks|"
        "motorway|river|loch|quarry|multi storey|top floor|edge|ledge|canal|viaduct|tower block|"
        "high flats)",
        "plan_place",
        SUICIDE,
    ),
    hint(
        "(know|decided|worked out|figured out|chose|chosen|picked) (how|when|where|the day|"
        "the date|the place|the spot)|(its|it's|it is) (decided|time)|made up my mind|"
        "no going back",
        "plan_decided",
        SUICIDE,
    ),
    hint(
        "(saved|saving|stockpil*|hoard*|collect*|stash*|hidden|hiding|got|bought|"
        "buying) (up)? ~3 (rope|a rope|blades|"
        "razor|razors|knife|knives|belt|noose|bleach|poison)",
        "plan_means",
        SUICIDE,
        SELF_HARM,
    ),
    # Hiding fresh cuts or burns from the people who would notice.
    flag(
        "(cuts|cutz|burns) ~6 (without|so|before|in case|incase) ~3 (my|ur|your|the)? (parents|mum|"
        "mam|dad|anyone|teachers|people|nobody|no one|noone|they|them|carers) ~2 (notice|noticing|"
        "notices|see|seeing|sees|find out|finding out|knowing|know|finds out|asks|asking)",
        SELF_HARM,
    ),
    flag(
        "(plasters|plaster|bandages|bandage|dressings) ~6 (so|without|before|in case|incase) ~3 "
        "(mum|mam|maw|dad|parents|anyone|nobody|no one|noone|teachers|people|carers) ~2 (ask|asks|"
        "asking|see|sees|seeing|notice|notices|noticing|find out|finds out|know)",
        SELF_HARM,
    ),
    # A goodbye: thanks for everything, and things given away (with a note, a place or a decision).
    hint(
        "(thank you|thanks|thank u|ty|cheers) (all|everyone|guys)? (for everything|for all of it|"
        "for everything you did|for everything youve done)",
        "farewell_thanks",
        SUICIDE,
    ),
    hint(
        "(give|gie|giv|gave) (my|ma) ~2 (xbox|ps5|ps4|playstation|switch|console|phone|cat|dog|"
        "stuff|things|games|clothes|hoodie|trainers) (to)|(given|gave|giving|gied) (away)? (all)? "
        "(my|ma) (stuff|things|belongings|stuff away|things away)",
        "farewell_giving",
        SUICIDE,
    ),
    hint(
        "(im|i'm|i am|am) (on|up on) the roof|(im|i'm) on top of the (flats|building|car park)",
        "plan_place",
        SUICIDE,
    ),
    hint(
        "tell (my|ma) ~2 (sister|brother|sis|bro|mum|mam|maw|dad|da|gran|granny|nan|family|pals|"
        "friends) (i love|that i love|i loved|i'm sorry|im sorry) (her|him|them|you)?",
        "farewell_love",
        SUICIDE,
    ),
    # "I'm going to do it on Saturday", "this is my last msg": with a note or a goodbye, a plan.
    hint(
        "(im|i'm|i am|am|ill|i'll|i will|gonna|going to|goin to|gonnae|gona) (going to|gonna)? "
        "(do it|go through with it) (on|this|tonight|tomorrow|at|when|after|before|once) ",
        "plan_when",
        SUICIDE,
    ),
    hint(
        "(this is|this will be|this'll be|thisll be|its|it's|this be) (my|ma) (last|final) (msg|"
        "message|text|post|words|time)",
        "farewell_last",
        SUICIDE,
    ),
    hint(
        "(wont|won't|will not|dont|don't|wint|willnae) (need|be needing) (the|my|this|that|it)? ~3 "
        "(now|anymore|any more|after (today|tonight|friday|this week))",
        "farewell_needless",
        SUICIDE,
    ),
    # Blind set CJ: the risk asked as a question. Cuts that don't show through a school shirt;
    # cutting deeper to feel it work again; a knot that won't slip and "it's not for camping";
    # how long in the cold before hypothermia; how long before I'd be gone without insulin;
    # throwing up after meals that "isn't working quick enough".
    flag(
        "(best way|how|easiest way|quickest way|a way) (to|do you|do i|can i|can you) (make|do|"
        "hide|cover) (cuts|my cuts|marks|my marks|scars|burns) (that|so they|so it|where they) ~3 "
        "(dont|don't|do not|won't|wont|cant|can't) (bleed|show|go|come) (through|thru)?",
        SELF_HARM,
    ),
    flag(
        "(cutting|cut|cuts|cuttin) deeper ~6 (feel|feels|feeling|works|work|working|numb|enough|"
        "relief|release|helps|help)",
        SELF_HARM,
    ),
    hint(
        "(knot|noose|rope) (that|which) (wont|won't|will not|doesnt|doesn't|does not|cant|can't) "
        "(slip|come undone|come loose|break|snap)",
        "method_question",
        SUICIDE,
    ),
    hint(
        "(its|it's|it is|this is|thats|that's|isnt|isn't|not) (not|really|actually)? (for|a) "
        "(camping|a school project|school project|a project|homework|a story|scouts|a film|"
        "sailing|climbing)|(project|homework|essay|story) that (isnt|isn't|is not|aint|ain't) (a|"
        "really a)? (school)? (project|homework|essay|story)",
        "cover_denied",
        SUICIDE,
    ),
    flag(
        "how long ~10 (for hypothermia|hypothermia to|to get hypothermia|before hypothermia|to "
        "freeze to death|before you freeze|before i freeze|before you die of cold|before i die of "
        "cold)",
        SUICIDE,
    ),
    flag(
        "how long (before|until|till|til) (id|i'd|i would|i will|ill|i'll|i) (be gone|die|be dead|"
        "stop breathing|not wake up|pass away)",
        SUICIDE,
    ),
    flag(
        "(throwing up|being sick|making myself sick|puking|vomiting) (after|after every|after "
        "each) (meals|meal|eating|dinner|tea|food|lunch) (isnt|isn't|is not|aint|ain't|not) "
        "(working|enough|fast enough|quick enough)",
        SELF_HARM,
    ),
    flag(
        "(lose|losing|drop|dropping|get down|get to) ~4 (if|when|and) (youre|you're|you are|im|"
        "i'm|i am) (already)? (underweight|under weight|too thin|skinny already)|(already)? "
        "underweight ~6 (lose|losing|drop|fast|quickest|fastest)",
        SELF_HARM,
        severity="medium",
    ),
    # Blind set CK, in Scots: plasters from the office "without them askin" beside long sleeves
    # in PE; blades to get rid of "without anybody seein"; the best way "tae make sure ye dinnae
    # wake up"; a mother who thinks the bandages are from a fall.
    hint(
        "(plasters|bandages|dressings|steri strips|gauze|antiseptic|wipes) ~6 (without|so) ~3 "
        "(askin|asking|asks|questions|knowing|noticing|seein|seeing|finding out)",
        "sh_supplies",
        SELF_HARM,
    ),
    flag(
        "(get rid o|get rid of|throw away|throw out|dispose of|bin|hide|stash) (my|ma|the|these|"
        "some|they|thae)? (blades|razor blades|razors|sharpener blades) ~6 (without|so) ~3 "
        "(askin|asking|seein|seeing|knowing|noticing|finding|finds|sees)",
        SELF_HARM,
        severity="medium",
    ),
    flag(
        "(make sure|make certain|be sure|ensure) (ye|you|u|i|a|ah) (dinnae|dont|don't|do not|"
        "never|wont|won't|willnae|will not) (wake up|wake|wake back up)",
        SUICIDE,
    ),
    flag(
        "(thinks|think|thought|believes|believe) (my|ma|mah) (bandages|cuts|scars|marks|plasters|"
        "burns) (are|were|is|came|come) (fae|from|off|frae)",
        SELF_HARM,
        severity="medium",
    ),
    # Blind set CN: when the fast trains go through the level crossing, "and it's not so I can
    # catch one" (two signs).
    hint(
        "(looking up|looked up|checking|checked|finding out|researching|find out) ~4 (when|what "
        "time|times|timetable) ~3 (fast|express|freight|non stop)? (trains|train) (go|come|pass|"
        "run|goes|comes|passes|runs) (through|past|by|over)",
        "train_times",
        SUICIDE,
    ),
    hint(
        "(its|it's|it is|thats|that's) not (so|because|cos|cause) (i|we) (can|could|want to) "
        "(catch|get|take|ride)",
        "denied_purpose",
        SUICIDE,
    ),
    # Not eating for weeks to reach a weight a child should not be (blind set CJ: "trying to get
    # to 35kg before my birthday, im 14").
    hint(
        "(dont|don't|do not|not|stop|stopped) (eat|eating|eatin) (for|in) (# weeks|# days|weeks|"
        "days|a week|a fortnight|a month)",
        "not_eating",
        SELF_HARM,
    ),
    hint(
        "(trying|try|want|wanna|need|have) (to)? (get|get down|reach|be|weigh) (to|under|below)? "
        "(## (kg|kgs|kilos)|# (stone|st)|a size #|size #)",
        "target_weight",
        SELF_HARM,
    ),
    # Would anyone notice if I were not here (blind set CJ, in English, Ukrainian and Arabic).
    flag(
        "(people|anyone|anybody|someone|somebody|they|my family|my mum|my friends|everyone) "
        "(would|will|wid|d)? (actually|even|really)? (notice|care|miss me) if (i|im|i'm) (wasnt|"
        "wasn't|werent|weren't|was not|were not|wasnae|not) (here|around|alive|there)",
        SUICIDE,
        severity="medium",
        unless=("moving", "holiday", "away"),
    ),
    # Blind set DM: "i just wear long sleeves to work now even when its roasting".
    flag(
        "(wear|wearing|wears|in) long sleeves ~6 even (when|tho|though|in|on|if) ~4 (roasting|"
        "boiling|hot|warm|sunny|summer|heatwave|sweltering|baking|scorching)",
        SELF_HARM,
        severity="medium",
        unless=("skin_condition", "covered_by_choice", "adult_covers_up"),
    ),
    context(
        "(religious|religion|faith|modest|modesty|hijab|abaya|sunburn|sun burn|sun allergy|burns "
        "easily|burn easily|fair skin|sun cream|suncream|uv|uniform|dress code|freckles|hairy "
        "arms|arm hair|self conscious|self-conscious|insecure about)",
        "covered_by_choice",
    ),
    # A mother hiding her arms is a sign of what is done to her, not of self-harm: the other
    # rules and the model read those.
    context(
        "(my|ma) (mum|mam|mother|maw|dad|da|father|stepmum|stepdad|gran|granny|nan|aunt|auntie) "
        "(wears|always wears|has been wearing|is wearing|keeps wearing|started wearing)",
        "adult_covers_up",
    ),
    # Blind set DY: "my wee sister keeps saying she wants to die, she 10". Someone else's wish to
    # die, told plainly, had no rule of its own: only "says she wants to die" after a peer, or
    # the model (0.38 for "my friend wants to die", under the short-message bar).
    flag(
        "(wants|wanted|wanting|wishes|wished) ~2 (to)? (die|dee|be dead|be deid|not be alive|not "
        "exist|not be here any more|not be here anymore|end it all|end her life|end his life)",
        SUICIDE,
    ),
    flag(
        "(wishes|wished|wish) (she|he|they) (was|were|wis|had) (dead|deid|never born|never been "
        "born|not alive|gone for good)",
        SUICIDE,
    ),
    # Blind set EB, teenagers' slang: "catching the bus on friday 🚌 said my goodbyes already"
    # (the bus is the euphemism; with goodbyes said it is a plan with a date).
    hint(
        "(catch|catching|catchin|getting|get) the bus (on|this|tomorrow|tonight|next|at|after|"
        "before|friday|saturday|sunday|monday|tuesday|wednesday|thursday)",
        "timing",
        SUICIDE,
    ),
    # Blind set EC, adults whose own state puts children at risk: "if the kids get taken off me
    # I'll end it"; "when I don't sleep I get rough with the baby"; "I drink from about 10 in
    # the morning. My kids are 4 and 7"; "I keep the door shut when I'm using".
    flag(
        "(if|when|once) ~8 (i'll|ill|i will|i'm going to|im going to|i'd|id|i would|gonna) (just)? "
        "(end it|end it all|end my life|kill myself|top myself|not be here|be gone)",
        SUICIDE,
    ),
    # Blind set EA, unusual wordings: "I took the whole box. I'm sorry". The box ends the
    # sentence, or pills, a time or how it feels follow: a whole packet of crisps does not.
    flag(
        "(took|taken|swallowed|necked|downed) (the|a|my|mums|mum's|her|his)? (whole|entire|full) "
        "(box|packet|pack|bottle|strip|tub|lot|blister pack|jar) $",
        SUICIDE,
        severity="immediate",
    ),
    flag(
        "(took|taken|swallowed|necked|downed) (the|a|my|mums|mum's|her|his)? (whole|entire|full) "
        "(box|packet|pack|bottle|strip|tub|lot|blister pack|jar) (of ({PILLS}|something|them|"
        "pills|tablets|meds|medicine|painkillers)|about|an hour|earlier|last night|so|and (now|i "
        "feel|she|he))",
        SUICIDE,
        severity="immediate",
    ),
    # Blind set EG: "the crisis team said to phone back in the morning but ive already taken
    # them". Pills taken after a crisis service was asked for help are an overdose told.
    flag(
        "(crisis team|crisis line|crisis service|crisis number|samaritans|childline|breathing "
        "space|papyrus|helpline|help line|crisis) ~16 (already|just|ive|i've|i have) (taken|took|"
        "swallowed|necked|had) (them|them all|all of them|the lot|it all|the tablets|the pills|my "
        "pills|my tablets|too many)",
        SUICIDE,
        SELF_HARM,
        "immediate_danger",
    ),
    # ...and a goodbye as a headline: "you'll be reading about me tomorrow". Only a sign: the same
    # set had it of a marathon for the children's ward.
    hint(
        "(you'll|youll|you will|yous will|yall will|everyone will|everybody will|they'll|theyll|"
        "people will) (all)? (be)? (read|reading|hear|hearing) about me (tomorrow|by tomorrow|in "
        "the morning|after tonight)",
        "headline",
        SUICIDE,
    ),
    # Blind set EH: "if I end up in hospital this weekend dont be surprised. im done"; "a way to
    # make the voices stop that isnt dying"; "my legs are a mess from what I do to them".
    flag(
        "(if|when) (i|im|i'm) (end up|wind up|land) in (hospital|a&e|a and e|intensive care) ~4 "
        "(dont|don't|do not) be (surprised|shocked)",
        SUICIDE,
        severity="medium",
    ),
    flag(
        "((that|which) (isnt|isn't|is not)|other than|apart from|except|besides) (dying|killing "
        "myself|ending it|ending my life|suicide|me dying)",
        SUICIDE,
        unless=("game",),
    ),
    flag(
        "(my|ma) (legs|arms|thighs|wrists|stomach|skin|body) (are|is|r|s) (a mess|in a state|"
        "wrecked|covered|cut up|scarred) (from|because of|cos of) (what i do|what i've done|what "
        "ive done|what i did|what i keep doing)",
        SELF_HARM,
    ),
    # Blind set EM: "honestly the razor thing helps more than the counsellor ever did".
    flag(
        "(razor|blade|blades|cutting|sh) thing (helps|works|calms me)|(razor|blade|blades|cutting) "
        "(helps|works) (more than|better than)|(razor|blade|blades|cutting) (is the only thing "
        "that helps|is what helps|calms me)",
        SELF_HARM,
    ),
    # Blind set EQ: "my friend keeps saying the exhaust in the byre would be a painless way".
    flag(
        # Not "the bus is the easy way": a quick or easy way must be a way out or to go.
        "(would be|is|be|seems like) (a|the) (painless|peaceful) way (to go|out|to die|to do it)?$|"
        "(would be|is|be|seems like) (a|the) (quick|easy|clean) way (to go|out|to die)$|(exhaust|"
        "exhaust pipe|car exhaust|fumes|hosepipe) ~6 (painless|quick way|easy way|way out|way to "
        "go)",
        SUICIDE,
    ),
    # Blind set EW: "my daughter was a cutter as a teenager. Now her lassie's 13 and doing it".
    flag(
        "(now|and now) (her|his|my|their) (lassie|lassie's|lassies|girl|girl's|daughter|daughter's|"
        "son|son's|boy|boy's|wee one|granddaughter|grandson) (is)? ({CHILD_AGE})? (and)? (doing it|"
        "doing it too|doing the same|cutting|at it|started)",
        SELF_HARM,
        severity="medium",
    ),
    # Blind set FA: "in hospital after cutting too deep".
    flag(
        "(after|from|cos|cause|because|coz) (i|she|he)? (was|were)? (cutting|cuttin|cut) (myself|"
        "masel|herself|himself)? (too|so) (deep|deeply|badly)",
        SELF_HARM,
    ),
    # Blind set FF: "i feel like a burden to everyone lol": the burden itself, said plainly.
    flag(
        "(i|i just|i really|i always|ah|a) (feel|feels|felt) (like)? (a|such a|nothing but a|just "
        "a) (burden|burdin) (to|on|for) (everyone|everybody|awbody|my family|ma family|my mum|ma "
        "maw|my parents|them all|the world|all of you|yous all)",
        SUICIDE,
    ),
    # Blind set FJ (a third day-one mix): "cut too deep", the whole message.
    flag(
        # Not "went too far" (a joke that did).
        "^ (i|ive|i've|i have|i just|just)? (cut|cutted) (myself|masel)? (too|to|2) (deep|deeply)",
        SELF_HARM,
        "immediate_danger",
        severity="immediate",
    ),
    # Blind sets FP to FS, and what the model let go when the held-out sets joined its training:
    # asking whether a number of pills is "enough to die" (not only how many); a pin pushed into
    # a hand "over and over" in a lesson; a farewell with a day on it ("don't worry about me
    # after friday") beside possessions given away.
    flag(
        "(is|are|would|will|wud|wd) #? {PILLS} (be)? (enough|enuf) (to|2) (die|kill (me|u|you|"
        "myself|yourself|someone|a person)|end it|not wake up|overdose|od)",
        SUICIDE,
        firm=True,
    ),
    flag(
        "(stuck|stick|sticking|jabbed|jab|jabbing|poked|poke|poking|dug|dig|digging) (a|the|my)? "
        "(pin|pins|needle|needles|compass|drawing pin|safety pin) ~2 (in|into) (my|ma) (hand|hands|"
        "arm|arms|leg|legs|skin|thigh|thighs|wrist|wrists|finger|fingers) ~6 (over and over|again "
        "and again|on purpose|til it bled|till it bled|until it bled|it helped|it helps|to feel|"
        "felt better)",
        SELF_HARM,
    ),
    hint(
        "worry about me (after|from|past|come) (friday|saturday|sunday|monday|tuesday|wednesday|"
        "thursday|tonight|tomorrow|today|this weekend|the weekend|next week|the holidays|xmas|"
        "christmas)",
        "farewell_after",
        SUICIDE,
    ),
    # Blind set FS: "doing the chroming thing again with the deodorant", to make it go quiet.
    flag(
        "(chroming|chromed|huffing|huffed|sniffing|sniffed) ~6 (deodorant|deoderant|aerosol|"
        "aerosols|lynx|spray|spray can|sprays|gas|lighter fluid|glue|paint|butane)|(doing|did|"
        "started|been|keep|kept) (the)? chroming",
        SELF_HARM,
        unless=("education",),  # "a talk on chroming in assembly today"
    ),
    # Blind set FT: a young person in a residential unit who "swallowed batteries last night,
    # this is the third time this month".
    flag(
        "(swallowed|swallows|swallowing|swallow) (batteries|a battery|razor blades|blades|a blade|"
        "bits of glass|glass|pins|screws|nails|magnets|bleach) ~10 (again|third time|second time|"
        "fourth time|times this|on purpose|to hurt|every week)|(keeps|kept|been) swallowing "
        "(batteries|razor blades|blades|glass|pins|screws|nails|magnets|bleach)",
        SELF_HARM,
    ),
    # Blind set FW: a girl of about 14 trying to buy three packs of paracetamol "for a school
    # project", as a pharmacist told it (told of someone else: "the pharmacist gave me a row for
    # trying to buy 3 packs" is a 16-year-old with a cold).
    flag(
        "(girl|boy|young person|teenager|kid|child|she|he|daughter|son|friend|lad|lass) ~7 (tried "
        "to|trying to|wanted to|came in to|asked to) buy (#|two|three|four|five|several|lots of|"
        "loads of) (packs|packets|boxes) of {PILLS}",
        SUICIDE,
        severity="medium",
    ),
    # Blind set FS: "my arms r a mess again lol", said in passing.
    flag(
        "(my|her|his) (arms|wrists|legs|thighs) (are|r|is|look|looks) (a mess|a state|wrecked|cut "
        "up|torn up|shredded) again",
        SELF_HARM,
        severity="medium",
        unless=("skin_condition",),
    ),
    # Blind sets GB and GE: long sleeves in PE "because of my arms", an exemption asked without
    # saying why; a son skipping meals, running for hours, two stone lost.
    flag(
        "(long sleeves|long sleeved|long-sleeved|a hoodie|my hoodie|a jumper|my jumper) ~6 "
        "(because of|cos of|coz of|to hide|to cover) (my|her|his) (arms|wrists|scars|cuts)",
        SELF_HARM,
        unless=("skin_condition",),
    ),
    flag(
        "(skipping|skips|skipped|missing) meals ~10 (lost|losing) (# stone|## kilos|## kg|# kg|"
        "loads of weight|so much weight|a lot of weight)",
        SELF_HARM,
        severity="medium",
    ),
]

IDIOMS = [
    # Blind sets CP and CQ: a birthday party out of reach ("i dont think ill make it to my
    # birthday party at the soft play, the bus doesnt go there"), and boredom's hyperbole ("if i
    # have to sit through one more assembly about vaping i'm gonna jump out the window").
    idiom(
        "make it to (my|the|his|her|our|a) (birthday|bday|b-day)? (party|parties|do|meal|disco|"
        "sleepover|celebration)"
    ),
    idiom(
        "if (i|ah) (have to|hav to|hafta|have tae|gotta|got to|need to) ~3 (one more|another|1 more"
        "|any more) ~6 (jump|kill myself|die|scream|throw myself)"
    ),
    # Broken glass on a path, and the children "nearly cut their feet": an accident, not a harm.
    idiom(
        "(broken glass|glass|broken bottles|bottles|needles|nails|rusty) ~10 (nearly|almost)? "
        "(cut|cuts|cutting) (my|his|her|their|our|ma) (foot|feet|toe|toes|knee|knees|hand|hands|"
        "finger|fingers)|(cut|cuts|cutting) (my|his|her|their|our|ma) (foot|feet|toe|toes|knee|"
        "knees|hand|hands|finger|fingers) (open)? on (the|some|a|broken)? ~2 (glass|bottle|bottles|"
        "metal|nail|nails|rock|rocks|shell|shells|tin|can|cans|fence|wire|railing)"
    ),
    # An everyday complaints set: a tree "aboot tae faw on the roof" is a repair, not a roof edge.
    idiom(
        "(fall|falls|falling|fallin|faw|fa|come down|comes down|coming down|land|lands|landing|"
        "crash|crashes|crashing) (on|onto|through|intae|into) (the|our|ma|my|oor|us|a|their) (roof|"
        "house|hoose|car|shed|garden|fence|path|road|windae|window)"
    ),
    # Near twins from blind set CB: a bungee jump off a bridge on holiday; a rope swing in the
    # garden; a goodbye letter to a teacher who is retiring.
    idiom("(bungee|bungy) (jump|jumps|jumped|jumping) (off|from)"),
    idiom("(rope|tyre|tire) (swing|swings)"),
    idiom(
        "(goodbye|farewell|leaving) (letter|letters|card|cards|note|notes|message) (to|for) (my|"
        "our|the|her|his|mr|mrs|miss|ms) ~2 (teacher|teachers|coach|head|headteacher|nursery "
        "teacher|classroom assistant|janitor|jannie|dinner lady) ~4 (retiring|retires|retired|"
        "retirement|leaving|leaves|moving away|maternity leave)"
    ),
    # Blind set BX: a film "where the main character wants to end it all"; a smell "making me
    # want to die"; a blade that "fell out of my sharpener" and will not "go back in".
    idiom(
        "(film|movie|book|novel|play|story|episode|show|series|cartoon|programme|documentary) "
        "(where|about|in which) (the|a|an|this)? (main)? (character|boy|girl|man|woman|hero|"
        "heroine|guy|lad|teenager|kid|he|she) ~3 (end it all|ends it all|ended it all)"
    ),
    idiom(
        "(smell|stink|stench|pong|noise|racket|queue|traffic|heat|waiting|wait|wifi|bins|mould|"
        "damp|drilling|music) (is|s|was|are)? (honestly|actually|literally|genuinely|seriously|"
        "just)? (making|makes|made) me (want to|wanna|want tae) (die|boak|be sick)"
    ),
    idiom(
        "(blade|blades) ~2 (fallen|fell|falls|come|came|comes|dropped|drops) out (of)? (my|the|ma|"
        "his|her)? (pencil)? (sharpener|sharpeners)|(get|put|fit|stick|screw) (it|them|the blade|"
        "the blades) back (in|on|together)"
    ),
    # Dread of results, not of living: "i don't want to be alive when the exam results come out".
    idiom(
        "(dont|don't|do not) want to be alive (when|on the day) (the|my)? (exam results|results|"
        "report card|report|grades|marks|prelim results|parents evening|parents night)"
    ),
    # Accidents told with what did it: "burnt his belly on his hot water bottle", "a rusty bolt
    # on the slide that cut my son's hand", a nurse who "stabbed her arm 4 times trying to find a
    # vein", a pharmacy's mix-up by which an old woman "could have overdosed by accident".
    idiom(
        "(burnt|burned|burn|burns|scalded|scald) (his|her|my|their|its) (hand|hands|finger|"
        "fingers|thumb|palm|wrist|arm|arms|leg|legs|belly|tummy|stomach|foot|feet|face|chin|neck|"
        "back|knee|knees|lip|lips|tongue|mouth|chest|shoulder|thigh|toe|toes) (on|off|with) (a|the|"
        "his|her|my|their)? (hot water bottle|radiator|oven|oven door|hob|iron|kettle|cooker|stove|"
        "heater|barbecue|bbq|candle|curling tongs|straighteners|hair straighteners|hot tea|hot "
        "chocolate|soup|toaster|exhaust)"
    ),
    idiom(
        "(stabbed|jabbed|poked|prodded) (her|his|my|their)? (arm|arms|hand|finger|foot) ~6 (vein|"
        "veins|blood test|bloods|cannula|drip|needle|injection|jag|jags|vaccine|vaccination)"
    ),
    idiom(
        "(bolt|nail|glass|metal|wire|fence|screw|edge|tin|slide|swing|railing|railings|spike|"
        "spikes|bracket|branch|bramble|brambles) ~3 (that|which)? (cut|cuts|slashed|scratched|"
        "ripped) (my|his|her|our|a) ~2 (hand|hands|finger|fingers|leg|legs|knee|knees|arm|arms|"
        "foot|feet|head|face)"
    ),
    idiom(
        "(could have|could've|couldve|might have|might've|mightve|nearly|almost) (overdosed|taken "
        "an overdose|had an overdose) (by accident|by mistake|accidentally)"
    ),
    # "That chemistry exam actually unalived me": an exam or a film, not a person.
    idiom(
        "(exam|exams|test|tests|homework|maths|chemistry|physics|biology|essay|lesson|class|shift|"
        "week|film|episode|ending|season finale|finale|quiz) ~3 (unalived|unalive|killed|"
        "murdered) (me|us)"
    ),
    # A service cut, not a person: "breakfast club was cut", "the bus route got cut".
    idiom(
        "(club|clubs|service|services|funding|budget|budgets|hours|bus|buses|route|routes|staff|"
        "class|classes|programme|scheme|support|lessons|provision|grant|grants|library|pool|"
        "nurse|nurses|team|project|projects|group|groups|centre|center|playgroup|activities|"
        "trips|sessions) (was|were|got|has been|have been|is being|are being|been) (cut|cut "
        "back|axed|slashed)"
    ),
    # Embarrassment: "I wanted to die when my mum turned up at the gate in her pyjamas".
    idiom(
        "(everyone|everybody|we all|we|they|the whole class|all of us) ~3 (wanted to die|could "
        "have died|nearly died) (when|as|cos|because) (they|we|the teacher|he|she) (saw|heard|"
        "read|got|found out)|dead (tired|beat|bored|jealous|lucky|keen|chuffed|easy|funny|good|"
        "nice|on time)"
    ),
    idiom(
        "(wanted to die|could have died|couldve died|could've died|nearly died|wanted the ground "
        "to swallow me) (when|as|cos|because) (my|ma) (mum|dad|mam|da|maw|parents|gran|nan|"
        "granny|teacher|sister|brother|auntie|uncle) (turned up|showed up|came in|walked in|"
        "started|sang|danced|shouted|called|kissed|hugged|posted)"
    ),
    # "A film with a suicide scene": the word names what the film showed.
    idiom(
        "(suicide|self harm|selfharm|self-harm) (scene|scenes|storyline|storylines|content|"
        "warning|trigger warning|theme|themes|awareness week|prevention week|awareness assembly)"
    ),
    # "An overdose of homework", as "overdosed on revision" below: too much of a harmless thing.
    idiom(
        "(an|a|the|total|complete) (overdose|over dose) of (homework|revision|work|essays|"
        "tests|exams|maths|reading|sugar|chocolate|sweets|cake|screen time|tv|telly|netflix|"
        "information|info|memes|emails|meetings|drama|cuteness|fun|sunshine|football|admin|"
        "paperwork|forms|letters|questions|rules|jargon)"
    ),
    # Hyperbole about a thing, said to anyone: "the smell is enough to make you want to die".
    idiom(
        "enough to make (you|anyone|anybody|a person|ye|yi|folk|people) (want to|wanna|wana|"
        "want tae) (die|dee|scream|cry|move|emigrate)"
    ),
    # A cut from something broken or sharp at school, the park or home: an accident to report.
    idiom(
        "(the|a|an|that|this)? (slide|fence|glass|nail|tin|can|paper|bike|swing|trampoline|rock|"
        "shell|branch|thorn|bramble|gate|door|wire|railing|seesaw|roundabout|climbing frame) ~3 "
        "(cut|cuts|scratched|scraped|grazed|scratches|scrapes|grazes) (my|ma|his|her|their) "
        "(leg|legs|arm|arms|hand|hands|finger|knee|knees|foot|feet|face|elbow)"
    ),
    idiom(
        "(cut|cuts|graze|grazes|scratch|scratches|gash) (on|in) (my|ma|her|his|their) ~4 from "
        "(the|a|an|some|our|that) ~2 (fence|door|gate|glass|window|tin|can|paper|nail|nails|saw|"
        "scissors|chisel|tools|compass|"
        "bike|trampoline|climbing frame|tree|rock|stone|bush|branch|barbed wire|railing|railings|"
        "table|desk|chair|pitch|playground|swing|slide|fall)"
    ),
    # Blind set CE: "i want to jump the queue for swimming lessons".
    idiom(
        "(jump|jumping|jumped|jumps) (the)? (queue|queues|line|gun|lights|waiting list)|(jump|"
        "jumping|jumped|jumps) ship"
    ),
    # Hair and nails are cut too: "my friend cut her own fringe".
    idiom(
        "(cut|cuts|cutting|cuttin|chopped) (off)? (all|all of|most of|some of)? (her|his|my|their|"
        "your|ma) (own)? (fringe|hair|bangs|nails|toenails|fingernails|curls|split ends|beard)"
    ),
    idiom(
        "(overdosed|overdosing|overdose|od'd|odd|oded) on (revision|studying|homework|sugar|"
        "chocolate|caffeine|coffee|energy drinks|monster|netflix|tv|telly|anime|tiktok|cake|sweets|"
        "haribo|memes|maths|fortnite|gaming|exams)"
    ),
    idiom(
        "(theyll|they'll|hel|he'll|shel|she'll|theyd|they'd|hed|he'd|threatened to|threaten to|"
        "threatening to|said they would|said theyd|they|he|she|him|her) (slash|cut|stab|burn|"
        "carve|scratched|scratch) (my|ma|her|his) {BODY}"
    ),
    idiom(
        "(kil*|kild) (myself|masel|meself) (laughing|laughin|lol|lmao|with laughter|working|"
        "trying|to get|revising|studying|at work|at the gym|running|for|over)"
    ),
    idiom("kmsl|killing me softly"),
    idiom(
        "(die|dying|died|dead|dee) (of|from|wi|with|fae|o) (boredom|embarrassment|embarassment|"
        "laughter|laughing|cringe|shame|excitement|hunger|thirst|heat|the heat|cold|the cold|"
        "jealousy|envy|curiosity|happiness|old age|exhaustion|tiredness|stress|fright|shock|"
        "a heart attack)"
    ),
    idiom(
        "(so|was so|im so|i'm so|too|well|pure|totally|proper|completely) (embarrassed|"
        "embarassed|embarrased|mortified|cringed out|beamin|red) ~5 (die|dead|died|"
        "the floor to swallow me)"
    ),
    idiom(
        "(phone|battery|laptop|tablet|ipad|plant|plants|car|computer|torch|charger|headphones|"
        "airpods|switch|controller|fish|goldfish|hamster|tamagotchi|vibe|conversation|chat|"
        "group chat) (is|s|was|will|about)? ~3 (die|dead|dying)"
    ),
    idiom(
        "(die|dye|died|dyed|dying) (my|ma|her|his|their|your|ur|it|them|the) (hair|fringe|"
        "clothes|jeans|top|shirt|roots|eyebrows|tips|blue|pink|red|purple|black|green|blonde)"
    ),
    idiom("(rather|sooner) (die|be dead) than"),
    # Blind set CR: "ugh i want to die, i just fell over in front of the whole school".
    idiom(
        "(want to|wanna|wana|want tae|wanted to) die ~6 (fell over|fell down|fell off|fell up|"
        "tripped|"
        "tripped up|slipped|spilled|spilt|dropped|farted|burped|called (the|my|our) teacher (mum|"
        "mam|mummy|mammy|dad)) ~4 in front of"
    ),
    # Asking what a word they heard means (blind set CR: "sewer slide is a tiktok word right?").
    idiom(
        "(sewerslide|sewer slide|sewer slid|unalive|un alive|kms|ctb) (is|its|it's|is that) (a|an|"
        "the)? (tiktok|tik tok|slang|internet|new|code|made up) (word|thing|term|way)"
    ),
    # A service cut, not a person ("his support was cut from 10 hours to 4").
    idiom(
        "(support|hours|funding|budget|service|services|staff|route|routes|provision|help|pay|"
        "benefits|allowance|grant|budgets|classes|places) ~4 (was|were|got|has been|have been|is "
        "being|are being|being|getting) (cut|cuts|slashed)"
    ),
    # A score, not a beating ("we got battered 6-0").
    idiom(
        "(got|get|were|was|we|they|got absolutely|getting) (battered|hammered|thrashed|destroyed|"
        "murdered|slaughtered|smashed|pumped|stuffed|humped|skelped) (0|1|2|3|4|5|6|7|8|9|10|11|"
        "12|nil)"
    ),
    idiom("(dying|dyin) (to|for) (see|go|know|try|get|meet|have|watch|hear|play)"),
    idiom("(die|died|dying|dead) (laughing|laughin|of laughter)"),
    idiom("(would|could|will|gonna|going to|ll) (literally)? die (if|when|for|cos|because)"),
    idiom("(want|wanna|wana) ~2 (die|dye) ~2 (hair|fringe|clothes|top|jeans)"),
    idiom(
        "shoot (myself|masel|ourselves) in the foot|hang (myself|masel) (up|out)|(top|topped|"
        "topping) (myself|masel) up|(pinch|pinched|pinching) (myself|masel)"
    ),
    idiom(
        "(cut|cuts|cutting|cutted) (myself|masel|herself|himself) (again)? (shaving|cooking|"
        "chopping|on|by accident|accidentally|making|while|when|in|at|with the|on the|slightly|a "
        "bit)"
    ),
    idiom(
        "(accidentally|accidently|by accident|by mistake|slipped and) (cut|hurt|burnt|burned|hit|"
        "injured|scratched|stabbed|banged)"
    ),
    idiom(
        "(hurt|hurted|injured|injur*|bruised|banged|hit|burnt|burned|scratched|pulled|twisted|"
        "sprained|strained) (myself|masel|herself|himself) (again)? (playing|during|falling|"
        "climbing|running|skating|skiing|cycling|training|slightly|quite badly|a bit|in (pe|p e|"
        "football|rugby|gym|the gym|the park|the playground|a match|the match|a fall|the garden|"
        "the kitchen|training)|at (football|rugby|the gym|the park|pe|training|the match|"
        "school sports|dancing)|on (the|a) (trampoline|swing|slide|stairs|bike|climbing frame|"
        "ice|pitch|ramp|monkey bars)|when i (fell|slipped|tripped|crashed|landed|was playing|"
        "was running|was climbing|fell off|came off)|while (playing|running|climbing|skating|"
        "cycling|training))"
    ),
    idiom(
        "(burnt|burned|burn|burns|scalded) (my|ma|her|his) (hand|hands|finger|fingers|arm|tongue|"
        "mouth|leg|face|lip) (on|in|with|cooking|making|taking|off|at)"
    ),
    idiom(
        "(cut|cuts|cutting|cutted|cutt) (my|ma|her|his|their|your|ur|the|our|a|some|his|"
        "its) (hair|fringe|nails|toenails|finger|fingers|thumb|hand|foot|knee|lip|food|meat|"
        "sandwich|cake|lunch|grass|hedge|lawn|paper|wood|bread|budget|costs|line|queue|losses|"
        "ties|journey|trip|visit|lesson|class|service|route|hours|pay|money|benefits|funding|"
        "staff|price|prices|toast|pizza|onions|vegetables|veg|tree|trees|branches|rope|string|"
        "tape|ribbon|card|fabric|pattern|picture|pictures|shapes|photo|lines|scene|engine|power|"
        "electricity|gas|water|phone|wifi|internet|support|package|allowance|number)"
    ),
    idiom(
        "(cut|cuts|cutting) (it|them|him|her|me|us) (short|off|out|down|up|in half|loose|close|"
        "fine|some slack)"
    ),
    idiom(
        "(cut|cuts|cutting) (off|out|down|back|in|short|across|through|corners|class|school|"
        "classes|lessons|loose|ahead|the line)"
    ),
    idiom(
        "(hair|paper|power|budget|funding|service|staff|pay|benefit|welfare|council|spending|"
        "price|tax|job|bus|jobs|government|school) (cut|cuts)"
    ),
    idiom(
        "(haircut|haircuts|papercut|papercuts|shortcut|shortcuts|cutoff|cutbacks|cuts to|cut backs)"
    ),
    idiom(
        "(have to|need to|got to|must|remember to|forgot to|supposed to|meant to|"
        "should) {SWALLOW} (all)? (my|her|his|the)? ~2 {PILLS} (before|after|with|every|in the|"
        "at|twice|once|three times|as prescribed|each|first thing|in the morning|at night|"
        "at school)"
    ),
    idiom(
        "(book|film|movie|show|story|programme|series|documentary|article|video|episode|play|"
        "song|poem|novel) (about|on|where|in which) ~6 (self harm*|harms (herself|himself|"
        "themselves)|suicide|kills (herself|himself|themselves)|overdoses|cuts (herself|himself))"
    ),
    idiom("(the|that|this) (joke|show|concert|gig|performance|set) (killed|slayed|was killing it)"),
    idiom(
        "{PILLS} (for|because of|to help with|to control|to manage|to help) (his|her|my|the|"
        "their|a|an)? ~2 (heart|blood pressure|diabetes|asthma|epilepsy|adhd|pain|back|condition|"
        "illness|arthritis|cancer|cholesterol|thyroid|migraine|migraines|allergies|hay fever|"
        "anxiety|depression|headaches|periods|acne|skin|sleep|cold|flu|infection|chest|stomach|"
        "kidneys|liver|seizures|fits)"
    ),
    idiom(
        "(suicide|suicidal) (squad|prevention|awareness|bomber|bombers|mission|doors|run|(drill|"
        "drills)|pass)"
    ),
    idiom(
        "(no|nae) point (in)? (complaining|phoning|calling|emailing|writing|asking|going|"
        "trying to (phone|call|get|book|complain|contact)|waiting)"
    ),
    idiom(
        "(dont|don't|do not|dinnae) (want|wanna) (to)? (live|be) (in|at|with|near|beside|next to|"
        "above|below|under|on) (this|that|the|a|my|ma|our|his|her|their|such a|another|"
        "any) (flat|house|hoose|home|area|place|street|town|city|scheme|estate|building|room|"
        "country|dump|hostel|unit|mould|damp|conditions|family|dad|da|mum|mam|maw|parents|gran|"
        "foster|carers|stepdad|boyfriend|school|village|neighbourhood|block|close|tenement|b&b|"
        "hotel|accommodation)"
    ),
    idiom(
        "(dont|don't|do not|dinnae) (want|wanna) (to)? (live|be) (with|beside|near) (him|her|"
        "them|dad|mum|my|ma)"
    ),
    idiom(
        "(dont|don't|do not|dinnae) (want|wanna) (to)? (go on|carry on) (the|a|this|that|holiday|"
        "trip|my|our|with|about|at|to)"
    ),
    idiom("(end|ending|ended) (it|things) (with|between) (him|her|them|my|the)"),
    idiom(
        "the (bus|journey|route|service|trip|lesson|class|meeting|driver|call|phone call|game|"
        "match|film|show) (was)? (cut|cuts|cutting) (short|off)"
    ),
    idiom(
        "(od|odd) (one out|number|numbers|job|jobs|socks|bit|thing|things|feeling|behaviour|look|"
        "looks|that|how|because)"
    ),
    idiom("(that|its|it's|it is|was|so|bit|really|very|quite|how) (od|odd)"),
    idiom("(sh|shh|shush|shhh) (up|be quiet|quiet|please)|(said|says|goes|went) (sh|shh)"),
    idiom(
        "sudoku (puzzle|puzzles|book|books|game|games|app)|(play|playing|do|doing|did|love|"
        "like) sudoku"
    ),
    # Blind sets DL and DN: a school timetable or a football result as the reason, which is the
    # joke: "the new timetable makes me want to die", "i dont wanna be alive on a monday at
    # 8.50", "he wants to die because his team got relegated", "shell jump off the roof if she
    # has double maths on a friday". Only these reasons: school itself is not on the list.
    idiom(
        "(timetable|timetables|double (maths|physics|science|english|french|pe|chemistry|biology|"
        "history|geography)|monday mornings|mondays|the start time|early start|early starts) ~4 "
        "(makes|make|making|made) (me|her|him|us) (want to|wanna|wana|wants to) (die|dee)"
    ),
    idiom(
        "(want to|wanna|wants to|wanted to) (die|dee|be dead) (because|cos|coz|cause|cuz|bc) "
        "(his|her|my|our|the|their) (team|club|side|fantasy team) (got|were|was|is|are|getting|"
        "just got) (relegated|beat|beaten|knocked out|humped|thrashed)"
    ),
    idiom(
        "(dont|don't|do not|dinnae) (want to|wanna) be alive (on|before) (a|the)? (monday|mondays|"
        "monday morning|monday mornings)"
    ),
    idiom(
        "(jump|jumping) off the roof if (she|i|he|we|they) (has|have|get|gets|got|has got|have "
        "got) (double|another|a|an) (maths|physics|science|pe|exam|test|english|chemistry|french)"
    ),
    # A hazard reported "before a wean cuts themselves": an accident to come, not self-harm.
    idiom(
        "before (a|some|any|the|someone|somebody|a wee|a small|a young)? (wean|kid|kiddie|child|"
        "bairn|toddler|someone|somebody|one|person|dog)? (cuts|hurts|injures|burns) (themselves|"
        "themself|theirselves|himself|herself)"
    ),
    # Blind set DM: a painkiller's dose asked for a toothache, not a lethal one.
    idiom(
        "(can|should|could|do) (i|you|he|she|we) (take|have) (in a day|a day|per day|at a time|"
        "at once|in 24 hours|each day|every day)? (for|with) (a|my|the|his|her|this)? (wisdom "
        "tooth|toothache|tooth|headache|migraine|period pain|period|cramps|back pain|sore back|"
        "cold|flu|fever|temperature|sore throat|earache|sprain|sprained ankle)"
    ),
    # ...and marks a violin leaves on the neck.
    idiom(
        "(marks|mark|bruise|bruises|callus|calluses|red mark|rash) on (my|her|his) (neck|chin|"
        "jaw|fingers|fingertips|shoulder) (from|cos of|because of) (my|the|playing|playing the)? "
        "(violin|viola|fiddle|guitar|cello|instrument|bass)"
    ),
    # ...and a sister who "bangs her head off the desk doing her maths homework".
    idiom(
        "(bang|bangs|banging|banged) (my|her|his|ma) (head|heid) (off|against|on) (the|a|my|her|"
        "his)? (desk|table|keyboard|books) ~4 (homework|maths|revision|studying|exam|exams|test|"
        "spreadsheet|tax return|crossword)"
    ),
    # Blind set DP, short lines: "nearly hurt myself laughing"; "burnt myself on the toastie
    # maker in home ec"; "kill me now 😂"; "if i disappeared from the group chat".
    idiom(
        "(hurt|injured|killed|kill|wet|peed|pished) (myself|masel|mysel|himself|herself|"
        "themselves) (laughing|laffin|laughin|laffing)"
    ),
    # Blind set EF: "my mate burned himself on the toastie maker"; "scratched my arm on the
    # compass in maths". What did it is named, and it is a thing, not a person.
    idiom(
        "(burnt|burned|burning|scalded|cut|cutting|nicked|scratched|scraped|grazed|stabbed|jabbed|"
        "pricked) (myself|masel|maself|meself|himself|herself|themselves|(my|his|her|their) (hand|"
        # Blind set FL: "on dad's cooker".
        "finger|arm|thumb|leg|knee|wrist|palm)) on (the|a|my|our|his|her|dad's|dads|mum's|mums|"
        "gran's|grans|my dad's|my mum's)? (broken|sharp|rusty|hot|cracked|jagged)? (cooker|"
        "toastie maker|toaster|deep fat fryer|fryer|chip pan|oven|oven door|iron|tiles|"
        "tile|rayburn|aga|range|"
        "woodburner|wood burner|kettle|hob|pan|frying pan|straighteners|stove|grill|radiator|glue "
        "gun|hot glue gun|tin|tin can|baking tray|tray|candle|sparkler|bbq|barbecue|compass|pin|"
        "needle|drawing pin|staple|thorn|rose|nail|bit of glass)"
    ),
    idiom("^ (just|somebody|someone|please|pls|omg|ugh)? kill me now"),
    idiom(
        "(disappeared|disappear|left|leave|vanished|vanish|quit|went) (from|out of|oot o) (the|a|"
        "this|our|ma|my) (group chat|gc|chat|server|group|whatsapp group|class chat)"
    ),
    # Blind set DQ: a school lunch not eaten since Tuesday "cos the menu changed"; a cut on a
    # child's hand from glass in the play park, with a plaster.
    idiom(
        "(havent|haven't|not|never) (eaten|had|touched) (my|the)? (school lunch|school dinner|"
        "school dinners|lunch|dinners|packed lunch) since ~3 (cos|because|coz|cause|as) (the)? "
        "(menu|pasta|food|dinner lady|dinner ladies|canteen|it|they|its|it's)"
    ),
    idiom(
        "(a|one|wee|small|tiny) (cut|graze|scrape|scratch|nick) on (her|his|my|their) (hand|knee|"
        "knees|finger|leg|arm|elbow|foot|chin|forehead|head|thumb) ~8 (plaster|plasters|glass|fell|"
        "fall|slide|swing|swings|park|playground|trampoline|bike|scooter|nurse|cuddles)"
    ),
    # Blind set DR: "this homework is killing me, 3 essays due monday, i want to die".
    idiom(
        "(homework|essays|essay|coursework|revision|deadlines|prelims|exams) (is|are) killing me "
        "~8 (i)? (want to|wanna|wana) (die|dee)"
    ),
    # ...a child's dose of paracetamol looked up for a temperature.
    idiom(
        "(how much|how many) {PILLS}? ~2 (can|should|do|to) (you|i|we)? (give|giving) (a|my|her|"
        "his|the|to)? ~3 (year old|yr old|month old|toddler|baby|child|kid|son|daughter|wee one)"
    ),
    # Blind set DT: a wrist cut "on broken glass" in a classroom, cleaned and steri-stripped;
    # a bereavement group for those who lost someone to suicide.
    idiom(
        "(cut|cuts|gashed|sliced|nicked|caught) (her|his|my|their) (wrist|hand|arm|finger|thumb|"
        "palm|leg|foot|knee) on (a|the|some)? (broken)? (glass|window|tin|can|metal|nail|fence|"
        "wire|mirror|bottle)"
    ),
    idiom(
        "(lost|losing|lose|bereaved) (someone|somebody|a (parent|friend|brother|sister|son|"
        "daughter|loved one)|family members|people)? (to|by|through) suicide|suicide (bereavement|"
        "prevention|awareness|prevention training|first aid)"
    ),
    # ...not "he wants to die on that hill", or of embarrassment.
    idiom(
        "(die|dying|died) on (that|this|the same) hill|(die|died|dying) (of|from) (the)? "
        "(embarrassment|shame|cringe|laughing|boredom|smell|stench|heat)"
    ),
    idiom(
        "(dont|don't|do not) (want to|wanna) wake up ~3 (its|it is|it's|cos its|because its|cos "
        "it is) (monday|a monday|school|exam day|results day)"
    ),
    # Blind set DY: "hanging of the rope wrong in jim" (gym), a fall in PE.
    idiom(
        "(hanging|hang|hung|swinging|climbing) (of|off|on|from) the (rope|ropes) ~4 (in|at) "
        "(gym|jim|pe|p e|the gym|the hall)"
    ),
    # Blind set EB: "our drama group's doing a play about a lassie who wants to end it all".
    idiom(
        "(play|film|book|story|novel|musical|drama|show|episode|song) about (a|an|this) (girl|boy|"
        "lassie|laddie|man|woman|teenager|kid|teen|character) (who|that|whos|who's) (wants|wanted) "
        "to"
    ),
    # Blind set EF: "the library computers block any page with the word suicide in it". A word
    # named as a word is mentioned, not meant.
    idiom(
        "(the|that|a) (word|words|term|phrase) (suicide|suicidal|self harm|selfharm|self-harm|"
        "overdose|kill|killing|die|dying|death|abuse|rape|cutting)|(words|terms) (like|such as) "
        "(suicide|suicidal|self harm|selfharm|self-harm|overdose|kill|die|abuse|rape)"
    ),
    # Blind set EG: "i dont want to be here anymore, 6 hours in this waiting room"; blind set
    # ED: "i just want to sleep and not wake up till the next bank holiday". The place, and the
    # day sleep ends, are named.
    idiom(
        "{NOT_WANT} be here (anymore|any more|any longer|no more)? ~6 (waiting room|queue|a&e|a "
        "and e|"
        "waiting area|this class|this lesson|this meeting|this ward|this shop|this bus|this "
        "hospital|this holiday club|this club|this camp|this party|this trip|this queue|queue|"
        "queue's)|"
        "(sleep|not wake up|never wake up) (till|until|til|tae) (the|next|monday|"
        "tuesday|wednesday|thursday|friday|saturday|sunday|christmas|summer|the holidays|the "
        "weekend|next week|next year|its over|it's over|exams are over|he's #|hes #|she's #|shes #|"
        "they're #|theyre #)"
    ),
    # Blind set EE: "I'm not suicidal, I'm FURIOUS."
    idiom("not suicidal ~3 (furious|angry|raging|fuming|livid|annoyed|frustrated|mad|cross|upset)"),
    # Blind set EG: "In the film she swallowed a whole bottle of pills ... It's for my drama
    # class". What a character does in a story is the story's.
    idiom(
        "(in|on) (the|a|that|this) (film|movie|show|programme|episode|series|book|novel|play|soap) "
        "(she|he|they|the (girl|boy|character|mum|dad|main character)|a (girl|boy|character)) "
        "(swallowed|swallows|took|takes|cuts|cut|overdoses|overdosed|jumps|jumped|hangs|hanged|"
        "kills|killed|tries|tried)"
    ),
    # Blind set EG: "he's got nothing to live for until the new series comes out lol".
    idiom(
        "(live|living) for (until|till|til|tae) ~6 (comes out|come out|is out|drops|released|"
        "starts)"
    ),
    # Blind set ET's harmless half: "i hurt myself again at the trampoline park"; "he's training
    # for a triathlon and he's killing himself"; arms scratched "picking brambles".
    idiom(
        "(hurt|injured) (myself|himself|herself|themselves) (again)? (at|on|playing|doing) (the)? "
        "(trampoline|trampoline park|football|rugby|gym|training|skate park|ice rink|climbing wall|"
        "pe|netball|hockey|shinty)"
    ),
    idiom("(training|revising|working|studying) ~8 killing (himself|herself|myself|themselves)"),
    idiom(
        "(scratched|cut|torn|ripped) (my|his|her|their) (arms|legs|hands|arm|leg|hand) ~3 "
        "(picking|on|"
        "in|from) (brambles|blackberries|nettles|the bushes|thorns|roses|gorse|the hedge)"
    ),
]
