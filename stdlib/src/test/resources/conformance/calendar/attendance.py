# Count working days and render a compact attendance sheet for a month.
import calendar

year, month = 2024, 4
absent = {3, 4, 17}
cal = calendar.Calendar(calendar.MONDAY)
rows = []
worked = 0
for week in cal.monthdays2calendar(year, month):
    cells = []
    for day, wd in week:
        if day == 0:
            cells.append("  .")
        elif wd >= 5:
            cells.append("  -")
        elif day in absent:
            cells.append(f"{day:2d}x")
        else:
            cells.append(f"{day:2d} ")
            worked += 1
    rows.append(" ".join(cells))
print(calendar.month_name[month], year)
print(" ".join(f"{d:>3}" for d in calendar.day_abbr))
print("\n".join(rows))
first, ndays = calendar.monthrange(year, month)
weekdays = sum(1 for d in range(ndays) if (first + d) % 7 < 5)
print("worked", worked, "of", weekdays, f"({worked / weekdays:.0%})")
