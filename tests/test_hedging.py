"""The hedging and boosting lens: pinned facts on the seed article, disambiguation both
ways, offsets, and the shape of the two lexicons."""

from __future__ import annotations

import statistics
import time

import pytest

from course.datasets import REQUIRED_COLUMNS, datasets_dir, list_articles, load_article, load_gold, load_lexicon
from course.document import build_document
from course.errors import DatasetError
from course.labels import BOOSTER_LABELS, HEDGE_LABELS
from course.lenses import hedging


def stance(text: str) -> list[tuple[str, str, str]]:
    """(text, category, label) of every hedge and booster found in ``text``."""
    return [(a.text, a.category, a.label) for a in hedging.annotate(build_document(text))]


@pytest.fixture(scope="module")
def seed():
    text = load_article().text
    doc = build_document(text)
    return text, doc, hedging.annotate(doc)


# ----------------------------------------------------------------------------- seed article


def test_seed_of_course_is_a_concurrence_booster(seed):
    text, _, anns = seed
    hits = [a for a in anns if a.text == "of course"]
    assert len(hits) == 1
    a = hits[0]
    assert (a.category, a.label, a.rule) == ("booster", "concurrence", "boosters.tsv: of course")
    assert text[a.start : a.end] == "of course"
    assert "will, of course, react" in text[a.start - 6 : a.end + 7]


def test_seed_if_necessary_is_a_conditional_hedge(seed):
    text, _, anns = seed
    hits = [a for a in anns if a.category == "hedge"]
    assert [(a.text, a.label) for a in hits] == [("if necessary", "conditional")]
    assert text[hits[0].start : hits[0].end] == "if necessary"


def test_seed_has_no_epistemic_hedge_exact_set(seed):
    # Pins the prose "the article has almost no hedges": one conditional hedge, nothing else.
    _, _, anns = seed
    hedges = {(a.text, a.label) for a in anns if a.category == "hedge"}
    assert hedges == {("if necessary", "conditional")}
    assert not any(a.label == "epistemic" for a in anns)


def test_seed_even_noted_is_writer_emphasis_and_quoted_even_now_is_speaker_emphasis(seed):
    text, _, anns = seed
    evens = [a for a in anns if a.text.lower() == "even"]
    assert len(evens) == 2
    writer, quoted = evens
    assert (writer.category, writer.label) == ("booster", "emphasis")
    assert text[writer.start - 3 : writer.end + 6] == "he even noted"
    assert "writer" in writer.explanation
    assert (quoted.category, quoted.label, quoted.text) == ("booster", "emphasis", "Even")
    assert quoted.start == text.index("Even now")
    assert "quotation" in quoted.explanation and quoted.explanation != writer.explanation


def test_seed_exact_booster_set(seed):
    _, _, anns = seed
    boosters = sorted((a.text, a.label) for a in anns if a.category == "booster")
    assert boosters == [("Even", "emphasis"), ("even", "emphasis"), ("exceptionally", "emphasis"),
                        ("major", "emphasis"), ("of course", "concurrence")]
    # "will" is never a booster.
    assert not any(a.text.lower() == "will" for a in anns)


def test_seed_major_violation_is_writer_emphasis(seed):
    # ANNOTATION.md §5/§11: "major" raises the force of the writer's accusation.
    text, _, anns = seed
    (major,) = [a for a in anns if a.text == "major"]
    assert (major.category, major.label) == ("booster", "emphasis")
    assert text[major.start : major.end + 10] == "major violation"
    assert major.rule == "boosters.tsv: major" and "violation" in major.explanation


def test_seed_annotations_are_well_formed(seed):
    text, doc, anns = seed
    assert anns, "the seed article has stance markers"
    assert [a.start for a in anns] == sorted(a.start for a in anns)
    for a in anns:
        assert text[a.start : a.end] == a.text
        assert a.category in ("hedge", "booster")
        assert a.label in (HEDGE_LABELS if a.category == "hedge" else BOOSTER_LABELS)
        assert a.rule.startswith(("hedges.tsv: ", "boosters.tsv: ", "pattern: "))
        assert a.explanation and a.reference
        sent = doc.sentences[a.sentence]
        assert sent.start <= a.start and a.end <= sent.end


def test_seed_annotate_is_fast(seed):
    _, doc, _ = seed
    times = []
    for _ in range(15):
        t0 = time.perf_counter()
        hedging.annotate(doc)
        times.append(time.perf_counter() - t0)
    # A few milliseconds on a laptop; the bound is loose for shared CI machines.
    assert statistics.median(times) < 0.05


# ----------------------------------------------------------------------------- disambiguation


