"""The complaint domain: cases, conversations, deadlines, staff and safeguarding.

It knows nothing of Flask or Rasa; `web/` and `bot/actions/` translate their inputs into calls here.
"""
