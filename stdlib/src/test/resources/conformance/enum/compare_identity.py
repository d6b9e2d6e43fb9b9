from enum import Enum

class Suit(Enum):
    CLUBS = 1
    DIAMONDS = 2
    HEARTS = 3
    SPADES = 4

class Other(Enum):
    CLUBS = 1

print(Suit.CLUBS == Suit.CLUBS, Suit.CLUBS != Suit.HEARTS, Suit.CLUBS is Suit(1))
print(Suit.CLUBS == 1, Suit.CLUBS == Other.CLUBS, Suit.CLUBS.value == Other.CLUBS.value)
for a, b in [(Suit.CLUBS, Suit.HEARTS), (Suit.CLUBS, 2)]:
    try:
        a < b
    except TypeError as e:
        print("TypeError", e)
try:
    sorted(Suit)
except TypeError as e:
    print("TypeError", e)
print(sorted(Suit, key=lambda s: s.value, reverse=True))
print(isinstance(Suit.CLUBS, Suit), isinstance(Suit.CLUBS, Other), isinstance(1, Suit))
print(type(Suit.CLUBS) is Suit, Suit.HEARTS in [Suit.HEARTS], 3 in [s.value for s in Suit])
