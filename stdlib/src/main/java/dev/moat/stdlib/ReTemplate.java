package dev.moat.stdlib;

import dev.moat.runtime.Errors;
import dev.moat.runtime.Ops;
import dev.moat.runtime.Types;
import java.util.ArrayList;
import java.util.List;

/** A parsed replacement template ({@code \1}, {@code \g<name>}, escapes), as CPython 3.11. */
final class ReTemplate {
  /** Literal strings (String) and group references (Integer), in order. */
  private final List<Object> parts = new ArrayList<>();

  private ReTemplate() {}

  /**
   * Parses template text {@code src} (Latin-1 for a bytes template); {@code original} is the
   * template object that errors report.
   */
  static ReTemplate parse(ReModule.Types3 t, ReModule.Compiled pc, String src,
      Object original) {
    int[] s = src.codePoints().toArray();
    ReTemplate out = new ReTemplate();
    StringBuilder lit = new StringBuilder();
    int i = 0;
    while (i < s.length) {
      int ch = s[i];
      if (ch != '\\') {
        lit.appendCodePoint(ch);
        i++;
        continue;
      }
      if (i + 1 >= s.length) {
        throw ReModule.templateError(t, "bad escape (end of pattern)", original,
            s.length - 1);
      }
      int c = s[i + 1];
      int escStart = i;
      i += 2;
      if (c == 'g') {
        if (i >= s.length || s[i] != '<') {
          throw ReModule.templateError(t, "missing <", original, i);
        }
        i++;
        int nameStart = i;
        StringBuilder name = new StringBuilder();
        while (true) {
          if (i >= s.length) {
            if (name.length() == 0) {
              throw ReModule.templateError(t, "missing group name", original, i);
            }
            throw ReModule.templateError(t, "missing >, unterminated name", original, nameStart);
          }
          if (s[i] == '>') {
            if (name.length() == 0) {
              throw ReModule.templateError(t, "missing group name", original, i);
            }
            i++;
            break;
          }
          name.appendCodePoint(s[i]);
          i++;
        }
        String nm = name.toString();
        int index;
        if (ReParser.isIdentifier(nm)) {
          Integer gi = pc.groupindex.get(nm);
          if (gi == null) {
            throw Errors.indexError("unknown group name " + Ops.repr(nm));
          }
          index = gi;
        } else {
          boolean digits = !nm.isEmpty() && nm.chars().allMatch(x -> x >= '0' && x <= '9');
          if (!digits) {
            throw ReModule.templateError(t, "bad character in group name " + Ops.repr(nm), src,
                nameStart);
          }
          if (nm.length() > 9 || Long.parseLong(nm) > pc.groups) {
            throw ReModule.templateError(t, "invalid group reference " + nm.replaceFirst(
                "^0+(?=.)", ""), original, nameStart);
          }
          index = Integer.parseInt(nm);
        }
        flush(out, lit);
        out.parts.add(index);
      } else if (c == '0') {
        int v = 0;
        for (int k = 0; k < 2 && i < s.length && s[i] >= '0' && s[i] <= '7'; k++) {
          v = v * 8 + (s[i++] - '0');
        }
        lit.appendCodePoint(v);
      } else if (c >= '1' && c <= '9') {
        int group = c - '0';
        if (i < s.length && s[i] >= '0' && s[i] <= '9') {
          int d2 = s[i];
          if (c <= '7' && d2 <= '7' && i + 1 < s.length && s[i + 1] >= '0' && s[i + 1] <= '7') {
            int v = (c - '0') * 64 + (d2 - '0') * 8 + (s[i + 1] - '0');
            if (v > 0377) {
              throw ReModule.templateError(t, "octal escape value \\" + (char) c + (char) d2
                  + (char) s[i + 1] + " outside of range 0-0o377", original, escStart);
            }
            lit.appendCodePoint(v);
            i += 2;
            continue;
          }
          group = group * 10 + (d2 - '0');
          i++;
        }
        if (group > pc.groups) {
          throw ReModule.templateError(t, "invalid group reference " + group, original,
              escStart + 1);
        }
        flush(out, lit);
        out.parts.add(group);
      } else {
        int e;
        switch (c) {
          case 'a': e = 7; break;
          case 'b': e = 8; break;
          case 'f': e = 12; break;
          case 'n': e = 10; break;
          case 'r': e = 13; break;
          case 't': e = 9; break;
          case 'v': e = 11; break;
          case '\\': e = '\\'; break;
          default: e = -1;
        }
        if (e >= 0) {
          lit.appendCodePoint(e);
        } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
          throw ReModule.templateError(t, "bad escape \\" + (char) c, original, escStart);
        } else {
          lit.append('\\').appendCodePoint(c);
        }
      }
    }
    flush(out, lit);
    return out;
  }

  private static void flush(ReTemplate t, StringBuilder lit) {
    if (lit.length() > 0) {
      t.parts.add(lit.toString());
      lit.setLength(0);
    }
  }

  /** The index of the first literal piece, or -1 when the template only refers to groups. */
  int firstLiteral() {
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i) instanceof String) {
        return i;
      }
    }
    return -1;
  }

  /** The expansion as text (Latin-1 for bytes). */
  String expand(ReModule.MatchObj m) {
    if (parts.size() == 1 && parts.get(0) instanceof String) {
      return (String) parts.get(0);
    }
    StringBuilder sb = new StringBuilder();
    for (Object p : parts) {
      if (p instanceof String) {
        sb.append((String) p);
      } else {
        sb.append(m.groupText((Integer) p));
      }
    }
    return sb.toString();
  }
}
