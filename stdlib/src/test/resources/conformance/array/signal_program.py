# A moving average over 16-bit samples, stored and restored as bytes.
from array import array
import math
samples = array('h', (int(1000 * math.sin(i / 5)) for i in range(40)))
window = 5
smooth = array('d')
total = sum(samples[:window])
smooth.append(total / window)
for i in range(window, len(samples)):
    total += samples[i] - samples[i - window]
    smooth.append(total / window)
print(len(samples), samples[:6], [round(v, 1) for v in smooth[:6]])
raw = samples.tobytes()
restored = array('h')
restored.frombytes(raw)
print(len(raw), restored == samples, max(samples), min(samples), samples.index(max(samples)))
clipped = array('h', (max(-500, min(500, s)) for s in samples))
print(clipped.count(500), clipped.count(-500), clipped[10:15])
