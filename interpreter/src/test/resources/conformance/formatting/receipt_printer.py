ITEMS = [("Coffee beans 1kg", 2, 14.99), ("Milk", 3, 1.2), ("Croissant", 6, 1.75), ("Gift card", 1, 25)]
TAX = {"Gift card": 0.0}
WIDTH = 40

def line(left, right, fill=" "):
    space = WIDTH - len(left) - len(right)
    if space < 1:
        left = left[: WIDTH - len(right) - 2] + "~"
        space = 1
    return left + fill * space + right

print("STORE RECEIPT".center(WIDTH, "*"))
subtotal = tax = 0.0
for name, qty, price in ITEMS:
    amount = qty * price
    rate = TAX.get(name, 0.08)
    subtotal += amount
    tax += amount * rate
    print(line(f"{qty} x {name}", f"{amount:.2f}"))
    if qty > 1:
        print(f"    @ {price:.2f} each")
print("-" * WIDTH)
print(line("Subtotal", f"{subtotal:.2f}"))
print(line("Tax", f"{tax:.2f}"))
print(line("TOTAL", f"{subtotal + tax:.2f}", "."))
paid = 100
print(line("Cash", f"{paid:.2f}"))
print(line("Change", f"{paid - subtotal - tax:.2f}"))
print(line("A very long product name that will not fit at all", "9.99"))
print(f"{'Thank you!':^{WIDTH}}")
