class LibraryError(Exception):
    pass
class NotAvailable(LibraryError):
    pass
class LimitReached(LibraryError):
    pass

class Library:
    LIMIT = 2
    FINE_PER_DAY = 25
    def __init__(self, titles):
        self.copies = dict(titles)
        self.loans = {}
        self.fines = {}
    def checkout(self, member, title, day):
        if self.copies.get(title, 0) <= 0:
            raise NotAvailable(f"{title!r} is not available")
        mine = [t for (m, t) in self.loans if m == member]
        if len(mine) >= self.LIMIT:
            raise LimitReached(f"{member} already has {len(mine)} books: {sorted(mine)}")
        self.copies[title] -= 1
        self.loans[(member, title)] = day + 14
    def give_back(self, member, title, day):
        try:
            due = self.loans.pop((member, title))
        except KeyError:
            raise LibraryError(f"{member} did not borrow {title!r}") from None
        self.copies[title] += 1
        late = max(0, day - due)
        if late:
            self.fines[member] = self.fines.get(member, 0) + late * self.FINE_PER_DAY
        return late

lib = Library({"Dune": 1, "Emma": 2, "Ulysses": 1})
ops = [("checkout", "ann", "Dune", 1), ("checkout", "bob", "Dune", 2), ("checkout", "ann", "Emma", 3),
       ("checkout", "ann", "Ulysses", 3), ("return", "ann", "Dune", 20), ("checkout", "bob", "Dune", 21),
       ("return", "bob", "Emma", 22), ("return", "ann", "Emma", 10), ("checkout", "cy", "Nope", 1)]
for op, member, title, day in ops:
    try:
        if op == "checkout":
            lib.checkout(member, title, day)
            print(f"day {day:>2}: {member} borrows {title}")
        else:
            late = lib.give_back(member, title, day)
            print(f"day {day:>2}: {member} returns {title}" + (f", {late} days late" if late else ""))
    except LibraryError as e:
        print(f"day {day:>2}: {type(e).__name__}: {e} | is LibraryError: {isinstance(e, LibraryError)}")
print("fines:", {m: f"${c / 100:.2f}" for m, c in lib.fines.items()})
print("on loan:", sorted(lib.loans.items()))
