results = []
for v in ['1', 'x', '3', '', '5']:
    try:
        results.append(int(v))
    except ValueError:
        results.append(None)
        continue
    finally:
        results.append('|')
print(results)
