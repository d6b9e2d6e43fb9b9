/*
 * Parser of Moat's Python 3.11 subset.
 *
 * The grammar follows CPython's (Grammar/python.gram) in what it accepts, with three deliberate
 * differences that keep ANTLR's prediction cheap and the error messages CPython's:
 *   - assignment, augmented assignment, annotation, del, for and with targets are parsed as
 *     expressions; the AST builder checks them and raises CPython's "cannot assign to ..."
 *     messages;
 *   - parameter lists are parsed as a flat list; the builder checks their order ("non-default
 *     argument follows default argument", ...);
 *   - dict/set displays, parenthesised forms, slices and patterns are left-factored so that
 *     every decision needs only a token or two of lookahead.
 * Precedence and associativity are CPython's: lambda < if-else < or < and < not < comparisons
 * < | < ^ < & < shifts < + - < * / // % @ < unary + - ~ < ** < await < primary; ** is
 * right-associative and binds tighter than a unary operator on its left (-2**2 == -4) but not
 * on its right (2**-1).
 */
parser grammar PythonParser;

options { tokenVocab = PythonLexer; }

// ------------------------------------------------------------------ entry points

file_input
    : stmt* EOF
    ;

// The expression of an f-string replacement field, lexed as "(" expression ")".
fstring_input
    : atom NEWLINE? EOF
    ;

// ------------------------------------------------------------------ statements

stmt
    : simple_stmts
    | compound_stmt
    ;

simple_stmts
    : simple_stmt (SEMI simple_stmt)* SEMI? NEWLINE
    ;

simple_stmt
    : expr_stmt                                     # exprStmt
    | RETURN star_expressions?                      # returnStmt
    | import_name                                   # importStmt
    | import_from                                   # importFromStmt
    | RAISE (expression (FROM expression)?)?        # raiseStmt
    | PASS                                          # passStmt
    | DEL star_expressions                          # delStmt
    | ASSERT expression (COMMA expression)?         # assertStmt
    | BREAK                                         # breakStmt
    | CONTINUE                                      # continueStmt
    | GLOBAL name (COMMA name)*                     # globalStmt
    | NONLOCAL name (COMMA name)*                   # nonlocalStmt
    ;

// Targets are parsed as expressions and checked by the AST builder.
expr_stmt
    : assign_rhs
      ( COLON annotation=expression (ASSIGN annotated=assign_rhs)?
      | augassign aug=assign_rhs
      | (ASSIGN assign_rhs)*
      )
    ;

assign_rhs
    : yield_expr
    | star_expressions
    ;

augassign
    : PLUSEQUAL | MINEQUAL | STAREQUAL | ATEQUAL | SLASHEQUAL | PERCENTEQUAL | AMPEREQUAL
    | VBAREQUAL | CIRCUMFLEXEQUAL | LEFTSHIFTEQUAL | RIGHTSHIFTEQUAL | DOUBLESTAREQUAL
    | DOUBLESLASHEQUAL
    ;

import_name
    : IMPORT dotted_as_name (COMMA dotted_as_name)*
    ;

dotted_as_name
    : dotted_name (AS name)?
    ;

dotted_name
    : name (DOT name)*
    ;

import_from
    : FROM ( (DOT | ELLIPSIS)* dotted_name | (DOT | ELLIPSIS)+ ) IMPORT import_targets
    ;

import_targets
    : STAR
    | OPEN_PAREN import_as_name (COMMA import_as_name)* COMMA? CLOSE_PAREN
    | import_as_name (COMMA import_as_name)* COMMA?
    ;

import_as_name
    : name (AS name)?
    ;

// ------------------------------------------------------------------ compound statements

compound_stmt
    : if_stmt
    | while_stmt
    | for_stmt
    | try_stmt
    | with_stmt
    | funcdef
    | classdef
    | decorated
    | match_stmt
    | async_stmt
    ;

block
    : simple_stmts
    | NEWLINE INDENT stmt+ DEDENT
    ;

if_stmt
    : IF named_expression COLON block elif_clause* else_block?
    ;

elif_clause
    : ELIF named_expression COLON block
    ;

else_block
    : ELSE COLON block
    ;