@pytest.mark.parametrize(
    "text, expected",
    [
        # approximators only before a number, quantity or time
        ("About 300 troops were deployed.", [("About", "hedge", "approximator")]),
        ("They talked about sanctions.", []),
        ("The ministers met around noon.", [("around", "hedge", "approximator")]),
        ("Around 40 ships took part.", [("Around", "hedge", "approximator")]),
        ("Warships sailed around the Black Sea.", []),
        ("Some 300 troops arrived.", [("Some", "hedge", "approximator")]),
        ("It lasted about a year.", [("about", "hedge", "approximator")]),
        # "may": modal, not the month or a name
        ("Moscow may respond.", [("may", "hedge", "epistemic")]),
        ("The talks resumed in May 2021.", []),
        ("May 12 was a Friday.", []),
        ("Prime Minister Theresa May spoke.", []),
        # "would": hedge unless reported speech, a conditional consequence or narrative future
        ("He said Russia would respond.", []),
        ("That would be a mistake.", [("would", "hedge", "epistemic")]),
        ("Russia vetoed a resolution that would have extended aid deliveries.", []),
        ("Russia would respond, Lavrov said.", []),
        ("“That would be a mistake,” Lavrov said.", [("would", "hedge", "epistemic")]),
        ("The plan would later become law.", []),
        ("If talks fail, Moscow would respond.", [("If", "hedge", "conditional")]),
        # longest match: one investigation hedge, no extra "could"
        ("The claim could not be independently verified.",
         [("could not be independently verified", "hedge", "investigation")]),
        ("Moscow could respond.", [("could", "hedge", "epistemic")]),
        ("He could not swim.", []),
        # conditionals and open questions
        ("If the West continues, Moscow will respond.", [("If", "hedge", "conditional")]),
        ("Reporters asked if the talks would resume.", [("if", "hedge", "investigation")]),
        ("Should the talks fail, Moscow will respond.", [("Should", "hedge", "conditional")]),
        ("Moscow should respond.", []),
        ("It is unclear whether talks will resume.",
         [("unclear", "hedge", "investigation"), ("whether", "hedge", "investigation")]),
        # "even if" is concessive: the claim holds whatever happens (Quirk et al. 1985 §15.39)
        ("Moscow will act, even if it costs more.", []),
        ("Even if talks resume, the border stays closed.", []),
        # "will" is not a booster
        ("Russia will respond.", []),
        # weasel sources
        ("People familiar with the matter said talks stalled.",
         [("People familiar with the matter", "hedge", "weasel")]),
        ("Some officials said talks stalled.", [("Some officials", "hedge", "weasel")]),
        ("Critics say the plan is risky.", [("Critics", "hedge", "weasel")]),
        ("The critics said the plan was risky.", []),
        ("Many people were evacuated.", []),
        ("It is understood that the talks stalled.", [("It is understood", "hedge", "doxastic")]),
        ("The envoy is said to be furious.", [("is said to", "hedge", "weasel")]),
        # doxastic and epistemic verbs, with their non-hedging uses
        ("The drills were seen as a provocation.", [("were seen as", "hedge", "doxastic")]),
        ("The warship was seen in the Black Sea.", []),
        ("He appears to be ready.", [("appears to", "hedge", "epistemic")]),
        ("He appeared on television.", []),
        ("The deal is widely considered a success.", [("is widely considered", "hedge", "weasel")]),
        ("The council considered the proposal.", []),
        ("Moscow did not rule out a response.", [("did not rule out", "hedge", "epistemic")]),
        ("This is the highest possible score.", []),
        ("A response is possible.", [("possible", "hedge", "epistemic")]),
        # boosters, and where hedges and boosters meet
        ("This is almost certainly a bluff.", [("almost certainly", "hedge", "epistemic")]),
        ("There is no doubt that Moscow will respond.", [("There is no doubt", "booster", "certainty")]),
        ("Clearly, the West is to blame.", [("Clearly", "booster", "certainty")]),
        ("He even threatened to leave.", [("even", "booster", "emphasis")]),
        ("“We will even respond,” he said.", [("even", "booster", "emphasis")]),
        ("“We will respond even if it costs more,” he said.", []),
        # proposals, obligations and faiths are not hedges or boosters
        ("The envoy suggested holding the next round in Geneva.", []),
        ("The data suggest a link to the outage.", [("suggest", "hedge", "epistemic")]),
        ("The envoy suggested that the talks could resume.",
         [("suggested", "hedge", "epistemic"), ("could", "hedge", "epistemic")]),
        ("Religious beliefs play a large role.", []),
        ("The belief that sanctions work persists.", [("belief", "hedge", "doxastic")]),
        ("Visitors must have a valid visa.", []),
        ("Reuters could not independently verify the accounts.",
         [("could not independently verify", "hedge", "investigation")]),
        ("A deal is almost certain to fail.", [("almost certain", "hedge", "epistemic")]),
        ("The trend is unmistakable.", [("unmistakable", "booster", "certainty")]),
        ("The talks were supposed to begin on Monday.", []),
        ("The envoy is supposed to have met the rebels.", [("supposed", "hedge", "doxastic")]),
        ("The supposed plot was never proven.", [("supposed", "hedge", "doxastic")]),
        ("Someone must have leaked the memo.", [("must have", "booster", "certainty")]),
        # a "would" after any reporting verb of the lexicon is reported speech
        ("The minister made clear that Russia would not back down.", []),
        ("The plan would cost more, the ministry cautioned.", []),
        ("That would be a mistake.", [("would", "hedge", "epistemic")]),
        ("Russia vetoed a resolution that would have extended aid deliveries.", []),
        ("The numbers were even.", []),
    ],
)
def test_disambiguation(text, expected):
    assert stance(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # unnamed sources: a role noun with an indefinite or no determiner, as a source
        ("A senior official said the talks had stalled.", [("A senior official", "hedge", "weasel")]),
        ("The senior official said the talks had stalled.", []),
        ("Two officials familiar with the plan told reporters it was ready.",
         [("Two officials familiar with the plan", "hedge", "weasel")]),
        ("The talks stalled, a Western diplomat said.", [("a Western diplomat", "hedge", "weasel")]),
        ("The talks stalled, said a Western diplomat.", [("a Western diplomat", "hedge", "weasel")]),
        ("The talks stalled, according to two diplomats in Vienna.",
         [("two diplomats in Vienna", "hedge", "weasel")]),
        ("The talks stalled, according to the foreign ministry.", []),
        ("Members of the delegation said the talks had stalled.", [("Members of the delegation", "hedge", "weasel")]),
        ("A member of the public was injured.", []),
        ("Diplomats in Vienna said the talks had stalled.", [("Diplomats in Vienna", "hedge", "weasel")]),
        ("Diplomats arrived in Vienna on Monday.", []),
        ("Regional diplomats called for calm.", [("Regional diplomats", "hedge", "weasel")]),
        ("Regional diplomats called the ambassador.", []),
        ("Lorvia's officials said the talks had stalled.", []),
        ("A spokesman for the ministry said the talks had stalled.", []),
        ("Russian Foreign Minister Sergey Lavrov said the talks had stalled.", []),
        ("Not one member of the council has said so.", []),
        # verbal hedges take their verb group: auxiliaries before, raising "to"/"as" after
        ("The two delegations are expected to meet.", [("are expected to", "hedge", "doxastic")]),
        ("Moscow expects the talks to fail.", [("expects", "hedge", "doxastic")]),
        ("Thousands are believed to be trapped.", [("are believed to", "hedge", "doxastic")]),
        ("He believed the talks would fail.", [("believed", "hedge", "doxastic")]),
        ("The talks are widely seen as the best chance.", [("are widely seen as", "hedge", "weasel")]),
        ("The option could not be ruled out.", [("could not be ruled out", "hedge", "epistemic")]),
        ("Moscow may be expected to respond.", [("may", "hedge", "epistemic"), ("be expected to", "hedge", "doxastic")]),
        # an open question versus plain doubt
        ("It was not clear whether the talks would resume.",
         [("not clear", "hedge", "investigation"), ("whether", "hedge", "investigation")]),
        ("The outcome is unclear.", [("unclear", "hedge", "epistemic")]),
        ("It was uncertain how the council would vote.", [("uncertain", "hedge", "investigation")]),
        # guarded hope
        ("He was cautiously optimistic about the talks.", [("cautiously", "hedge", "epistemic")]),
        ("Cautious optimism in Geneva.", [("Cautious", "hedge", "epistemic")]),
        ("A cautious driver stopped.", []),
        # intensifiers of evaluation: boosters only when they raise the force of a judgement
        ("This is a major violation of the treaty.", [("major", "booster", "emphasis")]),
        ("Rotterdam is a major port.", []),
        ("The major powers met.", []),
        ("It was the most serious challenge in years.", [("most serious", "booster", "emphasis")]),
        ("Most ships left the port.", []),
        ("Dalmar had clear evidence of espionage.", [("clear", "booster", "certainty")]),
        ("There was no clear evidence of espionage.", []),
        ("The sky was clear.", []),
        ("Velmora has shown remarkable patience.", [("remarkable", "booster", "emphasis")]),
        ("The council held an extraordinary session.", []),
        ("The council took extraordinary measures.", [("extraordinary", "booster", "emphasis")]),
    ],
)
def test_extents_and_new_rules(text, expected):
    assert stance(text) == expected


