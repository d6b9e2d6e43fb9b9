# Solving a linear system exactly with Gaussian elimination over Fractions.
from fractions import Fraction as F

A = [[2, 1, -1], [-3, -1, 2], [-2, 1, 2]]
b = [8, -11, -3]
M = [[F(x) for x in row] + [F(y)] for row, y in zip(A, b)]
n = len(M)
for c in range(n):
    p = next(r for r in range(c, n) if M[r][c] != 0)
    M[c], M[p] = M[p], M[c]
    for r in range(n):
        if r != c and M[r][c] != 0:
            k = M[r][c] / M[c][c]
            M[r] = [x - k * y for x, y in zip(M[r], M[c])]
sol = [M[i][n] / M[i][i] for i in range(n)]
print(sol, [str(x) for x in sol])
H = [[F(1, i + j + 1) for j in range(4)] for i in range(4)]
det = F(1)
for c in range(4):
    for r in range(c + 1, 4):
        k = H[r][c] / H[c][c]
        H[r] = [x - k * y for x, y in zip(H[r], H[c])]
    det *= H[c][c]
print('hilbert det', det, float(det))
