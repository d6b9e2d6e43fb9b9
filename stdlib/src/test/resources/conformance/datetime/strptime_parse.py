from datetime import datetime

cases = [
    ("2024-03-05 14:07:09", "%Y-%m-%d %H:%M:%S"),
    ("05/03/24", "%d/%m/%y"),
    ("05/03/69", "%d/%m/%y"),
    ("05/03/68", "%d/%m/%y"),
    ("March 5, 2024", "%B %d, %Y"),
    ("mar 5 2024", "%b %d %Y"),
    ("Tue Mar  5 14:07:09 2024", "%c"),
    ("Tuesday 2024-03-05", "%A %Y-%m-%d"),
    ("2:07 PM", "%I:%M %p"),
    ("12:00 am", "%I:%M %p"),
    ("12:30 PM", "%I:%M %p"),
    ("2024-03-05T14:07:09.5", "%Y-%m-%dT%H:%M:%S.%f"),
    ("2024-03-05T14:07:09.123456", "%Y-%m-%dT%H:%M:%S.%f"),
    ("2024-065", "%Y-%j"),
    ("2024 10 1", "%Y %W %w"),
    ("2024 10 0", "%Y %U %w"),
    ("2024 0 3", "%Y %W %w"),
    ("2024-W10-2", "%G-W%V-%u"),
    ("20240305", "%Y%m%d"),
    ("1430", "%H%M"),
    ("  2024   3  5", " %Y %m %d"),
    ("2024-03-05 +0530", "%Y-%m-%d %z"),
    ("2024-03-05 -05:00", "%Y-%m-%d %z"),
    ("2024-03-05 Z", "%Y-%m-%d %z"),
    ("2024-03-05 +01:02:03.5", "%Y-%m-%d %z"),
    ("2024-03-05 UTC", "%Y-%m-%d %Z"),
    ("2024-03-05 +0000 UTC", "%Y-%m-%d %z %Z"),
    ("100%", "%d%%"),
    ("03/05/24", "%x"),
    ("14:07:09", "%X"),
    ("", ""),
    ("29 Feb", "%d %b"),
]
for s, f in cases:
    r = datetime.strptime(s, f)
    print(repr(s), repr(f), repr(r))

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("mismatch", lambda: datetime.strptime("2024/03/05", "%Y-%m-%d"))
attempt("unconverted", lambda: datetime.strptime("2024-03-05 extra", "%Y-%m-%d"))
attempt("bad directive", lambda: datetime.strptime("2024", "%Q"))
attempt("stray", lambda: datetime.strptime("2024", "%Y%"))
attempt("day range", lambda: datetime.strptime("2023-02-29", "%Y-%m-%d"))
attempt("hour range", lambda: datetime.strptime("25", "%H"))
attempt("month name", lambda: datetime.strptime("Foo 2024", "%b %Y"))
attempt("type", lambda: datetime.strptime(20240305, "%Y%m%d"))
attempt("format type", lambda: datetime.strptime("2024", 5))
attempt("iso week alone", lambda: datetime.strptime("2024 10", "%G %V"))
attempt("empty", lambda: datetime.strptime("", "%Y"))
