for s in ['abc', '', '1.2.3', '1e', 'infx', '0x10']:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
