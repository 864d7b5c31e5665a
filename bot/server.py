"""`python -m bot.server run ...`: Rasa's own command line, with repairs for speed made first.

Each repair replaces one piece of Rasa 3.6 with code that gives the same results faster; the
tests (tests/bot/test_rasa_repairs.py) check each against the code it replaces. Found by profiling
`Agent.handle_message` (cProfile, then per-part timers) on the benchmark's conversations.

1. Every answer from the action server is checked with `jsonschema.validate`, which first checks
   Rasa's response schema itself against the JSON Schema meta-schema, every time: about half of a
   form turn (55 → 28 ms per message without it). The schema is a constant, so its validators are
   built once; and each event is checked against the one kind of event it names rather than
   tried against all 23 (0.9 → 0.1 ms an answer). Answers are judged exactly as before.
2. Turning stored events back into objects looks each event's class up by walking every subclass
   of `Event` (60,600 calls for 60 messages, most of reading a conversation back). The classes do
   not change once Rasa is loaded, so the lookup is a dictionary built once.
3. Every message runs the model's graph three or four times (understanding it, then predicting
   each action), and Rasa hands each run to dask's scheduler, which orders a 10-node chain as if
   it were a cluster job: about 2 ms a message. The graph runs on one thread either way, so the
   repair computes each needed node once, its inputs first, and nothing else.
4. Rasa copies every slot each time it copies a conversation (about ten times a message), and
   `copy.copy` of a slot goes the slow, general way through `__reduce_ex__`. A slot is a plain
   object, so the repair makes the same shallow copy directly.
5. The intent classifier reads a message's sentence features through `get_sparse_features`,
   which deep-copies and joins the sequence features too (which it then throws away), joining
   each featurizer's part with scipy's general `hstack`, and then stacks the result twice more:
   about a fifth of Rasa's time per message. The repair lays the same row out once from the
   sentence features' own arrays (the same matrix, in scipy's canonical form).

One change of what is sent, not a repair: with `enable_selective_domain` (our endpoints set it),
Rasa still sends its whole domain to every form validator (any action named `validate_*`), 35 KB
of each 51 KB call. Our action server reads the same domain itself (bot/actions/domain.py), so
with that setting no call carries it.

And one setting: once the model is loaded, its half a million objects (TensorFlow, the model, the
domain) live as long as the server, yet each of Python's full garbage collections walks them all:
250 ms during which every conversation waits. `gc.freeze()` after loading leaves them out.
"""

from __future__ import annotations

import copy
import gc
from functools import lru_cache, wraps
from typing import Any

import numpy as np
import rasa.core.run
from jsonschema import validators
from rasa.core.actions.action import RemoteAction
from rasa.engine.exceptions import GraphRunError
from rasa.engine.runner.dask import DaskGraphRunner
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import Event
from rasa.shared.core.slots import Slot
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.utils.common import all_subclasses
from scipy.sparse import csr_matrix

_RESPONSE_SCHEMA = RemoteAction.action_response_format_spec()
_Validator = validators.validator_for(_RESPONSE_SCHEMA)
_Validator.check_schema(_RESPONSE_SCHEMA)
_original_validate = RemoteAction._validate_action_result
_original_resolve = Event.resolve_by_type
_original_graph_run = DaskGraphRunner.run
_original_action_call = RemoteAction._action_call_format
_original_create_x = LogisticRegressionClassifier._create_X


def _split_event_schema(response_schema: dict[str, Any]) -> tuple[Any, dict[str, Any]]:
    """Validators for the answer without its events, and for each event by its type.

    Rasa's event schema is `oneOf` 23 kinds, each fixing `event` to its own constant: only the
    kind named by an event's `event` can match it, so "exactly one kind matches" is "the named
    kind matches". Checking that one kind spares 22 failed matches (each a ValidationError
    made and thrown away) per event.
    """
    events_schema = response_schema["properties"]["events"]
    event_schema = events_schema["items"]
    common = {key: value for key, value in event_schema.items() if key != "oneOf"}
    answer_schema = copy.deepcopy(response_schema)
    answer_schema["properties"]["events"] = {
        key: value for key, value in events_schema.items() if key != "items"
    }
    by_type = {
        kind["properties"]["event"]["const"]: _Validator({"allOf": [common, kind]})
        for kind in event_schema["oneOf"]
    }
    return _Validator(answer_schema), by_type


_ANSWER_VALIDATOR, _EVENT_VALIDATORS = _split_event_schema(_RESPONSE_SCHEMA)


def is_valid_action_result(result: Any) -> bool:
    """What `jsonschema.validate(result, RemoteAction.action_response_format_spec())` decides."""
    if not _ANSWER_VALIDATOR.is_valid(result):
        return False
    for event in result.get("events", ()):
        kind = event.get("event") if isinstance(event, dict) else None
        validator = _EVENT_VALIDATORS.get(kind) if isinstance(kind, str) else None
        if validator is None or not validator.is_valid(event):
            return False
    return True


def validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
    """`RemoteAction._validate_action_result`, checking each event against its own kind."""
    if is_valid_action_result(result):
        return True
    # A bad answer is rare: Rasa's own path raises it, with its explanation added.
    return _original_validate(self, result)


@lru_cache(maxsize=1)
def _event_classes() -> dict[str, type[Event]]:
    classes: dict[str, type[Event]] = {}
    for cls in all_subclasses(Event):
        classes.setdefault(cls.type_name, cls)  # the first match, as Rasa's own loop takes
    return classes


