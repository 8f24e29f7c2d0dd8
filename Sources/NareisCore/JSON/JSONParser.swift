/// Reads RFC 8259 JSON from UTF-8 bytes into a `JSONValue`, keeping object keys in
/// document order. Strict (RFC 8259): no comments, trailing commas (which Foundation's
/// reader lets through), NaN or invalid UTF-8; a
/// leading byte-order mark is skipped. Nesting deeper than `maximumDepth` is refused
/// rather than followed (hostile files must not exhaust the stack).
///
/// Written for nareis rather than bridged from `JSONDecoder`: the store reads a case
/// document back for every case it computes again, and Foundation's decoder took
/// about 0.35 ms a document through `Codable`; this reads one in a small fraction.
struct JSONParser {
    static let maximumDepth = 512

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    /// Where `bytes` start in the whole input, for the positions in messages.
    private var offset = 0

    /// `offset`: where `bytes` start in a larger input (an element of an array read
    /// on its own), so that a message names the byte in the whole input.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, offset: Int = 0) throws(JSONParseError) -> JSONValue {
        var parser = JSONParser(bytes: bytes)
        parser.offset = offset
        // A byte-order mark may open a file, not an element inside one.
        if offset == 0, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.position = 3 }
        parser.skipWhitespace()
        guard parser.position < bytes.count else { throw JSONParseError(detail: "no JSON value in the input") }
        let value = try parser.value(depth: 0)
        parser.skipWhitespace()
        guard parser.position == bytes.count else { throw parser.error("unexpected text after the JSON value") }
        return value
    }

    /// Where each element of a top-level array lies, found by following brackets and
    /// strings only (the elements are read later, each on its own: an import reads
    /// 100,000 case files on every core, without one tree of them all). `notAnArray`
    /// when the input is not an array so laid out (`parse` then says what is wrong);
    /// `tooMany` past `maximumCount` elements, without scanning further.
    enum ArrayElements {
        case elements([Range<Int>])
        case notAnArray
        /// More than the maximum count: not scanned further.
        case tooMany
    }

    static func topLevelArrayElements(_ bytes: UnsafeBufferPointer<UInt8>, maximumCount: Int) -> ArrayElements {
        guard let elements = topLevelArrayElements(bytes, stoppingAfter: maximumCount) else { return .notAnArray }
        return elements.count > maximumCount ? .tooMany : .elements(elements)
    }

    private static func topLevelArrayElements(_ bytes: UnsafeBufferPointer<UInt8>, stoppingAfter maximumCount: Int) -> [Range<Int>]? {
        var scanner = JSONParser(bytes: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { scanner.position = 3 }
        scanner.skipWhitespace()
        guard scanner.position < bytes.count, bytes[scanner.position] == UInt8(ascii: "[") else { return nil }
        scanner.position += 1
        var elements: [Range<Int>] = []
        var start: Int?
        var depth = 0
        while scanner.position < bytes.count {
            let byte = bytes[scanner.position]
            switch byte {
            case UInt8(ascii: "\""):
                if start == nil { start = scanner.position }
                scanner.position += 1
                while scanner.position < bytes.count, bytes[scanner.position] != UInt8(ascii: "\"") {
                    scanner.position += bytes[scanner.position] == UInt8(ascii: "\\") ? 2 : 1
                }
                guard scanner.position < bytes.count else { return nil }
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                if start == nil { start = scanner.position }
                depth += 1
                guard depth <= maximumDepth else { return nil }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                if depth == 0 {
                    guard byte == UInt8(ascii: "]") else { return nil }
                    if let start { elements.append(start..<scanner.position) } else if !elements.isEmpty { return nil }
                    scanner.position += 1
                    scanner.skipWhitespace()
                    return scanner.position == bytes.count ? elements : nil
                }
                depth -= 1
            case UInt8(ascii: ",") where depth == 0:
                guard let element = start else { return nil }
                elements.append(element..<scanner.position)
                if elements.count > maximumCount { return elements }
                start = nil
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                break
            default:
                if start == nil { start = scanner.position }
            }
            scanner.position += 1
        }
        return nil
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    private func error(_ what: String) -> JSONParseError {
        JSONParseError(detail: "\(what) at byte \(offset + position + 1)")
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): position += 1
            default: return
            }
        }
    }

    private mutating func value(depth: Int) throws(JSONParseError) -> JSONValue {
        guard position < bytes.count else { throw error("the input ends where a value was expected") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try object(depth: depth + 1)
        case UInt8(ascii: "["): return try array(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw error("unexpected character where a value was expected")
        }
    }

    private mutating func literal(_ word: StaticString) throws(JSONParseError) {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count,
              UnsafeBufferPointer(start: word.utf8Start, count: count).elementsEqual(bytes[position..<position + count])
        else { throw error("unexpected character where a value was expected") }
        position += count
    }

    private mutating func object(depth: Int) throws(JSONParseError) -> JSONValue {
        guard depth <= Self.maximumDepth else { throw error("nested deeper than \(Self.maximumDepth) levels") }
        position += 1   // {
        var pairs: [(key: String, value: JSONValue)] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            return .object(pairs)
        }
        while true {
            skipWhitespace()
            guard position < bytes.count else { throw error("the input ends inside an object") }
            guard bytes[position] == UInt8(ascii: "\"") else { throw error("expected a quoted key") }
            let key = try string()
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw error("expected ':' after a key") }
            position += 1
            skipWhitespace()
            pairs.append((key, try value(depth: depth)))
            skipWhitespace()
            guard position < bytes.count else { throw error("the input ends inside an object") }
            switch bytes[position] {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "}"): position += 1; return .object(pairs)
            default: throw error("expected ',' or '}' in an object")
            }
        }
    }

    private mutating func array(depth: Int) throws(JSONParseError) -> JSONValue {
        guard depth <= Self.maximumDepth else { throw error("nested deeper than \(Self.maximumDepth) levels") }
        position += 1   // [
        var items: [JSONValue] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            return .array(items)
        }
        while true {
            skipWhitespace()
            items.append(try value(depth: depth))
            skipWhitespace()
            guard position < bytes.count else { throw error("the input ends inside an array") }
            switch bytes[position] {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"): position += 1; return .array(items)
            default: throw error("expected ',' or ']' in an array")
            }
        }
    }

    private mutating func string() throws(JSONParseError) -> String {
        position += 1   // opening quote
        let start = position
        // Most strings have no escapes: their bytes become the String directly.
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                guard let text = String(validating: bytes[start..<position], as: UTF8.self) else {
                    throw error("text that is not UTF-8")
                }
                position += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw error("a control character inside a string (write it as an escape)") }
            position += 1
        }
        var utf8 = Array(bytes[start..<position])
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                guard let text = String(validating: utf8, as: UTF8.self) else { throw error("text that is not UTF-8") }
                position += 1
                return text
            case UInt8(ascii: "\\"):
                position += 1
                guard position < bytes.count else { break }
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "u"): utf8.append(contentsOf: String(Character(try unicodeEscape())).utf8)
                default:
                    position -= 1
                    throw error("an unknown escape in a string")
                }
            default:
                if byte < 0x20 { throw error("a control character inside a string (write it as an escape)") }
                utf8.append(byte)
                position += 1
            }
        }
        throw error("the input ends inside a string")
    }

    /// The scalar of `\uXXXX` (the `\u` read), joining a surrogate pair.
    private mutating func unicodeEscape() throws(JSONParseError) -> Unicode.Scalar {
        let first = try hexQuad()
        if (0xD800...0xDBFF).contains(first) {
            guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u")
            else { throw error("a lone surrogate escape") }
            position += 2
            let second = try hexQuad()
            guard (0xDC00...0xDFFF).contains(second) else { throw error("a lone surrogate escape") }
            return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))!
        }
        guard let scalar = Unicode.Scalar(first) else { throw error("a lone surrogate escape") }
        return scalar
    }

    private mutating func hexQuad() throws(JSONParseError) -> UInt32 {
        guard position + 4 <= bytes.count else { throw error("the input ends inside a \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw error("a \\u escape needs four hex digits")
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    /// -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
    private mutating func number() throws(JSONParseError) -> Double {
        let start = position
        func digits(_ parser: inout JSONParser) -> Int {
            let from = parser.position
            while parser.position < parser.bytes.count,
                  (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(parser.bytes[parser.position]) { parser.position += 1 }
            return parser.position - from
        }
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        guard position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) else {
            throw error("a number needs digits")
        }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
        } else {
            _ = digits(&self)
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard digits(&self) > 0 else { throw error("a number needs digits after '.'") }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                position += 1
            }
            guard digits(&self) > 0 else { throw error("a number needs digits in its exponent") }
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        guard let number = Double(text), number.isFinite else {
            position = start
            throw error("a number too large to read")
        }
        return number
    }
}
