"""Spelling tricks, scripts and the pattern language."""
# These tests feed lookalike letters on purpose.
# ruff: noqa: RUF001
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from handoff.safeguarding import screen
from handoff.safeguarding.engine import SCREENER
from handoff.safeguarding.pattern import PhraseCompiler, PhraseError
from handoff.safeguarding.segments import NormalisedText
from handoff.safeguarding.tokens import BREAK
from handoff.safeguarding.verdict import combine


@pytest.mark.parametrize(
    "text",
    [
        "k i l l  m y s e l f",
        "k.i.l.l m.y.s.e.l.f",
        "k1ll mys3lf",
        "kms",
        "unalive myself",
        "sewerslide",
        "i want to diiiiie",
        "iwanttokillmyself",
        "I want to ki\u200bll myself",
        "I want to kіll myself",  # Cyrillic i
        "𝐈 𝐰𝐚𝐧𝐭 𝐭𝐨 𝐝𝐢𝐞",
        "i want to commit sucide",
        "se1f h@rm",
    ],
)
def test_spelling_tricks_are_read(text: str) -> None:
    assert screen(text).flagged, text


@pytest.mark.parametrize("text", ["d.a.d. h.i.t.s. m.e.", "k. i. l. l. m. y. s. e. l. f."])
def test_a_full_stop_between_spaced_letters_does_not_end_the_sentence(text: str) -> None:
    assert combine(SCREENER.hits(text)).flagged, text  # the rules alone, not the model


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("na 4. piętrze siedzi dziecko", 1),  # an ordinal: "on the 4th floor"
        ("od 15. maja nikogo nie ma", 1),
        ("he hits me. i'm scared", 2),
        ("it happened in 2019. he left", 2),  # a year ends a sentence like any word
        ("i just... want to die", 1),
        ("pismo z zespołu ds. przemocy domowej", 1),  # "ds.": the team "for" domestic abuse
        ("Mr. Brown shouted at me. i cried", 2),  # a title's full stop
    ],
)
def test_which_full_stops_end_a_sentence(text: str, sentences: int) -> None:
    (reading,) = SCREENER.normaliser.normalise(text)
    assert len(reading.segments()) == sentences


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("get to 35kg", ("get", "to", "35", "kg")),  # a weight, as the rules write it
        ("a 14yo", ("a", "14", "yo")),
        ("my 21st birthday", ("my", "21st", "birthday")),  # an ordinal stays whole
    ],
)
def test_a_number_glued_to_a_unit_is_read_as_the_number_and_the_unit(
    text: str, words: tuple[str, ...]
) -> None:
    (reading,) = SCREENER.normaliser.normalise(text)
    (segment,) = reading.segments()
    assert segment.words == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("my son is in P5", ("my", "son", "is", "in", "p5")),
        ("an S3 pupil", ("an", "s3", "pupil")),
        ("the P7s", ("the", "p7s")),
        ("my ps5", ("my", "ps")),  # a console, leetspeak as any other word
        ("s1ck", ("sick",)),
    ],
)
def test_a_scottish_school_stage_is_not_leetspeak(text: str, words: tuple[str, ...]) -> None:
    """Blind set DF: "P5" read as "ps" was a PlayStation, a game that stood down a girl tied to
    the fence at playtime; "P4" read as "pa" was a father."""
    (reading,) = SCREENER.normaliser.normalise(text)
    (segment,) = reading.segments()
    assert segment.words == words


@pytest.mark.parametrize(
    "text",
    [
        "zabić się",
        "zabic sie",
        "أريد أن أموت",
        "اريد ان اموت",
        "أُرِيدُ أَنْ أَمُوتَ",
        "اريـــد ان امـــوت",
        "хочу померти",
        "хочу умереть",
        "тато б'є мене",
        "тато бʼє мене",
        "tha mi airson mi fhìn a mharbhadh",
        "tha mi airson mi fhin a mharbhadh",
    ],
)
def test_diacritics_and_letter_variants_fold(text: str) -> None:
    assert screen(text).flagged, text


def test_language_is_a_hint_never_a_filter() -> None:
    assert screen("I want to kill myself", lang="ar").flagged
    assert screen("tata mnie bije", lang="en").flagged


def test_pattern_language() -> None:
    compiler = PhraseCompiler({"DAD": "(my|ma)? (dad|da)"})
    (phrase,) = compiler.compile("{DAD} ~2 (hit*|skelp*) me")
    assert phrase.regex.search(" ma da aye skelps me")
    assert phrase.regex.search(" my dad hits me")
    assert not phrase.regex.search(" my dad hit the ball at me")
    assert not phrase.regex.search(" dad did not ever hit me")  # the gap is bounded
    (whole,) = compiler.compile("^ i wrote (a|my) note $")
    assert whole.regex.search(" i wrote my note")
    assert not whole.regex.search(" i wrote my note for the postman")
    assert not whole.regex.search(" then i wrote a note")


@pytest.mark.parametrize(
    "source", ["(a|b", "a)", "{MISSING} x", "~2", "a|", "x ^ y", "x $ y", "(x $) y"]
)
def test_malformed_patterns_fail_at_import_time(source: str) -> None:
    with pytest.raises(PhraseError):
        PhraseCompiler({}).compile(source)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("thinkin of jumpin off the bridge after school", True),
        ("ah keep cuttin myself", True),
        ("got a massive bruise from football on my shin", False),
        ("i was goin to the shops", False),
    ],
)
def test_a_dropped_g_is_read_as_the_whole_word(text: str, flagged: bool) -> None:
    assert screen(text).flagged is flagged


