# Argument errors of the constructors and replace(), with CPython's C-parser wording.
from datetime import *
tests = [lambda: date(), lambda: date(2020), lambda: date(2020,1), lambda: date(1,2,3,4), lambda: date(2020,1,1,year=3), lambda: date(2020,1,foo=1),
 lambda: datetime(2020), lambda: datetime(2020,1), lambda: datetime(1,2,3,4,5,6,7,None,1), lambda: datetime(2020,1,1,bar=2), lambda: datetime(2020,1,1,2,hour=3), lambda: datetime(month=1, day=1),
 lambda: datetime(1,2,3,4,5,6,7,None,1,2), lambda: datetime(1,2,3,4,5,6,7,None,1,fold=1), lambda: time(1,2,3,4,None,1,2), lambda: datetime(year=2020, month=1, day=2, fold=1, tzinfo=None),
 lambda: time(1,2,3,4,None,1), lambda: time(foo=1), lambda: time(1, hour=2), lambda: time(fold=1, hour=5),
 lambda: timedelta(1,2,3,4,5,6,7,8), lambda: timedelta(years=1), lambda: timedelta(1, days=1), lambda: timedelta(hours=1, days=2),
 lambda: timezone(), lambda: timezone(timedelta(0), 'a', 'b'), lambda: timezone(offset=timedelta(0), x=1), lambda: timezone(name='x', offset=timedelta(hours=1)),
 lambda: date(2020,1,1).replace(2021, 1, 1, 1), lambda: date(2020,1,1).replace(foo=1), lambda: datetime(2020,1,1).replace(foo=1), lambda: datetime(2020,1,1).replace(1,2,3,4,5,6,7,None,1),
 lambda: time().replace(foo=1), lambda: datetime(2020,1,1).replace(day=5, fold=1), lambda: time(1).replace(fold=1, minute=3)]
for f in tests:
  try: print(repr(f()))
  except TypeError as e: print(e)
