def total(prices, discount):
    subtotal = sum(prices)
    return subtotl - discount


print(total([1, 2], 1))