def test_unnamed_source_explains_the_role_and_cites_vincze():
    (a,) = hedging.annotate(build_document("The talks stalled, a diplomat in Vienna said."))
    assert (a.text, a.rule, a.reference) == ("a diplomat in Vienna", "pattern: unnamed-source", "Vincze 2013 (weasel)")
    assert "“a diplomat in Vienna”" in a.explanation and "diplomat" in a.explanation


def test_widely_held_view_explains_itself():
    (a,) = hedging.annotate(build_document("The talks are widely seen as the best chance."))
    assert a.rule == "hedges.tsv: seen + widely" and a.reference == "Vincze 2013 (weasel)"
    assert "“are widely seen as”" in a.explanation


def test_would_inside_an_open_question_is_not_a_second_hedge():
    rows = stance("It was unclear whether a decision would be taken.")
    assert [r[0] for r in rows] == ["unclear", "whether"]
    assert stance("A decision would be a mistake.") == [("would", "hedge", "epistemic")]


@pytest.mark.parametrize("slug", list_articles(split="development"))
@pytest.mark.parametrize("category", ["hedge", "booster"])
def test_gold_texts_scored_exactly(slug, category):
    # The lens aims at the gold extents of ANNOTATION.md: exact-match F1 >= 0.9, labels agree.
    art = load_article(slug)
    gold = {(a.start, a.end): a.label for a in load_gold(slug).by_category(category)}
    pred = {(a.start, a.end): a.label for a in hedging.annotate(build_document(art.text)) if a.category == category}
    tp = len(gold.keys() & pred.keys())
    f1 = 1.0 if not gold and not pred else 2 * tp / (len(gold) + len(pred))
    assert f1 >= 0.9, (slug, category, sorted(gold.keys() ^ pred.keys()))
    assert all(gold[k] == pred[k] for k in gold.keys() & pred.keys())


def test_quoted_even_is_the_speakers_not_the_writers():
    doc = build_document("He even warned: “We will even respond.”")
    rows = [(a.text, a.start) for a in hedging.annotate(doc)]
    assert rows == [("even", 3), ("even", 25)]
    writer, quoted = hedging.annotate(doc)
    assert writer.explanation != quoted.explanation
    assert "speaker" in quoted.explanation and "writer" in writer.explanation


def test_rules_and_explanations_are_specific():
    anns = hedging.annotate(build_document("Moscow may respond. Critics say it might not."))
    assert [a.rule for a in anns] == ["hedges.tsv: may", "pattern: unnamed-source", "hedges.tsv: might"]
    assert len({a.explanation for a in anns}) == 3
    assert "“Critics”" in anns[1].explanation
    assert all("Szarvas" in a.reference or "Hyland" in a.reference or "Vincze" in a.reference for a in anns)


def test_empty_text():
    assert hedging.annotate(build_document("")) == []


# ----------------------------------------------------------------------------- lexicons


@pytest.mark.parametrize("name, labels", [("hedges", HEDGE_LABELS), ("boosters", BOOSTER_LABELS)])
def test_lexicon_schema(name, labels):
    entries = load_lexicon(name)
    assert len(entries) >= 30
    for e in entries:
        for col in (*REQUIRED_COLUMNS, "condition", "exclude_prev", "exclude_next", "extent"):
            assert col in e.fields, (name, e.line, col)
        assert e.phrase == e.phrase.strip().lower() and e.phrase, (name, e.line)
        assert e.label in labels, (name, e.line, e.label)
        assert len(e.explanation) > 20, (name, e.line)
        assert e.source and any(c in e.source for c in ("Hyland", "Szarvas", "Vincze", "Martin & White", "Biber")), (name, e.line)
        assert e.get("condition") in hedging.CONDITIONS, (name, e.line, e.get("condition"))
        assert e.get("extent") in hedging.EXTENTS, (name, e.line, e.get("extent"))
    explanations = [e.explanation for e in entries]
    assert len(set(explanations)) == len(explanations), "every entry has its own explanation"
    keys = [(e.phrase, e.get("condition")) for e in entries]
    assert len(set(keys)) == len(keys), "no duplicate (phrase, condition) rows"


