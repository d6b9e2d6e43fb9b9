from datetime import datetime, date, time, timezone, timedelta

samples = [datetime(2024, 3, 5, 14, 7, 9, 12345), datetime(2021, 1, 1, 0, 0), datetime(2020, 12, 31, 23, 59, 59),
           datetime(1999, 1, 3, 12, 0), datetime(5, 6, 7, 8, 9, 10), datetime(9999, 12, 31, 11, 59)]
directives = "a A b B c d e f H I j m M p S U w W x X y Y Z z G V u C D F T R r h g k l P %".split()
for d in samples:
    print(" | ".join(f"%{c}={d.strftime('%' + c)}" for c in directives))
d = samples[0]
print(d.strftime("%Y-%m-%dT%H:%M:%S.%f"), d.strftime("%d/%m/%Y %I:%M %p"), d.strftime("Week %W, day %j"))
print(d.strftime("%-d %-m %-H %_d %05Y %10A| %^a %^B %#p %-j"))
print(d.strftime("%Q %E %y%%%n%t|"), repr(d.strftime("")), repr(d.strftime("%")), repr(d.strftime("abc%")))
print(f"{d:%B %d, %Y}", "{:%H:%M}".format(d), format(d, "%a"), format(d, ""))
aware = d.replace(tzinfo=timezone(timedelta(hours=-3, minutes=-30), "NST"))
print(aware.strftime("%Z %z %c"), d.replace(tzinfo=timezone.utc).strftime("%Z %z"))
for y in range(2015, 2027):
    jan1 = date(y, 1, 1)
    print(y, jan1.strftime("%a %U %W %V %G %j"), date(y, 12, 31).strftime("%a %U %W %V %G %j"))
print(date(2024, 2, 29).strftime("%A %d %B %Y %H:%M:%S"), time(9, 30).strftime("%H:%M %d/%m/%Y"))
