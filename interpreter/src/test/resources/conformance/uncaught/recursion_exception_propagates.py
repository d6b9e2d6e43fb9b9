def countdown(n):
    if n == 0:
        raise LookupError(f'bottom reached')
    print(n)
    return countdown(n - 1)
countdown(3)
