package dev.moat.stdlib;

import dev.moat.runtime.Budget;
import dev.moat.runtime.BuiltinFunction;
import dev.moat.runtime.Builtins;
import dev.moat.runtime.Codecs;
import dev.moat.runtime.Descriptors;
import dev.moat.runtime.Errors;
import dev.moat.runtime.ExceptionTypes;
import dev.moat.runtime.Ops;
import dev.moat.runtime.PyBytes;
import dev.moat.runtime.PyDict;
import dev.moat.runtime.PyException;
import dev.moat.runtime.PyList;
import dev.moat.runtime.PyModule;
import dev.moat.runtime.PyNone;
import dev.moat.runtime.PyTuple;
import dev.moat.runtime.PyType;
import dev.moat.runtime.Types;
import dev.moat.spi.ModuleBuilder;
import dev.moat.spi.ModuleProvider;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code urllib.parse} (and the otherwise empty package {@code urllib}): splitting, joining and
 * quoting URLs with CPython 3.11's rules, including its result named tuples and their
 * {@code username}/{@code password}/{@code hostname}/{@code port} properties. Bytes arguments
 * are accepted (ASCII only) and give the {@code ...Bytes} result types.
 */
public final class UrllibParseModule implements ModuleProvider {
  static final List<String> USES_RELATIVE = List.of("", "ftp", "http", "gopher", "nntp", "imap",
      "wais", "file", "https", "shttp", "mms", "prospero", "rtsp", "rtsps", "rtspu", "sftp",
      "svn", "svn+ssh", "ws", "wss");
  static final List<String> USES_NETLOC = List.of("", "ftp", "http", "gopher", "nntp", "telnet",
      "imap", "wais", "file", "mms", "https", "shttp", "snews", "prospero", "rtsp", "rtsps",
      "rtspu", "rsync", "svn", "svn+ssh", "sftp", "nfs", "git", "git+ssh", "ws", "wss");
  static final List<String> USES_PARAMS = List.of("", "ftp", "hdl", "prospero", "http", "imap",
      "https", "shttp", "rtsp", "rtsps", "rtspu", "sip", "sips", "mms", "sftp", "tel");
  static final List<String> NON_HIERARCHICAL = List.of("gopher", "hdl", "mailto", "news",
      "telnet", "wais", "imap", "snews", "sip", "sips");
  static final String SCHEME_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.";
  private static final String ALWAYS_SAFE =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~";

  @Override
  public Set<String> moduleNames() {
    return Set.of("urllib", "urllib.parse");
  }

  /** The six result classes of one module instance. */
  private static final class Results {
    PyType split;
    PyType parse;
    PyType defrag;
    PyType splitBytes;
    PyType parseBytes;
    PyType defragBytes;
  }

  @Override
  public PyModule create(String name) {
    if (name.equals("urllib")) {
      return ModuleBuilder.named("urllib").constant("__path__", new PyList()).build();
    }
    Results r = new Results();
    r.split = resultClass("SplitResult", "scheme netloc path query fragment", true, false, r);
    r.parse = resultClass("ParseResult", "scheme netloc path params query fragment", true,
        false, r);
    r.defrag = resultClass("DefragResult", "url fragment", false, false, r);
    r.splitBytes = resultClass("SplitResultBytes", "scheme netloc path query fragment", true,
        true, r);
    r.parseBytes = resultClass("ParseResultBytes", "scheme netloc path params query fragment",
        true, true, r);
    r.defragBytes = resultClass("DefragResultBytes", "url fragment", false, true, r);
    BuiltinFunction quote = BuiltinFunction.of("quote",
        "string, safe='/', encoding=None, errors=None", a -> quote(a[0], a[1], a[2], a[3]));
    BuiltinFunction quotePlus = BuiltinFunction.of("quote_plus",
        "string, safe='', encoding=None, errors=None", a -> quotePlus(a[0], a[1], a[2], a[3]));
    return ModuleBuilder.named("urllib.parse")
        .function("urlsplit", "url, scheme='', allow_fragments=True",
            a -> urlsplitObj(r, a[0], a[1], Ops.truth(a[2])))
        .function("urlparse", "url, scheme='', allow_fragments=True",
            a -> urlparseObj(r, a[0], a[1], Ops.truth(a[2])))
        .function("urlunsplit", "components", a -> urlunsplitObj(a[0]))
        .function("urlunparse", "components", a -> urlunparseObj(a[0]))
        .function("urljoin", "base, url, allow_fragments=True",
            a -> urljoinObj(a[0], a[1], Ops.truth(a[2])))
        .function("urldefrag", "url", a -> urldefragObj(r, a[0]))
        .constant("quote", quote)
        .constant("quote_plus", quotePlus)
        .function("quote_from_bytes", "bs, safe='/'", a -> quoteFromBytes(a[0], a[1]))
        .function("unquote", "string, encoding='utf-8', errors='replace'",
            a -> unquote(a[0], a[1], a[2]))
        .function("unquote_plus", "string, encoding='utf-8', errors='replace'",
            a -> unquotePlus(a[0], a[1], a[2]))
        .function("unquote_to_bytes", "string", a -> unquoteToBytesObj(a[0]))
        .function("urlencode",
            "query, doseq=False, safe='', encoding=None, errors=None, quote_via=?",
            a -> urlencode(a[0], Ops.truth(a[1]), a[2], a[3], a[4],
                a[5] == dev.moat.runtime.Signature.MISSING ? quotePlus : a[5]))
        .function("parse_qsl", "qs, keep_blank_values=False, strict_parsing=False,"
            + " encoding='utf-8', errors='replace', max_num_fields=None, separator='&'",
            a -> parseQslObj(a))
        .function("parse_qs", "qs, keep_blank_values=False, strict_parsing=False,"
            + " encoding='utf-8', errors='replace', max_num_fields=None, separator='&'",
            a -> parseQs(a))
        .function("unwrap", "url", a -> unwrap(a[0]))
        .constant("SplitResult", r.split)
        .constant("ParseResult", r.parse)
        .constant("DefragResult", r.defrag)
        .constant("SplitResultBytes", r.splitBytes)
        .constant("ParseResultBytes", r.parseBytes)
        .constant("DefragResultBytes", r.defragBytes)
        .constant("uses_relative", PyList.copyOf(new ArrayList<Object>(USES_RELATIVE)))
        .constant("uses_netloc", PyList.copyOf(new ArrayList<Object>(USES_NETLOC)))
        .constant("uses_params", PyList.copyOf(new ArrayList<Object>(USES_PARAMS)))
        .constant("non_hierarchical", PyList.copyOf(new ArrayList<Object>(NON_HIERARCHICAL)))
        .constant("scheme_chars", SCHEME_CHARS)
        .build();
  }

