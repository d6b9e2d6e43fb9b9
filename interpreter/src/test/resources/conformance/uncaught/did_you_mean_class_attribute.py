class Config:
    timeout = 30
    retries = 2


print(Config.timeout)
print(Config.timout)
