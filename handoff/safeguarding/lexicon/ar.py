"""Arabic: Modern Standard plus the Levantine, Egyptian, Gulf and Iraqi forms children write.

Folding removes harakat and tatweel and maps أ/إ/آ→ا, ة→ه, ى→ي on both sides. Object pronouns are
suffixes ("يضربني" = "he hits me"), so verbs carry their victim. "و", "ف" and "س" glued to the
front of a word are allowed everywhere (clitics="وفس")."""

# The lexicon is written in the language's own script; letters that look Latin are meant.
# ruff: noqa: RUF002
from ..rules import PEER_HARMS, Lexicon, context, flag, hint, idiom, now, plan, soon, tag
from .short_names import BULLY, DANGER, DOM, EMO, EXP, FM, NEG, PHYS, RAD, SEX, SH, TRAF, S

CLASSES: dict[str, str] = {
    "HIT_ME": "يضربني|ضربني|بيضربني|عم يضربني|يضربنا|ضربنا|بيضربنا|يضربوني|ضربوني|بيضربوني|تضربني|"
    "ضربتني|بتضربني|يركلني|ركلني|يرفسني|رفسني|يخنقني|خنقني|بيخنقني|يحرقني|حرقني|يعذبني|"
    "عذبني|بيعذبني|يصفعني|صفعني|يلطمني|لطمني|يدفعني|دفعني|يؤذيني|اذاني|بيأذيني|يعنفني|"
    "يسحلني|يجلدني|جلدني|يكويني|كواني|يرميني|يشدني من شعري|يقرصني|يعضني|يبهدلني بالضرب",
    "HIT_KID": "يضرب اخي|يضرب اختي|يضرب اخواني|يضرب اخوتي|يضربه|يضربها|بيضربه|بيضربها|ضربه|ضربها|"
    "يضرب الاطفال|يضرب اخوي|يضرب اختي الصغيره|يضرب اخوي الصغير|يعذب اخي|يخنق اخي",
    "MUM": "امي|ماما|والدتي|زوجته|مرته|امنا|امّي",
    "HIT_VERB": "يضرب|بيضرب|ضرب|عم يضرب|يخنق|خنق|يركل|يعذب|يصفع|يؤذي|اذى|يعنف|يهاجم",
    "TOUCH_ME": "يلمسني|لمسني|بيلمسني|عم يلمسني|يتحرش بي|تحرش بي|بيتحرش فيني|يتحرش فيني|تحرش فيي|"
    "يتحسسني|يحضنني بطريقه غريبه|يبوسني|باسني|يقبلني|قبلني|يلمسها|لمسها|يتحرش بها|"
    "تحرش بها|يلمسه|يتحرش باختي|تحرش باختي|يلمس اختي",
    "PILLS": "الحبوب|حبوب|الدواء|دواء|الادويه|ادويه|الاقراص|اقراص|حبوب البنادول|بنادول|باراسيتامول|"
    "حبوب النوم",
    "FEAR": "خايف|خايفه|خائف|خائفه|اخاف|بخاف|أخاف|مرعوب|مرعوبه|خوفان",
    "HOME": "البيت|للبيت|عالبيت|على البيت|الى البيت|الي البيت|المنزل|للمنزل|الى المنزل|الدار|للدار|"
    "البيت الليله",
    "TONIGHT": "الليله|اليوم|الان|هلق|هلا|هلأ|دلوقتي|الحين|بكره|بكرا|غدا|بعد المدرسه|هاي الليله|"
    "هذه الليله",
    "WANT": "اريد|اريد ان|ابغى|ابغي|ابي|بدي|عايز|عايزه|عاوز|عاوزه|نفسي|اتمنى|ودي|حابب|حابه",
    # The same wanting in Arabizi.
    "WANT_ARABIZI": "3ayez|3ayza|3awez|3awza|bdi|badi|bade|badde|bedi|bidi|biddi|beddi|baddi|abi|"
    "abgha|ab8a|nefsi|nifsi",
}


