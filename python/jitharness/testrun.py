"""Runs unittest tests and writes each result as a JSON line, for ``jitharness numba test``.

    python -m jitharness.testrun OUT SPEC...

SPEC is a dotted name unittest can load (a module, ``module.Class`` or
``module.Class.test_method``). OUT gets one line ``{"plan": [ids]}`` first, then a line
``{"start": id}`` before each test and ``{"id", "outcome", "reason", "seconds"}`` after it, flushed as
they happen: when the process dies inside a test, the last ``start`` without a result names
it, and the caller can run the rest of the plan again.

Outcomes: pass, fail, error, skip, expected-failure, unexpected-success.
"""

import json
import sys
import time
import unittest


def _flatten(suite):
    for t in suite:
        if isinstance(t, unittest.TestSuite):
            yield from _flatten(t)
        else:
            yield t


def _reason(err):
    """One line for a failure: the exception's type and the first line of its message, and,
    when the message runs over several lines (a child process's traceback, a compiler's
    caret diagram), its last line with words in it too (never a bare ``^``)."""
    exc_type, exc, _tb = err
    name = getattr(exc_type, "__name__", str(exc_type))
    lines = [l.strip() for l in str(exc).splitlines()]
    lines = [l for l in lines if l and any(c.isalnum() for c in l)]
    if not lines:
        return name
    text = "%s: %s" % (name, lines[0])
    if len(lines) > 1 and lines[-1] != lines[0]:
        text += " ... " + lines[-1]
    return text[:400]


class _Result(unittest.TestResult):
    def __init__(self, out):
        super().__init__()
        self._out = out
        self._started = None
        self._outcome = None

    def _write(self, record):
        self._out.write(json.dumps(record) + "\n")
        self._out.flush()

    def startTest(self, test):
        super().startTest(test)
        self._started = time.monotonic()
        self._outcome = ("pass", "")
        self._write({"start": test.id()})

    def stopTest(self, test):
        super().stopTest(test)
        outcome, reason = self._outcome
        self._write({"id": test.id(), "outcome": outcome, "reason": reason,
                     "seconds": round(time.monotonic() - self._started, 3)})

    def _set(self, outcome, reason):
        # A subtest failure or an error after a failure keeps the first bad outcome.
        if self._outcome[0] in ("pass", "skip"):
            self._outcome = (outcome, reason)

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._set("fail", _reason(err))

    def addError(self, test, err):
        super().addError(test, err)
        self._set("error", _reason(err))

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            kind = "fail" if issubclass(err[0], test.failureException) else "error"
            self._set(kind, "%s: %s" % (subtest._subDescription(), _reason(err)))

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._set("skip", str(reason)[:400])

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._set("expected-failure", _reason(err))

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._set("unexpected-success", "")


def main(argv):
    if len(argv) < 2:
        sys.exit("usage: python -m jitharness.testrun OUT SPEC...")
    out_path, specs = argv[0], argv[1:]
    loader = unittest.TestLoader()
    with open(out_path, "a") as out:
        tests = []
        for spec in specs:
            try:
                tests.extend(_flatten(loader.loadTestsFromName(spec)))
            except Exception:  # a spec that names nothing is the subset's error
                out.write(json.dumps({"id": spec, "outcome": "error",
                                      "reason": "cannot load: %s" % _reason(sys.exc_info()),
                                      "seconds": 0}) + "\n")
        out.write(json.dumps({"plan": [t.id() for t in tests]}) + "\n")
        out.flush()
        result = _Result(out)
        for t in tests:
            t(result)


if __name__ == "__main__":
    main(sys.argv[1:])
