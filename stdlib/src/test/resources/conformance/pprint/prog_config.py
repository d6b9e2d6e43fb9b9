# Dumping a configuration structure for a human to read.
import pprint

config = {
    "server": {"host": "localhost", "port": 8080, "workers": 4,
               "allowed_origins": ["https://example.com", "https://api.example.com",
                                   "http://localhost:3000"]},
    "database": {"url": "postgres://user@db.internal:5432/app", "pool": (5, 20),
                 "options": {"timeout": 30.0, "retries": 3, "ssl": True}},
    "features": frozenset({"search"}),
    "banner": "Welcome to the application. This message is deliberately long so that it wraps.",
}
pprint.pprint(config)
print()
pprint.pprint(config, width=50, indent=2)
print()
print(pprint.pformat(config["server"], depth=1))
