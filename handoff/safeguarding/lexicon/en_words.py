"""English and Scots word classes shared by the English rules.

Spell words as children write them; folding, leetspeak and doubled letters are handled for you
("killl", "k1ll" and "kil" all meet "kill"). Scots forms sit beside the English ones.
"""

CLASSES: dict[str, str] = {
    # People -------------------------------------------------------------------------------------
    "POSS": "my|ma|mah|me|mi|mai|our|oor|her|his|their|the|a|ur|your|yer|yir|my friends|"
    "my friend's|my pals|my mates|ma pals|her friends|his friends|this|that",
    "KIN": "dad|dads|daddy|da|das|dada|faither|father|papa|pa|pops|stepdad|step dad|stepda|"
    "stepfather|step father|mum|mums|mam|mams|mammy|mummy|mom|moms|mommy|maw|maws|mother|ma|"
    "stepmum|step mum|stepmom|stepmother|step mother|stepmam|stepmaw|stepdads|stepmums|"
    "parent|parents|folks|carer|carers|foster carer|foster carers|foster mum|foster dad|"
    "foster parents|gran|granny|nan|nana|nanna|nanny|grandma|grandmother|grandad|granda|"
    "grandpa|grandfather|uncle|auntie|aunty|aunt|{PARTNER_OF_PARENT}|babysitter|childminder|"
    "guardian|lodger|family friend|neighbour|neighbor|boyfriend|bf|girlfriend|gf|ex|partner|"
    "husband|wife|family",
    # Siblings apart: a sibling's shove is not a parent's beating, but a sibling's abuse counts.
    "SIBLING": "stepbrother|step brother|stepsister|step sister|brother|brothers|bro|big brother|"
    "older brother|cuz|cuzzy|sister|sisters|big sister|older sister|cousin|cousins|"
    "half brother|half sister",
    "PARTNER_OF_PARENT": "(mums|mams|maws|moms|mas|mothers|mummys) (boyfriend|bf|partner|"
    "new boyfriend|new partner|fella|man|new man|husband|mate)|(dads|das|"
    "fathers) (girlfriend|gf|partner|new girlfriend|new partner|wife|mate)",
    "OTHER_ADULT": "teacher|teachers|coach|tutor|priest|minister|imam|youth worker|social worker|"
    "key worker|care worker|staff|janitor|jannie|instructor|driver|bus driver|man|"
    "men|guy|guys|woman|lady|adult|stranger|someone|somebody|older man|older guy|"
    "boss|manager|landlord|dealer",
    "PRONOUN": "he|she|they|hes|shes|theyre|hed|shed|hel|shel|theyll|theyd",
    "PERP_HOME": "{POSS}? {KIN}|{PRONOUN}",
    "PERP_ADULT": "{POSS}? ({KIN}|{OTHER_ADULT})|{PRONOUN}",
    "PERP": "{POSS}? ({KIN}|{OTHER_ADULT}|{SIBLING})|{PRONOUN}",
    "HIT_SERIOUS": "hits|punches|beats|kicks|slaps|batters|leathers|chokes|strangles|hurts|abuses|"
    "burns|bites|whacks|thumps|smacks|skelps|belts|beat up|beats up|battered|"
    "strangled|choked|stabbed|stabs|burnt|burned|knocked out|knocks out|headbutted|"
    "headbutts|leathered|abused|attacked|attacks|assaulted|batter|"
    "beat the crap out of|beats the crap out of",
    "INTENSITY": "every day|everyday|every night|all the time|so hard|really hard|and my parents|"
    "and mum|and dad|and nobody|and no one|constantly|bleed|bleeding|bruises|"
    "black eye|hospital|and it hurts|for no reason|in the face|in the head|"
    "in the stomach|on purpose|till i bleed|until i bleed|till i cry|with a|with his|"
    "with her",
    "PEERS": "bully|bullies|the boys|the girls|boys|girls|lads|kids|pupils|older boys|older girls|"
    "older kids|a boy|a girl|some boys|some girls|some kids|people|folk|everyone|every1|"
    "they|a group|a gang|group|gang|the group|the gang|classmates|people in my class|boys in my "
    "class|girls in my class|"
    "the older ones|this boy|this girl|these boys|these girls|a guy in my class|"
    "a girl in my class|s1s|s2s|s3s|s4s|s5s|s6s|year 7s|year 8s|year 9s|year 10s|year 11s",
    "ME": "me|us|mi",
    "CHILD": "(our|my|her|his|their|the) # (year old|yr old|yo|month old)|{POSS}? (wee|little|lil|"
    "baby|big|younger|older|twin|small|youngest|oldest)? (brother|bro|sister|sis|siblings|"
    "son|daughter|child|kid|kids|children|bairn|bairns|wean|weans|baby|babies|grandson|"
    "granddaughter|stepson|stepdaughter|niece|nephew|pupil|boy|girl)|him|her|them|"
    "my friend|ma pal|my pal|my mate|{POSS}? (sons|son's|daughters|daughter's|kids|kid's|"
    "childs|child's|grandsons|grandson's|granddaughters|granddaughter's) (pal|pals|friend|"
    "friends|mate|mates|classmate|classmates)",
    "YOUNG_CHILD": "{POSS}? (wee|little|lil|small|young|baby|newborn)? (baby|babies|toddler|"
    "toddlers|infant|infants|newborn|wee one|wee ones|little one|little ones|tot|tots)",
    "YOUNG_CHILD_ANY": "{YOUNG_CHILD}|(a|the|this)? (wee|little|small|young) (boy|girl|kid|"
    "child|lad|lassie|wean|bairn)|(a|the)? (boy|girl|kid|child|wean|bairn|toddler) (about|aboot|"
    "aged|of)? (2|3|4|5|6|7|8) "
    "(or so|year old|years old|yr old|yo)?|(a|the|my|our|their|her|his)? (2|3|4|5|6|7|8|9) "
    "(year old|yr old|yo|year-old)|(kids|children|boys|girls|weans|bairns) (about|aged|of|"
    "maybe|around)? (2|3|4|5|6|7|8)",
    "UNDER_16": "(10|11|12|13|14|15)",
    "CHILD_AGE": "(" + "|".join(str(age) for age in range(5, 18)) + ")",
    "TEEN_AGE": "(" + "|".join(str(age) for age in range(12, 18)) + ")",
    "ADULT_AGE": "(" + "|".join(str(age) for age in range(18, 50)) + ")",
    # A while a teenager may be left at home: "an hour", "the evening", not "the weekend".
    "A_FEW_HOURS": "an hour|one hour|1 hour|half an hour|a couple of hours|couple of hours|"
    "a couple hours|2 hours|two hours|a few hours|3 hours|three hours|an hour or two|"
    "the evening|an evening|the afternoon|an afternoon|a bit",
    "OLDER_ADULT_AGE": "(" + "|".join(str(age) for age in range(50, 100)) + ")",
    "PARTNER_VICTIM": "{POSS}? (mum|mam|mammy|mummy|mom|maw|mother|ma|stepmum|wife|partner|"
    "girlfriend|gran|granny|nan|nana)|mum|mam|maw|mums|mams|maws|my mums|my mams|"
    "ma maws",
    # Who cuts, or the habit of it ("keep", "started", "again"), before "cutting" or "cut".
    "WHO_CUTS": "i|ive|i've|im|i'm|am|ah|ahm|keep|started|start|stop|stopped|still|shes|hes|she|"
    "he|daughter|son|sister|brother|friend|pal|mate|again|back to|relapsed|relapse|urge to|"
    "urges to",
    "SELF": "myself|my self|masel|mysel|maself|meself|mysef|myslef|myslf|mself|mahsel|mahself|"
    "mysefl",
    "SELF_3P": "herself|"
    "himself|themselves|themself|theirselves|hersel|hissel|hisself|hersef|himsef",
    # Someone at a drop, in their own words, and a parting apology (blind set BX).
    "ON_THE_EDGE": "(i'm|im|i am|ahm|am) (on|up on|standing on|sitting on|stood on|sat on) "
    "(the|a|this|that|ma|my)? (bridge|roof|rooftop|ledge|edge|cliff|cliffs|railway|railway line|"
    "tracks|train tracks|balcony|top floor|viaduct|pier|multi storey|top of the car park)",
    "PARTING_SORRY": "sorry (for|about) (wasting your time|everything|being a (burden|pain|"
    "nuisance|waste of space)|all the trouble|being like this|being me)",
    # Wanting, intending, able ---------------------------------------------------------------------
    "WANT": "want to|want tae|wantae|wanna|wana|wnt to|wamt to|want 2|wanted to|wanna just|"
    "just want to|need to|gonna|gona|gunna|gonnae|going to|goin to|goin tae|gaun tae|"
    "am going to|will|wil|ll|might|should|should just|could|could just|would|d|"
    "wish i could|plan to|planning to|planning on|thinking about|thinking of|thinkin about|"
    "think about|thought about|thoughts of|thoughts about|tried to|try to|trying to|tryna|"
    "tried|about to|ready to|deserve to|feel like i should|feel like i want to|feel like|"
    "urge to|urges to|considering|considered",
    # Someone heard speaking of a thing, again and again: "she's been talking about jumping".
    "TALKS": "talking|talks|talked|been talking|keeps talking|going on|goes on|mentioned|mentions",
    "WANT_STRONG": "want to|want tae|wantae|wanna|wana|wnt to|wamt to|want 2|wanted to|"
    "just want to|need to|wish i could|ready to|deserve to|should just|"
    "feel like i want to|feel like i should|would rather|would like to|wud like to|"
    "hope to|hope i|tryna",
    "NOT_WANT": "dont want to|don't want to|dont wanna|dont wana|dnt want to|dnt wanna|"
    "do not want to|dinnae want tae|dinnae wanna|didnt want to|no longer want to|"
    "never want to|cant be bothered to|dont want 2|don't feel like i want to|"
    "dont even want to",
    "NOT": "dont|don't|do not|dnt|didnt|didn't|doesnt|doesn't|never|not|no|dinnae|didnae|disnae|"
    "cant|can't|cannae|havent|haven't|hasnt|hasn't|wont|won't|isnt|isn't|aint|nae",
    "ANYMORE": "anymore|any more|no more|much longer|for much longer|nae mair|any longer|for long|"
    "in this world|on this earth",
    # Self harm and suicide ------------------------------------------------------------------------
    # Not "off": doubled letters collapse, so it reads as "of" ("proud of myself"); see en_self.
    "KILL": "kil*|unaliv*|murder*|end|ending|ended|top|topping|hang|hanging|hung|hanged|"
    "drown|drowning|poison*|suffocat*|strangl*|smother|gas|neck|shoot|stab|dae|do",
    "HARM": "cut|cuts|cutting|cutted|slit*|slash*|scratch*|carv*|burn|burns|burning|burnt|burned|"
    "hurt|hurts|hurting|harm|harms|harming|harmed|punch|punching|punched|hit|hits|hitting|"
    "bang*|starv*|bite|biting|bit|bruis*|stab|stabbing|stabbed|blade|blading|bladed|razor|"
    "knife|knifed|pinch|pinching|punish*|injur*|mutilat*|damag*|cutt|scrape|scraping",
    "BODY": "wrist|wrists|arm|arms|leg|legs|thigh|thighs|skin|stomach|belly|tummy|hip|hips|chest|"
    "ankles|ankle|hand|hands|body|forearm|forearms|shoulder|shoulders|face|head|foot|feet|"
    "fingers|finger|neck|back|ribs|knees|knee",
    "PILLS": "pills|pils|pill|tablets|tablet|paracetamol|paracetomol|parecetamol|paracetemol|"
    "ibuprofen|painkillers|pain killers|meds|medication|medicine|sleeping pills|"
    "antidepressants|anti depressants|sertraline|fluoxetine|co codamol|codeine|aspirin|"
    "insulin|diazepam|valium|tramadol|prozac|citalopram|mirtazapine",
    "MANY": "all|all of|all ma|aw|aw ma|aw the|the lot|the lot of|the lot o|the whole lot|"
    "the hale lot|every|every one of|the whole|a whole|whole|loads of|lots of|"
    "a load of|a lot of|a bunch of|bunch of|a handful of|handfuls of|handful of|too many|"
    "the rest of|a full|full|##|twenty|thirty|forty|fifty|a hundred|hundreds of|dozens of|"
    "a dozen|enough|as many|double",
    "SWALLOW": "take|takes|taking|took|tak|taken|tken|swallow*|neck|necked|necking|down|downed|"
    "downing|eat|ate|eating|have|had|od|overdose on",
    # Hurting others -------------------------------------------------------------------------------
    "HIT": "hit|hits|hitting|hitted|hitin|beat|beats|beating|beaten|batter|batters|battered|"
    "battering|batterin|punch*|kick|kicks|kicked|kicking|slap*|smack*|skelp*|leather|"
    "leathers|leathered|leathering|belt|belts|belted|belting|whack*|wallop*|thump*|choke|"
    "chokes|choked|choking|strangl*|throttl*|burn|burns|burned|burnt|burning|scald*|bite|"
    "bites|bit|pinch|pinches|pinched|shove|shoves|shoved|shoving|headbutt*|boot|boots|"
    "booted|stamp on|stamps on|stamped on|stomped on|stomps on|hurt|hurts|hurting|abuse|"
    "abuses|abused|abusing|lash|lashes|lashed|whip|whips|whipped|bash|bashes|bashed|bashing|"
    "twat|twats|twatted|batter the|gub|gubs|gubbed|skud|skuds|panel|panels|panelled|knock|"
    "knocks|knocked|lamp|lamps|lamped|deck|decks|decked|chin|chins|chinned|burst|bursts|"
    "struck|spank|spanks|spanked|spanking|attack|attacks|attacked|assault|assaults|"
    "assaulted|beat up|beats up|hits and kicks|grab|grabs|grabbed|drag|drags|dragged|throw|"
    "throws|threw|slam|slams|slammed|shakes|squeeze|squeezes|squeezed|twist|twists|twisted|"
    "hold down|holds down|held down|pin down|pins down|pinned|tie up|ties up|tied up|"
    "goes for|went for|going for|go for|lashes out at|lashed out at|lashing out at|"
    "kicks off at|kicked off at|lays into|laid into|laying into|takes it out on|"
    "took it out on",
    "HIT_DONE": "hit|beaten|beat up|battered|punched|kicked|slapped|smacked|skelped|leathered|"
    "belted|whacked|walloped|thumped|choked|strangled|throttled|burnt|burned|scalded|"
    "bitten|shoved|headbutted|booted|stamped on|hurt|abused|lashed|whipped|bashed|"
    "twatted|gubbed|panelled|knocked about|knocked out|lamped|decked|chinned|attacked|"
    "assaulted|jumped|stabbed|glassed|slashed|kicked in|pushed down the stairs|thrown|"
    "dragged|beaten black and blue",
    "WEAPON": "knife|knifes|knives|blade|blades|machete|machetes|gun|guns|handgun|axe|hammer|bat|"
    "baseball bat|weapon|weapons|screwdriver|bottle|broken bottle|crowbar|shotgun|pistol|"
    "rifle|sword|samurai sword|zombie knife|stanley knife|scissors|belt buckle|iron|"
    "kettle|poker|metal bar|pole",
    "FEAR_STRONG": "scared|scarred|skared|afraid|frightened|terrified|feart|fearty|frit|petrified|"
    "too scared|so scared|really scared|well scared|proper scared",
    "FEAR": "scared|scarred|skared|afraid|frightened|terrified|feart|fearty|frit|petrified|fear|"
    "fearful|too scared|so scared|really scared|well scared|proper scared|shitting myself|"
    "bricking it|worried|nervous|anxious|dreading|dread",
    "HOME": "home|hame|hoem|hom|hme|back home|back hame|the house|the hoose|my house|ma hoose|"
    "oor hoose|our house|our flat|the flat|my flat|my dads|my mums|my dads house|"
    "my mums house|ma das|ma maws|back to the house|back to my house|back there|"
    "in the house|to my house",
    "SOON": "tonight|2nite|2night|tonite|tnite|tonyt|tnight|the night|the nite|this evening|"
    "this eve|right now|rn|today|2day|the day|after school|efter school|this afternoon|"
    "later today|when everyone is asleep|when everyone is sleeping|when everyones asleep|"
    "when they are asleep|when mum goes to bed|when my mum goes to bed|when they go to bed|"
    "when mum is at work|this weekend|tomorrow|2moro|2morrow|the morra|the morn|"
    "before school|before the morning|in an hour|in a few hours|by the morning|"
    "once everyone|when everyone|on my birthday",
    # Food, care -----------------------------------------------------------------------------------
    "FOOD": "food|foods|fud|scran|dinner|dinners|meals|meal|breakfast|breakfasts|tea|lunch|"
    "anything to eat|nothing to eat|something to eat|a meal|a proper meal|a hot meal|"
    "proper food|grub|nosh",
    "DRUNK": "drunk|wasted|high|stoned|out of it|oot o it|oot of it|steaming|blootered|mortal|"
    "wrecked|smashed|off (her|his|their) (face|heid|head|nut)|passed out|unconscious|"
    "on drugs|using|on heroin|on smack|on the gear|on gear|on crack|smoking crack|"
    "injecting|jagging|on the bevvy|on the drink|on benzos|on valium|mad wi it|"
    "mad with it|paralytic|legless|bladdered|hammered|pished|pissed|wrecked",
    # Sex ------------------------------------------------------------------------------------------
    "TOUCH": "touch|touches|touched|touching|tuch|tuches|tuched|touchin|fondl*|grop*|feel|feels|"
    "felt|rub|rubs|rubbed|rubbing|molest*|fiddle|fiddles|fiddled|fiddling|fiddlin|kiss|"
    "kisses|kissed|kissing|lick|licks|licked|finger|fingers|fingered|grab|grabs|grabbed|"
    "grabbing|squeeze|squeezes|squeezed|stroke|strokes|stroked|stroking|play with|"
    "plays with|played with|put his hands on|puts his hands on|put his hand on|"
    "puts his hand on|puts his hands down|put his hands down|puts his hand down|"
    "put his hand down|put his hand up|puts his hand up|put his hands up|puts his hands up",
    "PRIVATE": "private|privates|private parts|privat parts|private bits|bits|bum|butt|bottom|"
    "boobs|breasts|breast|chest|crotch|vagina|vag|penis|willy|willie|dick|cock|balls|"
    "fanny|minge|pussy|arse|ass|down there|downstairs|between my legs|between her legs|"
    "under my clothes|under her clothes|under my skirt|under my top|inside my pants|"
    "in my pants|inside my knickers|in my knickers|knickers|pants|underwear|thighs|"
    "thigh|nipples|body|genitals|groin|front bottom|lady bits|tits|no clothes on",
    # A gun as a thing: in Gaelic "gun" is "without" ("gun ghnogadh", without knocking).
    "A_GUN": "(a|the|his|her|my|ma|dads|das|their|real|loaded|air|bb|pellet|shot) gun|guns|gun (to|"
    "at|under|in)|handgun",
    "PICS": "pics|pic|pix|pictures|picture|photos|photo|photographs|fotos|selfies|selfie|snaps|"
    "snap|videos|video|vids|vid|images|image|nudes|nude|noods|nood|nudies",
    "NUDE": "nudes|nude|noods|nood|nudies|naked|nakid|nekkid|sexy|sexual|dirty|rude|explicit|"
    "private|topless|bottomless|in my underwear|in my pants|in my bra|in my knickers|"
    "with no clothes|without clothes|with nothing on|of my body|of my boobs|of my chest|"
    "of my bum|of my privates|of myself naked|of me naked|of me in my underwear|"
    "of my private parts|of down there|in the bath|in the shower|of my body parts|"
    "showing my body",
    "SECRET": "secret|secrets|secret between us|between us|between you and me|our little secret|"
    "just between us|nobody can know|no one can know|noone can know|naebody can know",
    # "if I was gone", "if I disappeared": the child imagining not being alive.
    "GONE_ME": "(i|ah|a) (just|finally|simply|only)? (was|were|wis|am|m) (gone|dead|deid|not here|"
    "no here|not around|never born|out of the picture|out of the way|no longer here|"
    "not alive)|(i|ah) (just|finally|simply|only)? (disappeared|died|vanished|"
    "left for good|didnt exist|didn't exist|did not exist|wasnt here|wasn't here|"
    "wasnt around|wasn't around|wasnt alive|killed myself|ended it|was to die|"
    "never existed|stopped existing)|(im|i'm|ahm) (gone|dead|not here|not around)",
    "INSULT": "stupid|useless|worthless|a mistake|fat|ugly|pathetic|a waste of space|"
    "a waste o space|waste of space|waste o space|a waste|an idiot|retard|retarded|thick|"
    "a slag|a whore|a slut|a freak|dumb|disgusting|nothing|a nothing|a burden|a failure|"
    "a disappointment|evil|the devil|a bitch|a cunt|a disgrace|disgrace|a let down|"
    "shameful|an embarrassment|worth nothing|trash|rubbish|scum|a wee shite|a prick|"
    "a loser|unlovable|unwanted|a mess|no good|good for nothing|an embarrassment|"
    "a monster|vile|a liar|mental|a psycho|crazy",
    # What a young person is made to carry, hold or sell.
    "DRUGS": "drugs|drug|weed|gear|coke|cocaine|crack|heroin|smack|pills|ket|mdma|eccies|valium|"
    "benzos|spice|packages|package|parcels|parcel|a package|a parcel|wraps|deals|"
    "bags of (weed|stuff|gear)|burner|knives|a knife|their drugs|their stuff|their gear",
    # Whom a child is told not to tell: the people who could protect them.
    "TELL_WHO": "anyone|anybody|mum|mam|maw|dad|da|your mum|my mum|ur mum|your parents|my parents|"
    "your dad|my dad|the teacher|teachers|a teacher|nobody|a soul|the police|police|"
    "polis|social work|your family|my family|no one|noone|your mam|ma maw|ma da",
}
