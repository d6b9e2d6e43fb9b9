# A tiny length-prefixed binary record format over BytesIO.
import io

def write_record(buf, payload):
    buf.write(len(payload).to_bytes(2, "big"))
    buf.write(payload)

def read_records(buf):
    while True:
        head = buf.read(2)
        if not head:
            return
        n = int.from_bytes(head, "big")
        yield buf.read(n)

buf = io.BytesIO()
for word in ["alpha", "beta", "", "gamma" * 3]:
    write_record(buf, word.encode())
print(buf.getvalue())
print(buf.tell(), len(buf.getvalue()))
buf.seek(0)
print([r.decode() for r in read_records(buf)])
buf.seek(0)
buf.truncate(9)
buf.seek(0)
print(list(read_records(buf)))
