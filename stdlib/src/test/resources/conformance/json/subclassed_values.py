import json


class Name(str):
    def shout(self):
        return self.upper()


class Count(int):
    def __repr__(self):
        return f"Count({int(self)})"


class Ratio(float):
    pass


data = {Name("k"): [Count(3), Ratio(0.5), Name("v")], Count(7): Name("seven")}
print(json.dumps(data))
print(json.dumps(data, sort_keys=False, indent=1))
print(json.dumps([Count(10**20), Ratio(1e300) * 10]))
print(json.loads(json.dumps(Name("x"))) == "x")
