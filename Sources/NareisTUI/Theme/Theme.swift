/// A terminal colour: the terminal's own default, or an index in its palette
/// (0–7 the basic colours, 8–15 their bright forms, up to 255 on 256-colour terminals).
public enum ThemeColor: Hashable, Sendable {
    case terminalDefault
    case index(Int)

    static let names: [String: Int] = [
        "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "white": 7,
        "bright-black": 8, "bright-red": 9, "bright-green": 10, "bright-yellow": 11,
        "bright-blue": 12, "bright-magenta": 13, "bright-cyan": 14, "bright-white": 15,
    ]

    init?(name: String) {
        if name == "default" {
            self = .terminalDefault
        } else if let index = ThemeColor.names[name] {
            self = .index(index)
        } else if let number = Int(name), (0...255).contains(number), name.allSatisfy(\.isNumber) {
            self = .index(number)
        } else {
            return nil
        }
    }
}

/// Text attributes a role may carry; they work on terminals without colour too.
public struct ThemeAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = ThemeAttributes(rawValue: 1 << 0)
    public static let dim = ThemeAttributes(rawValue: 1 << 1)
    public static let reverse = ThemeAttributes(rawValue: 1 << 2)
    public static let underline = ThemeAttributes(rawValue: 1 << 3)
    public static let italic = ThemeAttributes(rawValue: 1 << 4)

    static let names: [String: ThemeAttributes] = [
        "bold": .bold, "dim": .dim, "reverse": .reverse, "underline": .underline, "italic": .italic, "-": [],
    ]
}

/// How one role looks.
public struct Style: Hashable, Sendable {
    public var foreground: ThemeColor
    public var background: ThemeColor
    public var attributes: ThemeAttributes

    public init(foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault,
                attributes: ThemeAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}

/// A complete mapping from every role to a style.
public struct Theme: Hashable, Sendable {
    public var name: String
    public private(set) var styles: [Role: Style]

    public init(name: String, styles: [Role: Style]) {
        self.name = name
        self.styles = styles
    }

    public func style(_ role: Role) -> Style { styles[role] ?? Style() }

    /// The same theme without colours (attributes kept): for `NO_COLOR` and
    /// terminals that have none. Urgency and selection stay visible by attributes.
    public var withoutColour: Theme {
        Theme(name: name, styles: styles.mapValues { Style(attributes: $0.attributes) })
    }

    /// The compiled-in default (the same text as themes/default.theme).
    public static let builtIn: Theme = {
        do {
            return try ThemeParser.parse(BuiltInTheme.source, file: "default.theme", base: nil)
        } catch {
            preconditionFailure("the compiled-in theme is invalid: \(error)")
        }
    }()
}
