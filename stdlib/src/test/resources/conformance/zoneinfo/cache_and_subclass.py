import copy
from zoneinfo import ZoneInfo
from datetime import datetime, timezone

a = ZoneInfo("Asia/Tokyo")
b = ZoneInfo("Asia/Tokyo")
c = ZoneInfo.no_cache("Asia/Tokyo")
print(a is b, a is c, a == c, str(c), repr(c))
ZoneInfo.clear_cache()
print(ZoneInfo("Asia/Tokyo") is a)
d = ZoneInfo("Europe/Paris")
ZoneInfo.clear_cache(only_keys=["Asia/Tokyo"])
print(ZoneInfo("Europe/Paris") is d)
print(copy.copy(d) is d, copy.deepcopy(d) is d)
x = datetime(2024, 2, 2, 2, tzinfo=d)
print(copy.deepcopy(x) == x, copy.copy(x).tzinfo is d)

class Named(ZoneInfo):
    def describe(self):
        return f"zone {self.key}"

n = Named("America/New_York")
print(type(n).__name__, n.describe(), isinstance(n, ZoneInfo), datetime(2024, 7, 4, 12, tzinfo=n).tzname())
print(datetime(2024, 7, 4, 12, tzinfo=n).astimezone(timezone.utc))