def test_lexicons_cover_the_required_categories():
    hedges = {e.phrase: e.label for e in load_lexicon("hedges")}
    for phrase, label in [("may", "epistemic"), ("might", "epistemic"), ("reportedly", "epistemic"),
                          ("believe", "doxastic"), ("it is understood", "doxastic"),
                          ("if necessary", "conditional"), ("unless", "conditional"),
                          ("whether", "investigation"), ("remains to be seen", "investigation"),
                          ("about", "approximator"), ("people familiar with the matter", "weasel"),
                          ("not rule out", "epistemic")]:
        assert hedges.get(phrase) == label, phrase
    boosters = {e.phrase: e.label for e in load_lexicon("boosters")}
    assert boosters["of course"] == "concurrence"
    assert boosters["clearly"] == "certainty"
    assert boosters["even"] == "emphasis"
    assert "will" not in boosters and "never" not in boosters
    majors = [e for e in load_lexicon("boosters") if e.phrase == "major"]
    assert [e.get("condition") for e in majors] == ["evaluative-head"], "major counts only before a judgement"


def test_unknown_condition_is_reported(tmp_path, monkeypatch):
    (tmp_path / "articles").mkdir()
    lex = tmp_path / "lexicons"
    lex.mkdir()
    header = "phrase\tlabel\tcondition\texplanation\tsource\n"
    (lex / "hedges.tsv").write_text(header + "may\tepistemic\tno-such-rule\tA test row here.\tHyland 2005\n", encoding="utf-8")
    (lex / "boosters.tsv").write_text(header, encoding="utf-8")
    monkeypatch.setenv("COURSE_DATASETS", str(tmp_path))
    load_lexicon.cache_clear()
    hedging._rules.cache_clear()
    try:
        with pytest.raises(DatasetError, match="no-such-rule"):
            hedging.annotate(build_document("Moscow may respond."))
    finally:
        monkeypatch.delenv("COURSE_DATASETS")
        load_lexicon.cache_clear()
        hedging._rules.cache_clear()
    assert datasets_dir().name == "datasets"
    assert stance("Moscow may respond.") == [("may", "hedge", "epistemic")]


def test_unknown_extent_is_reported(tmp_path, monkeypatch):
    (tmp_path / "articles").mkdir()
    lex = tmp_path / "lexicons"
    lex.mkdir()
    header = "phrase\tlabel\tcondition\textent\texplanation\tsource\n"
    (lex / "hedges.tsv").write_text(header + "may\tepistemic\t\tno-such-extent\tA test row here.\tHyland 2005\n", encoding="utf-8")
    (lex / "boosters.tsv").write_text(header, encoding="utf-8")
    monkeypatch.setenv("COURSE_DATASETS", str(tmp_path))
    load_lexicon.cache_clear()
    hedging._rules.cache_clear()
    try:
        with pytest.raises(DatasetError, match="no-such-extent"):
            hedging.annotate(build_document("Moscow may respond."))
    finally:
        monkeypatch.delenv("COURSE_DATASETS")
        load_lexicon.cache_clear()
        hedging._rules.cache_clear()
    assert stance("Moscow is expected to respond.") == [("is expected to", "hedge", "doxastic")]


# ----------------------------------------------------------------------------- Szeged benchmark


