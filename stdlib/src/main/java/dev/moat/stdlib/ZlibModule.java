package dev.moat.stdlib;

import dev.moat.runtime.Budget;
import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Descriptors;
import dev.moat.runtime.Errors;
import dev.moat.runtime.ExceptionTypes;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyBytes;
import dev.moat.runtime.PyException;
import dev.moat.runtime.PyInstance;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Types;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Python's {@code zlib} and {@code gzip} (in-memory functions) on {@code java.util.zip}.
 * Decompression works in 64 KiB chunks, charging steps and checking the whole output against the
 * memory budget as it grows, so a zip bomb ends with the memory (or step) budget.
 */
public final class ZlibModule implements ModuleProvider {
  static final PyType ERROR;
  static final PyType BAD_GZIP;
  static final PyType COMPRESS;
  static final PyType DECOMPRESS;
  private static final int CHUNK = 64 * 1024;

  @Override
  public Set<String> moduleNames() {
    return Set.of("zlib", "gzip");
  }

  static PyException error(String msg) {
    return Errors.of(ERROR, msg);
  }

  private static int intArg(Object o) {
    return Ops.asInt(o, "'" + Types.typeName(o) + "' object cannot be interpreted as an integer");
  }

  // ------------------------------------------------------------------------------ compress

  /** A deflate stream with zlib (wbits 9..15), raw (-9..-15) or gzip (25..31) framing. */
  static final class Compressor {
    final Deflater deflater;
    final boolean gzip;
    final int level;
    boolean headerDone;
    boolean finished;
    long crc;
    long size;

    Compressor(int level, int wbits, int strategy) {
      this.level = level;
      this.gzip = wbits >= 25 && wbits <= 31;
      this.deflater = new Deflater(level, wbits < 0 || gzip);
      deflater.setStrategy(strategy == 1 ? Deflater.FILTERED
          : strategy == 2 ? Deflater.HUFFMAN_ONLY : Deflater.DEFAULT_STRATEGY);
    }

    private void header(ByteArrayOutputStream out) {
      if (gzip && !headerDone) {
        int lv = level == -1 ? 6 : level;
        int xfl = lv == 9 ? 2 : lv < 2 ? 4 : 0;
        out.write(0x1f);
        out.write(0x8b);
        out.write(8);
        out.writeBytes(new byte[] {0, 0, 0, 0, 0});
        out.write(xfl);
        out.write(3);
      }
      headerDone = true;
    }

    byte[] compress(byte[] data) {
      if (finished) {
        throw error("Error -2 while compressing data: inconsistent stream state");
      }
      Budget.chargeSteps(1 + (data.length >> 6));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      header(out);
      if (gzip) {
        crc = BinasciiModule.crc32(data, crc);
        size += data.length;
      }
      deflater.setInput(data);
      drain(out);
      return out.toByteArray();
    }

    private void drain(ByteArrayOutputStream out) {
      byte[] buf = new byte[CHUNK];
      do {
        int n = deflater.deflate(buf, 0, buf.length, Deflater.NO_FLUSH);
        Budget.reserveMemory((long) out.size() + n);
        Budget.chargeSteps(1 + (n >> 6));
        out.write(buf, 0, n);
      } while (!deflater.needsInput());
    }

    byte[] flush(int mode) {
      if (finished) {
        throw error("Error -2 while flushing: inconsistent stream state");
      }
      if (mode == 0) {
        return new byte[0];
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      header(out);
      if (mode == 4) {
        deflater.finish();
        byte[] buf = new byte[CHUNK];
        while (!deflater.finished()) {
          int n = deflater.deflate(buf);
          Budget.reserveMemory((long) out.size() + n);
          Budget.chargeSteps(1 + (n >> 6));
          out.write(buf, 0, n);
        }
        deflater.end();
        finished = true;
        if (gzip) {
          writeLe32(out, crc);
          writeLe32(out, size);
        }
      } else {
        int m = mode == 3 ? Deflater.FULL_FLUSH : Deflater.SYNC_FLUSH;
        byte[] buf = new byte[CHUNK];
        int n;
        do {
          n = deflater.deflate(buf, 0, buf.length, m);
          Budget.reserveMemory((long) out.size() + n);
          out.write(buf, 0, n);
        } while (n == buf.length);
      }
      return out.toByteArray();
    }
  }

  static void writeLe32(ByteArrayOutputStream out, long v) {
    for (int i = 0; i < 4; i++) {
      out.write((int) (v >>> (8 * i)));
    }
  }

