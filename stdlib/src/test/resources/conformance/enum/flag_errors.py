from enum import Flag


class Perm(Flag):
    R = 4
    W = 2
    X = 1


class Sparse(Flag):
    A = 1
    C = 4


def attempt(label, f):
    try:
        print(label, repr(f()))
    except (ValueError, TypeError, KeyError, AttributeError) as e:
        print(label, type(e).__name__, e)


attempt("8", lambda: Perm(8))
attempt("100", lambda: Perm(100))
attempt("-9", lambda: Perm(-9))
attempt("-1", lambda: Perm(-1))
attempt("-2", lambda: Perm(-2))
attempt("str", lambda: Perm('R'))
attempt("sparse 2", lambda: Sparse(2))
attempt("sparse 5", lambda: Sparse(5))
attempt("or int", lambda: Perm.R | 1)
attempt("ror int", lambda: 1 | Perm.R)
attempt("and int", lambda: Perm.R & 4)
attempt("xor int", lambda: Perm.R ^ 4)
attempt("other flag", lambda: Perm.R | Sparse.A)
attempt("in int", lambda: 1 in Perm.R)
attempt("in other", lambda: Sparse.A in Perm.R)
attempt("key", lambda: Perm['Q'])
attempt("set value", lambda: setattr(Perm.R, 'value', 3))
