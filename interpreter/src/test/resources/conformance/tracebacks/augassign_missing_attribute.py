class A:
    def inc(self):
        self.count += 1
A().inc()
