def search(lst, t):
    for v in lst:
        if v == t:
            print('found', t)
            break
    else:
        print('not found', t)
search([1, 2, 3], 2)
search([1, 2, 3], 5)
search([], 1)
for i in range(3):
    continue
else:
    print('else after continue-only loop', i)
