"""`make bench`: Tell Us measured against a stock `rasa init` assistant on the same machine.

Run with `python -m bench`; see bench/README.md for what is measured and how to read the table.
"""
