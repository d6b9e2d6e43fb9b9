def sign(n):
    if n > 0:
        return 'positive'
    elif n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    else:
        return 'nan?'
for v in [3, -2, 0, 0.0, -0.0, float('nan')]:
    print(v, sign(v))
