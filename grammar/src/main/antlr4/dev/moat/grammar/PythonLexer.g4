/*
 * Lexer of Moat's Python 3.11 subset.
 *
 * Layout (NEWLINE/INDENT/DEDENT, bracket depth, blank and comment-only lines, tabs, the implicit
 * NEWLINE and DEDENTs at EOF) and the CPython-compatible error messages of the tokenizer are
 * handled by the hand-written base class PythonLexerBase. The source is expected with "\n" line
 * ends only (the facade normalises "\r\n" and "\r").
 */
lexer grammar PythonLexer;

options { superClass = PythonLexerBase; }

tokens { INDENT, DEDENT }

// ------------------------------------------------------------------ keywords (Python 3.11)

FALSE    : 'False' ;
NONE     : 'None' ;
TRUE     : 'True' ;
AND      : 'and' ;
AS       : 'as' ;
ASSERT   : 'assert' ;
ASYNC    : 'async' ;
AWAIT    : 'await' ;
BREAK    : 'break' ;
CLASS    : 'class' ;
CONTINUE : 'continue' ;
DEF      : 'def' ;
DEL      : 'del' ;
ELIF     : 'elif' ;
ELSE     : 'else' ;
EXCEPT   : 'except' ;
FINALLY  : 'finally' ;
FOR      : 'for' ;
FROM     : 'from' ;
GLOBAL   : 'global' ;
IF       : 'if' ;
IMPORT   : 'import' ;
IN       : 'in' ;
IS       : 'is' ;
LAMBDA   : 'lambda' ;
NONLOCAL : 'nonlocal' ;
NOT      : 'not' ;
OR       : 'or' ;
PASS     : 'pass' ;
RAISE    : 'raise' ;
RETURN   : 'return' ;
TRY      : 'try' ;
WHILE    : 'while' ;
WITH     : 'with' ;
YIELD    : 'yield' ;

// Soft keywords: ordinary names everywhere except where the parser recognises them by position
// (the parser's `name` rule accepts them as identifiers).
MATCH      : 'match' ;
CASE       : 'case' ;
UNDERSCORE : '_' ;

// ------------------------------------------------------------------ literals

// Every string form: all prefixes (r, u, b, br, rb, f, fr, rf in any case), single, double and
// triple quotes. f-strings are ONE token (Python 3.11 rules); the AST builder parses their inside.
STRING
    : STRING_PREFIX? ( SHORT_STRING | LONG_STRING )
    ;

// A string whose closing quote is missing (matched only when STRING cannot match).
UNTERMINATED_STRING
    : STRING_PREFIX? ( '\'' SQ_CHAR* '\\'? | '"' DQ_CHAR* '\\'? )
    ;

UNTERMINATED_LONG_STRING
    : STRING_PREFIX? ( '\'\'\'' LONG_SQ_CHAR* ( '\'' | '\'\'' )? '\\'?
                     | '"""' LONG_DQ_CHAR* ( '"' | '""' )? '\\'? )
    ;

// Valid numeric literals. What may not follow a number (`1abc`, `0123`, `1_`, `0x`) is checked
// by the base class, which reproduces CPython's tokenizer messages.
NUMBER
    : DEC_INTEGER
    | HEX_INTEGER
    | OCT_INTEGER
    | BIN_INTEGER
    | FLOAT_NUMBER
    | IMAG_NUMBER
    ;

// ------------------------------------------------------------------ operators and delimiters

ELLIPSIS      : '...' ;
DOT           : '.' ;
COMMA         : ',' ;
COLON         : ':' ;
SEMI          : ';' ;
COLONEQUAL    : ':=' ;
ARROW         : '->' ;
OPEN_PAREN    : '(' ;
CLOSE_PAREN   : ')' ;
OPEN_BRACK    : '[' ;
CLOSE_BRACK   : ']' ;
OPEN_BRACE    : '{' ;
CLOSE_BRACE   : '}' ;
AT            : '@' ;
ASSIGN        : '=' ;
PLUS          : '+' ;
MINUS         : '-' ;
STAR          : '*' ;
DOUBLESTAR    : '**' ;
SLASH         : '/' ;
DOUBLESLASH   : '//' ;
PERCENT       : '%' ;
TILDE         : '~' ;
AMPER         : '&' ;
VBAR          : '|' ;
CIRCUMFLEX    : '^' ;
LEFTSHIFT     : '<<' ;
RIGHTSHIFT    : '>>' ;
LESS          : '<' ;
GREATER       : '>' ;
EQEQUAL       : '==' ;
NOTEQUAL      : '!=' ;
LESSEQUAL     : '<=' ;
// Python 2's inequality: one token, which the parser rejects ("invalid syntax" at it).
LESSGREATER   : '<>' ;
GREATEREQUAL  : '>=' ;
PLUSEQUAL     : '+=' ;
MINEQUAL      : '-=' ;
STAREQUAL     : '*=' ;
ATEQUAL       : '@=' ;
SLASHEQUAL    : '/=' ;
DOUBLESLASHEQUAL : '//=' ;
PERCENTEQUAL  : '%=' ;
AMPEREQUAL    : '&=' ;
VBAREQUAL     : '|=' ;
CIRCUMFLEXEQUAL : '^=' ;
LEFTSHIFTEQUAL  : '<<=' ;
RIGHTSHIFTEQUAL : '>>=' ;
DOUBLESTAREQUAL : '**=' ;

