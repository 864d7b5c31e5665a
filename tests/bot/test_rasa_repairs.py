"""The repairs Tell Us makes to Rasa keep its behaviour: the same answers accepted and refused,
the same events read back, the same graph results, the same copies of slots, the same calls
to the action server (less the domain, only where our endpoints ask for that), and the same
features for the intent classifier."""

from __future__ import annotations

import asyncio
import copy
import gc
import inspect
from pathlib import Path
from typing import ClassVar

import numpy as np
import pytest
import scipy.sparse
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import ValidationError
from jsonschema import validate as jsonschema_validate
from rasa.core.actions.action import RemoteAction
from rasa.engine.graph import ExecutionContext, GraphComponent, GraphSchema, SchemaNode
from rasa.engine.runner.dask import DaskGraphRunner
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    ActiveLoop,
    BotUttered,
    ConversationPaused,
    Event,
    FollowupAction,
    Restarted,
    SessionStarted,
    SlotSet,
    UserUttered,
)
from rasa.shared.core.slots import ListSlot
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.utils.schemas.events import EVENT_SCHEMA
from rasa.utils.endpoints import EndpointConfig

from bot.server import (
    _freeze_after_loading,
    _original_action_call,
    _original_create_x,
    _original_graph_run,
    action_call_without_domain,
    copy_slot,
    intent_features,
    is_valid_action_result,
    run_graph_in_order,
    validate_action_result,
)
from tellus.training import BOT

ANSWERS = [
    {"events": [], "responses": []},
    {"events": [{"event": "slot", "name": "age_band", "value": "12-15"}], "responses": []},
    {"events": [{"event": "action", "name": "action_listen"}], "responses": [{"text": "Hi"}]},
    {"events": [{"event": "slot"}], "responses": []},  # a slot event needs a name
    {"events": "not a list"},
    {"events": [{"event": "no such event"}]},
    {"responses": [7]},
]


@pytest.mark.parametrize("answer", ANSWERS)
def test_action_answers_are_judged_as_rasa_judges_them(answer) -> None:
    action = RemoteAction("validate_intake_form", None)

    def verdict(validate):
        try:
            return validate(action, answer)
        except ValidationError as error:
            return error.message

    assert verdict(validate_action_result) == verdict(RemoteAction._validate_action_result)


def test_a_refused_answer_keeps_rasas_explanation() -> None:
    with pytest.raises(ValidationError, match="Failed to validate Action server response"):
        validate_action_result(RemoteAction("x", None), {"events": "not a list"})


def _rasa_accepts(answer) -> bool:
    try:
        jsonschema_validate(answer, RemoteAction.action_response_format_spec())
    except ValidationError:
        return False
    return True


EVENT_KINDS = [kind["properties"]["event"]["const"] for kind in EVENT_SCHEMA["oneOf"]]
JSON_LEAVES = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
JSON_VALUES = st.recursive(
    JSON_LEAVES,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=6,
)
# Events near the real ones: a known or unknown kind, and fields of the right or wrong type.
EVENT_FIELDS = st.sampled_from(
    [
        "event",
        "name",
        "value",
        "timestamp",
        "metadata",
        "entities",
        "policy",
        "confidence",
        "text",
        "parse_data",
        "hide_rule_turn",
        "action_text",
    ]
)
EVENTS = st.dictionaries(
    EVENT_FIELDS, JSON_VALUES | st.sampled_from([*EVENT_KINDS, "topic"]), max_size=5
) | st.fixed_dictionaries(
    {"event": st.sampled_from(EVENT_KINDS)},
    optional={
        "name": JSON_LEAVES,
        "value": JSON_VALUES,
        "timestamp": JSON_LEAVES,
        "entities": JSON_VALUES,
        "metadata": JSON_VALUES,
    },
)
ANSWERS_FOUND = (
    st.fixed_dictionaries(
        {},
        optional={
            "events": st.lists(EVENTS, max_size=4) | JSON_VALUES,
            "responses": st.lists(st.dictionaries(st.text(), JSON_LEAVES, max_size=2))
            | JSON_VALUES,
        },
    )
    | JSON_VALUES
)


@settings(max_examples=400, deadline=None)
@given(ANSWERS_FOUND)
def test_any_answer_is_accepted_exactly_when_rasas_schema_accepts_it(answer) -> None:
    assert is_valid_action_result(answer) == _rasa_accepts(answer)


