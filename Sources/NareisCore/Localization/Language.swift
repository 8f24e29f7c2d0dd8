/// The languages the interface and the outputs speak.
public enum Language: String, CaseIterable, Sendable {
    case en, nl

    /// The language's own name, for menus.
    public var nativeName: String {
        switch self {
        case .en: return "English"
        case .nl: return "Nederlands"
        }
    }
}
