import csv

def show(lines, *a, **kw):
    try:
        print(a, kw, list(csv.reader(lines, *a, **kw)))
    except (csv.Error, ValueError) as e:
        print(kw, type(e).__name__, e)

show(['a;b;"c;d"'], delimiter=';')
show(['a\tb\t"c\td"'], delimiter='\t')
show(["a,'b,c',d"], quotechar="'")
show(['a, b,  "c, d"'], skipinitialspace=True)
show(['a, b,  "c, d"'])
show(['a,"b""c"'], doublequote=False)
show(['a,"b\\"c"'], doublequote=False, escapechar='\\')
show(['a\\,b,c'], escapechar='\\')
show(['a\\\\b,c\\'], escapechar='\\')
show(['"a\\', 'b",c'], escapechar='\\')
show(['a,"b,c"'], quoting=csv.QUOTE_NONE)
show(['a,"b,c"'], quotechar=None)
show(['a,"b"x'], strict=True)
show(['a,"b"x'])
show(['a,"b'], strict=True)
show(['a,"b'])
show(['1,2.5,"3",abc'], quoting=csv.QUOTE_NONNUMERIC)
show(['1,,-3e2, 4'], quoting=csv.QUOTE_NONNUMERIC)
show(['a|b|c'], delimiter='|', lineterminator='\n')
show(['a b  c'], delimiter=' ')
show(['a b  c'], delimiter=' ', skipinitialspace=True)
show(['x\u00a7y\u00a7"z\u00a7w"'], delimiter='\u00a7')
show(['a,b'], dialect='excel-tab')
show(['a\tb'], 'excel-tab')
show(['"a","b"'], 'unix')