def test_every_event_rasa_writes_is_accepted() -> None:
    events = [
        SlotSet("age_band", "12-15").as_dict(),
        ActiveLoop("complaint_form").as_dict(),
        ActionExecuted("action_listen", policy="RulePolicy", confidence=1.0).as_dict(),
        UserUttered(
            "hi", {"name": "greet", "confidence": 0.9}, [{"entity": "x", "value": 1}]
        ).as_dict(),
        BotUttered("Hello", {"buttons": []}).as_dict(),
        ConversationPaused().as_dict(),
        FollowupAction("action_listen").as_dict(),
        SessionStarted().as_dict(),
        Restarted().as_dict(),
    ]
    answer = {"events": events, "responses": [{"text": "Hi"}]}
    assert _rasa_accepts(answer)
    assert is_valid_action_result(answer)


@pytest.mark.parametrize("selective", [True, False])
def test_the_domain_is_sent_to_no_action_only_when_the_endpoint_is_selective(selective) -> None:
    domain = Domain.load(BOT / "domain.yml")
    endpoint = EndpointConfig("http://actions", enable_selective_domain=selective)
    tracker = DialogueStateTracker.from_events("someone", [SlotSet("age_band", "12-15")])
    for name in ("validate_complaint_form", "action_submit_complaint"):
        action = RemoteAction(name, endpoint)
        ours = action_call_without_domain(action, tracker, domain)
        rasas = _original_action_call(action, tracker, domain)
        if selective:
            assert "domain" not in ours
            rasas.pop("domain", None)
        assert ours == rasas


def test_every_event_type_resolves_to_the_class_rasa_finds() -> None:
    from rasa.shared.utils.common import all_subclasses

    from bot.server import _original_resolve, resolve_event_type

    for cls in all_subclasses(Event):
        assert resolve_event_type(cls.type_name) is _original_resolve(cls.type_name)
    assert resolve_event_type("topic") is None  # Rasa's backwards compatibility
    assert resolve_event_type("no such event", SlotSet) is SlotSet
    with pytest.raises(ValueError, match="Unknown event name"):
        resolve_event_type("no such event")


class Arithmetic(GraphComponent):
    """A graph node for the runner tests: x times its factor, plus its addend and y."""

    runs: ClassVar[list[str]] = []

    def __init__(self, config: dict, name: str | None) -> None:
        self.config = config
        self.name = name

    @classmethod
    def create(cls, config, model_storage, resource, execution_context) -> Arithmetic:
        return cls(config, execution_context.node_name)

    def compute(self, x: float, y: float = 0) -> float:
        Arithmetic.runs.append(self.name)
        if self.config.get("fails"):
            raise ValueError("this node always fails")
        return x * self.config.get("factor", 1) + self.config.get("add", 0) + y


def _node(needs: dict[str, str], **config) -> SchemaNode:
    return SchemaNode(
        needs=needs,
        uses=Arithmetic,
        constructor_name="create",
        fn="compute",
        config=config,
        eager=True,
    )


GRAPH = GraphSchema(
    {
        "double": _node({"x": "__number__"}, factor=2),
        "plus_one": _node({"x": "double"}, add=1),
        "total": _node({"x": "double", "y": "plus_one"}),
        "never_needed": _node({"x": "__number__"}, factor=100),
        "has_no_input": _node({"x": "__nothing_gives_this__"}),
        "fails": _node({"x": "__number__"}, fails=True),
    }
)


def _outcome(run, tmp_path: Path, *, inputs: dict, targets: list[str] | None):
    """What a run returns or raises, and which nodes ran (in any order)."""
    runner = DaskGraphRunner(
        GRAPH, LocalModelStorage(tmp_path), ExecutionContext(GRAPH, "test-model")
    )
    Arithmetic.runs = []
    try:
        result = run(runner, inputs=inputs, targets=targets)
    except Exception as error:  # the type is what both runners must agree on
        result = type(error).__name__
    return result, sorted(Arithmetic.runs)


@pytest.mark.parametrize(
    ("inputs", "targets"),
    [
        ({"__number__": 5}, ["total"]),
        ({"__number__": 5}, ["total", "double"]),
        ({"__number__": 5}, ["__number__"]),  # an input asked for is handed back
        ({"__number__": 5, "unused": "x"}, ["plus_one"]),
        ({"__number__": "plus_one"}, ["total"]),  # an input named like a node is refused
        ({"__number__": "never_needed"}, ["total"]),  # but only a node that would run
        ({"__number__": 5}, ["has_no_input"]),
        ({"__number__": 5}, ["fails"]),
        ({}, ["total"]),
    ],
)
def test_the_graph_runs_as_dask_runs_it(inputs, targets, tmp_path: Path) -> None:
    repaired = _outcome(run_graph_in_order, tmp_path / "repaired", inputs=inputs, targets=targets)
    original = _outcome(_original_graph_run, tmp_path / "dask", inputs=inputs, targets=targets)
    assert repaired == original


