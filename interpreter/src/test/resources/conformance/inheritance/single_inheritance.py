class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} makes a sound'
    def intro(self):
        return 'I am ' + self.speak()
class Dog(Animal):
    def speak(self):
        return f'{self.name} barks'
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
print(Animal('a').intro())
print(Dog('rex').intro())
p = Puppy('bit', 1)
print(p.intro(), p.age)
print(isinstance(p, Animal), issubclass(Puppy, Dog), issubclass(Animal, Dog))