  // ---------------------------------------------------------------- str/bytes coercion

  private static void charge(String s) {
    Budget.chargeSteps(1 + s.length() / 32);
  }

  /** Decodes the arguments as CPython's _coerce_args does; returns null entries never. */
  private static String[] coerce(boolean[] bytesOut, Object... args) {
    boolean strInput = args[0] instanceof String;
    for (int i = 1; i < args.length; i++) {
      if (Ops.truth(args[i]) && (args[i] instanceof String) != strInput) {
        throw Errors.typeError("Cannot mix str and non-str arguments");
      }
    }
    String[] out = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      Object x = args[i];
      if (strInput) {
        out[i] = x instanceof String ? (String) x : "";
      } else if (!Ops.truth(x)) {
        out[i] = "";
      } else if (x instanceof PyBytes) {
        out[i] = Codecs.decode(((PyBytes) x).array(), "ascii", "strict");
      } else {
        throw noAttr(x, "decode");
      }
      charge(out[i]);
    }
    bytesOut[0] = !strInput;
    return out;
  }

  private static PyException noAttr(Object x, String attr) {
    return Errors.attributeError("'" + Types.typeName(x) + "' object has no attribute '" + attr
        + "'");
  }

  private static Object result(String s, boolean bytes) {
    return bytes ? Codecs.encode(s, "ascii", "strict") : s;
  }

  private static String latin1(Object o) {
    if (o instanceof PyBytes) {
      return new String(((PyBytes) o).array(), StandardCharsets.ISO_8859_1);
    }
    if (o instanceof String) {
      return (String) o;
    }
    return Ops.str(o);
  }

  private static Object fromLatin1(String s, boolean bytes) {
    return bytes ? new PyBytes(s.getBytes(StandardCharsets.ISO_8859_1)) : s;
  }

  // ---------------------------------------------------------------- result types

  private static PyType resultClass(String name, String fields, boolean netloc, boolean bytes,
      Results r) {
    PyType cls = NamedTuples.create(name, fields, false, PyNone.NONE, "urllib.parse");
    boolean defrag = !netloc;
    boolean parse = name.startsWith("Parse");
    cls.setAttribute("geturl", BuiltinFunction.of("geturl", "self", a -> {
      Object[] v = ((PyTuple) a[0]).array();
      if (defrag) {
        if (Ops.truth(v[1])) {
          return Ops.binary(dev.moat.ast.Ast.BinaryOp.ADD, Ops.binary(
              dev.moat.ast.Ast.BinaryOp.ADD, v[0], bytes ? new PyBytes(new byte[] {'#'})
                  : "#"), v[1]);
        }
        return v[0];
      }
      return parse ? urlunparseObj(a[0]) : urlunsplitObj(a[0]);
    }));
    if (bytes) {
      cls.setAttribute("decode", BuiltinFunction.of("decode",
          "self, encoding='ascii', errors='strict'", a -> {
            Object[] v = ((PyTuple) a[0]).array();
            Object[] out = new Object[v.length];
            for (int i = 0; i < v.length; i++) {
              out[i] = Codecs.decode(((PyBytes) v[i]).array(), Ops.str(a[1]), Ops.str(a[2]));
            }
            PyType target = defrag ? r.defrag : parse ? r.parse : r.split;
            return Ops.call(target, out, null);
          }));
    } else {
      cls.setAttribute("encode", BuiltinFunction.of("encode",
          "self, encoding='ascii', errors='strict'", a -> {
            Object[] v = ((PyTuple) a[0]).array();
            Object[] out = new Object[v.length];
            for (int i = 0; i < v.length; i++) {
              out[i] = Codecs.encode(Ops.str(v[i]), Ops.str(a[1]), Ops.str(a[2]));
            }
            PyType target = defrag ? r.defragBytes : parse ? r.parseBytes : r.splitBytes;
            return Ops.call(target, out, null);
          }));
    }
    if (netloc) {
      cls.setAttribute("username", new Descriptors.GetSet("username", self -> {
        String[] u = userinfo(latin1(((PyTuple) self).get(1)));
        return u == null ? PyNone.NONE : fromLatin1(u[0], bytes);
      }, null));
      cls.setAttribute("password", new Descriptors.GetSet("password", self -> {
        String[] u = userinfo(latin1(((PyTuple) self).get(1)));
        return u == null || u[1] == null ? PyNone.NONE : fromLatin1(u[1], bytes);
      }, null));
      cls.setAttribute("hostname", new Descriptors.GetSet("hostname", self -> {
        String h = hostinfo(latin1(((PyTuple) self).get(1)))[0];
        if (h.isEmpty()) {
          return PyNone.NONE;
        }
        int pct = h.indexOf('%');
        String host = pct < 0 ? h : h.substring(0, pct);
        String zone = pct < 0 ? "" : h.substring(pct);
        host = bytes ? asciiLower(host) : host.toLowerCase(Locale.ROOT);
        return fromLatin1(host + zone, bytes);
      }, null));
      cls.setAttribute("port", new Descriptors.GetSet("port", self -> {
        String p = hostinfo(latin1(((PyTuple) self).get(1)))[1];
        if (p == null) {
          return PyNone.NONE;
        }
        boolean digits = !p.isEmpty();
        for (int i = 0; i < p.length(); i++) {
          char c = p.charAt(i);
          if (c < '0' || c > '9') {
            digits = false;
          }
        }
        if (!digits) {
          throw Errors.valueError("Port could not be cast to integer value as "
              + Ops.repr(fromLatin1(p, bytes)));
        }
        String trimmed = p.replaceFirst("^0+(?=.)", "");
        if (trimmed.length() > 5 || Integer.parseInt(trimmed) > 65535) {
          throw Errors.valueError("Port out of range 0-65535");
        }
        return (long) Integer.parseInt(trimmed);
      }, null));
    }
    return cls;
  }

  private static String asciiLower(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
    }
    return sb.toString();
  }

  /** {username, password-or-null}, or null when the netloc has no '@'. */
  private static String[] userinfo(String netloc) {
    int at = netloc.lastIndexOf('@');
    if (at < 0) {
      return null;
    }
    String info = netloc.substring(0, at);
    int colon = info.indexOf(':');
    return colon < 0 ? new String[] {info, null}
        : new String[] {info.substring(0, colon), info.substring(colon + 1)};
  }

  /** {hostname, port-or-null} as the result properties see them. */
  private static String[] hostinfo(String netloc) {
    int at = netloc.lastIndexOf('@');
    String hostinfo = netloc.substring(at + 1);
    String host;
    String port;
    int open = hostinfo.indexOf('[');
    if (open >= 0) {
      String bracketed = hostinfo.substring(open + 1);
      int close = bracketed.indexOf(']');
      if (close < 0) {
        host = bracketed;
        port = "";
      } else {
        host = bracketed.substring(0, close);
        String rest = bracketed.substring(close + 1);
        int colon = rest.indexOf(':');
        port = colon < 0 ? "" : rest.substring(colon + 1);
      }
    } else {
      int colon = hostinfo.indexOf(':');
      host = colon < 0 ? hostinfo : hostinfo.substring(0, colon);
      port = colon < 0 ? "" : hostinfo.substring(colon + 1);
    }
    return new String[] {host, port.isEmpty() ? null : port};
  }

  // ---------------------------------------------------------------- splitting

  /** scheme, netloc, path, query, fragment. */
  static String[] urlsplit(String url, String scheme, boolean allowFragments) {
    int start = 0;
    while (start < url.length() && url.charAt(start) <= ' ') {
      start++;
    }
    url = removeUnsafe(url.substring(start));
    scheme = removeUnsafe(stripControl(scheme));
    String netloc = "";
    String query = "";
    String fragment = "";
    int i = url.indexOf(':');
    if (i > 0 && url.charAt(0) < 128 && Character.isLetter(url.charAt(0))) {
      boolean ok = true;
      for (int k = 0; k < i; k++) {
        if (SCHEME_CHARS.indexOf(url.charAt(k)) < 0) {
          ok = false;
          break;
        }
      }
      if (ok) {
        scheme = url.substring(0, i).toLowerCase(Locale.ROOT);
        url = url.substring(i + 1);
      }
    }
    if (url.startsWith("//")) {
      int delim = url.length();
      for (char c : new char[] {'/', '?', '#'}) {
        int w = url.indexOf(c, 2);
        if (w >= 0) {
          delim = Math.min(delim, w);
        }
      }
      netloc = url.substring(2, delim);
      url = url.substring(delim);
      boolean open = netloc.indexOf('[') >= 0;
      boolean close = netloc.indexOf(']') >= 0;
      if (open != close) {
        throw Errors.valueError("Invalid IPv6 URL");
      }
      if (open) {
        String after = netloc.substring(netloc.indexOf('[') + 1);
        int c = after.indexOf(']');
        checkBracketedHost(c < 0 ? after : after.substring(0, c));
      }
    }
    if (allowFragments) {
      int h = url.indexOf('#');
      if (h >= 0) {
        fragment = url.substring(h + 1);
        url = url.substring(0, h);
      }
    }
    int q = url.indexOf('?');
    if (q >= 0) {
      query = url.substring(q + 1);
      url = url.substring(0, q);
    }
    checkNetloc(netloc);
    return new String[] {scheme, netloc, url, query, fragment};
  }

  private static String stripControl(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && s.charAt(a) <= ' ') {
      a++;
    }
    while (b > a && s.charAt(b - 1) <= ' ') {
      b--;
    }
    return s.substring(a, b);
  }

  private static String removeUnsafe(String s) {
    if (s.indexOf('\t') < 0 && s.indexOf('\r') < 0 && s.indexOf('\n') < 0) {
      return s;
    }
    return s.replace("\t", "").replace("\r", "").replace("\n", "");
  }

  private static void checkNetloc(String netloc) {
    boolean ascii = true;
    for (int i = 0; i < netloc.length(); i++) {
      if (netloc.charAt(i) >= 128) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return;
    }
    String n = netloc.replace("@", "").replace(":", "").replace("#", "").replace("?", "");
    String norm = java.text.Normalizer.normalize(n, java.text.Normalizer.Form.NFKC);
    if (n.equals(norm)) {
      return;
    }
    for (char c : "/?#@:".toCharArray()) {
      if (norm.indexOf(c) >= 0) {
        throw Errors.valueError("netloc '" + netloc
            + "' contains invalid characters under NFKC normalization");
      }
    }
  }

  private static void checkBracketedHost(String host) {
    if (host.startsWith("v")) {
      if (!host.matches("(?s)v[a-fA-F0-9]+\\.[^\\n]+")) {
        throw Errors.valueError("IPvFuture address is invalid");
      }
      return;
    }
    if (isIpv4(host)) {
      throw Errors.valueError("An IPv4 address cannot be in brackets");
    }
    if (!isIpv6(host)) {
      throw Errors.valueError(Ops.repr(host) + " does not appear to be an IPv4 or IPv6 address");
    }
  }

  static boolean isIpv4(String s) {
    String[] octets = s.split("\\.", -1);
    if (octets.length != 4) {
      return false;
    }
    for (String o : octets) {
      if (o.isEmpty() || o.length() > 3 || !o.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return false;
      }
      if (Integer.parseInt(o) > 255 || o.length() > 1 && o.charAt(0) == '0') {
        return false;
      }
    }
    return true;
  }

  static boolean isIpv6(String s) {
    int pct = s.indexOf('%');
    if (pct >= 0) {
      String scope = s.substring(pct + 1);
      if (scope.isEmpty() || scope.indexOf('%') >= 0) {
        return false;
      }
      s = s.substring(0, pct);
    }
    List<String> parts = new ArrayList<>(List.of(s.split(":", -1)));
    if (parts.size() < 3) {
      return false;
    }
    String last = parts.get(parts.size() - 1);
    if (last.indexOf('.') >= 0) {
      if (!isIpv4(last)) {
        return false;
      }
      parts.set(parts.size() - 1, "0");
      parts.add("0");
    }
    if (parts.size() > 9) {
      return false;
    }
    int skip = -1;
    for (int i = 1; i < parts.size() - 1; i++) {
      if (parts.get(i).isEmpty()) {
        if (skip >= 0) {
          return false;
        }
        skip = i;
      }
    }
    if (skip >= 0) {
      int hi = skip;
      int lo = parts.size() - skip - 1;
      if (parts.get(0).isEmpty() && --hi != 0) {
        return false;
      }
      if (parts.get(parts.size() - 1).isEmpty() && --lo != 0) {
        return false;
      }
      if (8 - (hi + lo) < 1) {
        return false;
      }
    } else if (parts.size() != 8 || parts.get(0).isEmpty()
        || parts.get(parts.size() - 1).isEmpty()) {
      return false;
    }
    for (String p : parts) {
      if (p.length() > 4) {
        return false;
      }
      for (int i = 0; i < p.length(); i++) {
        if (Character.digit(p.charAt(i), 16) < 0 || p.charAt(i) >= 128) {
          return false;
        }
      }
    }
    return true;
  }

  /** scheme, netloc, path, params, query, fragment. */
  static String[] urlparse(String url, String scheme, boolean allowFragments) {
    String[] s = urlsplit(url, scheme, allowFragments);
    String path = s[2];
    String params = "";
    if (USES_PARAMS.contains(s[0]) && path.indexOf(';') >= 0) {
      int i;
      int slash = path.lastIndexOf('/');
      if (slash >= 0) {
        i = path.indexOf(';', slash);
      } else {
        i = path.indexOf(';');
      }
      if (i >= 0) {
        params = path.substring(i + 1);
        path = path.substring(0, i);
      }
    }
    return new String[] {s[0], s[1], path, params, s[3], s[4]};
  }

  private static Object makeResult(PyType cls, String[] parts, boolean bytes) {
    Object[] v = new Object[parts.length];
    for (int i = 0; i < parts.length; i++) {
      v[i] = result(parts[i], bytes);
    }
    return Ops.call(cls, v, null);
  }

  private static Object urlsplitObj(Results r, Object url, Object scheme, boolean frags) {
    boolean[] bytes = new boolean[1];
    String[] a = coerce(bytes, url, scheme);
    return makeResult(bytes[0] ? r.splitBytes : r.split, urlsplit(a[0], a[1], frags), bytes[0]);
  }

  private static Object urlparseObj(Results r, Object url, Object scheme, boolean frags) {
    boolean[] bytes = new boolean[1];
    String[] a = coerce(bytes, url, scheme);
    return makeResult(bytes[0] ? r.parseBytes : r.parse, urlparse(a[0], a[1], frags), bytes[0]);
  }

  // ---------------------------------------------------------------- joining

  static String urlunsplit(String scheme, String netloc, String url, String query,
      String fragment) {
    if (!netloc.isEmpty() || !scheme.isEmpty() && USES_NETLOC.contains(scheme)
        && !url.startsWith("//")) {
      if (!url.isEmpty() && url.charAt(0) != '/') {
        url = "/" + url;
      }
      url = "//" + netloc + url;
    }
    if (!scheme.isEmpty()) {
      url = scheme + ":" + url;
    }
    if (!query.isEmpty()) {
      url = url + "?" + query;
    }
    if (!fragment.isEmpty()) {
      url = url + "#" + fragment;
    }
    return url;
  }

  static String urlunparse(String[] c) {
    String url = c[3].isEmpty() ? c[2] : c[2] + ";" + c[3];
    return urlunsplit(c[0], c[1], url, c[4], c[5]);
  }

  private static Object[] unpack(Object components, int n) {
    Object[] items = Builtins.toArray(components);
    if (items.length + 1 < n + 1) {
      throw Errors.valueError("not enough values to unpack (expected " + (n + 1) + ", got "
          + (items.length + 1) + ")");
    }
    if (items.length > n) {
      throw Errors.valueError("too many values to unpack (expected " + (n + 1) + ")");
    }
    return items;
  }

  private static Object urlunsplitObj(Object components) {
    Object[] items = unpack(components, 5);
    boolean[] bytes = new boolean[1];
    String[] c = coerce(bytes, items);
    return result(urlunsplit(c[0], c[1], c[2], c[3], c[4]), bytes[0]);
  }

  private static Object urlunparseObj(Object components) {
    Object[] items = unpack(components, 6);
    boolean[] bytes = new boolean[1];
    String[] c = coerce(bytes, items);
    return result(urlunparse(c), bytes[0]);
  }

  static String urljoin(String base, String url, boolean allowFragments) {
    if (base.isEmpty()) {
      return url;
    }
    if (url.isEmpty()) {
      return base;
    }
    String[] b = urlparse(base, "", allowFragments);
    String[] u = urlparse(url, b[0], allowFragments);
    String scheme = u[0];
    String netloc = u[1];
    String path = u[2];
    String params = u[3];
    String query = u[4];
    String fragment = u[5];
    if (!scheme.equals(b[0]) || !USES_RELATIVE.contains(scheme)) {
      return url;
    }
    if (USES_NETLOC.contains(scheme)) {
      if (!netloc.isEmpty()) {
        return urlunparse(new String[] {scheme, netloc, path, params, query, fragment});
      }
      netloc = b[1];
    }
    if (path.isEmpty() && params.isEmpty()) {
      path = b[2];
      params = b[3];
      if (query.isEmpty()) {
        query = b[4];
      }
      return urlunparse(new String[] {scheme, netloc, path, params, query, fragment});
    }
    List<String> baseParts = split(b[2], "/");
    if (!baseParts.get(baseParts.size() - 1).isEmpty()) {
      baseParts.remove(baseParts.size() - 1);
    }
    List<String> segments;
    if (path.startsWith("/")) {
      segments = split(path, "/");
    } else {
      segments = new ArrayList<>(baseParts);
      segments.addAll(split(path, "/"));
      if (segments.size() > 2) {
        List<String> filtered = new ArrayList<>();
        filtered.add(segments.get(0));
        for (int i = 1; i < segments.size() - 1; i++) {
          if (!segments.get(i).isEmpty()) {
            filtered.add(segments.get(i));
          }
        }
        filtered.add(segments.get(segments.size() - 1));
        segments = filtered;
      }
    }
    Budget.chargeSteps(segments.size());
    List<String> resolved = new ArrayList<>();
    for (String seg : segments) {
      if (seg.equals("..")) {
        if (!resolved.isEmpty()) {
          resolved.remove(resolved.size() - 1);
        }
      } else if (!seg.equals(".")) {
        resolved.add(seg);
      }
    }
    String lastSeg = segments.get(segments.size() - 1);
    if (lastSeg.equals(".") || lastSeg.equals("..")) {
      resolved.add("");
    }
    String joined = String.join("/", resolved);
    return urlunparse(new String[] {scheme, netloc, joined.isEmpty() ? "/" : joined, params,
        query, fragment});
  }

  /** Python's str.split(sep) (sep non-empty). */
  static List<String> split(String s, String sep) {
    List<String> out = new ArrayList<>();
    int from = 0;
    while (true) {
      int i = s.indexOf(sep, from);
      if (i < 0) {
        out.add(s.substring(from));
        return out;
      }
      out.add(s.substring(from, i));
      from = i + sep.length();
    }
  }

  private static Object urljoinObj(Object base, Object url, boolean frags) {
    if (!Ops.truth(base)) {
      return url;
    }
    if (!Ops.truth(url)) {
      return base;
    }
    boolean[] bytes = new boolean[1];
    String[] a = coerce(bytes, base, url);
    return result(urljoin(a[0], a[1], frags), bytes[0]);
  }

  private static Object urldefragObj(Results r, Object url) {
    boolean[] bytes = new boolean[1];
    String u = coerce(bytes, url)[0];
    String defrag;
    String frag;
    if (u.indexOf('#') >= 0) {
      String[] p = urlparse(u, "", true);
      frag = p[5];
      p[5] = "";
      defrag = urlunparse(p);
    } else {
      frag = "";
      defrag = u;
    }
    return Ops.call(bytes[0] ? r.defragBytes : r.defrag,
        new Object[] {result(defrag, bytes[0]), result(frag, bytes[0])}, null);
  }

  private static Object unwrap(Object url) {
    String s = Ops.str(url).strip();
    if (s.startsWith("<") && s.endsWith(">") && s.length() >= 2) {
      s = s.substring(1, s.length() - 1).strip();
    }
    if (s.startsWith("URL:")) {
      s = s.substring(4).strip();
    }
    return s;
  }

  // ---------------------------------------------------------------- quoting

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  static Object quoteFromBytes(Object bs, Object safe) {
    if (!(bs instanceof PyBytes)) {
      throw Errors.typeError("quote_from_bytes() expected bytes");
    }
    byte[] b = ((PyBytes) bs).array();
    if (b.length == 0) {
      return "";
    }
    boolean[] safeSet = new boolean[128];
    for (char c : ALWAYS_SAFE.toCharArray()) {
      safeSet[c] = true;
    }
    if (safe instanceof String) {
      String s = (String) safe;
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) < 128) {
          safeSet[s.charAt(i)] = true;
        }
      }
    } else {
      for (Object o : Builtins.toArray(safe)) {
        long c = Ops.asIndex(o, "'" + Types.typeName(o)
            + "' object cannot be interpreted as an integer");
        if (c >= 0 && c < 128) {
          safeSet[(int) c] = true;
        }
      }
    }
    Budget.chargeSteps(1 + b.length / 16);
    Budget.reserveMemory(3L * b.length * 2);
    StringBuilder sb = new StringBuilder(b.length);
    for (byte x : b) {
      int c = x & 0xff;
      if (c < 128 && safeSet[c]) {
        sb.append((char) c);
      } else {
        sb.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
      }
    }
    return sb.toString();
  }

  static Object quote(Object string, Object safe, Object encoding, Object errors) {
    if (string instanceof String) {
      String s = (String) string;
      if (s.isEmpty()) {
        return s;
      }
      String enc = encoding == PyNone.NONE ? "utf-8" : Ops.str(encoding);
      String err = errors == PyNone.NONE ? "strict" : Ops.str(errors);
      Budget.reserveMemory(4L * s.length());
      return quoteFromBytes(Codecs.encode(s, enc, err), safe);
    }
    if (encoding != PyNone.NONE) {
      throw Errors.typeError("quote() doesn't support 'encoding' for bytes");
    }
    if (errors != PyNone.NONE) {
      throw Errors.typeError("quote() doesn't support 'errors' for bytes");
    }
    return quoteFromBytes(string, safe);
  }

  static Object quotePlus(Object string, Object safe, Object encoding, Object errors) {
    if (string instanceof String && ((String) string).indexOf(' ') < 0
        || string instanceof PyBytes && indexOf(((PyBytes) string).array(), (byte) ' ') < 0) {
      return quote(string, safe, encoding, errors);
    }
    Object space = safe instanceof String ? " " : new PyBytes(new byte[] {' '});
    Object q = quote(string, Ops.binary(dev.moat.ast.Ast.BinaryOp.ADD, safe, space),
        encoding, errors);
    return ((String) q).replace(' ', '+');
  }

  private static int indexOf(byte[] b, byte x) {
    for (int i = 0; i < b.length; i++) {
      if (b[i] == x) {
        return i;
      }
    }
    return -1;
  }

  private static int hex(int c) {
    return c < 128 ? Character.digit(c, 16) : -1;
  }

  static byte[] unquoteToBytes(byte[] b) {
    Budget.chargeSteps(1 + b.length / 16);
    ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
    for (int i = 0; i < b.length; i++) {
      int c = b[i] & 0xff;
      if (c == '%' && i + 2 < b.length && hex(b[i + 1] & 0xff) >= 0 && hex(b[i + 2] & 0xff) >= 0) {
        out.write(hex(b[i + 1] & 0xff) * 16 + hex(b[i + 2] & 0xff));
        i += 2;
      } else {
        out.write(c);
      }
    }
    return out.toByteArray();
  }

  private static Object unquoteToBytesObj(Object string) {
    if (!Ops.truth(string)) {
      if (!(string instanceof String) && !(string instanceof PyBytes)) {
        throw noAttr(string, "split");
      }
      return PyBytes.EMPTY;
    }
    if (string instanceof String) {
      return new PyBytes(unquoteToBytes(((String) string).getBytes(StandardCharsets.UTF_8)));
    }
    if (string instanceof PyBytes) {
      return new PyBytes(unquoteToBytes(((PyBytes) string).array()));
    }
    throw noAttr(string, "split");
  }

  static Object unquote(Object string, Object encoding, Object errors) {
    String enc = encoding == PyNone.NONE ? "utf-8" : Ops.str(encoding);
    String err = errors == PyNone.NONE ? "replace" : Ops.str(errors);
    if (string instanceof PyBytes) {
      return Codecs.decode(unquoteToBytes(((PyBytes) string).array()), enc, err);
    }
    if (!(string instanceof String)) {
      if (!Ops.isIterable(string)) {
        throw Errors.typeError("argument of type '" + Types.typeName(string)
            + "' is not iterable");
      }
      throw noAttr(string, "split");
    }
    String s = (String) string;
    if (s.indexOf('%') < 0) {
      return s;
    }
    return unquoteStr(s, enc, err);
  }

  static String unquoteStr(String s, String enc, String err) {
    charge(s);
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    int n = s.length();
    while (i < n) {
      int j = i;
      while (j < n && s.charAt(j) < 128) {
        j++;
      }
      if (j > i) {
        byte[] run = s.substring(i, j).getBytes(StandardCharsets.ISO_8859_1);
        out.append(Codecs.decode(unquoteToBytes(run), enc, err));
        i = j;
      }
      while (j < n && s.charAt(j) >= 128) {
        j++;
      }
      out.append(s, i, j);
      i = j;
    }
    return out.toString();
  }

  private static Object unquotePlus(Object string, Object encoding, Object errors) {
    if (string instanceof PyBytes) {
      throw Errors.typeError("a bytes-like object is required, not 'str'");
    }
    if (!(string instanceof String)) {
      throw noAttr(string, "replace");
    }
    return unquote(((String) string).replace('+', ' '), encoding, errors);
  }

  // ---------------------------------------------------------------- query strings

  private static Object callQuote(Object quoteVia, Object value, Object safe, Object encoding,
      Object errors) {
    if (value instanceof PyBytes) {
      return Ops.call(quoteVia, new Object[] {value, safe}, null);
    }
    return Ops.call(quoteVia, new Object[] {Ops.str(value), safe, encoding, errors}, null);
  }

  private static Object[] pair(Object item) {
    Object[] kv = Builtins.toArray(item);
    if (kv.length < 2) {
      throw Errors.valueError("not enough values to unpack (expected 2, got " + kv.length + ")");
    }
    if (kv.length > 2) {
      throw Errors.valueError("too many values to unpack (expected 2)");
    }
    return kv;
  }

  private static Object urlencode(Object query, boolean doseq, Object safe, Object encoding,
      Object errors, Object quoteVia) {
    Object items;
    if (Ops.getAttrOrNull(query, "items") != null) {
      items = Ops.call(Ops.getAttr(query, "items"), new Object[0], null);
    } else {
      String msg = "not a valid non-string sequence or mapping object";
      try {
        if (Ops.len(query) > 0 && !(Ops.getItem(query, 0L) instanceof PyTuple)) {
          throw Errors.typeError(msg);
        }
      } catch (PyException e) {
        if (e.isInstance(ExceptionTypes.TYPE_ERROR)) {
          throw Errors.typeError(msg);
        }
        throw e;
      }
      items = query;
    }
    StringBuilder out = new StringBuilder();
    for (Object item : Builtins.toArray(items)) {
      Budget.chargeSteps(1);
      Object[] kv = pair(item);
      String k = Ops.str(callQuote(quoteVia, kv[0], safe, encoding, errors));
      Object v = kv[1];
      if (!doseq || v instanceof String || v instanceof PyBytes) {
        append(out, k, callQuote(quoteVia, v, safe, encoding, errors));
        continue;
      }
      boolean sized;
      try {
        Ops.len(v);
        sized = true;
      } catch (PyException e) {
        if (!e.isInstance(ExceptionTypes.TYPE_ERROR)) {
          throw e;
        }
        sized = false;
      }
      if (!sized) {
        append(out, k, callQuote(quoteVia, v, safe, encoding, errors));
      } else {
        for (Object elt : Builtins.toArray(v)) {
          Budget.chargeSteps(1);
          append(out, k, callQuote(quoteVia, elt, safe, encoding, errors));
        }
      }
    }
    return out.toString();
  }

  private static void append(StringBuilder out, String k, Object v) {
    if (out.length() > 0) {
      out.append('&');
    }
    out.append(k).append('=').append(Ops.str(v));
  }

  private static Object parseQslObj(Object[] a) {
    PyList out = new PyList();
    for (Object[] kv : parseQsl(a)) {
      out.append(PyTuple.of(kv));
    }
    return out;
  }

  private static Object parseQs(Object[] a) {
    PyDict d = new PyDict();
    for (Object[] kv : parseQsl(a)) {
      Object existing = d.get(kv[0]);
      if (existing instanceof PyList) {
        ((PyList) existing).append(kv[1]);
      } else {
        PyList l = new PyList();
        l.append(kv[1]);
        d.put(kv[0], l);
      }
    }
    return d;
  }

  private static List<Object[]> parseQsl(Object[] a) {
    boolean keepBlank = Ops.truth(a[1]);
    boolean strict = Ops.truth(a[2]);
    boolean[] bytes = new boolean[1];
    String qs = coerce(bytes, a[0])[0];
    String sep = coerce(new boolean[1], a[6])[0];
    if (sep.isEmpty()) {
      throw Errors.valueError("Separator must be of type string or bytes.");
    }
    String enc = a[3] == PyNone.NONE ? "utf-8" : Ops.str(a[3]);
    String err = a[4] == PyNone.NONE ? "replace" : Ops.str(a[4]);
    List<String> fields = qs.isEmpty() ? List.of() : split(qs, sep);
    if (a[5] != PyNone.NONE) {
      if (Ops.lessThan(a[5], (long) fields.size())) {
        throw Errors.valueError("Max number of fields exceeded");
      }
    }
    Budget.chargeSteps(fields.size());
    List<Object[]> out = new ArrayList<>();
    for (String nameValue : fields) {
      if (nameValue.isEmpty() && !strict) {
        continue;
      }
      int eq = nameValue.indexOf('=');
      String name;
      String value;
      if (eq < 0) {
        if (strict) {
          throw Errors.valueError("bad query field: " + Ops.repr(nameValue));
        }
        if (!keepBlank) {
          continue;
        }
        name = nameValue;
        value = "";
      } else {
        name = nameValue.substring(0, eq);
        value = nameValue.substring(eq + 1);
      }
      if (!value.isEmpty() || keepBlank) {
        String n = unquoteStr(name.replace('+', ' '), enc, err);
        Object nameObj = result(n, bytes[0]);
        String v = unquoteStr(value.replace('+', ' '), enc, err);
        out.add(new Object[] {nameObj, result(v, bytes[0])});
      }
    }
    return out;
  }
}
