import calendar

print(calendar.calendar(2024))
print(calendar.calendar(2023, 3, 1, 2, 4))
calendar.prcal(1900, m=2)
print(calendar.TextCalendar(6).formatyear(2025, 2, 1, 6, 6))