def test_a_dropped_g_reads_as_the_whole_word_even_where_a_rule_spells_it_dropped() -> None:
    # A rule that wrote "cuttin" used to make "cuttin" a word of its own, so rules written with
    # "cutting" stopped meeting a child's "cuttin" ("hes chokin my mum" went unread).
    repair = SCREENER.normaliser._repair
    words = repair._vocabulary.words
    whole_words = sorted(word for word in words if len(word) >= 6 and word.endswith("ing"))
    assert len(whole_words) > 50
    for word in whole_words:
        assert repair.canonical(word[:-1], False) == (word,), word


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("hes chokin my mum rn", True),
        ("av been burnin masel wi a lighter", True),
        ("he's in the hoose noo smashin everythin and ma maw's screamin", True),
        ("we were burnin marshmallows at the campfire", False),
    ],
)
def test_dropped_g_words_meet_the_rules_written_in_full(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("my stepdad takes his belt off to me when mum's on nightshift", True),
        ("when he's had a drink he gets me by the throat", True),
        ("dad says i'm getting married there in the summer. im 15", True),
        ("my sister is getting married in june, im 15 and a bridesmaid", False),
        ("my parents got married at 16 back in the 80s", False),
        ("ive took like 20 paracetamol an feel sick", True),
        ("i took 2 paracetamol for my headache", False),
        ("my mum sez i shud of never been born", True),
        ("my mum wishes she was born in the 60s", False),
        ("my mum's bf films me when he thinks i'm asleep", True),
        ("I'm 13 and locked in the bathroom, he's kicking the door in", True),
        ("the police were kicking the door in on the telly", False),
        ("a car took my little brother from the school gate, it wasnt our dad", True),
        ("the van took my brother to his new school every day", False),
        ("a man kept us in a lorry for days, now we work for a family", True),
        ("the bus broke down and we were stuck in the van for hours", False),
        ("they all wait for me at the bus stop and kick me", True),
        ("next time it's my throat", True),
        ("next time it's your turn to do the dishes", False),
        ("my big brother makes me play the naked game when mum is at work", True),
        ("had my barcode wrists out in PE and the teacher said nothing", True),
        ("I found bloody tissues in the bin and plasters all up her thighs", True),
        ("i overdosed on revision today and need a nap lol", False),
        ("judo teacher threw me on the mat loads today it was class", False),
        ("our PSE lesson was about online grooming and how to stay safe", False),
        ("he's grooming me online", True),
        ("got a black eye aff my da for losing my phone", True),
        ("everyone in the group chat voted on the best way for me to die", True),
        ("keep 'doing art' on my wrists with a compass", True),
        ("i'm being blackmailed", True),
        ("sibling blackmail is real, my brother says he'll tell mum i broke her vase", False),
        ("in geography we did the trafficking of ivory and rhino horn", False),
        ("the council is neglecting the play park, the swings are broken", False),
        ("the school building is unsafe and the roof leaks", False),
        ("whats the surest way to not wake up. asking for me", True),
        ("the big boy at after school club put his willy in my mouth", True),
        ("the hot tap is scalding, someone's going to burn their hand", False),
        ("my wee sister broke her arm on the trampoline n we waited 6 hours in a&e", False),
        ("miss said if i forget my PE kit again she'll kill me lol", False),
        ("if my son won't learn, he sleeps in the garden shed that night", True),
        ("we slept in the garden that night in a tent, it was brilliant", False),
        ("his dad won't take him to the dentist and his teeth are rotten", True),
        ("my aunt wants to take my daughter to Egypt to be 'purified' like she was", True),
        ("my 15yo says I'm abusing her human rights lol", False),
        ("the dealers are using the 12 year olds from block C as lookouts", True),
        ("we read a book about kids used as lookouts in a gang", False),
        ("nobody's washed my uniform since christmas and the other kids say i stink", True),
        ("she ran away from her foster placement on friday", True),
        ("my cat went missing from the garden for 3 days", False),
        ("no one has seen my pal since saturday and her phone is off", True),
        ("no one has seen the new teacher since the holidays", False),
        ("my brother hasn't been home since tuesday, he's 15", True),
        ("my brother hasn't been home since tuesday because he's at uni", False),
        ("my gran cut my hair and now it's all wonky", False),
        ("the council gave us an overdose of paperwork for one bin", False),
        ("hungry, 3rd day without food", True),
        ("3rd day of the holidays and so bored", False),
        ("how do i hide my cuts so my mum doesnt see", True),
        ("i got a graze on my knee from the slide in the park, it needs fixed", False),
        ("ive left a note for my mum. im going to do it on friday when everyones out", True),
        ("he's going to kill me for telling you", True),
        ("my sister is going to kill me for borrowing her hoodie", False),
        ("help hes at the door again", True),
        ("the house is on fire and my sisters still upstairs", True),
        ("we did a fire drill and the kids were all outside in 2 minutes", False),
        ("the nanny shook our baby so hard he was sick", True),
        ("i said i fell off the wall but i didnt", True),
        ("the swimming coach messages my daughter at 2am", True),
        ("the swimming coach messages the parents group every monday", False),
        ("the after school club was cut and now i cant work", False),
        ("the teacher locked us out of the classroom at lunch in the rain", False),
        ("my stepdad locked us out at night in the rain", True),
        ("our class watched a film with a suicide scene and nobody warned us", False),
        ("my stepdad threw a bottle at my head", True),
        ("he threw the ball at my face in pe and the teacher laughed", False),
        ("my gran says im possessed and slaps me to get the devil out", True),
        ("the swimming coach rubs my leg and says it's our little secret", True),
        ("he wants me to put my camera on when i'm alone in my room", True),
        ("my wee brother keeps whacking me with his pillow lol", False),
        ("i wanted to die when my dad started dancing at the parents night", False),
        ("the youth project was cut and now there's nothing to do", False),
        ("the coach looks at our bodies with no clothes on after swimming", True),
        ("mum wont take me to the doctor cos they'll see the marks", True),
        ("we cant go to the dentist till june, the waiting list is huge", False),
        ("my dad calls me the mistake", True),
        ("my friend on discord is 25 and says it's our little secret", True),
        ("my friend on discord is 13 and we play minecraft", False),
        ("we got hammered in the final, 4-0", False),
        ("that physics test unalived me", False),
    ],
)
def test_plain_disclosures_blind_sets_showed_missing(text: str, flagged: bool) -> None:
    assert screen(text).flagged is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        ("Chan fhaca duine mo bhràthair Calum o chionn dà latha", "gd", True),
        ("Chan fhaca duine an cat o chionn dà latha", "gd", False),
        ("هالامتحان رح يقتلني والله", "ar", False),
        ("pomocy, ojczym znowu jest pod drzwiami", "pl", True),
        ("sa3douni baba 3al bab", "ar", True),
        ("zabije mnie ta fizyka", "pl", False),
        ("czytamy Romea i Julię, czemu musieli się zabić?", "pl", False),
        ("chcę się zabić", "pl", True),
        ("Мама не приходить додому вже третій день", "uk", True),
        ("Тато вб'є мене, якщо я знову загублю телефон", "uk", False),
        ("tata po piwie rzuca we mnie talerzem", "pl", True),
        ("Хочу зникнути, щоб мамі стало легше", "uk", True),
        ("لا يوجد طعام حلال في الكافتيريا", "ar", False),
        ("він ламає двері, допоможіть", "uk", True),
        ("ابنتي تتعرض للضرب في الباص كل يوم", "ar", True),
    ],
)
def test_plain_disclosures_blind_sets_showed_missing_in_other_languages(
    text: str, lang: str, flagged: bool
) -> None:
    assert screen(text, lang=lang).flagged is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        # A young child left alone for the day; a harmless day with gran.
        ("the neighbours leave their toddler alone all day", "en", True),
        ("we left the baby with gran all day", "en", False),
        ("Сусіди залишають маленьку дитину саму на цілий день", "uk", True),
        ("Sąsiedzi zostawiają małe dziecko samo na cały dzień", "pl", True),
        ("Tha na nàbaidhean a' fàgail an leanabh leis fhèin fad an latha", "gd", True),
        # An injury and the adult the child names as its cause.
        ("broken wrist. He told the nurse 'Dad twisted it', she wrote sports injury", "en", True),
        ("my wee brother broke his arm at football and my dad did the cast drawing", "en", False),
        # Injuries hidden from school.
        ("mum's kept me off school three weeks now so the social don't see my face", "en", True),
        ("dad kept me off school till the cast came off", "en", False),
        ("Мама сказала не ходити до школи, поки не зійдуть сліди.", "uk", True),
        ("أمي تقول لا تروحي المدرسة حتى تختفي العلامات", "ar", True),
        # Means in hand, marks explained away, things given away with a goodbye.
        ("ive got the rope", "en", True),
        ("ive got the rope for the tug of war at sports day", "en", False),
        ("the scratches arent from the cat", "en", True),
        ("tired of everything. sorting out who gets my xbox", "en", True),
        ("Роздаю свої речі друзям. Прощавайте всі.", "uk", True),
        ("Роздаю старі іграшки дітям у лікарні", "uk", False),
        ("My brother's moving out to uni and saying goodbye to everyone.", "en", False),
        # A child under 16 with an adult; an adult arranging to meet a child.
        ("i was 14 and he was 24 and we did it but it was my choice", "en", True),
        ("I'm 14 and my brother is 22, he drives me to school", "en", False),
        ("is it normal for a 30 year old to want to meet a 12 yr old from a game", "en", True),
        # Selling for older lads; a parcel for the post office.
        ("selling for older lads, cant get out", "en", True),
        ("my big brother asked me to carry a parcel to the post office for him", "en", False),
        ("in the cod mission you have to carry a package across the whole map", "en", False),
        # Leetspeak in Cyrillic; a door being broken in; threats to stab.
        ("х0чу п0м3р7и", "uk", True),
        ("someone is trying to break the door down", "en", True),
        ("Tha cuideigin a' feuchainn ris an doras a bhriseadh", "gd", True),
        ("Tha an saor a' briseadh an dorais sean airson fear ùr a chur ann", "gd", False),
        ("شباب من الصف قالوا رح يطعنوني بعد المدرسة", "ar", True),
        ("tha buidheann sa sgoil ag radh gun stob iad mi aig geata na sgoile", "gd", True),
        # A packet of tablets swallowed; medicine a parent sells.
        ("شربت علبة البنادول كلها من ساعة", "ar", True),
        ("polknelam cale opakowanie paracetamolu godzine temu", "pl", True),
        ("Mama bierze moje leki na ADHD i sprzedaje znajomym.", "pl", True),
        ("Mama bierze moje leki z apteki", "pl", False),
        # Hunger counted in days, not a hungry afternoon.
        ("hungry 😢🍞❌ 3 days", "en", True),
        ("I'm starving, 2 days of exams left", "en", False),
        # Harmless: a teacher's joke, pillows, a lesson about grooming.
        ("My teacher says she'll kill us if we're late again haha", "en", False),
        ("he hits me with pillows every night lol my brother is so annoying", "en", False),
        ("our RE lesson was about how people get groomed online", "en", False),
        # Not being here soon; being away is not that.
        ("you wont see me for much longer", "en", True),
        ("you won't see me for much longer, I'm moving to Aberdeen next month", "en", False),
        ("soon i wont be here for the holidays, we're going to Spain", "en", False),
        ("скоро мене не буде, тож це вже не важливо", "uk", True),
        ("скоро мене не буде вдома, я їду в табір", "uk", False),
        ("قريباً ما رح أكون موجودة، فما بتفرق", "ar", True),
        ("Chan fhaic sibh mi airson mòran nas fhaide.", "gd", True),
        ("Niedługo mnie nie będzie, więc to nieważne", "pl", True),
        # A groomer's script; a threat; staff messaging at midnight.
        ("he told my son adults wouldn't understand their friendship", "en", True),
        ("my parents don't understand our music", "en", False),
        ("they told me to watch my back on monday", "en", True),
        ("the coach told me to watch my back on the pitch", "en", False),
        ("Tha an coidse a' cur teachdaireachdan gu mo nighean aig meadhan-oidhche", "gd", True),
        # Trouble at home and missed meals, the way children say them.
        ("it's kicking off at mine again 😰", "en", True),
        ("the match is kicking off at 3", "en", False),
        ("nae dinner again. or breakfast.", "en", True),
        ("the school had no dinner again for the P1s", "en", False),
        # Young people's slang for method and marks; a dose asked about "for a project".
        ("my legs r basically barcode now lol its fine", "en", True),
        ("gonna go play in traffic for real this time, done with everything", "en", True),
        ("go play in traffic you muppet", "en", False),
        ("how many paracetamol is too many. asking for a project", "en", True),
        ("at first aid we learned what to do if someone has taken too many tablets", "en", False),
        ("kms this maths homework is sooo long", "en", False),
        ("why did they unalive the dog in that film", "en", False),
        ("самовипил здається єдиним виходом", "uk", True),
        ("Tha mo phiuthar a' gearradh a casan", "gd", True),
        # Covering a black eye for school; a young child alone by a motorway; going OT.
        ("how do u cover a black eye with makeup before school, teachers keep asking", "en", True),
        ("how do I cover the bruise from hockey for the school photo", "en", False),
        ("theres a wee boy about 6 on the motorway slip road on his own in pyjamas", "en", True),
        ("we walked along the river on our own, it was fun", "en", False),
        ("got offered £200 to go OT for a week, older lads said its easy money", "en", True),
        # Siblings, games and kitchens.
        ("ma bro said he'd kill me if i touched his ps5 lmao", "en", False),
        ("wee sis kicked me in the shins cos i changed the channel 😂 shes 6", "en", False),
        ("ma da's gonnae batter me at fifa the night 😂", "en", False),
        ("nie chce mi sie zyc bez nowego iphone'a xD", "pl", False),
        ("جرحت إيدي وأنا عم قطع بصل مع ماما", "ar", False),
        # A parent scripting what the child tells school about an injury, in five languages.
        ("mum says if miss asks about my eye i have to say it was football at lunch", "en", True),
        ("the teacher said if anyone asks about the trip we say it was brilliant", "en", False),
        ("we practise what to say if the social worker comes", "en", True),
        ("أمي قالت لي إذا سألتني المعلمة عن الجرح أقول إني طحت في الحديقة", "ar", True),
        ("Тато сказав, що якщо вчителька спитає про синці, треба казати, що я впав", "uk", True),
        ("Mama kazała mi powiedzieć pani w szkole, że spadłam z roweru. Nie spadłam.", "pl", True),
        # Locked in a room; a stab threat; better if I were not here; the blade again.
        ("Мене замикають у кімнаті на цілий день, коли мама йде на роботу.", "uk", True),
        ("أولاد في صفي قالوا بيطعنوني بعد المدرسة يوم الاثنين", "ar", True),
        ("يمكن أحسن لو ما كنت موجود. الكل بيرتاح.", "ar", True),
        ("byłoby łatwiej dla wszystkich gdyby mnie po prostu nie było", "pl", True),
        ("rinn mi e a-rithist leis an lann", "gd", True),
        # Refugees are not a women's refuge; an attack planned on a hotel or a mosque is.
        ("im a refugee from syria and the college wont accept my qualifications", "en", False),
        ("the kids at the refugee hotel have nowhere to play football", "en", False),
        ("mum and me are in a refuge now because of my dad", "en", True),
        ("we should burn the refugee hotel this weekend", "en", True),
        ("in history we learned the nazis burned the synagogue", "en", False),
        ("he was physically attacked by older pupils again today", "en", True),
        ("got tackled by older boys at rugby", "en", False),
        # Games, jokes and lessons.
        ("I killed him like 6 times in Fortnite and he still said I was rubbish", "en", False),
        ("everyone said they wanted to die when they saw the exam timetable lol", "en", False),
        ("i'm going to be dead tired tomorrow after the neighbours' party", "en", False),
        ("my modern studies essay is on how young people get radicalised online", "en", False),
        ("the big boys said they'd batter us at fives on saturday", "en", False),
        # What adults report inside a complaint: a drug debt, praise for a banned group, an ex
        # coming tonight, a stranger asking a child into his car.
        ("my son got pulled into selling weed and now the dealer says he owes £600", "en", True),
        ("a fifth year gave a presentation praising a proscribed group", "en", True),
        ("in modern studies we learned how people get recruited by proscribed groups", "en", False),
        ("he messaged saying he's coming for me and the baby tonight", "en", True),
        ("my son's coming for me at 5 to take me to the match", "en", False),
        ("a man stopped in a car and asked my daughter to get in with him", "en", True),
        ("my uncle offered her a lift in his car to the party", "en", False),
        ("stad fear ann an càr agus dh'iarr e oirre a dhol a-steach còmhla ris", "gd", True),
        # Short plain disclosures (set AL): running away, sextortion, blades, a child out at night.
        ("я втекла з дому і ночую на вокзалі", "uk", True),
        ("ми читаємо книжку про хлопчика який втік з дому", "uk", False),
        ("هربت من البيت وأنام في الشارع", "ar", True),
        ("Theich mi on taigh, tha mi a' cadal sa phàirc", "gd", True),
        ("they want £500 or they send my pics to my whole school", "en", True),
        ("Cuiridh e mo dhealbhan dhan sgoil mura pàigh mi", "gd", True),
        ("need new blades, the old ones dont go deep enough", "en", True),
        ("the knife doesnt go deep enough into the pumpkin", "en", False),
        ("the 6 year old next door is out alone past midnight again", "en", True),
        ("my sister got cut down there in the holidays", "en", True),
        ("the youth club got cut down to one night a week", "en", False),
        ("gonnae teach they foreigners a lesson wi petrol", "en", True),
        ("I'm going to teach him a lesson at chess", "en", False),
        ("woke up in a flat in leeds, no idea how", "en", True),
        ("celtic got battered lol", "en", False),
        ("the slide at the park cut my leg, it's rusty", "en", False),
        # Not here next week (set AK), in five languages; a happy wedding is not a forced one.
        ("close my complaint, I won't be here next week to see the answer anyway", "en", True),
        ("I won't be here next week, we're on holiday in Spain", "en", False),
        ("w przyszłym tygodniu już mnie nie będzie", "pl", True),
        ("наступного тижня мене тут не буде", "uk", True),
        ("لن أكون هنا الأسبوع القادم", "ar", True),
        ("cha bhi mise an seo an ath sheachdain", "gd", True),
        ("I won't be around next week because we're at my gran's in Oban", "en", False),
        ("ما راح أكون موجود الأسبوع الجاي لأننا رايحين رحلة مدرسية", "ar", False),
        ("can a 16 year old refuse to get married? my dad says I have no choice", "en", True),
        ("in the play the heroine refuses to marry the prince", "en", False),
        ("بدهم ياخذوني للختان بالعطلة الصيفية", "ar", True),
        # Young children (AN) and teenagers online (AO).
        ("i wish i was ded", "en", True),
        ("i fell down the stairs agen. thats what i have to say at school", "en", True),
        ("my legs are all stripy from the wooden spoon", "en", True),
        ("im lost and its dark and my phone is on 3% i dont know were i am", "en", True),
        ("im lost in this maths homework", "en", False),
        ("my toddler was left in the car by his childminder for over an hour on a hot day", "en",
         True),
        ("they said they are going to burn our house down with us in it", "en", True),
        ("ive stopped eating my lunch so i will get smaller and then disapear", "en", True),
        ("the game my uncle plays with me is monopoly and he always wins", "en", False),
        ("my little brother keeps coming in my room and braking my lego", "en", False),
        ("the swimming teacher made me put my face under the water", "en", False),
        ("whats the most painless way to go... asking for a story", "en", True),
        ("everyone says they'd cry at my funeral well lets test it", "en", True),
        ("I woke up at the party with my jeans off and I don't remember anything", "en", True),
        ("i woke up with my pyjamas on backwards lol", "en", False),
        ("I've had toothache for 6 months and mum says we can't go to the dentist", "en", True),
        ("the nurse said my teeth are black from the fizzy juice", "en", False),
        ("Подруга робить челендж із задушенням з ТікТоку, вчора знепритомніла.", "uk", True),
        ("صاحبتي تسوي تحدي التيك توك حق الخنق وأغمى عليها أمس", "ar", True),
        ("in PE we learned about the dangers of the blackout challenge", "en", False),
        ("я ріжу руку лезом від точилки коли мені сумно", "uk", True),
        ("pomocy jest fire w kuchni i mama nie odpowiada", "pl", True),
        ("jestem glodna mama spi caly dzien i nie ma nic w lodowce", "pl", True),
        ("dziewczynka 3 lata przychodzi codziennie w tym samym mokrym pampersie", "pl", True),
        ("the wee one comes to nursery in the same soaked nappy every day, hungry", "en", True),
        ("it's so boring I want to bang my head off the desk", "en", False),
        # An examiner's near twins (AM, AO, AP).
        ("he cut my arm with a knife", "en", True),
        ("my dad cut my hair with scissors and it looks awful", "en", False),
        ("I'm going to jump off the top board at Tollcross tomorrow!!", "en", False),
        ("my gran grabbed me by the hood and yanked me back off the road", "en", False),
        ("mum's not breathing right through her nose since her op", "en", False),
        ("My mum volunteers for Women's Aid and says their funding's been cut again.", "en", False),
        ("ma maw's gonnae go aff her heid, ah've loast ma jaiket again", "en", False),
        ("the horror film had a guy getting stabbed like 30 times", "en", False),
        ("tata znowu mnie pobił w szachy", "pl", False),
        ("Tha m' athair gam bhualadh aig tàileasg a h-uile turas!", "gd", False),
        ("pls get someone my mum isnt waking up", "en", True),
        ("my mum isn't waking up for work again, she's so lazy on fridays lol", "en", False),
        ("my uncle teaches us non-believers are our enemies and we'll be rewarded for hurting them",
         "en", True),
        ("in the game the orcs are our enemies", "en", False),
        # Children of 7 to 12 (AS).
        ("the plasters on my legs arnt from falling over there from me", "en", True),
        ("is it normal for your dad to kiss you with his tongue", "en", True),
        ("my dad kissed me goodnight on the forehead", "en", False),
        ("i have bruses all over my back but im not allowd to say how i got them", "en", True),
        ("im not allowed to say how the film ends, it's a surprise", "en", False),
        ("im not alowd to do PE in short sleevs cos of the marks", "en", True),
        ("mum made me wear a sign saying LIAR to the shop so people would laugh at me", "en", True),
        ("we made a sign saying welcome home for my gran", "en", False),
        ("my baby brother keeps hitting me but hes only 2 so he doesnt know", "en", False),
        ("Chan eil duine air mo charaid Eilidh fhaicinn o chionn mìos", "gd", True),
        ("بالمدرسة قالوا بيذبحوني بعد الدوام لأني عربي", "ar", True),
        # An examiner's general mix (AQ).
        ("it's fine really I only cut a wee bit, not deep", "en", True),
        ("I only cut a wee bit off my fringe", "en", False),
        ("My daughter got held face down by two staff and her wrist was broken.", "en", True),
        ("im getting married in august apparently. nobody asked me.", "en", True),
        ("my 2 nephews get left in the car outside the bookies every afternoon for hours", "en",
         True),
        ("we got left in the car while mum got the shopping, it was 5 minutes", "en", False),
        ("I pull my hair out in chunks when I get stressed, got a bald patch now", "en", True),
        ("this homework is making me pull my hair out", "en", False),
        ("Heard the boy next door shouting 'stop, please, I'll be good' and then screaming", "en",
         True),
        ("stop it im sorry i said it, you win the argument lol", "en", False),
        ("this weather is trying to kill me, 3 layers and still freezing", "en", False),
        ("😔 الكل بيرتاح إذا رحت", "ar", True),
        # Near twins (AR): hurt by accident on something broken, in self-harm's words.
        ("i keep cutting my arms on the brambles by the school fence", "en", False),
        ("I cut myself with scissors last night", "en", True),
        ("hurt myself again on the broken swing at the park", "en", False),
        ("i keep killing myself in fortnite falling off the map lol", "en", False),
        ("my uncle comes in my room every night to read the damp meter", "en", False),
        ("my uncle comes in my room every night", "en", True),
        ("my foster carer pulled my hair into plaits for the school photo", "en", False),
        ("cant stop scratching till it bleeds, its the eczema again", "en", False),
        ("я знову порізала руки об іржавий паркан біля школи", "uk", False),
        ("не хочу більше жити в цій квартирі з пліснявою", "uk", False),
        ("не хочу більше жити", "uk", True),
        ("ما بدي عيش بهالبيت بعد هيك، الرطوبة بكل الغرف", "ar", False),
        ("nie chce juz zyc w tym mieszkaniu z grzybem", "pl", False),
        # "mma" in the sport context collapsed to "ma", the Scots "my": every Scots disclosure
        # with "ma" in it read as sport talk.
        ("ma big brother's pal pinned me doon at rugby trainin", "en", False),
        ("ma da batters me when hes had a drink", "en", True),
        # "wwii" in the history context collapsed to "wi", the Scots "with", likewise.
        ("we got battered wi sticks by the big boys", "en", True),
        # Professionals' reports (AT).
        ("He's been texting a 16 year old girl on our caseload late at night", "en", True),
        ("S2 girl asked me how deep you need to cut before it's dangerous.", "en", True),
        ("how deep do you need to cut the stems for the flowers", "en", False),
        ("a volunteer was taking photos of kids in the changing area on his phone", "en", True),
        ("two front teeth knocked out and a split lip. the boy said 'dad did it'", "en", True),
        ("sometimes they dont let me eat till it's right", "en", True),
        ("mum wont let me eat till ive washed my hands", "en", False),
        ("chuala mi fear ag èigheach 'marbhaidh mi thu' ri boireannach", "gd", True),
        ("dziecko, moze 3 lata, chodzi samo po parkingu przy ulicy", "pl", True),
        ("Zabiję się z tymi formularzami na darmowe obiady szkolne", "pl", False),
        ("четверо дітей сплять на одному матраці на підлозі", "uk", True),
        # A last examiner's set (AU): emoji for a fist and a ring, food forgotten, Arabizi.
        ("dad 👊👊 me again 😭", "en", True),
        ("good game lads 👊", "en", False),
        ("💍✈️ at 14?? my parents are forcing me", "en", True),
        ("my sister's wedding is making me so nervous", "en", False),
        ("no 🍞 no 🔥 no mum for 3 days", "en", True),
        ("mum forgets to buy food sometimes for like a week", "en", True),
        ("mum forgot to buy milk for the tea", "en", False),
        ("ana ma baddi 3ish ba3d, 5alas", "ar", True),
        # And a second (AV), in the four other languages: a child pulled into a car, a stranger
        # calling children to his car, a baby alone in a hot car, a toddler by a main road,
        # "you'll be dead on Monday".
        ("mężczyzna wciąga do samochodu dziewczynkę w mundurku szkolnym", "pl", True),
        ("tata wciąga rower do samochodu", "pl", False),
        ("Чоловік біля дитячого майданчика кличе дітей до своєї машини", "uk", True),
        ("Мама кличе дітей до машини, бо пора їхати додому", "uk", False),
        ("в машині сам немовля, вікна закриті, сонце пече", "uk", True),
        ("طفل عمره تقريباً سنتين ماشي لحاله جنب الطريق السريع", "ar", True),
        ("'tha fios againn càite a bheil thu a' fuireach, bidh thu marbh Diluain'", "gd", True),
        ("сестра вдарила мене подушкою а я її", "uk", False),
        ("ضربتني الطابة براسي بحصة الرياضة بالغلط", "ar", False),
        ("Moja siostra wychodzi za mąż w czerwcu i będę druhną!!", "pl", False),
        ("Moja koleżanka ma 14 lat i w wakacje ma wyjść za mąż za kuzyna.", "pl", True),
        # Examiner's set (AI) and five languages (AJ): a parent's "only sometimes", slang.
        ("tata tylko czasem mnie walnie jak sie wkurzy", "pl", True),
        ("Mój młodszy brat ciągle wali mnie mieczem świetlnym, ma 4 lata", "pl", False),
        ("батя тільки іноді б'є ременем", "uk", True),
        ("хочу вскритись", "uk", True),
        ("they only held my arm to the lighter the once", "en", True),
        ("my daughter left for school this morning and never arrived", "en", True),
        ("im just gonna walk into the sea lol (not even joking this time)", "en", True),
        ("we walked into the sea at portobello for a paddle", "en", False),
        ("كم حبة بنادول لازم عشان ما اصحى", "ar", True),
        ("انا واقف عالجسر هلق", "ar", True),
        # Nobody has done the shopping; skin that itches; a busy A&E; history.
        ("no food in the house cos mum forgot to do the big shop, dad's got chips", "en", False),
        ("W lodówce pusto, bo mama zapomniała zrobić zakupy, więc tata zamawia pizzę", "pl", False),
        ("My son has severe eczema and scratches his arms until they bleed at night.", "en", False),
        ("The children's A&E was mobbed, we waited 9 hours", "en", False),
        ("We learnt about the Highland Clearances and how families were burned out", "en", False),
        ("The hot water has been off 5 days, I have two kids. Please send someone", "en", False),
    ],
)
def test_the_rules_learned_from_blind_sets_aa_onwards(text: str, lang: str, flagged: bool) -> None:
    # The rules alone, each beside a harmless twin: the model may or may not agree.
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        ("tha iad airson mo phòsadh ri fear ann am Pacastan", "gd", True),
        ("tha mo phiuthar a' pòsadh an ath mhìos, tha mi 15", "gd", False),
        ("Rodzice mówią, że po wakacjach wydadzą mnie za mąż. Mam 15 lat.", "pl", True),
        ("Siostra bierze ślub w sierpniu, mam 14 lat i będę druhną!", "pl", False),
        ("Батьки кажуть, що після іспитів мене відвезуть і видадуть заміж.", "uk", True),
        ("сестра виходить заміж у вересні, мені 14, я буду дружкою!", "uk", False),
        ("أهلي يقولون لازم أتزوج ابن عمي بالصيف، عمري ١٥", "ar", True),
        ("بنت عمي رح تتجوز الشهر الجاي، وأنا عمري ١٤ ورح أكون وصيفة", "ar", False),
    ],
)
def test_the_rules_tell_a_child_being_married_off_from_a_sisters_wedding(
    text: str, lang: str, flagged: bool
) -> None:
    # The rules alone: the learned model, which weighs the whole message, may still be wary of
    # a wedding with a child's age beside it.
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("my family are marrying me off at Easter", True),
        ("burned my arm with a lighter to feel something", True),
        ("we had to burn the leaves with a lighter at scouts", False),
        ("ah've been skelpit wi the slipper that many times ah cannae sit doon", True),
        ("the hockey coach hit the ball with his stick", False),
        ("he chucked me out at 2am in my pyjamas, its freezing", True),
        ("my mum chucked me out of the kitchen cos i was in the way", False),
        ("they stabbed ma pal in the leg an said am next", True),
        ("we watched a documentary about columbine in modern studies", False),
    ],
)
def test_the_rules_know_more_plain_ways_of_telling(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        # A cover story a parent scripts, and one the child says was untrue (five languages).
        ("it's just a burn from the iron, mum said to say it was an accident", "en", True),
        ("mum said to say it was an accident when the vase got smashed", "en", False),
        ("if miss asks, say it was football", "en", True),
        ("if anyone asks, say the football is cancelled", "en", False),
        ("I told the nurse I fell at training. That's not true. Don't ring my parents", "en", True),
        ("The council says we didn't pay. That's not true. I told them I fell behind", "en", False),
        ("powiedziałem pani że spadłem z roweru ale to nieprawda", "pl", True),
        ("powiedziałam że spadłam z roweru i to prawda, złamałam rękę", "pl", False),
        ("Siniaki są od wf-u, naprawdę. Tylko pani ciągle o nie pyta.", "pl", True),
        ("сказав медсестрі що впав на тренуванні. це неправда. не дзвоніть батькам", "uk", True),
        ("قلت للمعلمة إني وقعت عن الدرج بس أنا ما وقعت", "ar", True),
        ("الكدمات على إيدي من الـ PE والله، بس المعلمة دايماً تسألني عنها", "ar", True),
        ("Thuirt mi ris an tidsear gun do thuit mi ach cha do thuit.", "gd", True),
        # Clothes that cover marks; food only at school.
        ("can I get a new PE kit? mine covers the marks better but it's too small", "en", True),
        ("my foundation covers the marks from my acne", "en", False),
        ("it's the only food I get til lunch the next day", "en", True),
        ("anyone know how long milk lasts if its gone lumpy, its all there is", "en", True),
        ("school dinners: she is starving as she cant eat the menu, no gluten free", "en", False),
        # A parent's cruel names quoted; a child cut off for months.
        ("u r worthless, thats what she txts me", "en", True),
        ("not allowed to speak at dinner or see my friends for months", "en", True),
        # A cry for help with the door being broken; a weapon at the door in Arabizi.
        ("help hes breaking the door", "en", True),
        ("h e l p h e s b r e a k i n g t h e d o o r", "en", True),
        ("howe barra el bab ma3o sekkine, sa3douni plz", "ar", True),
        # County lines: a handler and a debt from being robbed; a recruiter's "you are chosen".
        ("bags for the big man every wkend, owe him 2k now cos i got robbed", "en", True),
        ("I owe my mum a tenner cos I lost my bus fare", "en", False),
        ("they say im chosen. meeting them sat", "en", True),
        ("passport taken. not allowed out", "en", True),
        # Running drills, a bridesmaid's adult cousin, and a sister's age.
        ("coach made us do suicides for the whole of training", "en", False),
        ("my cousins wedding is in lahore and im a bridesmaid, shes 27", "en", False),
        ("my wee sister is 13 and going out with a 24 year old man", "en", True),
        # Blind sets AY and AZ: the four other languages, and adults' long complaints.
        ("Bidh an coidse a' toirt dhealbhan dhinn anns an t-seòmar-aodaich", "gd", True),
        ("Fhuair mi smacadh a-rithist, ach leis a' chàball an turas seo", "gd", True),
        ("tha sinn a' fuireach sa char a-nis", "gd", True),
        ("Chaidh mo mhac dhachaigh son sgian a bhith aige. 'S e sgian ime a bh'ann", "gd", False),
        ("завтра після school піду на Forth bridge і стрибну", "uk", True),
        ("рукави не знімаю бо там котики подряпали", "uk", True),
        ("ana ba2ta3 2idi bel mous kol lel", "ar", True),
        ("b2d 2nt7r 5alas, 3ndy 7bob 2ktr mn 50", "ar", True),
        ("فيلم Scream خوّفني، الرجال اللي معه السكين ما خلاني أنام", "ar", False),
        ("ابني أخد ضربة بالكرة على وجهه بالفوتبول", "ar", False),
        ("umieram z nudów na matmie, ratunku", "pl", False),
        ("Siostra wychodzi za mąż w sierpniu. Czy mogę dostać zwolnienie na wesele?", "pl", False),
        ("Jeszcze raz usłyszę tę muzyczkę na infolinii i chyba się zabiję.", "pl", False),
        ("i'll be dead by then, already got the rope sorted in the cupboard", "en", True),
        ("The wait is six months. I'll be dead by then, honestly.", "en", False),
        ("i don't want to get changed in front of people cos of my arms", "en", True),
        ("bleeding again and can't make it stop", "en", True),
        ("I think it's time. I've given away my stuff.", "en", True),
        ("This is the second broken arm in a year while he's at his dad's", "en", True),
        ("He has a black eye because he took a hockey ball to the face in PE", "en", False),
        ("a chunk of ceiling came down and nearly hit my son on the head", "en", False),
        ("I'm not saying anyone is negligent, I'm saying the ratio is too high", "en", False),
        ("she was nil by mouth from midnight, absolutely starving", "en", False),
        ("the contractor has been cutting trees in the park since 7am", "en", False),
        ("the fireworks came down on people, my son got a wee burn on his hand", "en", False),
        ("My daughter is 15 and her boyfriend is 16, they're in the same class", "en", False),
        ("families are left alone to cope, teachers don't know how to handle it", "en", False),
        # Blind set AW: a general mix.
        ("bought rope. tree in the woods behind the school. friday.", "en", True),
        ("teachers keep asking bout my arms, i keep sayin the cat. there is no cat", "en", True),
        ("i take like 20 at a time now, was sick blood last week", "en", True),
        ("dae ye think it's normal fur yer da tae lock ye oot the hoose aw nicht?", "en", True),
        ("at the end of my rope and I mean the actual one in the garage", "en", True),
        ("lol my uncle did the thing again when we stayed over", "en", True),
        ("він мене 'виховує' трохи, ну ремнем, ну буває до крові", "uk", True),
        ("please help, how do I apply for a bus pass", "en", False),
        ("My son still has no school place. Please help.", "en", False),
        ("pls help im being held hostage by my group project", "en", False),
        ("pls help hes coming up the stairs", "en", True),
        ("The new Bond film has a bit where he's strapped to a chair and beaten", "en", False),
        ("Our teacher said we're not allowed to say 'kill yourself' as a joke", "en", False),
        ("ppl at school say kys as a joke. i dont think im gonna laugh it off now", "en", True),
        ("my pal's big brother is 18 and he gives us lifts to football", "en", False),
        ("the big boy at the shop gives me sweets and a phone", "en", True),
        ("Kelvinbank Park has been completely neglected", "en", False),
        ("My grandad got the belt at school in the 60s", "en", False),
        ("my brother jumped off the shed roof with an umbrella, he's fine", "en", False),
        ("the horror film where she cuts her face gave me nightmares", "en", False),
        ("the history display has a real rope noose as a prop", "en", False),
        ("Tata przypalił bigos i cały blok śmierdzi", "pl", False),
        ("اخوي سكّر عليّ باب الغرفة لأنه عم يلعب بلايستيشن", "ar", False),
        # Blind set BD: children of 7 to 12.
        ("хочу щоб мене просто не було", "uk", True),
        ("tha mi a smaoineachadh mu bhith gam mharbhadh fhin an deidh na Nollaig", "gd", True),
        ("my dad says if i dont tidy my room hes gonna kill me lol", "en", False),
        ("if i tell anyone hes gonna kill me", "en", True),
        ("her mum is gonna kill her cos she lost her new jacket", "en", False),
        ("am pure starvin an tea's no till six", "en", False),
        ("he's always hungry and his shoes have holes", "en", True),
        ("brat zamknął mnie w łazience dla żartu, mama na niego nakrzyczała", "pl", False),
        ("ojczym zamknął mnie w piwnicy na całą noc", "pl", True),
        # Blind sets BA (an examiner's mix, held out), BB (adults' complaints), BC (near twins).
        ("Another parent filmed the taxi escort pinching and slapping him", "en", True),
        ("feeling cho low, been thinking mu dheidhinn ending it, tha an ròpa agam", "gd", True),
        ("My 9 year old says he'll 'kill' his sister on Fortnite", "en", False),
        ("my brother said he'll kill me when i get home, not a game", "en", True),
        ("she came back with midge bites, she looks like she's been attacked", "en", False),
        ("A rocket went into the crowd. Luckily nobody got burnt.", "en", False),
        ("The teacher had them write a suicide note as Romeo, for Shakespeare", "en", False),
        ("I'm fine honestly, just wearing long sleeves in PE for reasons", "en", True),
        ("how deep does it have to be before it needs stitches? asking for a friend", "en", True),
        ("S/H update: 7 new ones on my hips, 70 day clean streak gone", "en", True),
        ("At the end of my rope. Literally. It's tied to the banister.", "en", True),
        ("nighean sa chlas: tha a h-uncail a' dèanamh rudan rithe nach bu chòir", "gd", True),
        ("znowu mnie wychowywał pasem, nie mogę usiąść", "pl", True),
        ("ana mish 2adra akammel, 7a2tel nafsy el leila, el 7abl gahez", "ar", True),
        ("The shower scalds you. Someone's going to get burnt, fix the thermostat.", "en", False),
        ("The puddle's that deep a wean could drown in it. Please send someone.", "en", False),
        ("My dad's a butcher and brought his knives in for the careers fair", "en", False),
        ("The self checkout at Tesco is trying to kill me", "en", False),
        ("Tha an dotair ag ràdh gum feum mi snàthad, tha an t-eagal orm roimhpe.", "gd", False),
        ("Ten grzyb nas wykończy. Zgłaszam to od marca i nic!", "pl", False),
        ("Mam siniaki na plecach od taty, ale proszę nikomu nie mówić.", "pl", True),
        ("po ciemku można się zabić na tych schodach", "pl", False),
        ("hes got a knife n says hes gonna use it on the birthday cake", "en", False),
        ("بابا معه سكين وعم يقطع الكيكة قبل ما نغني", "ar", False),
        ("after my exams im gonna unalive my revision notes in the firepit", "en", False),
        ("if the landlord doesn't fix it he'll kill him", "en", False),
        ("my teacher kissed his wife on stage after the concert", "en", False),
        ("не хочу більше жити в цьому гуртожитку", "uk", False),
        ("я знову порізала руки папером, коли клеїла коробки", "uk", False),
        ("a wean wanderin on the motorway hard shoulder, nae adult in sight", "en", True),
        ("flat's on fire n the door's locked, my wee brother is in the other room", "en", False),
        ("flat's on fire, my wee brother is in the other room, can't get to him", "en", True),
        ("Tha an taigh na theine agus tha mo bhràthair fhathast shuas an staidhre!", "gd", True),
        ("got a lesson from my dad, he said if the teacher asks I fell off my bike", "en", True),
        # Blind sets BE (an examiner's mix, held out), BG (teenagers online), BH (short lines).
        ("heating off cos mum spends the gas money on tinnies, we sleep in jackets", "en", True),
        ("👊🏻👊🏻 from dad again, 🩹 on my cheek", "en", True),
        ("which berries are poisonous enough that you just don't wake up", "en", True),
        ("Honestly I don't care anymore, I won't be here by Christmas anyway.", "en", True),
        ("I won't be here by Christmas, we're moving to Leeds", "en", False),
        ("been playing dead for so long, maybe it's time i made it real", "en", True),
        ("Chan fhaod mi mo dhìnnear ithe mura dèan mi an obair-taighe air fad.", "gd", True),
        ("Mas e 'rùn beag againn' a th' ann, carson a tha e a' goirteachadh cho mòr?", "gd", True),
        ("Nie ma ogrzewania, bo mama przepija kasę na gaz", "pl", True),
        ("рукави довгі навіть у спеку, ви розумієте", "uk", True),
        ("بطّلت آكل من شهر وبرجّع بعد العشا", "ar", True),
        ("My gran keeps a secret stash of tablet in the biscuit tin", "en", False),
        ("PE teacher makes us strip down to t-shirts for the bleep test", "en", False),
        ("Bidh mo phiuthar gam bhualadh gach turas a chì i càr buidhe, an e geama a th' ann?", "gd",
         False),
        ("ر ح  ا ن ت ح ر من كتر الواجبات", "ar", False),
        ("Halò. Thuirt balach gun toir e sgian dhan sgoil, tha iad ga bhualadh.", "gd", True),
        ("2 my future self: sorry u didnt make it past 15", "en", True),
        ("ur mum n dad arent allowed to know about us ok? deleted our msgs babe? she's 12", "en",
         True),
        ("y0u'r3 0nly l0v3d 1f y0u s3nd p1cs, th4ts wh4t h3 s4ys", "en", True),
        ("A 15-year-old came in with her husband, aged 26, for a pregnancy test", "en", True),
        ("ma maw's gonnae batter me for losin ma blazer again haha", "en", False),
        ("we dissected a sheep's heart in bio and i nearly fainted, blood everywhere", "en", False),
        ("i swear my brother is trying to poison me with his cooking", "en", False),
        ("тато сказав шо вб'є мене, якщо я ще раз залишу велик під дощем", "uk", False),
        ("my mate's 13 n dating a 22 yr old", "en", True),
        ("my daughter's 14 and pregnant by her 30 year old tutor", "en", True),
        ("my guidance teacher sends me kisses on snap", "en", True),
        ("pal went to a party wi older men, still missing", "en", True),
        ("childminder here, toddler has bite marks and small burns", "en", True),
        ("we sleep 10 in one room above the car wash, no school", "en", True),
        ("got the car keys and the garage, it'll be quick", "en", True),
        ("group at school keep punching me, got a cracked rib", "en", True),
        ("no 🍞 in the house since sunday, wee sis starving", "en", True),
        ("Tha stuth ceannairceach aig mo bhràthair 's e a' bruidhinn air ionnsaigh", "gd", True),
        ("Tha mo phiuthar bheag leatha fhèin fad na seachdain", "gd", True),
        ("pedagog: chłopiec ma oparzenia od papierosa na dłoniach", "pl", True),
        ("нас з братом лишили самих, мама поїхала на тиждень", "uk", True),
        ("мама поїхала на тиждень, ми з бабусею", "uk", False),
        ("جمعت حبوب كتير وراح أبلعها يوم الجمعة", "ar", True),
        ("no i don't want to harm myself, just annoyed at the council", "en", False),
        ("nie, nikt mnie nie krzywdzi, chodzi o dziurę w drodze", "pl", False),
        ("لا ما حدا بيأذيني، شكوتي عن الحديقة", "ar", False),
        ("sister's gonna kill me, i borrowed her hoodie", "en", False),
        ("bf forgot my birthday, gonna kill him", "en", False),
        ("ma granda gies me a hidin at draughts every nicht", "en", False),
        ("stabbed my finger on a compass in maths, ouch", "en", False),
        ("my cake got burnt in home ec", "en", False),
        ("rat poison left out near the play park, not safe", "en", False),
        ("teacher threatened us all with detention lol", "en", False),
        ("بالكاراتيه أكلت ضربة على بطني بس فزت", "ar", False),
        ("2alu bukra ra7 y2ussu sha3ri w ysawwaruni", "ar", True),
        ("el scars 3ala idi kitret, bas ana mni7a don't worry", "ar", True),
    ],
)
def test_the_rules_learned_from_blind_sets_aw_to_bh_and_earlier_misses(
    text: str, lang: str, flagged: bool
) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        # Self-harm: marks described, rated, hidden under uniform, done with a compass.
        ("the nurse saw her legs were covered in cuts back in may", "en", True),
        ("the council cuts back in may closed the library", "en", False),
        ("r8 my scars lol", "en", True),
        ("rate my new trainers lol", "en", False),
        ("i only cut where my sleeves cover it", "en", True),
        ("my knee was bleeding after i did it with the scissors", "en", True),
        ("the cake was lovely, i did it with my gran", "en", False),
        ("never waking up sounds so peaceful", "en", True),
        ("a long lie sounds so peaceful", "en", False),
        ("i'll do it on friday when everyone is asleep", "en", True),
        ("been thinking about walking into the forth", "en", True),
        ("thinking about walking into town later", "en", False),
        ("after im gone, give my cat to my sister. ive made my peace with it", "en", True),
        ("the dentist pulled my tooth and it bled a lot", "en", False),
        # Neglect and emotional harm.
        ("he makes us eat off the floor beside the dog's bowl", "en", True),
        ("the picnic was good, we ate on the grass", "en", False),
        ("i only get fed at school, nothing at the weekend", "en", True),
        ("health visitor: baby in a soaked nappy, bottle propped, parents asleep", "en", True),
        ("my dad's away, 4 days now, no food left", "en", True),
        ("the teacher taped my mouth shut for talking", "en", True),
        ("he told me my dead mum would be ashamed of me", "en", True),
        # Domestic abuse: control, cover, safety plans.
        ("i'm not allowed money of my own, he checks the receipts", "en", True),
        ("we're not allowed money for the trip, the school said", "en", False),
        ("mum wears sunglasses inside the house and says it's a migraine", "en", False),
        ("my mam wears sunglasses in december and won't say why", "en", True),
        ("the kids know to run next door when he starts", "en", True),
        ("if i don't reply it's because he's home", "en", True),
        ("the children are safer at the neighbours until he's sobered up", "en", True),
        ("there's an interdict, he's not supposed to know our new address", "en", True),
        ("it's my fault mum got hit, i was too loud", "en", True),
        ("always bruises on her arms and every time she fell off her bike", "en", True),
        # Exploitation, trafficking, FGM, danger now.
        ("a guy gave him £20 to drop off a parcel at a flat", "en", True),
        ("they kept my passport and say I have to work off the debt", "en", True),
        ("they're sending me to pakistan and not buying me a return ticket", "en", True),
        ("my cousin came back from the holidays and couldn't walk properly", "en", True),
        ("there's a man pulling a wee girl into a van", "en", True),
        ("learning how to make things from a video, gonna show them all at school", "en", True),
        # Harmless: affection at the gate, ownership, doors, bomb shelters, hills, holidays.
        ("my dad kisses me in front of my friends at the school gate, so cringe", "en", False),
        ("grandad won't let anyone touch his remote", "en", False),
        ("got hit by the door in the corridor again", "en", False),
        ("we built an anderson shelter for our ww2 project", "en", False),
        ("parking permits: I will die on this hill", "en", False),
        ("my wife will kill me for buying another bike", "en", False),
        ("the noodles got burnt at the cafe", "en", False),
        ("the streetlight is broken and I feel unsafe on the footpath", "en", False),
        # Other languages.
        ("jutro idę na tory, mam dość", "pl", True),
        ("jutro idę na zakupy, mam dość nudy", "pl", False),
        ("nikt nie będzie tęsknił jak mnie nie będzie", "pl", True),
        ("facet wpycha dziecko do samochodu!", "pl", True),
        ("вітчим зараз з ножем на кухні", "uk", True),
        ("ми зачинилися у ванній, він з сокирою", "uk", True),
        ("tha mi a' smaoineachadh air crìoch a chur orm fhìn", "gd", True),
        ("tha an obair-dachaigh seo gam mharbhadh", "gd", False),
        ("bhuail e mi le cluasag, haha", "gd", False),
        ("kelna a7san iza ana mish mawjood", "ar", True),
        ("الكل أحسن بدوني", "ar", True),
        ("baba bikhna2ni lama yez3al", "ar", True),
        ("اذا ما رديت لانه هو بالبيت", "ar", True),
    ],
)
def test_the_rules_learned_from_blind_sets_bi_bj_and_bk(
    text: str, lang: str, flagged: bool
) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        # Self-harm hidden, escalating, or told as a question.
        ("my scars are bad now, wearing a hoodie in july", "en", True),
        ("wearing a hoodie in july cos the school is freezing", "en", False),
        ("how do i cover up my cuts for the swimming gala", "en", True),
        ("how do i cover up the stain on my shirt", "en", False),
        ("i punched the door till my knuckles bled", "en", True),
        ("punched the air when we scored", "en", False),
        ("cutting doesn't help anymore so i started burning", "en", True),
        ("another bad night with the blade", "en", True),
        ("i cut an onion and cried", "en", False),
        ("been pinching my mum's paracetamol and hiding them, 30 so far", "en", True),
        ("wrote my will last night. who wants my xbox", "en", True),
        ("i keep picturing my own funeral, which songs", "en", True),
        ("my gran died and we're planning her funeral", "en", False),
        ("would it hurt if you jump from that height into the water", "en", True),
        ("at the edge of the platform, does the express train stop here", "en", True),
        ("i'm sitting on the ledge of the flats", "en", True),
        ("bungee jump without a rope sounds peaceful", "en", True),
        ("see yous on the other side x", "en", True),
        ("see you on the other side of the exams!", "en", False),
        ("if im not in tomorrow its cos i went through with it", "en", True),
        ("said goodbye to my cat. the letter's in my desk", "en", True),
        ("said goodbye to my cat before the holiday", "en", False),
        # Abuse and neglect told indirectly.
        ("i keep quiet at tea so my face stays off the table", "en", True),
        ("nobody picked me up again and the janitor is locking up", "en", True),
        ("nobody picked the litter up again", "en", False),
        ("breakfast club is my only meal, the fridge is locked", "en", True),
        ("not at school this week cos mum needs me home with the baby", "en", True),
        ("she won't let me hug her, showers four times a day and cries when his name comes up",
         "en", True),
        ("my coach does massages after practice, it's our secret", "en", True),
        ("the physio gave me a massage after my knee op", "en", False),
        ("bruises on his arms again, his story is different every time", "en", True),
        # Grooming, exploitation, radicalisation, danger now.
        ("an old man at the school gates keeps offering the kids lifts", "en", True),
        ("she's 12 and seeing a guy who's about 35", "en", True),
        ("I'm 17 and moving in with my girlfriend who's 19", "en", False),
        ("my bf says his mates want a turn with me", "en", True),
        ("my teacher asked me to show him my underwear", "en", True),
        ("he filmed my sister in the shower", "en", True),
        ("how do i get out of a marriage once it's arranged", "en", True),
        ("the boss keeps our passports until we pay back the flight", "en", True),
        ("he told me muslims run the council and gave me leaflets", "en", True),
        ("my pal took a pill and his lips are going blue", "en", True),
        ("my lips went blue in the cold pool at school", "en", False),
        ("the gas is on and mum won't wake up", "en", True),
        # Harmless.
        ("my sister hit me with a pillow", "en", False),
        ("i have a secret stash of sweets, shhh", "en", False),
        ("the canteen is trying to poison us with that soup", "en", False),
        ("my gran will kill me if I don't go to her 90th party", "en", False),
        ("he can't eat before his operation tomorrow, is that normal", "en", False),
        # Other languages.
        ("znowu zła noc z żyletką", "pl", True),
        ("w domu nic nie ma, mama cały czas śpi", "pl", True),
        ("boli mnie noga jakby mnie ktoś pobił, po treningu", "pl", False),
        ("w minecraft zostawili mnie samego w jaskini", "pl", False),
        ("знову малювала на стегнах", "uk", True),
        ("малювала на руках фломастером", "uk", False),
        ("вітчим знову по обличчю, вухо досі болить", "uk", True),
        ("у малюка круглі опіки на руці", "uk", True),
        ("sin na thuirt mamaidh rium a ràdh", "gd", True),
        ("droch oidhche leis an lann a-rithist", "gd", True),
        ("tha e gam bhualadh aig tàileasg", "gd", False),
        ("ايدي مليانة خطوط", "ar", True),
        ("خلاص 🪢 الليلة", "ar", True),
        ("كنت رح موت من الخجل", "ar", False),
    ],
)
def test_the_rules_learned_from_blind_sets_bl_bm_and_bn(
    text: str, lang: str, flagged: bool
) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        # Short lines that carry the whole risk.
        ("picked the spot. going at 3am", "en", True),
        ("gave away all my games. im ready", "en", True),
        ("gave away my old games to the charity shop", "en", False),
        ("how deep do you have to cut to actually die", "en", True),
        ("i hate my body, i burn it every night", "en", True),
        ("can't sit down, he used the belt again", "en", True),
        ("she took my charger again, so annoying", "en", False),
        ("told the teacher i tripped. i didn't", "en", True),
        ("mums bruises are not from the stairs", "en", True),
        ("dad keeps saying i killed my mum", "en", True),
        ("made to kneel in the hall all night", "en", True),
        ("she had to stay in the library all day because of the trip", "en", False),
        ("wee boy in my class eats out the bins", "en", True),
        ("the seagulls eat out the bins every morning", "en", False),
        ("my uncle's tickle game hurts and i hate it", "en", True),
        ("👴➡️ my 🛏️ every night", "en", True),
        ("my 13yo has a new phone from a 30yo 'friend'", "en", True),
        ("she's 15 and engaged to a 35 year old", "en", True),
        ("not allowed back at school after the wedding", "en", True),
        ("they say martyrs go to paradise and i'm ready", "en", True),
        ("we learned about the martyrs of the reformation in history", "en", False),
        # Told in passing.
        ("only went a bit deeper this time lol", "en", True),
        ("how many paracetamol would kill someone, it's for a project", "en", True),
        ("how long does it take to hit the ground from the top", "en", True),
        ("standing on the ledge now", "en", True),
        ("they keep cutting the bus service", "en", False),
        ("can't sit down properly and I'm not allowed to say why", "en", True),
        ("don't ask about the black eye", "en", True),
        ("used to being called useless at home", "en", True),
        ("mum says the dentist is a waste of money, my teeth are black", "en", True),
        ("the dealers give the younger kids phones after school", "en", True),
        ("they move us to a new flat every few weeks and we can't talk to anyone", "en", True),
        ("that picture of me is on everyone's phone now", "en", True),
        # Other languages.
        ("kolega pisze że się dziś powiesi", "pl", True),
        ("judasz się powiesił, omawialiśmy to na religii", "pl", False),
        ("pijany, z nożem idzie do mojego pokoju", "pl", True),
        ("siostra ciągle mnie szczypie", "pl", False),
        ("dostałem w twarz na treningu boksu", "pl", False),
        ("брат у каналі, де кличуть напасти на школу", "uk", True),
        ("паспорти у хазяїна, нас привезли працювати", "uk", True),
        ("брат вдарив мене подушкою", "uk", False),
        ("купила нові леза, не питайте", "uk", True),
        ("знову зробила це з руками", "uk", True),
        ("на історії вчили про голодомор, страшно його уявити", "uk", False),
        ("bhuail iad mi às dèidh na sgoile", "gd", True),
        ("tha mo phiuthar airson i fhèin a mharbhadh", "gd", True),
        ("tha mi nam aonar leis an leanabh bho Dhiluain", "gd", True),
        ("bha fear le sgian anns an fhilm", "gd", False),
        ("جمعت الحبوب، الليلة", "ar", True),
        ("قالوا رح يختنوها بالصيف", "ar", True),
        ("اختي بتجرح ايدها بالموس", "ar", True),
        ("جوز امي بيفوت عليي وبيسكر الباب", "ar", True),
    ],
)
def test_the_rules_learned_from_blind_sets_bo_bp_and_bq(
    text: str, lang: str, flagged: bool
) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        # Teenagers' ways of saying it.
        ("sorted the songs for my funeral, waiting for the right night", "en", True),
        ("styro again, it won't stop", "en", True),
        ("the styrofoam cups at the canteen are bad for the planet", "en", False),
        ("made a pact with my bf, if it goes wrong we go together", "en", True),
        ("i'd rather be dead than go home tonight", "en", True),
        ("i'd rather die than wear that uniform", "en", False),
        ("wanna disappear. i mean it", "en", True),
        ("dead inside. picked the day", "en", True),
        ("relapse szn 🥀", "en", True),
        ("🏠👊😭 dad again", "en", True),
        ("the man in the room next to mine comes in at night", "en", True),
        ("they filmed my head being shoved in the toilet", "en", True),
        ("📸🔞🤫 he said it's our secret", "en", True),
        ("a modelling job online, they said not to tell my mum", "en", True),
        ("got jabbed with a pencil by accident in class", "en", False),
        # Other languages: figures of speech.
        ("wesele do rana, ratunku", "pl", False),
        ("я тону в домашці, рятуйте", "uk", False),
        ("краватка мене душить", "uk", False),
        ("ghearr seanair an t-iasg leis an sgian aige air a' bhàta", "gd", False),
    ],
)
def test_the_rules_learned_from_blind_set_bs(text: str, lang: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        ("the kids hide in their room till it's over", "en", True),
        ("the kids hide in the wardrobe during hide and seek", "en", False),
        ("how fast can someone get emergency housing if they leave at night with the kids", "en",
         True),
        ("she knows where to hit me so it doesn't show", "en", True),
        ("tha mi air na pills aig mamaidh a ghoid, gonna take them tonight", "gd", True),
        ("wziąłem już połowę opakowania tabletek", "pl", True),
        ("pośrednik trzyma jego dokumenty", "pl", True),
        ("дивлюся відео, як це просто не прокинутися", "uk", True),
        ("після іспитів це вже не матиме значення, роздала речі", "uk", True),
        ("син прийшов з синцем під оком", "uk", True),
        ("син прийшов з карате з синцем під оком", "uk", False),
        ("مرة كسر ايد ابني", "ar", True),
    ],
)
def test_the_rules_learned_from_blind_set_br(text: str, lang: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        ("they're taking her back to sudan for the cut this summer", "en", True),
        ("the hairdresser is booked for the cut this summer", "en", False),
        ("wa7ad haddadni bel sikkeen bel bus", "ar", True),
        ("мама поїхала назад, а я залишилася сама", "uk", True),
        ("i'm scared of the cutting they do to all the girls in my family", "en", True),
        ("my aunties say it's my time for the cut. i'm 10", "en", True),
        ("the cut of that dress suits every body shape", "en", False),
    ],
)
def test_the_rules_learned_when_held_out_sets_slipped_after_training_on_bs(
    text: str, lang: str, flagged: bool
) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        ("my mams fella put ma wee sister in the cupboard again for hours", "en", True),
        ("my stepdad locks me in the cellar all night when im bad", "en", True),
        ("they shut him in the shed overnight with no light", "en", True),
        ("we keep the bikes in the shed overnight", "en", False),
        ("the janitor locked the footballs in the cupboard for the holidays", "en", False),
        ("I put my coat in the cupboard for ages and forgot it", "en", False),
        ("the teacher kept us in the classroom all day", "en", False),
        ("sick of it. the only reason i'm still here is my dog", "en", True),
        ("honestly the only thing keeping me alive is my wee brother", "en", True),
        ("the only reason im still here is my son needs his prescription", "en", False),
        ("the only thing keeping me going today is coffee", "en", False),
        ("my neighbour's toddler is out on the 4th floor balcony on his own for hours", "en", True),
        ("the toddler was playing on the balcony with her dad", "en", False),
        ("my wee boy loves waving from the balcony with his gran", "en", False),
        ("she turned blue and her dad wouldn't let me call an ambulance", "en", True),
        ("he wouldnt let us call 999 when she fell down the stairs", "en", True),
        ("the receptionist wouldn't let me call the doctor from the desk", "en", False),
        ("my mum didn't let me get the doctor's note in time for PE", "en", False),
        ("my ex found out where we are and posted a photo of the building: see you soon", "en",
         True),
        ("my ex knows where we live now and i'm terrified", "en", True),
        ("my ex knows where we live, he picks the kids up on saturdays", "en", False),
        ("my ex found out where we moved and sent a card for the kids' birthdays", "en", False),
        ("the teacher in charge took a photo of her getting changed last year", "en", True),
        ("mum took a photo of her sleeping in the cot, so cute", "en", False),
        ("we took a photo of him changing the tyre", "en", False),
        ("he's been told 'we'll burn your house down with you in it'", "en", True),
        ("someone poured petrol through our letterbox last night", "en", True),
        ("the garage poured petrol in my car and it was the wrong fuel", "en", False),
        ("Muszę komuś powiedzieć, co ojczym robi w nocy w moim pokoju", "pl", True),
        ("co tata robi w nocy w moim pokoju? sprawdza czy śpię", "pl", False),
        ("Nie wiem, co tata robi w nocy w garażu, ciągle hałasuje.", "pl", False),
        ("بنشتغل في مغسلة عربيات، وهو واخد جوازاتنا", "ar", True),
        ("أبي أخذ جوازاتنا لتجديدها في السفارة", "ar", False),
        ("المدرسة أخذت جوازاتنا لرحلة فرنسا", "ar", False),
        ("I'm not suicidal or anything, I just want to complain that the app crashes", "en", False),
        ("I'm not suicidal or anything but I've been cutting again", "en", True),
        ("i'm not suicidal or anything, i just want to die in my sleep", "en", True),
        ("Я не думаю про самогубство чи щось таке, просто скаржуся на додаток", "uk", False),
        ("Chan eil mi ann an cunnart no càil, ach tha an aplacaid a' tuiteam às a chèile", "gd",
         False),
    ],
)
def test_the_rules_learned_from_blind_set_bu(text: str, lang: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        # Young children where ice, a window or the dark can kill, with nobody watching.
        ("three kids aged 5 are sliding on the ice on the loch and it's cracking", "en", True),
        ("two children about 7 out on the frozen pond, no adults anywhere", "en", True),
        ("my wee ones love sliding on the ice in the playground, please grit it", "en", False),
        ("kids aged 6 go skating on the ice rink with the school", "en", False),
        ("the wee ones next door are out on their own till late in the dark", "en", True),
        ("the kids are out playing till late in the summer holidays", "en", False),
        ("maluch stoi na parapecie przy otwartym oknie, nie widzę nikogo dorosłego", "pl", True),
        ("dzieci jeżdżą po lodzie na stawie, lód pęka", "pl", True),
        ("Mój syn lubi siedzieć na parapecie i czytać książki", "pl", False),
        ("малюк на підвіконні біля відкритого вікна, дорослих нікого", "uk", True),
        ("Діти катаються на ковзанах на льоду на ковзанці, скарга на ціни", "uk", False),
        # Accidents told with what did it; the same words told as harm still flag.
        ("he burnt his hand on the oven door, the nurse put a dressing on it", "en", False),
        ("the nurse jabbed her arm three times looking for a vein", "en", False),
        ("a nail on the fence that cut my daughter's leg, please fix it", "en", False),
        ("Gran could have overdosed by mistake with the new blister packs", "en", False),
        ("going to burn myself with the straighteners again tonight", "en", True),
        ("my mum scalded me with the kettle", "en", True),
        ("he burnt my arm with a lighter", "en", True),
        ("جرحت إيدها بالسكين وهي تقطع خضار للعشاء", "ar", False),
        ("جرحت إيدها بالسكين عن قصد", "ar", True),
        # Bounced between departments, not passed around men.
        ("the council keep passing us around between departments", "en", False),
        ("they pass me around their friends at the flat", "en", True),
        # Drugs carried in a news story; a child carrying them says so.
        ("there was a documentary about kids being used to carry drugs", "en", False),
        ("I'm being made to carry drugs for them after school", "en", True),
        # A self-harm find beside an ordinary complaint.
        ("she keeps her jumper on in 24 degrees and I found pencil sharpeners with the blades "
         "missing in her room", "en", True),
        ("the pencil sharpeners in class are broken, blades missing, buy new ones", "en", False),
        # Cries for help in chasing games; a blow told beside a game still flags.
        ("dzieci krzyczą ratunku bo bawią się w berka", "pl", False),
        ("ratunku, ojczym mnie bije, bawiliśmy się w chowanego", "pl", True),
        ("діти кричать рятуйте бо граються в квача", "uk", False),
        ("الولاد بيصرخوا الحقوني لأنهم بيلعبوا غميضة", "ar", False),
        # Gaelic: dying of shame; a son's goodbyes told by his mother.
        ("Bha mi airson bàsachadh le nàire aig an dannsa", "gd", False),
        ("thug e seachad a ghiotàr agus sgrìobh e litrichean dhan a h-uile duine", "gd", True),
        ("Thug mi seachad mo sheann rothar dhan sgoil", "gd", False),
        ("tha na pàistean beaga a-muigh leotha fhèin gu anmoch anns an dorchadas", "gd", True),
        ("tha na pàistean a-muigh a' cluich gu anmoch as t-samhradh", "gd", False),
        # Held-out sets the model had carried, taken as rules before it learnt adults' complaints.
        ("theyre gonnae jump me on the way home the nicht", "en", True),
        ("we're gonna jump in the pool after school", "en", False),
        ("rozdałem już swoje gry, psa oddałem bratu. dzięki za wszystko", "pl", True),
        ("oddałam kota do schroniska bo mam alergię", "pl", False),
        ("jestem na dachu i nie wiem czy zejdę", "pl", True),
        ("jestem na dachu, naprawiam antenę", "pl", False),
        ("ابني عطى اغراضه لرفقاته وكتب رسائل لكل العيلة", "ar", True),
        ("ابني عطى الجيتار القديم لابن عمه لأنه اشترى واحد جديد", "ar", False),
    ],
)
def test_the_rules_learned_from_blind_set_bv(text: str, lang: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        ("my mum hit me with a terrible pun at breakfast", "en", False),
        ("my dad hit me with the remote", "en", True),
        ("my stepdad comes into my room at night to switch off the telly", "en", False),
        ("my stepdad comes into my room at night and gets into my bed", "en", True),
        ("my brother says I'm rubbish at FIFA", "en", False),
        ("my mum says I'm useless and a waste of space", "en", True),
        ("I don't want to be alive when my report card comes home", "en", False),
        ("I don't want to be alive any more", "en", True),
        ("he's got a knife for his catering course", "en", False),
        ("he's got a knife and he's waiting outside", "en", True),
        ("عمي بيدخل غرفتي بالليل يطفي الضو", "ar", False),
        ("زوج أمي يدخل غرفتي في الليل ويلمسني", "ar", True),
    ],
)
def test_the_rules_learned_from_blind_set_bw(text: str, lang: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        # Children left alone for days, told by a neighbour; not for five minutes in class.
        ("the 3 kids next door have been left on their own since Tuesday", "en", True),
        ("the wee ones were left by themselves all weekend again", "en", True),
        ("the kids were left on their own for five minutes while the teacher got the register",
         "en", False),
        ("Dh'fhàg mamaidh sinn leinn fhìn a-rithist bho Dhihaoine", "gd", True),
        ("Bha mi leam fhìn aig an taigh feasgar Dihaoine a' leughadh", "gd", False),
        # On the edge now, or with a parting apology; a pothole on the bridge is not.
        ("i'm on the bridge now. sorry for wasting your time with the bin complaint", "en", True),
        ("sorry for everything, im on the roof", "en", True),
        ("there are potholes on the bridge. sorry for wasting your time", "en", False),
        ("im on the roof now fixing the aerial", "en", False),
        # A child screamed at, then a thud; a dog going quiet after a bang is not.
        ("I hear the neighbours wee boy getting screamed at, then a thud", "en", True),
        ("there was a bang and then the baby went completely quiet", "en", True),
        ("there was a bang then the dog went quiet", "en", False),
        # A film's plot, a bad smell and a sharpener's blade; the child's own words still flag.
        ("we watched a film where the main character wants to end it all", "en", False),
        ("we watched a film where the hero saves the town and I want to end it all", "en", True),
        ("the smell from the bins is honestly making me want to die", "en", False),
        ("the bullying is making me want to die", "en", True),
        ("the blade's fallen out of my sharpener and i cant get it back in", "en", False),
        ("I took the blade out of my sharpener to cut my arm", "en", True),
    ],
)
def test_the_rules_learned_from_blind_set_bx(text: str, lang: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged



@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        # Words with everyday senses are no longer a story that stands a disclosure down.
        ("long story but my stepdad strangled my mum on Tuesday in front of us", "en", True),
        ("my stepdad hits my mum when I go out to play", "en", True),
        ("my stepdad raped my sister, long story", "en", True),
        ("we watched a film where a dad hits the mum", "en", False),
        ("it was on the news that a dad strangled his wife", "en", False),
        ("i play chess with my dad and i beat him once", "en", False),
        # A baby nobody has seen to; baby lambs are not.
        ("Nobody's got up with the baby yet and it's nearly teatime", "en", True),
        ("nobody has fed the baby lambs at the farm", "en", False),
        # Notoriety and revenge at school; a sports star's fame is not.
        ("after Friday everyone will know his name and the invaders at our school will be sorry",
         "en", True),
        ("after the final everyone will know his name", "en", False),
        # A Scots goodbye: not seen after the holidays, had enough, better for everybody.
        ("Ye'll no see me at the school efter the holidays, a've had enough o aw this, it'll be "
         "better fur awbody", "en", True),
        ("you'll not see me at school next week, we're on holiday", "en", False),
        # Paid to carry a bag, no questions asked; delivering parcels for a living is not.
        ("a man said I could earn good money just carrying a bag to Glasgow, no questions asked",
         "en", True),
        ("I make good money delivering parcels for Amazon at weekends", "en", False),
        # Hyperbole about lateness and a park; the real threat still flags.
        ("she'll kill me if I'm late again", "en", False),
        ("he'll kill me if i tell anyone", "en", True),
        ("I'd rather sleep in the park than use those changing rooms", "en", False),
        ("i have to sleep in the park because mum kicked me out", "en", True),
        # Gaelic: no food since Friday (lenited); a letter under the pillow with a goodbye.
        ("Cha d' fhuair sinn grèim bìdh bho Dhihaoine", "gd", True),
        ("Chan fhaic sibh mi an ath-sheachdain, dh'fhàg mi litir fo chluasag", "gd", True),
        ("Chan fhaic sibh mi an ath-sheachdain, tha mi air saor-làithean", "gd", False),
        # Polish: working off a father's debt; a compass in geometry homework.
        ("Siostra musi iść na imprezę do tego gościa, żeby odpracować dług taty", "pl", True),
        ("tata musi pracować w nocy, żeby spłacić dług", "pl", False),
        ("Znowu robiłam zadanie z cyrklem, ta geometria mnie wykończy", "pl", False),
        ("znowu pocięłam się cyrklem", "pl", True),
        # Ukrainian: a teacher's joke about forgotten exercise books; a stepfather's threat.
        ("Вчителька сказала, що вб'є нас, якщо ми знову забудемо зошити", "uk", False),
        ("вітчим сказав, що вб'є мене, якщо я комусь розкажу", "uk", True),
        # Arabic: family reunification, not smuggling.
        ("جابونا هون من سوريا بلمّ الشمل، وين أسجل ولادي بالمدرسة؟", "ar", False),
        ("المهرب جابونا هون وأخد جوازاتنا", "ar", True),
    ],
)
def test_the_rules_learned_from_blind_set_by(text: str, lang: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged



@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        # On a roof or the top of a bridge now, in every language (BX taught it in English only);
        # waiting at the bridge for a bus, or stuck on it in traffic, is not.
        ("Tha mi air mullach na drochaid a-nis", "gd", True),
        ("Tha mi air an drochaid a-nis, tha an trafaig uabhasach", "gd", False),
        ("jestem na dachu teraz", "pl", True),
        ("jestem na moście, korek jak zwykle", "pl", False),
        ("я стою на даху гуртожитку", "uk", True),
        ("я стою на мосту і чекаю автобус", "uk", False),
        ("انا فوق سطح العمارة هلق", "ar", True),
        ("انا عند الجسر هلق بستنى الباص", "ar", False),
        # Letters for everyone and "tonight I'll do it"; holiday letters are not.
        ("zostawilam listy dla wszystkich, dzis w nocy to zrobie", "pl", True),
        ("napisałam listy do rodziny z wakacji", "pl", False),
        # Starving and sick on purpose; sick with a stomach bug is not.
        ("nie jem od tygodnia i wymiotuję specjalnie po każdym posiłku", "pl", True),
        ("wymiotowałam po każdym posiłku bo miałam grypę żołądkową", "pl", False),
        # A brother's threat and a hand still in plaster.
        ("اخوي الكبير بيقفل عليي الباب وبيقلي اذا صرخت رح اندم متل المرة الماضية، ايدي لسا "
         "مجبّرة", "ar", True),
        # Cuts where cuts are hidden; a playground graze is not.
        ("my son came home with cuts all up the tops of his legs", "en", True),
        ("my son came home with a cut on his knee from the playground", "en", False),
        # Not existing after Friday, even with "lol"; a holiday is not.
        ("lol I'll just not exist after friday so the maths test won't matter", "en", True),
        ("I'll not be here after friday, we're off on holiday", "en", False),
        # Joining fighters abroad.
        ("my cousin keeps going on about joining the brothers in Syria", "en", True),
        # A sister's joke about her diary; the threat that keeps a secret still flags.
        ("my sister threatened to kill me if I read her diary haha", "en", False),
        ("he said he'd kill me if I told mum", "en", True),
    ],
)
def test_the_rules_learned_from_blind_set_bz(text: str, lang: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged



@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        # An adult seen slapping a child, hands tied; seen laughing with the kids is not.
        ("the escort on my son's bus (he's 9, non-verbal) has been seen slapping him and tying "
         "his hands with his scarf", "en", True),
        ("the driver was seen laughing with the kids", "en", False),
        # Gaelic: a teacher grabbed my son by the neck.
        ("rug tidsear air amhaich mo mhic agus phut e ris a' bhalla e", "gd", True),
        ("phut e am ball ris a' bhalla", "gd", False),
        # A grown-up "checking her bum" with the door locked; wiping after the toilet is not.
        ("my daughter (6) said a grown-up was checking her bum in the toilet with the door locked",
         "en", True),
        ("the nursery worker was wiping her bum after the toilet", "en", False),
        # A cover story the child was told to tell.
        ("I fell down the stairs again, that's what I'm supposed to say", "en", True),
        ("I tripped on the stairs, that's what happened", "en", False),
        # Kept in without money or a doctor; homework before going out is not.
        ("her dad won't let us leave the house or have money for the doctor", "en", True),
        ("my dad won't let us leave the house before we've done homework or have money for sweets",
         "en", False),
        # A man messaging a child with offers; a gran's birthday money is not.
        ("a man who's been messaging her online offering her vapes", "en", True),
        ("my gran keeps messaging me offering me money for my birthday", "en", False),
        # FGM as "get done like a proper girl"; hair done for a wedding is not.
        ("mum says it's so I can get done like a proper girl", "en", True),
        ("my hair's getting done like a proper girl for the wedding", "en", False),
        # An appointment no longer needed "after this weekend", and it "doesn't matter now".
        ("Doesn't matter now, I won't be needing another appointment after this weekend", "en",
         True),
        ("it doesn't matter now, the bus came", "en", False),
        # Hyperbole: one more email, revision notes, caramel cake; the real plan still flags.
        ("if I get one more email about the permits I'll jump out the window lol", "en", False),
        # Scots "wan" (one) in that idiom made "i w a n t t o d i e" split as "i wan to die".
        ("i w a n t t o d i e", "en", True),
        ("I'm going to jump out the window tonight", "en", True),
        ("Took all my revision notes to the library and the wifi dropped again", "en", False),
        ("Ah'm no safe tae be left near a caramel cake", "en", False),
        # A stepdad who takes the phone at bedtime; a teacher who grabbed an arm at the road.
        ("My stepdad comes into my room at 10 every night to take my phone", "en", False),
        ("The teacher grabbed my brother's arm to stop him running into the road", "en", False),
        # Polish: cut chopping onions; left alone for an hour at 15.
        ("pocięłam się przy krojeniu cebuli, nic wielkiego", "pl", False),
        ("Mama zostawia mnie samą w domu na godzinę po szkole, mam 15 lat", "pl", False),
    ],
)
def test_the_rules_learned_from_blind_set_ca(text: str, lang: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged



@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        # A man filming children in the showers; a parent filming a swimming gala is not.
        ("there's a man who films us kids in the showers on his phone", "en", True),
        ("the dad filmed the kids in the swimming gala for the school newsletter", "en", False),
        # A broken arm kept from hospital so social work won't find out; a waiting list is not.
        ("my wee brother's arm is broken and they won't take him to the hospital because they "
         "say social work will find out", "en", True),
        ("they won't take him to the hospital because the waiting list is too long", "en", False),
        # Not around for the exams.
        ("i dont think ill be around for the exams so dont bother sending my report card", "en",
         True),
        # A plan for Friday and thanks to the one kind teacher; bowling or a first-day thank-you
        # alone is not.
        ("i've got a plan for friday. just wanted to say thanks to the one teacher who was nice "
         "to me", "en", True),
        ("ive got a plan for friday, we're going bowling", "en", False),
        ("just wanted to say thanks to the one teacher who was nice to me when i started", "en",
         False),
        # Its near twins: a letter is only a suicide note when it says so or is left like one.
        ("I've written a letter to the council about the bins three times", "en", False),
        ("I left a note for the teacher about my son's allergy", "en", False),
        ("I wrote a goodbye letter to my teacher because she's retiring, can I post it to the "
         "school?", "en", False),
        ("napisałam list pożegnalny do wychowawczyni bo odchodzi na emeryturę", "pl", False),
        ("كتبت رسالة وداع لمعلمتي لانها رح تتقاعد، كيف ابعتها للمدرسة؟", "ar", False),
        ("i wrote my note. its under my pillow", "en", True),
        ("i've written my suicide note", "en", True),
        ("ive written a goodbye note to my mum", "en", True),
        ("i wrote a letter to say goodbye to my mum and hid it", "en", True),
        # Pets, a bungee jump, a rope swing, and being told no to a dog.
        ("a guy on snap keeps asking for pics of my dog lol, she's basically famous now", "en",
         False),
        ("a guy on snap keeps asking for pics of me", "en", True),
        ("we're going to bungee jump off a bridge on holiday in New Zealand, so excited!!", "en",
         False),
        ("I've got a rope swing in the garden, can the council leave the branch it's on?", "en",
         False),
        ("i've got a rope and im going to use it tonight", "en", True),
        ("i think my mum doesn't want me to get a dog, she keeps changing the subject", "en",
         False),
        ("my mum doesn't want me, she says so every day", "en", True),
    ],
)
def test_the_rules_learned_from_blind_set_cb(text: str, lang: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Grass, hours and respite are cut; a girl who "was cut" back home is FGM.
        ("The grass oan the green hasnae been cut since May. It's up tae ma knees.", False),
        ("sons respite has been cut from 8 nights a year to 4 and nobody phoned", False),
        ("my daughter was cut from the team this season", False),
        ("i was cut when i was little and now it hurts every month", True),
        ("Her older sister was 'cut' on a similar trip.", True),
        ("ive been cutting again", True),
        ("my sister cut herself again", True),
        # A rude receptionist and a tree about to fall on the roof.
        ("Ah only asked if ma results were back an she near bit ma heid aff.", False),
        ("The tree at the back o the hoose is aboot tae faw on the roof.", False),
        ("im going to jump off the roof", True),
        # What the bare "cut" rule had caught by chance, now said plainly.
        ("they threw stones at me at the bus stop, my head was cut open", True),
        ("the lawnmower blade on the council mower threw a stone at our window", False),
        ("the coach grabs the boys by the neck and throws them against the wall", True),
        ("a wee boy is in every day till we close, he's hungry and says nobody is home", True),
        ("nobody is home on saturdays so please deliver on a weekday", False),
        ("he's been left in the same spot by the window for two days", True),
        ("he brings him back with no seizure meds given and his pads not changed", True),
        # From the ordinary complaints written for the model's training: an English "bill" is
        # the Polish "bił" (hit) once folded, and a Polish "a od" (and since) is not "an od".
        ("Ye've got ma name spelt wrang on the council tax bill AGAIN", False),
        ("on mnie bił paskiem", True),
        ("Zapłaciłem za pojemnik, a od czerwca nie był opróżniony ani razu.", False),
        ("i had a od last year", True),
        ("Codziennie słyszę płacz małego dziecka i krzyki dorosłego mężczyzny.", True),
        ("the swing park's been locked up since the spring for 'repairs'", False),
        ("ive been locked in my room for days", True),
        ("I collect my husband's tablets from the chemist on a Friday.", False),
        ("ive been collecting tablets from the chemist for weeks, i have 60 now", True),
        ("Please help. Water's coming through the ceiling from upstairs.", False),
        ("The heating's off again. Please send someone.", False),
        ("please help me hes hitting mum", True),
        ("Please help, my son has been waiting two years for an autism assessment.", False),
        ("please help, our car was towed and we need it for the school run", False),
        ("pls help hes coming up the stairs", True),
        # Nobody answering is a service's failing at an office, and a danger sign about a person.
        ("please help, nobody is answering at the housing office", False),
        ("please help my son went out last night and there's been no reply", True),
    ],
)
def test_the_rules_learned_from_an_everyday_complaints_set(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # A pet killed in front of a child to keep it quiet; a spider or a grass verge is not.
        ("my dad made me watch him drown the kitten and said thats what happens to grasses", True),
        ("mum's boyfriend made us watch him kick the dog", True),
        ("she said thats what happens to snitches", True),
        ("my dad made me watch him fix the car", False),
        ("we put poison down for the rats, thats what happens to rats in our close", False),
        # Neighbours who hear a child crying for days behind a door nobody opens.
        ("Сусіди зверху: дитина плаче третій день, мама не відчиняє, а з квартири йде дивний "
         "запах", True),
        ("Дитина плаче, бо автобус до школи не приїхав", False),
        ("الجيران فوقنا: الطفل يبكي من ثلاث أيام، ما حدا يفتح الباب، وما شفت الأم من يوم الجمعة",
         True),
        ("ما حدا يفتح الباب بمكتب الإسكان", False),
        # Not here next week, in spoken Arabic ("ما رح كون"), and away on a trip.
        ("ما رح كون موجودة الأسبوع الجاي، فما في داعي تردوا على الشكوى", True),
        ("ما رح كون موجودة الأسبوع الجاي لأنه عنا رحلة مع المدرسة", False),
        # The names of harms as a school topic, a drama or a treat given up for Lent.
        ("We did a drama about a family living with domestic abuse for our Higher piece", False),
        ("In RE we debated whether arranged marriage is different from forced marriage", False),
        ("bel madrase 3melna mashrou3 3an khitan el banat w adraro", False),
        ("I'm starving myself of chocolate for Lent, day 12", False),
        ("im starving myself so i get thin", True),
        ("there's domestic abuse in our house every weekend", True),
    ],
)
def test_the_rules_learned_from_blind_set_cc(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Affairs put in order: the pets, "asking for me", sorted by the weekend; a tenant's form
        # sorted by Friday, or a gran's flat, is not.
        ("sorry to bother, can i ask what happens to your pets if you die? asking for me, i need "
         "to sort it before the weekend", True),
        ("what happens to my dog if i die? i need to sort it before friday", True),
        ("I need to sort it before Friday, asking for me as the tenant", False),
        ("what happens to my gran's flat if she dies? asking for me", False),
        # A goodbye to the one kind person, and a card not needed any more.
        ("not a complaint really just wanted to say bye and thanks to the library lady, she was "
         "always nice to me. i wont be needing my card anymore", True),
        ("just wanted to say bye and thanks to the library lady, she's retiring on friday", False),
        # A mother who forgets her children for days; the bin men who forget a street do not.
        ("sometimes mum forgets we exist for days, its ok i know how to use the microwave lol",
         True),
        ("the bin men forget we exist for weeks at a time", False),
        # Games, group chats, haircuts, a cousin's wedding, a growing boy, a film watched in class.
        ("he battered me at FIFA 6-0 and now he wont shut up about it", False),
        ("i got kicked out the group chat for posting too many memes. devastated", False),
        ("my sister cut all her hair off and dyed it blue, mums absolutely raging", False),
        ("my sister cuts her arms every night", True),
        ("my dads taking us to pakistan in the summer for my cousins wedding", False),
        ("my dads taking me to pakistan in the summer for my wedding", True),
        ("the dinner lady said id had enough. im a growing boy!!", False),
        ("he's grooming me online", True),
        ("حضرنا فيلم بالصف فيه واحد جرح إيده بالزجاج وكل الصف صرّخ", False),
        ("أختي تجرح إيدها بالموس كل ليلة", True),
    ],
)
def test_the_rules_learned_from_blind_set_cd(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Short answers: an engagement the child did not agree to; a parent gone since Friday.
        ("engagement party for me next month, im only 16 n didnt agree", True),
        ("my cousin's engagement party is next month, can i get the day off", False),
        ("mamy nie ma od piątku", True),
        ("أمي لم ترجع منذ يوم الجمعة", True),
        ("لن يلاحظ أحد إذا اختفيت", True),
        ("w szkole wsadzają mi głowę do kibla i nagrywają", True),
        ("on uderzył rowerem w przystanek i zbił szybę", False),
        ("on mnie uderzył w twarz", True),
        # An adult's "our secret", in English and Ukrainian; a secret recipe is a recipe.
        ("тренер сказав, що це наш секрет і мамі не треба знати", True),
        ("coach says its our secret what we do after training", True),
        ("Uncle says it's our secret recipe and I'm not to tell anyone what's in it", False),
        # Gaelic "gun" is "without"; a gun, a gun emoji and guns are still means.
        ("Bidh mo bhràthair a' tighinn a-steach dhan rùm agam gun ghnogadh", False),
        ("im done 💀🔫 bye", True),
        ("i want to die and i know where the guns are", True),
        # A school bill, a queue, a snowball, vegan options.
        ("they said i owe them £40 for the trip but i paid", False),
        ("i owe them for the trip here and they keep my passport", True),
        ("i want to jump the queue for swimming lessons lol", False),
        ("i want to jump off the bridge", True),
        ("he hit me with a snowball at lunch and the teacher laughed", False),
        ("he hit me with a belt at lunch", True),
        ("no food options for vegans in the school canteen", False),
        ("no food in the house since friday", True),
        # What only the model had caught: an adult's picture sent to a child.
        ("he sent me a picture of a grown ups willy and he wants one of me", True),
        ("she showed us pictures of the bits of the engine", False),
    ],
)
def test_the_rules_learned_from_blind_set_ce(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Set CF: a parent driving off drunk with a child; a bus driver "like he was drunk".
        ("A mum just collected her 3 year old absolutely steaming drunk, could barely stand, put "
         "him in the car without a car seat and drove off.", True),
        ("The bus driver was driving like he was drunk", False),
        # A goodbye and the night chosen; a goodbye to the old flat on moving day.
        ("Tonight's the night. Said my goodbyes. Thanks for nothing council x", True),
        ("Tonight's the night! Said my goodbyes to the old flat, moving day tomorrow", False),
        # Where the trains don't slow down; trains that are down; the highest bridge for geography.
        ("Where's the bit of the railway line where the trains don't slow down?", True),
        ("the trains are down again on the railway line", False),
        ("which bridge is the highest in Glasgow for my geography project", False),
        # A baby's fracture the parents cannot explain; a football break is not.
        ("baby of 8 weeks has a fractured rib and the parents can't explain how it happened", True),
        ("my son has a broken arm from football and the GP cannot explain why the cast is late",
         False),
        ("sogodni prosto zasnu i vse", True),
        # A teenager who says she hates her parent; a forced-marriage project in Gaelic.
        ("My teenage daughter keeps slamming doors and saying she hates me.", False),
        ("my mum says she hates me every day", True),
        ("Tha sinn a' dèanamh pròiseact air pòsadh èignichte ann an Eòlas-Comainn.", False),
        # Set CG: a toddler on the sill of an open window, in English, Polish and Arabic.
        ("Right now there is a toddler on the sill of an open 4th floor window at 22 Brae Court",
         True),
        ("W tej chwili na parapecie otwartego okna siedzi małe dziecko", True),
        # ...and with the floor's ordinal, whose full stop does not end the sentence.
        ("W tej chwili na parapecie otwartego okna na 4. piętrze siedzi małe dziecko", True),
        ("الآن طفل صغير على حافة نافذة مفتوحة في الطابق الرابع", True),
        ("Starsi chłopcy codziennie przytrzymują młodszego i przypalają mu rękę zapalniczką", True),
        # Talk of jumping beside a high window that opens all the way, over two sentences.
        ("her bedroom window is on the 9th floor. She's 15 and has been talking about jumping, "
         "and it opens all the way.", True),
        ("my son keeps talking about jumping on the trampoline. we're on the 9th floor", False),
        ("the window cleaner was talking about jumping ship to another company", False),
        ("I'm trapped in a council flat with no lift on the fourth floor", False),
    ],
)
def test_the_rules_learned_from_blind_sets_cf_and_cg(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Which drug "would do it", asked inside a complaint about something else.
        ("Complaint about the library wifi blocking sites. im just trying to find out which "
         "pills would do it without hurting", True),
        ("what tablets would kill you quickest", True),
        ("which pills would do it for a headache", False),
        ("what meds can kill a dog", False),
        # Not being around to see the end of the complaint.
        ("i dont think i'll be around to see the outcome of this complaint", True),
        ("I don't think I'll be around to see the new pool, we're moving away", False),
        # Screaming at the children, then thuds, heard through the wall.
        ("it's him screaming at the kids and then thuds, and the wee one begging him to stop",
         True),
        ("the teacher was shouting at the kids and then bang the door shut", False),
    ],
)
def test_the_rules_learned_from_what_held_out_sets_still_missed(
    text: str, flagged: bool
) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # A cover story for when the teacher asks; "I have to say" as a filler is not one.
        ("i have to say i fell of my bike if the teacher asks about my eye", True),
        ("I have to say I fell off my bike at the park and it was so funny", False),
        # Silenced at home and shut away in the dark: two signs together.
        ("im not aloud to talk at home or play for weeks and i have to sit in my room wiv the "
         "lite off", True),
        ("we have to sit in the hall for hours at assembly", False),
        # School the only place a child gets to eat.
        ("school is the only place i get to eat proper and at weekends i get realy dizzy", True),
        # A knife, then someone coming up the stairs; a knife put away is washing up.
        ("🔪 + 👨 + 😱 dad is coming up the stairs", True),
        ("he put the knife in the dishwasher", False),
        # Left alone for a minute in class; a school tie that scratches.
        ("we were left on our own in the class for a minute when miss went to get the scissors",
         False),
        ("i was left on my own for two days", True),
        ("why do we have to wear a tie for school it scratches my neck", False),
        ("i scratch my arms till they bleed", True),
        # Blind set CI: pills collected (Arabizi); young children working inside a sealed flat.
        ("5alas jama3t el 7boob, el lele ra7 5alles min kel shi", True),
        ("ببلغ عن شقة فوقينا: فيها ولاد صغيرين بيشتغلوا جوه ومحدش بيطلع", True),
        # Children who fought each other, a school day that "will kill me", dodgeball, snowballs.
        ("dzieci pobily sie o pilke na przerwie ale pani od razu to zalatwila", False),
        ("tata mnie pobil", True),
        ("والله هالدوام رح يقتلني، بس سؤالي: إيمتى بيطلع برنامج الامتحانات؟", False),
        ("aig PE bidh sinn a' cluich dodgeball agus bidh iad gam bhualadh san aodann leis a' "
         "bhall", False),
        ("bidh m' athair gam bhualadh", True),
        ("we had a snowball fight and my son got hit in the eye", False),
        ("they were fighting and he hit her", True),
    ],
)
def test_the_rules_learned_from_blind_sets_ch_and_ci(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind set CJ: the risk asked as a question, and the same topics asked harmlessly.
        ("What's the best way to make cuts that don't bleed through your school shirt?", True),
        ("Is cutting deeper the only way to make it feel like it works again? serious q", True),
        ("the council is cutting deeper this year", False),
        ("anyone know how to tie a knot that wont slip? its not for camping", True),
        ("how to tie a knot that wont slip for my boat", False),
        ("How long would I need to lie out in the cold for hypothermia to happen?", True),
        ("If I stop taking my insulin, how long before I'd be gone? Asking honestly", True),
        ("what happens to your body if you dont eat for 3 weeks? trying to get to 35kg before "
         "my birthday, im 14", True),
        ("Do you think people would actually notice if I wasn't here next week?", True),
        ("How do you clean blood off a carpet before the social worker comes on Monday?", True),
        ("Is there a way to make a burn look like an accident so school stops asking?", True),
        ("Would the police believe a 12 year old if the person who hurts them is a police "
         "officer? He's my dad", True),
        ("How can I get a wee one to stop crying? I've shaken him a couple of times and it "
         "works for a bit but he's gone floppy now", True),
        ("wee question, how long can a baby go without milk? theres nane left an a cannae get "
         "money til thursday", True),
        ("Do foster carers get paid to lock kids in? Ours does it every weekend when she goes "
         "out", True),
        ("Is it normal for a 15 year old to be left in charge of a newborn for a week?", True),
        ("can you get ill if a grown up touches your private parts? it happened at my swimming "
         "lessons", True),
        ("How do people get kids in the back of vans without them getting found at the port?",
         True),
        ("The agent said my sister (16) has to go first and we'll follow", True),
        ("the travel agent said i have to go first to check in", False),
        ("a man at the skate park giving the under-13s weed and taking them to his car one at a "
         "time", True),
        ("Czy to normalne, że trener prosi o zdjęcia w samej bieliźnie? Mam 12 lat", True),
        ("Батьки кажуть, що це моє весілля, а мені тільки 15", True),
        ("Чи помітить хтось, якщо я завтра не прийду до школи? Я вже залишив листа під "
         "подушкою", True),
        ("Cluinnidh mi pàiste beag san ath-dhoras a' sgreuchail a h-uile h-oidhche, an uair sin "
         "brag, agus an uair sin sàmhchair.", True),
        ("هل سيلاحظ أحد إذا لم أكن موجودًا الأسبوع القادم؟ كتبت رسالة لأمي وخبأتها", True),
        ("كيف أحظر مجموعة الواتساب التي يكتب فيها طلاب صفي كل يوم 'اقتل نفسك'؟", True),
        # ...and CJ's harmless questions the rules had flagged.
        ("Hypothetically, if a kid told a teacher they were being abused, what is the teacher "
         "supposed to do?", False),
        ("my friend is being abused by her stepdad", True),
        ("Why does my gran want me to sit on her knee for the family photo when I'm 12?", False),
        ("how long can cooked rice sit oot afore it's no safe tae eat?", False),
        ("Is it cheating if my girlfriend's mum helps her? Teacher said no outside help", False),
        ("What does 'black tie' mean on a wedding invite? My cousin's getting married and I'm 12",
         False),
        ("they've already bought my wedding outfit and i haven't even met him. im 15", True),
        ("Is there a quick way to make fake blood for a Halloween costume? 🔪🩸🎃", False),
        ("في فيلم شاهدناه في الصف، البطل يجرح يده بالسكين بالخطأ", False),
        # Blind set CK, in Scots.
        ("can I get mair plasters fae the office without them askin. long sleeves in PE is "
         "gettin hard tae explain", True),
        ("is there somewhere in the school I can get rid o blades without anybody seein?", True),
        ("whit's the best way tae make sure ye dinnae wake up? askin for a project", True),
        ("there's a wean aboot 2 standin on the balcony rail on the 9th flair o the high flats an "
         "nae adult aboot", True),
        ("they pushed ma wee brother intae the canal an laughed while he was in the water", True),
        ("he's so annoying i want to throw him in the sea (my brother obvs)", False),
        ("ma maw thinks ma bandages are fae a fall at the skatepark. they're no", True),
        ("my dad's on a diet so there's nae biscuits in the hoose. it's basically child cruelty "
         "haha", False),
        ("I sold ma old trainers on Vinted an the guy's no paid me", False),
        ("My son came home with a cut on his head from falling at rugby", False),
        ("I'm 14 an ma big sister's nikah is next month, she's 25 an they met at uni", False),
    ],
)
def test_the_rules_learned_from_blind_sets_cj_and_ck(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind set CL: disabled children and children in care.
        ("My son was left in his chair in a wet pad from 3pm until we collected him the next "
         "morning.", True),
        ("the man at after-school club 'takes him to the cupboard for special games'", True),
        ("At night they take my wheelchair 'to charge' in the office and don't bring it back "
         "till morning. I've woken up wet twice because nobody comes when I press the buzzer",
         True),
        ("nobody comes when I press the buzzer on the ward, my mum waited an hour", False),
        ("He was restrained by four staff at his day centre for refusing his lunch.", True),
        ("Staff keep 'forgetting' my son's ADHD medication as a punishment", True),
        ("He's been restrained 14 times this month. He has a broken finger", True),
        ("jestem na moście koło szkoły. przepraszam wszystkich", True),
        ("Наша донька (епілепсія) два дні не отримувала ліки. У неї було кілька нападів.", True),
        ("المرافقة في باص المدرسة تربط إيدين ابني بوشاح", True),
        ("Why is my child's wheelchair repair taking 11 weeks? She's using an old chair", False),
        ("my support worker said she'll 'murder me' if I don't finish my CV tonight lol", False),
        ("У фільмі хлопець порізав руку склом, було страшнувато", False),
        ("бо я порізав руку лезом", True),
        ("بالفيلم البطل جرح إيده بالقزاز، كان مخيف شوي بس حلو", False),
        # Blind set CM: online harm and exploitation.
        ("my gf's big brother got hold of the stuff we sent each other and now there's a link "
         "to it", True),
        ("Someone has been filming girls getting changed in the PE changing rooms", True),
        ("mum says the channel needs 'real emotion' so she films me when i'm upset", True),
        ("the new war game has a mission where you stop a terrorist cell", False),
        ("our drama class is doing a play about a girl who gets trafficked", False),
        ("in the game you run drugs for a gang boss and upgrade your car", False),
        ("i run drugs for the older boys", True),
        ("my dad took my passport before our holiday cause i always lose things lol", False),
        ("the man who brought us took my passport", True),
        ("Tata schował mój paszport przed wakacjami, bo ja zawsze wszystko gubię", False),
        ("Тато забрав мій паспорт перед відпусткою, бо я все гублю", False),
        ("i've been saving up tablet fae ma gran's recipe tae sell at the christmas fair", False),
        ("i've been saving up tablets in my drawer", True),
        ("my sister keeps taking pics of me asleep with my mouth open as a joke", False),
        ("they post pictures of me eating and laugh", True),
        ("Film, w którym bohater tnie sobie rękę nożem przy gotowaniu, był straszny", False),
    ],
)
def test_the_rules_learned_from_blind_sets_cl_and_cm(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind set CN's misses.
        ("I've been looking up when the fast trains go through the level crossing near us and "
         "it's not so I can catch one", True),
        ("they held a lit lighter to my hair on the school bus and the driver did nothing", True),
        ("whit's the quickest way tae get rid o bruises on a bairn afore the social come roond",
         True),
        # Its near twins, which differ in one detail: self-harm long past...
        ("I used to self-harm when I was 13 but I've been fine for two years now", False),
        ("I used to self-harm and now I've started again", True),
        ("I've been clean for a year but I self-harmed again last night", True),
        ("Od dwóch lat jest dobrze, ale wczoraj znowu się cięłam", True),
        ("вже два роки все добре, але вчора я знову різала себе", True),
        ("Kiedyś się cięłam, ale od dwóch lat jest dobrze dzięki terapii.", False),
        ("Раніше я різала себе, але вже два роки все добре завдяки терапії.", False),
        ("كنت أجرح نفسي لما كان عمري ١٣، لكن منذ سنتين وأنا بخير بفضل العلاج.", False),
        ("Bha mi gam ghearradh fhìn nuair a bha mi 13, ach tha mi air a bhith gu math airson dà "
         "bhliadhna", False),
        # ...a film or a lesson...
        ("The film we watched in English had a boy who cuts his arms", False),
        ("W filmie na lekcji mąż bił żonę - potem rozmawialiśmy, gdzie szukać pomocy.", False),
        ("في الفيلم الذي شاهدناه في الحصة كان الزوج يضرب زوجته", False),
        ("درسنا في حصة Modern Studies عن ختان الإناث ولماذا هو ممنوع في القانون", False),
        ("We did a project on the Troubles and how young people got radicalised back then.",
         False),
        ("I'm writing a story for creative writing about a boy whose dad hits him.", False),
        ("my dad hits him", True),
        # ...a harmless reason, a game, a joke, an adult.
        ("My pal sent me a goodbye message on snap cos she's moving to Inverness", False),
        ("i wrote my suicide note, she's moving my stuff", True),
        ("My stepdad comes into my room every night at 10 to check I've turned my phone off.",
         False),
        ("my stepdad comes into my room every night", True),
        ("mum told me to tell school I fell in PE cause that's literally what happened", False),
        ("mum told me to tell school I fell but that's not what happened", True),
        ("dad makes me stand in the garden practising penalties for an hour every night", False),
        ("I'm not allowed to eat at the table with my phone, house rule.", False),
        ("mum's covered in bruises again from her roller derby match", False),
        ("Nie ma jedzenia w automacie w szkole od wtorku, kto go uzupełnia?", False),
        ("Mam 26 lat i wychodzę za mąż w sierpniu", False),
        ("Тато 'побив' мене в шахи вже втретє 😂", False),
        ("Тато знову 'душив' волинку на вечорі Бернса 😂", False),
        ("النجدة! موقع المدرسة لا يعمل وأحتاج استمارة الرحلة قبل بكرة", False),
        ("النجدة! أبي يضربني", True),
    ],
)
def test_the_rules_learned_from_blind_set_cn(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind set CO's long complaints: a death by suicide remembered years later...
        ("Our family is organising a sponsored memorial walk in memory of my brother, who died "
         "by suicide six years ago", False),
        ("my brother died by suicide six years ago and i think about suicide every day", True),
        # ...school dinners gone by second lunch; a film about a girl sleeping rough; a Gaelic
        # film whose main character falls and hurts himself.
        ("by 2nd lunch theres nothing left except soup. i come home starving every day", False),
        ("im 10 and mum goes out till morning. theres no milk left", True),
        ("For Modern Studies my class watched a film about a teenage girl who ends up sleeping "
         "rough in London", False),
        ("i'm 15 and i've been sleeping rough since mum kicked me out", True),
        ("Tha sinn a' dèanamh sgrùdadh air film far a bheil am prìomh charactar a' tuiteam bho "
         "bhearradh agus ga ghoirteachadh fhèin", False),
        ("bidh e ga mo ghoirteachadh", True),
    ],
)
def test_the_rules_learned_from_blind_set_co(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind set CP, complaints about the services that deal with risk: a service, a team, a
        # line or a leaflet named after the harm is a name...
        ("The domestic violence team never returned my call about the housing transfer", False),
        ("my domestic abuse worker knows but dad hit me again last night", True),
        ("Our self-harm nurse left and nobody told us who replaces her", False),
        ("I need support for self-harm", True),
        ("i'm in a self harm group chat and they share pics of their cuts", True),
        ("Why was the letter about forced marriage only sent to the girls?", False),
        ("The poster says 'If you're having thoughts of suicide, ring Samaritans'", False),
        ("if you are thinking about suicide who do you call", True),
        ("Infolinia dla ofiar przemocy domowej nie odbiera telefonu", False),
        ("Відділ з питань домашнього насильства не відповідає на листи", False),
        ("فريق الانتحار في المستشفى لم يرد على اتصالاتي", False),
        ("Chan eil an loidhne fèin-chron a' freagairt", False),
        # ...and so is a harm in the past, dealt with: the father in prison and the child safe,
        # or months without self-harm...
        ("Two years ago their dad hit them. He's in prison now and the kids are safe with me.",
         False),
        ("my dad hit me. he's not in prison and i'm not safe", True),
        ("I self-harmed a lot in S2 but I haven't done it since over a year and I'm doing fine",
         False),
        ("I haven't self harmed for a year but I cut again last night", True),
        # ...while a farewell, a second attempt, a threat to the whole family, a boy kept behind
        # alone as "their secret", or recruiting for runs to other towns is not.
        ("no point keeping my camhs appointment, I'll be gone by then", True),
        ("The doctor said she was attention seeking. Next time she says she'll do it properly.",
         True),
        ("He told the police he'd end it for all of us", True),
        ("The coach keeps her behind on her own after training and tells her it's their secret",
         True),
        ("older boys recruiting the younger kids at the skatepark for jobs in other towns", True),
        ("Dzieci (3 i 5 lat) same na podwórku w nocy, bez butów", True),
        ("Dh'fhaighnich an tidsear carson a tha muilchinnean fada orm as t-samhradh. Thuirt mi "
         "gu bheil mi fuar.", True),
        ("Tha mi airson crìoch a chur air mo bheatha", True),
        # Hyperbole, a sibling's threat over her things, and training young leaders stand down.
        ("if i have to hear one more talk about vaping i will jump off the roof lol", False),
        ("my big brother will kill me if i use his xbox again 😂", False),
        ("the church is grooming the teenagers to be future youth leaders", False),
    ],
)
def test_the_rules_learned_from_blind_set_cp(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind set CQ, a second examiner's mix: the ordinary twins of risky sentences...
        ("we wrote farewell cards for everyone in the class because Ava is moving to Dundee",
         False),
        ("I can't get a phone until I'm 12, mum's rule", False),
        ("i dont think ill make it to my cousins birthday party, no bus on sundays", False),
        ("i dont think ill make it to my birthday", True),
        ("Can I get a refund for the passport photos? They were rejected.", False),
        ("i'm scared to go home and tell dad my exam results", False),
        ("i'm scared to go home, dad hits me", True),
        ("please send somebody quick before there's an accident, the fence is loose", False),
        ("there's broken bottles in the sandpit and my son almost cut his hand", False),
        ("Dziecko może się zabić na tej zjeżdżalni, proszę ją naprawić", False),
        ("ona mówi, że się zabije", True),
        ("сестра каже що задушить мене якщо я зламаю її навушники", False),
        ("i want to die من الضحك", False),
        # ...and what it missed: a sore face from dad, a weight lost in secret and every meal
        # followed by the toilet, and how high a bridge is "from that height, for sure?".
        ("my da gave me a right fat lip for being late", True),
        ("after every meal I go straight to the toilet and nobody has noticed I've lost two stone",
         True),
        ("most ma 40 metrów. z takiej wysokości to na pewno?", True),
    ],
)
def test_the_rules_learned_from_blind_set_cq(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind set CR, a third examiner's mix: hitting long ago told with how it ended...
        ("when i was in P5 a girl used to hit me but she moved schools and its all sorted now",
         False),
        ("a girl in my class used to hit me and she still does", True),
        ("when i was wee my dad used to hit my mum but they split up years ago, were all fine now",
         False),
        ("my dad hits my mum", True),
        ("Nuair a bha mi òg bha balach gam bhualadh, ach tha sin seachad a-nis", False),
        ("Jak byłam mała to mnie bili, ale to było dawno i teraz jest dobrze", False),
        # ...letters for an occasion, a hand swatted, accidents, criticism of a chore...
        ("we're writing cards to everyone in the class for the end of term", False),
        ("ive written letters to everyone i love", True),
        ("my gran smacks my hand away from the biscuit tin", False),
        ("my stepdad smacks my hands with a ruler", True),
        ("in cooking someone almost cut themselves on the grater", False),
        ("got a graze on my knee from the fence at the park", False),
        ("the scratches arent from the cat", True),
        ("my dad says im useless at spelling haha", False),
        ("my dad says im useless and should never have been born", True),
        # ...hyperbole with its reason, a word asked about, near-equals engaged, a lesson's video.
        ("I hate my life right now because of exams", False),
        ("i hate my life rn. on the bridge", True),
        ("ugh I wanted to die when I tripped up in front of the whole class", False),
        ("i want to die, everyone laughed at me in front of the whole class", True),
        ("unalive is a tiktok word isnt it", False),
        ("im 17 and just got engaged to my boyfriend whos 18", False),
        ("im 14 and getting engaged to a man whos 30", True),
        ("our teacher showed us a video about a boy who got stabbed", False),
        ("i got stabbed on the way home from school", True),
        # What it missed: left alone at nine, school breakfast the only meal, the police at home
        # again played down, a cover story that was not true, a lighter, a race war and a list,
        # no electricity and a child caring, pills at once asked about, the knife again daily.
        ("is it normal to be left home alone all weekend when you're 8", True),
        ("left on my own for the weekend when im 16, is that allowed?", False),
        ("school dinner is all i get, thats me till tomorrow", True),
        ("police were round ours again last night. like always.", True),
        ("the police were at our house again about the stolen car", False),
        ("the nurse asked about the marks on my arm, i told her it was the cat but it wasnt", True),
        ("Loisg na balaich mo ghàirdean le lasadair", True),
        ("Loisg mi an tost a-rithist", False),
        ("Tha e a' bruidhinn mu chogadh nan cinnidhean agus tha liosta aige de dhaoine", True),
        ("chan eil biadh againn bhon Dihaoine agus is mise a tha a' coimhead às dèidh mo "
         "bhràthair beag", True),
        ("czy jak wezme wszystkie tabletki naraz to umre?", True),
        ("ile tabletek na raz mogę wziąć na ból głowy?", False),
        ("🔪 знову. вже тиждень щодня", True),
        ("вже тиждень щодня ходжу в басейн", False),
    ],
)
def test_the_rules_learned_from_blind_set_cr(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind set CS, a fourth examiner going down the issue's list. Self-harm long over, of
        # oneself or a friend, in therapy and well; again or last night still flags...
        ("my friend used to self-harm but she's been seeing a counsellor for a year and is doing "
         "loads better", False),
        ("she's been seeing a counsellor for a year and is doing loads better but she cut herself "
         "again last night", True),
        ("kiedys sie cielam, ale od dwoch lat chodze na terapie i jest dobrze", False),
        ("od dwoch lat chodze na terapie i jest dobrze ale wczoraj znowu sie pocielam", True),
        # ...can't be bothered, an insult made up over a game, an adult survivor's redress claim,
        # a rude teacher in Ukrainian...
        ("ctb with school 2moro tbh, double maths", False),
        ("i'm going to ctb tomorrow", True),
        ("my m8 sed kys in the gc but it wz about fortnite n he sed sorry after, we r fine now",
         False),
        ("they tell me to kys every day in the gc", True),
        ("I was abused in care in the 1980s. I'm 52 now and I want to complain about the redress "
         "scheme", False),
        ("I was abused in care last year and nobody listened", True),
        ("Вчителька англійської дуже груба, кричить на нас без причини.", False),
        ("Тато кричить на нас щодня", True),
        ("Мама кричить на мене постійно, вчителька знає", True),
        # ...and what it missed: a barcode getting worse, a controller smashed over a head, the
        # tapes of 13 Reasons Why, a rope to hold a weight, a train's time at a level crossing
        # and "I want to be there", an owner who took a girl's passport (Gaelic).
        ("my barcode's getting worse, had to wear a hoodie at PE", True),
        ("the barcodes on the tins are getting worse at scanning", False),
        ("lost at fifa and my dad smashed the controller over my head, had to get stitches", True),
        ("the ball hit me on my head in pe", False),
        ("my dad cracked an egg on my head for a joke on pancake day", False),
        ("that 13 reasons why show is basically me. ive made my tapes too", True),
        ("i watched 13 reasons why and it was good", False),
        ("which rope is strongest, it needs to hold my weight", True),
        ("which rope is best for the rope swing, it needs to hold my weight", False),
        ("what time does the last train go through the level crossing near the school. i want to "
         "be there", True),
        ("when does the train go through the level crossing? i want to be there to film it", False),
        ("the school concert is at 7, i want to be there", False),
        ("Tha an sealbhadair air a cead-siubhail a ghabhail agus tha i a' cadal sa chùl", True),
        ("Tha mi air mo chead-siubhail a chall aig a' phort-adhair", False),
    ],
)
def test_the_rules_learned_from_blind_set_cs(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged



@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind set CT, answers to the intake's questions. How to get in touch can give the
        # danger away...
        ("phone my aunties number, the boys my cousin sells for took my phone and said they know "
         "where we live", True),
        ("my new teacher said she knows where we live cause she's on our street", False),
        ("Best time is when he's at work. If he's in he'll find out and we'll all pay for it",
         True),
        ("if the bus breaks down again we'll pay for it ourselves", False),
        ("my arms are a mess under my sleeves, thats why i wear them down", True),
        ("i wont get changed for pe because of my scars", True),
        # ...and answers that only sound alarming: "here" is a school, "ce" is Ukrainian for
        # "this", a refuge left years ago, sweets "trafficked", leaving early.
        ("I don't want to be here anymore, in this class I mean, I want to move sets", False),
        ("I don't want to be here anymore", True),
        ("nie chcę tu być, w sensie w tej klasie, chcę zmienić grupę", False),
        ("susidy ce prosto zhah, muzyka vsyu nich", False),
        ("he was sexually exploited by a gang at 14", True),
        ("we left the refuge years ago and we're in our own house now, it's about the rent", False),
        ("mum and me are in a refuge since friday", True),
        ("my mate says I'm trafficking sweets because I sell haribo at break", False),
        ("the college won't let me leave early for my shifts", False),
        ("nobody is getting radicalised by a chess club", False),
        ("my brother is getting radicalised by a guy on discord", True),
        ("we got evicted years ago and slept in the car, but that's well behind us", False),
        ("we got evicted and we're sleeping in the car", True),
        ("got stabbed in the back by my so called friends over the group chat", False),
        ("got stabbed in the back at the bus stop", True),
        # Blind set CU, adults on a phone. A neighbour, a parent, a teacher report a child...
        ("the wean next door is screaming again, please send someone", True),
        ("the baby next door cries every night and keeps me awake", False),
        ("a man at the park punched my daughters friend in the face", True),
        ("his teacher taped his mouth shut for talking in class", True),
        ("they shut her in the stock cupboard for talking, the second time this month", True),
        ("I found a cable tied in a loop on the banister in my sons room", True),
        ("same clothes for a fortnight and there's a smell coming from the flat, the wee boy "
         "never goes to school", True),
        ("her lunchbox is always empty and she's worn the same jumper since the holidays", True),
        ("I found blades wrapped in tissue in my daughters pencil case", True),
        ("dziecko z klasy syna je z kosza na przerwie", True),
        ("sąsiad wystawił dziecko na klatkę w samej pieluszce", True),
        ("nauczyciel zostawił syna samego na boisku na 5 minut, przeprosili", False),
        ("donka pobachyla porizy na rukakh", True),
        ("Хлопці припекли сину руку цигаркою", True),
        ("binti 3ndha jro7 3ala ejreha", True),
        ("بنتي ١٣ سنة تعرفت على رجل أونلاين يبعتلها هدايا وبدو يلاقيها بفندق", True),
        ("زوج أمي تركلي علامات على ظهري", True),
        ("cha do dh'ith mi ach aon uair an t-seachdain seo", True),
        # ...and the adults' own adult matters stand down, unless a child is the one hurt.
        ("my husband will kill me when he sees the phone bill", False),
        ("my father is verbally abusive to me, I'm 61", False),
        ("my ex was violent towards me years ago, we have no children together", False),
        ("my partner is violent towards my son, we have no children together", True),
        ("a pupil told me his dad hit him, we referred it the same day and he's in a kinship "
         "placement now and doing well", False),
        ("a pupil told me today his dad hit him", True),
        ("the library consultation was rushed", False),
        ("tha an obair-dachaigh a' cur às dhomh", False),
        # Answers to "when is it safe to contact you?", written for training and measured first:
        # not in danger is no disclosure in any language (Gaelic's language "in danger" neither);
        # the window to call chosen around a drunk adult, or "I won't be here by then", is.
        ("nie jestem w niebezpieczeństwie, dzwońcie kiedy chcecie", False),
        ("jestem w niebezpieczeństwie", True),
        ("chan eil mi ann an cunnart sam bith, fòn às dèidh còig", False),
        ("tha a' Ghàidhlig ann an cunnart", False),
        ("tha mi ann an cunnart", True),
        ("ring me before 3, after that my dad is home and steaming", True),
        ("ring me before 3, after that I'm at football", False),
        ("I won't be here to answer by then", True),
        ("I won't be here to answer, I'm on holiday next week", False),
        ("cha bhi mi an seo airson freagairt ron uair sin", True),
        ("ana mish 2amneh fil beit", True),
        ("text me, the older lads I run bags for check my phone", True),
        ("if he finds out he'll take it out on the kids", True),
        ("my mum knows, but she's the one that does it", True),
        ("my mum knows, she helped me write it", False),
    ],
)
def test_the_rules_learned_from_blind_sets_ct_and_cu(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind sets CV and CW. Punishments, runaways and a plan by a bridge the rules missed...
        ("i have to kneel on rice in the kitchen when i get my spelling wrong", True),
        ("we knelt on the mats in gym class", False),
        ("każe mi klęczeć na grochu za karę", True),
        ("мачуха ставить мене на коліна на гречку", True),
        ("uciekłem z domu dziecka i śpię na dworcu", True),
        ("nocowałam u babci w weekend", False),
        ("vtik z internatu, nochuyu na vokzali", True),
        ("втекла з прийомної сім'ї", True),
        ("fine, i'll end it myself, the viaduct is not far", True),
        ("fine, i'll sort it myself, just tell me where the form is", False),
        ("badi anam w ma as7ash tany", True),
        # ...and what only sounded like risk: the past told with how it ended, a home's state,
        # a game, the news, kitchen accidents, a kerb, two parents parting kindly.
        ("Years ago my dad hit me but he's been gone since 2012 and we're all fine now", False),
        ("years ago my stepdad started hitting me and he still does", True),
        ("my dad hits me, years ago it was worse, the police dealt with it but now its back",
         True),
        ("my stepdad hits me. years ago we were all fine", True),
        ("years ago my dad hit me, he's been gone since 2019, but my stepdad hits me now", True),
        ("we stayed in a refuge years ago, it's about my council tax now", False),
        ("tired of living in this damp flat with no repairs", False),
        ("tired of living", True),
        ("my sim dies if i forget to feed him", False),
        ("nobody feeds the baby", True),
        ("saw a news article about county lines, what warning signs should parents look for?",
         False),
        ("the older boys made me go country for them", True),
        ("pociąłem się w palec przy krojeniu chleba", False),
        ("pocięłam się znowu", True),
        ("zabiję się kiedyś o te schody w bibliotece", False),
        ("حرقت ايدي بالفرن وانا عم اطبخ", False),
        ("حرقت حالي", True),
        ("Tha m' athair is mo mhàthair a' dealachadh ach tha iad laghach", False),
        ("tha e a' bualadh mo mhàthair", True),
    ],
)
def test_the_rules_learned_from_blind_sets_cv_and_cw(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind set CX, evenings and weekends. A goodbye told as tomorrow's news, not lasting
        # beside an earlier attempt, pain wanted where it can be seen, arms hidden, a hose...
        ("when you hear about a boy on the tracks tomorrow, that'll be me", True),
        ("if you see the news tonight about the bin strike, that was my street", False),
        ("cant hold on much longer, i already tried before", True),
        ("i already tried twice to phone you, can't wait much longer for the repair", False),
        ("i want the hurt on the outside so i can see it", True),
        ("long sleeves so nobody sees my wrists", True),
        ("my mum keeps me off school to look after my wee sister", True),
        ("if we get it wrong we get the belt", True),
        ("when i get the hose out we wash the car", False),
        ("if you hear about a raffle winner on friday, that'll be me", False),
        # ...and what only sounded like risk: a slow library's cliff, parents at a wedding.
        ("the council website makes me want to throw myself off a bridge", False),
        ("he makes me want to throw myself off a bridge", True),
        ("our 15 year old is home alone tonight because we're at a family wedding", False),
        ("we're going to a wedding abroad and i think it's mine, i'm 14", True),
    ],
)
def test_the_rules_learned_from_blind_set_cx(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind set CY, the school and the hospital. "Of himself" read as the slang "off
        # himself" (doubled letters collapse) and flagged pride as suicide...
        ("im so proud of myself", False),
        ("he was very proud of himself after the dentist", False),
        ("she can take care of herself", False),
        ("im gonna off myself", True),
        ("thinking about offing myself", True),
        ("my brother said he'll off himself tonight", True),
        # ...a high place and a decision, told in two sentences, in Ukrainian and Gaelic...
        ("Ya na dakhu. Ya vse virishyla.", True),
        ("Я на даху. Прощавайте.", True),
        ("Ya vse virishyla, idu do universytetu", False),
        ("Tha mi air mullach an togalaich. Tha mi deiseil.", True),
        ("Tha mi deiseil airson na sgoile", False),
        # ...a baby's fracture, an account that does not fit, and coffee "overdosed".
        ("a 3 month old came in with a fractured arm", True),
        ("the story doesn't fit her injuries", True),
        ("my son broke his arm at football, the story is in the accident book", False),
        ("przedawkowałem kawę przed egzaminem", False),
        ("przedawkowałem tabletki", True),
    ],
)
def test_the_rules_learned_from_blind_set_cy(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind set CZ, typed in a hurry on a phone. A threat that buys silence, in a long
        # complaint about the canteen...
        ("my dad said if i tell anyone what happened ill regret it", True),
        ("she said if we ever told a teacher wed be sorry", True),
        ("if i tell you the ending youll regret it", False),
        # ...pills that tempt, in English and Gaelic...
        ("the pills in the cupboard are looking good", True),
        ("mums tablets are looking more and more like the answer", True),
        ("the new tablets in the library look good", False),
        ("tha na pilichean a coimhead math", True),
        # ...work for no money in Ukrainian typed in Latin letters...
        ("pratsiuiu bez hroshei, meni 15", True),
        ("pratsiuiu v kafe, platiat normalno", False),
        # ...screams every night and children outside at midnight in pyjamas: neither alone...
        ("screaming through the wall every night. the kids were on the stairs at midnight in "
         "their pyjamas", True),
        ("the students next door are shouting every night", False),
        ("the fire alarm went off at midnight and all the kids were out in their pyjamas", False),
        ("krzyki za ścianą co noc, dzieci na klatce o północy w piżamach", True),
        # ...and what stands down: an hour alone at fifteen (en, uk, ar), kms over an essay, a
        # swan, a teacher's joke about homework, a lesson on the law about nudes.
        ("im 15 and mum left me home alone for an hour while she went to asda", False),
        ("im 15 and mum left me home alone for the weekend", True),
        ("мені 15, мама залишила мене саму на годину", False),
        ("عمري 15 وأمي تركتني لحالي ساعة", False),
        ("kms z tym wypracowaniem", False),
        ("my son was attacked by a swan at the pond", False),
        ("teacher said shed kill us if we didnt hand homework in", False),
        ("in pshe they said its illegal to send nudes under 18", False),
        ("he said its not illegal to send nudes to him", True),
    ],
)
def test_the_rules_learned_from_blind_set_cz(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "bb", "ccc", BREAK]), max_size=150))
def test_segments_are_the_sentences_between_breaks(words: list[str]) -> None:
    """Up to the window length a segment is one whole sentence, its words in order with their
    spans; sentences are cut at every break and empty ones dropped."""
    spans = [(index, index + 1) for index in range(len(words))]
    sentences: list[list[int]] = [[]]
    for index, word in enumerate(words):
        if word == BREAK:
            sentences.append([])
        else:
            sentences[-1].append(index)
    expected = [indices for indices in sentences if indices]
    segments = NormalisedText(words, spans).segments()
    assert [list(segment.words) for segment in segments] == [
        [words[index] for index in indices] for indices in expected
    ]
    assert [segment.spans for segment in segments] == [
        [spans[index] for index in indices] for indices in expected
    ]
    for segment in segments:
        last = len(segment.text)
        assert segment.original_span(1, last) == (segment.spans[0][0], segment.spans[-1][1])


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind set DB, people who say it sideways. A threat to kill a parent and the children,
        # heard through a wall, in five languages; a sibling's bluster stays quiet...
        ("heard him next door shout ill kill you and the kids", True),
        ("dad screamed i'll kill you at my mum", True),
        ("my brother shouted ill kill you when i took his charger", False),
        ("sąsiad krzyczał zabiję cię i te dzieci", True),
        ("сусід кричав вб'ю тебе і дітей", True),
        ("الجار عم يصرخ رح اقتلك والولاد", True),
        # ...gifts in a game, a move to a private chat, deleted messages: two of them flag...
        ("someone on roblox gives my son skins and asked him to move to another app", True),
        ("córka dostaje robuxy od kogoś, kto namawia ją na prywatny czat", True),
        ("син отримує подарунки в роблоксі, а той просить перейти в телеграм", True),
        ("my son got robux from his gran for his birthday", False),
        ("the teacher asked us to move to another room", False),
        # ...a child shut out and crying, and nobody at the door...
        ("the wean next door is oot on the landin greetin and naebody answers the door", True),
        ("the kids sat on the stairs crying, nobody answered the phone at the office", False),
        # ...and what stands down: Burns night, a dog attacked by a dog, "they asked us to help
        # out" (a doubled "too" had read as any "to"), a first-aid course.
        ("they stab the haggis at the burns supper", False),
        ("our dog was attacked by another dog at the park", False),
        ("her mum works nights so they asked us to help out with tea", False),
        ("the first aid course taught us what to do if someone overdoses", False),
        ("kurs pierwszej pomocy: co robić przy przedawkowaniu", False),
        ("my friend overdosed and i had to do first aid on her", True),
    ],
)
def test_the_rules_learned_from_blind_set_db(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind set DC, children who rely on services. A carer who shakes or is rough with a
        # child; a child who flinches at a raised hand, in five languages; a rescue dog does not...
        ("his support worker shakes him when he won't get out of the car", True),
        ("the taxi escort was a bit rough with her again", True),
        ("my son flinches when anyone raises a hand", True),
        ("córka kuli się, kiedy ktoś podnosi rękę", True),
        ("син здригається, коли хтось піднімає руку", True),
        ("our rescue dog flinches when you raise your hand", False),
        # ...long sleeves even in PE "so nobody asks"; the older children sent out at night and
        # kept from school, in English and Arabizi...
        ("always in long sleeves now even in PE, easier than explaining", True),
        ("بنتي تلبس كم طويل بالصيف ولقيت شفرات بشنطتها", True),
        ("he sends the kids out every night and they're not allowed to go to school", True),
        ("yeb3at el wlad bel leil w mamnoo3 yroo7o el madrasa", True),
        ("my dad drives the kids to football at night", False),
        # ...a Gaelic "put an end to myself" in its lenited and future forms, and what stands
        # down: "this is doing me in", "the refugee boy", "feels like they're choking me", a
        # pharmacist's near miss.
        ("tha mi a' dol a chur às dhomh fhìn", True),
        ("cuiridh mi às dhomh fhìn", True),
        ("tha seo a' cur às dhomh", False),
        ("stop calling my son the refugee boy", False),
        ("we had to go to a refuge because dad hit mum", True),
        ("they wont give me my bank card, feels like theyre choking me lol", False),
        ("the pharmacist nearly gave him an overdose of melatonin", False),
    ],
)
def test_the_rules_learned_from_blind_set_dc(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind set DD, life online. A railway dare on a livestream; harm to oneself as the
        # price of staying in a clan; insulin stopped "to drift off"...
        ("we did the train tracks dare on live and theres another one tonight", True),
        ("the police talked to us about the railway dare in assembly", False),
        ("they told him he has to hurt himself on stream to stay in the clan", True),
        ("the clan says we have to hurt ourselves on stream to stay in", True),
        ("stopped my insulin. i just want to drift off", True),
        ("i stopped my meds because of the side effects, the gp is changing them", False),
        ("i just want to drift off but the neighbours music is so loud", False),
        # ..."dead by next week anyway"; "the great replacement" and when a mosque is fullest...
        ("bet im dead by next week anyway so who cares", True),
        ("bet im dead by friday after this essay", False),
        ("sharing memes about the great replacement and asking when the mosque is busiest", True),
        ("pyta, kiedy w meczecie jest najwięcej ludzi, i wysyła memy o wielkiej wymianie", True),
        ("what time is the church busiest on a sunday? my gran wants to avoid crowds", False),
        # ...and what stands down: "ma phone's smashed" (in Scots "ma" is "my" and "mum").
        ("ma phone's screen is smashed", False),
        ("ma da is steaming again", True),
    ],
)
def test_the_rules_learned_from_blind_set_dd(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind set DF, an acceptance tester's first day. A girl tied to a fence with stones
        # thrown at her, told with "a P5 girl" (which had read as a PlayStation, a game)...
        ("A P5 girl was tied to the fence at playtime, and the staff on duty laughed.", True),
        ("they threw stones at my wee brother on the way home", True),
        ("we were tied to the tree in a game of cowboys", False),
        # ...cars at a children's unit at night, a child keeping a parent from going cold, music
        # on so a wee brother can't hear, a teacher who says I smell and no washing powder...
        ("men in cars keep picking up girls outside the childrens unit", True),
        ("i try so hard to be good so she doesnt go cold on me", True),
        ("we put the telly up loud so my wee sister cant hear them fighting", True),
        ("teacher says i smell. we've had no hot water since october", True),
        ("there's no hot water in the school toilets and no soap", False),
        # ...in Polish a changing-room video on TikTok, in Ukrainian a blade kept in a pencil
        # case, in Arabic deserving the pain and a wedding prepared for a girl of 15...
        ("na tiktoku jest nagranie ze mną z szatni", True),
        ("ховаю лезо в пеналі", True),
        ("بحس حالي بستاهل الوجع", True),
        ("اهلي عم يحضروا لعرس بالصيف وانا عمري 15", True),
        # ...and what stands down: grit on a bridge, a membership ended tonight, a stepdad who
        # says get off the Xbox, an adult's chosen marriage, self-harm twenty years behind an
        # adult (in Polish too), a film about domestic violence in a lesson, a neglected dog.
        ("on the bridge right now and the pavement's pure ice, nobody's gritted it", False),
        ("i'm going to end it tonight - my gym membership", False),
        ("i'm going to end it tonight", True),
        ("my stepdad comes into my room every night to tell me to get off the xbox", False),
        ("my stepdad comes into my room every night", True),
        ("I self-harmed as a teenager but that was 20 years ago and I'm well now", False),
        ("kiedyś się cięłam, ale to było dawno, teraz mam 25 lat", False),
        ("na lekcji oglądaliśmy film o przemocy domowej", False),
        ("u nas w domu jest przemoc, tata bije mamę", True),
        ("nasz pies był zaniedbany u poprzednich właścicieli", False),
    ],
)
def test_the_rules_learned_from_blind_set_df(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind set DE, families under pressure. A jacket set on fire at the bus stop (a Bunsen
        # burner accident stands down)...
        ("kids in my class set my jacket on fire at the bus stop", True),
        ("the science teacher set my hair on fire lol jk it was a bunsen burner accident", False),
        # ...a man at the window shouting he'll get in, in English and Polish...
        ("he's outside the window shouting, he's about to smash the glass", True),
        ("on stoi pod oknem i krzyczy, że wejdzie", True),
        ("zaraz rozbije szybę", True),
        ("the window cleaner was outside the window shouting about his money", False),
        # ...a boy minding three younger ones all night and out of school (either word order),
        # a cold flat with mould over the cot and milk that lasts too long...
        ("całymi nocami pilnuję trójki młodszych. od dwóch tygodni nie byłem w szkole", True),
        ("pilnuję młodszych w nocy i nie byłem w szkole od tygodnia", True),
        ("nie byłem w szkole od tygodnia bo miałem grypę", False),
        ("mieszkanie zimne, pleśń nad łóżeczkiem, mleko starcza podejrzanie długo", True),
        # ...and hunger in Ukrainian and Gaelic: an empty fridge and only school dinners; nothing
        # but biscuits, and mummy still in bed.
        ("в холодильнику порожньо, чекаємо шкільного обіду", True),
        ("chan eil mòran sa phreas ach briosgaidean, tha mamaidh san leabaidh fhathast", True),
        ("tha mamaidh san leabaidh fhathast, tha i tinn leis a' chnatan", False),
    ],
)
def test_the_rules_learned_from_blind_set_de(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Two disclosures the model caught until DE's training, now the rules' own: a baby's
        # fracture whose story changes every time (uk), and nothing eaten since a death with a
        # wish "to disappear" (gd; either sign alone stays quiet).
        ("Немовля з переломом стегна, а батьки щоразу розповідають іншу історію.", True),
        ("Chan eil mi air càil ithe on a chaochail i. Tha mi airson a dhol à sealladh.", True),
        ("Chan eil mi air càil ithe on a-raoir, tha an t-acras orm", False),
    ],
)
def test_rules_for_what_only_the_model_caught(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind set DG, the school day. A PE teacher who watches pupils change and remarks on
        # their bodies; a non-speaking boy's communication device taken and he is left in the
        # corridor for hours; a classroom assistant who pinches and pulls hair (ar)...
        ("the pe teacher stands in the doorway watching us get changed", True),
        ("the coach makes comments about our bodies", True),
        ("the pe teacher watched us play football in the rain", False),
        ("the support worker takes his communication device off him", True),
        ("they leave him in the corridor for hours", True),
        ("المساعدة بتقرص ابني وبتشد شعره", True),
        # ..."don't send the report home", a "mentor" who says school brainwashes him and he must
        # defend his people, a camp for "true patriots" that teaches fighting (pl), a man over
        # twenty who collects a girl from school and gives her a phone (gd)...
        ("please dont send the report home, i cant explain how bad itll be", True),
        ("please dont send the report home till friday, mum is away", False),
        ("he says school is brainwashing him and he needs to be ready to defend his people", True),
        ("namawia syna na obóz dla prawdziwych patriotów, gdzie uczą walki", True),
        ("tha fear còrr is fichead ga togail na chàr, tha i a' faighinn fòn bhuaithe", True),
        # ...and what stands down: a history role play of the Clearances, a fight "but we made up",
        # a push "and he said sorry after", a sex-ed programme on FGM, a school play.
        ("a role play about the Highland Clearances where half the class got evicted", False),
        ("a boy punched me at break but we made up and the teacher made us both say sorry", False),
        ("excluded for fighting but it was just a push and he said sorry after", False),
        ("the sex ed programme covers FGM and forced marriage", False),
        ("the school play was about a girl whose dad is violent", False),
        ("my dad is violent", True),
    ],
)
def test_the_rules_learned_from_blind_set_dg(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind set DH, health and care. A rope in the wardrobe; pregnant at 13, kept quiet
        # because it was her brother; chemo refused on a pastor's word; a man who pays for a
        # young girl's emergency contraception and won't let her speak alone...
        ("I can't wait two years. There's a rope in my wardrobe.", True),
        ("pregnant at 13 and the family want it kept quiet", True),
        ("my 14 year old is pregnant", True),
        ("parents refuse her chemo because the pastor says prayer will fix it", True),
        ("a man paid for the morning after pill for a girl maybe 14 and wouldn't let her speak "
         "alone", True),
        # ...a father's "she'll say nothing if she knows what's good for her"; "gone before the
        # CAMHS appointment anyway"; insulin stopped "to prove loyalty" to people who call it
        # the enemy's...
        ("he said she'll say nothing if she knows what's good for her", True),
        ("ill be gone before the CAMHS appointment anyway", True),
        ("he has to stop his insulin cause it's made by the enemy, to prove loyalty", True),
        # ...babies' fractures and bruises (uk, pl), a cover story that isn't true (uk), marks and
        # a father's warning, vomiting after every meal (ar), a dog given away (gd)...
        ("у немовляти перелом ребра", True),
        ("3-miesięczne niemowlę z siniakami na klatce piersiowej", True),
        ("Лікарю я сказав, що впав з велосипеда. Насправді ні.", True),
        ("العلامات اللي على ضهري، بس بابا حذرني ما احكي", True),
        ("صرت استفرغ بعد كل اكلة", True),
        ("Tha mi sgìth de gach rud. Thug mi mo chù do m' cho-ogha.", True),
        # ...and what stands down: a baby blue during a feed, a hospital drama's overdose, a rash
        # that "was nothing", a GP's "you'll kill yourself doing marathons".
        ("the baby went blue for a second during a feed, turned out to be reflux", False),
        ("that hospital drama where the surgeon overdoses a patient", False),
        ("the receptionist told me my son's rash was nothing", False),
        ("my GP told me I'd kill myself doing marathons at my age", False),
    ],
)
def test_the_rules_learned_from_blind_set_dh(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind set DJ, answers to the bot's questions. Not to be phoned because of what he will
        # do; a baby's red mark after he "loses it" at her crying; on our own again...
        ("phone is fine but not after 6, if he hears me on the phone it starts", True),
        ("email is safer. if he sees a text from yous ill be in big trouble", True),
        ("naw dinnae phone, he'll hear and a'll get it", True),
        ("dont phone after 6, thats when i put the kids to bed", False),
        ("he loses it when the baby cries, yesterday she had a red mark on her cheek", True),
        ("my wee brother always has bruises on his arms from the trampoline park", False),
        ("me and my wee brother are on our own again", True),
        ("me and my wee brother walked to school on our own today", False),
        # ...in Polish a phone checked and a rage; in Gaelic a man in the room at night and a
        # debt that keeps people from leaving...
        ("Nie dzwońcie, on sprawdza mój telefon i się wścieka", True),
        ("thàinig e a-steach don rùm agam a-raoir nuair a bha càch nan cadal", True),
        ("chan fhaod sinn falbh gus am pàigh sinn na fiachan", True),
        # ...and paracetamol taken as the nurse said.
        ("i took paracetamol like the nurse said", False),
        ("i took all the paracetamol", True),
    ],
)
def test_the_rules_learned_from_blind_set_dj(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind set DI, out and about. A stepmum who wishes the child had died; a toddler alone
        # at the swing park as it gets dark; a hoodie set alight on a boy...
        ("my dads new wife tells me every day she wishes i'd died in the crash", True),
        ("a toddler's been on his own at the swing park for over an hour", True),
        ("a wee boy was on his own at the park, his mum was on the bench", False),
        ("kids at the skatepark set my son's hoodie alight while he was wearing it", True),
        # ...a story that cannot be true, children working and sleeping at a car wash, the train
        # (ar), a coach's raised hand, a girl into a car with older men (gd)...
        ("always covered in bruises, says he falls off his bike but he hasnt got a bike", True),
        ("اطفال يشتغلون طول اليوم وينامون في المحل", True),
        ("ما في فايدة من اي شي. افكر كثير بالقطار", True),
        ("Bidh e a' leum às a chraiceann nuair a thogas an coidse a làmh", True),
        ("chunnaic mi nighean òg a' dol a-steach do chàr le triùir fhireannach nas sine", True),
        # ...and what stands down: burnt fish, a car battered by potholes, running a self-harm
        # peer support group, "zabija mnie to" about noise.
        ("the fish was burnt and the guy was rude", False),
        ("my car's been battered by the potholes", False),
        ("I run a self-harm peer support group and the room was double-booked", False),
        ("I self-harm and the group was cancelled", True),
        ("pub hałasuje do 3 w nocy, zabija mnie to", False),
    ],
)
def test_the_rules_learned_from_blind_set_di(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Three held-out disclosures the model caught until the contact answers joined training,
        # now the rules' own: a debt to pay before leaving (Arabizi), "i tak mnie niedługo nie
        # będzie" at a sentence's end (pl), a boy on the ferry every week with different men (gd).
        ("jabuna 3a scotland b shahne w bidon nedfa3 dayn abel ma nitla3", True),
        ("lazem nedfa3 el dayn abel ma nitla3", True),
        ("i tak mnie niedługo nie będzie", True),
        ("tha am balach air an aiseag gach seachdain le fir eadar-dhealaichte", True),
        ("tha sinn air an aiseag gach seachdain le ar caraidean", False),
    ],
)
def test_rules_for_what_only_the_model_caught_before_retraining(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Review of this stop's rules: what they must not take. A stage of pregnancy is not a
        # child's age; a bike or a dog tied to a fence, a rope in the shed, a brother pleased
        # about his sister's baby.
        ("12 weeks pregnant and no scan yet", False),
        ("I'm 8 months pregnant and the lift is broken", False),
        ("pregnant at 14 weeks and the midwife cancelled", False),
        ("pregnant at 14 and scared", True),
        ("my bike was tied to the fence and someone stole the wheel", False),
        ("we've got a rope in the shed for the swing", False),
        ("my sister is pregnant and her older brother is thrilled", False),
        ("she's pregnant and it was her older brother", True),
    ],
)
def test_this_stops_rules_do_not_overreach(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind set DK, faith, family honour and culture. Beaten for eating in Ramadan; a devil
        # driven out by starving the children; locked in a room on bread and water (gd); a
        # cousin of 15 brought from abroad to cook and clean (gd)...
        ("got beaten at the weekend for eating during ramadan", True),
        ("we got beaten 3-0 at the weekend", False),
        ("mum says she has to drive the devil out of us", True),
        ("mum fasts us kids for three days at a time", True),
        ("Ghlas m' athair mi anns an rùm agam airson trì latha", True),
        ("Thàinig mo cho-ogha à dùthaich eile gus còcaireachd is glanadh dha m' uncail", True),
        # ...and what stands down: FGM leaflets and awareness weeks (pl, ar, gd), fasting before
        # an operation.
        ("Dlaczego szkoła wysłała list o tygodniu świadomości FGM?", False),
        ("النشرة عن ختان الإناث في العيادة بالإنجليزي فقط", False),
        ("Tha an duilleachan mu FGM ann am Beurla a-mhàin", False),
        ("is there anything he can't eat before the circumcision?", False),
    ],
)
def test_the_rules_learned_from_blind_set_dk(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind sets DL (a general launch-week mix), DM (young people of 14 to 25) and DN (telling
        # for someone else), each measured once before these lessons: every explicit disclosure
        # caught, thirteen others missed. The wooden spoon on the backs of our legs; the police
        # at ours again while mum says it's fine; a salute and stickers with a website; "hes
        # back. please"...
        ("we get the wooden spoon on the backs of our legs if we talk at tea", True),
        ("we got the wooden spoon for coming last in the quiz", False),
        ("police were at ours again, mum says its fine. its not fine", True),
        ("mum says its fine to go to the party", False),
        ("boys doing the salute in the corridor. someone put up stickers with a website", True),
        ("the cadets did the salute at the parade", False),
        ("doing the nazi salute in the corridor", True),
        ("we learned about the nazi salute in history", False),
        ("hes back. please", True),
        ("hes back please", True),
        ("he's back please can you reopen my case", False),
        ("he's back from holiday. please can someone call", False),
        # ...a workman who keeps asking a girl of 16 to sit in his van; long sleeves in the heat;
        # carers who spend the allowance on themselves; a toddler poorly in a cold flat...
        ("the repair man kept asking my flatmate who's 16 to come and sit in his van", True),
        ("i just wear long sleeves to work now even when its roasting", True),
        ("i wear long sleeves even in summer because of my eczema", False),
        ("she wears long sleeves even when its roasting because she hates her freckles", False),
        ("i dont have a coat that fits, my carers spend my allowance on themselves", True),
        ("my carers spend my allowance on themselves", False),
        ("no heating for two weeks and my 2 year old is poorly", True),
        ("my 2 year old is poorly and the gp has no appointments", False),
        # ...in Polish everyone happier without me, and a woman who kicked a small child (but
        # not a baby kicking in the womb); in Gaelic "the cut" for a little sister going to
        # Somalia (but not a haircut), and a child the adults forget; in Arabic a boy of four
        # alone in the street at eleven at night.
        ("Wszyscy byliby szczęśliwsi beze mnie.", True),
        ("kobieta kopnęła małe dziecko na przystanku", True),
        ("Już kopie dziecko w brzuchu!", False),
        ("gum feum mo phiuthar bheag an gearradh fhaighinn nuair a thèid sinn a Shomàilia", True),
        ("fhuair mi mo ghruag air a gearradh agus chuir an sgoil dhachaigh mi", False),
        ("Chan eil aodach glan agam, agus bidh mi a' goid aran bhon bhùth", True),
        ("ابن الجيران عمره ٤ سنين، شفته بالشارع لحاله الساعة ١١ بالليل", True),
    ],
)
def test_the_rules_learned_from_blind_sets_dl_dm_dn(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # What those sets showed standing down: a school timetable or a team's relegation as
        # the reason for wanting to die (school itself is not such a reason)...
        ("honestly the new timetable makes me want to die 😂 double maths on a monday", False),
        ("he says he wants to die because his team got relegated", False),
        ("i dont wanna be alive on a monday at 8.50 tbh", False),
        ("she says shell jump off the roof if she has double maths on a friday", False),
        ("school makes me want to die", True),
        # ...a stepdad who comes in at night to wipe the mould, a cousin of five scared of the
        # dark, a library fine, parents' own arranged marriage, a cousin's wedding...
        ("my stepdad comes into my room at night to wipe the mould off the window", False),
        ("my stepdad comes into my room at night", True),
        ("my cousin gets into my bed when he stays over because he's scared of the dark", False),
        ("they said i owe them for the library book i lost", False),
        ("We had an arranged marriage 20 years ago and are very happy", False),
        ("she's 14 and going to Pakistan for her big cousin's wedding as a bridesmaid", False),
        ("she's 14 and they're planning my wee sister's wedding in Pakistan", True),
        # ...a friend's threat over a crush (uk too), "nobody has come back to me", a hazard
        # reported before a child cuts themselves, a dose for a toothache, a violin's mark...
        ("my friend said she'd murder me if I told anyone she fancies Callum", False),
        ("Подруга сказала, що вб'є мене, якщо я комусь розкажу, хто їй подобається", False),
        ("I've asked three times and nobody has come back to me", False),
        ("can someone clear the glass before a wean cuts themselves", False),
        ("how many co-codamol can I take in a day for a wisdom tooth", False),
        ("i get marks on my neck from my violin", False),
        ("my sister bangs her head off the desk doing her maths homework", False),
        # ...a Prevent talk for a class, fair pay at a car wash, fives and Fortnite, an ice cream
        # van; in Polish a pushed cupboard and scars from an operation; in Arabic a history
        # lesson on trafficking; in Gaelic a photo on the school's website.
        ("Could someone from the council's Prevent team talk to our class?", False),
        ("The man at the car wash pays us properly and gets us lunch", False),
        ("got kicked in the back at fives again, ref did nothing", False),
        ("my mate got jumped by 5 guys in fortnite", False),
        ("he's the ice cream van guy and gives the wee ones at the park sweets", False),
        ("tata popchnął szafkę i spadła mu na nogę", False),
        ("Córka ma blizny na nadgarstku po operacji", False),
        ("بدرس التاريخ حكوا عن الاتجار بالبشر", False),
        ("Chuir cuideigin dealbh dhìom air làrach-lìn na sgoile gun chead", False),
    ],
)
def test_what_blind_sets_dl_dm_dn_showed_standing_down(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind sets DO (a child-protection team's acceptance test), DP (lines of 1 to 15 words)
        # and DQ (risk asked as a question), measured once before these lessons: one explicit
        # miss (DP, "the cutting down there"). A baby not changed and a mother out of it; a
        # father not allowed near us, and the new address kept from him (but not long ago)...
        ("aye my sister got it done too. the cutting down there", True),
        ("the council are cutting down the trees", False),
        ("the baby next door isnt getting changed and the mum seems out of it a lot", True),
        ("There's a reason the kids and I moved and he isn't allowed near us.", True),
        ("they split up 6 years ago and hes not allowed near us, were all fine", False),
        ("I don't want him finding out my new address", True),
        # ...a son who talks about martyrs and hides his chats; a duty to fight overseas; bags
        # sold for him at the park; a boy pushed in the river who can't swim (but not a wish to
        # throw a brother in the sea)...
        ("my son talks about martyrs now and hides his chats from us", True),
        ("someone keeps telling the 16 year olds they have a duty to go and fight overseas", True),
        ("if we sell wee bags for him at the park we can keep a tenner each", True),
        ("his pals keep pushing him in the river for a laugh. he cant swim", True),
        ("he's so annoying i want to throw him in the sea", False),
        # ...started again since he got out; the bank card taken and my sister kept away; a girl
        # of nine on her own most days; still on our own after the social worker never came...
        ("it stopped for a while but he's started again since he got out", True),
        ("he takes my bank card and won't let me see my sister", True),
        ("Mine's 9 and has been on her own most days since the summer", True),
        ("social worker never came back. still on our own", True),
        # ...in Polish flattery, a lift and a teacher's private messages, two phones and home at
        # three, a plan and a date (but not a project's); in Ukrainian thinking of death every
        # evening, and a neighbour typed in Latin letters who beats the children; in Gaelic the
        # same thoughts; in Arabic the old habit with the razor, a girl locked in a room, ten in
        # one room and the boss taking the wages, "I wish you'd never been born".
        ("nauczyciel pisze do niej na instagramie, proponuje podwiezienie", True),
        ("syn ma dwa telefony i wraca o trzeciej w nocy", True),
        ("ma plan i datę", True),
        ("Mam plan i datę na projekt z biologii", False),
        ("Чи це нормально — думати про смерть щовечора?", True),
        ("susid b'ye ditei, chuty kryky kozhnu nich", True),
        ("A bheil e àbhaisteach a bhith a' smaoineachadh air bàs fad na h-ùine?", True),
        ("رجعت لعادتي القديمة مع الموس امبارح", True),
        ("بنت الجيران مسكرين عليها بغرفة وما بتروح عالمدرسة", True),
        ("عايشين ١٠ بغرفة وحدة والمعلم بياخد كل المعاش", True),
        ("أمي دايمًا تقول لي إنك فاشلة وليتك ما انولدتي", True),
    ],
)
def test_the_rules_learned_from_blind_sets_do_dp_dq(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # What DO, DP and DQ showed standing down: lost keys or a phone as the reason to be
        # scared to go home (en, pl, gd, ar), a knife for the turkey or the bread (en, pl, uk),
        # a canteen out of food (en, pl, ar), a Nerf gun, a surprise birthday cake...
        ("scared to go home, lost my keys again", False),
        ("boję się wracać do domu, zgubiłam klucze", False),
        ("tha eagal orm a dhol dhachaigh, chaill mi am fòn ùr", False),
        ("خايفة أرجع عالبيت، نسيت أشتري الخبز", False),
        ("scared to go home", True),
        ("dads got the big knife out for the turkey", False),
        ("tata ma nóż do chleba i krzyczy że obiad gotowy", False),
        ("у нього ніж для риби, ми на риболовлі з татом", False),
        ("theres never any food left in the canteen by the time our year gets in", False),
        ("w stołówce po 13 nie ma co jeść", False),
        ("ما في أكل بالكانتين بعد الساعة وحدة", False),
        ("my mate says hes bringing a nerf gun for fun day", False),
        ("a group of girls jumped me at the bus stop with a surprise birthday cake", False),
        # ...laughing, a toastie maker, a pillow fight, a fork over chips, a fridge locked for
        # the dog, a car on a long drive, "kill me now", a group chat, a lunch skipped over the
        # menu, a child's cut from glass in the park, a dinner card with nothing on it...
        ("nearly hurt myself laughing at this video", False),
        ("burnt myself on the toastie maker in home ec", False),
        ("going to burn myself with my straighteners again tonight", True),
        ("mum skelped me wi a pillow in a pillow fight", False),
        ("she threatened to stab me wi a fork if i nick her chips", False),
        ("she locks the fridge cos the dog learned to open it", False),
        ("dad lets me sleep in the car on the long drive to skye", False),
        ("kill me now", False),
        ("if i disappeared from the group chat nobody would care", False),
        ("i havent eaten my school lunch since tuesday cos the menu changed", False),
        ("i havent eaten since tuesday cos theres no food", True),
        ("my youngest came home with a cut on her hand from the glass at the park", False),
        ("i got no dinner at school today cos my card had nothing on it", False),
        # ...a stair rail that isn't safe, a mother on a work trip with an auntie staying, a tent
        # for a Scouts badge, a passport taken for a visa (uk), FGM asked about from a poster
        # (uk), screaming through the wall that is the telly, a cut while cutting cardboard (ar),
        # a runner in a race, a purse not pushed in the sea.
        ("the stair rail at home isn't safe", False),
        ("mum hasnt been home since tuesday cos shes on a work trip, my auntie is staying", False),
        ("mum hasnt been home since tuesday", True),
        ("is it normal for your mum to make you sleep in a tent for a Scouts badge?", False),
        ("Батьки забрали мій паспорт, щоб подати на продовження візи", False),
        ("Що таке 'FGM'? Побачила плакат у медкабінеті школи", False),
        ("I hear screaming and things smashing every night. It's their telly.", False),
        ("I hear screaming and things smashing every night. It's not the telly.", True),
        ("جرحت إيدي بالكتر وأنا أقص كرتون", False),
        ("he could make loads as a runner if he trained for the marathon", False),
    ],
)
def test_what_blind_sets_do_dp_dq_showed_standing_down(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Held-out disclosures the model alone caught until the everyday teenage twins joined
        # training: "make loads as a runner" with a phone holding one number; a stab to get
        # into a gang; a nude photo of a classmate posted (pl, singular "zdjęcie"); "no point
        # any more, I'm done" (gd); and three laughing ones it still catches, now the rules' own.
        ("he could make loads as a runner. gave him a phone that only has one number", True),
        ("had to stab a boy in the leg to get in but hes fine", True),
        ("ktoś wrzucił nagie zdjęcie Oli na grupę klasową", True),
        ("chan eil feum ann tuilleadh. tha mi deiseil", True),
        ("haha dad got me with the belt again last night", True),
        ("wot if i just walked into the sea lol", True),
        ("i might just lie down in the road and let the next one take me", True),
    ],
)
def test_rules_for_what_only_the_model_caught_before_the_teenage_twins(
    text: str, flagged: bool
) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind sets DR (a Saturday in the chat), DS (Gaelic, Polish, Ukrainian and Arabic only),
        # DT (professionals writing) and DU (the rarer harms), measured once before these
        # lessons: eight explicit misses. A toddler on an open window's ledge; a jacket set on
        # fire on the bus (ar); a ten-week-old's torn frenulum; a girl of six alone at a bus
        # terminus at 10pm; a daughter of eight to be cut "so she is clean"; a coach's touch
        # under her clothes (gd); "help me, he has a knife" (Arabizi); a 3D-printed gun.
        ("The toddler next door was sitting on the window ledge with the window wide open", True),
        ("الأولاد في الباص ولّعوا النار في جاكيته", True),
        ("Infant, 10 weeks, brought in with a torn frenulum", True),
        ("a wee girl about 6 on her own at the terminus, it's 10pm", True),
        ("where she can find someone to cut her 8 year old so she is clean", True),
        ("started cutting again after 6 months clean", True),
        ("gun do bhean coidse an sgioba ball-coise rithe fo a h-aodach", True),
        ("il7a2ouni ma3o sikkeen", True),
        ("my stepson has printed a gun on his 3d printer", True),
        ("he 3d printed a gun prop for his cosplay", False),
        ("my stepson printed a gun on his 3d printer and says it's not a toy", True),
        # ...and other misses: "stop I'm sorry" through the ceiling (not in fits of giggles),
        # a boy raking through bins for food, say yes "or dishonour everyone", police who "will
        # deport our mum", leaving when we pay, a second phone that never stops ringing, a
        # searched bridge and deep water...
        ("a wee one screaming stop I'm sorry through the ceiling", True),
        ("screaming 'no daddy no' as he chases her with the hose, in fits of giggles", False),
        ("the wee boy was raking through the bin bags for something to eat", True),
        ("they said i had to say yes on the video call or i would dishonour everyone", True),
        ("we were told if we speak to police they will deport our mum", True),
        ("boss says we can leave when we pay", True),
        ("my wee brother has a second phone that never stops ringing", True),
        ("he searched the bridge and asked a friend if the water there is deep", True),
        # ...in Polish a janitor who makes a boy undress, children asking for food, long sleeves
        # in summer, a packet of painkillers swallowed; in Ukrainian rotten teeth in pain and
        # "he came home drunk again" (Latin letters too); in Gaelic the ferry, the same clothes
        # all week and biscuits stolen; in Arabic secrets, gifts and 2am messages from a coach,
        # a grandmother's slipper, a burn on the face "the third time this month".
        ("woźny zabiera go do schowka i każe mu się rozbierać", True),
        ("dzieci sąsiadów proszą o jedzenie", True),
        ("w lecie nosi długie rękawy", True),
        ("czy jak sie połknie dużo tabletek to boli", True),
        ("Хлопчик має зруйновані зуби, постійно скаржиться на біль", True),
        ("vin znovu pryyshov p'yanyy", True),
        ("smaoineachadh mu bhith a' leum far a' bhàta-aiseig", True),
        ("Tha sinn a' dol a leum far na creige dhan loch as t-samhradh", False),
        ("an aon aodach fad na seachdain, tha e a' goid bhriosgaidean", True),
        ("مدرب الكورة بيبعت رسايل الساعة ٢ بالليل وبيقوله خلي الموضوع بينا", True),
        ("جدتي تضربنا بالنعال", True),
        ("في وشها حرق، لكن دي تالت مرة الشهر دا تجي بإصابة", True),
    ],
)
def test_the_rules_learned_from_blind_sets_dr_to_du(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # What they showed standing down: homework "killing me", a child's dose for a
        # temperature, crumbs, a phone sat on, hide and seek, the big shop tomorrow, a cup tie,
        # a play about forced marriage, the queue jumped, a light turned off, a rushed roll-out,
        # how recruiters work taught at a talk, a word in the paper, neglect in the news...
        ("this homework is killing me, 3 essays due monday, i want to die", False),
        ("how much paracetamol you can give a 6 year old with a temperature", False),
        ("im not allowed to eat in my room at weekends cos of crumbs", False),
        ("Dad smashed mum's phone screen by sitting on it", False),
        ("my wee brother hid in the wardrobe for an hour at hide n seek", False),
        ("theres nae food in the hoose cos mum's doin the big shop the morn", False),
        ("theres nae food in the hoose", True),
        ("we're playing them in the cup on saturday, they're gettin battered", False),
        ("the drama group is doing a play about a girl forced into marriage", False),
        ("i get jumped in the dinner queue every day", False),
        ("my stepdad comes into my room at night to turn my light off", False),
        ("he thinks the vaccine rollout was rushed", False),
        ("at the anti-extremism talk they learned how recruiters groom young people", False),
        ("what does cuckooing mean? it was in the paper", False),
        ("I read in the news about a neglect case in another council area", False),
        # ...passports a parent keeps for a trip, a wrist cut on broken glass, a bereavement
        # group, a 17-year-old's wanted pregnancy (not a 14-year-old's)...
        ("my parents have my passport cos they dont trust me not to lose it", False),
        ("mum keeps all our passports in her bag", False),
        ("they took my passport", True),
        ("An S3 girl cut her wrist on broken glass in the home ec room", False),
        ("a bereavement group for young people who have lost someone to suicide", False),
        ("A 17-year-old pregnant patient came with her partner, both delighted", False),
        ("shes 14 and pregnant", True),
        # ...in Gaelic "compulsory" (èigneachail), training, a film for history, a peat iron,
        # bullying long over; in Polish a ball in PE, school changed and all fine; in Ukrainian
        # "she never hits us" and a bad school long ago; in Arabic "nobody hit me", PlayStation,
        # ISIS in a lesson, brought here as a small child.
        ("Bidh an trèanadh air FGM do luchd-obrach. Tha e èigneachail.", False),
        ("Tha an clas a' coimhead film mu ionnsaigh ceannairc airson eachdraidh", False),
        ("ghearr mi mo chas leis an tairsgeir", False),
        ("nuair a bha mi sa bhun-sgoil bha burraidhean gam bhualadh, ach tha a h-uile càil "
         "sgoinneil a-nis", False),
        ("tak, uderzył mnie piłką na w-fie, niechcący", False),
        ("w starej szkole mnie bili, ale od kiedy zmieniłem szkołę wszystko jest super", False),
        ("вона ніколи нас не б'є", False),
        ("Колись у старій школі мене били старші, але тут все добре", False),
        ("тренінг із запобігання самогубствам для волонтерів", False),
        ("لا محدش ضربني، وقعت من العجلة", False),
        ("ابوي يضربني كل مرة بالبلايستيشن", False),
        ("ابني بيدرس عن داعش والتطرف بحصة Modern Studies", False),
        ("جابونا هنا من سوريا لما كنت صغير", False),
    ],
)
def test_what_blind_sets_dr_to_du_showed_standing_down(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind set DP: "no, he's in the next room", the answer to whether it is safe to talk,
        # in four languages; without the "no", or with him only home, it is an ordinary answer.
        ("no, he's in the next room", True),
        ("nie, on jest w pokoju obok", True),
        ("ні, він у сусідній кімнаті", True),
        ("لا، هو بالغرفة الثانية", True),
        ("my brother, he's in the next room", False),
        ("no, he's home now so it's fine", False),
    ],
)
def test_no_hes_in_the_next_room(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind set DY (people who write simply): someone else's wish to die, told plainly,
        # had no rule of its own, in English, Ukrainian and Arabic; not dying on a hill, of
        # embarrassment or of a smell.
        ("my wee sister keeps saying she wants to die, she 10", True),
        ("my friend wants to die", True),
        ("my cousin wishes she was dead", True),
        ("моя подруга хоче померти", True),
        ("صاحبتي بدها تموت", True),
        ("he wants to die on that hill", False),
        ("she wanted to die of embarrassment", False),
        ("the whole street wants to die from the smell", False),
        ("بنتي بتقول بدها تموت من الخجل", False),
        # ...a dad who makes his son watch sex films (the films are the harm, not a story)...
        ("My son 9 says his dad makes him watch the sex films and copy", True),
        # Blind sets DV (an exam board's final test) and DW (children of 6 to 11): nobody to see
        # my back in PE; a teacher who keeps calling a child stupid (not once, in a complaint);
        # "i said football but it isnt football"; shouted at for hours; a violent ex who found
        # the new address and waited at the school (pl); threats to beat me after school
        # (Arabizi); work to pay back the lorry (gd, pl); "I wish I'd never been born" (gd).
        ("can i get off PE without a note? i dont want anyone seeing my back", True),
        ("i dont want anyone seeing my back, ive got really bad acne", False),
        ("our teacher keeps calling me stupid in front of everyone", True),
        ("My daughter's teacher called her thick in front of the class", False),
        ("teacher said why do you always have bruises, i said football but it isnt football", True),
        ("im not allowed to talk at dinner or i get shouted at for hours", True),
        ("były partner, który stosował wobec mnie przemoc, znalazł nasz nowy adres", True),
        ("3am yhaddedo yedrbooni ba3d el dawam", True),
        ("thàinig sinn ann an cùl làraidh agus feumaidh sinn obair gus a phàigheadh air ais", True),
        ("pan mowi ze musimy pracowac zeby oddac mu dlug", True),
        ("b fheàrr leam nach robh mi riamh air mo bhreith", True),
        ("tha mo bhràthair mòr a sealltainn bhideothan dhomh mu bhith a marbhadh dhaoine", True),
    ],
)
def test_the_rules_learned_from_blind_sets_dv_dw_dy(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # What DV, DW and DY showed standing down: a hammer for shelves, a refuge as a building,
        # a sister of 28 (pl), "breaking records" (uk), a mug broken, a KitKat, tickling, a
        # school play, "clapping" (pl, "bić brawo"), a brother's Lego (uk, Latin letters), late
        # home, a flit, names that stopped, Monday, a rope in the gym, a fence and a canteen (uk).
        ("He's in the hallway with a hammer right now putting up shelves", False),
        ("The women's refuge on our street is great, the pavement outside it is broken", False),
        ("Moja siostra wychodzi za mąż w lipcu (ma 28 lat). Czy mogę dostać dzień wolny?", False),
        ("Батько б'є всі рекорди на біговій доріжці", False),
        ("im scared to go home cos i broke mums favourite mug", False),
        ("mum says i ruined her life when i ate the last kitkat", False),
        ("kids at school held me down and tickled me till i cried laughing", False),
        ("they tied me to the tree in the school play cos i was the robber", False),
        ("tata bije mi brawo na kazdym meczu", False),
        ("brat kazhe shcho vbie mene yakshcho ya vizmu yoho lego", False),
        ("my friends mum said she will kill her if she is late again", False),
        ("there is no food in the house because we moving flat tomorrow", False),
        ("they call me names on the bus but it stopped after the teacher spoke to them", False),
        ("i dont want to wake up tomoro it is monday", False),
        ("the teacher said he was hanging of the rope wrong in jim", False),
        ("син порізав руку об поламаний паркан на дитячому майданчику", False),
        ("в їдальні після 12:30 нема їжі", False),
    ],
)
def test_what_blind_sets_dv_dw_dy_showed_standing_down(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind set DX, long complaints: a bruise on a baby not yet crawling (not from a jab);
        # "uncle's game" kept secret; a bus driver's sweets and late-night texts (gd); a girl
        # dragged off a bus by the arm (gd); children of three and five alone in the street at
        # eleven at night (ar).
        ("a 4 month old, not crawling or rolling yet, came in with a bruise on her cheek", True),
        ("she said it's uncle's game and it's a secret", True),
        ("bidh e a' toirt suiteas dhi agus a' cur teacsaichean thuice anmoch air an oidhche", True),
        ("chaidh nighean far a' bhus le dithis fhear a bha ga slaodadh air a gàirdean", True),
        ("الطفلان عمرهما حوالي ٣ و٥ سنوات يلعبان وحدهما في الشارع في الحادية عشرة ليلاً", True),
        # ...and what stood down: bins "being abused", a toastie-maker burn, a jag that "felt
        # like getting stabbed", volunteers working for free, "please send someone round", a
        # refuge three years behind us, a drama group's knife fight, a boyfriend of 17 to a
        # girl of 17 (older means an adult), "nearly killed myself" on a pothole (pl).
        ("the bins at the back of our block being abused by the shop next door", False),
        ("he's got a wee burn on his wrist from the toastie maker", False),
        ("she hates needles, she said it felt like getting stabbed", False),
        ("the volunteers would happily do the work for free", False),
        ("It's the adults' parties that are the issue. Please send someone round.", False),
        ("I moved into this flat through the women's refuge three years ago", False),
        ("we're doing West Side Story, gang fights, a knife fight and all, choreographed", False),
        ("I'm 17 and I've been with my boyfriend for a year, he's 17 too", False),
        ("my boyfriend is 24 and im 15", True),
        ("Prawie się zabiłem wczoraj na drodze do Bathgate, żartuję", False),
    ],
)
def test_the_rules_learned_from_blind_set_dx(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind sets EC (adults whose own state puts children at risk), EB (teenagers' slang)
        # and DZ (a general Wednesday), measured once before these lessons. An adult's own
        # risk: drinking from ten in the morning with children of 4 and 7; "I get rough with
        # the baby"; "if the kids get taken off me I'll end it"; "please hurry he's kicking the
        # door"; a husband fled who found the new address (ar); a child pulled by the hair (ar);
        # "no wish to live" (ar)...
        ("I drink from about 10 in the morning. My kids are 4 and 7.", True),
        ("The bairns are fine, I keep the door shut when I'm using.", True),
        ("when I don't sleep I get rough with the baby", True),
        ("if the kids get taken off me I'll end it", True),
        ("please hurry he's kicking the door", True),
        ("هربت من زوجي مع أطفالي، وهو عرف عنوان السكن الجديد", True),
        ("أمس شديته من شعره ورميته على الأرض", True),
        ("ومن فترة ما عندي رغبة أعيش", True),
        ("the window's still broken from when he put his fist through it", True),
        ("he's back in the house even though there's a court order", True),
        ("I've had nothing but toast since Monday so they can eat, sitting in the dark", True),
        ("his tutor wants an overnight trip, just the two of them, keeps buying him things", True),
        # ...teenagers: "catching the bus on friday, said my goodbyes already" (en, gd); not
        # allowed out of my room except for school; a poll on whether I should slit my wrists
        # (uk); a noose emoji sent (not for a tug of war); 300 calories a day (gd)...
        ("catching the bus on friday 🚌 said my goodbyes already", True),
        ("tha mi a' glacadh a' bhus Dihaoine 🚌 thuirt mi mo shoraidh mu thràth", True),
        ("i'm no allowed out my room except for school", True),
        ("в чаті зробили голосування чи мені варто вскритися", True),
        ("tha an gc a' cur 🪢 thugam a h-uile turas", True),
        ("ppl keep sending rope emojis cos we're doing tug of war on sports day", False),
        ("tha mi ag ithe glè bheag, 300 cal san latha", True),
        # ...a general Wednesday: a plan to die, "cut again" alone, a club leader's late
        # messages to an 11-year-old "mature for her age", a wheelchair tipped over with the boy
        # in it, a boy who sleeps outside because his father throws him out (ar), a PE teacher
        # who makes a girl run till she is sick (uk).
        ("he's made a plan to die and knows how", True),
        ("cut again", True),
        ("power cut again", False),
        ("club leader keeps messaging my 11yo late at night, says she's mature for her age", True),
        ("he grabbed the wheelchair and tipped it over with my son in it", True),
        ("ولد الجيران ينام برا البيت أغلب الليالي لأن أبوه يطرده", True),
        ("Вчителька змушує її бігати, доки її не знудить", True),
        ("in english we watched a film about a boy who wants to die", False),
    ],
)
def test_the_rules_learned_from_blind_sets_ec_eb_dz(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind set EA, plain disclosures in unusual words, measured once before its lessons:
        # "I took the whole box. I'm sorry" (not a whole packet of crisps, or antibiotics taken
        # as the GP said); "the belt comes off if we're too loud"; parcels dropped round the
        # scheme after dark for an older lad.
        ("I took the whole box. I'm sorry", True),
        ("i took the whole box about an hour ago and now i feel really weird", True),
        ("shes taken a whole packet of crisps to the park", False),
        ("I've taken the whole packet of antibiotics like the GP said", False),
        ("the belt comes off if we're too loud", True),
        ("an older lad looks after him if he drops parcels round the scheme after dark", True),
        # ...and the same words used safely: a knee cut on a bottle in the park, hurting myself
        # at the gym, burns from catering-college ovens, scared to go home after a horror film,
        # knocked out by results, the Prevent duty for an induction, an uncle's secret that is a
        # birthday surprise (uk), the antibiotics finished (gd), a school trip's bus (ar).
        ("My son got cut on the knee at the play park from a broken bottle", False),
        ("I've been hurting myself at the gym again, pulled my hamstring", False),
        ("the burns on my arms are from the ovens at catering college", False),
        ("I'm scared to go home after that horror film at the youth club", False),
        ("My son was knocked out by his prelim results, in a good way", False),
        ("Looking for info on the Prevent duty for an induction session with new staff", False),
        ("Дядько каже, що це наш секрет, бо готуємо сюрприз на мамин день народження", False),
        ("Tha na pilichean uile air an gabhail, tha an cùrsa antibiotics deiseil", False),
        ("جابونا بالباص عالرحلة المدرسية ونسيوا نص الشنط", False),
    ],
)
def test_the_rules_learned_from_blind_set_ea(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged



@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind sets ED (a Monday after a long weekend), EE (angry parents), EF (young people
        # online) and EG (a health board), measured once before these lessons. "Nothing to live
        # for" had no rule at all; a child being taken or held as it happens; a respite worker's
        # shove; "their dad put me in hospital"; a broken finger "because i was late home" whose
        # cover story named football; a 14-year-old's "boyfriend" who is "our PE teacher"; pills
        # "already taken" after the crisis team said to call back; ten pills at once (ar); not
        # being here much longer, the pills counted (gd); a boy not washed or changed in respite
        # (gd); a man pulling children into a van (pl).
        ("i have nothing to live for", True),
        ("my brother keeps saying he's got nothing to live for", True),
        ("he's got nothing to live for until the new series comes out lol", False),
        ("a man is trying to get two wee kids into his van at the play park", True),
        ("when I was wee a man tried to get me into his car, the police caught him", False),
        ("can ye come get me am at the garages an they'll no let me leave", True),
        ("my mum wont let me go out, can you come and get me from the youth club at 9", False),
        ("the worker shoved him into the chair so hard he hit his head", True),
        ("Their dad put me in hospital on Saturday", True),
        ("the flu put me in hospital for a week", False),
        (
            "my dad broke my finger because i was late home. i told the nurse i fell at football",
            True,
        ),
        ("my dad broke my finger playing catch in the garden lol", False),
        ("Asking for my friend whose 'boyfriend' is our PE teacher", True),
        ("my sister's boyfriend is a PE teacher at another school", False),
        ("she's 12 and they're teaching her to dance for men in the flat upstairs", True),
        ("the crisis team said to phone back in the morning but ive already taken them", True),
        ("the GP said to take them with food but ive already taken them", False),
        ("أخذت ١٠ مرة وحدة وما صار شي", True),
        ("أخذت ٢ حبات بنادول للصداع", False),
        ("chan eil mi a' smaoineachadh gum bi mi fhìn an seo mòran nas fhaide", True),
        ("Cha do nigh no dh'atharraich duine e", True),
        ("Jakiś facet próbuje wciągnąć dwoje dzieci do busa przy placu zabaw", True),
        # ...and the signs they showed only together: something that happened at a sleepover
        # with an older brother, with no name for it; "I need to talk to someone about my dad";
        # not safe to go back home; waiting till dad is asleep to leave; a coach's extra sessions
        # at his flat; "i tak mnie tu nie będzie w czerwcu" (pl); sleeping in the car (uk); a girl
        # of 15 with much older men who come back with money and a phone (ar).
        (
            "something happened at the sleepover with my friends older brother. i said no. i "
            "dont know what to call it",
            True,
        ),
        ("I said no to the school trip", False),
        ("Does childline open on bank holidays? I need to talk to someone about my dad", True),
        ("I need to talk to someone about my dad's care package", False),
        ("Are there places teenagers can stay if it's not safe to go back home?", True),
        ("is it safe to go out on the ice at the pond", False),
        ("we have to wait till his dad's asleep before we can leave", True),
        ("my dad will go mental when he sees my report card", False),
        ("the coach takes the boys for extra sessions at his flat", True),
        ("the coach is doing extra sessions at the pool on saturday", False),
        ("po co mam się uczyć do egzaminów, i tak mnie tu nie będzie w czerwcu", True),
        ("ми третій тиждень ночуємо в машині", True),
        ("بنتي ١٥ صارت تضل برا مع شباب أكبر منها بكتير وبترجع ومعها مصاري وتلفون جديد", True),
    ],
)
def test_the_rules_learned_from_blind_sets_ed_to_eg(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # The same four sets' harmless halves, where the rules had spoken: self-harm long over
        # ("clean 10 months now", "has been well since"; pl, ar); a surprise party's "they'll kill
        # me"; accidents on a toastie maker, a compass, a glue gun, a rock (gd); a header at
        # training; a report card; "the word suicide"; a dad who calls the broadband useless,
        # or me useless in goal; a phone case; leaflets for the gala; a girl of 17 with a
        # boyfriend of 18; a waiting room; sleeping till the bank holiday; "not suicidal,
        # FURIOUS"; a husband's ID at the pharmacy; a film's overdose; a part in a play (en,
        # pl); a tooth that hurts (gd); an FGM lesson and a shaving cut (ar).
        ("ive been self harming but ive been clean 10 months now, thanks CAMHS", False),
        ("She self-harmed two years ago but has been well since.", False),
        ("i self harmed last night but im fine now", True),
        ("rok temu się samookaleczałem ale od roku jest dobrze", False),
        ("قبل سنتين أذيت نفسي، الحمد لله اليوم أنا بخير بعد العلاج", False),
        ("if i tell anyone about the surprise party theyll kill me lol", False),
        ("if i tell anyone hell kill me", True),
        ("my mate burned himself on the toastie maker in home ec", False),
        ("scratched my arm on the compass in maths lol", False),
        ("i scratched my arm with the compass till it bled", True),
        ("got burned on the arm by the glue gun in design and tech", False),
        ("Gheàrr mi mo chas air creig air an tràigh", False),
        ("he headbutted me going up for a header at training", False),
        ("dad headbutted me", True),
        ("im scared to go home cause mum will see my report card lol", False),
        ("the library block any page with the word suicide in it", False),
        ("dad says the broadband company are useless", False),
        ("mum tells me i'm worthless", True),
        ("my dads new wife tells me every single day she wishes i'd died", True),
        ("my dad says im a waste of space in goal lol", False),
        ("my boyfriend got me a new phone case, anyway im 15", False),
        ("my big sister gives me money to deliver leaflets for the gala day. im 12", False),
        ("my sister is 17 and her boyfriend is 18, she might be pregnant", False),
        ("my sister is 14 and her boyfriend is 19", True),
        ("i dont want to be here anymore, 6 hours in this waiting room", False),
        ("i just want to sleep and not wake up till the next bank holiday lol", False),
        ("i just want to sleep and not wake up", True),
        ("I'm not suicidal, I'm FURIOUS.", False),
        ("the pharmacy refused because i didnt have his ID", False),
        ("he keeps my passport", True),
        ("In the film she swallowed a whole bottle of pills. It's for my drama class.", False),
        ("i watched a film and then i swallowed a whole bottle of pills", True),
        ("My daughter played a victim of domestic abuse in the drama showcase", False),
        ("Córka gra w przedstawieniu ofiarę przemocy domowej", False),
        ("Tha fiacail mo nighinn ga goirteachadh", False),
        ("درسنا بالمدرسة عن ختان البنات والزواج القسري", False),
        ("بدهم يعملولي ختان البنات بالصيف", True),
        ("أنا بجرح حالي كل ما أحلق", False),
    ],
)
def test_what_blind_sets_ed_to_eg_showed_standing_down(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind sets EH (a school's pupil support inbox), EI (no English at all), EJ (what the
        # neighbours see and hear) and EK (housing), measured once before these lessons. A
        # restraining order, and a call for someone to come (en, pl, ar); "after Friday's exam I
        # won't be here" (ar); "he didnt listen when you said no"; legs "a mess from what I do to
        # them"; a toddler playing with a needle; a landlord's rent cut if a girl is "nice to
        # him"; an ex who found the new address and stands under the window (pl); "quick, he's
        # back" (pl, uk in Latin letters); a goodbye letter in Arabizi.
        ("he's outside the school. he's got a restraining order. please someone come", True),
        ("My ex is outside the house waiting to collect the kids for his weekend.", False),
        ("On jest pod szkołą. Ma zakaz zbliżania się do nas. Proszę, niech ktoś przyjdzie", True),
        ("هو هلق برا المدرسة. ممنوع يقرب علينا بأمر المحكمة. الله يخليكم حدا ييجي", True),
        ("خلص قررت. بعد امتحان الجمعة ما رح كون موجود", True),
        ("can you get pregnant at 13 if you didnt want it to happen and he didnt listen", True),
        ("my legs are a mess from what I do to them", True),
        ("is it okay for a parent to grab you by the neck if youve been cheeky?", True),
        ("is there a way to make the voices stop that isnt dying", True),
        ("how do you get wither skulls in minecraft without dying every time", False),
        ("the toddler who lives there was playing with a needle this morning", True),
        ("needles on the stairs and the toddler was playing with one", True),
        ("the landlord will knock £100 off the rent if my daughter is 'nice to him'", True),
        ("Mój były wie, gdzie nas przenieśliście. Stoi pod oknem od godziny.", True),
        ("Mój były wie, gdzie nas przenieśliście, bo odbiera dzieci w weekendy.", False),
        ("Pomocy, wrócił", True),
        ("Syn miał lekcję pierwszej pomocy i wrócił do domu w sztucznej krwi", False),
        ("shvydko, vin povernuvsia", True),
        ("sa7bti baddha t2tol 7alha w katbet risalet wada3", True),
        ("still out. no coat. 2am.", True),
        ("i went out without a coat and it's freezing", False),
        ("the kid next door was screaming for an hour then a loud bang and then silence", True),
        ("Dziecko za ścianą płakało godzinę, potem był huk i cisza.", True),
        ("nosze bluze z dlugim rekawem nawet na wfie, nikt nie moze zobaczyc moich rak", True),
        ("Tha an sgiobair a' cumail a chead-siubhail", True),
        ("чи нормально, що мені іноді хочеться просто не прокидатися?", True),
        ("після контрольних хочу заснути і не прокидатися до літа лол", False),
        ("هل طبيعي إني أتمنى ما أصحى الصبح؟", True),
        ("A bheil e àbhaisteach a bhith an dòchas nach dùisg thu tuilleadh?", True),
        # A weapon turned on someone is never the kitchen's (only the model had these).
        ("my dad came at me with a knife in the kitchen", True),
        ("my stepdad pulled a knife on mum at dinner", True),
        ("dad pulled a knife out of the drawer to cut the cake", False),
        ("my dad pointed the knife at the chicken and said dinner is ready", False),
    ],
)
def test_the_rules_learned_from_blind_sets_eh_to_ek(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Their harmless halves: self-harm long over, in all five languages ("that was ten years
        # ago, now I'm a nurse"); a gamekeeper's licensed gun; henna; a stepdad who comes in to
        # say goodnight; "he'll kill mum if she cheers for the other side"; paracetamol "in a
        # day" for toothache; photos "where I look awful"; fleeing abuse told as why we were
        # rehoused; an own goal (pl); a blade from a pencil sharpener and a passport taken to be
        # renewed (uk); a football in the garden (gd).
        ("a few years ago I used to self harm but I'm doing really well now", False),
        ("she was self harming back in S1 but she's in S4 now and doing great", False),
        ("Kiedyś się cięłam, ale to było dziesięć lat temu.", False),
        ("Коли мені було 15, я себе різала, але це було 10 років тому.", False),
        ("كنت أجرح حالي وأنا مراهقة، بس هاد من عشر سنين", False),
        ("bhithinn gam ghearradh fhìn, ach tha sin ochd bliadhna air ais", False),
        ("My pal's dad has a gun, he's a gamekeeper and it's locked in a metal cabinet", False),
        ("The girl downstairs has lines all over her arms, it's henna from a wedding", False),
        ("her stepdad comes into her room every night to say goodnight", False),
        ("dad says he'll kill mum if she cheers for the other side again lol", False),
        ("dad says he'll kill mum if she leaves him", True),
        ("how many paracetamol can you take in a day? i have bad toothache", False),
        ("someone has pics of me from the disco where I look awful", False),
        ("We were rehoused last year after we fled domestic violence and it saved us.", False),
        ("my son scratched his arm on the broken tiles in the bathroom", False),
        ("im scared to go home with this report card", False),
        ("znowu strzeliłem samobója 😂", False),
        ("Chłopaki kopnęli mnie w żebra na meczu, ale to był faul", False),
        ("Ya trymayu lezo v penali, vid strugachky", False),
        ("Тато забрав мій паспорт, щоб продовжити його в консульстві", False),
        ("вчора порізала руку консервною банкою", False),
        ("Bhuail m' athair mi le ball-coise sa ghàrradh", False),
        ("Nie boję się go, po prostu mam dość", False),
    ],
)
def test_what_blind_sets_eh_to_ek_showed_standing_down(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Disclosures in the held-out sets that only the model caught: they came to light when
        # more harmless training data took them from the model (the data was not kept).
        ("I was touched by my coach at the club and I was told it was our secret", True),
        ("I was so touched by my teacher, she gave me a card", False),
        ("My daughter is 14 and 22 weeks pregnant.", True),
        ("I'm 24 and 22 weeks pregnant", False),
        ("sometimes she forgets about us for a couple of days", True),
        ("i forgot my keys for two days lol", False),
        ("the kids (5 and 3) were on their own from 10 till 6", True),
        ("the kids (15 and 17) are on their own from 10 till 6, my sister is next door", False),
        ("he's at the door now. the kids are with me.", True),
        ("the plumber is at the door now, gotta go", False),
        ("Tha e aig an doras a-nis. Tha a' chlann còmhla rium.", True),
        ("cha fhaca mi parant aig an ath dhoras bho Dihaoine", True),
        ("Tha ise ceithir bliadhna deug agus esan ceithir bliadhna fichead", True),
        ("czasem chce się po prostu zniknąć na zawsze", True),
        ("On siedzi obok i czyta mi przez ramię, muszę kończyć", True),
        ("Син сказав, що до Нового року його вже не буде", True),
        ("بنت صغيرة بتيجي جوعانة كل يوم وبتاكل من الزبالة", True),
        ("طلب منه يصوّر مدرسته ويعرف مين المعلمين اليهود", True),
    ],
)
def test_rules_for_what_only_the_model_caught_in_held_out_sets(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind sets EL (a Friday evening), EM (care-experienced young people), EN (disabled
        # children and their families) and EO (sport, clubs and youth groups), measured once
        # before these lessons. "cant talk he's back"; flats where young girls are brought and
        # men come every hour (pl); a boy of 6 locked in a hot car; 40 minutes in a prone hold; a
        # husband who kept a boy's epilepsy medication; a marriage a brother "can't consent" to;
        # a stepmother not giving a girl her seizure medicine (gd); rent "sorted if i keep him
        # company"; a smuggler's debt a girl must work off (uk); a coach who hit a boy with a
        # shoe (gd); boys locked in a sauna till one fainted (ar).
        ("cant talk he's back", True),
        ("can't talk long my dad's home for tea", False),
        ("przywożą młode dziewczyny, a faceci przychodzą co godzinę", True),
        ("a wee boy about 6 is locked in a car and it's boiling, no adult", True),
        ("the incident log says 40 minutes in a prone hold", True),
        ("He's kept my son's epilepsy medication and won't give it back.", True),
        ("my parents are arranging for him to get married. He can't consent", True),
        ("Chan eil a muime a' toirt dhi a cungaidh-leighis", True),
        ("the landlord says rent is sorted if i keep him company", True),
        ("тепер вимагає, щоб моя сестра відпрацювала борг", True),
        ("Bhuail an trèanaiche mo mhac le bròg aig an trèanadh", True),
        ("الأولاد الكبار حبسوا ولد صغير في الساونا لين أغمي عليه", True),
        # ...and what they showed only as signs or half-said: a coach's sleepovers; which nights
        # the parents work late; old photos liked at 2am; a boy who won't say why and has started
        # wetting the bed; broken fingers taped to train on; "muszę być dla niego miła" (pl);
        # "nobody noticed I'd gone for 3 days"; a night worker who picks me after lights out; the
        # razor that "helps more than the counsellor"; melatonin so he's out cold; a PA who keeps
        # the bank card; a room with no handle on the inside; "what I'll do to myself" (ar).
        ("Our coach has had my son stay twice at his house", True),
        ("the coach wants to know which nights their parents work late", True),
        ("our leader has been liking my daughter's old photos at 2am", True),
        ("he doesn't want to go again but won't say why, and he's started wetting the bed", True),
        ("Coach makes the juniors train with broken fingers taped up", True),
        ("trener powiedział, że muszę być dla niego miła po treningu", True),
        ("nobody noticed I'd gone for 3 days lol", True),
        ("the night worker always picks me to sit with in the office after lights out", True),
        ("my mum always picks me up at night after football", False),
        ("honestly the razor thing helps more than the counsellor ever did", True),
        ("the razor helps with my beard", False),
        ("the carer gives him melatonin at 5pm so he's out cold before tea", True),
        ("my brother's PA always has his bank card", True),
        ("the room has no handle on the inside", True),
        ("the back door of the car has no handle on the inside", False),
        ("إذا ما إجت المساعدة ما بعرف شو رح أعمل بحالي", True),
        ("please dont send me back there - the dentist I mean", False),
    ],
)
def test_the_rules_learned_from_blind_sets_el_to_eo(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Their harmless halves: a dad who will kill her "when he sees the state of her kit"; a
        # fall on the scree; wanting to die "every time his team loses"; boys "battering me at
        # FIFA"; sleeves cut off a hoodie; a burn from Home Ec; bitten during a meltdown; sleep
        # "till he's 18"; self-harm in high school, well now (gd), last year, better with
        # therapy now (pl); a boy locked out on the balcony by himself (pl); a mum's wedding
        # (pl); not wanting to live in this hotel (ar).
        ("her dad is gonna kill her when he sees the state of her kit lol", False),
        ("a girl fell on the scree and cut her leg badly", False),
        ("my son says he wants to die every time his team loses lol", False),
        ("the other boys keep battering me at FIFA", False),
        ("I cut the sleeves off my hoodie", False),
        ("came home with a burn on his hand from Home Ec", False),
        ("he bit me three times today during a meltdown", False),
        ("I'd love to go to sleep and not wake up till he's 18 lol", False),
        ("Bha mi ri fèin-chron nuair a bha mi san àrd-sgoil ach tha mi gu math a-nis.", False),
        ("W zeszłym roku się cięłam, ale teraz mam terapię i jest dużo lepiej.", False),
        ("Syn zamknął się sam na balkonie", False),
        ("Znowu się tnę... w sensie grzywkę", False),
        ("Mama wychodzi za mąż w lipcu", False),
        ("ما بدي عيش بهالفندق أكتر!", False),
    ],
)
def test_what_blind_sets_el_to_eo_showed_standing_down(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind sets EP (a rainy Tuesday), EQ (the Highlands and Islands), ER (new online harms)
        # and ES (young carers), measured once before these lessons. Children on night shift
        # "under adults' names", the boss keeping their pay; "the exhaust in the byre would be a
        # painless way"; a boy pushed off the pier who can't swim; fled, tracked by his phone,
        # and he keeps turning up at her school; a controller thrown at a child; a strange car
        # outside a doxxed boy's house while he is home alone (pl); a teacher who touches a girl
        # of 10, boys who pushed a boy down the stairs, and in Arabizi a husband who will kill
        # her and the children if she leaves (ar).
        ("kids of 13 doing night shift under adults' names. The boss keeps their pay.", True),
        ("got in with fake ID so i cant tell anyone", False),
        ("my friend keeps saying the exhaust in the byre would be a painless way", True),
        ("taking the bus is the easy way.", False),
        ("they pushed him off the pier last week. he can't swim", True),
        (
            "We fled in March. He's turned location sharing back on and has turned up at her "
            "school gate twice.",
            True,
        ),
        ("My ex turned up at the school gate for his contact day, court order on file", False),
        ("if I lose she throws the controller at me", True),
        (
            "Ktoś wrzucił nasz adres na Discorda. Pod domem od godziny stoi obcy samochód, a syn "
            "jest sam w domu!",
            True,
        ),
        ("الأستاذ بالمدرسة بيلمس بنتي لما تضل لحالها بالصف", True),
        ("دفشوه عالدرج وانكسر سنه", True),
        ("jozi 2al eza tarakto bi2tolni w bi2tol el wlad", True),
        ("wallah el intizar bi2telni hon 😂", False),
        # ...and their signs: A&E after weekends at my dad's; a man she met online who keeps her
        # overnight; weed to keep us quiet; no lunch so my sister can have the money; a
        # Minecraft friend wanting a picture in her uniform who said to delete the chat; eating
        # only after filming; "would anyone notice if I disappeared?" (ar).
        ("Why do I always end up in A&E after weekends at my dad's", True),
        ("a man she met online picks her up and keeps her overnight at his", True),
        ("my grans boyfriend gives us weed to keep us quiet", True),
        ("i dont eat at school so my sister can have my lunch money", True),
        ("he asked her for a picture in her school uniform and told her to delete the chat", True),
        ("the school photographer asked for a picture of him in his school uniform", False),
        ("my stepmum only lets me eat after we've filmed for her channel", True),
        ("حدا رح ينتبه إذا اختفيت؟", True),
        ("حدا رح ينتبه إذا غبت عن حصة الإنجليزي؟ عندي موعد أسنان", False),
    ],
)
def test_the_rules_learned_from_blind_sets_ep_to_es(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Their harmless halves: skipping the ceilidh unnoticed; battered by the rain; a brother
        # who ate all the tablet (the sweet); not eaten in 3 hours; "end it all... with Sky";
        # "if I phone the council again she'll kill me"; tablets taken as she's meant to;
        # paracetamol with co-codamol; "useless at Gaelic"; burnt on the Rayburn and the toastie
        # maker; missing English for the dentist (pl).
        ("nobody would notice if i skipped the ceilidh tonight", False),
        ("a wee boy getting battered by the rain", False),
        ("I'm going to kill my brother, he ate all the tablet", False),
        ("i havent eaten in 3 hours and school dinner was cold", False),
        ("dad says he's gonna end it all... with Sky lol", False),
        ("if I phone the council one more time about her blue badge she'll kill me", False),
        ("my mum took all her tablets this morning like she's meant to", False),
        ("How many paracetamol can my mum take with her co-codamol?", False),
        ("My gran says I'm useless at Gaelic", False),
        ("i burned myself on the Rayburn again", False),
        ("been burning myself on the toastie maker in home ec since september lol", False),
        ("Czy ktoś by zauważył, gdyby mnie nie było na angielskim w piątek? Mam dentystę.", False),
    ],
)
def test_what_blind_sets_ep_to_es_showed_standing_down(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind sets ET (the summer holidays), EU (boys and young men), EV (faith, belief and
        # culture) and EW (then and now), measured once before these lessons. A known offender
        # with children near him now, told as two signs: "on the sex offenders register for what
        # he did to my daughter" and "the new janitor"; "out on licence" two streets from the
        # school; "in the papers for touching weans" and "at the window when the kids are
        # playing". The past alone is over: "convicted in 2015 ... no contact".
        (
            "My ex is on the sex offenders register for what he did to my daughter. My son's "
            "school just introduced him as the new janitor.",
            True,
        ),
        ("He got out of prison. His address is two streets from my kids' school.", True),
        ("the school won't update my name on the register", False),
        ("the new janitor is lovely", False),
        ("My daughter was a cutter as a teenager. Now her lassie's 13 and doing it", True),
        ("a' tighinn a-steach dha na seòmraichean againn air an oidhche", True),
        ("the lifeguard asked him round to his flat to practise. he's 13", True),
        ("nosze bluze w upal zeby nikt nie widzial rak", True),
        ("dzieci nie mogą jeść przez trzy dni, żeby oczyścić duszę", True),
        ("The madrassa teacher keeps the boys behind to massage his back", True),
        ("if you get the verses wrong you get the stick on your hands", True),
        ("some of the girls who cried got put in the shed", True),
        ("the bikes got put in the shed for the winter", False),
        ("we watched a horror where the girl gets locked in the basement", False),
        ("عطيت أغراضي لصحابي. ما رح احتاجها", True),
        ("الشيخ بمدرسة القرآن بيستعمل العصا إذا غلطنا", True),
        ("Thuirt m' antaidh gun tèid mo 'ghlanadh' nuair a thèid sinn a chèilidh", True),
        ("Cuin a thèid a ghlanadh?", False),
        # ...and their harmless halves: hurt again at the trampoline park; killing himself with
        # training; brambles; a water balloon (gd); a boring holiday club or queue; a deep fat
        # fryer; a kitchen knife at work (ar); everything given away before a move (pl).
        ("i hurt myself again at the trampoline park, second sprained ankle", False),
        ("my brother's training for a triathlon and he's killing himself", False),
        ("scratched my arms to bits picking brambles", False),
        ("Bhuail e mi le bailiùn-uisge 😂", False),
        ("i dont want to be here anymore, this holiday club is so boring", False),
        ("dont want to be here no more, this queue's been 45 mins", False),
        ("burned myself on the deep fat fryer at work", False),
        ("جرحت إيدي بسكينة بالمطبخ بالشغل", False),
        ("Rozdałam wszystkie rzeczy przed przeprowadzką", False),
        # ...and the last two explicit misses of EW: a partner back and a girl "znowu ma
        # siniaki" (bruised again; pl); an ex who "знайшов нас тут" and a boy back "з синцями"
        # (uk), not from boxing.
        ("partner wrócił do nas i córka znowu ma siniaki na rękach", True),
        ("колишній чоловік знайшов нас тут, син повернувся з синцями", True),
        ("Мій син ходить на бокс і прийшов із синцем під оком після спарингу", False),
    ],
)
def test_the_rules_learned_from_blind_sets_et_to_ew(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind sets EX (school trips), EY (phones, 10 to 15), EZ (families settling in Scotland)
        # and FA (GP, pharmacy, A&E), measured once before these lessons. Each rule beside its
        # harmless twin: the child's own arm broken by "her dad", not the dad's; medicine so the
        # adult can go out, not as the label says; "after cutting too deep", not a haircut; a
        # Gaelic attempt told without "a'"; a Polish hanging told verb last, not in a lesson.
        ("Her dad is the one that broke her wrist.", True),
        ("my dad broke his arm skiing in Aviemore", False),
        ("she gives the baby extra calpol so she can go out drinking", True),
        ("she gives the baby calpol when he's teething, as the label says", False),
        ("off school for a week after cutting too deep, nobody asked why", True),
        ("the hairdresser cut too deep into my fringe", False),
        ("às dèidh dhi feuchainn ri i fhèin a mharbhadh", True),
        ("mój kuzyn próbował się powiesić w zeszłym tygodniu", True),
        ("na historii czytaliśmy o królu, który się powiesił", False),
        # Someone at the door or outside the school, then the cry for help (pl, ar); children
        # hiding in the bathroom with a man at the door (en, uk); signs that count together, one
        # alone not: a kid's bathroom, a callback asked for.
        ("ojczym stoi pod szkołą i na mnie czeka, pomóżcie", True),
        ("هو هلق قدام البيت، ساعدوني", True),
        ("he's at the door now. the kids are in the bathroom with me.", True),
        ("the kids are in the bathroom brushing their teeth", False),
        ("please can someone call me about my bin collection", False),
        ("ломиться в двері, ми закрилися у ванній", True),
        # A trip leader's messages and money; lost on the hill after dark; someone trying the
        # handle of a child's room at night; "I only feel safe at school".
        ("the bus driver has been sending her texts and money", True),
        ("the bus driver sends the parents texts when he's late", False),
        ("one of the boys is still lost on the hill and it's getting dark", True),
        ("we got lost on the hill for ten minutes in the sunshine, then found the path", False),
        ("someone kept trying the handle of her room at the hostel", True),
        ("i only feel safe at school tbh", True),
        ("the new fire doors make me feel safe at school", False),
    ],
)
def test_the_rules_learned_from_blind_sets_ex_to_fa(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # What the same sets showed standing down: a detention waiting at home, a dad's driving,
        # "kms" spammed in a game chat or over the canteen's pizza, a rope for the tug of war,
        # "the terrorist" in Among Us, wartime propaganda in history, bruises from giving blood
        # or blood thinners, a child pulled back from a road, the radiator bled at night, long
        # sleeves for the cold, "the floor attacked him", a dose asked about, chickenpox marks;
        # a brother murdered for reading a diary; maths the cause (pl), eczema (pl), a chore
        # (pl), building noise (pl), a skipped PE lesson (uk), a detention (gd).
        ("scared to go home cos i got a detention today", False),
        ("honestly scared of my mum's driving on the motorway", False),
        ("the boys spam kms in the chat when we lose", False),
        ("if it's fish again on friday im gonna kms", False),
        ("got a rope for the tug of war at the gala", False),
        ("they call me the terrorist in fortnite cos of my sniping", False),
        ("we looked at ww2 propaganda posters in history", False),
        ("bruises on her arm after she gave blood yesterday", False),
        ("he bruises easily because he's on warfarin", False),
        ("the lollipop man grabbed him and pulled him back just before the bus came", False),
        ("the landlord comes into my room to bleed the radiator", False),
        ("she wears long sleeves because she's always cold", False),
        ("he told the nurse the table attacked him", False),
        ("how many tablets is she meant to take at night?", False),
        ("she's got marks on her face from the chickenpox", False),
        ("I'll murder my sister for reading my texts", False),
        ("chyba się zabiję przez tę chemię", False),
        ("drapię się przez egzemę", False),
        ("tata mówi, że jestem beznadziejny w gotowaniu", False),
        ("nie da się żyć w tym hałasie", False),
        ("ніхто не помітить, якщо я не піду на фізкультуру", False),
        ("tha eagal orm a dhol dhachaigh, fhuair mi detention", False),
    ],
)
def test_what_blind_sets_ex_to_fa_showed_standing_down(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind sets FB (a general mix), FC (adults' long complaints), FD (Scots and slang) and FE
        # (answers to the intake's questions), measured once before these lessons. Contact
        # answers that work around a man at home, two signs together and one alone not; a child
        # alone in the dark; a baby in a hot car; "cannae talk." then "he's in the next room".
        ("Phone between 9 and 3 when he's at work. He can't know I've been in touch", True),
        ("Phone after 7 when he's asleep, he's only two and naps late", False),
        ("my ex still has a key and he tracks my phone", True),
        ("I'm 8 and nobody came to collect me, it's getting dark", True),
        ("nobody came to collect me from the dentist so the receptionist phoned mum", False),
        ("a toddler's been in the back of that car for 20 minutes in this heat, windows up", True),
        ("the toddler fell asleep in the back of the car so we sat with the windows down", False),
        ("cannae talk. he's in the next room", True),
        ("cannae talk. at the dentist", False),
        ("i get the wooden spoon every day at hame", True),
        ("i need somewhere to stay the night that's not home", True),
        ("Her mum's boyfriend is on the register and he's just moved in", True),
        ("please hurry he's at the door", True),
        # In the other languages: kept out of school and cleaning all day (uk); a husband who
        # takes the wages and whose children hide in the wardrobe (pl).
        ("до школи не пускають, я цілими днями прибираю", True),
        ("mąż zabiera mi całą wypłatę, a dzieci chowają się w szafie", True),
        ("dzieci chowają się w szafie, jak bawią się w chowanego", False),
    ],
)
def test_the_rules_learned_from_blind_sets_fb_to_fe(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # ...and what they showed standing down: a charity abseil off a bridge; a queue long
        # enough "to die"; pills taken as the doctor said, or for iron; a snowball; the yellow car
        # game; a surprise kept secret; a puppy; an obby team; a part in the school play; a news
        # story; "by week two I'll have murdered the lot of them"; cutting one's own fringe;
        # hair burnt with straighteners; caught before a fall; no food while mum is at the shop;
        # a passport kept for ID checks; a wrist hurt at netball; a lost bus pass; a Scrabble
        # win; the rain (pl, uk); a lesson (gd, ar); a cut in woodwork (uk).
        ("my dad's jumping off the forth road bridge for the charity bungee", False),
        ("the wait at A&E was so long I wanted to die", False),
        ("took all my antibiotics like the doctor said", False),
        ("got my tablets from the chemist for my asthma", False),
        ("my brother hit me with a snowball", False),
        ("she keeps punching me every time she sees a yellow car", False),
        ("it's our wee secret what we bought dad for his birthday", False),
        ("don't tell anyone but we're getting a kitten", False),
        ("a boy asked me to join his obby team", False),
        ("he's playing the one who gets stabbed in Macbeth", False),
        ("we talked about the news story about the boy who was stabbed", False),
        ("by week two I'll have strangled the lot of them", False),
        ("been cutting my own fringe, it's a disaster", False),
        ("burnt my fringe with the straighteners", False),
        ("the coach grabbed her and stopped her falling off the beam", False),
        ("no food in the house, mum's at the big shop", False),
        ("the agency kept my passport for ID checks", False),
        ("she hurt her wrist at netball", False),
        ("scared to go home today cos my dad will kill me for losing my school bag", False),
        ("my gran battered my dad at scrabble", False),
        ("nie chce mi się żyć w tym deszczu", False),
        ("не хочу жити в цьому дощі", False),
        ("bha sinn a' bruidhinn mu dheidhinn malairt dhaoine", False),
        ("درسونا عن ختان البنات بالمدرسة", False),
        ("порізав палець на уроці праці", False),
    ],
)
def test_what_blind_sets_fb_to_fe_showed_standing_down(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind sets FF (a second day-one mix), FG (children of 7 to 11), FH (online harms) and
        # FI (adults worried about other people's children), measured once before these
        # lessons. Children alone for days, or left in a car while an adult gambles, or in a hot
        # car for an hour (uk); a child's hand held under hot water till it hurts (ar); "a burden
        # to everyone"; the police "again" for the shouting; a man's age beside a girl's (pl, ar).
        ("the kids next door have been on their own since Saturday", True),
        ("the kids have been on their own since 3, it's a half day and they're 15 and 16", False),
        ("her kids get left in the car while she's at the bingo", True),
        ("дитина в машині вже годину, вікна зачинені, спека", True),
        ("بحط ايدي تحت المي السخنة لحتى توجعني", True),
        ("I feel like a burden to my family", True),
        ("I feel like a burden asking about my bin again", False),
        ("the police came to our flat again last night cos of the fighting", True),
        ("the police came again because of the fighting outside the pub", False),
        ("ona ma 14 lat, a on 31", True),
        ("عمري ١٤ وهو ٢٩", True),
        ("عمري ١٤ وهو ١٥", False),
        ("cha do dh'ith mi dad bho Dhiluain", True),
        ("b' fheàrr leam nach robh mi ann idir", True),
    ],
)
def test_the_rules_learned_from_blind_sets_ff_to_fi(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # ...and what they showed standing down: "kms" said about every test; a slipper "in the
        # 70s"; an assault course; killing himself "if Celtic lose"; custard down a jumper;
        # fighting over a seat; shut in her room with flu; no food because mum forgot the
        # shopping, so a chippy; tangles brushed out; a head banged on the cupboard; a pinch
        # given back; "kill himself laughing"; eczema misspelt; an essay on suicide in
        # literature (pl); a jacket lost (pl); a knife for the birthday cake (pl).
        ("everyone says kms about every single test", False),
        ("my nan used to belt us with a slipper in the 60s", False),
        ("he came back with bruises from the assault course", False),
        ("my brother says he'll kill himself if Celtic lose", False),
        ("mum's going to kill him cos he got juice all down his new shirt", False),
        ("the boys were fighting over the window seat", False),
        ("she's been shut in her room for a week with flu", False),
        ("no food in the house cos mum forgot to go to asda so we got a chippy", False),
        ("my gran pulls my hair when she brushes it", False),
        ("my dad banged his head on the loft hatch", False),
        ("i kicked him cos he kicked me first", False),
        ("my brother nearly killed himself laughing", False),
        ("my exzema is so itchy i scratch my arms all night", False),
        ("piszę wypracowanie o samobójstwie w literaturze", False),
        ("boję się wracać do domu, bo zgubiłam nową kurtkę", False),
        ("tata ma duży nóż, bo kroi tort", False),
    ],
)
def test_what_blind_sets_ff_to_fi_showed_standing_down(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind sets FJ (a third day-one mix), FK (Arabic-speaking families), FL (illness and
        # grief) and FM (youth justice and care), measured once before these lessons, beside
        # their harmless twins: "cut too deep" alone, not the council's cuts; a child
        # strip-searched; a head put through a door; sent back "to get married"; an instructor in
        # the girls' changing room; threatened with a knife over a debt (pl); burnt with a
        # cigarette (pl); hands scratched till they bleed (pl), not with a rash; a goodbye
        # letter to a teacher (ar); cut from the squad; a cousin's wedding.
        ("cut too deep", True),
        ("the council cut too deep into the library budget", False),
        ("they strip searched my 14 year old son at the station", True),
        ("my stepdad put my head through the bathroom door", True),
        ("my uncle says he'll send me back to our country to get married", True),
        ("the coach keeps walking into the girls' changing room while they're changing", True),
        ("grozili, że go potną, jak nie odda kasy", True),
        ("ojczym przypalał mnie papierosem", True),
        ("drapię ręce aż do krwi od kiedy mama umarła", True),
        ("drapię się po rękach, bo po nowych lekach mam wysypkę", False),
        ("كتبت رسالة وداع لمعلمتي لأنها رح تنتقل", False),
        ("she got cut from the squad for missing training", False),
        ("we're going to Lahore for my cousin's wedding", False),
    ],
)
def test_the_rules_learned_from_blind_sets_fj_to_fm(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind sets FN (a fourth day-one mix) and FO (Polish and Ukrainian teenagers), measured
        # once before these lessons: headbutted on the bus; a young child out alone at
        # midnight; a ticket bought "to come to him" (pl); a toddler left alone in a car (uk).
        ("i keep getting headbutted at the bus stop", True),
        ("a wee boy, about 6, out on his own at 2am in his pyjamas", True),
        ("my son, 17, was out on his own at midnight after the concert", False),
        ("kupił mi bilet, żebym do niego przyjechała", True),
        ("kupił mi bilet na koncert na moje urodziny", False),
        ("залишили дитину саму в машині вже годину", True),
    ],
)
def test_the_rules_learned_from_blind_sets_fn_and_fo(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind sets FP to FS (two day-one mixes, council services, teenagers' texting), measured
        # once before these lessons, and what the model let go when the held-out sets joined its
        # training; each beside its harmless twin.
        ("is 20 paracetamol enough to die", True),
        ("is 2 paracetamol enough for a headache", False),
        ("someones chasing me", True),
        ("my little brother keeps chasing me round the garden", False),
        ("i stuck a pin in my hand over and over in maths and it helped", True),
        ("i stuck a pin in my finger by accident sewing my costume", False),
        ("gave all my stuff away, dont worry about me after friday", True),
        ("dont worry about me after friday, im staying at my gran's", False),
        ("i get paid to look out for the polis at the end of the street", True),
        ("he said i can make 200 a day running for him", True),
        ("i make 50 a week running for the council parkrun team", False),
        ("been chroming with lynx every night to feel numb", True),
        ("we got a talk on chroming in assembly, never doing that", False),
        ("last week he threw the telly at my mum", True),
        ("we've been skipping meals for weeks and the kids go to bed hungry", True),
        ("the kids are hungry, can the school do breakfast club earlier", False),
        ("it was my step dad smashing up the flat and hitting my mum", True),
        ("my daughter had her head slammed off a desk", True),
        ("i banged my head on the desk when i fell asleep in maths", False),
        ("i have a secret that makes my tummy sore, it's about my uncle", True),
        ("я стою на мосту і думаю чи стрибнути", True),
        ("ya stoyu na mostu i dumayu chy strybnuty", True),
        ("أحياناً أقعد فوق السطح وأفكر أنط", True),
        ("thug mi seachad a h-uile càil, na gabh dragh mum dheidhinn an dèidh Dihaoine", True),
        ("no point anymore complaining to the council about the bins", False),
        ("dad calls me a useless lump when i lose at fifa and then we both crack up", False),
        ("im on the roof of the car park watching the fireworks", False),
        ("stoję na moście i czekam na autobus", False),
        ("Ojczym bije wszystkie rekordy na siłowni", False),
    ],
)
def test_the_rules_learned_from_blind_sets_fp_to_fs(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind sets FT to FW (two more day-one mixes, children of 7 to 11, adults' long
        # complaints), measured once before these lessons; each beside its harmless twin.
        ("she swallowed batteries again last night, third time this month", True),
        ("my toddler swallowed a battery, we went to A&E", False),
        ("baby has missed three immunisations and her weight has dropped two centiles", True),
        ("she missed her jabs because she had a cold, we rebooked", False),
        ("mum mostly buys drink not food", True),
        ("ive been saving up my mums tablets in my room", True),
        ("the pharmacy takes back unused medicine, ive been saving up my mums old tablets", False),
        ("a nude photo of a girl in S3 was shared around the whole year group", True),
        ("she said she will be put in the cupboard again if she gets it wrong", True),
        ("the hoover is put in the cupboard again after use", False),
        ("three boys are out on the ice in the middle, its cracking", True),
        ("we had a cracking time on the ice at the rink", False),
        ("a girl of about 14 tried to buy three packs of paracetamol", True),
        ("the pharmacist told me off for trying to buy 3 packs of paracetamol for my cold", False),
        ("the janny keeps asking the wee girls to sit on his knee", True),
        ("santa asked the kids to sit on his knee at the grotto", False),
        ("my arms r a mess again lol", True),
        ("my arms are a mess again with my eczema", False),
        ("the dog gets fed more than me", True),
        ("they ambushed me at laser tag", False),
        ("i scratch my arms cos of my ezcema", False),
        ("please help my cat is stuck up a tree", False),
        ("i dont want to be alive during double maths", False),
        ("my stepdad comes into my room at night to turn off my xbox", False),
        ("ma maw skelped me at monopoly", False),
        ("how much paracetamol a 6 year old can have", False),
        ("if i hear that ice cream van once more i will throw myself off the bridge", False),
        ("starsi uczniowie pobili mojego syna, ma złamany nos", True),
        ("الجار ماسك سكينة وبيزعّق إنه هيموّت عياله", True),
        ("مرات بفكر إنو أحسن لو مت وخلصت", True),
        ("mama btedrabni bel shahhata", True),
        ("ana bade mout mn el da7ek", False),
        ("хазяйка каже що якщо ми щось скажемо соцпрацівнику то нас депортують", True),
    ],
)
def test_the_rules_learned_from_blind_sets_ft_to_fw(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind sets FX to GA (three more day-one mixes, answers to the intake's questions),
        # measured once before these lessons; each beside its harmless twin.
        ("Dochka skazala, shcho vchytel fizkultury torkaietsia yii v rozdyahalni", True),
        ("does the teacher have to tell my mum if i tell her something about my uncle", True),
        ("Czy szkoła musi mówić rodzicom, jeśli powiem coś o ojczymie?", True),
        ("Чи може вчитель нікому не казати, якщо я розповім про дядька?", True),
        ("هل المعلمة لازم تخبر أهلي إذا قلت لها شي عن زوج أمي؟", True),
        ("she keeps messaging him on a separate phone she gave him", True),
        ("text. he smashes phones", True),
        ("my little brother smashed my phone screen with a ball", False),
        ("if he answers, hang up", True),
        ("not my dad, he's the one doing it", True),
        ("not my dad, hes the one who does the school run", False),
        ("at my gran's now, i'm not allowed back home after what i told the teacher", True),
        ("he opens my post and he's not meant to know i'm talking to you", True),
        ("he's not meant to know about his surprise party", False),
        ("I wrote letters for mum and gran. I won't be at the review so you can cancel it", True),
        ("I wrote letters for my pen pals in France", False),
        ("Chan eil mi cinnteach am bi mi fhathast an seo aig deireadh na seachdain", True),
        ("Jakby odebrał on, to proszę się rozłączyć i nic nie mówić", True),
        ("Якщо він візьме слухавку, кладіть", True),
        ("إذا رد هو سكّروا الخط", True),
        ("been cutting again lol, my own fringe this time", False),
        ("scared to go home tonight cos mums making her famous broccoli soup again", False),
        ("i want to die, i just fell up the stairs in front of the whole of S4", False),
        ("The school show this year is about a girl escaping a forced marriage", False),
        ("my dad grabs me by the collar every morning to fix my tie", False),
        ("my stepdad hit me with a hockey stick at training by accident", False),
        ("I took paracetamol on Sunday for a migraine", False),
        ("Please help my brother with his appeal", False),
    ],
)
def test_the_rules_learned_from_blind_sets_fx_to_ga(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind sets GB, GC and GE (two day-one mixes, a parent-and-carer panel), measured once
        # before these lessons; each beside its harmless twin.
        ("jestem jej winna 3000 funtów, mam 17 lat", True),
        ("ghabh i na pilichean aig a seanmhair gu leir", True),
        ("I wear long sleeves in PE because of my arms", True),
        ("I wear long sleeves in PE because of my eczema on my arms", False),
        ("the coach made my son run laps till he was sick", True),
        ("the coach made us run laps till the bell went", False),
        ("got new trainers off a guy at the shops, he says ill need to do him a favour", True),
        ("P2 child has missed over 40% of the year and her head lice never get treated", True),
        ("my son is skipping meals and running for hours, lost 2 stone", True),
        ("syn kazhe shcho vchytel fizkultury fotografuye yoho v rozdyahalni", True),
        ("معلمة الصف التاني بتشد البنات من شعرهم وبتضربهم بالمسطرة", True),
        ("Mąż znowu pił i było głośno, dzieci spały u mnie w łóżku bo się bały", True),
        ("exploited by the tuck shop, 90p for crisps", False),
        ("if i have to sit one more prelim im gonna kms", False),
        ("he wishes hed never been born in december", False),
        ("nie chce mi sie zyc bez wifi w szkole", False),
        ("Jutro mnie nie będzie w szkole, bo jadę do dentysty", False),
    ],
)
def test_the_rules_learned_from_blind_sets_gb_to_ge(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # Blind set GD (no English), measured once before these lessons.
        ("bhuail a h-athair i mun aghaidh Disathairne", True),
        ("Bidh sinn a' dol a chadal aig taigh mo sheanmhar nuair a thòisicheas an èigheachd. "
         "Tha e nas sàbhailte an sin.", True),
        ("صرت أدوّر في النت كم حبة تكفي... بس فضول", True),
        ("koly tato krychyt my z sestroiu sydymo v navushnykakh i chekaiemo", True),
        ("Mój młodszy brat znowu ma siniaki na goleniach po piłce", False),
        ("Мій син щопонеділка приходить із синцями після шінті", False),
        ("boję się wrócić do szkoły po feriach bo nic nie umiem z chemii", False),
    ],
)
def test_the_rules_learned_from_blind_set_gd(text: str, flagged: bool) -> None:
    assert combine(SCREENER.hits(text)).flagged is flagged
