"""The Rasa project: config, domain, training data, custom actions and NLU components."""