while_stmt
    : WHILE named_expression COLON block else_block?
    ;

for_stmt
    : FOR star_targets IN star_expressions COLON block else_block?
    ;

try_stmt
    : TRY COLON block ( except_clause+ else_block? finally_block? | finally_block )
    ;

except_clause
    : EXCEPT STAR? ( expression (COMMA expression)* (AS name)? )? COLON block
    ;

finally_block
    : FINALLY COLON block
    ;

with_stmt
    : WITH ( OPEN_PAREN with_item (COMMA with_item)* COMMA? CLOSE_PAREN
           | with_item (COMMA with_item)*
           ) COLON block
    ;

with_item
    : expression (AS star_target)?
    ;

funcdef
    : DEF name OPEN_PAREN parameters? CLOSE_PAREN (ARROW expression)? COLON block
    ;

parameters
    : param (COMMA param)* COMMA?
    ;

param
    : name (COLON expression)? (ASSIGN expression)?                 # plainParam
    | STAR (name (COLON star_expression)?)? (ASSIGN expression)?     # varParam
    | DOUBLESTAR name (COLON expression)? (ASSIGN expression)?       # kwParam
    | SLASH                                                          # slashParam
    ;

classdef
    : CLASS name (OPEN_PAREN arglist? CLOSE_PAREN)? COLON block
    ;

decorated
    : decorator+ (classdef | funcdef | async_stmt)
    ;

decorator
    : AT named_expression NEWLINE
    ;

async_stmt
    : ASYNC (funcdef | with_stmt | for_stmt)
    ;

// ------------------------------------------------------------------ match

match_stmt
    : MATCH subject=star_named_expressions COLON NEWLINE INDENT case_block+ DEDENT
    ;

star_named_expressions
    : star_named_expression (COMMA star_named_expression)* COMMA?
    ;

case_block
    : CASE patterns (IF named_expression)? COLON block
    ;

patterns
    : maybe_star_pattern (COMMA maybe_star_pattern)* COMMA?
    ;

maybe_star_pattern
    : STAR name                       # starPattern
    | pattern                         # plainPattern
    ;

pattern
    : or_pattern (AS name)?
    ;

or_pattern
    : closed_pattern (VBAR closed_pattern)*
    ;

closed_pattern
    : literal_pattern                                          # literalPattern
    | name_or_attr (OPEN_PAREN class_args? CLOSE_PAREN)?        # namePattern
    | OPEN_PAREN patterns? CLOSE_PAREN                          # parenPattern
    | OPEN_BRACK patterns? CLOSE_BRACK                          # listPattern
    | OPEN_BRACE (mapping_item (COMMA mapping_item)* COMMA?)? CLOSE_BRACE  # mappingPattern
    ;

literal_pattern
    : MINUS? NUMBER ((PLUS | MINUS) NUMBER)?
    | STRING+
    | NONE
    | TRUE
    | FALSE
    ;

name_or_attr
    : name (DOT name)*
    ;

class_args
    : class_arg (COMMA class_arg)* COMMA?
    ;

class_arg
    : name ASSIGN pattern             # keywordClassArg
    | pattern                         # positionalClassArg
    ;

mapping_item
    : DOUBLESTAR name                                 # restMappingItem
    | (literal_pattern | name_or_attr) COLON pattern  # keyMappingItem
    ;

// ------------------------------------------------------------------ expressions

star_expressions
    : star_expression (COMMA star_expression)* COMMA?
    ;

star_expression
    : STAR bitor
    | expression
    ;

star_named_expression
    : STAR bitor
    | named_expression
    ;

// The target of := is checked by the builder ("cannot use assignment expressions with ...").
named_expression
    : expression (COLONEQUAL expression)?
    ;

// A missing else is reported by the builder ("expected 'else' after 'if' expression").
expression
    : disjunction (IF disjunction (ELSE expression)?)?
    | lambdef
    ;

yield_expr
    : YIELD (FROM expression | star_expressions)?
    ;

lambdef
    : LAMBDA lambda_params? COLON expression
    ;

lambda_params
    : lambda_param (COMMA lambda_param)* COMMA?
    ;

