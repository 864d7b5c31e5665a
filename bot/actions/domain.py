"""The bot's domain, as the form validators need it, read once from the project.

Rasa sends its whole domain with every call to the action server unless told not to: 35 KB of
JSON, two thirds of each call, encoded by Rasa and decoded here on every form turn. The action
server is deployed from the same project as the model, so Rasa's endpoints set
`enable_selective_domain` (tellus/supervisor.py), Rasa sends it to no action, not even the form
validators it would still send it to (bot/server.py), and the validators use this instead:
Rasa's own reading of bot/domain.yml, the very dictionary it would have sent (tested against a
trained model's domain). No other action reads the domain.
"""

from __future__ import annotations

from rasa.shared.core.domain import Domain
from rasa_sdk.types import DomainDict

from tellus.config import PROJECT_ROOT

DOMAIN_FILE = PROJECT_ROOT / "bot" / "domain.yml"

# Read when the action server starts (about 1 s), not during someone's first answer.
PROJECT_DOMAIN: DomainDict = Domain.load(DOMAIN_FILE).as_dict()
