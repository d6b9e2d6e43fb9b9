x: int = 5
y: str
name: str = 'moat'
print(x, name)
nums: list = [1, 2]
nums.append(3)
print(nums)
def f(a: int, b: 'str' = 'd') -> str:
    r: str = b * a
    return r
print(f(3), f(2, 'xy'))
class C:
    size: int = 10
    tag: str
print(C.size, hasattr(C, 'tag'))
