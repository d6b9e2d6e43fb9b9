s = """He said "hi" and 'bye'"""
print(s)
t = '''line1\
 continued
line2'''
print(t)
print(repr("""a
b"""))
e = """"""
print(repr(e), len(e))
print('''"quoted"''')
