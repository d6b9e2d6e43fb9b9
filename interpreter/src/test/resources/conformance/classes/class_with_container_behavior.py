class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def transpose(self):
        return Matrix(zip(*self.rows))
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def __repr__(self):
        return f'Matrix({self.rows})'
m = Matrix([[1, 2, 3], [4, 5, 6]])
print(m.transpose())
print(m.transpose().transpose() == m, m == Matrix([[1]]))
