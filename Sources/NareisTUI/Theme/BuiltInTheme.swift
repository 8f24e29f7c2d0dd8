/// The default theme, compiled in so the workstation looks right without any
/// file installed. It must stay the same text as themes/default.theme (a test checks).
enum BuiltInTheme {
    static let source = """
# nareis default theme: role = foreground background [attribute,attribute]
# Colours: default, black, red, green, yellow, blue, magenta, cyan, white,
# bright-black ... bright-white, or a number 0-255. Attributes: bold, dim,
# reverse, underline, italic (or - for none). Every role is listed in docs/themes.md.
# Urgency is also shown by markers (!!, !) and words, never by colour alone.

normal          = default default
header          = black   cyan     bold
footer          = default default  dim
footer-key      = cyan    default  bold
border          = default default  dim
border-focus    = cyan    default  bold
title           = default default  bold
title-focus     = cyan    default  bold,underline
column-header   = default default  underline
selection       = default default  reverse
selection-focus = black   cyan     bold
dim             = default default  dim
marker          = black   yellow   bold
overdue         = red     default  bold
urgent          = yellow  default  bold
soon            = default default
met             = green   default
eligible        = green   default
assessment      = yellow  default
not-eligible    = red     default
uncertain       = magenta default  bold
warning         = yellow  default  bold
rule            = blue    default
search          = black   yellow
help            = default default
error           = white   red      bold
"""
}
