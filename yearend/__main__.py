"""`python -m yearend`: the same as the `yearend` command."""

from yearend.main import main

raise SystemExit(main())
