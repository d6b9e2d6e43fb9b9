from array import array, typecodes, ArrayType
print(typecodes, ArrayType is array)
for tc in typecodes:
    a = array(tc)
    print(tc, a.itemsize, a.typecode, repr(a), len(a))
print(array('i', [1, 2, 3]), array('d', (0.5, 2)), array('f', [0.1, 2]), array('u', 'héllo'), array('B', b'abc'), array('l', range(5)))
print(array('h', array('b', [1, -2])), array('d', array('i', [3])), array('i', iter([4, 5])), array('q', [True, False]))
print(array('Q', [2**64 - 1]), array('L', [2**63]).tolist(), array('q', [-2**63]), array('b', [-128, 127]), array('I', [2**32 - 1]))
