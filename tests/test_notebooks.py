"""Every notebook runs top to bottom on the corpus and draws something.

Notebooks run with the ``python3`` kernel that ipykernel installs into this environment, from the
``notebooks/`` folder as Jupyter would start them.
"""
from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda path: path.stem)
def test_notebook_runs_and_plots(path, monkeypatch):
    monkeypatch.delenv("CONFLICT_IE_OUTPUT", raising=False)  # run the pipeline, not an old extraction
    monkeypatch.delenv("CONFLICT_IE_FIGURES", raising=False)
    notebook = nbformat.read(path, as_version=4)
    assert all(not cell.get("outputs") for cell in notebook.cells), "store notebooks with outputs stripped"
    NotebookClient(notebook, kernel_name="python3", timeout=300,
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    outputs = [output for cell in notebook.cells for output in cell.get("outputs", ())]
    assert not [output for output in outputs if output.output_type == "error"]
    assert any("image/png" in output.get("data", {}) for output in outputs)
