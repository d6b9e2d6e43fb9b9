from enum import Enum

class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3
    THU = 4
    FRI = 5
    SAT = 6
    SUN = 7
    MONDAY = 1
    SUNDAY = 7

print(list(Weekday))
print(len(Weekday), Weekday.MONDAY, Weekday.MONDAY is Weekday.MON, Weekday.SUNDAY.name)
print(Weekday(1), Weekday["MONDAY"], Weekday["MONDAY"].name)
print([n for n in Weekday.__members__])
print([(n, m.name) for n, m in Weekday.__members__.items() if n != m.name])
print(Weekday.MON.value, Weekday.SUN.value, type(Weekday.SUN.value).__name__)
print(Weekday._member_names_)

class Mixed(Enum):
    NUM = 1
    TEXT = "one"
    PAIR = (1, 2)
    NOTHING = None
    FLOAT = 1.0
print(list(Mixed))
print(Mixed((1, 2)), Mixed(None), Mixed("one"), Mixed(1.0))
