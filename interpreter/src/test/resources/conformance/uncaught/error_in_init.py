class Temperature:
    def __init__(self, kelvin):
        if kelvin < 0:
            raise ValueError(f"kelvin cannot be negative: {kelvin}")
        self.kelvin = kelvin


print(Temperature(300).kelvin)
Temperature(-5)
