from enum import Flag


class Day(Flag):
    MON = 1
    TUE = 2
    WED = 4
    THU = 8
    FRI = 16
    SAT = 32
    SUN = 64


weekend = Day.SAT | Day.SUN
work = Day.MON | Day.TUE | Day.WED | Day.THU | Day.FRI
print(weekend, work)
print([d.name for d in work], len(work), len(weekend))
print(Day.SAT in weekend, Day.MON in weekend, Day(0) in weekend, weekend in ~work)
print(list(Day.FRI | Day.MON), [d.value for d in ~weekend])
print(sorted([Day.WED, Day.MON, Day.FRI], key=lambda d: d.value))
busy = Day(0)
for d in [Day.TUE, Day.THU, Day.TUE]:
    busy |= d
print(repr(busy), Day.TUE in busy)
