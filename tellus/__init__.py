"""Tell Us: the command line, the configuration and the process supervisor."""