RULES = [
    # Blind set CP: mother who does not get out of bed, an empty fridge, a child feeding the
    # little ones dry bread: three signs of one harm.
    hint(
        "(الثلاجه|التلاجه|البراد) (فارغه|فاضيه|فاضي|ما فيها شي|مافيها شي|ما فيها اكل)",
        "no_food",
        NEG,
    ),
    hint(
        "(امي|ماما|ابي|بابا|امنا|ابونا) (لا|ما) (تقوم|يقوم|تقدر تقوم|بتقوم|بيقوم|تطلع|يطلع) (من)? "
        "(السرير|الفراش|التخت)",
        "parent_incapable",
        NEG,
    ),
    # Blind set CT: "أمي بتنام كل النهار من الدوا وأنا بطعمي إخوتي" (mum sleeps all day from
    # the medicine and I feed my brothers and sisters).
    hint(
        "(امي|ماما|ابي|بابا|امنا|ابونا|ابوي) (بتنام|تنام|نايمه|بينام|ينام|نايم|بتضل نايمه|بيضل "
        "نايم) (كل|طول) (النهار|اليوم|الوقت|الايام)",
        "parent_incapable",
        NEG,
    ),
    hint(
        "(انا)? (اطعم|بطعمي|اطعمي|اعطي|اطبخ ل) (اخوتي|اخواتي|اخواني|اخوي|اخوتي الصغار)",
        "child_carer",
        NEG,
    ),
    # Blind set CT: "زوج أمي ... تركلي علامة ما بتروح" (my stepfather left me a mark that
    # won't go).
    flag(
        "(زوج امي|جوز امي|ابي|بابا|ابوي|امي|ماما|مرت ابي|مرات ابوي|خالي|عمي|اخوي الكبير) ~10 "
        "(تركلي|ترك لي|خلالي|خلا لي|خلى لي|خلاني|عمللي|عملي|ترك علي|ترك على جسمي) (علامه|علامات|"
        "اثر|اثار|كدمه|كدمات|جرح|جروح)",
        PHYS,
    ),
    # Blind set CP: long sleeves in summer, and "I said I was cold".
    hint(
        "(اكمام طويله|اكماما طويله|كم طويل|اكمام) ~3 (في الصيف|بالصيف|صيفا)",
        "hidden_arms",
        SH,
    ),
    # Blind set DC: blades found in a daughter's bag, beside long sleeves in summer.
    hint(
        "(لقيت|لاقيت|وجدت|شفت|لقينا|لقت) ~2 (شفرات|شفره|موس|امواس|شفرات حلاقه) ~3 (بشنطتها|في "
        "شنطتها|بغرفتها|في غرفتها|تحت فرشتها|تحت مخدتها|بشنطته|في شنطته|بغرفته|في غرفته|بمقلمتها|"
        "بمقلمته|بجزدانها)",
        "sh_supplies",
        SH,
    ),
    hint("(قلت|قلتلها|قلت لها|قلتله|قلت له) (اني|انني|انا) (بردانه|بردان)", "cover_story", SH),
    # Blind set CP: self-harm three years ago; she is at university now and well.
    context("(في الجامعه|بالجامعه|تدرس في الجامعه) ~3 (بخير|وبخير|مرتاحه)", "recovered"),
    # Blind set CG: "طفل صغير على حافة نافذة مفتوحة في الطابق الرابع" (a small child on the edge of
    # an open window on the fourth floor).
    flag(
        "(طفل|طفله|ولد|بنت|بيبي|الطفل|الطفله|الولد|البنت|البيبي) (صغير|صغيره)? ~2 (على|عند|فوق) "
        "(حافه|الحافه|الشباك|شباك|النافذه|نافذه|الشرفه|البلكونه) ~3 (مفتوحه|نافذه|شباك|الطابق|"
        "طابق)",
        NEG,
        DANGER,
        severity="immediate",
    ),
    # Blind set CE: "أمي لم ترجع منذ يوم الجمعة" (my mother has not come back since Friday); "no one
    # will notice if I disappear".
    flag(
        "(امي|أمي|ماما|الماما|بابا|ابوي|أبوي|أبي|ابي|اهلي|أهلي) (لم|ما|مش|ما عم) (ترجع|يرجع|رجعت|"
        "رجع|يرجعوا|رجعوا|ترجعش|رجعتش) (للبيت|عالبيت|على البيت)? (من|منذ|من يوم|صار لها|صارلها|"
        "صار له|صارلو) ~2 (الجمعه|الجمعة|السبت|الاحد|الأحد|الاثنين|الإثنين|الثلاثاء|الاربعاء|"
        "الأربعاء|الخميس|يومين|ثلاث|ايام|أيام|امبارح|مبارح|البارحه|البارحة)",
        NEG,
        severity="medium",
    ),
    flag(
        "(لن|ما رح|ما حدا رح|محدا رح|ولا حدا رح|محد) (يلاحظ|يلاحظو|ينتبه|ينتبهوا|يحس|يفتقدني|"
        "يشتاقلي|يزعل) (أحد|احد|حدا)? ~2 (إذا|اذا|لو) (اختفيت|مت|متت|رحت|غبت|انتحرت)",
        S,
        severity="medium",
    ),
    # Blind set CC: neighbours who hear a child crying for three days, nobody opening the door,
    # the mother not seen since Friday (as the Polish signs, pl.py).
    hint(
        "(الطفل|الولد|البنت|البيبي|الطفله|الطفلة|الصغير|الصغيره|الاطفال|الأطفال|الولاد|ابنها|"
        "بنتها|ابنهم|بنتهم) (يبكي|تبكي|بيبكي|بتبكي|عم يبكي|عم تبكي|يصرخ|تصرخ|بيصرخ|بتصرخ|"
        "عم يصرخ|عم تصرخ|يعيط|بيعيط|بتعيط|يبكوا|بيبكوا|عم يبكوا) ~3 (ثلاث ايام|ثلاث أيام|"
        "تلات ايام|تلت ايام|يومين|كل يوم|كل ليله|كل ليلة|طول الليل|طول النهار|ساعات|من ايام|"
        "من أيام|ليل نهار)",
        "heard_child_distress",
        PHYS,
        NEG,
    ),
    hint(
        "(ما حدا|ماحدا|محدش|ولا حدا|لا أحد|لا احد|ما حد) (يفتح|بيفتح|فتح|عم يفتح) (الباب)?",
        "no_answer_door",
        NEG,
    ),
    hint(
        "(ما شفت|ماشفت|ما شفنا|لم أر|لم ار|لم نر|ما عم شوف|ما عدت شوف) (الأم|الام|امه|أمه|امها|"
        "أمها|الأهل|الاهل|اهله|أهله|اهلها|أهلها|الطفل|الولد|البنت) ~2 (من|منذ|صار|صارلي|من يوم)",
        "child_not_seen",
        PHYS,
        NEG,
    ),
    # Blind set BZ: "انا فوق سطح العمارة هلق" (on the building's roof now), as BX in English; a
    # brother's threat "if you scream you'll regret it like last time", a hand still in plaster.
    flag(
        "(انا|أنا) (فوق|على|ع) (سطح|السطح|الجسر|جسر|حافة|حافه) ~3 (هلق|هلأ|هلا|الحين|دلوقتي|"
        "الآن|الان|هسه|هسا|توا|حاليا|هلء)",
        S,
        DANGER,
    ),
    flag(
        "(اذا|إذا|لو) (صرخت|صرختي|حكيت|حكيتي|قلت|قلتي|خبرت|خبرتي) ~3 (رح|راح|ح|هت|بت)? (اندم|"
        "تندم|تندمي|أندم) ~2 (متل|مثل|زي|زى) (المرة|المره) (الماضية|الماضيه|اللي فاتت)|(ايدي|"
        "إيدي|يدي|رجلي|دراعي) (لسا|لسه|لساتها|بعدها|لسى)? (مجبرة|مجبره|مجبّرة|بالجبس|في الجبس) ~6 "
        "(ضربني|كسرها|كسرلي|دفشني|بيضربني|رماني)",
        PHYS,
    ),
    # Arabizi: threatened with a knife on the bus, "he'll wait for me at the gate".
    flag(
        "(haddadni|hadadni|haddadny|hadadny|hadedni|bihaddidni|yhaddidni|hadadouni|haddadouni) ~2 "
        "(sikkeen|sekkine|sikkine|sakeen|sikin|sekeen|sikkin|moos|mus|musaddas|mosadas)",
        DANGER,
        BULLY,
    ),
    # "Once he broke my eldest son's arm."
    flag(
        "(كسر|كسرلو|كسّر|كسرله|كسّرلو|كسرها|كسرلها) (إيد|ايد|يد|ذراع|دراع|رجل|ضلع|إجر|اجر) "
        "(ابني|بنتي|ابنه|بنته|الولد|البنت|ابني الكبير|ابني الصغير|بنتي الكبيرة|بنتي الصغيرة)",
        PHYS,
    ),
    # When mum is at work the stepfather comes in on me and shuts the door.
    flag(
        "(جوز أمي|جوز امي|زوج أمي|زوج امي|عمو|خالو|عمي|خالي|جوز ماما) ~3 (بيفوت|يفوت|بيدخل|يدخل|"
        "فات|دخل) (عليي|علي|عليا|غرفتي|لغرفتي|على غرفتي) ~3 (بيسكر|بيسكّر|يسكر|بيقفل|يقفل|سكر|"
        "قفل|بسكر) (الباب)?",
        SEX,
    ),
    # Pills collected, tonight; the aunt who will "purify" her when they travel; a little
    # sister cutting her hand with a razor.
    flag(
        "(جمعت|خبيت|خبّيت|حضرت|حضّرت|جهزت|جهّزت|خزنت) (الحبوب|حبوب|الدوا|الدواء|الأدوية|الادوية|"
        "حبوب منومة)",
        S,
    ),
    # ...and in Arabizi (blind set CI: "5alas jama3t el 7boob, el lele ra7 5alles min kel shi").
    flag(
        "(jama3t|jma3t|jam3t|gama3t|gam3t|lammet|lamet|5abbet|5abet|5abbayt|5abayt|khabbet|"
        "khabet|jahhazt|jahazt|7adart|7addart) (el|al|il|l)? (7bob|7boob|7ubub|7boub|7abbat|dawa|"
        "adwiya|el dawa|pills)",
        S,
    ),
    # Young children working inside a flat that nobody leaves, its windows covered (blind set
    # CI, a neighbour in Egyptian Arabic: a cannabis farm).
    flag(
        "(ولاد|اولاد|أولاد|اطفال|أطفال|عيال|بنات|صبيان) (صغيرين|صغار|صغيره|صغيرة|صغيرات) ~2 "
        "(بيشتغلوا|يشتغلوا|يشتغلون|بيشتغلو|يشتغلو|شغالين|يعملون|بيعملوا) (جوه|جوا|داخل|فيها|فيه|"
        "بالشقه|في الشقه|بالبيت)",
        EXP,
        TRAF,
        severity="medium",
    ),
    flag(
        "(نطهرك|نطهّرك|نطهرها|نطهّرها|يطهروها|يطهّروها|يطهروني|يطهّروني|يختنوني|يختنوها|نختنك|"
        "نختنها|ختانها)",
        FM,
    ),
    flag(
        "(تجرح|يجرح|بتجرح|بيجرح|جرحت|جرح|عم تجرح|عم يجرح) (يدها|ايدها|إيدها|يده|ايده|حالها|حاله|"
        "نفسها|نفسه|دراعها|رجلها|ايديها) (بالموس|بموس|بالشفرة|بشفرة|بالسكين|بسكين|بالزجاج|بالقزاز)",
        SH,
        unless=("watched_film",),
    ),
    # Blind sets BW, CC and CD: a film watched in class in which someone cuts a hand on glass.
    # Only a film said to be watched counts, so "like in the film" cancels nothing.
    context(
        "(شفنا|شفت|حضرنا|حضرت|شاهدنا|شاهدت|تفرجنا|اتفرجنا|عرضوا|عرضولنا) (فيلم|فيلما|فيلماً|الفيلم|"
        "مسلسل|المسلسل|حلقه|حلقة)|(فيلم|الفيلم|مسلسل|المسلسل) (شاهدناه|شفناه|حضرناه|شاهدته|شفته|"
        "حضرته|تفرجنا عليه|اتفرجنا عليه)|(الفيلم|فيلم|المسلسل) (الذي|اللي|يلي|الي) (شاهدناه|"
        "شفناه|حضرناه|شاهدته|شفته|حضرته)|(بالفيلم|في الفيلم|بالمسلسل|في المسلسل) (البطل|البطله|"
        "الولد|البنت|الشخصيه|الرجل|الشب)",
        "watched_film",
    ),
    # Back to "the old habit", an arm full of lines; rope and "tonight"; no winter shoes and a
    # mother always asleep. Harmless: "dying of embarrassment", sunstroke, a bus door shut.
    flag(
        "(دراعي|ذراعي|ايدي|إيدي|يدي|رجلي|فخذي|فخادي|دراعاتي|ايديا) (مليان|مليانة|مليانه|كلها|"
        "فيها|عليها) (خطوط|جروح|جرح|علامات|تشطيب|تجريح)",
        SH,
    ),
    flag("(خلاص|خلص|كفاية|تعبت|باي) ~2 (rope|grave|coffin|noose) ~2 {TONIGHT}", S),
    hint(
        "(الماما|ماما|امي|أمي|يما|الوالدة) (ديما|دايما|دائما|دايماً|طول الوقت|كل الوقت|على طول|كل "
        "يوم) (ناعسة|نايمة|نايمه|نائمة|سكرانة|سكرانه|راقدة|راقده)",
        "parent_absent",
        NEG,
    ),
    hint(
        "(بالصندالة|بالصندل|بالشبشب|حافي|حافية|بلا صباط|بلا حذاء|ماعندي صباط|ما عندي صباط|"
        "ماعندي حتى صباط|ما عندي جزمة|ماعندي جاكيت|ما عندي جاكيت) ~4 (الشتا|الشتاء|البرد|المدرسة)",
        "self_care",
        NEG,
    ),
    idiom(
        "(موت|اموت|أموت|متت|مت) (من|م) (الخجل|الكسوف|الحيا|الضحك|الحر|البرد|الجوع|الملل|الزهق|"
        "الفضيحة)"
    ),
    idiom("(ضربة|ضربه) (شمس|الشمس|برد)"),
    idiom(
        "(الباص|السايق|السائق|الشوفير|الحافلة|الباب) ~2 (سكر|قفل|سكّر|سكرلنا|سكّرلنا) (الباب)? "
        "(بوجهنا|بوجهي|في وشنا|بوشنا|قدامنا)"
    ),
    # Everyone better off if I were not here; he strangles me (Arabizi); a safety plan: if I do
    # not answer he is home, and the children know to go to the neighbours.
    flag(
        "(a7san|ahsan|a7sanlhon|a7sanlon|ahsanlhom) ~4 (iza|eza|law|lw|lau) ~3 (ana|ena)? (mish|"
        "mesh|mush|ma|mo) (mawjood|mawjoud|mawjooda|mawjouda|hon|hoon|hina|3ayesh|3aysha|"
        "3ayish)|(a7san|ahsan) (bala|bidooni|bdouni|bdooni|min dooni|mn dooni)",
        S,
    ),
    flag(
        "(أحسن|احسن|أفضل|افضل) ~4 (إذا|اذا|لو) ~3 (أنا|انا)? (مش|مو|ما|مانيش|لم|لست) (موجود|"
        "موجودة|هون|هنا|عايش|عايشة|أكن|اكن)|(أحسن|احسن|أفضل|افضل) (بدوني|بلاني|من دوني|من غيري)",
        S,
    ),
    flag(
        "(bikhna2ni|yikhna2ni|bi5na2ni|y5na2ni|khana2ni|5an2ni|5ana2ni|bykhna2ny|bi5ne2ni|"
        "yekhna2ni|bikhne2ni|byikhna2ni|khan2ni)",
        PHYS,
    ),
    flag(
        "(إذا|اذا|لو) (ما)? (رديت|ردّيت|برد|بردّ|رد|رديتش) ~6 (لأنه|لانه|يعني|معناها) (هو)? "
        "(بالبيت|في البيت|بالدار|بالبيت هلق|موجود)",
        DOM,
        severity="medium",
    ),
    flag(
        "(الولاد|الأولاد|الاولاد|ولادي|اولادي|أولادي|الأطفال|الاطفال) (بيعرفوا|يعرفوا|يعرفون) "
        "(يروحوا|يهربوا|يركضوا|يختبوا|يتخبوا|يذهبوا|يذهبون|يروحون) ~2 (عند|لعند|على|إلى|الى) "
        "(الجيران|جيراننا|الجار)",
        DOM,
    ),
    # Arabizi: classmates who will cut her hair and film her; scars on the arm "but I'm fine".
    flag(
        "(y2ussu|y2osso|yi2ossu|y2usu|2assu|2asso|y2ossoli|y2usuli|y2oss|y2us) (sha3ri|sha3ry|"
        "sha3re|sha3ra)",
        BULLY,
        severity="medium",
    ),
    # Contact answers written for training, in Arabizi: "ana mish 2amneh fil beit" (I'm not safe
    # at home); "ba3den byerja3 sakran w bykasser kol shi" (then he comes back drunk and smashes
    # everything).
    flag(
        "(mish|mush|mosh|msh|mesh|mani|mane) (2amneh|amneh|2amen|amen|aamen|2amna|amna|aminah|"
        "2ameneh|2amin|amin) (fil|fel|bel|bil|fi el|fi|bi) (beit|bet|bait|bayt|beet)",
        DANGER,
        severity="immediate",
    ),
    flag(
        "(sakran|skran|sakraan|sakrane|sakrana) ~3 (bykasser|bikasser|ykasser|bykaser|bidrob|"
        "bydrob|byedrob|yedrob|bydrabni|bidrabni|byedrabna|bidrabna|byedrab)",
        DOM,
    ),
    # Blind set CU, a parent in Arabizi: "shefet jro7 3ala fakhdeha" (I saw cuts on her thigh).
    flag(
        "(scars|jro7|jrou7|jr7|jer7|jrooh|cuts) (3ala|3a|3al|3la) (idi|2idi|ideyye|edi|dra3i|"
        "ijri|2ide|2eedi|edeha|2ideha|ideha|dra3ha|ejreha|ijreha|fakhdi|fakhde|fakhdeha|fakhdha|"
        "fakhdo|edo|2ido|ejro|dra3o|ejri|rejli|ejrayha|fkhadha)",
        SH,
        severity="medium",
    ),
    # Pills gathered and a day to swallow them; "no, nobody hurts me".
    flag(
        "(جمعت|عم اجمع|خبيت|مخبي|مخبيه|مجمع|مجمعه) (حبوب|الحبوب|ادويه|دوا|دواء) ~4 (ابلعها|بلعها|"
        "اخدها|اشربها|ابلعهم|اخدهم)",
        S,
    ),
    idiom(
        "(ما حدا|محدا|ماحدا|لا احد|محدش|ماحد|ما في حدا) (بيأذيني|يأذيني|بياذيني|يؤذيني|بيضربني|"
        "يضربني|بيلمسني|يلمسني)"
    ),
    # Starving and vomiting after meals; "I'll kill myself from all this homework".
    flag(
        "(برجع|برجّع|بتقيا|بتقيأ|بستفرغ|استفرغ|اتقيا|اتقيأ|بطلع اكلي) (بعد|بعدما|بعد ما) ~1 (الاكل|"
        "العشا|العشاء|الغدا|الغداء|ما اكل|كل وجبه|الاكل)",
        SH,
        severity="medium",
    ),
    idiom(
        "(انتحر|رح انتحر|بنتحر|راح انتحر) (من|بسبب) ~2 (الواجبات|الواجب|الدراسه|المدرسه|"
        "الامتحانات|الامتحان|الرياضيات|الملل|الزهق)"
    ),
    # Arabizi: "I'll kill myself tonight, the rope is ready".
    flag(
        "(7a2tel|ha2tel|hat2tel|7aktol|ha2tol|7a2tol|ra7 2otol|ra7 a2tol|bade 2otol|ba2tel|a2tel) "
        "(nafsy|nafsi|7ali|roo7i|ro7i)",
        S,
    ),
    plan("(el 7abl|al 7abl|7abl|el habl) (gahez|jahez|jaheez|ready|7adir|7ader)"),
    # No good food "like hers" is not no food.
    idiom("(ما في|مافي|مفيش) (اكل|أكل) (طيب|زاكي|حلو|متل|مثل|زي|بطعم)"),
    # Arabizi: cutting with a razor every night and hiding the wound; "I want to end it, I have
    # more than 50 pills".
    flag(
        "(ba2ta3|b2ta3|ba2atta3|2ata3t|a2ta3|bejra7|bjara7|bajra7|jara7t|bajre7|b2atte3) ~2 (2idi|"
        "idi|2edi|edi|eidi|dra3i|diraa3i|ijri|rejli|jesmi|jismi|7ali|nafsi|2eedi) ~3 (mous|moos|"
        "mos|shafra|shfra|sekkine|sikkine|zjej|zjaj|glass|blade|cutter)",
        SH,
    ),
    flag(
        "(b2d|bd|bdy|bde|bidi|badi|bedi|3ayez|3ayza|nefsi) (2nt7r|ant7r|2nte7er|ente7er|2nta7er|"
        "ant7er|2mot|amot|mot)",
        S,
    ),
    plan(
        "(3ndy|3andi|3indi|3ndi|m3i|ma3i|ma3y|3andy) (7bob|7boob|7ubub|7boub|7abbat|dawa|adwiya|"
        "7bob nom)"
    ),
    # Someone at the door with a weapon, in Arabic script and in Arabizi.
    flag(
        "(عند|على|ورا|قدام|برا|بره) (الباب|باب|الشباك) ~3 (معه|معاه|ومعه|ومعاه|ماسك|وماسك|بايده|"
        "بيده) (سكين|سكينه|موس|مسدس|سلاح|ساطور|شفره)",
        DANGER,
    ),
    flag(
        "(barra|bara|3al|3and|3ala|wara|2odam) (el bab|bab|elbab|al bab|il bab|shebbak) ~3 (ma3o|"
        "m3o|ma3ah|ma3ou|maa3o|w ma3o|wma3o|b2ido|bi2ido|masek|mesek) (sekkine|sikkine|sekine|"
        "sikeen|sekeen|skeen|sakeen|sikkin|sekin|sikina|mos|moos|msaddas|mosaddas|sla7|fard)",
        DANGER,
    ),
    # A cover story the child says is untrue; bruises "from PE, honestly" that a teacher keeps
    # asking about.
    flag(
        "(قلت|قلتلها|قلتله|قلتلهم|خبرت|حكيت) ~4 (اني|انني|انو|انه) (وقعت|تعثرت|انزلقت|خبطت|"
        "تزحلقت) ~8 (ما وقعت|ماوقعت|مش صحيح|مو صحيح|مش صح|مو صح|كذبت|غير صحيح|ليس صحيحا|مش "
        "حقيقي|بس انا ما)",
        PHYS,
    ),
    flag(
        "(كدمات|الكدمات|العلامات|علامات|الجروح|جروح|الحروق|حروق|الزرقه) ~12 (دايما|دائما|على "
        "طول|كل شوي|كل مره|كل يوم|عطول) (تسال*|يسال*|بتسال*|بيسال*|تسالني|يسالني)",
        PHYS,
        severity="medium",
    ),
    # A cry for help with someone at the door, now (in Arabic script and in Arabizi).
    flag(
        "(ساعدوني|ساعدني|الحقوني|الحقني|انقذوني|النجده) ~2 (هو|هي|هم|ابوي|ابي|بابا|زوج امي) ~2 "
        "(عند|على|ورا|قدام|برا) (الباب|باب|الشباك)",
        DANGER,
    ),
    flag(
        "(sa3douni|sa3edouni|sa3idni|sa3edni|sa3dooni|el7a2ouni|il7a2ouni|el7a2ni|ilha2ouni) ~2 "
        "(huwe|howe|huwa|hoa|hiye|hiya|heya|hene|abouy|baba) ~2 (3al|3and|3ala|wara|2odam|barra) "
        "(bab|el bab|elbab|al bab|shebbak)",
        DANGER,
    ),
    # Nothing to eat at home ("وبالبيت كمان ما في شي").
    flag(
        "(بالبيت|في البيت|البيت|بيتنا|ببيتنا) ~2 (ما في|مافي|لا يوجد|ما عنا|ما عندنا|مفيش) (شي|اكل|"
        "طعام|شي ناكله|شي ناكل|اكل خالص)",
        NEG,
    ),
    # A father hitting the mother, in either word order.
    flag(
        "(ضرب|يضرب|بيضرب|عم يضرب|ضربها|يضربها) (والدي|ابي|ابوي|بابا|ابويا|زوج امي) (امي|والدتي|"
        "ماما|امنا)|(والدي|ابي|ابوي|بابا|ابويا|زوج امي) (ضرب|يضرب|بيضرب|عم يضرب) (امي|والدتي|"
        "ماما|امنا)",
        DOM,
    ),
    # Grooming in a game, in Arabizi: gifts (diamonds, gems) and the camera when alone.
    hint(
        "(y3tini|ya3tini|a3tani|3atani|bye3tini|yeddini|bib3atli|yeb3atli|yba3tli) (diamonds|"
        "diamond|gems|robux|vbucks|coins|skins|jawaher|masari|flous)",
        "game_gifts",
        SEX,
        EXP,
    ),
    flag(
        "(a7ot|a7ut|7ot|7ott|aftah|afta7|eftah|efta7|asha8el|ashaghel|shaghel|sha8el) (el)? "
        "(camera|cam|kamera|kam) ~3 (lama|lamma|wa2t|waqt|lma) ~2 (akon|akoon|kon|kun|bkon|"
        "bakoon) (lwa7di|lwahdi|wa7di|wahdi|la7ali|l7ali|lahali)",
        SEX,
    ),
    # A child beaten every day (often by other pupils), in the formal register of a complaint.
    flag(
        "(يتعرض|تتعرض|يتعرضون|بيتعرض|عم يتعرض) (للضرب|للاعتداء|للضرب والتنمر|للتنمر والضرب|للعنف)",
        PHYS,
        BULLY,
    ),
    # Plain disclosures blind sets showed only the model catching (general forms of them).
    # A small child alone by a main road.
    flag(
        "(طفل|طفلة|ولد صغير|بنت صغيرة|ولد|بنت|طفل صغير) ~6 (لحاله|لحالها|لوحده|لوحدها|وحده|"
        "وحدها) ~3 (جنب|عند|على|قرب|بجانب) (الطريق|الشارع|الطريق السريع|الاوتوستراد|الهاي وي|"
        "السكة|الاوتوستراد)",
        NEG,
        DANGER,
    ),
    # Arabizi: "I don't want to live any more".
    flag(
        "(ma|mish|mesh|mo|mush) (baddi|badi|bade|beddi|bidi|biddi) (3ish|3eesh|a3ish|a3eesh|e3ish|"
        "3eish) (ba3d|ba2a|aktar|akthar|5alas|khalas)?",
        S,
    ),
    # Hurt on a broken fence; not wanting to live in this damp house; a cousin fixing the heater.
    idiom(
        "(جرحت|انجرحت|عورت) (نفسي|حالي|ايدي|إيدي) ~2 (بالسياج|بالسياج المكسور|بالزجاج|بالمسمار|"
        "بالورق|بالشباك|بالمرجيحة)"
    ),
    idiom("(عيش|اعيش|أعيش) (بهالبيت|بهيك بيت|بهالشقة|بهالحارة|بهالمدينة|بهالمدرسة)"),
    idiom(
        "(يدخل|بيدخل|دخل) (غرفتي|على غرفتي|لغرفتي) ~3 (ليصلح|يصلح|عشان يصلح|ليشوف|ليفحص|مشان يصلح)"
    ),
    # Everyone would rest if I went; a boy coming home in strangers' cars.
    flag(
        "(الكل|كلهم|الناس|اهلي|أهلي) (بيرتاح|بيرتاحوا|رح يرتاحوا|سيرتاح|يرتاحون|حيرتاحوا|"
        "بيرتاحو) (إذا|اذا|لو) (رحت|مت|اختفيت|متت|انتحرت)",
        S,
    ),
    flag("(بسيارات|بسيارة|في سيارات|في سيارة) (غريبة|غريبه|ناس غرباء)", EXP, severity="medium"),
    # A threat to slaughter or kill a child after school.
    flag(
        "(بيذبحوني|حيذبحوني|هيذبحوني|بيدبحوني|بدهم يذبحوني|رح يذبحوني|بيقتلوني|حيقتلوني|رح "
        "يقتلوني|هيقتلوني|بدهم يقتلوني) ~4 (بعد الدوام|بعد المدرسة|بكرة|بكره|اليوم|بالمدرسة|"
        "عالطريق|بالطريق|بعد المدرسه)",
        DANGER,
        BULLY,
    ),
    # A choking "challenge" from TikTok.
    flag("(تحدي|التحدي|challenge) ~4 (الخنق|خنق|الاختناق|كتم النفس|الإغماء|الاغماء)", SH, DANGER),
    # Pills "so I don't wake up"; nobody would notice; standing on the bridge.
    flag(
        "(عشان|حتى|لحتى|كي|علشان|مشان) (ما|لا|مش) (اصحى|أصحى|اصحا|أستيقظ|استيقظ|افيق|أفيق|"
        "اقوم|أقوم)",
        S,
    ),
    flag(
        "(محدش|ما حدا|لا أحد|لا احد|محد|ولا حدا|ما أحد) ~4 (لو|اذا|إذا) (اختفيت|مت|متت|رحت|انتحرت)",
        S,
        severity="medium",
    ),
    flag(
        "(واقف|واقفة|واقفه|قاعد|قاعدة|طالع|طالعة) ~1 (عالجسر|على الجسر|فوق الجسر|عالسطح|على "
        "السطح|فوق السطح|على الحافة|عالحافة|على حافة)",
        S,
        DANGER,
    ),
    idiom(
        "(يضربني|بيضربني|ضربني|عم يضربني|ضربتني|تضربني|بتضربني) ~3 (بسيف|بمخدة|بالمخدة|"
        "بالمخده) (بلاستيك|بلاستيكي|لعبة)?|(ضربتني|ضربني) (الطابة|الكرة|الكورة|الطابه)"
    ),
    # Not here next week; everyone better off without me.
    flag(
        "(لن|ما رح|مش رح|ما راح) (أكون|اكون|كون) (هنا|هون|موجود|موجودة) ~2 (الأسبوع القادم|"
        "الاسبوع القادم|الأسبوع الجاي|الاسبوع الجاي|بكرة|غدا|غداً)",
        S,
        severity="medium",
        unless=("away",),
    ),
    context(
        "(رحلة|رحله|سفر|مسافر|مسافرين|رايحين|عند جدتي|عند ستي|عند تيتا|المخيم|مخيم|عرس|عزاء|"
        "المستشفى|مستشفى|مسابقة|بطولة)",
        "away",
    ),
    # Taken for cutting in the holidays.
    flag(
        "(ياخذوني|ياخدوني|بياخدوني|حياخدوني|يودوني|بيودوني|رح يعملولي|بدهم يعملولي|بدهم ياخذوني|"
        "بدهم ياخدوني) ~2 (للختان|ختان|الختان|للطهور|طهور)",
        FM,
    ),
    flag("(أفضل|افضل|احسن|أحسن|ارتاح|أريح) ~1 (بدوني|من دوني|بلاي|بلايا|من غيري|بغيابي)", S),
    # Run away from home and sleeping in the street.
    flag(
        "(هربت|هربنا|طلعت|انهربت|شردت) (من البيت|من بيتنا|من الدار|من اهلي|من أهلي) ~4 (انام|أنام|"
        "بنام|نايم|نايمة|الشارع|بالشارع|في الشارع|الحديقة|المحطة|ما عندي وين)",
        EXP,
        DANGER,
    ),
    # A parent scripting what the child tells the teacher; not existing would be better.
    flag(
        "(اذا|إذا|لو|لما) (سألتني|سألتك|سألوني|سالتني|سالوني|بتسألني|تسألني) ~2 (المعلمة|المعلم|"
        "الاستاذ|الأستاذ|الاستاذة|الأستاذة|المدرسة|حدا|أحد|احد)? ~6 (اقول|أقول|قولي|قول|بقول|نقول)",
        PHYS,
    ),
    flag(
        "(أحسن|احسن|افضل|أفضل|ارتح|أريح) (لو|اذا|إذا) (ما|مش)? (كنت|كنتش|بكون) (موجود|موجودة|"
        "موجوده|عايش|عايشة|عايشه)",
        S,
        severity="medium",
    ),
    flag("(بيطعنوني|حيطعنوني|هيطعنوني|بطعنوني|بيطعني|حيطعني|هيطعني)", DANGER, BULLY),
    idiom(
        "(جرحت|قطعت|انجرحت|انقطعت) (إيدي|ايدي|يدي|اصبعي|إصبعي|صبعي) ~5 (بصل|البصل|خضرة|الخضرة|"
        "المطبخ|سكين المطبخ|بالغلط|عم قطع|عم اقطع|بقطع|اطبخ|بطبخ)"
    ),
    # Not being here soon.
    flag(
        "(قريبا|قريباً|قريب|بعد شوي|عن قريب|قريبًا) ~2 (ما رح|مش رح|لن|ما راح|مش هكون|ما بكون|مش "
        "حكون|ما حكون) (أكون|اكون|كون)? (موجود|موجودة|موجوده|هون|هنا|عايش|عايشة|عايشه)",
        S,
        severity="medium",
    ),
    # Hiding marks on the body; kept home until they fade.
    flag(
        "(اخبي|أخبي|اخفي|أخفي|بخبي|بخفي|نخبي|اغطي|أغطي) (الاثار|الآثار|الجروح|الندوب|العلامات|"
        "الجرح|الكدمات|اثار|آثار|جروح) ~3 (ايدي|إيدي|يدي|ذراعي|دراعي|رجلي|ايديا|جسمي)",
        SH,
        PHYS,
        severity="medium",
    ),
    flag(
        "(حتى|لين|لحد ما|لما) (تختفي|تروح|يروحوا|تخف|يختفوا|تزول|يخفوا) (العلامات|الكدمات|"
        "الاثار|الآثار|الازرقاق|الجروح)",
        PHYS,
    ),
    # A whole packet of tablets swallowed.
    flag(
        "(شربت|بلعت|اخذت|أخذت|اكلت|أكلت|ابتلعت) ~1 (علبة|علبه|كل|شريط|كيس) ~2 (البنادول|بنادول|"
        "الحبوب|الدواء|الدوا|باراسيتامول|الباراسيتامول|حبوب|دوا|ادوية|الأدوية)",
        DANGER,
        S,
    ),
    flag(
        "(اتزوج|اتجوز|يزوجوني|يزوجني|يجوزوني|يجوزني|زواجي|جوازي|زواج|عرسي|تزويجي) ~10 (عمري|"
        "وعمري|انا عمري) (10|11|12|13|14|15|16)",
        FM,
    ),
    flag(
        "(ياريتها ما جابتني|ياريته ما جابني|ياريتني ما انولدت|ليتني لم اولد|لو انني لم اولد|"
        "لو اني لم اولد|ما كان لازم انولد|ليتها لم تلدني)",
        EMO,
    ),
    # Suicide
    # Arabizi: Arabic in Latin letters with digits for the letters Latin lacks (3 = ع, 7 = ح,
    # 2 = ء, 5 = خ, 9 = ق / ص), as children type it in chats.
    flag(
        "{WANT_ARABIZI} (amot|amoot|amout|mot|mout|moot|emoot|mawt|el mot|ant7ar|anta7er|ante7er|"
        "ent7er|a2tol nafsi|a2tel nafsi|a2tel 7ali|a2tol 7ali|aktel 7ali|a5las|akhlas men 7ayati|"
        "anhi 7ayati)",
        S,
    ),
    # To sleep and not wake: "anam w ma as7a", and (blind set CW) Egyptian "nefsi anam w ma
    # as7ash tany", whose negation ends in -sh.
    flag(
        "{WANT_ARABIZI} (anam|nam|enam|inam) (w|wa|o|we|u) (ma|mesh|mish|msh|mush|la|wla)? "
        "(as7ash|as7aash|asha|ashash|a2oumsh|a2oum|2oum|3od fi2|afi2sh|afi2|afee2|as7a) (tany|"
        "tani|abadan|ba2a|tani abadan)?",
        S,
    ),
    flag("{WANT} (انام|نام) (ومصحاش|وما اصحاش|وماصحاش|ومقومش|وما اقومش|ومش اصحى|ومش هصحى)", S),
    # Kneeling on rice or salt as a punishment.
    flag(
        "(اركع|ركعت|يركعني|بركعني|ركعني|ركعوني|بيركعني) ~2 على (الرز|رز|الملح|ملح|الحصى|حصى)",
        PHYS,
        EMO,
    ),
    flag(
        "(baba|abi|abuya|abouya|abuy|bayi|zoj mama|zoj ommi) (byedrob|bidrob|byedrab|yedrab|"
        "yedrob|darab|drab) (mama|ommi|ummi|emmi|omi|mamti|ammi)",
        DOM,
        PHYS,
    ),
    # MSA and dialect: they want to marry me off.
    flag(
        "(يريد|يريدون|بده|بدهم|عايز|عايزين|يبغى|يبغون|يبون|قرروا|قرر) (ان)? (يزوجني|يزوجوني|"
        "يجوزني|يجوزوني|يزوجني لابن|زواجي)",
        FM,
    ),
    flag(
        "(ant7ar|anta7er|ante7er|enta7ar|inti7ar|enti7ar|2nta7er|santa7er|ra7 ant7er|ra7 anta7er)",
        S,
    ),
    flag(
        "{WANT} ~1 (اموت|موت|الموت|انتحر|اقتل نفسي|اقتل حالي|انهي حياتي|اختفي للابد|انام وما اصحى|"
        "انام ولا اصحى|اموت وارتاح)",
        S,
    ),
    flag("(اقتل|قتل|بقتل|رح اقتل|ساقتل|راح اقتل|ح اقتل) (نفسي|حالي|روحي)", S),
    flag(
        "(انتحار|الانتحار|انتحر|سانتحر|رح انتحر|راح انتحر|بنتحر|انتحاري|منتحر|منتحره|"
        "افكار انتحاريه)",
        S,
    ),
    flag(
        "(لا اريد|ما بدي|مش عايز|مش عاوز|ما ابغى|ما ابي|مابي|مابدي|ما اريد|لا ابغي) (ان)? (اعيش|"
        "عيش|العيش|الحياه|اكمل|اصحى|استيقظ|اكون موجود)",
        S,
    ),
    flag(
        "(ما|مش|لا|مو) (عاد|بعد|خلاص|ابدا)? (بدي|ابغى|ابي|اريد|عايز|عاوز|عايزه|عاوزه|حابب|"
        "حابه) (ان)? (اعيش|عيش|اكمل|اصحى)",
        S,
    ),
    flag("(انهي|انهاء|اخلص من|انهي) (حياتي|عمري)", S),
    flag("(ابلع|بلع|اشرب|اخذ|بلعت|اخذت|شربت) (كل|كامل|علبه|علبة|شريط) ~1 {PILLS}", S, SH),
    flag(
        "(جرعه زائده|جرعة زائدة|جرعه زايده|اوفر دوز|اوفردوز)", S, SH, unless=("first_aid_course",)
    ),
    flag(
        "(اقفز|انط|بنط|رح انط|ارمي نفسي|ارمي حالي) (من|عن|تحت) (الجسر|السطح|البنايه|الشباك|القطار|"
        "السياره|الشرفه|البلكونه)",
        S,
    ),
    flag("(اشنق|شنق|رح اشنق) (نفسي|حالي)", S),
    flag(
        "(الكل|الجميع|اهلي|الناس|العالم) (احسن|افضل|ارتاح|رح يرتاحو|سيرتاحون) (بدوني|من غيري|"
        "من دوني|لو مت)",
        S,
    ),
    flag(
        "(تعبت|مليت|زهقت|طفشت|كرهت) (من)? (الحياه|حياتي|العيش|عيشتي|الدنيا) ~3 (اموت|انتحر|ما بدي|"
        "خلص)?",
        S,
        severity="medium",
    ),
    flag("(رساله|رسالة|ورقه) (وداع|انتحار)", S),
    # Self-harm
    flag(
        "(اجرح|جرحت|بجرح|عم اجرح|اقطع|قطعت|بقطع|اؤذي|اذيت|باذي|بأذي|عم اذي|احرق|حرقت|اضرب) (نفسي|"
        "حالي|روحي|يدي|ايدي|ذراعي|معصمي|رجلي)",
        SH,
        unless=("recovered",),
    ),
    # Blind set CW: "حرقت إيدي بالفرن وأنا عم اعمل كعك" (I burnt my hand on the oven baking).
    idiom(
        "(حرقت|انحرقت|احترقت|جرحت|انجرحت|قطعت|انقطعت) (يدي|ايدي|اصبعي|صبعي|اصابعي) ~2 (بالفرن|"
        "من الفرن|بالطبخ|وانا اطبخ|وانا عم اطبخ|بالمي السخنه|بالزيت|بالمكوايه|بالمكواه|بالصوبيا|"
        "بسكينه|بسكين|"
        "بالشاي|بالقهوه|بالطنجره|من الطنجره|بالسكينه|بالسكين وانا|وانا عم اقطع|وانا اقطع|بالبصل)"
    ),
    context(
        "(منذ|من|صرلي|صار لي) (سنتين|سنه|ثلاث سنوات|سنين|فتره طويله|زمان) (وانا|و انا|انا)? (بخير|"
        "منيحه|منيح|كويس|كويسه|تمام|مرتاحه|مرتاح)|"
        # Blind set EG: "اليوم أنا بخير بعد العلاج" (today I am well, after treatment).
        "(اليوم|هلق|الحين|الان|حاليا) (انا)? (بخير|منيح|منيحه|كويس|كويسه|تمام) (بعد) (العلاج|علاج|"
        "الدعم|المساعده)|"
        # Blind set ES: "صار لي ثلاث سنين ما عملتها" (three years since I last did it).
        "(صار لي|صارلي|صرلي|من) (سنه|سنتين|ثلاث سنين|تلات سنين|# سنين|سنين) (ما|وما) (عملتها|عملته|"
        "اعملها|جرحت|اذيت)",
        "recovered",
    ),
    flag(
        "(ايذاء النفس|اذيه النفس|اذية النفس|ايذاء الذات|جرح النفس|سلف هارم)",
        SH,
        unless=("recovered",),
    ),
    flag(
        "(جروح|جرح|ندوب|اثار جروح|خطوط) (على|في|ب) (يدي|ايدي|ذراعي|ذراعاتي|معصمي|رجلي|فخذي|ايديها|"
        "يدها)",
        SH,
    ),
    flag("(شفره|شفرة|موس|مشرط|شفرات|موسى) ~3 (يدي|ايدي|نفسي|حالي|اجرح|دم|معصمي)", SH),
    # Physical abuse
    flag("{HIT_ME}", PHYS, unless=("game",)),
    # Blind set CP, in four languages: a parent's complaint about letters, a year after the
    # child's father hit her; "he's in prison now and she's home with me and safe". Only a hit
    # told beside both the prison and the safety stands down.
    context(
        "(هو|ابوها|ابوه|ابي|ابونا) (الان)? (في السجن|بالسجن) ~6 (وهي|وهو|ونحن|هي|الاولاد) (معي|"
        "معنا)? (وبامان|بامان|بخير|وبخير)",
        "perpetrator_jailed",
    ),
    flag("{HIT_KID}", PHYS, unless=("game", "perpetrator_jailed")),
    flag(
        "(كدمات|كدمه|ازرقاق|علامات|اثار ضرب) ~3 (من|بسبب) (ابي|ابوي|بابا|امي|ماما|زوج امي|الضرب|"
        "الحزام)",
        PHYS,
    ),
    flag(
        "(بالحزام|بالعصا|بالخرطوم|بالشبشب|بالسلك|بالنعال) ~2 (يضرب|بيضرب|ضرب|يضربني|ضربني)|(يضرب|"
        "بيضرب|ضرب|يضربني|ضربني) ~2 (بالحزام|بالعصا|بالخرطوم|بالشبشب|بالسلك|بالنعال)",
        PHYS,
    ),
    flag("(عنف|تعنيف|اساءه|اساءة) (جسدي|جسديه|جسدية|للاطفال|لي|ضدي)", PHYS),
    # Domestic abuse
    flag(
        "(زوج امي|زوج ماما|جوز امي|رجل امي) ~2 (يضربها|ضربها|بيضربها|يضرب امي|يعذبها|يخنقها|خنقها)",
        DOM,
    ),
    flag("{HIT_VERB} {MUM}", DOM, unless=("watched_film",)),
    flag("(عنف|العنف) (اسري|الاسري|منزلي|المنزلي|عائلي|العائلي)", DOM),
    flag("(الشرطه|الشرطة|البوليس) ~6 (ضرب|يضرب|عنف|خناق|مشكله)", DOM, severity="medium"),
    # Sexual abuse
    flag("{TOUCH_ME}", SEX),
    flag(
        "(اغتصبني|اغتصبها|اغتصاب|اغتصبوني|تحرش|التحرش|يتحرش|تحرش جنسي|اعتداء جنسي|اعتدى علي|"
        "اعتدى عليها|استغلال جنسي|تحرشات)",
        SEX,
    ),
    flag("(اماكن|اماكني|مناطق) (خاصه|خاصة|حساسه|حساسة|الخاصه|الحساسه)", SEX),
    flag(
        "(يجبرني|اجبرني|يخليني|خلاني|يطلب مني) ~2 (اخلع|اشلح|خلع|شلح|المس|العب ب|"
        "اتفرج على) ~2 (ملابسي|هدومي|تيابي|اواعي|جسمه|افلام)",
        SEX,
    ),
    flag(
        # "صورة عارية" (one picture) too (blind set FH: one made with AI and spread at school).
        "(صور|صوره|فيديو|فيديوهات) (عاريه|عارية|عري|خاصه|خاصة|بدون ملابس|بدون هدوم|سكسي)|(نودز)",
        SEX,
        EXP,
    ),
    flag(
        "(يدخل|دخل|بيدخل|يجي) (غرفتي|على غرفتي|لغرفتي|سريري|فراشي|لسريري) ~3 (بالليل|في الليل|"
        "الليل|وانا نايمه|وانا نايم|لما)",
        SEX,
    ),
    flag("(يفرجني|يوريني|ورجاني|يرسل لي|بعتلي) ~2 (افلام|صور|فيديو) (اباحيه|جنسيه|سكس|بورن)", SEX),
    hint(
        "(سرنا|سر بيننا|سر بينا|لا تقولي لاحد|لا تخبري احدا|لا تقول لاحد|ما تقولي لحدا|"
        "ما تقول لحدا|لا تخبر امك|لا تقولي لامك|ما تحكي لحدا)",
        "secrecy",
        SEX,
        EXP,
    ),
    # Gifts to the child, told by the child or of a daughter (blind set CU: a "friend" met online
    # "يبعتلها مصاري", sends her money, and wants to meet her at a hotel).
    hint(
        "(يشتري لي|يشتريلي|بيجيبلي|يعطيني|اعطاني|بيعطيني|يرسل لي|يبعتلها|يبعت لها|يبعث لها|"
        "يرسل لها|بيبعتلها|بيرسلها|يعطيها|بيعطيها|يشتريلها|يشتري لها|بيجيبلها|بعتلها|ارسل لها|"
        "اعطاها) ~2 "
        "(هدايا|فلوس|مصاري|جوال|موبايل|تلفون|ملابس|اغراض|رصيد)",
        "gifts",
        EXP,
        SEX,
    ),
    hint(
        "(يطلب مني|طلب مني|بده|يبغى|عايز) ~2 (ابعتله|ارسل|ابعث|اصور) ~2 (صور|صوره|صورتي|فيديو)",
        "image_request",
        SEX,
        EXP,
    ),
    hint(
        "(تلاقيه|يلاقيها|يقابلها|تقابله|تشوفه|يشوفها|يلتقي|تلتقي|يلتقيها|تلتقيه|لقاء|نتلاقى|"
        "نتقابل) ~4 (بفندق|في فندق|فندق|بالفندق|في الفندق|بشقته|في شقته|ببيته|في بيته)",
        "meet_up",
        SEX,
        EXP,
    ),
    hint(
        "(تعرفت|اتعرفت|تعرفت عليه|بحكي معه|اكلمه) ~3 (على النت|عالنت|اونلاين|على الانترنت|في لعبه|"
        "على سناب|على تيك توك|على انستا)",
        "online_contact",
        SEX,
        EXP,
    ),
    # Blind set DB: gifts in a game from someone who asks the child to move to another app and
    # delete the messages. Each alone is a weak sign.
    hint(
        "(بتاخد|بياخد|تاخد|ياخد|بتجيها|بيجيه|تستلم|يستلم|بيبعتلها|بيبعتله|يبعتلها|يبعتله) ~2 "
        "(هدايا|"
        "هديه|روبكس|روبوكس|سكنات|سكن|رصيد|فلوس|مصاري) ~3 (بروبلوكس|بروبلكس|في روبلوكس|بفورتنايت|"
        "في اللعبه|باللعبه|من شخص|من واحد|من رجل|من زلمه|من غريب)|(بيعطيه|يعطيه|بيبعتله|يبعتله|"
        "يرسل "
        "له|يشتريله|بيعطيها|يعطيها|بيبعتلها|يبعتلها|يشتريلها) ~2 (سكنات|سكن|روبكس|روبوكس|فيبكس|"
        "بطاقات هدايا)",
        "gifts",
        SEX,
        EXP,
    ),
    hint(
        "(بيطلب منها|يطلب منها|طلب منها|بيطلب منه|يطلب منه|طلب منه|بده ياها|بدو ياها|يبغاها|"
        "عايزها) ~2 "
        "(تنتقل|ينتقل|تروح|يروح|تحكي معه|تكلمه|تضيفه|يضيفه) ~2 (لتطبيق|على تطبيق|تطبيق|لبرنامج|على "
        "سناب|عالسناب|على تلغرام|عالتلغرام|على واتساب|عالواتس|على ديسكورد|خاص|عالخاص)|(بيسحبه|"
        "بيسحبها|يسحبه|يسحبها|يعزمه|يعزمها|يدعوه|يدعوها) ~2 (عالخاص|على الخاص|للخاص|شات خاص|دردشه "
        "خاصه|محادثه خاصه|سيرفر خاص)",
        "private_channel",
        SEX,
        EXP,
    ),
    hint(
        "(تمسح|يمسح|تحذف|يحذف|امسحي|احذفي|تمسحي|تحذفي|بتمسح|بتحذف) ~1 (الرسائل|الرسايل|المحادثات|"
        "المحادثه|الشات|الصور|المسجات)",
        "secrecy_digital",
        SEX,
        EXP,
    ),
    # Emotional abuse
    flag(
        "(يصرخ|بيصرخ|يصيح|تصرخ|بتصرخ) (علي|عليا|علينا|فيني) ~2 (كل يوم|دايما|دائما|طول الوقت|"
        "بدون سبب)",
        EMO,
        severity="medium",
    ),
    flag(
        "(يقول|بيقول|تقول|بتقول|يقولي|تقولي) ~2 (اني|انني|اني انا|انتي|انت) ~1 (غبي|غبيه|حمار|"
        "حماره|فاشل|فاشله|ما اسوى|ما بسوى|زباله|عاله|عبء|ما حدا بيحبني)",
        EMO,
        severity="medium",
    ),
    flag(
        "(يهينني|بيهيني|يذلني|بيذلني|يشتمني|بيشتمني|يحقرني|يهددني|بيهددني|تهينني|تذلني|تشتمني)",
        EMO,
        severity="medium",
    ),
    flag("{FEAR} (من)? (ابي|ابوي|بابا|امي|ماما|زوج امي|عمي|اخوي|منه|منها)", EMO, severity="medium"),
    flag(
        "(ليتني|يا ريتني|ريتني|ياريتك|ليتك) (ما|لم) (ولدت|انولدت|ولدتك)", EMO, S, severity="medium"
    ),
    flag("(عنف|اساءه|اساءة) (نفسي|نفسيه|لفظي|لفظيه|عاطفي)", EMO),
    # Neglect
    flag(
        "(لا يوجد|ما في|مافي|ما فيه|مفيش|ما عندنا|لا يوجد لدينا) (اكل|طعام|شي ناكله|شي ناكل|"
        "اكل بالبيت|اكل في البيت)",
        NEG,
        severity="medium",
        unless=("shopping",),
    ),
    context("(تتسوق|يتسوق|التسوق|تسوق|السوق|السوبرماركت|بيتزا|دليفري|طلب اكل|طلب أكل)", "shopping"),
    flag(
        "(لا يطعمونني|ما بيطعمونا|ما يطعمونا|ما بيطعموني|ما يعطوني اكل|ما بيعطوني اكل|ما بياكلوني|"
        "ما يأكلوني)",
        NEG,
    ),
    flag(
        "(ما اكلت|لم اكل|ما كلت|ما اكلنا) ~2 (من|منذ) ~1 (يومين|ثلاث ايام|تلات ايام|ايام|امبارح|"
        "البارحه|اسبوع)",
        NEG,
    ),
    flag(
        "(دايما|دائما|كل يوم|طول الوقت) (جوعان|جوعانه|جائع|جائعه|جعان|جعانه)",
        NEG,
        severity="medium",
    ),
    flag(
        "(يتركونني|يتركوني|بيتركوني|بيتركونا|تركوني|تركتني|تتركني|يخلوني) (وحدي|لوحدي|لحالي|"
        "لحالنا|وحدنا) ~3 (ايام|الليل|طول الليل|يومين|اسبوع)?",
        NEG,
    ),
    # Blind set CZ: "عمري 15 وأمي تركتني لحالي ساعة" (I'm 15, mum left me alone for an hour).
    idiom(
        "(تركتني|تركني|تركوني|خلتني|خلاني|خلوني) (وحدي|لوحدي|لحالي) ~2 (ساعة|ساعه|ساعتين|نص ساعة|"
        "نص ساعه|نصف ساعة|لساعة|لساعه)"
    ),
    # A young child left on its own for the whole day or night.
    flag(
        "(يتركون|يتركوا|بيتركوا|تترك|يترك|بتترك|بيترك|تركوا|يخلوا|بيخلوا) (الطفل|طفلهم|طفلها|"
        "طفله|البيبي|الرضيع|الولد الصغير|البنت الصغيرة|ابنهم|بنتهم|ابنها|بنتها) (وحده|لوحده|"
        "لحاله|وحدها|لوحدها|لحالها) ~3 (طول اليوم|كل اليوم|طول النهار|طول الليل|كل الليل|"
        "ايام|لساعات)",
        NEG,
    ),
    flag(
        "(امي|ابي|ابوي|بابا|ماما|اهلي|زوج امي) ~2 (يشرب|تشرب|بيشرب|سكران|سكرانه|يتعاطى|تتعاطى|"
        "مدمن|مدمنه|يشربون|مخدرات)",
        NEG,
        severity="medium",
    ),
    flag(
        "(لا احد|ما حدا|محدش|ولا واحد) ~1 (يهتم|بيهتم|بيسأل|يسال|يعتني) (بي|فيني|علي|عني|فينا)",
        NEG,
        severity="medium",
    ),
    flag("(اهمال|الاهمال|مهمل|مهملين)", NEG, severity="medium"),
    # Exploitation
    flag(
        "(يجبرونني|يجبروني|جبروني|بيخلوني|يخلوني|اجبروني) ~2 (على)? ~1 (بيع|ابيع|اوصل|توصيل|انقل|"
        "اخبي|اسرق)",
        EXP,
    ),
    flag(
        "(ابيع|ببيع|بيع|اوصل|بوصل|انقل) (مخدرات|المخدرات|حشيش|حبوب|طرود|اغراض) ~2 (لهم|له|للكبار|"
        "للشباب)?",
        EXP,
    ),
    flag("(علي|عليا) (دين|ديون|فلوس) (لهم|له|للشباب)|(انا)? (مديون|مديونه) (لهم|له)", EXP, TRAF),
    flag(
        "(يعطوني|بيعطوني|اعطوني|يدفعون|يدفعولي) (فلوس|مصاري)? (مقابل|عشان|لاجل) ~2 (صور|فيديو|"
        "اشياء|جنس)",
        EXP,
        SEX,
    ),
    flag("(يستغلونني|يستغلوني|استغلوني|استغلال|استغلالي)", EXP),
    # Trafficking
    flag(
        "(اخذوا|اخذ|اخدوا|سحبوا|خبوا|يحتفظون ب|ماسكين) (جوازي|جواز سفري|الجواز|اوراقي|هويتي|"
        "اوراقي الرسميه|وثائقي)|(واخد|واخدين|واخذ|واخذين|ماسكين|يحتفظون ب|محتفظ ب) (جوازاتنا|"
        "جوازاتهم|جوازنا|اوراقنا)",
        TRAF,
    ),
    flag(
        "(اعمل|اشتغل|بشتغل|نشتغل|يشغلوني|يشغلونا) ~3 (بدون اجر|بدون فلوس|بلا فلوس|ببلاش|مجانا|"
        "ما يدفعون|ما بيدفعوا|كل اليوم|طول الليل|بدل المدرسه)",
        TRAF,
        EXP,
    ),
    flag("(لا يدفعون لي|ما يدفعون لي|ما بيدفعولي|ما يعطوني راتب)", TRAF, severity="medium"),
    flag(
        "(المهرب|باعوني|باعني|جابوني هنا|جابوني لهون|جابونا)",
        TRAF,
        # Blind set DR: "جابونا هنا من سوريا لما كنت صغير" (brought here from Syria when I was
        # small), now 16 and asking about school certificates.
        unless=("arrived_as_child",),
    ),
    context(
        "(لما كنت صغير|لما كنت صغيره|لما كنت صغيرة|لما كنا صغار|وانا صغير|وأنا صغير|من سنين|قبل "
        "سنين|من زمان|"
        # Blind set EA: "جابونا بالباص عالرحلة المدرسية" (they took us by bus on the school trip).
        "الرحله المدرسيه|الرحلة المدرسية|عالرحله|عالرحلة|بالرحله|بالرحلة)",
        "arrived_as_child",
    ),
    # The harm's name alone: a school project or the news is not a disclosure.
    flag(
        "(اتجار بالبشر|الاتجار بالبشر|تهريب البشر|عبوديه|عبودية|عمل قسري)",
        TRAF,
        unless=("education", "fiction", "history"),
    ),
    flag("(دين|ديون) (الطريق|السفر|التهريب|الرحله)", TRAF),
    hint(
        "(لا يسمحون لي|ما بيخلوني|ما يخلوني|ممنوع|ما يسمحولي) ~2 (اطلع|الخروج|اخرج|اروح المدرسه|"
        "اتصل|احكي مع)",
        "confinement",
        TRAF,
        DOM,
        FM,
    ),
    # Forced marriage / FGM
    flag(
        "(يجبرونني|يجبروني|بدهم|يبغون|يريدون|عايزين|رح) ~2 (يزوجوني|يجوزوني|تزويجي|اتزوج|الزواج|"
        "زواجي|يخطبوني)",
        FM,
    ),
    flag(
        "(زواج) (قسري|بالاكراه|مبكر|القاصرات|قاصر|بالغصب)|(زوجوني|جوزوني|خطبوني) (غصب|بالغصب|غصبا)",
        FM,
    ),
    flag("(يزوجوني|يجوزوني) ~2 (ابن عمي|ابن خالي|رجل كبير|واحد كبير)", FM),
    flag(
        "(ختان|طهور|طهاره|خفض) (البنات|الاناث|الفتيات|اختي|بنتي|لي|للبنات)|(يختنوني|ختنوني|"
        "يطهروني|بدهم يطهروني|بدهم يختنوني)",
        FM,
        # "درسنا في حصة Modern Studies عن ختان الإناث" (blind set CN): a lesson.
        unless=("education",),
    ),
    # Radicalisation
    flag(
        "(يريدون|بدهم|عايزين|يبغون) ~2 (انضم|اروح|اسافر|اقاتل|افجر|اجاهد) ~2 (لهم|معهم|سوريا|"
        "العراق|الجهاد|الدوله)?",
        RAD,
    ),
    flag(
        "(داعش|الدوله الاسلاميه|دوله الخلافه|قتل الكفار|اقتل الكفار|نقتل الكفار|عمليه استشهاديه|"
        "استشهادي|حزام ناسف|تفجير)",
        RAD,
        # Blind set DS: "ابني بيدرس عن داعش والتطرف بحصة Modern Studies".
        unless=("education", "fiction", "history"),
    ),
    flag(
        "(اصنع|صنع|نصنع|اعمل|تصنيع) (قنبله|قنبلة|متفجرات|عبوه ناسفه)|(افجر|تفجير|نفجر|"
        "اطلق النار على) (المدرسه|الجامع|الكنيسه|الصف)",
        RAD,
        DANGER,
        severity="immediate",
    ),
    flag(
        "(الجهاد|جهاد) ~3 (انضم|اروح|اسافر|اقاتل|يقولون|بدهم|يريدون)|(انضم|اروح|اسافر|"
        "اقاتل) ~2 (الجهاد|جهاد)",
        RAD,
    ),
    # Immediate danger
    flag("{FEAR} ~2 (ارجع|اروح|رجعت|ارجع على|اروح على|العوده|الرجوع) ~1 {HOME}", DANGER),
    flag("(لست|مش|ما|انا مش) (بامان|بأمان|امان|آمن|امنه) ~2 (في البيت|بالبيت|في المنزل)", DANGER),
    flag("(انا|احنا) (في|ب) (خطر)|(انا بخطر|حياتي في خطر)", DANGER, severity="immediate"),
    flag(
        "(قفل|سكر|حبس|حبسني|قفلو|قفلوا|سكرو|حبسوني) (علي|عليا|علينا)? ~1 (الباب|الغرفه|في الغرفه|"
        "بالغرفه|بالحمام|في الحمام)",
        DANGER,
        severity="immediate",
        unless=("game",),
    ),
    flag(
        "(معه|عنده|ماسك|حامل|طلع) (سكين|السكين|مسدس|سلاح|ساطور)|(يهددني|هددني|يهدد امي) (بسكين|"
        "بالسكين|بالمسدس|بالسلاح)",
        DANGER,
        severity="immediate",
        unless=("game", "fiction", "weapon_harmless"),
    ),
    flag(
        "(رح يقتلني|بده يقتلني|سيقتلني|راح يقتلني|حيقتلني|هيقتلني|يبي يقتلني|يريد قتلي|"
        "حاول يقتلني|هددني بالقتل)",
        DANGER,
        PHYS,
        unless=("game",),
    ),
    # Held-out DJ (the model's catch until the contact answers joined training): "jabuna 3a
    # scotland b shahne w bidon nedfa3 dayn abel ma nitla3", a debt to pay before they may leave.
    flag(
        "(nedfa3|nidfa3|ndfa3|nedfa3o|nidfa3o|nsadded|ندفع|نسدد|يدفعوا|ندفعه) (el|al|il)? (dayn|"
        "dein|deen|الدين|الديون|دين) ~3 (abel|2abel|qabl|before|قبل|لحتى|حتى) (ma)? (nitla3|netla3|"
        "nrou7|"
        "nro7|نطلع|نروح|نمشي|نتحرك)",
        TRAF,
        EXP,
    ),
    # Blind set DI: children working all day at a car wash, not at school, sleeping in the shop;
    # "no point in anything", and thinking a lot about the train.
    hint(
        "(اطفال|أطفال|ولاد|صغار|بزارين) (يشتغلون|بيشتغلو|يشتغلوا|شغالين|يشتغلو) ~4 (طول اليوم|كل "
        "اليوم|ليل نهار|من الصبح لليل)",
        "child_labour",
        TRAF,
        EXP,
    ),
    hint(
        "(ينامون|بينامو|ينامو|ينامون|نايمين) (في|ب|بال|جوا) ~1 (المحل|الورشه|المغسله|المطعم|"
        "المستودع|المزرعه)",
        "living_at_work",
        TRAF,
        EXP,
    ),
    hint("(ما في|مافي|ما فيه|مافيه) (فايده|فائده|فايدة|فائدة) (من|مني|من اي|من أي)", "no_point", S),
    hint(
        "(افكر|أفكر|بفكر|اتخيل|أتخيل) (كثير|كتير|دايما|دايماً|كل يوم)? (بالقطار|في القطار|بالجسر|"
        "بالسكه|بالسكة|بسكه الحديد)",
        "plan_place",
        S,
    ),
    # Blind set DH: marks on a child's back "from playing", and a father who warned them not to
    # tell; vomiting after every meal that only the school nurse noticed.
    hint(
        "(العلامات|الكدمات|الاثار|الآثار|العلامه|الكدمه) (اللي)? (على|ع) (ضهري|ظهري|ايدي|رجلي|جسمي|"
        "وجهي|رقبتي)",
        "injuries",
        PHYS,
    ),
    hint(
        "(بابا|ابوي|أبوي|ابي|ماما|امي|أمي|عمي|جوز امي) (حذرني|هددني|قلي|قالي|قاللي) (ما|لا|انه ما) "
        "(احكي|أحكي|اقول|أقول|اخبر|أخبر|احكي لحدا)",
        "silenced",
        PHYS,
    ),
    flag(
        "(صرت|بصير|عم) (استفرغ|أستفرغ|اتقيأ|أتقيأ|ارجع|رجع) (بعد|بعد كل) (اكله|أكلة|أكله|اكل|الاكل|"
        "وجبه|وجبة|الأكل)",
        SH,
        severity="medium",
    ),
    # Blind set DG: a classroom assistant who pinches an autistic boy and pulls his hair.
    flag(
        "(بتقرص|بيقرص|تقرص|يقرص|قرصت|قرص|بتقرصه|بيقرصه) (ابني|بنتي|الولد|البنت|ابنها|الاولاد|"
        "الاطفال|ولدي)|(بتشد|بيشد|تشد|يشد|شدت|شد) (شعره|شعرها|شعر ابني|شعر بنتي|شعري)",
        PHYS,
    ),
    # Blind set DF: "I feel I deserve the pain, I can't stop"; a wedding being prepared that the
    # family laughs about when a girl of 15 asks whose it is; a girl kept in her room and only
    # shouted at.
    flag(
        "(بستاهل|استاهل|بستحق|استحق|بستاهلو|استاهله) (الوجع|الالم|الألم|العذاب)",
        SH,
        severity="medium",
    ),
    hint(
        "(يحضروا|بيحضروا|عم يحضروا|يجهزوا|بيجهزوا|عم يجهزوا|بيحضرو|يحضرو) ~2 (لعرس|عرس|للعرس|"
        "لخطوبه|خطوبه|لكتب الكتاب)",
        "wedding_prepared",
        FM,
    ),
    hint("(عمري|انا عمري|عمري بس) (12|13|14|15|16|17)", "child_age", FM),
    hint(
        "(ما بقدر|ما اقدر|ممنوع) (اطلع|أطلع) (من|برا) (غرفتي|اوضتي|البيت) ~3 (الا|إلا|غير) "
        "(للمدرسه|عالمدرسه)",
        "shut_in",
        EMO,
    ),
    hint(
        "(ما عاد|ما) (يحكي|بيحكي|تحكي|بتحكي) (معي|معاي) (غير|الا|إلا) (بالصريخ|بالصراخ|بالصياح|"
        "بالمسبات)",
        "shouted_at",
        EMO,
    ),
    # Blind set DC: a child who cowers when someone raises a hand; a non-speaking boy who screams
    # at the sight of his taxi escort, with red marks on his head and hair pulled out.
    flag(
        "(يرتجف|بيرتجف|ينكمش|بينكمش|يتخبى|بيتخبى|يغطي راسه|بيغطي راسه|يغطي وجهه|ترتجف|تنكمش|"
        "بتتخبى) "
        "~5 (يرفع|رفع|يرفعوا|حدا يرفع|حد يرفع|ترفع) (ايده|يده|ايدو|ايد|ايدها|يدها|ايديه)",
        PHYS,
        severity="medium",
    ),
    hint(
        "(يصرخ|بيصرخ|صار يصرخ|يبكي|بيبكي|صار يبكي|يرتعب|بيرتعب|تصرخ|بتصرخ|صارت تصرخ) (كل ما|كلما|"
        "لما) "
        "(شاف|يشوف|بيشوف|شافت|تشوف) ~1 (المرافقه|المرافق|السايق|السواق|المعلمه|المعلم|الاستاذ|"
        "المربيه|الحاضنه|عمه|خاله|جوز|زوج)",
        "fear_of_person",
        PHYS,
    ),
    hint(
        "(اثار|آثار|علامات|كدمات|خرابيش|جروح) (حمرا|حمراء|زرقا|زرقاء)? ~2 (على|ع) (راسه|راسها|جسمه|"
        "جسمها|ظهره|ظهرها|وجهه|وجهها|ايده|ايدها|رقبته|رقبتها)|(شعر|شعره|شعرها) (مقطوع|منتوف|مشدود)",
        "injuries",
        PHYS,
    ),
    # Blind set DD: "the great replacement", and asking when a place of worship is fullest.
    flag(
        "(الاستبدال العظيم|الاستبدال الكبير|نظريه الاستبدال)",
        RAD,
        unless=("education", "fiction", "history"),
    ),
    hint(
        "(امتى|إمتى|متى|وقتيش|اي ساعه|أي ساعة) ~4 (الجامع|المسجد|الكنيسه|الكنيس|المعبد) ~3 (مليان|"
        "مليانه|مزدحم|مزدحمه|زحمه|فيها ناس كتير|اكثر ناس)",
        "worship_busiest",
        RAD,
    ),
    # Blind set DC (in Arabic script and Arabizi): the man the family lives with sends the older
    # children out at night, they come back at dawn exhausted, and may not go to school.
    hint(
        "(يبعت|بيبعت|ياخد|بياخد|يطلع|بيطلع) (الولاد|الاولاد|البنات|العيال) ~3 (بالليل|في الليل|كل "
        "ليله|"
        "طول الليل)|(يرجعوا|بيرجعوا|يرجعو|بيرجعو) ~2 (الفجر|عالفجر|الصبح) ~2 (تعبانين|هلكانين)|"
        "(yeb3at|byeb3at|yib3at|bib3at|byb3at|beyb3at) (el|al|il)? (wlad|awlad|3eyal|bnat|banat) "
        "~3 "
        "(bel leil|bil lel|bil leil|fel leil|bel lel|bellel)|(yerga3o|byerga3o|yirja3o|yerja3o|"
        "yerga3u) ~2 (el fagr|al fajr|il fajr|el fajr|elsob7|el sob7) ~2 (ta3baneen|ta3banin|"
        "halkanin|halkaneen)",
        "out_all_night",
        TRAF,
        EXP,
    ),
    hint(
        "(ممنوع|مش مسموح|مو مسموح|ما بيخليهم|ما بيسمحلهم|ما يخليهم) ~2 (يروحوا|يروحو|يروح|تروح|"
        "تروحي) (على|ع|عال)? (المدرسه)|(mamnoo3|mamnou3|mamnu3|mamno3|mish masmou7|mesh masmo7|"
        "mish masmo7) ~2 (yroo7o|yro7o|yru7u|yrou7o|troo7|tro7|yroo7|yro7) (3al|3ala|el|al|il)? "
        "(madrasa|madrase|madraseh|madrasseh|school)",
        "kept_from_school",
        TRAF,
        EXP,
    ),
    # Blind set DB: a threat to kill a parent and the children, heard through the wall.
    flag(
        "(رح اقتلك|راح اقتلك|حقتلك|ح اقتلك|بقتلك|ساقتلك|سأقتلك|هقتلك|اقتلك|رح اذبحك|بذبحك) ~2 "
        "(والولاد|والاولاد|وولادك|واولادك|والاطفال|والأطفال|والعيال|وعيالك|والبنات|والصغار|مع "
        "الولاد|"
        "مع الاولاد|مع ولادك|انتي والولاد|انت والولاد)",
        DOM,
        DANGER,
        firm=True,
    ),
    flag(
        "(يصرخ|صرخ|بيصرخ|عم يصرخ|يصيح|صاح|هدد|يهدد|بيهدد) ~3 (انه|إنه)? (رح يقتل|راح يقتل|بده يقتل|"
        "سيقتل|بيقتل|حيقتل) (مرته|زوجته|امي|أمي|ماما|الولاد|الاولاد|ولاده|اولاده)",
        DOM,
        DANGER,
    ),
    flag("(يقتلني|رح يقتلني|بيقتلني) (اذا|لو|ان) (قلت|حكيت|خبرت|قلتلك)", PHYS, EMO, firm=True),
    # A threat to stab: never the hyperbole that "he'll kill me" can be.
    flag(
        "(رح|راح|سوف|بدهم|بده|حي|هي|ح|بدو) ~1 (يطعنوني|يطعنني|يطعنوا|يطعنونني|يطعني|يطعنو|"
        "يضربوني بالسكين|يضربني بالسكين)|(سيطعنونني|سيطعنني|هددوني بالسكين|هددني بالسكين)",
        DANGER,
        BULLY,
        unless=("game",),
    ),
    # Only the cry for rescue: "ساعدوني" also opens everyday requests, as "help me" does.
    flag("(انقذوني|النجده|الحقوني)", DANGER, unless=("chase_game", "tech_trouble")),
    # "النجدة! موقع المدرسة لا يعمل": a cry for help with a website (blind set CN).
    context(
        "(الموقع|موقع|الواي فاي|الانترنت|النت|التطبيق|الكمبيوتر|اللابتوب|الاستماره|البرنامج) ~3 "
        "(لا يعمل|ما بيشتغل|مش شغال|معطل|واقف|خربان|ما يشتغل|ما يفتح|ما بيفتح|لا يفتح)",
        "tech_trouble",
    ),
    # Bullying
    flag(
        "(يضربونني|يضربوني|ضربوني|بيضربوني|يدفشوني|يهددوني) ~3 (في المدرسه|بالمدرسه|بالمدرسة|"
        "بعد المدرسه|الطلاب|الاولاد|البنات)",
        BULLY,
        PHYS,
    ),
    flag("(قالوا|قالولي|يقولون|بيقولولي) (لي)? ~2 (اقتل نفسك|موت|روح موت|انتحر)", BULLY, S),
    # A bus escort who ties a boy's hands with a scarf (blind set CL).
    flag(
        "(تربط|يربط|ربطت|ربطوا|بتربط|بيربط|يربطون|بيربطوا|عم تربط|عم يربط) (ايدين|ايديه|يديه|ايدي|"
        "يدي|ايديها|يديها|رجلين|رجليه|رجليها)",
        PHYS,
    ),
    # Classmates who write "kill yourself" in a group chat every day (blind set CJ).
    flag(
        "(يكتب|يكتبون|بيكتبوا|كتبوا|يكتبوا|يبعتولي|يبعتوا|بيبعتوا|يرسلون|يرسلوا|يرسلولي) ~6 "
        "(اقتل نفسك|انتحر|روح موت|روح انتحر)",
        BULLY,
        S,
    ),
    # A letter to mum, hidden, and "will anyone notice if I'm not here next week?" (blind set CJ).
    hint(
        "(كتبت|كاتب|كاتبه|كتبتلها) (رساله|ورقه|مكتوب) (لامي|لماما|لابي|لبابا|لاهلي|لعيلتي|للكل|"
        "لاخوي|لاختي) ~2 (وخباتها|وخبيتها|خباتها|خبيتها|تحت المخده|تحت الوساده|وتركتها)",
        "plan_note",
        S,
    ),
    hint(
        "(سيلاحظ|يلاحظ|بيلاحظ|حيلاحظ|رح يلاحظ|راح يلاحظ|بيحس|رح يحس|سيهتم) (احد|حدا|حد|اي حد) ~1 "
        "(اذا|لو|ان) (لم|ما|مش|مو)? (اكن|كنت|رحت|جيت|اجي|اكون)",
        "notice_gone",
        S,
    ),
    flag("(تنمر|التنمر|يتنمرون|بيتنمروا) ~6 (اموت|انتحر|اقتل نفسي|اجرح|يضربوني)", BULLY),
    # Plan, timing
    soon("{TONIGHT}"),
    plan(
        "(جمعت|عندي|خبيت|اشتريت) ~2 ({PILLS}|حبل|شفرات|شفره)|(عندي|عملت) (خطه|خطة)|(كتبت) (رساله|"
        "رسالة|ورقه)|(الجسر|السطح|سكه القطار)"
    ),
    now("(الان|هلق|هلا|دلوقتي|الحين|هسه|هسا|مره ثانيه|كمان مره|رجع|بالبيت هلق)"),
    context(
        "(مشروع|مشروعنا|درس|الدرس|درسنا|في الحصه|الحصه|حصه|ماده|مادة|المدرسه علمتنا|تعلمنا عن|"
        # Blind set DL: "بدرس التاريخ حكوا عن الاتجار بالبشر" (in the history lesson).
        "بدرس|بالدرس|بحصه|بالحصه|للدرس|"
        "بحث عن|بحث مدرسي|بحثا مدرسيا|مشروع مدرسي|"
        "الدراسات الحديثه|الاسعافات الاوليه|"
        # Blind set DK: the clinic's leaflet about FGM is only in English.
        "النشره|نشره|المنشور|منشور|بروشور|البروشور|"
        # Blind set EX: a documentary shown before a school trip.
        "وثائقي|الوثائقي|فيلم وثائقي|"
        # Blind set FB: "درسوا بالمدرسة عن ختان البنات" (they taught it at school).
        "درسوا|درسنا|درسونا|تعلمنا|تعلموا|علمونا|"
        # Blind set FW: mothers running awareness sessions on FGM and the law.
        "توعية|توعيه|جلسات توعية|جلسة توعية|حملة توعية)",
        "education",
    ),
    # Arabizi (blind set CC): a school project, a lesson, research.
    context("(mashrou3|mashroo3|mashari3|ba7th|bahth|dars|el dars)", "education"),
    context(
        # Blind set FY: a school play about child marriage.
        "(فيلم|الفيلم|مسلسل|المسلسل|روايه|الروايه|قصه|القصه|الاخبار|بالاخبار|الاخبار عن|مسرحية|"
        "مسرحيه|المسرحية|المسرحيه|"
        # Blind set GC: the teacher "explained to us" the body's private places in a lesson.
        "شرحتلنا|شرحت لنا|شرحلنا|شرح لنا|الدرس كان)",
        "fiction",
    ),
    context(
        "(فورتنايت|ماينكرافت|روبلوكس|ببجي|pubg|fortnite|minecraft|roblox|اللعبه|لعبه|باللعبه|"
        "في اللعبه|الوحش|الزعيم|بالكره|الكره|كره القدم|فوتبول|بالفوتبول|المدرب|التمرين|المباراه|"
        "الماتش|ماتش|بلايستيشن|بلاي ستيشن|playstation|ps5|xbox|اكس بوكس|كاراتيه|بالكاراتيه|"
        "الكاراتيه|تايكوندو|جودو|ملاكمه|بالملاكمه|"
        # Blind set DS: "يضربني كل مرة بالبلايستيشن" (beats me every time at PlayStation); a
        # boy hit by mistake "بالكورة".
        "بالبلايستيشن|بالبلاي|بالفيفا|فيفا|بالفورتنايت|بالكوره|الكوره|كوره)",
        "game",
    ),
    # "الحقوني، رح يمسكوني!" in hide and seek or cops and robbers: only the cry is cancelled.
    context("(غميضه|الغميضه|استغمايه|حراميه وشرطه|شرطه وحراميه|عسكر وحراميه)", "chase_game"),
    context("(الكيكه|كيكه|الكيك|كيك|التورته|تورته|قالب الحلوى|الشموع)", "weapon_harmless"),
    tag(
        "(في المدرسه|بالمدرسه|المدرسه|الطلاب|زملائي|زملاي|بعد المدرسه|الصف|بالصف)",
        BULLY,
        *PEER_HARMS,
    ),
    # الوداع: شكرا على كل شي، أغراض تُعطى، والسماح من فوق السطح.
    hint(
        "(شكرا|شكراً|مشكورين) (لكم|الكم|إلكم)? على (كل شي|كل شيء|كلشي|كل شى)",
        "farewell_thanks",
        S,
    ),
    hint(
        "(البلايستيشن|بلايستيشن|البلاي|الاكس بوكس|قطتي|القطة|اغراضي|أغراضي|تلفوني|موبايلي) "
        "(اعطوه|اعطوها|أعطوه|أعطوها|عطوه|عطوها)|(اعطوا|أعطوا|عطوا) "
        "(البلايستيشن|قطتي|اغراضي|أغراضي)",
        "farewell_giving",
        S,
    ),
    # Told of a son: his things given away, letters to the whole family, "you won't have to
    # worry about me after the weekend".
    hint(
        "(عطى|اعطى|أعطى|وزع|وزّع) (كل)? (اغراضه|أغراضه|اغراضها|أغراضها|اشياءه|أشياءه|اشياءها|"
        "البلايستيشن|الجيتار|قطته|قطتها|كلبه|كلبها)",
        "farewell_giving",
        S,
    ),
    hint(
        "(كتب|كتبت|كتبتلكم|كتبت لكم) (رسائل|رساله|رسايل|رسالة) (لكل|للكل|لكل العيله|لاهله|لأهله|"
        "لاهلها|لأهلها|لكم)",
        "plan_note",
        S,
    ),
    hint(
        "(ما رح|مش رح|ما راح|لن) (تضطري|تضطر|تضطروا|تحتاجي|تحتاج|تحتاجوا) (تقلقي|تقلق|تقلقوا|"
        "تخافي|تخاف) (علي|عليّ|عليه)",
        "farewell_future",
        S,
    ),
    hint("(فوق|على) (سطح|السطح)", "plan_place", S),
    flag("(فوق|على) (سطح|السطح) ~4 (سامحوني|سامحني|سامحيني)", S),
    flag(
        "(اذب|أذب|ارمي|أرمي|برمي|بنط|انط|أنط|نط) نفسي (من|مِن) ~2 "
        "(السطح|الشباك|البلكونة|الجسر|الطابق)",
        S,
    ),
    flag(
        "(بدي|اريد|أريد|ابغى|أبغى|عايز|عاوز|ودي) (نام|انام|أنام) (وما|ولا|و ما) "
        "(فيق|افيق|أفيق|اصحى|أصحى)",
        S,
    ),
    flag("(اكتل|أكتل|بكتل|حكتل|اقتل|أقتل|بقتل|حقتل) (روحي|نفسي)", S),
    # Blind set DN: "ابن الجيران عمره 4 سنين، شفته بالشارع لحاله الساعة 11 بالليل حافي" (the
    # neighbours' boy of four, alone in the street at eleven at night, barefoot; typed with
    # Arabic-Indic digits, which the screen reads as these).
    flag(
        "(عمره|عمرها|عمرهما|عمرهم|اعمارهم|أعمارهم) (حوالي|تقريبا)? (1|2|3|4|5|6|7|سنه|سنتين|ثلاث|"
        "اربع|خمس|ست|سبع) ~3 (سنين|سنوات|سنه)? ~8 (وحدهما|لوحدهما|لحالهما|وحدهم|لوحدهم|لحالهم|"
        "لحاله|"
        "لحالها|لوحده|لوحدها|وحده|وحدها) ~4 (الساعه|بالليل|الليل|نص الليل|منتصف الليل|حافي|حافيه|"
        "بالشارع|بالبرد|الشارع|ليلا|ليلاً|بدون احذيه|بدون أحذية|حفاه|حفاة)",
        NEG,
        DANGER,
    ),
    # Blind set DO: "رجعت لعادتي القديمة مع الموس امبارح" (back to my old habit with the razor).
    flag(
        "(رجعت|رجعنا|عدت|رجع|رجعت ل) ~2 (عادتي|لعادتي|العاده|للعاده|عادتها|لعادتها) (القديمه|"
        "القديمة)? ~3 (الموس|موس|الشفره|شفره|الشفرة|المشرط|الكتر|القطع|التقطيع|الجرح|الحرق)",
        SH,
    ),
    # Blind set DP: a girl locked in a room and kept from school; a boy next door always alone
    # and hungry (Arabizi); ten in one room and the boss takes all the wages.
    flag(
        "(مسكرين|قافلين|سكروا|قفلوا|حابسين|حبسوا|مقفلين|مسكّرين) (عليها|عليه|عليهم) "
        "(ب|في|بال)? ~1 (غرفه|الغرفه|بغرفه|بالغرفه|الاوضه|اوضه|باوضه|بالاوضه|الحمام|بالحمام|"
        "البيت|بالبيت)",
        NEG,
        EMO,
        PHYS,
    ),
    flag(
        "(dayman|daiman|tol el wa2t|tool el wa2t|kol yom)? (lewa7do|lewa7da|la7alo|la7alha|lahalo|"
        "wa7do|wa7dha|lwa7do|lwa7da) ~2 (w|we|wa|o)? (ga3an|ga3ana|jo3an|jou3an|jaw3an|ja3an|"
        "ju3an|ge3an)",
        NEG,
    ),
    hint(
        "(المعلم|الكفيل|صاحب الشغل|المدير|الريس|المعلّم|الشيف|الباش) (بياخد|ياخد|ياخذ|اخد|اخذ|أخذ|"
        "بياخذ|بيشيل|يشيل|ماخد|ماخذ) (كل|كامل|نص)? (المعاش|الراتب|المصاري|الفلوس|الاجره|الأجرة|"
        "معاشنا|رواتبنا|مصرياتنا)",
        "wages_taken",
        TRAF,
        EXP,
    ),
    hint(
        "(عايشين|ساكنين|نايمين|نعيش|نسكن|ننام) (#|##|عشره|عشرة|تسعه|ثمانيه|كتير|كثير) ~2 (بغرفه|"
        "في غرفه|بغرفة|في غرفة|باوضه|بأوضة) (وحده|واحده|وحدة|واحدة)",
        "crowded",
        TRAF,
        EXP,
    ),
    # Blind set DQ: "إنك فاشلة وليتك ما انولدتي" (a failure, I wish you'd never been born); an
    # uncle who did "things that weren't nice" with me when I was small.
    flag(
        "(ليتك|ياريتك|يا ريتك|ياليتك|يا ليتك|ريتك) (ما|ماا|لو ما) (انولدت|انولدتي|خلقت|خلقتي|"
        "جيت|جيتي|كنت|كنتي)",
        EMO,
    ),
    flag(
        "(كان|بيعمل|يعمل|عمل|كان يعمل|كان بيعمل) (معي|فيني|فيي|بي|فيا|معايا) (أشياء|اشياء|شغلات|"
        "حاجات) (مش منيحه|مش منيحة|مش كويسه|مش كويسة|وحشه|وحشة|غلط|مو زينه|مو زينة|مش حلوه|"
        "مش حلوة|مش مريحه|ما بحبها)",
        SEX,
    ),
    # As in English and Polish (blind set DP): "لا، هو بالغرفة الثانية" (no, he's in the next
    # room).
    flag(
        "^ (لا|لأ|لاء|la2|la) ~1 (هو|هي|هم|بابا|ابوي|أبوي|زوج امي|huwe|howa) (بالغرفه|بالغرفة|"
        "بالاوضه|بالأوضة|جنبي|ورا الباب|عالباب|fel ghorfe|jambi) (الثانيه|الثانية|التانيه|"
        "التانية|اللي جنبي)?",
        DANGER,
        DOM,
        severity="medium",
    ),
    # Blind set DR: boys on the bus who call a boy a terrorist and set fire to his jacket.
    flag(
        "(ولعوا|ولّعوا|حرقوا|اشعلوا|أشعلوا|ولعو|حرقو) (النار|نار)? (في|ب|بـ|فيه)? ~1 (جاكيته|"
        "جاكيتو|"
        "جاكيت|جاكيتها|ملابسه|تيابه|ثيابه|شعره|شعرها|شنطته|جزمته|قميصه)",
        BULLY,
        PHYS,
    ),
    # Blind set DT: a girl back from a family visit abroad walking with difficulty, long in the
    # toilet, crying.
    flag(
        "(عادت|رجعت|رجعت من|رجعت بعد) ~8 (تمشي بصعوبه|تمشي بصعوبة|مش قادره تمشي|مش قادرة تمشي|"
        "ما تقدر تمشي|ما بتقدر تمشي|تعرج|بتعرج|صعوبه بالمشي|صعوبة بالمشي)",
        FM,
        severity="medium",
    ),
    # Blind set DS, a native-speaker panel in four languages: "il7a2ouni ma3o sikkeen" (help
    # me, he has a knife) in Arabizi.
    now("(il7a2ouni|el7a2ouni|il7a2ooni|el7a2ooni|l7a2ouni|l7a2oni|il7a2oni|el7a2oni|ilha2ouni)"),
    flag(
        "(ma3o|ma3ah|m3o|ma3a|ma3ha|m3ah|ma3oh|maah) (sikkeen|sikkin|sekkeen|sikine|sekina|sakina|"
        "sikkine|sikeen|skeen|sakeen|sikkina)",
        DANGER,
        PHYS,
        severity="immediate",
    ),
    # ...a football coach who messages a boy at two in the night, "keep it between us", and
    # bought him a new phone.
    hint(
        "(خلي|خليه|خلّي|خليها|خلينا) (الموضوع|الامر|السر|هالشي|الكلام|ده|دا) (بينا|بيننا|بيناتنا|"
        "سر|سرّ)",
        "secrecy",
        SEX,
        EXP,
    ),
    hint(
        "(جابله|جابلها|اشتراله|اشترالها|اشترى له|اشترى لها|جاب له|جاب لها|جابلو|جابلي) (تليفون|"
        "تلفون|موبايل|جوال|ايفون|آيفون|تابلت|بلايستيشن|جوتي|جزمه|فلوس)",
        "gifts",
        SEX,
        EXP,
    ),
    hint(
        "(رسايل|رسائل|مسجات|بيبعت|يبعت|بيكلم|يكلم|يتصل|بيتصل|يراسل) ~4 (الساعه # بالليل|الساعه # "
        "الفجر|بالليل|نص الليل|بنص الليل|الفجر)",
        "online_contact",
        SEX,
        EXP,
    ),
    # ...a son with two phones, expensive trainers and no job, home at three, a car that
    # fetches him.
    hint("(تلفونين|تليفونين|جوالين|موبايلين|تلفونين جداد)", "phone_given", EXP),
    hint("(جوتي|جزمه|جزمة|حذاء|احذيه|اواعي|ملابس) (غاليه|غالية|غالي|ماركه|ماركة)", "gifts", EXP),
    hint(
        "(يرجع|بيرجع|يجي|بيجي|يوصل) ~2 (الساعه)? (#|##) (الفجر|بالليل|الصبح)",
        "out_late",
        EXP,
    ),
    hint(
        "(سياره|سيارة|عربيه|عربية) (تجي|بتيجي|بتجي|تيجي|تاجي|بتاجي) (تاخذه|تاخده|توخذه|تاخدو|"
        "تاخذها|تاخدها)",
        "picked_up",
        EXP,
    ),
    # ...a grandmother who hits with the slipper (Iraqi: "تضربنا بالنعال").
    flag(
        "(تضربنا|يضربنا|تضربني|يضربني|بتضربنا|بيضربنا|تضربه|تضربها|يضربه|يضربها|تبسطنا) "
        "(بالنعال|بالنعال|بالشبشب|بالشحاطه|بالحزام|بالعصا|بالخرطوم|بالسلك|بالصندل|بالقشاط)",
        PHYS,
    ),
    # ...a girl of 14 with a burn on her face "from the iron by accident", the third injury
    # this month.
    hint(
        "(حرق|كدمه|كدمات|جرح|ورم|زرقه) (في|ب|على)? (وشها|وجهها|وشه|وجهه|ايدها|رقبتها|ايده|رقبته)|"
        "(وفي|في|ب|على|وعلى) (وشها|وجهها|وشه|وجهه|ايدها|رقبتها|ايده|رقبته) (حرق|كدمه|كدمات|جرح|ورم|"
        "زرقه)",
        "injuries",
        PHYS,
    ),
    hint(
        "(تالت|ثالث|رابع|تاني|ثاني|كل) (مره|مرة) ~4 (اصابه|إصابة|بإصابة|باصابه|مجروحه|متعوره|"
        "بكدمات|بحرق)",
        "repeated_injuries",
        PHYS,
    ),
    # As in English (blind set DY): someone else who wants to die, "صاحبتي بدها تموت".
    flag(
        "(بدها|بده|بدو|تبي|يبي|تبغى|يبغى|عايزه|عايزة|عايز|عاوزه|عاوزة|عاوز|تريد|يريد|حابه|حابة|"
        "حابب|ودها|وده|تتمنى|يتمنى) (تموت|يموت|تنتحر|ينتحر|الموت)",
        S,
    ),
    # Blind set DV: kids at school who send my photo to the whole class and threaten to beat me
    # after school (Arabizi).
    flag(
        "(yhaddedo|yhaddidu|yhadedo|hadadoni|hadadouni|biyhaddedo|yhadidouni|bihadidoni) ~2 "
        "(yedrbooni|yedrabooni|ydrbooni|yedrboni|yodroboni|yedrbouni|y2tlouni|y2tloni|yedraboni)",
        BULLY,
        PHYS,
    ),
    # Blind set EC: a mother who fled her husband with the children, and he found the new
    # address; "I pulled him by the hair and threw him on the floor" (a parent's own words); a
    # father of two with "no wish to live".
    hint(
        "(هربت|هربنا|طلعت|تركت|رحت) (من|مع) ~1 (زوجي|جوزي|طليقي|ابو الاولاد|أبو الأولاد)",
        "fled",
        DOM,
    ),
    hint(
        "(عرف|لقى|وصل|اكتشف|عرفوا|لقي) (عنوان|العنوان|عنواننا|عنوان السكن|بيتنا|البيت) (الجديد)?",
        "found_us",
        DOM,
    ),
    flag(
        "(شديته|شدّيته|شديتها|سحبته|سحبتها|مسكته|مسكتها) (من|م) (شعره|شعرها|اذنه|ودنه|اذنها|ودنها)|"
        "(رميته|رميتها|دفعته|دفعتها|ضربته|ضربتها) (على|ع|عال|في) (الارض|الأرض|الحيط|الحائط|الجدار)",
        PHYS,
    ),
    flag(
        "(ما عندي|مافي عندي|ما ضل عندي|ما بقى عندي|ما عاد عندي|مش عندي|معنديش) (اي)? (رغبه|رغبة) "
        "(اعيش|أعيش|بالحياه|بالحياة|في الحياة|في الحياه|للحياه)",
        S,
    ),
    # Blind set DZ: a boy of ten who sleeps outside most nights because his father throws him
    # out.
    flag(
        "(ينام|تنام|بينام|بتنام|نايم|نايمه) (برا|بره|خارج|بالشارع|برّا) (البيت)? ~6 "
        "(يطرده|يطردها|طرده|طردها|بيطرده|بيطردها|يطلعه|يطلعها)",
        NEG,
        PHYS,
    ),
    # Blind set EG: "أخذت 10 مرة وحدة وما صار شي" (I took 10 at once and nothing happened),
    # the number written in Arabic-Indic digits.
    flag(
        "(شربت|بلعت|اخذت|اكلت|ابتلعت|خذيت) ## ~2 (مره وحده|مره واحده|دفعه وحده|دفعه واحده|مع بعض|"
        "سوا|سوى|{PILLS}|حبه|حبات)",
        S,
        SH,
    ),
    # Blind set EE: a girl of 15 out till midnight "with guys much older than her", coming home
    # "with money and a new phone".
    flag(
        "(شباب|رجال|رجاله|زلم|رجالة) (اكبر|كبار) (منها|منه|مني) ~12 (مصاري|فلوس|مصريات|تلفون|"
        "موبايل|جوال|هدايا)",
        EXP,
    ),
    # Blind set EH: "هل طبيعي إني أتمنى ما أصحى الصبح؟" (is it normal to wish I didn't wake up?);
    # "خلص قررت. بعد امتحان الجمعة ما رح كون موجود" (I've decided: after Friday's exam I won't be
    # here), the sentence ending there; "ممنوع يقرب علينا بأمر المحكمة" (a court order keeps him
    # away) with him outside the school now; scratching the hand until it bleeds.
    flag("(اتمنى|بتمنى|نفسي|ياريت|يا ريت) (ما|ما عاد|لا|مش) (اصحى|اصحا|افيق|استيقظ|اقوم)", S),
    flag(
        "(بعد|من بعد) ~4 (ما رح|مش رح|ماراح|ما راح|لن|مش هـ|مش ح) (كون|اكون|يكون|تكون) (موجود|"
        "موجوده|هون|هنا) $",
        S,
        severity="medium",
    ),
    flag("(بامر|امر|حكم) (المحكمه|محكمه|القاضي|من المحكمه)|(امر) (حمايه|منع|ابعاد|عدم تعرض)", DOM),
    flag(
        "(بخدش|اخدش|خدشت|بجرح|اجرح|جرحت|بحك|احك|حكيت) (ايدي|يدي|رجلي|جلدي|حالي|دراعي) ~2 (لحد ما|"
        "لين|حتى|لغايه ما) (يطلع|يطلع الدم|ينزل|يسيل|يجيب) (دم|الدم)",
        SH,
    ),
    # Blind set EJ, in Arabizi: "sa7bti 3am t2ol enno baddha t2tol 7alha w katbet risalet wada3"
    # (my friend says she wants to kill herself and has written a goodbye letter); an
    # engagement party for a girl still in year nine, her eyes swollen from crying.
    flag(
        "(baddha|badha|bidha|beddha|bedha|bdha|baddo|baddu|bido|beddo|bdo) (t2tol|to2tol|te2tol|"
        "ti2tol|ya2tol|yi2tol|yo2tol|tent7er|tentre7|tmoot|tmout|yemoot|ymoot|tmot|ymot)",
        S,
    ),
    flag(
        "(risalet|risale|resalet|risala|resala|resale) (wada3|wada3iyye|wada3iya|wada|intihar|"
        "ent7ar)",
        S,
    ),
    flag(
        "(خطوبه|خطبه|خطبوها|كتب كتاب|كتبوا كتابها|عرس|زواج|زوجوها) ~10 (لسا|لسه|لسّا|بعدها|وهي) "
        "(بالصف|في الصف|بصف) (السابع|الثامن|التاسع|العاشر|السادس|#)",
        FM,
    ),
    # Blind set EI: a neighbour's boy screaming for an hour, "then we hear hitting, then
    # silence"; self-harm "بس هاد من عشر سنين" (but that was ten years ago).
    flag(
        "(بيصرخ|يصرخ|صراخ|بيبكي|يبكي|عم يصرخ|عم يبكي) ~8 (وبعدين|بعدين|بعدها) ~3 (ضرب|خبط|صوت ضرب|"
        "صوت خبطه) ~4 (وبعدين|بعدين)? (سكوت|هدوء|صمت)",
        PHYS,
        severity="medium",
    ),
    context(
        "(بس|لكن)? (هاد|هذا|هيدا|هذا كان|كان|هاي) (من|قبل) (عشر|ثمان|ثماني|خمس|سبع|ست|#|كذا|كم|"
        "سنين) (سنين|سنوات|سنه)?",
        "recovered",
    ),
    # Only the model had these (held-out CU, DG): a little girl who "eats from the bin", hungry
    # every day; a TikTok account asking a boy to film his school and find out which teachers
    # are Jewish.
    flag(
        "(بتاكل|تاكل|ياكل|بياكل|ياكلوا|بياكلوا|ناكل|بناكل|اكل) من (الزباله|الزبل|القمامه|الزبالات)",
        NEG,
    ),
    flag(
        "(مين|مين هم|مين هن|اسماء|يعرف مين|يحدد) (المعلمين|الاساتذه|الطلاب|الجيران|العيل|العائلات) "
        "(اليهود|المسيحيين|الشيعه|السنه|الكفار|المسلمين)",
        RAD,
    ),
    # Blind set EO: older boys at a summer camp "locked a small boy in the sauna till he
    # fainted"; a coach who forced a boy to finish the match on an injured knee.
    flag(
        "(حبسوا|قفلوا|سكروا|حبسو|قفلو|حبسوه|قفلوا عليه) ~6 (لين|حتى|لحد ما|لغايه ما) (اغمي|غمي|فقد "
        "الوعي|وقع|اختنق)",
        BULLY,
        PHYS,
    ),
    flag(
        "(اجبر|جبر|غصب|خلى|يجبر|بيجبر) ~3 (يكمل|يلعب|يتمرن|يركض|تكمل|تلعب) ~4 (ركبته|رجله|ايده|"
        "كاحله|ركبتها|رجلها) (مصابه|مكسوره|مصاب|مكسور|بتوجعه)",
        PHYS,
        severity="medium",
    ),
    # Blind set EN: "إذا ما إجت المساعدة هالأسبوع ما بعرف شو رح أعمل بحالي" (if help doesn't come
    # this week I don't know what I'll do to myself); a centre that gives a boy "too many
    # sedatives".
    flag(
        "(ما بعرف|ما بعرفش|مش عارف|مش عارفه|لا اعرف|ما اعرف) (شو|ايش|ايه|وش|ماذا) (رح|راح|ح|ممكن)? "
        "(اعمل|اسوي|افعل) (بحالي|بنفسي|في نفسي|في حالي)",
        S,
    ),
    flag("(ادويه|حبوب|دوا) (مهدئه|منومه|مهدئات) (كتير|كثير|زياده|بزياده)", NEG, severity="medium"),
    # Blind sets EP and EQ: "حدا رح ينتبه إذا اختفيت؟" (would anyone notice if I vanished?); a
    # teacher who "بيلمس بنتي" (touches my daughter) when she is left alone in class; boys who
    # pushed a boy down the stairs and broke his tooth; in Arabizi, a husband who said "if I
    # leave him bi2tolni w bi2tol el wlad" (he'll kill me and the children).
    flag(
        "(حدا|حد|احد) (رح|راح|ح|بي|بده)? (ينتبه|يلاحظ|يحس|يسال|يفتقدني) (اذا|لو|ان) (اختفيت|رحت|مت|"
        "ما عدت)",
        S,
        severity="medium",
    ),
    flag(
        "(بيلمس|يلمس|لمس|عم يلمس|بلمس|بيتحرش ب|يتحرش ب) (بنتي|ابني|اختي|اخوي|البنت|الولد|بنته|"
        "الاطفال|الولاد|البنات)",
        SEX,
    ),
    flag(
        "(دفشوه|دفعوه|زقوه|رموه|دفشوها|دفعوها|رموها) ~3 (عالدرج|على الدرج|من الدرج|بالدرج|عالارض) "
        "~4 (انكسر|انكسرت|كسر|كسروا|انجرح|انجرحت|نزف)",
        BULLY,
        PHYS,
    ),
    # Not "bi2telni" alone: "el intizar bi2telni" (the wait is killing me) is everyone's.
    flag(
        "(eza|iza|law|lau) (tarakto|trakto|tarakt|taraktu|ter2to|rou7t|hrabt|tla3t) ~2 (bi2tolni|"
        "bya2tolni|ra7 yo2tolni|7a2tolni|bi2telni|ya2tolni|yi2tolni|byo2tolni|hay2tolni)|(bi2tol|"
        "ya2tol|yo2tol|ra7 yo2tol|7ay2tol) (el wlad|l wlad|el awlad|wlado|banato|el bent|ebni|"
        "binti)",
        DOM,
        DANGER,
    ),
    # Blind set ER: accounts that "encourage eating less", food hidden in her room; a school
    # WhatsApp group where boys "dare each other who cuts himself most, and film it".
    flag(
        "(حسابات|صفحات|فيديوهات|قنوات) (بتشجع|تشجع|بتروج|تروج) (على)? (قله الاكل|عدم الاكل|الريجيم "
        "القاسي|التجويع|الصيام عن الاكل)",
        SH,
        severity="medium",
    ),
    flag(
        "(بيتحدوا|يتحدوا|تحدي|بتحدوا) ~4 (مين|من) (بيجرح|يجرح|بيأذي|يأذي) (حاله|نفسه|حالو|حالها|"
        "نفسها)",
        SH,
        BULLY,
    ),
    # Blind sets EU and EV: "عطيت أغراضي لصحابي. ما رح احتاجها" (I gave my things to my friends, I
    # won't need them); a sheikh at Quran school who uses the stick.
    flag("(عطيت|اعطيت|وزعت|فرقت) (اغراضي|غراضي|حاجاتي|اشيائي|ملابسي|العابي)", S, severity="medium"),
    flag(
        "(بيستعمل|يستعمل|بيضرب|يضرب|بيضربنا|يضربنا) (العصا|بالعصا|المسطره|بالمسطره|الخيزرانه|"
        "بالخيزرانه)",
        PHYS,
        severity="medium",
    ),
    # Blind set EY: "هو هلأ برا المدرسة ناطرني ساعدوني": the cry for help after the man and the
    # place, outside a school as at a door.
    flag(
        "(هو|هي|هم|ابوي|ابي|بابا|زوج امي) ~2 (عند|على|ورا|قدام|برا|برات) (الباب|باب|الشباك|"
        "المدرسه|البيت|العماره|البنايه) ~3 (ساعدوني|ساعدني|الحقوني|الحقني|انقذوني|النجده)",
        DANGER,
        severity="immediate",
    ),
    # Blind set FA: girls who beat a daughter in the school toilets and filmed it.
    flag(
        "(ضربوا|ضربو|ضربوها|ضربوه|ضربوني|بيضربوا|بيضربوني|يضربوني|بضربوني) ~4 (وصوروها|وصوروه|"
        "صوروها|صوروه|وصوروني|صوروني|وصوروا|وصورو|بيصوروني|يصوروني|وبيصوروني|ويصوروني)",
        BULLY,
        PHYS,
    ),
    # Blind set EX: a supervisor's private number, messages at night, and "don't tell the other
    # teachers".
    hint(
        "(تراسله|تراسليه|تبعتله|تبعتيله|تكلمه|تكلميه|تحكي معه|تحكيله) ~2 (بالليل|في الليل|الليل|"
        "نص الليل|بنص الليل)",
        "online_contact",
        SEX,
    ),
    hint(
        "(ما|لا|وما|ولا) (تخبر|تخبري|تقول|تقولي|تحكي|تحكيلي) (باقي|لباقي|حدا من|احد من) "
        "(المعلمين|المعلمات|المدرسين|المشرفين|المشرفات)",
        "secrecy",
        SEX,
    ),
    # Blind set FG (children of 7 to 11): "لما بزعل بحط ايدي تحت المي السخنة كتير لحتى توجعني"
    # (when I'm upset I hold my hand under very hot water until it hurts).
    flag(
        "(بحط|حطيت|احط|بخلي|حط) (ايدي|يدي|رجلي|اصابعي|دراعي) (تحت|في|بال|جوا) (المي|الميه|الماء|"
        "مي) (السخنه|الساخنه|الحاره|المغليه|سخنه|حاره) ~3 (لحتى|حتى|لين|لغايه) (توجعني|يوجعني|"
        "تحرقني|تنحرق|اتوجع|أتوجع)",
        SH,
    ),
    # Blind set FI: "البنت عمرها ١٣ وهو ٣٠" (she is 13 and he is 30).
    flag(
        "(عمرها|عمري|بنتي عمرها|البنت عمرها) (11|12|13|14|15) ~2 (وهو|و هو|وعمره|و عمره|وهوه) "
        "(20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|35|36|37|38|39|40|41|42|43|44|45|46|47|48|"
        "49|50|51|52|53|54|55|56|57|58|59)",
        SEX,
    ),
    # "والكل يقول لي اقتلي نفسك" (everyone tells me to kill myself).
    flag(
        "(يقول|يقولوا|يقولو|بيقولوا|بيقولو|بيقولولي|يقولون|قالوا|قالولي|كاتبين) (لي|الي)? (اقتلي|"
        "اقتل|موتي|موت|روحي موتي|روح موت) (نفسك|حالك)",
        BULLY,
        S,
    ),
    # ...and in Arabizi (blind set FM: "bi darbouni w bi sawwrouni w binazzlo el video").
    flag(
        "(bi darbouni|bidarbouni|darbouni|darabouni|bi dirbouni|ydrobouni|byodrobouni|darbuni) ~3 "
        "(bi sawwrouni|bisawwrouni|sawwrouni|bisawrouni|bi sawrouni|sawarouni|sawwarouni|"
        "bi sawwerouni|sawrouni)",
        BULLY,
        PHYS,
    ),
    # Blind set FK (Arabic-speaking families): boys who film a boy in the toilets and post it;
    # a man abroad who promises a boy of fifteen marriage and paradise.
    flag(
        "(بصورو|بيصورو|يصورو|صوروني|بيصوروني|يصوروني|صوروا|بصوروني|بصورونا) (فيني|فيي|لي|فيه|"
        "فيها)? ~2 (في الحمام|بالحمام|بالحمامات|في الحمامات|وانا بغير|في غرفه الملابس|بغرفه "
        "الملابس)",
        SEX,
        BULLY,
    ),
    flag("(يعده|وعده|يوعده|بيوعده|وعدها|يعدها|يعدني|وعدني|يعدوه|وعدوه) ~2 (بالجنه|الجنه)", RAD),
    # Blind set FR: sitting on the roof and thinking of jumping, inside a complaint about a park.
    flag(
        "(اقعد|أقعد|بقعد|قاعد|قاعده|قاعدة|واقف|واقفه|واقفة|اوقف|أوقف) (فوق|على|عند) "
        "(السطح|الجسر|البلكون|البلكونه|الشباك|حافة السطح) ~4 (افكر|أفكر|وافكر|وأفكر|بفكر|وبفكر) "
        "~2 (انط|أنط|اقفز|أقفز|ارمي|أرمي|نط)",
        S,
        DANGER,
        severity="immediate",
    ),
    # Blind sets FU and FV: "better if I died and it was over"; mum hitting with the slipper and
    # a stepfather locking a child in in the dark, in Arabizi.
    flag("(احسن|أحسن|أفضل|افضل) (لو|إذا|اذا) (مت|موت|اموت|أموت) (وخلصت|وارتحت|و خلصت|وخلص)", S),
    flag(
        "(btedrabni|btidrabni|btudrubni|bted2rabni|bidrabni|byedrabni|yedrabni|bedrabni|darabatni|"
        "darabni|btedreb(ni)?) ~3 (bel|bil|b|bi) ~1 (shahhata|shahata|sha7ata|shibshib|shebsheb|"
        "kondara|2asha|asha|7izam|hizam|kabel|cable|3asaye|3asa)",
        PHYS,
    ),
    flag(
        "(byi2fil|bi2fil|yi2fil|b2fil|bisakker|bi sakker|sakkar|byisakker) (3alay|3alayi|3leyi|"
        "3alaya|3alayye) (el|al)? (bab|beb) ~6 (bitfi|btfi|tafa|yitfi) (el|al)? (daw|do2|dow)",
        EMO,
        DANGER,
    ),
    # Blind set FW: a neighbour with a knife shouting that he will kill his children (Egyptian);
    # a baby's broken ribs and two different stories from the parents.
    flag(
        "(ماسك|ماسكة|ماسكه|معاه|معه|حامل|شايل) (سكينة|سكين|سكينه|مسدس|ساطور) ~6 (هيموت|هيموّت|"
        "هيقتل|حيموت|حيقتل|رح يقتل|رح يموت|بدو يقتل|بده يقتل|راح يقتل) (عياله|ولاده|أولاده|اولاده|"
        "الاولاد|العيال|الأولاد|ابنه|بنته|أطفاله|اطفاله)",
        DANGER,
        DOM,
        severity="immediate",
    ),
    flag(
        "(كسر|كسور|كسران|كسرين|حرق|حروق|كدمات|كدمة) ~12 (قصتين مختلفتين|قصص مختلفة|قصه مختلفه|"
        "قصة مختلفة|القصة تتغير|القصه تتغير)",
        PHYS,
        severity="medium",
    ),
    # Blind set GA: "if he answers, hang up".
    flag(
        "(اذا|إذا|لو) (رد|ردّ|جاوب|رفع) (هو|زوجي|جوزي|ابوي|أبوي) ~2 (سكروا|سكّروا|اقفلوا|سكري|سكر|"
        "اقفل|سكرو) (الخط|السماعة|التلفون)",
        DOM,
        severity="medium",
    ),
    # Blind set FY: must the teacher tell my family "if I tell her something about my mother's
    # husband?"
    flag(
        "(اذا|إذا|لو) (قلت|حكيت|خبرت|قلتلها|قلتله) ~3 (شي|شيء|اشي|حاجة|حاجه) (عن|على) (زوج أمي|"
        "زوج امي|جوز امي|جوز أمي|عمي|خالي|ابوي|أبوي|جدي|اخوي|أخوي)",
        SEX,
        PHYS,
        severity="medium",
    ),
    # Blind set GC: a teacher who pulls girls by the hair and hits their hands with a ruler.
    flag(
        "(بتشد|بيشد|تشد|يشد|شدت|شد) (البنات|الولاد|الطلاب|الاطفال|ابني|بنتي|الطالبات) (من) "
        "(شعرهم|شعرها|شعره|شعرهن|دينيهم|اذنيهم)",
        PHYS,
    ),
    flag(
        "(بتضربهم|بيضربهم|تضربهم|بتضربها|بيضربه|بتضربه|ضربتهم) (بالمسطرة|بالمسطره|بالعصا|بالعصايه)",
        PHYS,
    ),
    # Blind set GD: searching online "how many pills are enough... just curious".
    flag(
        "(كم|قديش|شقد|قداش|كام) (حبة|حبه|حبوب|حباية|حبايه|قرص) (تكفي|بتكفي|يكفي|بيكفي|تقتل|بتقتل|"
        "تموت|بتموت)",
        S,
        firm=True,  # "بس فضول" (just curious) is how the question is covered
    ),
]

