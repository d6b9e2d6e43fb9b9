# str case conversion methods
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


show('"hello World".upper()', lambda: ("hello World".upper()))
show('"hello World".lower()', lambda: ("hello World".lower()))
show('"hello world".title()', lambda: ("hello world".title()))
show('"they\'re bill\'s friends".title()', lambda: ("they're bill's friends".title()))
show('"hELLO".swapcase()', lambda: ("hELLO".swapcase()))
show('"hello".capitalize()', lambda: ("hello".capitalize()))
show('"HELLO WORLD".capitalize()', lambda: ("HELLO WORLD".capitalize()))
show('"ß".upper()', lambda: ("ß".upper()))
show('"Straße".casefold()', lambda: ("Straße".casefold()))
show('"ǅ".lower()', lambda: ("ǅ".lower()))
show('"".upper()', lambda: ("".upper()))
show('"abc".upper(1)', lambda: ("abc".upper(1)))
