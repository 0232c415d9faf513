import subprocess
import sys

import spacy

import pipeline


def test_saved_pipeline_loads_and_extracts_the_same(rules_nlp, tmp_path):
    text = ("KYIV — Russia fired Kinzhal missiles at Kyiv on Tuesday, killing at least 12 civilians, "
            "Ukraine's air force said. The Kinzhal can travel up to 2,000 kilometers.")
    rules_nlp.to_disk(tmp_path / "saved")
    reloaded = spacy.load(tmp_path / "saved")
    assert reloaded.pipe_names == rules_nlp.pipe_names
    before = pipeline.extract(text, nlp=rules_nlp, published="2024-11-21")
    after = pipeline.extract(text, nlp=reloaded, published="2024-11-21")
    for name, frame in before.items():
        assert frame.equals(after[name]), name
    assert len(after["weapons"]) == 1 and len(after["casualties"]) == 1


def test_saved_pipeline_carries_its_knowledge(rules_nlp, tmp_path, monkeypatch):
    rules_nlp.to_disk(tmp_path / "saved")
    monkeypatch.setenv("CONFLICT_IE_MODELS", str(tmp_path / "nowhere"))
    reloaded = pipeline.load(str(tmp_path / "saved"))
    tables = pipeline.extract("Ukraine launched ATACMS missiles.", nlp=reloaded)
    assert tables["weapons"]["name"].tolist() == ["ATACMS"]


def test_plain_spacy_load_finds_our_components(rules_nlp, tmp_path):
    """The factories are registered as spaCy entry points: no `import pipeline` needed to load."""
    rules_nlp.to_disk(tmp_path / "saved")
    code = ("import spacy, sys; nlp = spacy.load(sys.argv[1]); "
            "doc = nlp('Russia fired Kinzhal missiles.'); print([s.kb_id_ for s in doc.spans['weapons']])")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "saved")], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "['Kinzhal']"