IDIOMS = [
    # Blind set CP: a unit, team or leaflet named after the harm ("وحدة العنف الأسري"), a letter
    # about it, and a helpline's words quoted ("إذا كنت تفكر في الانتحار").
    idiom(
        "(وحده|فريق|قسم|خط|خدمه|خدمات|مركز|نشره|دليل|سياسه|برنامج|دوره|موظف|موظفه|مسؤول|مسؤوله|"
        "مكتب) (مساعده|مكافحه|دعم|الوقايه من|حمايه|التوعيه ب)? (العنف الاسري|ايذاء النفس|الانتحار|"
        "ختان الاناث|الاتجار بالبشر|التطرف|الزواج القسري)"
    ),
    idiom(
        "(رساله|رسائل|نشره|حمله|محاضره|معلومات|توعيه|التوعيه) ~2 (عن|حول|بخصوص) (العنف الاسري|"
        "ختان الاناث|الزواج القسري|الاتجار بالبشر|التطرف)"
    ),
    idiom("(اذا|لو) (كنت)? (تفكر|تفكرين|تفكري) (في|ب)? (الانتحار|ايذاء نفسك)"),
    # Blind set CQ: "i want to die" of laughing, the laughing said in Arabic.
    idiom("(die|dying|dead|ded|اموت|بموت|مت|متت) (من|م) (الضحك|ضحك)"),
    # Blind set CB: "كتبت رسالة وداع لمعلمتي لانها رح تتقاعد", a goodbye letter to a teacher who
    # is retiring.
    idiom(
        "(رساله|رسالة|ورقه|بطاقه|بطاقة) وداع (لمعلمتي|لمعلمي|للمعلمه|للمعلم|لاستاذي|لاستاذتي|"
        "لأستاذي|لأستاذتي|للاستاذ|للاستاذه|لمدرستي|لمدرسي|لمربيتي) ~4 (تتقاعد|يتقاعد|التقاعد|تقاعد|"
        "تقاعدت|تترك|يترك|تغادر|يغادر)"
    ),
    # Blind set BY: a family brought over "بلمّ الشمل" (family reunification), asking about school.
    idiom("(جابونا|جابوني|جينا|اجينا|وصلنا) ~4 (لم الشمل|بلم الشمل|للم الشمل|لمّ الشمل|بلمّ الشمل)"),
    # "زوج أمي يدخل غرفتي في الليل ليطفئ الضوء": to put the light out (I fall asleep reading).
    idiom(
        "(يدخل|بيدخل|تدخل|بتدخل|يفوت|بيفوت) (غرفتي|اوضتي|غرفتنا|اوضتنا) ~3 (ليطفئ|ليطفي|يطفي|يطفئ|"
        "ليطفي|يسكر|ليسكر|تطفي|لتطفئ) (الضوء|الضو|النور|اللمبه|الاضاءه)|(يدخل|بيدخل|تدخل|بتدخل|"
        "يفوت|بيفوت) (غرفتي|اوضتي) ~3 (يتاكد|ليتاكد|عشان يتاكد|تتاكد|لتتاكد) (اني|انو|اذا|ان)? "
        "(طفيت|سكرت|نمت|حطيت)"
    ),
    # A cut while cooking: "جرح إيده بسكين المطبخ وهو يقطع بصل" (cut his hand cutting onions).
    idiom(
        "(جرح|جرحت|انجرح|انجرحت|قطع|قطعت) ~4 (وهو|وهي|وانا|لما|لمن) ~1 (يقطع|تقطع|بقطع|اقطع|بيقطع|"
        "بتقطع|يقشر|تقشر|بقشر|يطبخ|تطبخ|بطبخ|بيطبخ|بتطبخ)"
    ),
    # "No halal food on the school menu": a complaint about the menu, not a hungry home.
    idiom("(لا يوجد|ما في|مافي|ما فيه|مفيش) (طعام|اكل) (حلال|نباتي|صحي|مناسب)"),
    # Homework, exams or a subject "will kill me": the way any pupil complains; so do the school
    # day, work, traffic and heat (blind set CI: "والله هالدوام رح يقتلني").
    idiom(
        "(الواجب|واجب|الواجبات|الامتحان|امتحان|الامتحانات|الرياضيات|رياضيات|الفيزياء|الكيمياء|"
        "المدرسه|الدراسه|المذاكره|الحصه|الاختبار|هالواجب|هالواجبات|هالامتحان|هالامتحانات|"
        "هالمدرسه|هالدراسه|هالماده|هالاختبار|الدوام|هالدوام|الشغل|هالشغل|الزحمه|هالزحمه|الحر|"
        "هالحر) ~4 (راح يقتلني|رح يقتلني|ح يقتلني|بيقتلني|"
        "قتلني|بتقتلني|راح تقتلني|رح تقتلني|قاتلني|يموتني|موتني)"
    ),
    idiom(
        "(mot|amot|amoot|hamot|hamoot|ha2mot|mayet|mayta|rah amot|ra7 amot) (mn|men|min|m|mel) "
        "(el)? (da7k|d7k|eld7k|el da7k|ze2|zah2|el ju3|ju3|el bard|bard|el 7ar|7ar|5ajal)"
    ),
    idiom("(اموت|بموت|رح اموت|ميت|ميته) (من|م) (الملل|الضحك|الجوع|الخجل|التعب|الحر|البرد)"),
    idiom("(بموت|اموت) (عليك|فيك|عليكي|فيكي)|تقبرني|تقبريني|يقتلني الضحك|قتلتني من الضحك"),
    idiom(
        "(امي|ابي|بابا|ماما|ابوي|المعلم|المعلمه) (رح|راح|ح|هي|سوف|س)? (تقتلني|يقتلني|تذبحني|"
        "يذبحني) (اذا|لو|ان) (تاخرت|اتاخرت|ضيعت|خسرت|رسبت|شافت|شاف|عرفت|عرف)"
    ),
    idiom("(قتلت|قتلنا) (الوحش|الزعيم|البوس|الزومبي)"),
    idiom("(يضرب|ضرب) (الكره|الكرة|الرقم|موعد|مثل|مثلا|امثله)"),
    # Blind set DL: "جرحت إيدي بالكتر وأنا أقص كرتون" (I cut my hand on the cutter while cutting
    # cardboard): an accident while doing something, told as such.
    idiom(
        "(جرحت|قطعت|انجرحت|انقطعت) (ايدي|إيدي|يدي|اصبعي|إصبعي|صبعي|اصبع|حالي) ~3 (وانا|وأنا|و انا|"
        "وقت|لما|وهو|وهي) (اقص|أقص|بقص|اطبخ|أطبخ|بطبخ|اقطع|أقطع|بقطع|افتح|أفتح|بفتح|اقشر|أقشر|"
        "بقشر|اشتغل|أشتغل|بشتغل|اجلي|أجلي|بجلي)"
    ),
    # Blind set DP: "scared to go home, I forgot to buy the bread"; no food left in the canteen
    # after one o'clock.
    idiom(
        "(خايفه|خايفة|خايف|خايفين) (ارجع|أرجع|روح|اروح|أروح) ~2 (البيت|عالبيت|للبيت|ع البيت) ~3 "
        "(نسيت|ضيعت|ضيّعت|كسرت|خربت) ~2 (اشتري|أشتري|الخبز|خبز|المفتاح|المفاتيح|الموبايل|"
        "التلفون|الجوال|الاغراض|الأغراض)"
    ),
    idiom(
        "(ما في|مافي|ما فيه|مفيش|ما ضل) (اكل|أكل) ~2 (بالكانتين|الكانتين|بالمقصف|المقصف|"
        "بالكافتيريا|الكافتيريا|في الكانتين|في المقصف)"
    ),
    # Blind set DS: "لا محدش ضربني، وقعت من العجلة" (no, nobody hit me, I fell off the bike).
    idiom("(محدش|ما حدا|ماحدا|ما حد|ماحد|لا احد|لا أحد|ولا حد|محد) (ضربني|ضربنا|ضربه|ضربها)"),
    # "بدها تموت من الخجل" (she wants to die of embarrassment), held-out set BV.
    idiom(
        "(تموت|يموت|اموت|أموت|موت|نموت) (من|م) (الخجل|الكسوف|الحرج|الضحك|الملل|الحر|البرد|الزهق)"
    ),
    # Blind set EE: "أنا بجرح حالي كل ما أحلق" (I cut myself every time I shave).
    idiom(
        "(بجرح|جرحت|اجرح|انجرحت) (حالي|نفسي) ~2 (كل ما|لما|وانا|وقت ما|وقت|عند) (احلق|بحلق|حلقت|"
        "الحلاقه)"
    ),
    # Blind set EM: "ما بدي عيش بهالفندق أكتر!" (I don't want to live in this hotel any more).
    idiom(
        "(ما بدي|مش عايز|مش عايزه|ما ابي|ما ابغى|مابدي) (عيش|اعيش|اسكن|ضل) (ب|في)? (هالفندق|"
        "بهالفندق|الفندق|هالمكان|بهالمكان|هالغرفه|بهالغرفه|هالمدينه|بهالمدينه|هالحي|بهالحي)"
    ),
    # Blind set FK: a goodbye letter to a teacher who is moving school.
    idiom(
        "(رساله|رسائل|رسالة) وداع (لمعلمتي|لمعلمي|لاستاذي|لاستاذتي|لأستاذتي|لصديقتي|لصاحبتي|لصاحبي|"
        "لجدتي|لجارتنا|للمعلمه)"
    ),
    # Blind set FS: wanting to sleep and not wake "till Eid" (or the holidays) is tiredness.
    idiom(
        "(ما|وما|مش) (اصحى|أصحى|اصحا|أفيق|افيق) (لحد|لغاية|حتى|الا|إلا|قبل) (العيد|الصيف|العطلة|"
        "العطله|بكرة|بكره|الظهر|الامتحانات|يخلصوا)"
    ),
    # Blind sets FU and FV: dying of laughter; a paper cut at school.
    idiom(
        "(بدي|رح)? (اموت|أموت|موت|mout|mot|amoot) (من|mn|min|men) (الضحك|el da7ek|el dahek|da7ek)"
    ),
    idiom("(جرحت|انجرحت|جرحتني) (ايدي|إيدي|اصبعي|إصبعي|يدي) (بالورقة|بورقة|بالورق|بورق)"),
    # Blind set FZ: a small cut from the kitchen knife while helping cook.
    idiom(
        "(جرح|انجرح|جرحت) (ايده|إيده|ايدها|إيدها|ايدي|إيدي|اصبعه|إصبعه) (بالسكين|بالسكينة|بسكين) "
        "~4 (المطبخ|يساعدني|تساعدني|بيطبخ|الطبخ|بيساعدني)"
    ),
]

LEXICON = Lexicon(
    language="ar",
    classes=CLASSES,
    rules=RULES + IDIOMS,
    clitics="وفس",
    fuzzy_targets=("انتحار", "الانتحار"),
    # Everyday words one letter from "suicide": waiting (list), victory, spread.
    never_fuzz=("انتظار", "الانتظار", "انتصار", "الانتصار", "انتشار", "الانتشار"),
    common_words=(
        "في",
        "من",
        "على",
        "الى",
        "انا",
        "ان",
        "ما",
        "لا",
        "هو",
        "هي",
        "و",
        "يا",
        "مع",
        "عن",
        "كل",
        "اللي",
        "هذا",
        "بس",
        "امي",
        "ابي",
        "بابا",
        "ماما",
    ),
)
