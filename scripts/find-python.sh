#!/usr/bin/env bash
# Prints the path of a Python 3.10 interpreter: Rasa Open Source 3.6 supports 3.8-3.10 only,
# and the lock file is compiled for 3.10. Looks on PATH first, then in pyenv's versions.
set -euo pipefail

is_310() { "$1" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' 2>/dev/null; }

for candidate in python3.10 python3 python; do
  path=$(command -v "$candidate" 2>/dev/null) || continue
  if is_310 "$path"; then echo "$path"; exit 0; fi
done

pyenv_root=${PYENV_ROOT:-$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")}
for path in "$pyenv_root"/versions/3.10.*/bin/python3.10; do
  if [ -x "$path" ] && is_310 "$path"; then echo "$path"; exit 0; fi
done

cat >&2 <<'MSG'
Tell Us needs Python 3.10 (Rasa Open Source 3.6 runs on Python 3.8-3.10 only), and none was found
on PATH or under pyenv. Install it, then run the command again:
  - with pyenv:          pyenv install 3.10.13
  - on Debian or Ubuntu: sudo apt-get install python3.10 python3.10-venv
MSG
exit 1
