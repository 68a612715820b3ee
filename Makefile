# One command to set up and rebuild, one to set up and test. See README.md.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: build test lab bench clean verken verkenner-notebook

$(STAMP): pyproject.toml setup.py constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -c constraints.txt --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[notebooks,test]"
	$(BIN)/python -c "import matplotlib.pyplot"  # build the font cache once, before anything compares output
	touch $(STAMP)

# make build [PROFILE=path/to/profile] [OUT=folder] [CURRICULUM=curriculum.csv] [VORIGE=previous version] [PROFIEL=name]
# Without OUT: the bundled profile rebuilds figures/ and notebooks/; any other profile goes to uitvoer/<its name>/.
build: $(STAMP)
	$(BIN)/bcp-analysis build $(if $(PROFILE),"$(PROFILE)") $(if $(OUT),--out "$(OUT)") $(if $(CURRICULUM),--curriculum "$(CURRICULUM)") $(if $(VORIGE),--vorige "$(VORIGE)") $(if $(PROFIEL),--profiel "$(PROFIEL)")

# The linter first (configured in pyproject.toml; `$(BIN)/ruff check --fix` repairs most findings), then every test.
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

lab: $(STAMP)
	$(BIN)/jupyter lab notebooks

bench: $(STAMP)
	for script in benchmarks/*.py; do $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache

# The verkenner as a web page (Voilà, on 127.0.0.1): make verken [PROFILE=file] [PROFIEL=name]
verken: $(STAMP)
	$(BIN)/bcp-analysis verken $(if $(PROFILE),"$(PROFILE)") $(if $(PROFIEL),--profiel "$(PROFIEL)")

# Store the outputs of notebooks/00_verkenner.ipynb again (make build leaves it alone).
verkenner-notebook: $(STAMP)
	$(BIN)/python -c "import nbformat; from bcp_analysis.outputs.build import run_notebook; from bcp_analysis.paths import NOTEBOOKS_DIR as d; nbformat.write(run_notebook(d / '00_verkenner.ipynb'), d / '00_verkenner.ipynb')"
