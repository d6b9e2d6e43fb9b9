# sorting with keys
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


words = ["pear", "fig", "banana", "kiwi", "apple"]
people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 19)]
nums = [-4, 3, -1, 2, 0]


def sort_in_place():
    a = [5, 2, 9, 1]
    r = a.sort(reverse=True)
    return a, r


def sort_with_bad_key():
    try:
        sorted([1, 2], key=lambda x: [][x])
    except IndexError as e:
        return f"IndexError: {e}"

show('sorted(words)', lambda: (sorted(words)))
show('sorted(words, key=len)', lambda: (sorted(words, key=len)))
show('sorted(words, key=lambda w: (len(w), w))', lambda: (sorted(words, key=lambda w: (len(w), w))))
show('sorted(words, key=lambda w: w[-1])', lambda: (sorted(words, key=lambda w: w[-1])))
show('sorted(words, key=str.upper, reverse=True)', lambda: (sorted(words, key=str.upper, reverse=True)))
show('sorted(people, key=lambda p: p[1])', lambda: (sorted(people, key=lambda p: p[1])))
show('sorted(people, key=lambda p: (-p[1], p[0]))', lambda: (sorted(people, key=lambda p: (-p[1], p[0]))))
show('sorted(nums, key=abs)', lambda: (sorted(nums, key=abs)))
show('sorted(nums, key=lambda n: (n % 2, n))', lambda: (sorted(nums, key=lambda n: (n % 2, n))))
show('sorted([[3, 1], [2], [3, 0], []])', lambda: (sorted([[3, 1], [2], [3, 0], []])))
show('sorted([(1, "b"), (1, "a"), (0, "z")])', lambda: (sorted([(1, "b"), (1, "a"), (0, "z")])))
show('sorted([2.5, 1, True, 0.5])', lambda: (sorted([2.5, 1, True, 0.5])))
show('sorted(["10", "9", "100"], key=int)', lambda: (sorted(["10", "9", "100"], key=int)))
show('sorted("Moat Rules", key=str.lower)', lambda: (sorted("Moat Rules", key=str.lower)))
show('sort_in_place()', lambda: (sort_in_place()))
show('sort_with_bad_key()', lambda: (sort_with_bad_key()))
