r1 = r'a\nb'
r2 = R"c:\temp\new"
print(r1, len(r1))
print(r2)
print(repr(r1))
print(r'\x41' == '\\x41')
print(rb'\n' == b'\\n')
print(r'''multi
\t line''')
print(repr(r"\'"))
