"""Word lists for quotation and attribution: speech verbs, attribution cues, titles, outlets.

Arabic entries are written as they appear and normalized once with ``khabar.text.normalize`` (the
project's one matching normalization); lookups strip the conjunctions و / ف themselves.
"""

from __future__ import annotations

from functools import lru_cache

from khabar.text import normalize

# The speech verbs, attribution cues, reporting verbs and organisation heads have one home, shared with the
# entity, linking, time and event stages; they are re-exported here for the quotation code
# (``L.AR_SPEECH_VERBS``).
from khabar.text.lexicon import AR_ATTRIBUTION as AR_ATTRIBUTION
from khabar.text.lexicon import AR_ORG_HEADS as AR_ORG_HEADS
from khabar.text.lexicon import AR_REPORT_VERBS as AR_REPORT_VERBS
from khabar.text.lexicon import AR_SPEECH_VERBS as AR_SPEECH_VERBS
from khabar.text.lexicon import EN_SPEECH_VERBS as EN_SPEECH_VERBS
from khabar.text.lexicon import strip_conj as strip_conj


def _norm_set(words: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in words.split())


# Indefinite nouns of an unnamed person or group, before nisba adjectives: "دبلوماسي غربي",
# "محلل سياسي", "مسؤول أمريكي رفيع", "مصادر أمنية عراقية" (anonymous speakers).
AR_ANON_PERSON_NOUNS = _norm_set(
    """
    مصدر مصادر مسؤول مسؤولون مسؤولين مسئول مسئولون دبلوماسي دبلوماسيون دبلوماسيين محلل محللون محللين
    ناشط ناشطون ناشطين نشطاء خبير خبراء مراقب مراقبون شاهد شهود ضابط ضباط موظف موظفون عضو أعضاء
    متحدث متحدثة ناطق مصدران مسؤولان قيادي قياديون مستشار باحث باحثون مواطن مواطنون سكان
    عميل عملاء
    """
)
# Passive speech verbs: "وأفيد بأن ...", "وقيل إن ...", "ويقال إن ...": reported speech whose speaker is
# never named (anonymous), whoever spoke before.
AR_PASSIVE_SPEECH = _norm_set("أفيد قيل يقال أشيع يشاع")
# Verbs of appeal: reported speech only with a content clause ("طالب بأن", "دعا إلى أن", "ناشد ... أن").
AR_APPEAL_VERBS = _norm_set(
    """
    طالب طالبت طالبوا يطالب تطالب دعا دعت دعوا يدعو تدعو ناشد ناشدت ناشدوا يناشد تناشد
    حث حثت حثوا يحث تحث أوصى أوصت اقترح اقترحت
    """
)
# "وبين أن" / "وبينت أن": بين is a speech verb only before a complementizer.
AR_BAYYANA = _norm_set("بين بينت بينوا يبين تبين")
# Relatives of someone in the story: "وقالت زوجته", "وقال والد الضحية" (no named speaker).
AR_RELATIVES = _norm_set(
    """
    زوج زوجة زوجته زوجها زوجتي والد والدة والده والدها والدته والدتها والدهم والدتهم أبوه أبوها أمه أمها
    ابنه ابنها ابنته ابنتها ابنهم شقيق شقيقة شقيقه شقيقها شقيقته شقيقتها أخوه أخوها أخته أختها عمه عمها
    خاله خالها جده جدها جدته جدتها صديقه صديقها صديقته جاره جارها أقاربه أقاربها ذووه ذووها أسرته أسرتها عائلته عائلتها
    ذوو ذوي أسرة عائلة أقارب والدا
    """
)
# Subjects of sacred texts: "قال تعالى", "قال رسول الله ﷺ" cite scripture, not a news speaker.
AR_SACRED = _norm_set("تعالى سبحانه وتعالى جل عز الله ﷺ النبي الرسول المصطفى")
# Verbs that report speech only when a quotation or a colon follows them.
AR_WEAK_VERBS = _norm_set(
    """
    زاد كتب كتبت غرد غردت تحدث تحدثت ختم ختمت استطرد سأل سألت أجاب أجابت رد ردت
    وجاء جاء ورد قول
    """
)
# Participles of manner: "قائلا", "مضيفا أن", "مشيرة إلى أن".
AR_PARTICIPLES = _norm_set(
    """
    قائلا قائلة قائلين قائلاً قائلةً بقوله بقولها بالقول
    مضيفا مضيفة مضيفاً مضيفةً
    مؤكدا مؤكدة مؤكداً مؤكدةً
    مشيرا مشيرة مشيراً مشيرةً
    موضحا موضحة موضحاً موضحةً
    معتبرا معتبرة معتبراً
    محذرا محذرة محذراً
    لافتا لافتة لافتاً
    مشددا مشددة مشدداً
    منوها منوهة منوهاً
    كاشفا كاشفة كاشفاً
    نافيا نافية نافياً
    مبينا مبينة مبيناً
    متابعا متابعة متابعاً
    معربا معربة معرباً
    مفيدا مفيدة مفيداً
    واصفا واصفة واصفاً واصفين
    مشيرين مؤكدين مضيفين موضحين معتبرين محذرين لافتين مشددين منوهين كاشفين نافين مبينين معربين
    مشيرتين مؤكدتين مشيرات مؤكدات
    """
)
# Complementizers after which the reported content begins.
AR_COMPLEMENTIZERS = _norm_set(
    """
    أن إن بأن بإن أنه إنه بأنه أنها إنها بأنها أنهم إنهم بأنهم أننا إننا بأننا أنني إنني بأنني
    أنهما بأنهما أنهن إنّ أنّ
    """
)
# Words that only set off reported content when a quotation mark follows (describing speech).
AR_DESCRIBE = _norm_set(
    "اتهم اتهمت اتهموا وصف وصفت وصفه وصفها وصفته وصفتها سمى سماه أسماه أسمته وصفوا ووصف ووصفت ندد نددت"
)

