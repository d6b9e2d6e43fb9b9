# A grade book: weighted averages, letter grades, ranking with ties, histogram
WEIGHTS = {"homework": 0.3, "midterm": 0.3, "final": 0.4}
students = {
    "ana": {"homework": [90, 85, 100], "midterm": 78, "final": 88},
    "ben": {"homework": [70, 65, 80], "midterm": 82, "final": 74},
    "cai": {"homework": [100, 100, 95], "midterm": 91, "final": 97},
    "dia": {"homework": [88, 92], "midterm": 85, "final": 90},
    "eli": {"homework": [], "midterm": 60, "final": 55},
}


def weighted(record):
    hw = record["homework"]
    hw_avg = sum(hw) / len(hw) if hw else 0.0
    parts = {"homework": hw_avg, "midterm": record["midterm"], "final": record["final"]}
    return sum(parts[k] * w for k, w in WEIGHTS.items())


def letter(score):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cutoff:
            return grade
    return "F"


scores = {name: round(weighted(r), 2) for name, r in students.items()}
ranked = sorted(scores.items(), key=lambda kv: -kv[1])
rank = 0
previous = None
for i, (name, score) in enumerate(ranked, 1):
    if score != previous:
        rank = i
        previous = score
    print(f"{rank}. {name:<4} {score:6.2f} {letter(score)}")
hist = {}
for s in scores.values():
    hist[letter(s)] = hist.get(letter(s), 0) + 1
for g in "ABCDF":
    print(g, "*" * hist.get(g, 0))
mean = sum(scores.values()) / len(scores)
var = sum((s - mean) ** 2 for s in scores.values()) / len(scores)
print(f"mean={mean:.3f} sd={var ** 0.5:.3f} median={sorted(scores.values())[len(scores) // 2]}")
