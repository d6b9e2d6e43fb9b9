def ping(n):
    if n == 0:
        return 'ping done'
    return pong(n - 1)
def pong(n):
    if n == 0:
        return 'pong done'
    return ping(n - 1)
print(ping(400), ping(401))
