# basicConfig, the module-level functions and the root logger
import io
import logging

stream = io.StringIO()
logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s",
                    stream=stream)
root = logging.getLogger()
print(root.level, len(root.handlers), repr(root.handlers[0]))
logging.debug("debug %d", 1)
logging.info("info %s", "two")
logging.warning("warning")
logging.error("error %r", [3])
logging.critical("critical")
logging.fatal("fatal alias")
logging.log(logging.INFO, "log at %s", "INFO")
logging.log(5, "below debug: dropped")
logging.getLogger("app.db").info("child message")

# a second basicConfig does nothing while the root has handlers
other = io.StringIO()
logging.basicConfig(stream=other, format="IGNORED %(message)s")
logging.info("still the first config")
print(repr(other.getvalue()))

# force=True replaces the handlers
logging.basicConfig(stream=other, format="%(name)s - %(message)s", level="WARNING", force=True)
logging.info("not shown")
logging.warning("shown with the new format")
logging.getLogger("pkg").error("from pkg")
print(stream.getvalue(), end="")
print("--")
print(other.getvalue(), end="")

third = io.StringIO()
logging.basicConfig(stream=third, style="{", format="{levelname}|{message}", force=True)
logging.warning("brace style")
print(third.getvalue(), end="")

for kwargs in ({"stream": third, "filename": "x.log"}, {"style": "?"},
               {"force": True, "stream": third, "bogus": 1, "other": 2},
               {"force": True, "handlers": [logging.NullHandler()], "stream": third}):
    try:
        logging.basicConfig(**kwargs)
    except ValueError as e:
        print("ValueError", e)

logging.disable(logging.ERROR)
fourth = io.StringIO()
logging.basicConfig(stream=fourth, force=True, level=logging.DEBUG)
logging.error("disabled")
logging.critical("still enabled")
logging.disable(logging.NOTSET)
logging.error("enabled again")
print(fourth.getvalue(), end="")
print(logging.root.isEnabledFor(logging.DEBUG))