def test_each_needed_node_runs_once_and_no_other(tmp_path: Path) -> None:
    result, runs = _outcome(
        run_graph_in_order, tmp_path, inputs={"__number__": 5}, targets=["total"]
    )
    assert result == {"total": 21}  # double 10, plus_one 11, total 10 + 11
    assert runs == ["double", "plus_one", "total"]


def test_a_copied_slot_is_what_copy_makes_of_it() -> None:
    domain = Domain.load(str(BOT / "domain.yml"))
    assert domain.slots, "the domain has slots to copy"
    for slot in domain.slots:
        slot.value = ["a", "list"] if isinstance(slot, ListSlot) else slot.value
        copied, generic = copy_slot(slot), copy._reconstruct(slot, None, *slot.__reduce_ex__(4))
        assert type(copied) is type(slot) and copied is not slot
        assert copied.__dict__ == generic.__dict__ == slot.__dict__
        copied.reset()
        assert slot.__dict__ == generic.__dict__  # the original is untouched


def test_the_loaded_model_is_left_out_of_garbage_collection() -> None:
    agent = object()

    async def load_agent_on_start(model_path, endpoints, remote_storage, app, loop):
        return agent

    load_then_freeze = _freeze_after_loading(load_agent_on_start)
    assert inspect.signature(load_then_freeze) == inspect.signature(load_agent_on_start)
    gc.unfreeze()
    try:
        assert asyncio.run(load_then_freeze("model.tar.gz", None, None, None, None)) is agent
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


# Featurizers as our pipeline has them (regex, lexical, word and character counts): each gives a
# message a sequence matrix (a row per token) and a sentence matrix (one row), both sparse.
FEATURIZER_WIDTHS = {"regex": 3, "lexical": 5, "words": 12, "characters": 20}


@st.composite
def featurized_message(draw, *, dtype=np.float64) -> Message:
    message = Message(data={"text": "typed"})
    tokens = draw(st.integers(1, 4))
    for origin, width in FEATURIZER_WIDTHS.items():
        for kind, rows in (("sequence", tokens), ("sentence", 1)):
            cells = draw(st.lists(st.tuples(st.integers(0, rows - 1), st.integers(0, width - 1))))
            values = draw(st.lists(st.integers(1, 5), min_size=len(cells), max_size=len(cells)))
            matrix = scipy.sparse.coo_matrix(
                (np.array(values, dtype=dtype), ([r for r, _ in cells], [c for _, c in cells])),
                shape=(rows, width),
            )
            message.add_features(Features(matrix, kind, "text", origin))
    return message


def _same_matrix(a, b) -> bool:
    return a.shape == b.shape and a.dtype == b.dtype and (a != b).nnz == 0


@settings(max_examples=100, deadline=None)
@given(st.lists(featurized_message(), min_size=1, max_size=4))
def test_the_classifier_sees_the_features_rasa_would_give_it(messages) -> None:
    repaired, original = intent_features(None, messages), _original_create_x(None, messages)
    assert _same_matrix(repaired, original)
    # Summed and sorted as scipy's own conversion leaves it, so every product is the same too.
    assert repaired.has_canonical_format
    weights = np.random.default_rng(7).normal(size=(original.shape[1], 3))
    assert np.array_equal(repaired @ weights, original @ weights)


@settings(deadline=None)
@given(featurized_message(dtype=np.float32))
def test_the_features_keep_their_number_type(message) -> None:
    assert _same_matrix(intent_features(None, [message]), _original_create_x(None, [message]))


def test_features_our_pipeline_does_not_make_are_left_to_rasa() -> None:
    dense = Message(data={"text": "typed"})
    dense.add_features(Features(scipy.sparse.coo_matrix([[1.0, 0.0]]), "sentence", "text", "a"))
    dense.add_features(Features(np.array([[0.5, 0.25]]), "sentence", "text", "dense"))
    assert _same_matrix(intent_features(None, [dense]), _original_create_x(None, [dense]))
    assert intent_features(None, [dense]).shape == (1, 4)

    narrow, wide = Message(data={"text": "a"}), Message(data={"text": "b"})
    narrow.add_features(Features(scipy.sparse.coo_matrix([[1.0]]), "sentence", "text", "a"))
    wide.add_features(Features(scipy.sparse.coo_matrix([[1.0, 2.0]]), "sentence", "text", "a"))
    with pytest.raises(ValueError):  # rows of different widths: Rasa's own refusal
        intent_features(None, [narrow, wide])
