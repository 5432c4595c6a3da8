"""The child process of an editor export: `python -m tui.output.export_child`.

Reads a pickled (document, format, out, template) from standard input, writes the file with
reportmodel.render.files.write_file and answers on standard output with a pickled ("ok", size,
warnings) or ("error", kind, message). Its standard error goes nowhere: the editor owns the
terminal. No Textual is imported here; the parent is the editor itself, so the pickle is trusted.
"""

from __future__ import annotations

import pickle
import sys

from reportmodel.io.atomic import UnsafeTarget
from reportmodel.render.files import ExportError, write_file


def main() -> int:
    document, fmt, out, template = pickle.load(sys.stdin.buffer)
    try:
        size, warnings = write_file(document, fmt, out, template=template)
        answer: tuple = ("ok", size, warnings)
    except ExportError as exc:
        # its code and values: the editor words them in its own language
        answer = ("error", "export", (exc.code or str(exc), exc.values if exc.code else {}))
    except UnsafeTarget as exc:  # a write refused (a device, a report): by its code, as above
        answer = ("error", "refused", (exc.code or str(exc), exc.values if exc.code else {}))
    except OSError as exc:
        answer = ("error", "os", exc.strerror or str(exc))
    except Exception as exc:  # noqa: BLE001  told to the officer by the editor, not a traceback
        answer = ("error", "bug", f"{type(exc).__name__}: {exc}")
    sys.stdout.buffer.write(pickle.dumps(answer))
    sys.stdout.buffer.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