def resolve_event_type(type_name: str, default: type[Event] | None = None) -> type[Event] | None:
    """`Event.resolve_by_type` from a dictionary; anything it does not know goes to Rasa's own."""
    return _event_classes().get(type_name) or _original_resolve(type_name, default)


def run_graph_in_order(
    self: DaskGraphRunner,
    inputs: dict[str, Any] | None = None,
    targets: list[str] | None = None,
) -> dict[str, Any]:
    """`DaskGraphRunner.run` without dask: the same nodes, each run once, inputs first.

    As with dask, every result is `(node name, output)`, an input is passed on as
    `(input name, value)`, and a need nothing provides reaches the node as its bare name (the
    node then logs that it was not resolved).
    """
    nodes = self._graph_schema.nodes
    run_targets = targets or self._graph_schema.target_names
    results: dict[str, Any] = {}
    for name, value in (inputs or {}).items():
        if (
            isinstance(value, str)
            and value in self._graph_schema.minimal_graph_schema(run_targets).nodes
        ):
            raise GraphRunError(
                f"Input value '{value}' clashes with a node name. Make sure that none of the "
                f"input names passed to the `run` method are the same as node names in the "
                f"graph schema."
            )
        results[name] = (name, value)

    def result_of(name: str) -> Any:
        if name not in results:
            if name not in nodes:
                return name
            needed = [result_of(need) for need in nodes[name].needs.values()]
            results[name] = self._instantiated_nodes[name](*needed)
        return results[name]

    try:
        return dict(result_of(target) for target in run_targets)
    except RuntimeError as error:
        raise GraphRunError("Error running runner.") from error


def copy_slot(self: Slot) -> Slot:
    """What `copy.copy` makes of a slot (a new object sharing its attributes), made directly."""
    if hasattr(self, "__getstate__") or hasattr(self, "__setstate__"):
        # A custom slot type that chose how it is copied: the general way, as `copy.copy` does.
        return copy._reconstruct(self, None, *self.__reduce_ex__(4))
    copied = object.__new__(type(self))
    copied.__dict__.update(self.__dict__)
    return copied


def intent_features(self: LogisticRegressionClassifier, messages: list[Message]) -> csr_matrix:
    """`LogisticRegressionClassifier._create_X`: each message's sparse sentence features, side by
    side in the order the featurizers ran, one row per message."""
    rows = [
        [f.features.tocoo() for f in m.features if _is_text_sentence(f) and f.is_sparse()]
        for m in messages
    ]
    has_dense = any(_is_text_sentence(f) and f.is_dense() for m in messages for f in m.features)
    widths = {tuple(part.shape[1] for part in row) for row in rows}
    if (
        has_dense
        or len(widths) != 1
        or () in widths
        or any(p.shape[0] != 1 for row in rows for p in row)
    ):
        # Not what our pipeline makes (dense features, no or a missing featurizer, several rows):
        # the original sorts it out, or refuses it with its own error.
        return _original_create_x(self, messages)
    (part_widths,) = widths
    offsets = np.cumsum((0, *part_widths[:-1]))
    columns = [part.col + offset for row in rows for part, offset in zip(row, offsets, strict=True)]
    values = [part.data for row in rows for part in row]
    row_ends = np.cumsum([0, *(sum(part.nnz for part in row) for row in rows)])
    matrix = csr_matrix(
        (
            # Rasa joins the row to an empty float64 matrix (for dense features), so float64.
            np.concatenate(values).astype(np.result_type(*values, np.float64), copy=False),
            np.concatenate(columns),
            row_ends,
        ),
        shape=(len(rows), sum(part_widths)),
    )
    matrix.sum_duplicates()  # sorted and summed, as scipy's own conversion leaves a matrix
    return matrix


def _is_text_sentence(features: Any) -> bool:
    return features.attribute == TEXT and features.type == FEATURE_TYPE_SENTENCE


def _freeze_after_loading(load_agent_on_start: Any) -> Any:
    @wraps(load_agent_on_start)  # Sanic reads the listener's signature
    async def load_then_freeze(*args: Any, **kwargs: Any) -> Any:
        agent = await load_agent_on_start(*args, **kwargs)
        gc.collect()
        gc.freeze()
        return agent

    return load_then_freeze


def action_call_without_domain(
    self: RemoteAction, tracker: DialogueStateTracker, domain: Domain
) -> dict[str, Any]:
    """Rasa's call to the action server, without the domain when the endpoint is selective."""
    call = _original_action_call(self, tracker, domain)
    if self._is_selective_domain_enabled():
        call.pop("domain", None)
    return call


def apply_repairs() -> None:
    RemoteAction._validate_action_result = validate_action_result
    Event.resolve_by_type = staticmethod(resolve_event_type)
    DaskGraphRunner.run = run_graph_in_order
    Slot.__copy__ = copy_slot
    RemoteAction._action_call_format = action_call_without_domain
    LogisticRegressionClassifier._create_X = intent_features


def serve() -> None:
    """Rasa's command line, repaired, with the loaded model out of the garbage collector's way."""
    apply_repairs()
    rasa.core.run.load_agent_on_start = _freeze_after_loading(rasa.core.run.load_agent_on_start)
    from rasa.__main__ import main

    main()


if __name__ == "__main__":
    serve()