lambda_param
    : name (ASSIGN expression)?                       # plainLambdaParam
    | STAR name? (ASSIGN expression)?                 # varLambdaParam
    | DOUBLESTAR name (ASSIGN expression)?            # kwLambdaParam
    | SLASH                                           # slashLambdaParam
    ;

disjunction
    : conjunction (OR conjunction)*
    ;

conjunction
    : inversion (AND inversion)*
    ;

inversion
    : NOT inversion
    | comparison
    ;

comparison
    : bitor (comp_op bitor)*
    ;

comp_op
    : LESS | GREATER | EQEQUAL | GREATEREQUAL | LESSEQUAL | NOTEQUAL | IN | NOT IN | IS | IS NOT
    ;

// Binary arithmetic and bitwise operators by precedence climbing: ANTLR parses chains of
// left-associative operators in a loop (no recursion per operator).
bitor
    : primary                                                          # primaryExpr
    | AWAIT primary                                                    # awaitExpr
    | <assoc=right> bitor op=DOUBLESTAR bitor                             # binaryExpr
    | op=(PLUS | MINUS | TILDE) bitor                                  # unaryExpr
    | bitor op=(STAR | SLASH | DOUBLESLASH | PERCENT | AT) bitor       # binaryExpr
    | bitor op=(PLUS | MINUS) bitor                                    # binaryExpr
    | bitor op=(LEFTSHIFT | RIGHTSHIFT) bitor                          # binaryExpr
    | bitor op=AMPER bitor                                             # binaryExpr
    | bitor op=CIRCUMFLEX bitor                                        # binaryExpr
    | bitor op=VBAR bitor                                              # binaryExpr
    ;

// Attribute, call and subscript trailers form a flat list: no recursion per trailer.
primary
    : atom trailer*
    ;

trailer
    : OPEN_PAREN arglist? CLOSE_PAREN          # callTrailer
    | OPEN_BRACK slices CLOSE_BRACK            # subscriptTrailer
    | DOT name                                 # attributeTrailer
    ;

slices
    : slice (COMMA slice)* COMMA?
    ;

slice
    : lower=named_expression (COLON upper=expression? (COLON step=expression?)?)?
    | COLON upper=expression? (COLON step=expression?)?
    | STAR bitor
    ;

atom
    : name                                                     # nameAtom
    | NUMBER                                                   # numberAtom
    | STRING+                                                  # stringAtom
    | ELLIPSIS                                                 # ellipsisAtom
    | NONE                                                     # noneAtom
    | TRUE                                                     # trueAtom
    | FALSE                                                    # falseAtom
    | OPEN_PAREN (yield_expr | testlist_comp)? CLOSE_PAREN     # parenAtom
    | OPEN_BRACK testlist_comp? CLOSE_BRACK                    # listAtom
    | OPEN_BRACE dictorsetmaker? CLOSE_BRACE                   # braceAtom
    ;

// The soft keywords are names everywhere but at the start of match/case.
name
    : NAME
    | MATCH
    | CASE
    | UNDERSCORE
    ;

testlist_comp
    : star_named_expression ( comp_for | (COMMA star_named_expression)* COMMA? )
    ;

dictorsetmaker
    : DOUBLESTAR bitor dict_tail                                                     # dictFromUnpack
    | star_named_expression ( COLON expression dict_tail | set_tail )                # dictOrSet
    ;

dict_tail
    : comp_for
    | (COMMA dict_item)* COMMA?
    ;

set_tail
    : comp_for
    | (COMMA star_named_expression)* COMMA?
    ;

// A key without ':' is reported by the builder ("':' expected after dictionary key").
dict_item
    : DOUBLESTAR bitor
    | expression (COLON expression)?
    ;

comp_for
    : for_if_clause+
    ;

for_if_clause
    : ASYNC? FOR star_targets IN disjunction (IF disjunction)*
    ;

star_targets
    : star_target (COMMA star_target)* COMMA?
    ;

star_target
    : STAR? bitor
    ;

arglist
    : argument (COMMA argument)* COMMA?
    ;

argument
    : name ASSIGN expression                  # keywordArgument
    | STAR expression                         # starArgument
    | DOUBLESTAR expression                   # doubleStarArgument
    | named_expression comp_for?              # positionalArgument
    ;
