import pytest

from khabar.document import Document
from khabar.pipeline import Pipeline, PipelineConfig, register_stage, stage_names


def test_default_order_and_disable():
    names = stage_names()
    assert names.index("entities") < names.index("link") < names.index("events")
    p = Pipeline(PipelineConfig(disabled={"quotes"}))
    assert "quotes" not in p.names and "events" in p.names


def test_unknown_stage_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown stage"):
        Pipeline(PipelineConfig(disabled={"nonsense"}))


def test_failing_stage_is_reported_on_the_article_and_later_stages_run():
    calls = []

    def boom_factory(config):
        def boom(doc):
            if "bad" in doc.text:
                raise RuntimeError("cannot handle this")
            calls.append(doc.id)

        return boom

    def after_factory(config):
        def after(doc):
            calls.append("after:" + doc.id)

        return after

    register_stage("test_boom", boom_factory)
    register_stage("test_after", after_factory)
    p = Pipeline(stages=["language", "test_boom", "test_after"])
    bad = p(Document(id="b", text="bad text"))
    good = p(Document(id="g", text="good text"))
    assert [e.stage for e in bad.errors] == ["test_boom"]
    assert "cannot handle this" in bad.errors[0].error
    assert good.errors == []
    assert calls == ["after:b", "g", "after:g"]