def test_szeged_benchmark_on_a_tiny_corpus(tmp_path):
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "benchmarks" / "ref_szeged.py"
    spec = importlib.util.spec_from_file_location("ref_szeged", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    (tmp_path / "szeged_wikipedia").mkdir()
    (tmp_path / "szeged_wikipedia" / "wiki.xml").write_text(
        '<Annotation><DocumentSet><Document><DocumentPart>'
        '<Sentence id="1">It <ccue type="speculation_modal_probable_">may</ccue> rain in May.</Sentence>'
        '<Sentence id="2">He <ccue type="speculation_hypo_doxastic _">believes</ccue> it.</Sentence>'
        '<Sentence id="3">They talked about sanctions, perhaps.</Sentence>'
        '<Sentence id="4">The talks ended.</Sentence>'
        '</DocumentPart></Document></DocumentSet></Annotation>',
        encoding="utf-8",
    )
    hy = tmp_path / "lexicons" / "recasens2013_bias_related"
    hy.mkdir(parents=True)
    (hy / "hedges_hyland2005.txt").write_text("# list\nabout\nmay\n", encoding="utf-8")
    corpus = bench.read_corpus(tmp_path / bench.CORPUS)
    assert corpus[0] == ("It may rain in May.", [(3, 6, "epistemic")])
    res = bench.run(tmp_path)
    assert (res["sentences"], res["uncertain"]) == (4, 2)
    kit = res["systems"]["kit hedging lens (all hedges)"]
    assert (kit["tp"], kit["fp"], kit["fn"]) == (2, 1, 0)  # "perhaps" is a hedge the gold lacks
    assert kit["cue_recall_by_type"] == {"doxastic": 1.0, "epistemic": 1.0}
    hyland = res["systems"]["Hyland 2005 list (baseline)"]
    assert (hyland["tp"], hyland["fp"], hyland["fn"]) == (1, 1, 1)  # "about" fires, "believes" missed


def test_not_yet_clear_is_a_hedge_like_not_clear():
    from course import analyze

    found = [(a.text, a.label) for a in analyze("It is not yet clear how the military will respond.").annotations
             if a.category == "hedge"]
    assert found == [("not yet clear", "investigation")]


@pytest.mark.parametrize("text, expected", [
    ("Collin Koh, a maritime security analyst in Singapore, said the move was risky.", []),
    ("A senior official, speaking on condition of anonymity, said talks had stalled.",
     [("A senior official", "hedge", "weasel")]),
    ("Neither account could be independently verified.",
     [("could be independently verified", "hedge", "investigation")]),
])
def test_named_sources_anonymous_sources_and_unverified_accounts(text, expected):
    assert stance(text) == expected


def test_ministry_intensifiers_are_boosters():
    assert stance("China firmly opposes the sale and categorically rejects the claims.") == [
        ("firmly", "booster", "emphasis"), ("categorically", "booster", "certainty")]
    assert stance("Varnia will respond firmly.") == []  # the manner of an act, not a stance


@pytest.mark.parametrize("name", ["REPORTING_VERBS", "SOURCE_VERBS", "SOURCE_REPORTING_VERBS"])
def test_hedging_verbs_of_saying_are_forms_of_the_lexicon(name):
    """The hedging lens picks its verbs of saying and thinking from ``reporting_verbs.tsv``: a word
    it treats as one must be a documented form there, with a class and a note."""
    forms = {e.phrase for e in load_lexicon("reporting_verbs")}
    missing = sorted(getattr(hedging, name) - forms)
    assert not missing, f"hedging.{name} has words missing from reporting_verbs.tsv: {missing}"


@pytest.mark.parametrize("text, would_is_hedge", [
    ("Lavrov said Moscow would respond.", False),  # future-in-the-past after a past verb of saying
    ("His answer was to say he would resign.", False),  # the infinitive takes the past of its clause
    ("Lavrov says Moscow would respond to any provocation.", True),  # nothing shifted: Lavrov's own modal
    ("The ministry estimates that the plan would cost billions.", True),
    ("Moscow would respond if attacked.", False),  # the "if" that follows is the hedge
    ("Moscow would respond; if attacked, it would retaliate.", True),  # (the first one: another clause)
    # ... and so are the other conditions that may follow ("as long as", "in case", "on condition that")
    ("The deal would allow grain ships to leave as long as they are inspected.", False),
    ("Troops would stay in case the talks failed.", False),
    # a raising frame reports no clause: the "would" after it is the writer's
    ("The missile is thought to use solid fuel, which would allow it to be launched quickly.", True),
])
def test_would_after_a_present_verb_of_saying_is_the_sources_own_hedge(text, would_is_hedge):
    from course import analyze

    first_would = [a for a in analyze(text).annotations if a.category == "hedge" and a.text == "would"
                   and a.start == text.index("would")]
    assert bool(first_would) is would_is_hedge


@pytest.mark.parametrize("text, hedged", [
    ("Amid speculation that the talks had collapsed, the envoy left.", True),
    ("There has been much speculation as to whether the envoy will resign.", True),
    ("Officials urged the public to avoid speculation about the talks.", False),  # a topic, not a guess
    ("We will not engage in that kind of speculation.", False),
])
def test_speculation_hedges_only_what_it_frames(text, hedged):
    from course import analyze
    found = [a.text for a in analyze(text).annotations if a.category == "hedge" and a.text == "speculation"]
    assert bool(found) is hedged


def test_a_fixed_comparison_with_seem_is_no_hedge():
    from course import analyze
    assert [a.text for a in analyze("The gap is smaller than it seems.").annotations if a.category == "hedge"] == []
    assert [a.text for a in analyze("The gap seems smaller.").annotations if a.category == "hedge"] == ["seems"]


def test_maximizers_boost_and_others_with_a_verb_of_thinking_is_a_weasel():
    from course import analyze
    assert [(a.text, a.label) for a in analyze("The convoy was completely destroyed.").annotations
            if a.category == "booster"] == [("completely", "emphasis")]
    weasels = [a.text for a in analyze("Others suspect that the offer is a trap.").annotations if a.label == "weasel"]
    assert weasels == ["Others"]
    assert [a for a in analyze("Two others were killed in the attack.").annotations if a.label == "weasel"] == []


@pytest.mark.parametrize("text, hedges, boosters", [
    ("Neither toll could be independently confirmed.", ["could be independently confirmed"], []),
    ("She alleged that the vote was rigged.", [], []),  # a distancing cue with its source, not a hedge
    ("The alleged attack was never confirmed.", ["alleged"], []),
    ("The evidence points unambiguously to a state actor.", [], ["unambiguously"]),
    ("There is no connection whatsoever.", [], ["whatsoever"]),
    # the speaker's own certainty in the first person is a booster; its negation a hedge
    ("“I'm sure that our partners will understand,” he said.", [], ["I'm sure"]),
    ("I am convinced that the talks will succeed.", [], ["I am convinced"]),
    ("I'm not sure the talks will succeed.", ["not sure"], []),
    ("He is sure to fail.", [], []),
    ("Prices could rise by as much as 40 percent.", ["could", "as much as"], []),
    ("Their origin could not be established.", ["could not be established"], []),
    ("Ships can carry as much as they like.", [], []),
])
def test_stance_words_found_on_new_texts(text, hedges, boosters):
    from course import analyze
    a = analyze(text).annotations
    assert [x.text for x in a if x.category == "hedge"] == hedges
    assert [x.text for x in a if x.category == "booster"] == boosters


@pytest.mark.parametrize("text, conditions", [
    ("The government would cut warheads provided Kalvan accepts inspections.", ["provided"]),
    ("Provided the sides agree, a truce will begin.", ["Provided"]),
    ("Talks can resume provided they withdraw.", ["provided"]),
    ("The truce will hold as long as both sides respect it.", ["as long as"]),
    ("The US provided Kalvan with weapons.", []),  # the verb
    ("The agency provided aid to the city.", []),
    ("I waited as long as I could.", []),  # a degree
])
def test_provided_and_as_long_as_open_a_condition_only_before_a_clause(text, conditions):
    from course import analyze
    a = analyze(text).annotations
    assert [x.text for x in a if x.label == "conditional"] == conditions
    if conditions == ["provided"] and "would" in text:
        assert "would" not in [x.text for x in a if x.category == "hedge"]  # the condition's consequence


@pytest.mark.parametrize("text, conditions, weight", [
    # an agreement "in principle" leaves its terms open: the commitment is conditional and weighs less
    ("The two sides agreed in principle to a prisoner exchange.", ["in principle"], 2.0),
    ("The two sides agreed to a prisoner exchange.", [], 4.0),
    ("It is a matter of principle.", [], None),
])
def test_in_principle_makes_an_agreement_conditional(text, conditions, weight):
    from course import analyze
    a = analyze(text).annotations
    assert [x.text for x in a if x.label == "conditional"] == conditions
    agree = [x for x in a if x.label == "AGREE"]
    assert [x.intensity for x in agree] == ([] if weight is None else [weight])
    assert all(("conditional" in x.modifiers) == bool(conditions) for x in agree)


@pytest.mark.parametrize("text, label, found", [
    # a floor or a ceiling before a number is an approximator
    ("At least 212 people were killed.", "approximator", ["At least"]),
    ("As many as 40 ships took part.", "approximator", ["As many as"]),
    ("At least he tried.", "approximator", []),
    ("The fighting has killed more than 600 people.", "approximator", ["more than"]),
    ("There were more than enough reasons.", "approximator", []),
    ("Nobody should doubt that.", "certainty", ["Nobody should doubt"]),
    # impersonal frames are doxastic (§4); an unnamed commander is a weasel source; "neither side" opens a condition
    ("It is reported that observers found no fraud.", "doxastic", ["It is reported"]),
    ("A rebel commander said the corridor was mined.", "weasel", ["A rebel commander"]),
    ("The corridor stays open as long as neither side moves troops.", "conditional", ["as long as"]),
    ("AU monitors are not expected to reach the area until Tuesday.", "doxastic", ["are not expected to"]),
    # unnamed sources: a number, a relative clause between commas, a participle after the role noun
    ("The talks were difficult, one diplomat said.", "weasel", ["one diplomat"]),
    ("A ministry official, who asked not to be named, said the talks failed.", "weasel", ["A ministry official"]),
    ("Fighting continued, according to witnesses reached by phone.", "weasel", ["witnesses reached by phone"]),
    ("Lavrov, who spoke in Moscow, said the talks failed.", "weasel", []),  # a named speaker
    # an impression is epistemic; a resemblance is not
    ("“It looks like a tactical pause,” said Marta Oren.", "epistemic", ["It looks like"]),
    ("The truce looks set to collapse.", "epistemic", ["looks set to"]),
    ("He looks like his father.", "epistemic", []),
])
def test_hedges_by_label_found_on_new_texts(text, label, found):
    from course import analyze
    assert [a.text for a in analyze(text).annotations if a.label == label] == found


@pytest.mark.parametrize("text, may_is_hedge", [
    # "may" in a rule's words grants permission (deontic, Coates 1983): no hedge
    ("Under the agreement, each side may deploy up to 200 observers along the line.", False),
    ("Inspectors may enter any site with 24 hours' notice, the protocol says.", False),
    ("Vessels may not enter the zone without permission.", False),
    ("Under the ceasefire, observers may be deployed along the line.", False),
    ("Either party may withdraw from the treaty, and each side shall report violations.", False),
    ("Article 4 states that prisoners shall be exchanged. Civilians may cross the line at five points.", False),
    ("Article 4 states that prisoners shall be exchanged.\n\nCivilians may cross the line at five points.", True),
    # ... but a change nobody is allowed to do, an expletive subject, or no rule at all stays a guess
    ("Under the deal, prices may rise.", True),
    ("Under the agreement, there may be further talks.", True),
    ("The talks may collapse if neither side gives ground.", True),
    ("The government may decide to expel more diplomats.", True),
    ("Each side may claim victory.", True),
])
def test_may_in_a_rule_grants_permission_and_is_no_hedge(text, may_is_hedge):
    from course import analyze
    a = analyze(text).annotations
    assert ("may" in [x.text for x in a if x.category == "hedge"]) == may_is_hedge
    # the escalation lens weighs a permitted step in full, a possible one less
    steps = [x for x in a if x.category in ("escalation", "deescalation") and x.label != "AGREE"]
    assert all(("hedged" in x.modifiers) == may_is_hedge for x in steps if x.start > text.index("may"))


@pytest.mark.parametrize("text, weasels", [
    # a time or a place before the comma is no name with an apposition
    ("Three people were killed on Saturday, local officials said.", ["local officials"]),
    ("Three people were killed in Hesk, local officials said.", ["local officials"]),
    ("Collin Koh, a maritime security analyst, said the talks had stalled.", []),
    # the anonymity clause without commas, the passive "were quoted", unnamed groups of an institution's kind
    ("A senior official who spoke on condition of anonymity because he was not authorised to brief "
     "the media said the talks had stalled.", ["A senior official"]),
    ("Unnamed officials in Tarsk were quoted by the agency as saying the talks had stalled.", ["Unnamed officials in Tarsk"]),
    ("Rights groups say the vote was rigged.", ["Rights groups"]),
    ("The two groups said the vote was rigged.", []),
])
def test_unnamed_sources_on_new_texts(text, weasels):
    from course import analyze
    assert [a.text for a in analyze(text).annotations if a.label == "weasel"] == weasels


@pytest.mark.parametrize("text, about", [
    ("About 300 troops crossed the border.", ["About"]),
    ("The ministry talked about 2023 as a turning point.", []),  # a topic after a verb of talking
    # ... also after "more", "less" or "little" of knowing or saying
    ("The site is a resource for anyone wanting to learn more about 529 plans.", []),
    ("Officials know little about 300 of the detainees.", []),
    ("It cost about 40 dollars more.", ["about"]),
])
def test_about_after_a_verb_of_talking_is_a_topic(text, about):
    from course import analyze
    assert [a.text for a in analyze(text).annotations if a.label == "approximator"] == about


@pytest.mark.parametrize("text, hedges", [
    # a passive "be considered" with no judgement after it means "weighed"
    ('Officials said sanctions "should be considered" if Kessia conducted another test.', ["Officials", "if"]),
    ('No such step was being considered "at this stage".', []),
    ("He is considered one of the best negotiators.", ["is considered"]),
    # "did not say which ... would": the question is the hedge's place, not the writer's guess
    ("He did not say which goods would be targeted.", []),
    ("Whether that calculation is correct is far from certain.", ["Whether", "far from certain"]),
    # unnamed sources of further kinds
    ("A member of its delegation, who spoke on condition of anonymity because he was not authorised to "
     "discuss the talks, said the deal was close.", ["A member of its delegation"]),
    ("Two Lorvian lawyers said the trial was unfair.", ["Two Lorvian lawyers"]),
    # "would not rule out" is one verb group; a pronoun may stand inside "rule out"
    ('"I would not rule out a naval clash," he said.', ["would not rule out"]),
    ("She did not rule them out.", ["did not rule them out"]),
    # a condition with a longer subject
    ("The sides will sign an agreement, provided the details of a monitoring mechanism can be settled.", ["provided"]),
    ("The agency provided the details of the plan to reporters.", []),
])
def test_hedges_in_wire_sentences(text, hedges):
    from course import analyze
    assert [a.text for a in analyze(text).annotations if a.category == "hedge"] == hedges


@pytest.mark.parametrize("text, hedges", [
    # a contracted negation is "not": the rows written with "not" meet it, and the span takes the word
    ("He didn't rule out talks.", ["didn't rule out"]),
    ("Moscow couldn’t rule them out.", ["couldn’t rule them out"]),
    ("It isn't clear whether talks will resume.", ["isn't clear", "whether"]),
    ("He can't rule out a strike.", ["can't rule out"]),
    ("She doesn't necessarily agree.", ["doesn't necessarily"]),
    # a doxastic verb takes its verb group, negation included (§4 span rule)
    ("I don't think anyone expects an agreement.", ["don't think", "expects"]),
    ("We do not believe the figures.", ["do not believe"]),
    ("Lavrov would expect a reply.", ["would expect"]),
    ("Lavrov would expect an answer.", ["would expect"]),
    ("I think the talks will fail.", ["think"]),
    # the contraction's "t" is no "not" elsewhere
    ("Don't panic, said the minister.", []),
])
def test_contracted_negation_and_doxastic_verb_groups(text, hedges):
    from course import analyze
    assert [a.text for a in analyze(text).annotations if a.category == "hedge"] == hedges


@pytest.mark.parametrize("text, hedges", [
    ("Officials insist the halt is technical. That is hard to believe.", ["Officials"]),
    ("It is difficult to believe that the talks will succeed.", []),
    ("There is reason to believe the talks will fail.", ["believe"]),
    ("I believe a deal is close.", ["believe"]),
])
def test_hard_to_believe_is_no_belief(text, hedges):
    from course import analyze
    assert [a.text for a in analyze(text).annotations if a.category == "hedge"] == hedges


# ----------------------------------------------------------------------------- more wire sentences


def hedges_of(text: str) -> list[tuple[str, str]]:
    from course import analyze
    return [(a.text, a.label) for a in analyze(text).annotations if a.category == "hedge"]


@pytest.mark.parametrize("text, hedges", [
    # a role noun of aid, election and rescue work, and refugees, head an unnamed source
    ("Aid workers said food could run out.", [("Aid workers", "weasel"), ("could", "epistemic")]),
    ("According to several election workers interviewed by the agency, boxes were opened.",
     [("several election workers interviewed by the agency", "weasel")]),
    ("Refugees interviewed in Drava described days of shelling.", [("Refugees interviewed in Drava", "weasel")]),
    ("The workers went home.", []),  # no verb of saying
    ("The refugees fled the town.", []),  # a definite group, no verb of saying
    # "figures" are people only after a word of public life; otherwise numbers
    ("Some opposition figures said the film was old.", [("Some opposition figures", "weasel")]),
    ("Government figures suggest that unemployment rose.", [("suggest", "epistemic")]),
    ("Official figures show a fall.", []),
    # a restrictive relative clause between the source and its verb
    ("Analysts who reviewed the document said the figure was wrong.", [("Analysts", "weasel")]),
    ("A Western diplomat who has followed the talks said the sides might meet again.",
     [("A Western diplomat", "weasel"), ("might", "epistemic")]),
    ("The ministers who attended the meeting said it went well.", []),  # definite: a known group
    ("The man who officials said was a spy fled.", [("officials", "weasel")]),  # the clause's own subject
    # a partitive of an unnamed group the text introduced earlier
    ("People familiar with the inquiry said it was wide. Two of the people said it began in 2021.",
     [("People familiar with the inquiry", "weasel"), ("Two of the people", "weasel")]),
    ("The mission has twelve monitors. Two of the monitors said the vote was rigged.", []),
    ("Two of the people said it began in 2021.", []),
])
def test_more_unnamed_sources(text, hedges):
    assert hedges_of(text) == hedges


def test_a_partitive_explains_that_its_group_is_unnamed():
    from course import analyze
    text = "People familiar with the inquiry said it was wide. Two of the people said it began in 2021."
    partitive = [a for a in analyze(text).annotations if a.text == "Two of the people" and a.label == "weasel"]
    assert len(partitive) == 1 and "unnamed group (people)" in partitive[0].explanation
    assert partitive[0].rule == "pattern: unnamed-source" and partitive[0].reference == "Vincze 2013 (weasel)"


@pytest.mark.parametrize("text, may_is_hedge", [
    # a rule cited through an aside between commas
    ("The draft, seen by the agency, says each side may keep up to 200 police officers in the zone.", False),
    ("The draft, seen by the agency, may collapse within days.", True),
    # the sentence after a "may not ... without permission" rule goes on with its terms
    ("Heavy weapons may not enter the zone without the approval of a joint commission. "
     "Monitors may inspect any position at short notice.", False),
    ("Troops crossed the border without permission. Monitors may inspect the site.", True),
    ("Heavy weapons may not enter the zone without permission.\n\nMonitors may inspect any position.", True),
])
def test_permission_may_through_an_aside_and_after_a_without_rule(text, may_is_hedge):
    found = [h for h in hedges_of(text) if h[0] == "may"]
    assert bool(found) is may_is_hedge


@pytest.mark.parametrize("text, hedges", [
    # "would only say" reports a statement made, limited to its words; the first person is a hedge
    ("A spokesman would only say that all options remain open.", []),
    ("He would say only that the case was open.", []),
    ("I would only say that the case was open.", [("would", "epistemic")]),
    ("I would say the case is open.", [("would", "epistemic")]),
    ("That would be a mistake.", [("would", "epistemic")]),
    # a refusal to guess qualifies no claim
    ("He declined to speculate on the cause.", []),
    ("He wouldn't speculate.", []),
    ("He did not want to speculate.", []),
    ("He speculated that the talks had failed.", [("speculated", "epistemic")]),
    # past ability after a past-time opener reports a fact
    ("Five years ago, the navy could keep only a handful of ships at sea at once.", []),
    ("When he was younger, he could run ten miles.", []),
    ("Back then, Lorvia's navy could barely leave port.", []),
    ("Within five years, the navy could block the strait.", [("could", "epistemic")]),
    ("When the talks resume, he could run for office.", [("could", "epistemic")]),
    ("Five years ago, the navy could have blocked the strait.", [("could", "epistemic")]),
    ("Five years ago, analysts said the navy could block the strait.", [("analysts", "weasel"), ("could", "epistemic")]),
])
def test_non_epistemic_would_speculate_and_could(text, hedges):
    assert hedges_of(text) == hedges


@pytest.mark.parametrize("text, hedges", [
    # the investigation rows take "yet", "immediately", "independently", "officially" after their "not"
    ("Video of the blast has not been independently verified.", [("has not been independently verified", "investigation")]),
    ("The video has not yet been verified.", [("has not yet been verified", "investigation")]),
    ("The claim has not been officially confirmed.", [("has not been officially confirmed", "investigation")]),
    ("He has not been confirmed as minister.", []),  # an appointment
    ("It is not yet known if prosecutors will bring charges.", [("not yet known", "investigation"), ("if", "investigation")]),
    ("It was not immediately clear how many died.", [("not immediately clear", "investigation")]),
    ("Yet it is known that he left.", []),
    # "doubt" as a verb is doxastic; the noun and a negated doubt are not
    ("I doubt they will protest.", [("doubt", "doxastic")]),
    ("We doubt that the figure is right.", [("doubt", "doxastic")]),
    ("Analysts doubt the truce will hold.", [("Analysts", "weasel"), ("doubt", "doxastic")]),  # (a source verb too)
    ("The report casts doubt on the figure.", []),
    ("There are doubts about the plan.", []),
    ("Serious doubts remain.", []),
    ("I do not doubt that he is right.", []),
    ("I don't doubt it.", []),
    # floors and ceilings before an amount
    ("Even conservative estimates put the cost at over $3 billion.", [("over", "approximator")]),
    ("Fewer than 100 people came.", [("Fewer than", "approximator")]),
    ("Less than a third voted.", [("Less than", "approximator")]),
    ("He has served for over a decade.", [("over", "approximator")]),
    ("Talks went on over two days.", []),  # a stretch of time
    ("They fought over the border.", []),
    ("A dispute over 2 islands flared.", []),  # a topic
    ("Prices rose over 2023.", []),  # a year
    ("Less than enough was done.", []),
    # "implausible" rates a claim as improbable, like "improbable"
    ("Turnout in some districts was statistically implausible.", [("implausible", "epistemic")]),
])
def test_fixed_phrases_and_word_lists(text, hedges):
    assert hedges_of(text) == hedges


@pytest.mark.parametrize("text, conditions", [
    # an irregular past after a name still makes a clause
    ("His delegation would sign as long as Tarsk withdrew its artillery first.", ["as long as"]),
    ("They would sign provided Lorvia kept its promise.", ["provided"]),
    ("They would sign provided Tarsk withdrew its guns.", ["provided"]),
    ("The agency provided Tarsk with guns.", []),
    # a quoted sentence may open with the inverted "Should"; a quoted fragment after a verb does not
    ('"Should they try to slip tanks back in, the whole deal collapses," he said.', ["Should"]),
    ("“Should the talks fail, we will act,” he said.", ["Should"]),
    ('He said the talks "should resume" soon.', []),
])
def test_row_conditions(text, conditions):
    assert [h for h, label in hedges_of(text) if label == "conditional"] == conditions


@pytest.mark.parametrize("text, marks", [
    ("Almara's growing role will inevitably draw scrutiny.", [("inevitably", "certainty")]),
    ("Lorvian officials dismissed the remarks.", [("Lorvian officials", "weasel")]),
    ('"It was chaos," one volunteer told Meridian Wire.', [("one volunteer", "weasel")]),
    # the subject of a participle after the clause is the clause's own
    ("International observers on Sunday challenged the result, saying it was flawed.",
     [("International observers", "weasel")]),
    ("The ministry rejected the plan, saying it was unworkable.", []),
])
def test_stance_marks(text, marks):
    from course import analyze
    assert [(a.text, a.label) for a in analyze(text).annotations if a.category in ("hedge", "booster")] == marks


@pytest.mark.parametrize("text, marks", [
    ("The grid failed, a utility executive said.", [("a utility executive", "weasel")]),
    ("In her view, the closure was designed to punish.", [("In her view", "doxastic")]),
    ('"My guess is that real support is lower," he said.', [("My guess is", "doxastic")]),
    ("The video, which has not been independently authenticated, shows the men.",
     [("has not been independently authenticated", "investigation")]),
    ("Turnout was above 95 percent.", [("above", "approximator")]),
    ("Talks were held above the port.", []),
    ("Just under half of voters backed the war.", [("Just under", "approximator")]),
    ("Something like 55 percent backed it.", [("Something like", "approximator")]),
    ("It is widely assumed in Drava that the vote was rigged.", [("is widely assumed", "weasel")]),
    ("They strongly encourage Tarsk to talk.", [("strongly", "emphasis")]),
    # permission in a rule's words with an adverb before the rule verb
    ("The communique also says member states may, if they so decide, second officers.", [("if", "conditional")]),
])
def test_more_stance_marks(text, marks):
    from course import analyze
    assert [(a.text, a.label) for a in analyze(text).annotations if a.category in ("hedge", "booster")] == marks


@pytest.mark.parametrize("text, marks", [
    # the consequence of an inverted "Should" is no hedge of its own
    ('"Should either side ignore it, the cost would be enormous," he said.', [("Should", "conditional")]),
    # an adjective "even" after its adverb is no emphasis
    # (and "even chance" is estimative language: as likely as not)
    ('There is a "roughly even chance" that the test will take place.', [("even chance", "epistemic")]),
    ("He even noted the risk.", [("even", "emphasis")]),
])
def test_conditions_and_even(text, marks):
    from course import analyze
    assert [(a.text, a.label) for a in analyze(text).annotations if a.category in ("hedge", "booster")] == marks


@pytest.mark.parametrize("text, marks", [
    # a range is an approximator; "between" two parties is not
    ("Between 600,000 and 900,000 people fled.", [("Between", "approximator")]),
    ("The flight lasted between six and nine hours.", [("between", "approximator")]),
    ("Talks between the two sides resumed.", []),
    # estimative language of intelligence reports
    ("We assess with moderate confidence that Tarsk will test again.",
     [("We assess", "doxastic"), ("moderate confidence", "epistemic")]),
    ("The ministry assessed the damage.", []),
])
def test_ranges_and_estimative_language(text, marks):
    from course import analyze
    assert [(a.text, a.label) for a in analyze(text).annotations if a.category in ("hedge", "booster")] == marks
