from zoneinfo import ZoneInfo
from datetime import datetime, timezone

ny = ZoneInfo("America/New_York")
# The US rules changed in 2007: DST used to start in April and end in October.
for year in [2005, 2006, 2007, 2008, 2015, 2023]:
    marks = []
    for month in range(1, 13):
        for day in (1, 15):
            d = datetime(year, month, day, 12, tzinfo=ny)
            marks.append("D" if d.dst() else ".")
    print(year, "".join(marks))
kol = ZoneInfo("Asia/Kolkata")
print({datetime(y, m, 1, tzinfo=kol).utcoffset() for y in (1990, 2010, 2024) for m in (1, 7)}, datetime(2024, 7, 1, tzinfo=kol).tzname())
lh = ZoneInfo("Australia/Lord_Howe")
for m in range(1, 13):
    d = datetime(2022, m, 10, tzinfo=lh)
    print(m, d.utcoffset(), d.dst(), d.tzname(), end=" | ")
print()
paris = ZoneInfo("Europe/Paris")
for y in [1990, 1995, 1996, 2000, 2020]:
    print(y, datetime(y, 10, 1, tzinfo=paris).tzname(), datetime(y, 9, 29, tzinfo=paris).dst())
