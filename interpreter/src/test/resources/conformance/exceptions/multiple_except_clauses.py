def classify(f):
    try:
        f()
    except ZeroDivisionError:
        return 'zero'
    except (KeyError, IndexError) as e:
        return 'lookup ' + type(e).__name__
    except ValueError as e:
        return 'value: ' + str(e)
    except Exception as e:
        return 'other ' + type(e).__name__
    return 'ok'
print(classify(lambda: 1 / 0))
print(classify(lambda: {}['x']))
print(classify(lambda: [][0]))
print(classify(lambda: int('q')))
print(classify(lambda: None.x))
print(classify(lambda: 1))
