"""Custom actions, one module per family. The action server imports every module in this package."""