  private static void checkLevel(int level, int wbits) {
    if (level < -1 || level > 9 || !validCompressWbits(wbits)) {
      throw error("Bad compression level");
    }
  }

  private static boolean validCompressWbits(int w) {
    return w >= 9 && w <= 15 || w >= -15 && w <= -9 || w >= 25 && w <= 31;
  }

  static byte[] compress(byte[] data, int level, int wbits) {
    checkLevel(level, wbits);
    Budget.reserveMemory(data.length + (data.length >> 8) + 64L);
    Compressor c = new Compressor(level, wbits, 0);
    byte[] a = c.compress(data);
    byte[] b = c.flush(4);
    byte[] r = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  // ---------------------------------------------------------------------------- decompress

  /** The result of inflating one stream: output, and where the stream's data ended. */
  static final class Inflated {
    byte[] out;
    int end;
    boolean finished;
  }

  /**
   * Inflates the deflate data of {@code in} from {@code off}; at most {@code maxLength} bytes of
   * output when that is positive.
   */
  static Inflated inflate(Inflater inf, byte[] in, int off, long maxLength, String what) {
    inf.setInput(in, off, in.length - off);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[CHUNK];
    Budget.chargeSteps(1 + ((in.length - off) >> 6));
    try {
      while (!inf.finished()) {
        int want = buf.length;
        if (maxLength > 0) {
          want = (int) Math.min(want, maxLength - out.size());
          if (want == 0) {
            break;
          }
        }
        int n = inf.inflate(buf, 0, want);
        if (n == 0) {
          if (inf.needsInput() || inf.needsDictionary()) {
            break;
          }
        }
        Budget.reserveMemory((long) out.size() + n);
        Budget.chargeSteps(1 + (n >> 6));
        out.write(buf, 0, n);
      }
    } catch (DataFormatException e) {
      String msg = e.getMessage() == null ? "invalid stream" : e.getMessage();
      throw error("Error -3 while " + what + " data: " + msg);
    }
    Inflated r = new Inflated();
    r.out = out.toByteArray();
    r.finished = inf.finished();
    r.end = in.length - inf.getRemaining();
    return r;
  }

  /** Where the deflate data of a gzip member starts; -1 when the header is incomplete. */
  static int gzipHeader(byte[] in, int off) {
    int p = off;
    if (in.length - p < 10) {
      return -1;
    }
    int flags = in[p + 3] & 0xff;
    p += 10;
    if ((flags & 4) != 0) {
      if (in.length - p < 2) {
        return -1;
      }
      int xlen = (in[p] & 0xff) | (in[p + 1] & 0xff) << 8;
      p += 2 + xlen;
    }
    for (int f : new int[] {8, 16}) {
      if ((flags & f) != 0) {
        while (p < in.length && in[p] != 0) {
          p++;
        }
        if (p >= in.length) {
          return -1;
        }
        p++;
      }
    }
    if ((flags & 2) != 0) {
      p += 2;
    }
    return p > in.length ? -1 : p;
  }

  static long le32(byte[] b, int p) {
    return (b[p] & 0xffL) | (b[p + 1] & 0xffL) << 8 | (b[p + 2] & 0xffL) << 16
        | (b[p + 3] & 0xffL) << 24;
  }

  static byte[] decompress(byte[] data, int wbits, long bufsize) {
    if (bufsize < 0) {
      throw Errors.valueError("bufsize must be non-negative");
    }
    String truncated = "Error -5 while decompressing data: incomplete or truncated stream";
    boolean gzip = wbits >= 24 && wbits <= 31
        || wbits >= 40 && wbits <= 47 && data.length >= 2 && (data[0] & 0xff) == 0x1f
            && (data[1] & 0xff) == 0x8b;
    boolean raw = wbits >= -15 && wbits <= -8;
    if (!(gzip || raw || wbits == 0 || wbits >= 8 && wbits <= 15
        || wbits >= 40 && wbits <= 47)) {
      throw error("Error -2 while preparing to decompress data: inconsistent stream state");
    }
    int off = 0;
    if (gzip) {
      if (data.length >= 2 && ((data[0] & 0xff) != 0x1f || (data[1] & 0xff) != 0x8b)) {
        throw error("Error -3 while decompressing data: incorrect header check");
      }
      if (data.length >= 3 && data[2] != 8) {
        throw error("Error -3 while decompressing data: unknown compression method");
      }
      off = gzipHeader(data, 0);
      if (off < 0) {
        throw error(truncated);
      }
    }
    Inflater inf = new Inflater(gzip || raw);
    try {
      Inflated r = inflate(inf, data, off, 0, "decompressing");
      if (!r.finished) {
        throw error(truncated);
      }
      if (gzip) {
        if (data.length - r.end < 8) {
          throw error(truncated);
        }
        if (le32(data, r.end) != BinasciiModule.crc32(r.out, 0)) {
          throw error("Error -3 while decompressing data: incorrect data check");
        }
        if (le32(data, r.end + 4) != (r.out.length & 0xffffffffL)) {
          throw error("Error -3 while decompressing data: incorrect length check");
        }
      }
      return r.out;
    } finally {
      inf.end();
    }
  }

  static long adler32(byte[] b, long value) {
    Budget.chargeSteps(1 + (b.length >> 6));
    long a = value & 0xffff;
    long s = (value >>> 16) & 0xffff;
    for (int i = 0; i < b.length;) {
      int end = Math.min(b.length, i + 3800);
      for (; i < end; i++) {
        a += b[i] & 0xff;
        s += a;
      }
      a %= 65521;
      s %= 65521;
    }
    return s << 16 | a;
  }

  // ------------------------------------------------------------------------ stream objects

  static final class CompressObj extends PyInstance {
    Compressor c;

    CompressObj(PyType t) {
      super(t);
    }
  }

  static final class DecompressObj extends PyInstance {
    Inflater inf;
    boolean eof;
    /** Set by a flush after the end of the stream: CPython frees the stream then. */
    boolean ended;
    byte[] unusedData = new byte[0];
    byte[] unconsumedTail = new byte[0];

    DecompressObj(PyType t) {
      super(t);
    }
  }

  private static CompressObj cself(Object o) {
    if (o instanceof CompressObj) {
      return (CompressObj) o;
    }
    throw Errors.typeError("descriptor for 'zlib.Compress' objects doesn't apply to a '"
        + Types.typeName(o) + "' object");
  }

  private static DecompressObj dself(Object o) {
    if (o instanceof DecompressObj) {
      return (DecompressObj) o;
    }
    throw Errors.typeError("descriptor for 'zlib.Decompress' objects doesn't apply to a '"
        + Types.typeName(o) + "' object");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    Budget.reserveMemory((long) a.length + b.length);
    byte[] r = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  private static byte[] streamDecompress(DecompressObj d, byte[] data, long maxLength) {
    if (d.ended) {
      throw error("Error -2 while decompressing data: inconsistent stream state");
    }
    if (d.eof) {
      d.unusedData = concat(d.unusedData, data);
      return new byte[0];
    }
    Inflated r = inflate(d.inf, data, 0, maxLength, "decompressing");
    byte[] rest = Arrays.copyOfRange(data, r.end, data.length);
    if (r.finished) {
      d.eof = true;
      d.unusedData = concat(d.unusedData, rest);
      d.unconsumedTail = new byte[0];
    } else {
      d.unconsumedTail = rest;
    }
    return r.out;
  }

  static {
    Map<String, Object> ens = new LinkedHashMap<>();
    ens.put("__module__", "zlib");
    ERROR = PyType.createClass("error", new PyType[] {ExceptionTypes.EXCEPTION}, ens);
    Map<String, Object> gns = new LinkedHashMap<>();
    gns.put("__module__", "gzip");
    BAD_GZIP = PyType.createClass("BadGzipFile", new PyType[] {ExceptionTypes.OS_ERROR}, gns);

    Map<String, Object> cns = new LinkedHashMap<>();
    cns.put("__module__", "zlib");
    cns.put("__new__", new Descriptors.StaticMethod(BuiltinFunction.of("Compress",
        "cls, *args, **kw", a -> {
          throw Errors.typeError("cannot create 'zlib.Compress' instances");
        })));
    cns.put("compress", BuiltinFunction.of("compress", "self, data, /",
        a -> new PyBytes(cself(a[0]).c.compress(BinasciiModule.binary(a[1])))));
    cns.put("flush", BuiltinFunction.of("flush", "self, mode=4, /",
        a -> new PyBytes(cself(a[0]).c.flush(intArg(a[1])))));
    COMPRESS = PyType.createClass("Compress", new PyType[0], cns);

    Map<String, Object> dns = new LinkedHashMap<>();
    dns.put("__module__", "zlib");
    dns.put("__new__", new Descriptors.StaticMethod(BuiltinFunction.of("Decompress",
        "cls, *args, **kw", a -> {
          throw Errors.typeError("cannot create 'zlib.Decompress' instances");
        })));
    dns.put("decompress", BuiltinFunction.of("decompress", "self, data, /, max_length=0", a -> {
      long max = Ops.asIndex(a[2], "'" + Types.typeName(a[2])
          + "' object cannot be interpreted as an integer");
      if (max < 0) {
        throw Errors.valueError("max_length must be non-negative");
      }
      return new PyBytes(streamDecompress(dself(a[0]), BinasciiModule.binary(a[1]), max));
    }));
    dns.put("flush", BuiltinFunction.of("flush", "self, length=16384, /", a -> {
      long len = Ops.asIndex(a[1], "'" + Types.typeName(a[1])
          + "' object cannot be interpreted as an integer");
      if (len <= 0) {
        throw Errors.valueError("length must be greater than zero");
      }
      DecompressObj d = dself(a[0]);
      if (d.ended) {
        return PyBytes.EMPTY;
      }
      byte[] out = d.eof ? new byte[0] : streamDecompress(d, d.unconsumedTail, 0);
      d.ended = d.eof;
      return new PyBytes(out);
    }));
    dns.put("eof", new Descriptors.GetSet("eof", o -> dself(o).eof, null));
    dns.put("unused_data", new Descriptors.GetSet("unused_data",
        o -> new PyBytes(dself(o).unusedData), null));
    dns.put("unconsumed_tail", new Descriptors.GetSet("unconsumed_tail",
        o -> new PyBytes(dself(o).unconsumedTail), null));
    DECOMPRESS = PyType.createClass("Decompress", new PyType[0], dns);
  }

  @Override
  public PyModule create(String name) {
    return name.equals("gzip") ? gzipModule() : zlibModule();
  }

  private static PyModule zlibModule() {
    ModuleBuilder b = ModuleBuilder.named("zlib")
        .constant("error", ERROR)
        .function("compress", "data, /, level=-1, wbits=15", a -> new PyBytes(compress(
            BinasciiModule.binary(a[0]), intArg(a[1]), intArg(a[2]))))
        .function("decompress", "data, /, wbits=15, bufsize=16384", a -> new PyBytes(
            decompress(BinasciiModule.binary(a[0]), intArg(a[1]), Ops.asIndex(a[2],
                "'" + Types.typeName(a[2]) + "' object cannot be interpreted as an integer"))))
        .function("crc32", "data, value=0, /", a -> BinasciiModule.crc32(
            BinasciiModule.binary(a[0]), BinasciiModule.maskedInt(a[1])))
        .function("adler32", "data, value=1, /", a -> adler32(BinasciiModule.binary(a[0]),
            BinasciiModule.maskedInt(a[1])))
        .function("compressobj", "level=-1, method=8, wbits=15, memLevel=8, strategy=0, "
            + "zdict=None", a -> {
              int level = intArg(a[0]);
              int wbits = intArg(a[2]);
              int memLevel = intArg(a[3]);
              int strategy = intArg(a[4]);
              if (level < -1 || level > 9 || intArg(a[1]) != 8 || !validCompressWbits(wbits)
                  || memLevel < 1 || memLevel > 9 || strategy < 0 || strategy > 4) {
                throw Errors.valueError("Invalid initialization option");
              }
              if (a[5] != PyNone.NONE) {
                throw Errors.valueError("zdict is not supported");
              }
              CompressObj o = new CompressObj(COMPRESS);
              o.c = new Compressor(level, wbits, strategy);
              return o;
            })
        .function("decompressobj", "wbits=15, zdict=?", a -> {
          int wbits = intArg(a[0]);
          boolean raw = wbits >= -15 && wbits <= -8;
          if (!(raw || wbits == 0 || wbits >= 8 && wbits <= 15)) {
            throw Errors.valueError("Invalid initialization option");
          }
          if (a[1] != dev.moat.runtime.Signature.MISSING) {
            throw Errors.valueError("zdict is not supported");
          }
          DecompressObj o = new DecompressObj(DECOMPRESS);
          o.inf = new Inflater(raw);
          return o;
        })
        .constant("ZLIB_VERSION", "1.2.13")
        .constant("ZLIB_RUNTIME_VERSION", "1.2.13");
    Object[][] consts = {{"MAX_WBITS", 15L}, {"DEFLATED", 8L}, {"DEF_MEM_LEVEL", 8L},
        {"DEF_BUF_SIZE", 16384L}, {"Z_NO_COMPRESSION", 0L}, {"Z_BEST_SPEED", 1L},
        {"Z_BEST_COMPRESSION", 9L}, {"Z_DEFAULT_COMPRESSION", -1L}, {"Z_DEFAULT_STRATEGY", 0L},
        {"Z_FILTERED", 1L}, {"Z_HUFFMAN_ONLY", 2L}, {"Z_RLE", 3L}, {"Z_FIXED", 4L},
        {"Z_NO_FLUSH", 0L}, {"Z_PARTIAL_FLUSH", 1L}, {"Z_SYNC_FLUSH", 2L}, {"Z_FULL_FLUSH", 3L},
        {"Z_FINISH", 4L}, {"Z_BLOCK", 5L}, {"Z_TREES", 6L}};
    for (Object[] c : consts) {
      b.constant((String) c[0], c[1]);
    }
    return b.build();
  }

  // ---------------------------------------------------------------------------------- gzip

  private static PyException eof() {
    return Errors.of(ExceptionTypes.EOF_ERROR,
        "Compressed file ended before the end-of-stream marker was reached");
  }

  static byte[] gzipCompress(byte[] data, int level, Object mtime) {
    if (mtime instanceof Long && (Long) mtime == 0) {
      return compress(data, level, 31);
    }
    long t = mtime == PyNone.NONE ? System.currentTimeMillis() / 1000
        : (long) Ops.asIndex(Ops.call(Types.INT, new Object[] {mtime}, null), "int");
    byte[] body = compress(data, level, -15);
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 18);
    out.write(0x1f);
    out.write(0x8b);
    out.write(8);
    out.write(0);
    writeLe32(out, t);
    out.write(level == 9 ? 2 : level == 1 ? 4 : 0);
    out.write(255);
    out.writeBytes(body);
    writeLe32(out, BinasciiModule.crc32(data, 0));
    writeLe32(out, data.length);
    return out.toByteArray();
  }

  static byte[] gzipDecompress(byte[] data) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    int p = 0;
    while (true) {
      if (p >= data.length) {
        return all.toByteArray();
      }
      if (data.length - p < 2 || (data[p] & 0xff) != 0x1f || (data[p + 1] & 0xff) != 0x8b) {
        byte[] magic = Arrays.copyOfRange(data, p, Math.min(data.length, p + 2));
        throw Errors.of(BAD_GZIP, "Not a gzipped file (" + new PyBytes(magic).repr() + ")");
      }
      if (data.length - p < 10) {
        throw eof();
      }
      if (data[p + 2] != 8) {
        throw Errors.of(BAD_GZIP, "Unknown compression method");
      }
      int start = gzipHeader(data, p);
      if (start < 0) {
        throw eof();
      }
      Inflater inf = new Inflater(true);
      Inflated r;
      try {
        r = inflate(inf, data, start, 0, "decompressing");
      } finally {
        inf.end();
      }
      if (!r.finished || data.length - r.end < 8) {
        throw eof();
      }
      if (le32(data, r.end) != BinasciiModule.crc32(r.out, 0)) {
        throw Errors.of(BAD_GZIP, "CRC check failed");
      }
      if (le32(data, r.end + 4) != (r.out.length & 0xffffffffL)) {
        throw Errors.of(BAD_GZIP, "Incorrect length of data produced");
      }
      Budget.reserveMemory((long) all.size() + r.out.length);
      all.writeBytes(r.out);
      p = r.end + 8;
      while (p < data.length && data[p] == 0) {
        p++;
      }
    }
  }

  private static PyModule gzipModule() {
    return ModuleBuilder.named("gzip")
        .constant("BadGzipFile", BAD_GZIP)
        .function("compress", "data, compresslevel=9, *, mtime=None", a -> {
          int level = intArg(a[1]);
          return new PyBytes(gzipCompress(BinasciiModule.binary(a[0]), level, a[2]));
        })
        .function("decompress", "data", a -> new PyBytes(gzipDecompress(
            BinasciiModule.binary(a[0]))))
        .build();
  }

  static {
    LibClasses.share(ERROR, BAD_GZIP, COMPRESS, DECOMPRESS);
  }
}