AR_PREPOSITION_STOPS = _norm_set("في خلال عبر على من مع عن أمام بعد قبل عقب لدى إلى غداة حول أثناء وسط حيث")
AR_TIME_WORDS = _norm_set(
    """
    أمس اليوم غدا الليلة مساء صباح ظهر يوم الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت
    هاتفيا هاتفياً صحفيا رسميا حصريا مؤخرا الشهر العام الأسبوع السنة الماضي المقبل الحالي الجاري أول أيضا كذلك بدوره بدورها أيضاً وقتها حينها آنذاك حينذاك
    """
)
# Honorifics directly before a personal name.
AR_HONORIFICS = _norm_set(
    """
    الدكتور د الشيخ المهندس الأستاذ العقيد العميد اللواء الفريق المقدم الرائد النقيب السيد السيدة
    الأمير الأميرة الملك الرئيس سمو معالي فضيلة سماحة دكتور المحامي القاضي القاضية المحامية الشاعر الفنان الفنانة
    الكاتب الكاتبة المغرد المغردة الصحافي الصحفي القانوني القيادي الباحث الباحثة
    المستشار اللاعب المدرب الحارس المخرج الملحن م د المغردين النائب المعلم المعلمة
    الدكتورة المهندسة الأستاذة الشيخة المستشارة النائبة الكابتن
    """
)
# Words of a title or description (never part of a personal name).
AR_TITLE_WORDS = _norm_set(
    """
    المتحدث متحدث متحدثة الناطق ناطق ناطقة باسم الرسمي الإعلامي وزير الوزير نائب رئيس الرئيس مدير المدير مديرة
    مساعد مساعدة وكيل وكيلة أمين الأمين عضو رئيسة سفير السفير قائد القائد مسؤول المسؤول مستشار المستشار منسق منسقة
    المشرف مشرف أستاذ مشارك استشاري محافظ المحافظ أمير حاكم الحاكم زعيم الزعيم نائبة عمدة رئيس
    الرئيس الأعلى التنفيذي العام العامة الأول السابق الأسبق الجديد المكلف بالنيابة وزيرة المتحدثة الناطقة
    المفتي مفتي قائلا الجنرال المندوب مندوب المبعوث مبعوث خبير الخبير أحد شيخ والخبير المفوض مفوض المشرف المدعي مدعي المدعى
    """
)
# Anonymous or collective speakers: a quote by them has no speaker entity.
AR_ANONYMOUS = _norm_set(
    """
    مصدر مصادر المصدر المصادر مسؤول مسؤولون مسؤولين المسؤول المسؤولون مسئول مسئولون مسئولين مسئولو شهود الشهود شاهد أحد هؤلاء خبراء
    محللون سكان مراقبون ناشطون نشطاء مواطنون تقرير التقرير تقريرا وثيقة الوثيقة المعلومات معلومات تحقيقات
    دراسة الدراسة تقارير التقارير وثائق الوثائق تحليل التحليل منظمو منظمي المنظمون
    ضابط الضابط امرأة المرأة رجل الرجل طفل الطفل شاب الشاب فتاة الفتاة مواطن المواطن مواطنة المواطنة
    مواقع المواقع شاهدة الشاهدة شهود عيان
    علماء العلماء باحثين خبير أطباء الأطباء
    مسؤولان مسؤولين مصدران صحف الصحف وسائل صحيفتان المتخصصون متخصصون الوسائط وسائط
    الوزراء وزراء القادة الزعماء المشاركون المشاركين المجتمعون المجتمعين الأعضاء أعضاء المتحدثون الخبراء
    مغردو مغردون مغردين المغردون المغردين مدافعا معلقا معلقة متسائلا متسائلة
    أحدهم أحدهما إحداهن إحداهما بعضهم كادر عنصر أفراد
    طالب الطالب طالبة الطالبة سائق السائق موظف الموظف جندي الجندي عامل العامل مقيم المقيم الضحية مسؤولو مصادرنا البعض بعض آخرون عدد
    رجال نساء أهالي الأهالي عدة عديد معظم أغلب غالبية
    مقرب مقربة مقربون مقربين المقربون المقربين مقربو مقربي مصدرا مسؤولا مسئولا إحدى احدى
    """
)
# Nouns that stand for the previous speaker ("وتابع البيان", "وأضاف سموه").
AR_ANAPHORS = _norm_set("البيان بيان سموه معاليه فضيلته سعادته الوزير المتحدث الناطق العضو المتحدثة الناطقة")
# Words marking the next quoted span as a title or a name, not a quotation.
AR_TITLE_CUES = _norm_set(
    """
    بعنوان عنوان عنوانه اسم باسم اسمها اسمه تحت شعار وسم هاشتاق هاشتاغ كتاب فيلم برنامج مهرجان حملة مبادرة
    أغنية قصيدة رواية مسلسل مسرحية معرض مشروع عملية سفينة المدمرة الفرقاطة طائرة صاروخ مقاتلات مقاتلة
    منظومة نظام صحيفة مجلة قناة موقع وكالة حساب جائزة مسابقة بطولة كأس فريق نادي مسجد شركة تطبيق
    """
)
# Outlets and their heads: the reporting source of a quotation.
AR_OUTLET_HEADS = _norm_set("وكالة صحيفة جريدة قناة موقع تلفزيون التلفزيون إذاعة شبكة مجلة")
AR_OUTLETS = _norm_set(
    """
    رويترز فرانس برس أ ف ب أسوشيتد أسوشيتدبرس تاس إنترفاكس نوفوستي سبوتنيك شينخوا يونهاب كيودو واس سانا إرنا
    الأناضول الجزيرة العربية سي إن إن بي بي سي سبق عكاظ الاقتصادية الرياض اليوم المدينة الوطن الشرق الأوسط
    الحياة الجزيرة الأهرام إيتار تاس
    """
)
AR_OWN_WORDS = _norm_set("قوله قولها قولهم تعبيره تعبيرها وصفه وصفها تصريحه تصريحها")

