package dev.moat.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The "Did you mean" choice, against what CPython 3.11 suggests for the same candidates. */
class SuggestionsTest {
  private static void check(String name, List<String> candidates, String expected) {
    assertEquals(expected, Suggestions.closest(name, candidates), name + " among " + candidates);
  }

  @Test
  void choosesWhatCPythonChooses() {
    check("valeu", List.of("other", "value"), "value");
    check("ab", List.of("xy"), null);
    check("abcd", List.of("ABCD"), null);
    check("abc", List.of("ABC"), "ABC");
    check("é", List.of("e"), null);
    check("naïve", List.of("naive"), "naive");
    check("x" + "a".repeat(38) + "y", List.of("z" + "a".repeat(38) + "w"), "z" + "a".repeat(38) + "w");
    check("x" + "a".repeat(39) + "y", List.of("z" + "a".repeat(39) + "w"), null);
    check("a".repeat(60) + "b", List.of("a".repeat(60) + "c"), "a".repeat(60) + "c");
    check("aba", List.of("a", "aba", "abb", "bba"), "abb");
    check("bab", List.of("bab", "babb", "bbab"), "babb");
    check("lenn", List.of("len", "lent"), "len");
    check("apend", List.of("append", "extend", "pop"), "append");
    check("Tru", List.of("True", "Trux"), "True");
    check("x0", List.of(".0", "x"), ".0");
    check("_BB__b", List.of("BBb_b", "_BB__B", "_BB_bab", "aBB__b"), "_BB__B");
    check("bb_", List.of("ab", "ab_b_", "bAa", "bbB_"), "bbB_");
    check("aBaABaa", List.of("BaABaABaa", "aABBaa", "aBaAab", "aaABaa"), "aaABaa");
    check("aaaBBb_b", List.of("a_BBb_b", "aaBBb_b", "aaaaBBb_bA", "aabBBba_b"), "aaBBb_b");
    check("BAa_", List.of("Aaa_", "B_A_a__", "BbAa_", "bAa_"), "bAa_");
    check("b_bbb", List.of("_bbb", "bAbbb", "b_BbbBb", "b_bab"), "_bbb");
    check("abbB___a", List.of("abBB___a_", "abbB____a", "abb___a", "bbB___ba"), "abbB____a");
    check("_aaB", List.of("BaaB", "_aaB", "_aaBA", "aaB"), "BaaB");
    check("aB_a_B", List.of("B_aaB", "aB___B", "aB_aB_", "aBaa_B"), "aB___B");
    check("aA_aBab", List.of("aABab", "aA_aBaAb", "aA_aBabB", "aA_abb"), "aA_aBaAb");
    check("BbbB", List.of("BAbB", "Bbb", "Bbb_bB", "babB"), "BAbB");
    check("A_BAaa", List.of("A_BAAa", "A_BAaa", "A_BbAaa", "Ab_BAaa"), "A_BAAa");
  }

  @Test
  void aListOf750CandidatesOrMoreGivesNoSuggestion() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 748; i++) {
      names.add("x" + i);
    }
    names.add("valuee");
    assertEquals("valuee", Suggestions.closest("value", names));
    names.add(0, "y");
    assertNull(Suggestions.closest("value", names));
  }
}
