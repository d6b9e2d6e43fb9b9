def last_char(s):
    return s[-1]


print(last_char("moat"))
print(last_char(""))