EN_WEAK_VERBS = frozenset("asked answered replied continued wrote tweeted posted recalled urged".split())
EN_TITLE_WORDS = frozenset(
    """
    secretary minister chief manager president director spokesman spokeswoman spokesperson mayor governor
    senator rep rep. capt capt. captain lt lt. sgt sgt. gen gen. general col col. mr mr. mrs mrs. ms ms. dr dr.
    prof prof. ceo chairman chairwoman chair deputy attorney judge sheriff sheriff's sheriff’s officer
    commissioner superintendent king queen prince premier ambassador foreign interior defense defence
    treasury police fire township city county state prime vice executive general's envoy leader coach
    councilman councilwoman trooper detective agent lieutenant sergeant colonel commander administrator
    assistant principal teacher professor analyst lawyer economist official spokesman,
    """.split()
)
EN_ORG_WORDS = frozenset(
    """
    department ministry office council board agency company inc inc. corp corp. association police kremlin
    court university committee party army navy service commission bank group government house senate
    congress parliament authority institute foundation bureau union federation organization organisation
    administration cabinet embassy military forces corps school district society club fund centre center
    pentagon treasury church hospital network corporation corp ltd llc co company's airlines airline bureau
    organisation league team coalition alliance ministry's federation
    """.split()
)
EN_OUTLETS = frozenset(
    """
    reuters ap afp associated press agence france-presse tass interfax xinhua yonhap kyodo bbc cnn
    bloomberg al jazeera ria novosti sputnik irna anadolu wafa sana upi dpa efe ansa nyt times post
    guardian
    """.split()
)
EN_OUTLET_HEADS = frozenset(
    """agency newspaper paper channel network station broadcaster magazine insider journal tribune herald
    gazette telegraph news radio television tv wire""".split()
)
EN_ANONYMOUS = frozenset(
    """
    source sources official officials witness witnesses residents analysts experts observers people
    report reports investigation investigators police authorities some others one document documents
    """.split()
)
EN_PRONOUNS = frozenset("he she they it i we".split())
EN_TITLE_CUES = frozenset("titled entitled called named dubbed hashtag slogan book film movie song".split())
EN_DESCRIBE = frozenset("called describes described calls dubbed termed labelled labeled branded".split())


