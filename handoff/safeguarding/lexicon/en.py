"""English, including Scots and the text-speak of children and young people."""
from ..rules import Lexicon
from . import en_abuse, en_other, en_self
from .en_words import CLASSES

LEXICON = Lexicon(
    language="en",
    classes=CLASSES,
    rules=[
        *en_self.RULES, *en_self.IDIOMS, *en_abuse.RULES, *en_abuse.IDIOMS, *en_other.RULES,
        *en_other.IDIOMS,
    ],
    # Distinctive words worth repairing when misspelt: long enough that a one-letter slip is not
    # another everyday word (those that are sit in never_fuzz).
    fuzzy_targets=(
        "suicide", "suicidal", "overdose", "overdosed", "paracetamol", "myself", "herself",
        "himself", "strangle", "strangled", "strangling", "molested", "molesting", "abused",
        "abusing", "abusive", "harming", "cutting", "bleeding", "touches", "touching", "touched",
        "groomed", "grooming", "trafficked", "trafficking", "passport", "marriage", "circumcision",
        "radicalised", "extremist", "punches", "punched", "slapped", "battered", "starving",
        "neglected", "terrified", "frightened", "threatened", "threatens", "exploited", "unalive",
        "sewerslide", "hitting", "anymore", "tonight",
    ),
    never_fuzz=(
        "amused", "amusing", "accused", "buttered", "bettered", "breeding", "bleating", "heating",
        "seating", "cuttings", "putting", "curtains", "teaches", "teaching", "touchy", "touchline",
        "married", "carried", "harried", "hurried", "worried", "passports", "marriages", "punters",
        "lunches", "bunches", "hunches", "launches", "stopped", "slipped", "clapped", "flapped",
        "snapped", "strapped", "stranger", "strangers", "strange", "strangely", "starting",
        "staring", "storing", "sitting", "fitting", "hinting", "herselfs", "tonights",
        "anyone", "sunrise", "suited", "overdone", "overdue", "extremes", "extremely", "exploded",
        "explored", "explained", "exported", "threaded", "threatening", "harping", "warming",
        "farming", "charming", "abuser", "groomer", "grooms", "touche",
    ),
    never_split=(
        "therapist", "therapists", "therapy", "theirs", "scunthorpe", "analysis", "assassin",
        "cockburn", "sussex", "middlesex", "grapefruit", "diet", "dietitian", "studied", "audience",
        "soldier", "bedside", "homeschool", "hitchhike", "cutlery", "kilometre", "kilometres",
        "kilogram", "kilograms", "skilled", "skillet", "kildare", "kilmarnock", "kilbirnie",
        "kilsyth", "kilwinning", "dieback",
    ),
    # Text-speak and Scots stand-ins for everyday words, accepted wherever a rule has the word.
    aliases={
        "to": ("2", "tae", "ta", "too"), "too": ("2", "to"), "for": ("4", "fer"),
        "you": ("u", "ya", "ye", "yous"), "your": ("ur", "yr", "yer", "youre"), "are": ("r",),
        "because": ("cos", "coz", "cause", "cuz", "bc", "cus", "cz"), "with": ("wi", "wiv", "w"),
        "and": ("n", "an", "nd"), "people": ("ppl",), "please": ("pls", "plz"),
        "really": ("rly", "rlly"), "my": ("ma", "mah", "mi"), "what": ("wat", "wot", "whit"),
        "home": ("hame", "hom"), "house": ("hoose",), "off": ("aff",), "out": ("oot",),
        "dont": ("dnt", "dinnae", "dinny", "don"), "cant": ("cnt", "cannae", "canny", "carnt"),
        "didnt": ("didnae", "didny"), "doesnt": ("disnae", "dosnt"), "wont": ("wilnae", "wullnae"),
        "isnt": ("isnae",), "not": ("no", "nae"), "know": ("kno", "knw"), "nobody": ("naebody",),
        "myself": ("masel", "mysel"), "going": ("goin", "gaun"), "tonight": ("tonite", "tnite"),
        "hurt": ("hurtin",), "about": ("aboot", "bout", "abt"), "hitting": ("hittin",),
        "touching": ("touchin",),
    },
    # Frequent words: the rule index avoids them as anchors (see pattern.PhraseCompiler._anchors).
    common_words=(
        "i", "a", "to", "the", "my", "me", "he", "she", "it", "is", "and", "in", "of", "you", "we",
        "they", "him", "her", "his", "was", "do", "not", "at", "on", "for", "so", "be", "with",
        "that", "this", "have", "are", "but", "just", "get", "go", "like", "all", "am", "im", "an",
        "as", "by", "or", "if", "up", "out", "no", "can", "will", "would", "what", "when", "there",
        "them", "their", "our", "us", "ma", "ah", "tae", "wi", "aw", "oot", "been", "had", "has",
        "did", "dont", "its", "said", "says", "then", "from", "about", "know", "really", "one",
        "some", "want", "time", "because", "cos", "now", "school", "mum", "dad", "feel", "make",
        "made", "every", "day", "days", "night", "home", "house", "again", "still", "back", "going",
        "got", "very", "too", "more", "other", "people", "should", "show", "shop", "short", "start",
        "started", "stay", "stop", "stopped", "still", "staff", "work", "world", "worry", "worried",
        "worse", "head", "hear", "heard", "help", "here", "how", "has", "have", "heating", "health",
        "bus", "but", "been", "being", "better", "before", "bad", "best", "big", "bit", "through",
        "three", "think", "thing", "things", "thought", "take", "taken", "teacher", "tell", "told",
        "today", "term", "team", "dinner", "doctor", "does", "done", "down", "different",
        "daughter", "son", "same", "say", "see", "seen", "since", "sister", "social", "service",
        "services", "complain", "complaint", "council", "care", "car", "card", "call", "called",
        "came", "come", "comes", "class", "could", "child", "children", "kids", "friend", "friends",
        "family", "first", "found", "fine", "last", "left", "let", "letter", "life", "little",
        "long", "look", "lot", "new", "next", "never", "nobody", "old", "only", "over", "own",
        "part", "play", "please", "put", "room", "right", "read", "well", "went", "were", "where",
        "which", "while", "who", "why", "week", "weeks", "year", "years", "yes", "your", "after",
        "any", "also", "always", "away", "ask", "asked", "much", "many", "most", "may", "must",
        "man", "mean", "mind", "month", "months", "money", "morning", "name", "need", "needs",
        "off", "open", "phone", "place", "point", "problem", "reason", "same", "sure", "thanks",
        "trip", "wait", "waiting", "way", "want", "wanted", "water", "wee", "aye", "naw", "hame",
        "hoose", "cannae", "didnae", "dinnae", "wis", "oor", "yer", "ye", "fae", "wae", "ur", "u",
        "r", "lol", "omg", "tbh",
    ),
    split_fragments=(
        "kil", "die", "dead", "suicid", "myself", "cut", "hurt", "rape", "hit", "beat", "touch",
        "pills", "overdos", "unaliv", "harm", "abus", "starv", "hungry", "scared", "bled", "blood",
    ),
)
