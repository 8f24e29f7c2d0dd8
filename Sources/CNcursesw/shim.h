// The parts of ncursesw that Swift cannot import directly (macros, globals), as
// inline functions. NCURSES_WIDECHAR must be defined before the header is read:
// SwiftPM drops pkg-config -D flags, so it is set here.
#ifndef NAREIS_CNCURSESW_SHIM_H
#define NAREIS_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>

// Hidden by Swift's Glibc module: redeclared so the shim can call them.
extern int wcwidth(wchar_t c);

static inline int nareis_wcwidth(unsigned int scalar) { return wcwidth((wchar_t)scalar); }

static inline attr_t nareis_a_bold(void) { return A_BOLD; }
static inline attr_t nareis_a_reverse(void) { return A_REVERSE; }
static inline attr_t nareis_a_underline(void) { return A_UNDERLINE; }
static inline attr_t nareis_a_dim(void) { return A_DIM; }
static inline attr_t nareis_a_italic(void) { return A_ITALIC; }
static inline attr_t nareis_a_normal(void) { return A_NORMAL; }

// stdscr is a global Swift 6 refuses; read it through a function.
static inline WINDOW *stdscr_pointer(void) { return stdscr; }

static inline FILE *nareis_stdout(void) { return stdout; }
static inline FILE *nareis_stdin(void) { return stdin; }

static inline int nareis_colors(void) { return COLORS; }
static inline int nareis_color_pairs(void) { return COLOR_PAIRS; }

static inline int nareis_rows(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)x; return y; }
static inline int nareis_cols(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)y; return x; }

// Writes one grapheme (up to 8 wide characters: base plus combining marks) at the
// cursor with the given attributes and colour pair.
static inline int nareis_put_cell(WINDOW *w, int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, pair, NULL) != OK) return ERR;
    return mvwadd_wch(w, y, x, &cell);
}

// Writes a character to the bottom-right cell without scrolling: mvwadd_wch returns
// ERR there because the cursor cannot advance, though the cell is written.
static inline int nareis_ins_cell(WINDOW *w, int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, pair, NULL) != OK) return ERR;
    return mvwins_wch(w, y, x, &cell);
}

#endif
