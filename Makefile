# The two commands a newcomer needs are `make run` and `make test` (see README.md).
# Every set-up step below is incremental, so a second run spends seconds, not minutes.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := run

VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
CATALOGS := var/.catalogs
# axe-core for the accessibility checks in the browser tests (no front-end build step).
NODE_MODULES := node_modules/.package-lock.json
PO_FILES := $(wildcard locales/*/LC_MESSAGES/*.po)
# The catalogues: "messages" (web pages, the domain's sentences) and "bot" (what the chat bot says),
# each in every language (tellus/i18n.py: SUPPORTED_LANGUAGES; English is the source).
CATALOG_DOMAINS := messages bot
LANGUAGES := en gd pl uk ar
POT_HEADER := --project="Tell Us" --copyright-holder="Tell Us" --add-comments=Translators: --sort-by-file

# This machine's pip configuration names local mirrors that may be absent; its warnings about them
# are noise that would bury real progress lines.
PIP_NOISE := is ignored: it is neither a file nor a directory

.PHONY: run test setup bench load lock catalogs-extract catalogs-update clean

run: setup
	$(BIN)/tellus run

test: setup $(NODE_MODULES)
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python -m bench

# 50 people chatting at once for 5 minutes through the gateway (issue 8); not part of `make test`.
load: setup
	$(BIN)/python -m bench.load

setup: $(INSTALLED) $(CATALOGS)
	$(BIN)/tellus db upgrade
	$(BIN)/tellus train
	$(BIN)/python -m handoff.safeguarding.training

$(INSTALLED): requirements.lock pyproject.toml
	@echo "==> Python virtualenv in $(VENV) (pinned by requirements.lock)"
	@test -x $(BIN)/python || "$$(scripts/find-python.sh)" -m venv $(VENV)
	$(BIN)/python -m pip install --progress-bar off -r requirements.lock 2>&1 | grep -v "$(PIP_NOISE)"
	$(BIN)/python -m pip install --progress-bar off --no-deps -e . 2>&1 | grep -v "$(PIP_NOISE)"
	$(BIN)/python -m pip check
	@touch $@

$(CATALOGS): $(PO_FILES) $(INSTALLED)
	@echo "==> Compiling message catalogs"
	@mkdir -p var
	$(BIN)/pybabel compile -d locales -D "$(CATALOG_DOMAINS)" --statistics 2>&1 | tail -n 12
	@touch $@

# Only the tests need it, so `make run` works on a machine without Node.js.
$(NODE_MODULES): package.json package-lock.json
	@echo "==> Installing axe-core for the accessibility tests"
	npm ci --no-audit --no-fund --loglevel=error

# Re-resolve every pin together with rasa==3.6.21 for Python 3.10 (needs network to PyPI).
lock: $(INSTALLED)
	$(BIN)/python -m pip install --progress-bar off uv 2>&1 | grep -v "$(PIP_NOISE)"
	$(BIN)/uv pip compile --python-version 3.10 requirements.in -o requirements.lock

# Translators' round trip: extract the English from the code into the .pot templates, then bring
# every language's .po up to date with them (a missing language is created; a changed English
# string becomes fuzzy, which tests/test_catalogues.py reports until a translator checks it).
catalogs-extract: $(INSTALLED)
	$(BIN)/pybabel extract -F locales/babel.cfg $(POT_HEADER) -k _l -k N_ -o locales/messages.pot .
	$(BIN)/pybabel extract -F locales/babel_bot.cfg $(POT_HEADER) -o locales/bot.pot .

catalogs-update: catalogs-extract
	for domain in $(CATALOG_DOMAINS); do for language in $(LANGUAGES); do \
	  $(BIN)/pybabel update -i locales/$$domain.pot -d locales -D $$domain -l $$language \
	    --init-missing --previous; \
	done; done

clean:
	rm -rf var $(VENV)
