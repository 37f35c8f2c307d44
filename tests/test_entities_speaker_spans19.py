

# --- an untagged name whose family name is a common or indefinite word, in a speaker's frame -------
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("وأكد الخبير الاقتصادي نعيم العراقي أن الأسواق ستتعافى قريبا.", "نعيم العراقي"),
        ("وقال المهندس رفعت غريب الذي أشرف على الترميم إن القاعة جاهزة.", "رفعت غريب"),
        ("وأوضح المستشار أشعر ناظم، أن البنوك رفعت أرباحها.", "أشعر ناظم"),
    ],
)
def test_untagged_name_with_a_common_family_word(text: str, person: str) -> None:
    assert (person, "PERSON") in mentions(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an anonymous source and its adjective: no name
        ("وقال مصدر مسؤول إن الوضع مستقر.", "مسؤول"),
        # a statement noun and its adjective
        ("وقال بيان مشترك إن الطرفين اتفقا على التهدئة.", "مشترك"),
        # a plural of officials
        ("وقالت مصادر مطلعة إن الاجتماع تأجل.", "مطلعة"),
    ],
)
def test_no_name_from_anonymous_speakers(text: str, word: str) -> None:
    assert not any(t == "PERSON" and word in m for m, t in mentions(text))