// ------------------------------------------------------------------ names

// Like CPython's tokenizer, any non-ASCII character may be part of a name; the base class
// verifies the name (XID rules) and reports "invalid character '€' (U+20AC)".
NAME
    : [a-zA-Z_] [a-zA-Z0-9_]*
    ;

// A name with non-ASCII characters; the base class verifies and NFKC-normalises it, and emits it
// as a NAME.
UNICODE_NAME
    : ID_START ID_CONTINUE*
    ;

// ------------------------------------------------------------------ layout

NEWLINE
    : '\n'
    ;

// Backslash-newline joins lines; kept as a token so that the base class can reject it at EOF.
LINE_JOIN
    : '\\' '\n'
    ;

SKIP_
    : [ \t\f]+ -> skip
    ;

// Dropped by the base class, which remembers where it was (CPython's NEWLINE token starts there).
COMMENT
    : '#' ~[\n]*
    ;

// A backslash not followed by a newline: "unexpected character after line continuation character".
BACKSLASH
    : '\\'
    ;

// Any other character ('$', '?', '!', '`', control characters): the parser rejects it.
ERROR_CHAR
    : .
    ;

// ------------------------------------------------------------------ fragments

fragment STRING_PREFIX
    : [rRuUbBfF]
    | [rR] [bBfF]
    | [bBfF] [rR]
    ;

fragment SHORT_STRING
    : '\'' SQ_CHAR* '\''
    | '"' DQ_CHAR* '"'
    ;

fragment LONG_STRING
    : '\'\'\'' LONG_SQ_CHAR* '\'\'\''
    | '"""' LONG_DQ_CHAR* '"""'
    ;

fragment SQ_CHAR : ~[\\\n'] | '\\' . ;
fragment DQ_CHAR : ~[\\\n"] | '\\' . ;

// Characters of a long string that cannot start its closing quotes.
fragment LONG_SQ_CHAR : ~[\\'] | '\\' . | '\'' ~[\\'] | '\'' '\\' . | '\'\'' ~[\\'] | '\'\'' '\\' . ;
fragment LONG_DQ_CHAR : ~[\\"] | '\\' . | '"' ~[\\"] | '"' '\\' . | '""' ~[\\"] | '""' '\\' . ;

fragment DEC_INTEGER : NON_ZERO_DIGIT ( '_'? DIGIT )* | '0'+ ( '_'? '0' )* ;
fragment HEX_INTEGER : '0' [xX] ( '_'? HEX_DIGIT )+ ;
fragment OCT_INTEGER : '0' [oO] ( '_'? OCT_DIGIT )+ ;
fragment BIN_INTEGER : '0' [bB] ( '_'? BIN_DIGIT )+ ;

fragment FLOAT_NUMBER : POINT_FLOAT | EXPONENT_FLOAT ;
fragment POINT_FLOAT : DIGIT_PART? FRACTION | DIGIT_PART '.' ;
fragment EXPONENT_FLOAT : ( DIGIT_PART | POINT_FLOAT ) EXPONENT ;
fragment DIGIT_PART : DIGIT ( '_'? DIGIT )* ;
fragment FRACTION : '.' DIGIT_PART ;
fragment EXPONENT : [eE] [+-]? DIGIT_PART ;
fragment IMAG_NUMBER : ( FLOAT_NUMBER | DIGIT_PART ) [jJ] ;

fragment NON_ZERO_DIGIT : [1-9] ;
fragment DIGIT : [0-9] ;
fragment OCT_DIGIT : [0-7] ;
fragment HEX_DIGIT : [0-9a-fA-F] ;
fragment BIN_DIGIT : [01] ;

fragment ID_START : [a-zA-Z_] | [\u0080-\u{10FFFF}] ;
fragment ID_CONTINUE : [a-zA-Z0-9_] | [\u0080-\u{10FFFF}] ;
