from typing import TypedDict, List

class Movie(TypedDict):
    title: str
    year: int

class Review(TypedDict):
    stars: int
    text: str

m = Movie(title="Alien", year=1979)
m2: Movie = {"title": "Heat", "year": 1995}
print(m, m2, type(m) is dict, type(m2) is dict)
print(m["title"], m.get("rating", "n/a"), sorted(m.keys()), len(m))
m["year"] += 1
print(m)
r = Review(stars=5)
print(r, "text" in r, r.get("text"))
print(Movie.__annotations__)
movies: List[Movie] = [m, m2, Movie(title="Up", year=2009)]
print(sorted(x["title"] for x in movies if x["year"] < 2000))
print(max(movies, key=lambda x: x["year"])["title"])
try:
    m["director"]
except KeyError as e:
    print("KeyError", e)
print(dict(m) == {"title": "Alien", "year": 1980}, isinstance(m, dict))
