from datetime import datetime

cases = ["2020-01-02", "20200102", "2020-W01", "2020-W01-3", "2020W013", "2020W01", "2020-01-02T03",
         "2020-01-02T03:04", "2020-01-02T0304", "2020-01-02 03:04:05.1", "2020-01-02T03:04:05,123456789",
         "2020-01-02T03:04:05Z", "2020-01-02T03:04:05+05", "2020-01-02T03:04:05+0530",
         "2020-01-02T03:04:05-05:30:15.5", "2020-01-02x03:04", "2020-01-02T03:04:05.1234",
         "20200102T030405", "2020-01-02T03:04:05+00:00", "2020-01-02T03:04:05-00:00",
         "2020-01-02T24:00", "2020-01-02T", "2020-1-2", "2020-01-0203:04", "2020-01-02T03:4",
         "2020-01-02T03:04:05Z1", "2020-01-02T03:04:05+5", "x", "", "2020-13-01", "2021-W53-1",
         "2020-01-02T03:04:05.", "2020-01-02T03:04:05 ", "2020-W53-7T12:00", "0001-01-01T00:00:00",
         "9999-12-31T23:59:59.999999"]
for s in cases:
    try:
        r = datetime.fromisoformat(s)
        print(repr(s), repr(r), r.isoformat())
    except ValueError as e:
        print(repr(s), "ValueError", e)
d = datetime(2024, 5, 6, 7, 8, 9, 1011)
for spec in ["auto", "seconds", "milliseconds", "hours"]:
    s = d.isoformat(timespec=spec)
    print(s, datetime.fromisoformat(s))
try:
    datetime.fromisoformat(None)
except TypeError as e:
    print("TypeError", e)
