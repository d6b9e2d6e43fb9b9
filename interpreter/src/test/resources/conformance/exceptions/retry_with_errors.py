class TransientError(Exception):
    pass
class PermanentError(Exception):
    pass

def make_flaky(plan):
    calls = iter(plan)
    def op():
        outcome = next(calls)
        if outcome == "t":
            raise TransientError("try again")
        if outcome == "p":
            raise PermanentError("give up")
        return outcome
    return op

def retry(op, attempts=3):
    errors = []
    for n in range(1, attempts + 1):
        try:
            result = op()
        except TransientError as e:
            errors.append(f"attempt {n}: {e}")
            continue
        except PermanentError as e:
            errors.append(f"attempt {n}: {e}")
            raise RuntimeError("operation failed permanently") from e
        else:
            return result, errors
        finally:
            print(f"  attempt {n} finished")
    raise RuntimeError(f"gave up after {attempts} attempts: {errors}")

for plan in [["ok"], ["t", "t", "ok"], ["t", "p"], ["t", "t", "t"]]:
    print("plan", plan)
    try:
        print("  result", retry(make_flaky(plan)))
    except RuntimeError as e:
        print("  ", type(e).__name__, e, "| cause:", repr(e.__cause__))
