# A row-major float matrix in an array('d') and a matrix-vector product.
from array import array
rows, cols = 3, 4
m = array('d', [0.0]) * (rows * cols)
for r in range(rows):
    for c in range(cols):
        m[r * cols + c] = (r + 1) * 0.5 + c
v = array('d', [1, -1, 2, 0.5])
out = array('d', (sum(m[r * cols + c] * v[c] for c in range(cols)) for r in range(rows)))
print(m, out)
print(array('d', m[cols:2 * cols]), m.tobytes()[:8])