def ar_in(word: str, vocab: frozenset[str]) -> bool:
    n = normalize(word)
    return n in vocab or strip_conj(n) in vocab


def strip_al(word_norm: str) -> str:
    w = strip_conj(word_norm) if word_norm.startswith(("وال", "فال")) else word_norm
    if w.startswith("لل") and len(w) > 4:
        return w[2:]
    if w.startswith(("ال", "بال", "كال")):
        w = w[w.index("ال") + 2 :]
    return w


@lru_cache(maxsize=1)
def person_name_tokens() -> frozenset[str]:
    """Arabic-script person-name tokens (normalized): the list built by ``khabar build quote-names``
    (from Wikidata English-Arabic name pairs, CC0), else the knowledge base's name tokens, else none
    (the stage still works, with fewer names told apart from descriptions)."""
    import gzip

    from khabar.quotes.names import DATA

    if DATA.exists():
        with gzip.open(DATA, "rt", encoding="utf-8") as f:
            return frozenset(line.strip() for line in f if line.strip())
    try:
        from khabar.kb.names import known_name_tokens  # type: ignore[import-not-found]

        return frozenset(known_name_tokens())
    except Exception:  # no knowledge base either
        return frozenset()


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Frequent Arabic words of the news corpus the entity layer was trained on (normalized): the
    vocabulary of its word clusters in the shipped NER lexicon (``khabar/entities/models``). A phrase
    made only of such words, one of them no known name word, is a description or an adverbial
    ("بهذا الصدد", "يجب", "بيانات نظام"), not a name the entity layer missed. Empty when the lexicon
    is not there."""
    import gzip
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "entities" / "models" / "ner-ar.lexicon.json.gz"
    if not path.exists():
        return frozenset()
    with gzip.open(path, "rt", encoding="utf-8") as f:
        clusters = json.load(f).get("clusters", {})
    return frozenset(normalize(w) for w in clusters if w and not w.isascii())
