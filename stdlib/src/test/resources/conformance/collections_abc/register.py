from collections.abc import Sequence, Mapping, Sized, Iterable, Hashable

class Table:
    def __getitem__(self, i):
        return i * 2

print(isinstance(Table(), Sequence))
Sequence.register(Table)
print(isinstance(Table(), Sequence), issubclass(Table, Sized), issubclass(Table, Iterable))

class Record:
    pass

Mapping.register(Record)
print(issubclass(Record, Mapping), isinstance(Record(), Mapping), issubclass(Record, Sequence))
print(isinstance([], Sequence), isinstance({}, Mapping), isinstance({}, Sequence))

class Thing:
    pass
print(issubclass(Thing, Hashable), issubclass(list, Hashable))

def kind(x):
    match x:
        case Mapping():
            return "mapping"
        case Sequence():
            return "sequence"
        case _:
            return "other"

print(kind({}), kind([]), kind(Table()), kind(Record()), kind(3))
