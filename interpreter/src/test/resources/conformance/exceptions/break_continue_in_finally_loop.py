out = []
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        out.append(i)
    finally:
        out.append(f'f{i}')
print(out)
i = 0
while True:
    try:
        i += 1
        if i > 2:
            raise StopIteration
    except StopIteration:
        print('stopping at', i)
        break
