class Greeter:
    def greet(name):
        return "hi " + name


print(Greeter.greet("direct"))
Greeter().greet("ann")
